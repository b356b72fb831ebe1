// Reads the project's data files: line lists with # comments, YAML documents and TSV tables.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import YAML from 'yaml';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function dataPath(...parts: string[]): string {
  return path.join(DATA_DIR, ...parts);
}

/** Non-empty lines of a list file, without `#` comment lines and trailing spaces. */
export function readLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
}

// Parsing the YAML data files takes most of a second, more than all the rest of loading the lexicon, and every
// command pays it at start-up. So each file's value is also kept as JSON, which reads back in a millisecond, in
// a folder of the system's temporary directory that only this user can write; it is named by a hash of the
// file's text, so an edited file is parsed again. A cache that cannot be read or written only costs time.
const CACHE_DIR = path.join(os.tmpdir(), `dyad-data-${process.getuid?.() ?? 'user'}`);

function cacheDir(): string | null {
  try {
    mkdirSync(CACHE_DIR, { recursive: true, mode: 0o700 });
    const st = statSync(CACHE_DIR);
    // Never read a folder someone else made or can write to.
    return st.isDirectory() && (process.getuid === undefined || st.uid === process.getuid()) && (st.mode & 0o022) === 0 ? CACHE_DIR : null;
  } catch {
    return null;
  }
}

export function readYaml<T>(file: string): T {
  const text = readFileSync(file, 'utf8');
  const dir = cacheDir();
  const cached = dir && path.join(dir, `${createHash('sha256').update(text).digest('hex')}.json`);
  if (cached) {
    try {
      return JSON.parse(readFileSync(cached, 'utf8')) as T;
    } catch {
      // not cached yet
    }
  }
  let value: T;
  try {
    value = YAML.parse(text) as T;
  } catch (err) {
    throw new Error(`cannot read data file ${file}: ${(err as Error).message}`);
  }
  const json = JSON.stringify(value);
  // Only a value JSON gives back unchanged is kept (YAML can also hold .inf, dates, non-string keys).
  if (cached && json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) {
    try {
      const tmp = `${cached}.${process.pid}`;
      writeFileSync(tmp, json, { mode: 0o600 });
      renameSync(tmp, cached);
    } catch {
      // a full or read-only temporary directory: parse again next time
    }
  }
  return value;
}

/** Rows of a tab-separated file whose first non-comment line names the columns. */
export function readTsv(file: string): Record<string, string>[] {
  const [head, ...rows] = readLines(file);
  const cols = head.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()]));
  });
}
