// End-to-end: `dyad eval` over the five seed articles must hold the thresholds set by issues 2 and 3.
// Each field is its own test, so a failure says which stage regressed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateDirectories } from '../../src/eval/run.ts';
import { accuracyOf, summarize, type AccuracyField, type SetField } from '../../src/eval/score.ts';
import { formatMisses } from '../../src/eval/report.ts';

import { noSeeds, SEED_CORPUS, SEED_GOLD } from '../support/shared.ts';

const result = noSeeds ? null! : await evaluateDirectories(SEED_GOLD, SEED_CORPUS);

/** The misses of one field, so a failing threshold shows what was missed. */
function missesOf(field: string): string {
  const lines = result.files.flatMap((f) => f.misses.filter((m) => m.field === field).map((m) => `${f.file} ${m.kind} ${m.text}`));
  return lines.length ? lines.join('\n') : formatMisses(result);
}

test('seeds: every gold file is read and its article scored', { skip: noSeeds }, () => {
  assert.deepEqual(result.problems, []);
  assert.equal(result.files.length, 5);
});

test('seeds: published date 5/5', { skip: noSeeds }, () => {
  assert.deepEqual(result.totals.accuracy.published, { correct: 5, total: 5 }, missesOf('published'));
});

const F1_THRESHOLDS: [SetField, number][] = [
  ['people', 0.95],
  ['quotes', 0.90],
  ['proposals', 0.90],
  ['figures', 0.90],
  ['events', 0.90],
];
for (const [field, min] of F1_THRESHOLDS) {
  test(`seeds: ${field} F1 ≥ ${min}`, { skip: noSeeds }, () => {
    const { f1 } = summarize(result.totals.sets[field]);
    assert.ok(f1 !== null && f1 >= min, `${field} F1 ${f1?.toFixed(3)} ${JSON.stringify(result.totals.sets[field])}\n${missesOf(field)}`);
  });
}

const ACCURACY_THRESHOLDS: [AccuracyField, string, number][] = [
  ['direction', 'CONSULT direction', 0.90],
  ['location', 'event location', 0.90],
];
for (const [field, label, min] of ACCURACY_THRESHOLDS) {
  test(`seeds: ${label} accuracy ≥ ${min}`, { skip: noSeeds }, () => {
    const ratio = result.totals.accuracy[field];
    const acc = accuracyOf(ratio);
    // Judged only on matched events: with none matched there is nothing to judge, which fails too.
    assert.ok(acc !== null && acc >= min, `${label} ${ratio.correct}/${ratio.total}\n${missesOf(field)}`);
  });
}
