// `dyad serve` as a user runs it: prints its loopback address, answers, stops cleanly on SIGTERM,
// and refuses a missing store or a bad port with a clear message.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../src/services/corpus.ts';
import { openStore } from '../../src/store/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/dyad.js');
let dir: string;
let db: string;

before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-serve-cli-'));
  db = path.join(dir, 'one.db');
  const store = openStore(db);
  await ingestPaths(store, [path.join(ROOT, 'test/browser/fixtures/hostile-chl-arg.txt')]);
  store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('dyad serve', () => {
  it('binds loopback, prints its address, serves, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (out += b));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 15_000);
      child.stdout.on('data', () => {
        const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    assert.match(out, /serving .*one\.db \(1 articles, \d+ events\)/);
    const stats = (await (await fetch(new URL('/api/stats', url))).json()) as { documents: number };
    assert.equal(stats.documents, 1);
    const page = await fetch(url);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', resolve);
      child.kill('SIGTERM');
    });
    assert.equal(code, 0);
    assert.match(out, /dyad: stopped/);
  });

  const refusals: [string, string[], RegExp][] = [
    ['a missing store', ['--db', '/nonexistent/dyad.db'], /no store here; build one with "dyad ingest/],
    ['a port out of range', ['--port', '70000'], /not a port number/],
    ['a port that is not a number', ['--port', 'http'], /not a port number/],
  ];
  for (const [what, args, message] of refusals) {
    it(`refuses ${what}`, () => {
      const run = spawnSync(process.execPath, [BIN, 'serve', '--db', db, ...args], { encoding: 'utf8', timeout: 15_000 });
      assert.notEqual(run.status, 0);
      assert.match(run.stderr, message);
    });
  }
});
