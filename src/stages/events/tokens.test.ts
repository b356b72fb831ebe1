// The events tokenizer: words with inner joiners, clitics split off, offsets into the text; the loop over
// ASCII text finds the same tokens as the Unicode pattern does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokens.ts';

const words = (text: string) => tokenize(text, 0, text.length).map((t) => t.text);
const lowers = (text: string) => tokenize(text, 0, text.length).map((t) => t.lower);

const ROWS: [string, string[]][] = [
  // A dot ends a word unless a letter follows it: "U.S." is U.S and a full stop.
  ['The U.S. envoy met his two-day host.', ['The', 'U.S', '.', 'envoy', 'met', 'his', 'two-day', 'host', '.']],
  ["Chile's minister didn't go", ['Chile', "'s", 'minister', 'did', "n't", 'go']],
  ['rock-n-roll -- a 3.5% rise, (again)!', ['rock-n-roll', '-', '-', 'a', '3.5', '%', 'rise', ',', '(', 'again', ')', '!']],
  // A joiner with no letter or digit after it is a token of its own.
  ['end. Start- -x', ['end', '.', 'Start', '-', '-', 'x']],
  ["Côte d'Ivoire’s “talks”", ['Côte', "d'Ivoire", '’s', '“', 'talks', '”']],
  ['tabs\tand\nlines\r\nsplit', ['tabs', 'and', 'lines', 'split']],
  // A comma between digits is a thousands separator; a comma before a space or after a word is punctuation.
  ['called up 300,000 reservists, 1,200 tanks', ['called', 'up', '300,000', 'reservists', ',', '1,200', 'tanks']],
  ['in 2015, 40 died; Kyiv,5 a,1', ['in', '2015', ',', '40', 'died', ';', 'Kyiv', ',', '5', 'a', ',', '1']],
  // A wire headline's kicker is split from the first word; NEGATIVE: a hyphenated word elsewhere, or after a number with
  // no "UPDATE" before it, stays whole.
  ['EXCLUSIVE-Chad masses troops', ['EXCLUSIVE', '-', 'Chad', 'masses', 'troops']],
  ['UPDATE 3-Lammy lands in Accra', ['UPDATE', '3', '-', 'Lammy', 'lands', 'in', 'Accra']],
  ['Côte d’Ivoire: EXCLUSIVE-Chad talks', ['Côte', 'd’Ivoire', ':', 'EXCLUSIVE-Chad', 'talks']],
  ['2-Nil win for Ghana', ['2-Nil', 'win', 'for', 'Ghana']],
  ['Two F-16 jets', ['Two', 'F-16', 'jets']],
];

test('tokens of a sentence', () => {
  for (const [text, expected] of ROWS) assert.deepEqual(words(text), expected, text);
});

test('lower-cased keys straighten curly apostrophes', () => {
  assert.deepEqual(lowers('China’s NATO Talks'), ['china', "'s", 'nato', 'talks']);
  assert.deepEqual(lowers('plain words'), ['plain', 'words']);
});

test('offsets point into the text, and a token running past the end of the range is cut there', () => {
  const text = 'Xi met Lam. Then U.S.A. said';
  for (const t of tokenize(text, 0, text.length)) assert.equal(text.slice(t.start, t.end), t.text);
  // The word "Lam." would run on: "Lam" ends at 10, the range at 11 keeps its dot.
  assert.deepEqual(tokenize(text, 7, 11).map((t) => t.text), ['Lam', '.']);
  // A joiner right before the end of the range, with a letter after it: the pattern runs on, the cut keeps the joiner.
  assert.deepEqual(tokenize('U.S.A. said', 0, 4).map((t) => t.text), ['U.S.']);
  assert.deepEqual(tokenize('U.S.A. said', 0, 2).map((t) => t.text), ['U.']);
});

test('ASCII text gives the tokens of the Unicode pattern (a curly quote after it makes the tokenizer use the pattern)', () => {
  const texts = [...ROWS.map(([t]) => t).filter((t) => !/[^\x00-\x7f]/.test(t)), "Officials' talks: 12-point plan's end. A.B.-C d'e-"];
  for (const text of texts) {
    const ascii = tokenize(text, 0, text.length);
    const unicode = tokenize(`${text} “`, 0, text.length + 2).slice(0, -1);
    assert.deepEqual(ascii, unicode, text);
  }
});
