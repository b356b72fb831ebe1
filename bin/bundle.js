// dyad's TypeScript sources as one plain JavaScript file per entry point (the command line, an
// extraction thread). Loading the sources through tsx costs a loader thread, seconds of CPU to
// resolve and compile a hundred modules, and about 100 MB of memory; one bundled file loads in a
// fraction of that. Bundles are built with esbuild (the compiler tsx itself uses) into
// node_modules/.cache/dyad, once per version of the sources, and reused by later runs. Packages stay
// outside the bundle and load from node_modules as usual.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
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

/**
 * The bundle of `entry` (a path under src/) as a file path, built when missing; null when it
 * cannot be built (no esbuild, a read-only node_modules) or when DYAD_NO_BUNDLE is set: the caller
 * then loads the sources through tsx. Each source file keeps its own `import.meta.url`, so data
 * files are found from where the sources are, not from the cache folder.
 * @param {string} entry
 * @returns {Promise<string | null>}
 */
export async function bundle(entry) {
  if (process.env.DYAD_NO_BUNDLE) return null;
  try {
    const name = entry.replace(/\.ts$/, '').replaceAll('/', '-');
    const file = path.join(CACHE, `${name}-${sourceKey()}.mjs`);
    if (existsSync(file)) return file;
    const { build } = await import('esbuild');
    mkdirSync(CACHE, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await build({
      entryPoints: [path.join(SRC, entry)],
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: tmp,
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
    renameSync(tmp, file);
    removeOldBundles(file, name);
    return file;
  } catch {
    return null;
  }
}

/** Bundles of earlier versions of the sources, unused for a day, are removed. */
function removeOldBundles(keep, name) {
  for (const other of readdirSync(CACHE)) {
    const p = path.join(CACHE, other);
    if (p === keep || !other.startsWith(`${name}-`)) continue;
    try {
      if (Date.now() - statSync(p).atimeMs > 86_400_000) rmSync(p, { force: true });
    } catch {
      /* another run removed it */
    }
  }
}
