// The corpus commands' filters: what they accept, and the message a bad value gets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventQuery, parseBetween, UsageError } from './corpus-options.ts';

const GOOD: [string, Parameters<typeof eventQuery>[0], Partial<ReturnType<typeof eventQuery>>][] = [
  ['two codes as two words', { between: ['chn', 'VNM'] }, { between: ['CHN', 'VNM'] }],
  ['two codes with a comma', { between: ['KEN,TZA'] }, { between: ['KEN', 'TZA'] }],
  ['a type in lower case', { type: 'consult' }, { type: 'CONSULT' }],
  ['a date range in order', { from: '2024-01-01', to: '2024-12-31' }, { from: '2024-01-01', to: '2024-12-31' }],
];
for (const [name, opts, expected] of GOOD) {
  test(`event filters: ${name}`, () => {
    const q = eventQuery(opts);
    for (const [k, v] of Object.entries(expected)) assert.deepEqual(q[k as keyof typeof q], v);
  });
}

const BAD: [string, Parameters<typeof eventQuery>[0], RegExp][] = [
  ['one code', { between: ['CHN'] }, /--between needs two ISO 3166-1 alpha-3 country codes.*got "CHN"/],
  ['three codes', { between: ['CHN', 'VNM', 'LAO'] }, /--between needs two/],
  ['a two-letter code', { between: ['CN', 'VN'] }, /--between needs two/],
  ['a type PLOVER does not have', { type: 'MEET' }, /--type "MEET" is not a PLOVER event type/],
  ['a range that ends before it starts', { from: '2025-01-01', to: '2024-01-01' }, /--from 2025-01-01 is after --to 2024-01-01/],
];
for (const [name, opts, message] of BAD) {
  test(`event filters refuse ${name}`, () => assert.throws(() => eventQuery(opts), (err: Error) => err instanceof UsageError && message.test(err.message)));
}

test('no --between is no dyad filter', () => assert.equal(parseBetween(undefined), undefined));
