// The code of an extraction worker as one plain JavaScript file. A worker thread that loads the
// TypeScript sources through tsx spends seconds of CPU resolving and compiling a hundred modules;
// one bundled file loads in a fraction of that. The bundle is built with esbuild (the compiler tsx
// itself uses) into the temporary folder, once per version of the sources, and reused by later runs.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = fileURLToPath(new URL('../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./extract-worker.ts', import.meta.url));
const LOCK = path.join(SRC, '../package-lock.json');

/** A key for the sources as they are now: every file's path, size and modification time. */
function sourceKey(): string {
  const hash = createHash('sha1').update(ENTRY);
  const walk = (dir: string): void => {
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
 * The bundled worker's file, built when missing; null when it cannot be built (the caller then
 * loads the sources through tsx). Each file keeps its own `import.meta.url`, so data files and
 * packages are found from where the sources are, not from the temporary folder.
 */
export async function workerBundle(): Promise<string | null> {
  try {
    const file = path.join(os.tmpdir(), `dyad-extract-worker-${sourceKey()}.mjs`);
    if (existsSync(file)) return file;
    const { build } = await import('esbuild');
    const tmp = `${file}.${process.pid}.tmp`;
    await build({
      entryPoints: [ENTRY],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: tmp,
      logLevel: 'silent',
      // Packages written as CommonJS call require(): give the ES module one.
      banner: { js: "import { createRequire as dyadCreateRequire } from 'node:module'; const require = dyadCreateRequire(import.meta.url);" },
      plugins: [{
        name: 'keep-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /\.(ts|js|mjs)$/ }, (args) => {
            const text = readFileSync(args.path, 'utf8');
            if (!text.includes('import.meta.url')) return undefined;
            return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
          });
        },
      }],
    });
    renameSync(tmp, file);
    removeOldBundles(file);
    return file;
  } catch {
    return null;
  }
}

/** Bundles of earlier versions of the sources, unused for a day, are removed. */
function removeOldBundles(keep: string): void {
  const dir = path.dirname(keep);
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (p === keep || !/^dyad-extract-worker-[0-9a-f]+\.mjs$/.test(name)) continue;
    try {
      if (Date.now() - statSync(p).atimeMs > 86_400_000) rmSync(p, { force: true });
    } catch {
      /* another run removed it */
    }
  }
}
