// `dyad serve` and `dyad demo` as a user runs them: print a loopback address, answer, stop cleanly
// on SIGTERM, and refuse a missing store or a bad port with a clear message.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parsePort, serveStore } from '../../src/cli/commands/serve.ts';
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

/** Starts a long-running dyad command; resolves with the address it prints. */
async function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { text: '' };
  child.stdout.on('data', (b) => (output.text += b));
  child.stderr.on('data', (b) => (output.text += b));
  const url = await new Promise<string>((resolve, reject) => {
    // Generous: `demo` ingests the examples first, and a loaded machine is slow. A child that never
    // prints its address is killed, so it cannot keep the test run alive.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no address printed within 90 s: ${output.text}`));
    }, 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before printing an address: ${output.text}`));
    });
    child.stdout.on('data', () => {
      const m = output.text.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      child.on('exit', resolve);
      child.kill('SIGTERM');
    });
  return { url, output, stop };
}

describe('dyad serve', () => {
  it('binds loopback, prints its address, serves, and stops on SIGTERM', async () => {
    const run = await start(['serve', '--db', db, '--port', '0']);
    assert.match(run.output.text, /serving .*one\.db \(1 articles, \d+ events\)/);
    const stats = (await (await fetch(new URL('/api/stats', run.url))).json()) as { documents: number };
    assert.equal(stats.documents, 1);
    const page = await fetch(run.url);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(await run.stop(), 0);
    assert.match(run.output.text, /dyad: stopped/);
  });

  it('refuses a missing store, naming it and saying how to build one', async () => {
    await assert.rejects(serveStore('/nonexistent/dyad.db', { port: 0, host: '127.0.0.1' }), /\/nonexistent\/dyad\.db: no store here; build one with "dyad ingest/);
  });

  const ports: [string, number | null][] = [['0', 0], ['8080', 8080], ['65535', 65535], ['65536', null], ['-1', null], ['80.5', null], ['http', null], ['', null]];
  for (const [value, expected] of ports) {
    it(`--port ${JSON.stringify(value)} → ${expected ?? 'refused'}`, () => {
      if (expected === null) assert.throws(() => parsePort(value), /not a port number/);
      else assert.equal(parsePort(value), expected);
    });
  }
});

describe('dyad demo', () => {
  it('ingests the bundled examples, serves them, and removes its temporary store on exit', async () => {
    const run = await start(['demo', '--port', '0']);
    const stats = (await (await fetch(new URL('/api/stats', run.url))).json()) as { documents: number; events: number };
    assert.ok(stats.documents >= 10 && stats.events > 0, JSON.stringify(stats));
    const store = run.output.text.match(/serving (\S+demo\.db)/)![1];
    assert.equal(await run.stop(), 0);
    assert.equal(existsSync(store), false);
  });
});
