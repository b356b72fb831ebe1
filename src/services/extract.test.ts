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

test('a folder gives the records of its files one at a time, in order; the trap and the empty file fail alone, in order', async () => {
  const { records, failures } = await extractPaths([dir], { published: '2024-05-01' }, undefined, trapped);
  const expected = names
    .filter((_, i) => i !== 4 && i !== 7)
    .map((name) => JSON.stringify(extractText(pipeline, readFileSync(path.join(dir, name), 'utf8'), name, { published: '2024-05-01' })));
  assert.deepEqual(records.map((r) => JSON.stringify(r)), expected);
  assert.deepEqual(failures.map((f) => f.input), [path.join(dir, 'a04.txt'), path.join(dir, 'a07.txt')]);
  assert.equal(failures[0].error, `${path.join(dir, 'a04.txt')}: stage "trap" failed: sprung`);
  assert.match(failures[1].error, /empty file/);
});

// A page and a feed of our own: `extract` reads them by format, as `ingest` does, not as plain text.
const PAGE = `<!doctype html><html><head><title>Ghana and Togo open a border post | Coastline Wire</title>
<meta property="og:site_name" content="Coastline Wire"><meta property="og:title" content="Ghana and Togo open a border post">
<meta property="article:published_time" content="2024-06-05T09:30:00Z"><meta name="author" content="Ama Mensah"></head>
<body><nav><a href="/">Home</a> <a href="/africa">Africa</a></nav><article><h1>Ghana and Togo open a border post</h1>
<p>ACCRA, June 4 -- Ghanaian and Togolese trade ministers opened a joint border post at Aflao on Tuesday.</p>
<p>The post will cut waiting times for lorries carrying cocoa and cement, the ministers said.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>`;

test('a web page is read by format: its metadata fill the document fields and menus stay out of the text', async () => {
  const file = path.join(dir, 'page.html');
  writeFileSync(file, PAGE);
  const { records, failures } = await extractPaths([file], {}, undefined, pipeline);
  assert.deepEqual(failures, []);
  const d = records[0].document;
  assert.deepEqual([d.title, d.source, d.published, d.byline, d.file], ['Ghana and Togo open a border post', 'Coastline Wire', '2024-06-05', 'Ama Mensah', 'page.html']);
  assert.ok(!records[0].people.some((p) => /Home|Subscribe/.test(p.name)));
  const fromStdin = await extractPaths(['-'], {}, () => Buffer.from(PAGE), pipeline);
  assert.equal(fromStdin.records[0].document.source, 'Coastline Wire');
  assert.equal(fromStdin.records[0].document.file, null);
});

test('a JSON Lines file gives a record per good line and names each bad line', async () => {
  const file = path.join(dir, 'two.jsonl');
  writeFileSync(file, [JSON.stringify({ text: article(1), published: '2024-05-02' }), '{"text": ', JSON.stringify({ text: article(2) })].join('\n'));
  const { records, failures } = await extractPaths([file], {}, undefined, pipeline);
  assert.equal(records.length, 2);
  assert.equal(records[0].document.published, '2024-05-02');
  assert.deepEqual(failures.map((f) => f.input), [`${file}:2`]);
});
