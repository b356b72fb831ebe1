// bin/bundle.js: the command line and the extraction thread run from bundles built from the sources;
// without a bundle (DYAD_NO_BUNDLE) the sources run through tsx, with the same results.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundle } from '../bin/bundle.js';
import { workerBundle } from '../src/ingest/worker-bundle.ts';
import { ROOT } from './faults/cli.ts';

const dyad = (args: string[], input: string, env: Record<string, string> = {}): string =>
  execFileSync(process.execPath, ['bin/dyad.js', ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, TZ: 'UTC', ...env } });

test('the command line is bundled once per version of the sources, into node_modules/.cache/dyad', async () => {
  const file = await bundle('cli/main.ts');
  assert.ok(file, 'esbuild is installed: the bundle is built');
  assert.equal(path.dirname(file), path.join(ROOT, 'node_modules/.cache/dyad'));
  assert.match(path.basename(file), /^cli-main-[0-9a-f]{16}\.mjs$/);
  const built = statSync(file).mtimeMs;
  assert.equal(await bundle('cli/main.ts'), file, 'the same sources: the same bundle');
  assert.equal(statSync(file).mtimeMs, built, 'not built again');
  const cli = await import(file) as { main?: unknown };
  assert.equal(typeof cli.main, 'function');
});

test('the extraction thread has its own bundle, from the same sources', async () => {
  const cli = await bundle('cli/main.ts');
  const worker = await workerBundle();
  assert.ok(worker && cli);
  assert.match(path.basename(worker), /^ingest-extract-worker-[0-9a-f]{16}\.mjs$/);
  assert.equal(path.basename(worker).slice(-21), path.basename(cli).slice(-21), 'one key for both');
});

test('DYAD_NO_BUNDLE runs the sources through tsx, with the same output', () => {
  const article = 'NAIROBI, March 4 -- Kenya and Tanzania signed a trade agreement in Nairobi on Sunday.';
  const args = ['extract', '-', '--published', '2024-03-04'];
  const bundled = dyad(args, article);
  assert.match(bundled, /"actor"/, 'an event is extracted');
  assert.equal(dyad(args, article, { DYAD_NO_BUNDLE: '1' }), bundled);
});
