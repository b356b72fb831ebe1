// Every input kind through one stream: kinds by extension or content, folders walked, problems as items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kindOfPath, readSources, scanInputs, sniff } from './sources.ts';

const KINDS: [file: string, kind: string | null][] = [
  ['a.txt', 'text'], ['a.TXT', 'text'], ['page.html', 'html'], ['page.htm', 'html'], ['feed.xml', 'feed'], ['feed.rss', 'feed'],
  ['feed.atom', 'feed'], ['lines.jsonl', 'jsonl'], ['lines.ndjson', 'jsonl'], ['story', null], ['story.dat', null],
];
for (const [file, kind] of KINDS) test(`sources: ${file} → ${kind ?? 'decided by content'}`, () => assert.equal(kindOfPath(file), kind));

const SNIFF: [text: string, kind: string][] = [
  ['<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', 'feed'],
  ['  <feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
  ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
  ['<html lang="en">', 'html'],
  ['Lima, May 2 -- Peru and Chile held talks.', 'text'],
  ['<b>not</b> a page, just a line with markup', 'text'],
];
for (const [text, kind] of SNIFF) test(`sources: content ${JSON.stringify(text.slice(0, 30))} → ${kind}`, () => assert.equal(sniff(text), kind));

test('sources: a folder of mixed inputs is read in order, with every problem named', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-sources-'));
  try {
    writeFileSync(path.join(dir, 'a-story.txt'), 'Peru and Chile held talks in Lima on Monday about a border crossing.');
    writeFileSync(path.join(dir, 'b-empty.txt'), '');
    writeFileSync(path.join(dir, 'c-page.html'), '<html><body><article><p>Ghana and Togo opened a joint border post at Aflao on Tuesday, customs officials said, and lorries now cross in hours.</p></article></body></html>');
    writeFileSync(path.join(dir, 'd-feed.xml'), '<rss><channel><title>Wire</title><item><title>One</title><description>Fiji and Tonga met.</description></item><item><description>Samoa and Tonga met.</description></item></channel></rss>');
    writeFileSync(path.join(dir, 'e-lines.jsonl'), '{"text":"Norway and Sweden met."}\nbroken\n');
    writeFileSync(path.join(dir, 'f-notes'), 'No extension: read as text about Kenya and Uganda.');
    writeFileSync(path.join(dir, 'g-broken.xml'), '<rss><channel><item>');
    writeFileSync(path.join(dir, '.hidden.txt'), 'never read');
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'h.txt'), 'Inside a subfolder: Laos and Thailand opened a bridge.');
    symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    const unreadable = path.join(dir, 'sub', 'i-locked.txt');
    writeFileSync(unreadable, 'locked');
    chmodSync(unreadable, 0);
    const asRoot = process.getuid?.() === 0;

    const items = [];
    for await (const item of readSources([dir])) items.push(item);
    const shown = items.map((i) => (i.kind === 'article' ? `article ${path.relative(dir, i.article.input)}` : `problem ${path.relative(dir, i.problem.input)}: ${i.problem.reason}`));
    const expected = [
      'article a-story.txt',
      'problem b-empty.txt: empty file',
      'article c-page.html',
      'article d-feed.xml#1',
      'article d-feed.xml#2',
      'article e-lines.jsonl:1',
      'problem e-lines.jsonl:2: not valid JSON',
      'article f-notes',
      'problem g-broken.xml: malformed XML at line',
      'article sub/h.txt',
      asRoot ? 'article sub/i-locked.txt' : 'problem sub/i-locked.txt: permission denied',
      'problem sub/loop: directory already visited (symbolic link loop); skipped',
    ];
    assert.equal(shown.length, expected.length, shown.join('\n'));
    shown.forEach((s, i) => assert.ok(s.startsWith(expected[i]), `${s}\n  expected ${expected[i]}`));
    const bytes = items.reduce((n, i) => n + i.bytes, 0);
    assert.equal(bytes, scanInputs([dir]).bytes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sources: a path that does not exist is one problem', async () => {
  const items = [];
  for await (const item of readSources(['/no/such/dyad/input'])) items.push(item);
  assert.deepEqual(items.map((i) => i.kind === 'problem' && i.problem.reason), ['no such file or directory']);
});
