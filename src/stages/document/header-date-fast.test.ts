// The fast reader of header dates against chrono: for every line, findHeaderDates (fast reader first) gives what
// chrono alone gives, date, index and text. FAST rows are forms the fast reader must answer itself; the others
// (near-misses, ranges, times chrono will not take, several dates, dates in sentences) it must leave to chrono.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chronoHeaderDates, findHeaderDates } from './header-date.ts';
import { readCommonHeaderDate } from './header-date-fast.ts';

const FAST = true;
const CHRONO = false;

/** [line, read by the fast reader] */
const LINES: [string, boolean][] = [
  // Month name, day, year.
  ['April 8, 2024', FAST],
  ['Apr. 8, 2024', FAST],
  ['Apr 8, 2024', FAST],
  ['April 08, 2024', FAST],
  ['Sep. 30, 2025 23:59', FAST],
  ['May 1, 1900', FAST],
  ['December 31, 2099', FAST],
  ['February 29, 2024', FAST],
  ['Monday, April 8, 2024', FAST],
  ['Monday, April 8, 2024 10:30 AM', FAST],
  ['Thursday, October 17, 2015', FAST],
  ['April 8, 2024 at 10:30', FAST],
  ['April 8, 2024 10:30 am EDT', FAST],
  ['Updated: Feb 23, 2020 21:28 IST', FAST],
  ['Updated - September 15, 2019 10:12 am IST', FAST],
  ['Published: March 13, 2019 12:20 PM PHT', FAST],
  ['Published April 8, 2024', FAST],
  ['Last updated: April 8, 2024 10:30:15 GMT', FAST],
  ['Updated: April 8, 2024 12:00 am', FAST],
  ['Updated: April 8, 2024 0:30', FAST],
  // Day, month name, year.
  ['8 April 2024', FAST],
  ['08 Apr 2024', FAST],
  ['First published: 8 Apr. 2024', FAST],
  ['Posted 8 April 2024', FAST],
  ['Mon 8 Apr 2024 at 9:02am', FAST],
  ['Mon, 08 Apr 2024 10:30:00 GMT', FAST],
  ['Thursday, 05 October 2023 15:06 WIB', FAST],
  // Figures.
  ['2024-04-08', FAST],
  ['2024-04-08T10:30:00Z', FAST],
  ['2024-04-08T10:30+02:00', FAST],
  ['2024-04-08 14:02:00', FAST],
  ['Updated: 2024-04-08 14:02', FAST],
  ['08.04.2024', FAST],
  ['08/04/2024', FAST],
  ['08-04-2024', FAST],
  ['8.4.2024', FAST],
  ['24.01.2022 09:15', FAST],
  // No such day, or a year header-date does not keep.
  ['February 31, 2024', CHRONO],
  ['February 29, 2023', CHRONO],
  ['April 0, 2024', CHRONO],
  ['2024-13-08', CHRONO],
  ['2024-04-08T25:00:00Z', CHRONO],
  ['April 8, 2100', CHRONO],
  ['April 8, 1850', CHRONO],
  ['April 8, 2150', CHRONO],
  ['08.04.2100', CHRONO],
  ['03.18.2021', CHRONO],
  // Times chrono will not take, or reads with more around them.
  ['Thursday, 18 December 2024 25:23 WIB', CHRONO],
  ['Published: March 13, 2019 19:20 PM PHT', CHRONO],
  ['Updated - September 09, 2024 24:19 am IST', CHRONO],
  ['April 08, 2024 9:5 am', CHRONO],
  ['Updated 5:10 PM UTC, December 14, 2025', CHRONO],
  ['April 8, 2024 10:30 GMT+8', CHRONO],
  ['April 8, 2024 10:30 pm ET', CHRONO],
  ['April 8, 2024 UTC', CHRONO],
  ['April 8, 2024 at noon', CHRONO],
  ['April 8, 2024, 10:30', CHRONO],
  ['Friday, April 12, 2024 10:30 a.m.', CHRONO],
  // Ranges and several dates.
  ['April 8-9, 2024', CHRONO],
  ['April 8 to 10, 2024', CHRONO],
  ['8-10 April 2024', CHRONO],
  ['April 8, 2024 - April 10, 2024', CHRONO],
  ['April 8, 2024 and May 2, 2024', CHRONO],
  ['03/06/2025 March 6, 2025', CHRONO],
  ['April 8, 2024, April 9, 2024', CHRONO],
  ['Posted Thu 21 Mar 2021 at 9:02am, updated Thu 28 Mar 2021 at 20:30am', CHRONO],
  ['Published: April 8, 2024; Updated: April 9, 2024', CHRONO],
  ['Published: April 8, 2024, Updated: April 31, 2024', CHRONO],
  // Several stamps, each after its label.
  ['Posted Thu 21 Mar 2021 at 9:02am, updated Thu 28 Mar 2021 at 10:30am', FAST],
  ['Published: April 8, 2024 | Updated: April 9, 2024 10:05 GMT', FAST],
  ['Published June 8, 2024 Updated June 8, 2024 09:14am', FAST],
  ['2024-04-08 10:00, updated 2024-04-09 11:00', FAST],
  ['08.04.2024, last updated 09.04.2024', FAST],
  // Dates inside other words.
  ['The deal was signed on 12 March 2024 in Geneva.', CHRONO],
  ['Published on 8 April 2024', CHRONO],
  ['Updated today at 10:30, 2024', CHRONO],
  ['Monday 2024', CHRONO],
  ['Monday, 2024-04-08', CHRONO],
  ['© 2024 Reuters', CHRONO],
  ['Reuters | April 8, 2024', CHRONO],
  // Other spellings.
  ['APRIL 8, 2024', CHRONO],
  ['april 8, 2024', CHRONO],
  ['Sept. 8, 2024', CHRONO],
  ['Tues, April 8, 2024', CHRONO],
  ['  April 8, 2024', CHRONO],
  ['April 8, 2024 ', CHRONO],
  ['8th April 2024', CHRONO],
  ['April 8th, 2024', CHRONO],
  ['April 8 2024', CHRONO],
  ['2024/04/08', CHRONO],
  ['20240408', CHRONO],
];

for (const [line, fast] of LINES) {
  test(`header date ${JSON.stringify(line)}: the same as chrono${fast ? ', read without it' : ''}`, () => {
    assert.deepEqual(findHeaderDates(line), chronoHeaderDates(line));
    assert.equal(readCommonHeaderDate(line) !== undefined, fast);
  });
}
