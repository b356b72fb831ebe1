// The prechecks must never fail on a text that the parser's own pattern matches: then skipping the parser
// changes nothing. Checked on handwritten edge cases and on every line of the articles and sentence suites.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { readSentenceSuite } from '../../eval/sentences.ts';
import { PRECHECKS, withPrecheck } from './prechecks.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const context = new chrono.ParsingContext('', new Date(Date.UTC(2024, 3, 9, 12)), { forwardDate: false });
const parsers = new Map(chrono.casual.clone().parsers.map((p) => [p.constructor.name, p]));
// The document stage's header dates use chrono's strict parsers with the same prechecks (header-date.ts).
const strictParsers = new Map(chrono.strict.clone().parsers.map((p) => [p.constructor.name, p]));

// For each prechecked parser, texts its pattern matches, the odd ones included (no space, capitals, words
// chrono reads as counts or units where a reader would not).
const MATCHED: Record<string, string[]> = {
  ENTimeUnitAgoFormatParser: ['The talks began three weeks ago.', 'a FEW DAYS BEFORE the vote', 'five yearsago,', '2 days earlier'],
  ENTimeUnitLaterFormatParser: ['Two days later the border reopened.', 'a week after', '3 months from now', 'in them out'],
  ENTimeUnitCasualRelativeFormatParser: ['over the last two years', 'in the past few months', 'next 3 weeks', '+2 days', 'the past a couple of days'],
  ENMonthNameLittleEndianParser: ['on 5 March 2024', 'the 21st of June', 'the twenty-first of May', '3-Aug', '10 to 12 Sept.', 'on the FIRST OF JANUARY'],
};
// And texts each precheck lets pass although the pattern does not match: the tests are cheap, not exact.
const NOT_MATCHED: Record<string, string[]> = {
  ENTimeUnitAgoFormatParser: ['He spoke before the vote.'],
  ENTimeUnitLaterFormatParser: ['The envoy arrived after the talks.'],
  ENTimeUnitCasualRelativeFormatParser: ['This agreement was signed.'],
  ENMonthNameLittleEndianParser: ['The 1st Marine Division.'],
};
// Texts no prechecked parser can match, which every precheck must reject (else it saves nothing).
const REJECTED = ['Ghana and Togo signed a border accord.', 'The ministers met in Accra.'];

const matches = (name: string, text: string): boolean => {
  const parser = parsers.get(name);
  assert.ok(parser, `chrono has no parser ${name}`);
  return parser.pattern(context).exec(text) !== null;
};

function corpusLines(): string[] {
  const lines: string[] = [];
  const folders = [path.join(ROOT, '../shared/corpus/seeds'), path.join(ROOT, 'examples/corpus'), path.join(ROOT, 'test/articles-dev/corpus')];
  for (const dir of folders.filter((d) => existsSync(d))) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) lines.push(...readFileSync(path.join(dir, f), 'utf8').split('\n'));
  }
  for (const suite of ['test/sentences/plover-sentences.jsonl', 'test/sentences-dev/dev.jsonl'].map((s) => path.join(ROOT, s))) {
    if (existsSync(suite)) lines.push(...readSentenceSuite(suite).cases.map((c) => c.text));
  }
  return lines.filter((l) => l.trim());
}

test('every precheck passes the texts its parser matches, odd ones included', () => {
  for (const [name, texts] of Object.entries(MATCHED)) {
    for (const text of texts) {
      assert.ok(matches(name, text), `${name} should match "${text}"`);
      assert.ok(PRECHECKS[name].test(text), `${name}: the precheck fails on "${text}"`);
    }
  }
});

test('the prechecks are necessary, not sufficient, and reject plain sentences', () => {
  for (const [name, texts] of Object.entries(NOT_MATCHED)) {
    for (const text of texts) assert.ok(!matches(name, text) && PRECHECKS[name].test(text), `${name}: "${text}"`);
  }
  for (const precheck of Object.values(PRECHECKS)) for (const text of REJECTED) assert.ok(!precheck.test(text), `${precheck}: "${text}"`);
});

test('on every line of the articles and sentence suites, a pattern match implies the precheck passes', () => {
  const lines = corpusLines();
  assert.ok(lines.length > 500);
  for (const name of Object.keys(PRECHECKS)) {
    for (const line of lines) if (matches(name, line)) assert.ok(PRECHECKS[name].test(line), `${name}: the precheck fails on "${line}"`);
  }
});

test('the prechecks hold for the strict parsers too (header dates)', () => {
  const lines = [...corpusLines(), ...Object.values(MATCHED).flat()];
  for (const name of Object.keys(PRECHECKS).filter((n) => strictParsers.has(n))) {
    const pattern = strictParsers.get(name)!.pattern(context);
    for (const line of lines) if (pattern.exec(line)) assert.ok(PRECHECKS[name].test(line), `strict ${name}: the precheck fails on "${line}"`);
  }
});

test('a parser without a precheck is used as it is; a skipped parser matches nothing', () => {
  const weekday = parsers.get('ENWeekdayParser')!;
  assert.equal(withPrecheck(weekday), weekday);
  const ago = withPrecheck(parsers.get('ENTimeUnitAgoFormatParser')!);
  const at = (text: string) => ago.pattern(new chrono.ParsingContext(text, new Date(), { forwardDate: false }));
  assert.equal(at('The talks began before dawn.').exec('The talks began three weeks ago.')?.[0].trim(), 'three weeks ago');
  assert.equal(at('Ghana and Togo signed a border accord.').exec('The talks began three weeks ago.'), null);
});
