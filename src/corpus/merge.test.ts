// Merging reports of one event: which pairs are the same occurrence and which are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestMatch, countriesCompatible, datesCompatible, dateRange, dyadKeys, finerDate, matchScore, mergeFacts, personsCompatible, type EventFacts } from './merge.ts';

const f = (over: Partial<EventFacts>): EventFacts => ({
  families: ['consultation'], date: '2023-03-01', countries: ['KEN', 'TZA'], persons: [], modes: [], ...over,
});

const CASES: [name: string, a: Partial<EventFacts>, b: Partial<EventFacts>, same: boolean][] = [
  ['identical facts', {}, {}, true],
  ['month and day of that month', { date: '2023-03' }, {}, true],
  ['year and day of that year', { date: '2023' }, {}, true],
  ['two different days', { date: '2023-03-02' }, {}, false],
  ['a month and a day of another month', { date: '2023-04' }, {}, false],
  ['undated reports never merge', { date: null }, { date: null }, false],
  ['different type families', { families: ['commitment'] }, {}, false],
  ['one report has two families, one shared', { families: ['commitment', 'consultation'] }, {}, true],
  ['a third country named by one report only', { countries: ['KEN', 'TZA', 'UGA'] }, {}, true],
  ['different dyads', { countries: ['KEN', 'UGA'] }, {}, false],
  ['a one-country report against a dyad', { countries: ['KEN'] }, {}, false],
  ['no countries', { countries: [] }, {}, false],
  ['the same people', { persons: ['KEN/person:ruto'] }, { persons: ['KEN/person:ruto', 'TZA/person:hassan'] }, true],
  ['one report names nobody', { persons: ['KEN/person:ruto'] }, {}, true],
  ['different people of one side', { persons: ['KEN/person:ruto'] }, { persons: ['KEN/person:mudavadi'] }, false],
  ['one host meeting two different visitors', { persons: ['KEN/person:ruto', 'TZA/person:hassan'] }, { persons: ['KEN/person:ruto', 'TZA/person:makamba'] }, false],
  ['people of different sides only', { persons: ['KEN/person:ruto'] }, { persons: ['TZA/person:hassan'] }, true],
  ['a call is not a visit', { modes: ['phone'] }, { modes: ['visit'] }, false],
  ['a mode on one side only', { modes: ['visit'] }, {}, true],
];

for (const [name, a, b, same] of CASES) {
  test(`merge: ${name} → ${same ? 'one event' : 'two events'}`, () => {
    assert.equal(matchScore(f(a), f(b)) !== null, same);
    assert.equal(matchScore(f(b), f(a)) !== null, same, 'symmetric');
  });
}

test('merge: the best candidate is the exact date, same mode and shared people; ties go to the first', () => {
  const report = f({ modes: ['visit'], persons: ['KEN/person:ruto'] });
  const month = { id: 'month', facts: f({ date: '2023-03' }) };
  const day = { id: 'day', facts: f({ modes: ['visit'], persons: ['KEN/person:ruto'] }) };
  assert.equal(bestMatch(report, [month, day])?.id, 'day');
  assert.equal(bestMatch(f({}), [{ id: 'a', facts: f({}) }, { id: 'b', facts: f({}) }])?.id, 'a');
  assert.equal(bestMatch(f({ date: '2024-01-01' }), [month, day]), null);
});

test('merge: merged facts take the finer date and the union of everything else', () => {
  const m = mergeFacts(f({ date: '2023-03', modes: ['visit'] }), f({ persons: ['TZA/person:hassan'], countries: ['KEN', 'TZA', 'UGA'] }));
  assert.deepEqual(m, { families: ['consultation'], date: '2023-03-01', countries: ['KEN', 'TZA', 'UGA'], persons: ['TZA/person:hassan'], modes: ['visit'] });
});

test('merge: helpers for dates, countries, people and index keys', () => {
  assert.ok(datesCompatible('2023', '2023-12-31'));
  assert.equal(finerDate('2023-03', null), '2023-03');
  assert.ok(countriesCompatible(['IGO', 'KEN'], ['IGO', 'KEN']));
  assert.ok(personsCompatible([], ['KEN/person:x']));
  assert.deepEqual(dyadKeys(['KEN', 'TZA', 'UGA']), ['KEN|TZA', 'KEN|UGA', 'TZA|UGA']);
  assert.deepEqual(dyadKeys(['KEN']), ['KEN']);
  assert.deepEqual(dateRange('2023-03-01'), { coarser: ['2023', '2023-03', '2023-03-01'], prefix: '2023-03-01' });
  assert.deepEqual(dateRange('2023'), { coarser: ['2023'], prefix: '2023' });
});
