// Reads article files and walks directories, reporting every unreadable input by name.
import { readFileSync, readdirSync, statSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { decodeArticle, InputError, MAX_ARTICLE_BYTES, type Decoded } from './decode.ts';

export function readArticleFile(file: string): Decoded {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(file, 'is a directory');
    // A pipe would block the run and a device such as /dev/zero never ends: read regular files only.
    if (!st.isFile()) throw new InputError(file, 'not a regular file (a device, pipe or socket); skipped');
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, describeFsError(err));
  }
  // Refuse oversized files before reading them, so a 200 MB file costs no memory.
  if (size > MAX_ARTICLE_BYTES) {
    throw new InputError(file, `too large for one article (${(size / 1048576).toFixed(1)} MB; limit ${MAX_ARTICLE_BYTES / 1048576} MB)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new InputError(file, describeFsError(err));
  }
  return decodeArticle(bytes, file);
}

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file (it may have been removed during the run)';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return e.message ?? String(err);
  }
}

export interface WalkProblem {
  path: string;
  reason: string;
}

/**
 * Files under `root` (or `root` itself), sorted, following directory symlinks once:
 * a loop is reported, not followed forever. Hidden files and folders are skipped.
 */
export function listFiles(root: string, problems: WalkProblem[] = []): string[] {
  return [...walkFiles(root, problems)];
}

/** The files of `listFiles` one at a time, so a walk over a huge tree holds one folder's names at most. */
export function* walkFiles(root: string, problems: WalkProblem[] = []): Generator<string> {
  const seen = new Set<string>();
  function* walk(p: string): Generator<string> {
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      // A path the user named that is not there was never there; one found in a folder was removed meanwhile.
      const missing = p === root && (err as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push({ path: p, reason: missing ? 'no such file or directory' : describeFsError(err) });
      return;
    }
    if (!st.isDirectory()) {
      yield p;
      return;
    }
    const real = realpathSync(p);
    if (seen.has(real)) {
      problems.push({ path: p, reason: 'directory already visited (symbolic link loop); skipped' });
      return;
    }
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(p).sort();
    } catch (err) {
      problems.push({ path: p, reason: describeFsError(err) });
      return;
    }
    for (const name of names) if (!name.startsWith('.')) yield* walk(path.join(p, name));
  }
  yield* walk(root);
}
