// Reads the project's data files: line lists with # comments, YAML documents and TSV tables.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
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

export function readYaml<T>(file: string): T {
  try {
    return YAML.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new Error(`cannot read data file ${file}: ${(err as Error).message}`);
  }
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
