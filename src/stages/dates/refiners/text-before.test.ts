// textBefore: the refiners' end-anchored word patterns must match it exactly as they match the whole prefix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textBefore } from './text-before.ts';

const CASES: [string, string][] = [
  ['a word and a space', 'Talks resumed later '],
  ['a hyphenated name', 'The envoy Jean-Marie '],
  ['a word ending in a hyphen', 'They met in mid-'],
  ['several spaces and a tab', 'The vote came earlier \t '],
  ['punctuation right before', 'The deal (signed '],
  ['a comma before the spaces', 'Officials said, '],
  ['a hyphen after spaces', 'first  -  '],
  ['a letter outside the BMP', 'The ship \u{1D400}bc '],
  ['nothing before', ''],
  ['digits before the word', 'Flight 17later '],
];
const PATTERNS = [/([\p{L}]+-?)(\s*)$/u, /([\p{L}-]+) +$/u];

test('textBefore keeps only the last word and the spaces after it', () => {
  const before = (text: string, date: string) => textBefore(text, text.indexOf(date));
  assert.equal(before('Trade grew, later this year', 'this year'), 'later ');
  assert.equal(before('The envoy Jean-Marie May', 'May'), 'Jean-Marie ');
  assert.equal(before('signed (on Monday', 'on Monday'), '');
});

test('end-anchored word patterns match textBefore exactly as the whole prefix', () => {
  for (const [name, prefix] of CASES) {
    const text = prefix + 'March 3';
    for (const re of PATTERNS) {
      const whole = re.exec(text.slice(0, prefix.length));
      const part = re.exec(textBefore(text, prefix.length));
      assert.deepEqual(part && [...part], whole && [...whole], `${name}: ${re}`);
    }
  }
});
