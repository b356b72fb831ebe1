// The sentence suite (issue 3): at least 320 sentences written for dyad, ≥ 20 per PLOVER type; `dyad code`
// must get ≥ 90 % of event types and ≥ 90 % of actor countries right, and every type must be represented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { evalSentences, formatSentenceReport, PLOVER_TYPES, readSentenceSuite } from '../../src/eval/sentences.ts';

const SUITE = fileURLToPath(new URL('./plover-sentences.jsonl', import.meta.url));
const report = evalSentences(SUITE);
const details = () => formatSentenceReport(report);

test('the suite has ≥ 320 sentences, ≥ 20 for each of the sixteen types, and negatives', () => {
  const { cases, problems } = readSentenceSuite(SUITE);
  assert.deepEqual(problems, []);
  assert.ok(cases.length >= 320, `${cases.length} sentences`);
  for (const type of PLOVER_TYPES) assert.ok(cases.filter((c) => c.event === type).length >= 20, `${type} has fewer than 20`);
  assert.ok(cases.some((c) => c.event === null), 'no negative sentences');
  assert.equal(new Set(cases.map((c) => c.id)).size, cases.length, 'ids are unique');
});

test('event type accuracy ≥ 0.90', () => {
  assert.ok(report.typeAccuracy >= 0.9, details());
});

test('actor country accuracy ≥ 0.90', () => {
  assert.ok(report.actorAccuracy >= 0.9, details());
});

test('every type is found at least once and macro-F1 ≥ 0.85', () => {
  for (const row of report.rows) assert.ok(row.tp > 0, `${row.type} never coded right\n${details()}`);
  assert.ok(report.macroF1 >= 0.85, details());
});
