// Faults around the store: SIGKILL during ingest, the API under load while an ingest writes, a full
// disk and read-only store paths. Each ends with a clear message and a store that passes integrity_check.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import autocannon from 'autocannon';
import { generateArticles, writeCorpusFiles } from '../../bench/generate.ts';
import { createRng } from '../../bench/prng.ts';
import { ROOT, runCli, storeCheck } from './cli.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-faults-'));
// Readable by the unprivileged user of the read-only test.
chmodSync(dir, 0o755);
const corpus = path.join(dir, 'corpus');
// Enough articles that ten kills land before the end even when ingest stores hundreds a second
// (and its batches grow to 100 articles).
const ARTICLES = writeCorpusFiles(corpus, generateArticles(200 * 2300, 11));
/** Other articles, for an ingest into a store that already holds the first corpus. */
const more = path.join(dir, 'more');
writeCorpusFiles(more, generateArticles(20 * 2300, 12));
/** The first corpus ingested without interruption: the reference, and the seed of the other stores. */
const clean = path.join(dir, 'clean.db');
before(async () => {
  const run = await runCli(['ingest', '--quiet', '--db', clean, corpus]);
  assert.equal(run.status, 0, run.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function copyStore(from: string, to: string): void {
  for (const suffix of ['', '-wal']) {
    try {
      copyFileSync(from + suffix, to + suffix);
    } catch {
      /* a closed store has no WAL left */
    }
  }
}

/** What a store holds, compared between an interrupted-and-resumed ingest and a clean one. */
function contents(db: string): { ids: string[]; events: number; corpusEvents: number; sources: number } {
  const conn = new Database(db, { readonly: true });
  try {
    const n = (sql: string): number => (conn.prepare(sql).get() as { n: number }).n;
    return {
      ids: (conn.prepare('SELECT id FROM documents ORDER BY id').all() as { id: string }[]).map((r) => r.id),
      events: n('SELECT count(*) AS n FROM events'),
      corpusEvents: n('SELECT count(*) AS n FROM corpus_events'),
      sources: n('SELECT coalesce(sum(source_count), 0) AS n FROM corpus_events'),
    };
  } finally {
    conn.close();
  }
}

function documentsNow(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or the schema is being written
  }
}

/** Starts an ingest and kills it with SIGKILL `extraMs` after the store holds `afterDocs` documents. */
function ingestAndKill(db: string, afterDocs: number, extraMs: number): Promise<{ killed: boolean; documents: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/dyad.js', 'ingest', '--quiet', '--db', db, corpus], { cwd: ROOT, stdio: 'ignore' });
    let killed = false;
    const poll = setInterval(() => {
      if (documentsNow(db) >= afterDocs) {
        clearInterval(poll);
        setTimeout(() => {
          killed = child.kill('SIGKILL');
        }, extraMs);
      }
    }, 10);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      resolve({ killed: killed && signal === 'SIGKILL', documents: documentsNow(db) });
    });
  });
}

describe('SIGKILL during ingest at 10 random points', () => {
  const killedDb = path.join(dir, 'killed.db');

  test('after each kill the store passes integrity_check; the re-run ends with exactly the full set', async (t) => {
    const rng = createRng(42);
    const expected = contents(clean);
    assert.equal(expected.ids.length, ARTICLES);
    const landed: number[] = [];
    for (let i = 0; i < 10; i++) {
      const before = documentsNow(killedDb);
      // A random point after at least one more article than the last run kept.
      const target = Math.min(ARTICLES - 1, before + 1 + Math.floor(rng.next() * 2));
      const r = await ingestAndKill(killedDb, target, Math.floor(rng.next() * 40));
      const check = storeCheck(killedDb);
      assert.equal(check.integrity, 'ok', `after kill ${i + 1}`);
      assert.equal(check.duplicateIds, 0);
      assert.equal(check.orphans, 0, `after kill ${i + 1}: events without their article, or merged events without reports`);
      if (r.killed && r.documents < ARTICLES) landed.push(r.documents);
    }
    t.diagnostic(`documents stored when each kill landed: ${landed.join(', ')} (of ${ARTICLES})`);
    assert.ok(landed.length >= 5, `at least 5 of the 10 runs were killed mid-ingest (${landed.length})`);
    const rerun = await runCli(['ingest', '--quiet', '--db', killedDb, corpus]);
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.deepEqual(contents(killedDb), expected);
  });
});

