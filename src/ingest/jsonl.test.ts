// JSON Lines: one article per line, a broken line reported with its path and number and skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseJsonLine, readJsonLines } from './jsonl.ts';

const LINES: [line: string, expect: Record<string, unknown> | RegExp][] = [
  ['{"text": "Fiji and Tonga signed a fisheries pact."}', { text: 'Fiji and Tonga signed a fisheries pact.', url: null, published: null, source: null, title: null }],
  ['{"text": "Talks.", "url": "https://pacific.example/a", "published": "2024-07-02T10:00:00+12:00", "source": "Pacific Post", "title": "Pact"}',
    { text: 'Talks.', url: 'https://pacific.example/a', published: '2024-07-02', source: 'Pacific Post', title: 'Pact' }],
  ['{"text": "Talks.", "published": "2024-02-31"}', { text: 'Talks.', published: null }],
  ['{"text": "Talks.", "title": 42}', { title: null }],
  ['{"text": "Fiji and Tonga', /not valid JSON/],
  ['["text", "Fiji"]', /not a JSON object/],
  ['null', /not a JSON object/],
  ['{"body": "Fiji and Tonga"}', /no "text" string/],
  ['{"text": "   "}', /no "text" string/],
  ['{"text": 17}', /no "text" string/],
];

for (const [line, expect] of LINES) {
  test(`jsonl: ${line.slice(0, 60)}`, () => {
    const out = parseJsonLine(line, 'a.jsonl:7');
    if (expect instanceof RegExp) {
      assert.ok(!('text' in out), 'refused');
      assert.equal(out.input, 'a.jsonl:7');
      assert.match((out as { reason: string }).reason, expect);
    } else {
      assert.ok('text' in out, JSON.stringify(out));
      for (const [k, v] of Object.entries(expect)) assert.deepEqual((out as unknown as Record<string, unknown>)[k], v, k);
    }
  });
}

test('jsonl: a broken line in the middle is reported with its line number; the others are read; blank lines are skipped', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-jsonl-'));
  const file = path.join(dir, 'feed.jsonl');
  writeFileSync(file, [
    JSON.stringify({ text: 'Fiji and Tonga signed a fisheries pact in Suva.' }),
    '',
    '{"text": "cut off',
    JSON.stringify({ text: 'Samoa and Tonga agreed on a ferry route.', source: 'Pacific Post' }),
  ].join('\r\n') + '\n');
  try {
    const items = [];
    for await (const item of readJsonLines(file)) items.push(item);
    assert.deepEqual(items.map((i) => (i.kind === 'article' ? i.article.input : `problem ${i.problem.input}`)), [
      `${file}:1`, `problem ${file}:3`, `${file}:4`,
    ]);
    assert.ok(items.every((i) => i.bytes > 0));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
