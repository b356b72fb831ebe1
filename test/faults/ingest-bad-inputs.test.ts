// Hostile inputs through `dyad ingest`: each bad one is named and skipped, every good article ends up in
// the store, the store passes PRAGMA integrity_check, and a second run changes nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { documentId } from '../../src/services/extract.ts';
import { readArticleFile } from '../../src/ingest/read-file.ts';
import { writeHostileInputs, type HostileInput, type IngestExpected } from './hostile-inputs.ts';
import { runCli, runCliTimed, storeCheck, type CliRun } from './cli.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-hostile-ingest-'));
const inputs = writeHostileInputs(path.join(dir, 'inputs'));
after(() => rmSync(dir, { recursive: true, force: true }));

const expectation = (h: HostileInput): IngestExpected => h.ingest ?? h.expect;
/**
 * Inputs for the one shared run: all but the texts that extraction is known to be too slow for (the
 * extract tests time them; ingest runs the same pipeline) and the pages ingest is known to be slow on.
 */
const shared = inputs.filter((h) => !(h.heavy && h.knownBug && !h.structured) && !h.ingestBug);

describe('ingest CLI: one run over every hostile input', () => {
  const db = path.join(dir, 'hostile.db');
  let first: CliRun;
  let second: CliRun;
  let documentsAfterFirst = 0;
  before(async () => {
    first = await runCli(['ingest', '--quiet', '--db', db, ...shared.map((h) => h.path)]);
    documentsAfterFirst = storeCheck(db).documents;
    second = await runCli(['ingest', '--quiet', '--db', db, ...shared.map((h) => h.path)]);
  });

  test('the run ends, exit status 1 (inputs were skipped), nothing crashed', () => {
    assert.equal(first.signal, null);
    assert.equal(first.status, 1, first.stderr);
    assert.doesNotMatch(first.stderr, /TypeError|RangeError|at .*\.ts:\d+/, 'no stack trace');
  });

  for (const h of shared) {
    const e = expectation(h);
    test(`${h.name}: ${e.kind === 'error' ? 'named and skipped' : 'stored'}`, { todo: h.ingestBug }, () => {
      const skipped = first.stderr.split('\n').filter((l) => l.startsWith(`dyad: skipped ${h.path}`));
      const conn = new Database(db, { readonly: true });
      try {
        const has = (id: string): boolean => conn.prepare('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
        const hasInput = (input: string): boolean => conn.prepare('SELECT 1 FROM documents WHERE input = ?').get(input) !== undefined;
        if (e.kind === 'error') {
          assert.ok(skipped.length > 0, `stderr names ${h.path}`);
          assert.match(skipped.join('\n'), e.reason);
          if (e.records) assert.equal((conn.prepare('SELECT count(*) AS n FROM documents WHERE input LIKE ?').get(`${h.path}/%`) as { n: number }).n, e.records);
        } else if (e.kind === 'record') {
          assert.deepEqual(skipped, []);
          assert.ok(has(documentId(readArticleFile(h.path).text)), 'the article is in the store');
        } else {
          const lines = readFileSync(h.path, 'utf8').split('\n');
          for (const item of e.stored) {
            const stored = h.path.endsWith('.jsonl')
              ? has(documentId((JSON.parse(lines[Number(item.slice(1)) - 1]) as { text: string }).text))
              : hasInput(h.path + item);
            assert.ok(stored, `${item} is in the store`);
          }
          for (const p of e.problems) {
            const line = skipped.find((l) => l.startsWith(`dyad: skipped ${h.path}${p.item}: `));
            assert.ok(line, `${p.item} is reported with its line`);
            assert.match(line, p.reason);
          }
          assert.equal(skipped.length, e.problems.length);
        }
      } finally {
        conn.close();
      }
    });
  }

  test('the store passes PRAGMA integrity_check and has no duplicate document', () => {
    const check = storeCheck(db);
    assert.equal(check.integrity, 'ok');
    assert.equal(check.duplicateIds, 0);
    assert.ok(check.documents >= shared.filter((h) => expectation(h).kind === 'record').length - 4, 'identical texts are stored once');
  });

  test('a second run over the same inputs stores nothing new and reports the same inputs', () => {
    assert.equal(second.status, 1);
    assert.equal(storeCheck(db).documents, documentsAfterFirst);
    const names = (run: CliRun): string[] => run.stderr.split('\n').filter((l) => l.startsWith('dyad: skipped ')).sort();
    assert.deepEqual(names(second), names(first));
  });
});

describe('ingest CLI: known slow inputs, each alone with a time budget', () => {
  for (const h of inputs.filter((x) => x.ingestBug)) {
    // CPU seconds, start-up included; a known bug gets just the budget in wall-clock time too.
    const budget = Math.round(6 + (2 * statSync(h.path).size) / 1048576);
    test(`${h.name} (${budget} s)`, { todo: h.ingestBug }, async () => {
      const db = path.join(dir, `${h.name}.db`);
      const run = await runCliTimed(['ingest', '--quiet', '--db', db, h.path], budget * 1000 * (h.ingestBug ? 1 : 3));
      assert.equal(run.signal, null, 'killed at the time limit: treated as a hang');
      assert.equal(run.status, 0, run.stderr);
      assert.ok(run.cpuSeconds !== null && run.cpuSeconds <= budget, `${run.cpuSeconds} s of CPU`);
      assert.equal(storeCheck(db).documents, 1);
    });
  }
});
