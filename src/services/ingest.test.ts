// Ingest with extraction threads: the same store as in-thread extraction, bad inputs reported in
// order, existing articles skipped without extracting, and a re-run that stores nothing new. An
// article that makes a stage throw is reported alone; the others of its batch are stored.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Stage } from '../core/stage.ts';
import { createPipeline, STAGES, type Pipeline } from '../pipeline.ts';
import { openStore } from '../store/index.ts';
import type { SourceProblem } from '../ingest/article.ts';
import { ingestPaths } from './ingest.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-ingest-jobs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const article = (i: number): string => ` date 2024-05-${String(1 + (i % 28)).padStart(2, '0')} Talks ${i}

LIMA, May ${1 + (i % 28)} -- Peruvian Foreign Minister Elmer Schialer met his Chilean counterpart Alberto van Klaveren in Lima on Monday for round ${i} of talks on the Chacalluta border crossing.

Chile and Peru signed a memorandum on freight traffic worth ${i + 2} million U.S. dollars, the ministers said.
`;

const corpus = path.join(dir, 'corpus');
mkdirSync(corpus);
for (let i = 0; i < 40; i++) writeFileSync(path.join(corpus, `a${String(i).padStart(2, '0')}.txt`), article(i));
writeFileSync(path.join(corpus, 'b-empty.txt'), '');
writeFileSync(path.join(corpus, 'c-copy.txt'), article(3));

/** Every row of the tables ingest writes, in a stable order (ingest times left out). */
function dump(db: string): string {
  const conn = new Database(db, { readonly: true });
  try {
    const tables = ['documents', 'document_bands', 'events', 'corpus_events', 'corpus_event_keys', 'people', 'mentions', 'quotes', 'figures'];
    return tables.map((t) => JSON.stringify(conn.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).all().map((r) => ({ ...(r as object), ingested_at: null })))).join('\n');
  } finally {
    conn.close();
  }
}

async function ingest(db: string, jobs: number, from = corpus, pipeline?: Pipeline): Promise<{ summary: Awaited<ReturnType<typeof ingestPaths>>; problems: SourceProblem[] }> {
  const store = openStore(db);
  const problems: SourceProblem[] = [];
  try {
    return { summary: await ingestPaths(store, [from], { jobs, pipeline, onProblem: (p) => problems.push(p) }), problems };
  } finally {
    store.close();
  }
}

test('one or two extraction threads store exactly what the writing thread stores alone, in the same order', async () => {
  const one = path.join(dir, 'one.db');
  const single = path.join(dir, 'single.db');
  const two = path.join(dir, 'two.db');
  const a = await ingest(one, 0);
  const s = await ingest(single, 1);
  const b = await ingest(two, 2);
  assert.deepEqual([a, s, b].map((r) => r.summary.jobs), [0, 1, 2]);
  for (const r of [a, s, b]) {
    assert.equal(r.summary.articles, 41);
    assert.equal(r.summary.stored + r.summary.duplicates, 40, 'stored, most as republished copies of the first');
    assert.equal(r.summary.existing, 1, 'the identical copy');
    assert.deepEqual(r.problems.map((p) => path.basename(p.input)), ['b-empty.txt']);
  }
  assert.ok(b.summary.startupMs > 0 && b.summary.startupMs <= b.summary.elapsedMs);
  assert.equal(dump(single), dump(one));
  assert.equal(dump(two), dump(one));

  const again = await ingest(two, 2);
  assert.equal(again.summary.stored, 0);
  assert.equal(again.summary.existing, 41);
  assert.equal(dump(two), dump(one));
});

test('an article that makes a stage throw is reported alone; the rest of its batch is stored as without it', async () => {
  const trap: Stage = { name: 'trap', requires: [], provides: [], run: (doc) => { if (doc.text.includes('TRAP')) throw new Error('sprung'); } };
  const trapped = createPipeline([...STAGES.slice(0, 3), trap, ...STAGES.slice(3)]);
  const folder = path.join(dir, 'trap');
  mkdirSync(folder);
  for (let i = 0; i < 12; i++) writeFileSync(path.join(folder, `a${String(i).padStart(2, '0')}.txt`), article(100 + i));
  writeFileSync(path.join(folder, 'a05-trap.txt'), article(200) + 'TRAP\n');
  const withTrap = await ingest(path.join(dir, 'trap.db'), 0, folder, trapped);
  assert.deepEqual(withTrap.problems, [{ input: path.join(folder, 'a05-trap.txt'), reason: 'extraction failed: stage "trap" failed: sprung' }]);
  assert.equal(withTrap.summary.stored + withTrap.summary.duplicates, 12);
  unlinkSync(path.join(folder, 'a05-trap.txt'));
  await ingest(path.join(dir, 'no-trap.db'), 0, folder);
  assert.equal(dump(path.join(dir, 'trap.db')), dump(path.join(dir, 'no-trap.db')));
});
