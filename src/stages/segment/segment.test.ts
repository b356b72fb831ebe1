// Sentence and paragraph splitting: a table of texts with the sentences they must give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs, splitSentences } from './index.ts';
import { loadLexicon } from '../../lexicon/index.ts';

const textLexicon = loadLexicon().text;
const sentencesOf = (text: string) =>
  splitParagraphs(text, 0).flatMap((p) => splitSentences(text, p, textLexicon).map((s) => text.slice(s.start, s.end)));

const CASES: [string, string, string[]][] = [
  ['two plain sentences', 'The ministers met. They signed a memorandum.', ['The ministers met.', 'They signed a memorandum.']],
  ['month abbreviation is not an end', 'SEOUL, Mar. 3 (Yonhap) -- Talks began.', ['SEOUL, Mar. 3 (Yonhap) -- Talks began.']],
  ['U.S. inside a sentence', 'The U.S. Navy sailed past. Manila protested.', ['The U.S. Navy sailed past.', 'Manila protested.']],
  ['closing quote stays with its sentence', '"We disagree." The envoy left.', ['"We disagree."', 'The envoy left.']],
  ['curly closing quote', '“No deal,” she said. Then she left.', ['“No deal,” she said.', 'Then she left.']],
  ['decimal numbers do not split', 'Trade rose 4.8 percent to $12.5 billion. Exports fell.', ['Trade rose 4.8 percent to $12.5 billion.', 'Exports fell.']],
  ['an initial is not an end', 'John F. Kennedy spoke. Crowds cheered.', ['John F. Kennedy spoke.', 'Crowds cheered.']],
  ['a single capital before an opening quotation mark ends the sentence', '“It ends now,” he wrote on X. “No more.”', ['“It ends now,” he wrote on X.', '“No more.”']],
  ['NEGATIVE: an initial before a name is still no end', 'The envoy met George W. Bush in Texas.', ['The envoy met George W. Bush in Texas.']],
  ['a single capital after a lower-case word, before a word that opens sentences, ends the sentence', 'She said so in a post on X. A rescue team left on Sunday.',
    ['She said so in a post on X.', 'A rescue team left on Sunday.']],
  ['NEGATIVE: an initial after a lower-case word before a name is still no end', 'He held talks with S. Jaishankar in Delhi.', ['He held talks with S. Jaishankar in Delhi.']],
  ['NEGATIVE: an initial after a title before a word that opens sentences is still no end', 'Minister S. The Second arrived.', ['Minister S. The Second arrived.']],
  ['lowercase after a period does not split', 'It rose to approx. ten units.', ['It rose to approx. ten units.']],
  ['lines are paragraphs', 'Headline here\n\nFirst line. Second line.', ['Headline here', 'First line.', 'Second line.']],
  ['an abbreviated given name before the rest of the name is not an end', 'Senator Ma. Elena Cruz met the envoy. He left.', ['Senator Ma. Elena Cruz met the envoy.', 'He left.']],
  ['NEGATIVE: the same letters ending a sentence still end it', 'The deal was signed by Jack Ma. The bank agreed.', ['The deal was signed by Jack Ma.', 'The bank agreed.']],
  ['NEGATIVE: a name abbreviation before one capitalised word ends the sentence', 'They met Ma. Officials said so.', ['They met Ma.', 'Officials said so.']],
  ['"Md." and "Mohd." before the rest of a name are no end', 'Adviser Md. Touhid Hossain met Mohd. Najib Razak. He left.', ['Adviser Md. Touhid Hossain met Mohd. Najib Razak.', 'He left.']],
  ['text with no sentence end is one sentence', 'no punctuation at all here', ['no punctuation at all here']],
];

for (const [name, text, expected] of CASES) {
  test(`segment: ${name}`, () => assert.deepEqual(sentencesOf(text), expected));
}

test('segment: offsets point into the original text', () => {
  const text = '  Lead line.  \r\n\r\nSecond para. More.\n';
  for (const p of splitParagraphs(text, 0)) {
    for (const s of splitSentences(text, p, textLexicon)) assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
  }
});
