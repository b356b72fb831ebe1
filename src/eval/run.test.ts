// Evaluating directories: pairing gold files with articles, and bad inputs reported without stopping the run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EvalSetupError, evaluateDirectories } from './run.ts';
import { formatReport, toJson } from './report.ts';

function fixture(): { gold: string; corpus: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'dyad-eval-'));
  const gold = path.join(root, 'gold');
  const corpus = path.join(root, 'corpus');
  mkdirSync(gold);
  mkdirSync(corpus);
  const doc = { published: null, source: null, dateline: null, byline: null, title: null };
  writeFileSync(path.join(corpus, 'a.txt'), 'Officials from Chile and Peru met in Lima to discuss fisheries.\n');
  writeFileSync(path.join(gold, 'a.txt.json'), JSON.stringify({ file: 'a.txt', document: doc, people: [], events: [], quotes: [], proposals: [], figures: [] }));
  writeFileSync(path.join(gold, 'broken.txt.json'), '{ "document": ');
  writeFileSync(path.join(gold, 'orphan.txt.json'), JSON.stringify({ document: doc }));
  writeFileSync(path.join(gold, 'README.md'), 'not a gold file');
  return { gold, corpus };
}

test('eval run: scores articles that have gold, reports the rest by name and goes on', async () => {
  const { gold, corpus } = fixture();
  const result = await evaluateDirectories(gold, corpus);
  assert.deepEqual(result.files.map((f) => f.file), ['a.txt']);
  assert.equal(result.problems.length, 2);
  assert.match(result.problems[0].error, /broken\.txt\.json: invalid JSON/);
  assert.match(result.problems[1].error, /orphan\.txt\.json: no article .*orphan\.txt/);
  assert.deepEqual(result.totals.accuracy.published, { correct: 1, total: 1 });
});

test('eval run: a missing or empty directory is a clear error', async () => {
  const { gold, corpus } = fixture();
  await assert.rejects(evaluateDirectories(path.join(gold, 'nope'), corpus), (e: unknown) => e instanceof EvalSetupError && /gold directory .*nope does not exist/.test(e.message));
  await assert.rejects(evaluateDirectories(gold, path.join(corpus, 'a.txt')), /corpus path .*a\.txt is not a directory/);
  await assert.rejects(evaluateDirectories(corpus, corpus), /holds no \.json gold files/);
});

test('eval report: a table row per field, then the misses; JSON has the same numbers', async () => {
  const { gold, corpus } = fixture();
  const result = await evaluateDirectories(gold, corpus);
  const text = formatReport(result);
  for (const label of ['published', 'source', 'dateline', 'people', 'events', 'CONSULT direction', 'event location', 'quotes', 'proposals', 'figures']) {
    assert.match(text, new RegExp(`^${label} `, 'm'), label);
  }
  assert.match(text, /^published\s+-\s+-\s+-\s+1\.000\s+1\/1$/m);
  const json = toJson(result) as { fields: Record<string, { accuracy: number | null }> };
  assert.equal(json.fields.published.accuracy, 1);
});

test('eval run: a web page in the corpus is read by format, its metadata scored like any text', async () => {
  const { gold, corpus } = fixture();
  writeFileSync(path.join(corpus, 'p.html'), '<!doctype html><html><head><meta property="og:site_name" content="Andes Daily">' +
    '<meta property="article:published_time" content="2024-03-07"></head><body><article><p>Officials from Chile and Peru met in Lima ' +
    'on Wednesday to discuss fisheries.</p><p>They agreed to meet again in June.</p></article></body></html>');
  const doc = { published: '2024-03-07', source: 'Andes Daily', dateline: null, byline: null, title: null };
  writeFileSync(path.join(gold, 'p.html.json'), JSON.stringify({ file: 'p.html', document: doc, people: [], events: [], quotes: [], proposals: [], figures: [] }));
  const result = await evaluateDirectories(gold, corpus);
  const page = result.files.find((f) => f.file === 'p.html');
  assert.ok(page, JSON.stringify(result.problems));
  assert.deepEqual(result.totals.accuracy.published, { correct: 2, total: 2 });
  assert.deepEqual(result.totals.accuracy.source, { correct: 2, total: 2 });
});
