// Hostile inputs through `dyad ingest`: each bad one is named and skipped, every good article ends up in
// the store, the store passes PRAGMA integrity_check, and a second run changes nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { documentId } from '../../src/services/extract.ts';
import { readArticleFile } from '../../src/ingest/read-file.ts';
import { readHtml } from '../../src/ingest/html.ts';
import { ingestPaths } from '../../src/services/ingest.ts';
import { openStore } from '../../src/store/index.ts';
import type { SourceProblem } from '../../src/ingest/article.ts';
import { GOOD_ARTICLE, writeHostileInputs, type HostileInput, type IngestExpected } from './hostile-inputs.ts';
import { runCli, runCliTimed, storeCheck, type CliRun } from './cli.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-hostile-ingest-'));
const inputs = writeHostileInputs(path.join(dir, 'inputs'));
after(() => rmSync(dir, { recursive: true, force: true }));

const expectation = (h: HostileInput): IngestExpected => h.expect;
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
    // Two extraction threads whatever the machine, so the worker path is the one tested.
    first = await runCli(['ingest', '--quiet', '--jobs', '2', '--db', db, ...shared.map((h) => h.path)], 240_000);
    documentsAfterFirst = storeCheck(db).documents;
    second = await runCli(['ingest', '--quiet', '--jobs', '2', '--db', db, ...shared.map((h) => h.path)], 240_000);
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
          // A page is stored as the text read from it, anything else as the file's text.
          const text = readArticleFile(h.path).text;
          assert.ok(has(documentId(h.path.endsWith('.html') ? readHtml(text, h.path, h.name).text : text)), 'the article is in the store');
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

describe('ingest: files that vanish or cannot be read during the run', () => {
  for (const jobs of [0, 2]) {
    test(`a file removed after its folder was listed is reported and skipped, the rest stored (--jobs ${jobs})`, async () => {
      const folder = path.join(dir, `vanishing-${jobs}`);
      mkdirSync(folder);
      // More files than are ever read ahead of the first stored batch, so the last is still unread then.
      const files = Array.from({ length: 90 }, (_, i) => path.join(folder, `a${String(i).padStart(3, '0')}.txt`));
      files.forEach((f, i) => writeFileSync(f, GOOD_ARTICLE.replace('on Monday', `on day ${i} of the talks`)));
      const last = files[files.length - 1];
      const db = path.join(dir, `vanishing-${jobs}.db`);
      const store = openStore(db);
      const problems: SourceProblem[] = [];
      let summary;
      try {
        summary = await ingestPaths(store, [folder], {
          jobs,
          onProgress: () => rmSync(last, { force: true }),
          onProblem: (p) => problems.push(p),
        });
      } finally {
        store.close();
      }
      assert.deepEqual(problems.map((p) => p.input), [last]);
      assert.match(problems[0].reason, /no such file \(it may have been removed during the run\)/);
      assert.equal(summary.stored + summary.duplicates, files.length - 1);
      const check = storeCheck(db);
      assert.equal(check.integrity, 'ok');
      assert.equal(check.documents, files.length - 1);
    });
  }

  test('an unreadable file is named and skipped by extract and ingest; the good one beside it is read', async (t) => {
    // root reads through permission bits, so the commands then run as an unprivileged user.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const folder = mkdtempSync(path.join(os.tmpdir(), 'dyad-unreadable-'));
    try {
      chmodSync(folder, 0o777);
      const good = path.join(folder, 'good.txt');
      const locked = path.join(folder, 'locked.txt');
      writeFileSync(good, GOOD_ARTICLE);
      writeFileSync(locked, GOOD_ARTICLE.replace('Monday', 'Tuesday'));
      chmodSync(good, 0o644);
      chmodSync(locked, 0o000);
      const extract = await runCli(['extract', '--format', 'jsonl', folder], 60_000, asUser);
      assert.equal(extract.status, 1, extract.stderr);
      assert.equal(extract.stderr.trim(), `dyad: skipped ${locked}: permission denied`);
      assert.equal(extract.stdout.trim().split('\n').length, 1);
      const db = path.join(folder, 'store.db');
      const ingest = await runCli(['ingest', '--quiet', '--db', db, folder], 60_000, asUser);
      assert.equal(ingest.status, 1, ingest.stderr);
      assert.match(ingest.stderr, new RegExp(`dyad: skipped ${locked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: permission denied`));
      const check = storeCheck(db);
      assert.equal(check.integrity, 'ok');
      assert.equal(check.documents, 1);
      if (!('uid' in asUser)) t.diagnostic('run as the current (unprivileged) user');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
