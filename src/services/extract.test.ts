// `dyad extract` over many files extracts them in batches: the same records, in file order, as one
// at a time; an article that makes a stage throw fails alone, and unreadable files keep their place.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Stage } from '../core/stage.ts';
import { createPipeline, STAGES } from '../pipeline.ts';
import { extractPaths, extractText } from './extract.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-extract-batch-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const pipeline = createPipeline();
const trap: Stage = { name: 'trap', requires: [], provides: [], run: (doc) => { if (doc.text.includes('TRAP')) throw new Error('sprung'); } };
const trapped = createPipeline([...STAGES.slice(0, 3), trap, ...STAGES.slice(3)], pipeline.lexicon);

const article = (i: number): string => `LIMA, May ${1 + (i % 28)} -- Peruvian and Chilean ministers met in Lima for round ${i} of talks on the border crossing.\n`;
const names: string[] = [];
for (let i = 0; i < 11; i++) {
  const name = `a${String(i).padStart(2, '0')}.txt`;
  writeFileSync(path.join(dir, name), i === 4 ? article(i) + 'TRAP\n' : i === 7 ? '' : article(i));
  names.push(name);
}

test('a folder gives the records of its files one at a time, in order; the trap and the empty file fail alone, in order', () => {
  const { records, failures } = extractPaths([dir], { published: '2024-05-01' }, undefined, trapped);
  const expected = names
    .filter((_, i) => i !== 4 && i !== 7)
    .map((name) => JSON.stringify(extractText(pipeline, readFileSync(path.join(dir, name), 'utf8'), name, { published: '2024-05-01' })));
  assert.deepEqual(records.map((r) => JSON.stringify(r)), expected);
  assert.deepEqual(failures.map((f) => f.input), [path.join(dir, 'a04.txt'), path.join(dir, 'a07.txt')]);
  assert.equal(failures[0].error, `${path.join(dir, 'a04.txt')}: stage "trap" failed: sprung`);
  assert.match(failures[1].error, /empty file/);
});
