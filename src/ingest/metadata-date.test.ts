// Publication dates from page and feed metadata: the day as written, or null.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metadataDay } from './metadata-date.ts';

const CASES: [value: unknown, day: string | null][] = [
  ['2024-02-06T21:30:00-01:00', '2024-02-06'],
  ['2024-02-06', '2024-02-06'],
  ['2024-02-06 08:00', '2024-02-06'],
  ['Wed, 08 May 2024 23:10:00 -0400', '2024-05-08'],
  ['8 May 2024', '2024-05-08'],
  ['Tue, 1 Oct. 2024 09:00 GMT', '2024-10-01'],
  ['20240131', '2024-01-31'],
  ['2024-02-31', null],
  ['31 Feb 2024', null],
  ['2024-13-01', null],
  ['last Tuesday', null],
  ['', null],
  [null, null],
  [20240131, null],
];

for (const [value, day] of CASES) {
  test(`metadata date: ${JSON.stringify(value)} → ${day}`, () => assert.equal(metadataDay(value), day));
}
