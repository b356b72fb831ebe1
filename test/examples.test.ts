// The bundled example corpus and its gold files stay consistent: every gold file parses, names an
// article that exists, and quotes words that are really in that article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readGoldFile } from '../src/eval/gold.ts';
import { evaluateDirectories } from '../src/eval/run.ts';

const ROOT = fileURLToPath(new URL('../examples/', import.meta.url));
const articles = readdirSync(`${ROOT}corpus`).filter((n) => n.endsWith('.txt')).sort();
const golds = readdirSync(`${ROOT}gold`).filter((n) => n.endsWith('.json')).sort();

test('examples: 10 to 12 articles, each with a gold file', () => {
  assert.ok(articles.length >= 10 && articles.length <= 12, `${articles.length} articles`);
  assert.deepEqual(golds, articles.map((a) => `${a}.json`));
});

for (const name of articles) {
  test(`examples: ${name} is a short article whose gold matches its text`, () => {
    const text = readFileSync(`${ROOT}corpus/${name}`, 'utf8');
    const words = text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 250 && words <= 600, `${words} words`);
    const gold = readGoldFile(`${ROOT}gold/${name}.json`);
    assert.equal(gold.file, name);
    for (const q of gold.quotes ?? []) assert.ok(text.includes(q.text), `quote not in text: ${q.text}`);
    for (const p of gold.people ?? []) assert.ok(text.includes(p.name.split(' ').at(-1) ?? ''), `person not in text: ${p.name}`);
    for (const e of gold.events ?? []) assert.ok(e.actor.length + e.recipient.length > 0, `event without participants: ${e.cue}`);
  });
}

test('examples: eval reads every example without a problem', async () => {
  const result = await evaluateDirectories(`${ROOT}gold`, `${ROOT}corpus`);
  assert.deepEqual(result.problems, []);
  assert.equal(result.files.length, articles.length);
});
