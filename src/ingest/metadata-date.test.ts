// Publication dates from page and feed metadata: the day as written, or null.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metadataDay, textStampDay, urlDay } from './metadata-date.ts';

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

const STAMPS: [text: string, day: string | null][] = [
  ['2024-07-03 01:12:40 Source: Wire Editor: Lu', '2024-07-03'],
  ['Updated: 2023/11/09 14:05', '2023-11-09'],
  ['Published July 3, 2024 at 5:10 pm', '2024-07-03'],
  ['Thu 29 Aug 2024 04.12 BST', '2024-08-29'],
  ['By Ama Mensah | Sept. 4, 2024', '2024-09-04'],
  ['Posted 3 Jul 2024 · first 2024-07-09', '2024-07-03'],
  // Not a full date: a range of years, a figure, a month and year, a version number.
  ['Copyright © 2000-2024 All rights reserved', null],
  ['Trade grew 12.5 percent in 2024 to 3.2 billion', null],
  ['Published in July 2024', null],
  ['Release 2024.1.15.2 notes', null],
  ['2024-02-31 09:00', null],
];

for (const [text, day] of STAMPS) {
  test(`page text stamp: ${JSON.stringify(text)} → ${day}`, () => assert.equal(textStampDay(text), day));
}

const URLS: [url: string | null, day: string | null][] = [
  ['https://english.example.cn/20240703/abc123/c.html', '2024-07-03'],
  ['https://www.example.com/news/2024-07/03/c_1130.htm', '2024-07-03'],
  ['https://example.org/world/2023/11/09/talks-resume/', '2023-11-09'],
  ['https://example.org/world/2023/11/talks-resume', null],
  ['https://example.org/story?id=20240703', null],
  [null, null],
];

for (const [url, day] of URLS) {
  test(`page address date: ${url} → ${day}`, () => assert.equal(urlDay(url), day));
}
