// The lexicon tokenizer: runs of letters and digits or single characters, with folded, lower-case and
// capitalised keys; the loop over ASCII text finds the tokens the Unicode pattern does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokens.ts';

const texts = (text: string) => tokenize(text).map((t) => t.text);

const ROWS: [string, string[]][] = [
  ['U.S.-Chile talks', ['U', '.', 'S', '.', '-', 'Chile', 'talks']],
  ["Peru's 2024 plan", ['Peru', "'", 's', '2024', 'plan']],
  ['tabs\tand\nlines', ['tabs', 'and', 'lines']],
  ['Đà Nẵng’s port', ['Đà', 'Nẵng', '’', 's', 'port']],
];

test('tokens of a phrase', () => {
  for (const [text, expected] of ROWS) assert.deepEqual(texts(text), expected, text);
});

test('keys: folded, lower-cased, and a word in capitals as a name is written', () => {
  const [a, b, c, d] = tokenize('KUALA Lumpur UN Nguyễn');
  assert.deepEqual([a.key, a.lower, a.capitalised], ['KUALA', 'kuala', 'Kuala']);
  assert.deepEqual([b.key, b.lower, b.capitalised], ['Lumpur', 'lumpur', null]);
  // Two letters are an acronym, not a name in capitals.
  assert.deepEqual([c.key, c.lower, c.capitalised], ['UN', 'un', null]);
  assert.deepEqual([d.key, d.lower], ['Nguyen', 'nguyen']);
});

test('a token running past the end of the range is left out', () => {
  assert.deepEqual(tokenize('Hanoi said', 0, 8).map((t) => t.text), ['Hanoi']);
  assert.deepEqual(tokenize('Hanoi, said', 0, 6).map((t) => t.text), ['Hanoi', ',']);
});

test('ASCII text gives the tokens of the Unicode pattern (a curly quote in the range makes the tokenizer use the pattern)', () => {
  for (const text of ['HANOI, Dec. 13 (Xinhua) -- U.S. officials', "A1 b2B x.y NATO's ABC-def 12AB",
    // All capitals or not, with digits and short words: the loop works out `capitalised` itself.
    'ABC1 1ABC A AB ABC ABCD McDONALD KUALA-LUMPUR x9Y SEA GAMES Q2', ...ROWS.map(([t]) => t).filter((t) => !/[^\x00-\x7f]/.test(t))]) {
    const ascii = tokenize(text);
    const unicode = tokenize(`${text} “`).slice(0, -1);
    assert.deepEqual(ascii, unicode, text);
  }
});
