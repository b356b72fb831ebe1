// Commitments across meetings: repeated, added and dropped themes between consecutive meetings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignByTheme, type Meeting } from './align.ts';

const meeting = (id: string, date: string, themes: string[]): Meeting => ({
  documentId: id, documentIds: [id], date, title: null, source: null, corpusEventId: null,
  proposals: themes.map((theme, i) => ({ ordinal: i + 1, text: `${theme} item`, theme, start: i * 10, end: i * 10 + 5, documentId: id })),
});

test('align: the first meeting adds everything; later ones repeat, add and drop against the one before', () => {
  const order = ['political trust', 'security', 'practical cooperation', 'maritime issues'];
  const a = alignByTheme([
    meeting('c', '2025-04-14', ['political trust', 'maritime issues']),
    meeting('a', '2023-12-12', ['political trust', 'security', 'practical cooperation']),
    meeting('b', '2024-10-13', ['practical cooperation', 'political trust', 'other']),
  ], order);
  assert.deepEqual(a.themes, ['political trust', 'security', 'practical cooperation', 'maritime issues', 'other']);
  assert.deepEqual(a.meetings.map((m) => m.documentId), ['a', 'b', 'c']);
  assert.deepEqual(a.meetings.map((m) => [m.repeated, m.added, m.dropped]), [
    [[], ['political trust', 'security', 'practical cooperation'], []],
    [['political trust', 'practical cooperation'], ['other'], ['security']],
    [['political trust'], ['maritime issues'], ['practical cooperation', 'other']],
  ]);
  const second = a.meetings[1];
  assert.deepEqual(second.cells.security.map((p) => [p.status, p.documentId]), [['dropped', 'a']]);
  assert.deepEqual(second.cells['political trust'].map((p) => [p.status, p.ordinal]), [['repeated', 2]]);
});

test('align: no meetings, no themes', () => {
  assert.deepEqual(alignByTheme([], ['security']), { themes: [], meetings: [] });
});
