// Guard: \p{…} regex literals in the extraction stages stand in module constants. The TypeScript loader
// (esbuild, target node20) turns such a literal into a `new RegExp` call where it is written, so one
// inside a function is built and compiled again on every call (this once cost a stage a third of its time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const SRC = fileURLToPath(new URL('../', import.meta.url));
const FOLDERS = ['stages/document', 'stages/segment', 'stages/dates', 'stages/geo', 'stages/organizations', 'stages/people',
  'stages/quotes', 'stages/proposals', 'stages/figures', 'stages/events'];
const LEXICON_FILES = ['tokens', 'dates', 'geo', 'organizations', 'people', 'document', 'figures', 'speech', 'phrase-trie'];

// A regex literal with a property escape (a string pattern writes "\\p{", which does not match).
const UNICODE_LITERAL = /\/[^/\n]*(?<!\\)\\[pP]\{[^/\n]*\/[a-z]*/;
const MODULE_CONSTANT = /^(?:export )?const [A-Z_0-9]+ = \//;

function sourceFiles(): string[] {
  const files = LEXICON_FILES.map((f) => path.join(SRC, 'lexicon', `${f}.ts`));
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) files.push(full);
    }
  };
  for (const f of FOLDERS) walk(path.join(SRC, f));
  return files;
}

function misplacedUnicodeLiterals(source: string): number[] {
  const lines: number[] = [];
  source.split('\n').forEach((line, i) => {
    if (UNICODE_LITERAL.test(line) && !MODULE_CONSTANT.test(line) && !line.trimStart().startsWith('//')) lines.push(i + 1);
  });
  return lines;
}

test('the check finds a property escape inside a function and accepts module constants and strings', () => {
  assert.deepEqual(misplacedUnicodeLiterals('function f(w) {\n  return /^\\p{Lu}/u.test(w);\n}'), [2]);
  assert.deepEqual(misplacedUnicodeLiterals('const f = (w) => /^\\p{L}/u.test(w);'), [1]);
  assert.deepEqual(misplacedUnicodeLiterals('const UPPER = /^\\p{Lu}/u;\nconst WORD = "\\\\p{L}+";'), []);
});

test('no \\p{…} regex literal inside a function in the extraction stages', () => {
  const found = sourceFiles().flatMap((f) => misplacedUnicodeLiterals(readFileSync(f, 'utf8')).map((n) => `${path.relative(SRC, f)}:${n}`));
  assert.deepEqual(found, []);
});
