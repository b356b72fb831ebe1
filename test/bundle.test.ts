// bin/bundle.js: the command line and the extraction thread run from bundles built from the sources;
// without a bundle (DYAD_NO_BUNDLE) the sources run through tsx, with the same results.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
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
  assert.equal(path.dirname(path.dirname(path.dirname(file))), path.join(ROOT, 'node_modules/.cache/dyad'));
  assert.match(path.relative(path.join(ROOT, 'node_modules/.cache/dyad'), file), /^[0-9a-f]{16}\/cli\/main\.mjs$/);
  const built = statSync(file).mtimeMs;
  assert.equal(await bundle('cli/main.ts'), file, 'the same sources: the same bundle');
  assert.equal(statSync(file).mtimeMs, built, 'not built again');
  const cli = await import(file) as { main?: unknown };
  assert.equal(typeof cli.main, 'function');
});

test('the extraction thread is bundled with the command line, from the same sources', async () => {
  const cli = await bundle('cli/main.ts');
  const worker = await workerBundle();
  assert.ok(worker && cli);
  assert.equal(worker, path.join(path.dirname(path.dirname(cli)), 'ingest/extract-worker.mjs'));
  assert.ok(existsSync(worker));
});

/** The packages a bundled file loads when it is imported: its static imports, followed through the bundle's own files. */
function packagesLoadedAtStart(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/^import\s(?:[^;]*?\sfrom\s)?"([^"]+)";/gms)) {
    const spec = m[1];
    if (spec.startsWith('.')) packagesLoadedAtStart(path.resolve(path.dirname(file), spec), seen, packages);
    else if (!spec.startsWith('node:') && !spec.startsWith('/')) packages.add(spec.split('/')[0]);
  }
  return packages;
}

test('the command line loads the pipeline, the web server and the HTML reader only for commands that use them', async () => {
  const file = await bundle('cli/main.ts');
  assert.ok(file);
  const packages = packagesLoadedAtStart(file);
  assert.ok(packages.has('commander'), 'the command line parser is loaded at start');
  for (const pkg of ['chrono-node', 'linkedom', 'hono', 'zod', 'fast-xml-parser']) assert.ok(!packages.has(pkg), `${pkg} is not loaded at start`);
  const worker = await workerBundle();
  assert.ok(worker && packagesLoadedAtStart(worker).has('chrono-node'), 'the extraction thread loads the pipeline');
});

test('DYAD_NO_BUNDLE runs the sources through tsx, with the same output', () => {
  const article = 'NAIROBI, March 4 -- Kenya and Tanzania signed a trade agreement in Nairobi on Sunday.';
  const args = ['extract', '-', '--published', '2024-03-04'];
  const bundled = dyad(args, article);
  assert.match(bundled, /"actor"/, 'an event is extracted');
  assert.equal(dyad(args, article, { DYAD_NO_BUNDLE: '1' }), bundled);
});
