// dyad's TypeScript sources as plain JavaScript, bundled per entry point (the command line, an
// extraction thread). Loading the sources through tsx costs a loader thread, seconds of CPU to
// resolve and compile a hundred modules, and about 100 MB of memory; a bundle loads in a fraction
// of that. Bundles are built with esbuild (the compiler tsx itself uses) into
// node_modules/.cache/dyad, once per version of the sources, and reused by later runs. Packages stay
// outside the bundle and load from node_modules as usual.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SRC = path.join(ROOT, 'src');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'dyad');
const LOCK = path.join(ROOT, 'package-lock.json');

/** A key for the sources as they are now: every file's path, size and modification time (and this file's). */
function sourceKey() {
  const hash = createHash('sha1').update(`${statSync(fileURLToPath(import.meta.url)).mtimeMs}\n`);
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (name.endsWith('.ts')) hash.update(`${p}\0${st.size}\0${st.mtimeMs}\n`);
    }
  };
  walk(SRC);
  if (existsSync(LOCK)) hash.update(`${statSync(LOCK).mtimeMs}`);
  return hash.digest('hex').slice(0, 16);
}

/** The entry points bundled: the command line, an extraction thread and the pipeline (for the benchmark; paths under src/). */
const ENTRIES = ['cli/main.ts', 'ingest/extract-worker.ts', 'pipeline.ts'];

/**
 * The bundled file of `entry` (one of ENTRIES), built when missing; null when it cannot be built
 * (no esbuild, a read-only node_modules) or when DYAD_NO_BUNDLE is set: the caller then loads the
 * sources through tsx. The entries are built together into one folder per version of the sources;
 * code that only some commands need (the web server, the pipeline, the HTML reader) is split into
 * files of its own, loaded when a command imports it. Each source file keeps its own
 * `import.meta.url`, so data files are found from where the sources are, not from the cache.
 * @param {string} entry
 * @returns {Promise<string | null>}
 */
export async function bundle(entry) {
  if (process.env.DYAD_NO_BUNDLE) return null;
  try {
    const dir = path.join(CACHE, sourceKey());
    const file = path.join(dir, entry.replace(/\.ts$/, '.mjs'));
    if (existsSync(file)) return file;
    const { build } = await import('esbuild');
    const tmp = `${dir}.${process.pid}.tmp`;
    await build({
      entryPoints: ENTRIES.map((e) => path.join(SRC, e)),
      outbase: SRC,
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      plugins: [{
        name: 'keep-import-meta-url',
        setup(b) {
          // This file stays outside the bundle: it finds the sources from where it is.
          b.onResolve({ filter: /\/bin\/bundle\.js$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path), external: true }));
          b.onLoad({ filter: /\.ts$/ }, (args) => {
            const text = readFileSync(args.path, 'utf8');
            if (!text.includes('import.meta.url')) return undefined;
            return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
          });
        },
      }],
    });
    try {
      renameSync(tmp, dir);
    } catch {
      // Another run built the same sources at the same time: keep theirs.
      rmSync(tmp, { recursive: true, force: true });
    }
    removeOldBundles(dir);
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** Bundles of earlier versions of the sources are removed once they are a day old (a process still running on one
 *  for that long could then fail to load the code it loads lazily: development only, as sources change). */
function removeOldBundles(keep) {
  for (const name of readdirSync(CACHE)) {
    const p = path.join(CACHE, name);
    if (p === keep) continue;
    try {
      if (Date.now() - statSync(p).mtimeMs > 86_400_000) rmSync(p, { recursive: true, force: true });
    } catch {
      /* another run removed it */
    }
  }
}
