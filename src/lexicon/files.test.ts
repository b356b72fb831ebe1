// Reading data files: YAML read back from its JSON cache gives the same value, an edited file is read anew,
// values JSON cannot hold are never served from the cache, and a broken file is named in the error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readYaml } from './files.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-files-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('a YAML file reads the same the second time (from the cache), and again after an edit', () => {
  const file = path.join(dir, 'words.yaml');
  // A text no other test writes, so the first read cannot come from an earlier run's cache.
  const stamp = `${process.pid}-${Date.now()}`;
  writeFileSync(file, `# test data ${stamp}\nverbs: [meet, visit]\nscore: 1.5\nnested: { a: null, b: true }\n`);
  const first = readYaml<unknown>(file);
  assert.deepEqual(first, { verbs: ['meet', 'visit'], score: 1.5, nested: { a: null, b: true } });
  assert.deepEqual(readYaml<unknown>(file), first);
  writeFileSync(file, `# test data ${stamp}\nverbs: [meet, visit, sign]\n`);
  assert.deepEqual(readYaml<unknown>(file), { verbs: ['meet', 'visit', 'sign'] });
});

test('values JSON cannot hold (infinity, not-a-number) come back as YAML gives them', () => {
  const file = path.join(dir, 'numbers.yaml');
  writeFileSync(file, `# ${process.pid}-${Date.now()}\nhigh: .inf\nodd: .nan\n`);
  for (let i = 0; i < 2; i++) {
    const v = readYaml<{ high: number; odd: number }>(file);
    assert.equal(v.high, Infinity);
    assert.ok(Number.isNaN(v.odd));
  }
});

test('a malformed YAML file is named in the error', () => {
  const file = path.join(dir, 'broken.yaml');
  writeFileSync(file, 'verbs: [meet, visit\n');
  assert.throws(() => readYaml(file), /cannot read data file .*broken\.yaml/);
});
