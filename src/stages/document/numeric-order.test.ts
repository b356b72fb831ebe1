// Which reading of a date in figures the body's dates without a year support.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readingByBodyDates } from './numeric-order.ts';

const ROWS: [string, string, [string, string], string | null][] = [
  ['dates a few days before the second reading', 'The talks of March 2 and 3 ended with a deal.', ['2025-02-03', '2025-03-02'], '2025-03-02'],
  ['a date on the day of one reading and a month before the other', 'The ministers met on March 4.', ['2025-04-03', '2025-03-04'], '2025-03-04'],
  ['day-first written dates', 'The ships sailed on 28 September and 1 October.', ['2023-10-04', '2023-04-10'], '2023-10-04'],
  ['across the turn of the year', 'Talks were held on December 29.', ['2024-01-05', '2024-05-01'], '2024-01-05'],
  ['NEGATIVE: a date with its year counts for neither', 'A treaty was signed on June 3, 2019.', ['2021-10-06', '2021-06-10'], null],
  ['NEGATIVE: a date long before both readings', 'The border was closed on February 12.', ['2021-10-06', '2021-06-10'], null],
  ['NEGATIVE: no month named', 'The ministers met on Wednesday.', ['2021-10-06', '2021-06-10'], null],
  ['NEGATIVE: "May" as a verb before a figure', 'Officials said 12 trucks may 3 times a week cross.', ['2021-05-06', '2021-06-05'], null],
];

for (const [name, body, readings, want] of ROWS) {
  test(`numeric order: ${name}`, () => assert.equal(readingByBodyDates(body, readings), want));
}
