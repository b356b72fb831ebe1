// People over time: article observations and gazetteer offices in one timeline; who held an office on a day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, heldOn, type GazetteerOffice, type Observation } from './timeline.ts';

const obs = (key: string, observed: string, documentId: string, office = key): Observation => ({ office, key, observed, documentId });
const GAZ: GazetteerOffice[] = [
  { title: 'Minister of Public Security', key: 'minister of public security', from: '2016-04', to: '2024-05' },
  { title: 'President of Vietnam', key: 'president', from: '2024-05-22', to: '2024-10-21' },
  { title: 'General Secretary of the CPV Central Committee', key: 'general secretary of the cpv central committee', from: '2024-08-03', to: null },
];

test('timeline: gazetteer offices in order, confirmed by the articles that give them', () => {
  const t = buildTimeline([
    obs('president', '2024-06-02', 'd1', 'Vietnamese President'),
    obs('general secretary', '2025-01-18', 'd2', 'General Secretary'),
    obs('general secretary of the cpv central committee', '2025-04-15', 'd3'),
  ], GAZ);
  assert.deepEqual(t.map((s) => [s.office, s.from, s.to, s.basis, s.documents]), [
    ['Minister of Public Security', '2016-04', '2024-05', 'gazetteer', 0],
    ['President of Vietnam', '2024-05-22', '2024-10-21', 'both', 1],
    // The short form "General Secretary" joins the one office it abbreviates.
    ['General Secretary of the CPV Central Committee', '2024-08-03', null, 'both', 2],
  ]);
  assert.deepEqual([t[2].firstSeen, t[2].lastSeen], ['2025-01-18', '2025-04-15']);
});

test('timeline: an office only articles give spans its first and last article, in their most common wording', () => {
  const t = buildTimeline([
    obs('party chief', '2024-10-13', 'a', 'party chief'),
    obs('party chief', '2024-12-01', 'b', 'Party chief'),
    obs('party chief', '2024-11-01', 'c', 'Party chief'),
  ], []);
  assert.deepEqual(t.map((s) => [s.office, s.from, s.to, s.basis, s.sources]), [['Party chief', '2024-10-13', '2024-12-01', 'corpus', ['a', 'b', 'c']]]);
});

test('timeline: a short form that could abbreviate two offices stays apart', () => {
  const t = buildTimeline([obs('secretary', '2024-01-01', 'a')], [
    { title: 'Secretary of State', key: 'secretary of state', from: null, to: null },
    { title: 'Secretary of the Treasury', key: 'secretary of the treasury', from: null, to: null },
  ]);
  assert.equal(t.length, 3);
});

const HELD: [day: string, query: string, expect: string[]][] = [
  ['2024-06-01', 'president', ['President of Vietnam:gazetteer']],
  ['2024-10-21', 'president', []],
  ['2024-05-21', 'president', []],
  ['2023-01-01', 'minister of public security', ['Minister of Public Security:gazetteer']],
  ['2024-05-31', 'minister of public security', ['Minister of Public Security:gazetteer']],
  ['2024-06-01', 'minister of public security', []],
  ['2025-02-01', 'general secretary', ['General Secretary of the CPV Central Committee:gazetteer']],
  ['2024-11-01', 'party chief', ['party chief:corpus']],
  ['2025-03-01', 'party chief', ['party chief:last-seen']],
  ['2024-01-01', 'party chief', []],
];

for (const [day, query, expect] of HELD) {
  test(`timeline: "${query}" on ${day} → ${expect.join(', ') || 'nobody'}`, () => {
    const t = buildTimeline([obs('party chief', '2024-10-13', 'a'), obs('party chief', '2024-12-01', 'b')], GAZ);
    assert.deepEqual(heldOn(t, query, day).map((h) => `${h.span.office}:${h.evidence}`), expect);
  });
}
