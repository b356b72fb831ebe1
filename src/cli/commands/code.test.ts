// `dyad code` end to end: one sentence as JSON, and a JSONL batch where a broken line gives an error line,
// in order, and the batch goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/dyad.js', import.meta.url));
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, 'code', ...args], { input, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

test('one sentence prints its events as JSON', () => {
  const r = run(['Lithuania expelled three Belarusian diplomats on Friday.', '--date', '2024-05-13']);
  assert.equal(r.status, 0, r.stderr);
  const events = JSON.parse(r.stdout);
  assert.equal(events[0].event[0], 'SANCTION');
  assert.equal(events[0].date, '2024-05-10');
  assert.deepEqual(events[0].recipient.map((e: { code: string }) => e.code), ['BLR']);
});

test('a JSONL batch: one line out per line in, in order; broken lines are reported and skipped over', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'Egypt urged Israel to allow more aid into Gaza.', date: '2024-03-01' }),
    '{"id": "b", "text": ',
    JSON.stringify({ id: 'c', text: 42 }),
    '',
    JSON.stringify({ id: 'd', text: 'Prices rose in Kenya.', date: '2024-03-01' }),
    JSON.stringify({ id: 'e', text: 'Japan met Korea.', date: 'yesterday' }),
  ].join('\n');
  const r = run(['--format', 'jsonl'], input);
  assert.equal(r.status, 1, 'exit status 1 when a line failed');
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a', null, 'c', 'd', 'e']);
  assert.equal(lines[0].events[0].event[0], 'REQUEST');
  assert.match(lines[1].error, /^line 2: not valid JSON/);
  assert.match(lines[2].error, /^line 3: "text" must be a non-empty string/);
  assert.deepEqual(lines[3].events, []);
  assert.match(lines[4].error, /^line 6: .*yesterday/);
  assert.match(r.stderr, /3 of 6 line\(s\) could not be coded/);
});

test('pretty output: one line per event with type, parties and evidence', () => {
  const r = run(['Chinese coast guard ships fired water cannon at two Philippine supply boats on Sunday.', '--date', '2024-03-25', '--format', 'pretty']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^ASSAULT\/crowd-control 2024-03-24 CHN \(Chinese coast guard ships = China\) → PHL \(Philippine supply boats = Philippines\) «fired water cannon at» \[events\.assault\.fire-at\]/);
});

test('a JSONL batch may name its fields as other event data sets do, with dates that carry a time', () => {
  const input = [
    JSON.stringify({ story_id: 's1', sentence: 'Lithuania expelled three Belarusian diplomats on Friday.', publication_date: '2024-05-13T09:30:00Z' }),
    JSON.stringify({ event_id: 's2', text: 'Lithuania expelled three Belarusian diplomats on Friday.', story_date: '20240513' }),
  ].join('\n');
  const r = run(['--format', 'jsonl'], input);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => [l.id, l.events[0].event[0], l.events[0].date]), [['s1', 'SANCTION', '2024-05-10'], ['s2', 'SANCTION', '2024-05-10']]);
});