describe('the API under load while an ingest writes to its store', () => {
  test('zero failed requests; p99 reported', async (t) => {
    const db = path.join(dir, 'api.db');
    copyStore(clean, db);
    const server = spawn(process.execPath, ['bin/dyad.js', 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (d: Buffer) => {
          out += d;
          const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
          if (m) resolve(m[1]);
        });
        server.on('exit', (code) => reject(new Error(`serve exited (${code})`)));
      });
      const ingest = runCli(['ingest', '--quiet', '--db', db, more]);
      const result = await autocannon({
        url,
        connections: 8,
        duration: 4,
        requests: [
          { method: 'GET', path: '/api/stats' },
          { method: 'GET', path: '/api/events?country=USA&limit=20' },
          { method: 'GET', path: '/api/events?type=CONSULT&from=2020-01-01&to=2026-12-31' },
          { method: 'GET', path: '/api/search?q=foreign%20minister' },
          { method: 'GET', path: '/api/series?country=CHN&by=month' },
          { method: 'GET', path: '/api/documents?limit=10' },
        ],
      });
      const ingested = await ingest;
      t.diagnostic(`${result.requests.total} requests in ${result.duration} s while ingesting 20 more articles: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`);
      assert.ok(result.requests.total > 50, 'the load generator ran');
      assert.equal(result.errors, 0);
      assert.equal(result.timeouts, 0);
      assert.equal(result.non2xx, 0);
      assert.equal(ingested.status, 0, ingested.stderr);
    } finally {
      server.kill('SIGTERM');
    }
    assert.equal(storeCheck(db).integrity, 'ok');
  });
});

/** Mounts a tmpfs of `size` at a new folder; null with the reason when this machine does not allow it. */
function mountTmpfs(size: string): { dir: string; unmount(): void } | string {
  if (process.platform !== 'linux') return 'tmpfs mounts need Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  const mnt = path.join(dir, `mnt-${size}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(mnt);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0777`, 'tmpfs', mnt], { stdio: 'pipe' });
  } catch (err) {
    return `mount -t tmpfs failed: ${(err as { stderr?: Buffer }).stderr?.toString().trim() || (err as Error).message}`;
  }
  return { dir: mnt, unmount: () => execFileSync('umount', ['-l', mnt]) };
}

describe('disk full and read-only stores', () => {
  test('a full disk stops ingest with a clear message; what was stored stays sound', async (t) => {
    const mount = mountTmpfs('1536k');
    if (typeof mount === 'string') {
      t.skip(mount);
      return;
    }
    try {
      const db = path.join(mount.dir, 'full.db');
      const run = await runCli(['ingest', '--quiet', '--db', db, corpus]);
      assert.notEqual(run.status, 0);
      assert.match(run.stderr, new RegExp(`${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the disk is full`));
      // Checked on a copy: the full disk has no room for the checker's own files.
      const copy = path.join(dir, 'full-copy.db');
      copyStore(db, copy);
      const check = storeCheck(copy);
      assert.equal(check.integrity, 'ok');
      assert.equal(check.orphans, 0);
      t.diagnostic(`${check.documents} of ${ARTICLES} articles stored before the disk filled`);
      assert.ok(check.documents < ARTICLES);
    } finally {
      mount.unmount();
    }
  });

  test('a read-only store file and folder: ingest refuses with a clear message, the store is unchanged', async (t) => {
    const ro = path.join(dir, 'readonly');
    mkdirSync(ro);
    const db = path.join(ro, 'store.db');
    copyStore(clean, db);
    chmodSync(db, 0o444);
    chmodSync(ro, 0o555);
    // root writes through permission bits, so the refusal is checked as an unprivileged user.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    try {
      const run = await runCli(['ingest', '--quiet', '--db', db, more], 60_000, asUser);
      assert.equal(run.status, 1);
      assert.match(run.stderr, /store\.db: cannot write the store: the file or its folder is read-only/);
      if (!('uid' in asUser)) t.diagnostic('run as the current (unprivileged) user');
    } finally {
      chmodSync(ro, 0o755);
      chmodSync(db, 0o644);
    }
    const check = storeCheck(db);
    assert.equal(check.integrity, 'ok');
    assert.equal(check.documents, ARTICLES);
  });

  test('a store on a read-only file system: ingest refuses with a message that says so', async (t) => {
    const mount = mountTmpfs('16m');
    if (typeof mount === 'string') {
      t.skip(mount);
      return;
    }
    try {
      const db = path.join(mount.dir, 'ro.db');
      copyStore(clean, db);
      execFileSync('mount', ['-o', 'remount,ro', mount.dir]);
      const run = await runCli(['ingest', '--quiet', '--db', db, more]);
      assert.equal(run.status, 1);
      assert.match(run.stderr, /ro\.db: .*read-only/);
      execFileSync('mount', ['-o', 'remount,rw', mount.dir]);
      assert.equal(storeCheck(db).integrity, 'ok');
      assert.equal(storeCheck(db).documents, ARTICLES);
    } finally {
      mount.unmount();
    }
  });
});
