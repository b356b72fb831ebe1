// Office keys: one office however articles and the gazetteer word it; different offices apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGeo } from '../lexicon/geo.ts';
import { acronymsIn, officeKey, officeMatches } from './offices.ts';

const geo = loadGeo();

const KEYS: [office: string, key: string][] = [
  ['Kenyan President', 'president'],
  ['President of Kenya', 'president'],
  ['the President of the United States', 'president'],
  ['president', 'president'],
  ['Vice President', 'vice president'],
  ['Tanzanian Deputy Prime Minister', 'deputy prime minister'],
  ['Foreign Minister of Indonesia', 'foreign minister'],
  ["Malaysia's prime minister", 'prime minister'],
  ['Chairman of the African Union Commission', 'chairman of the african union commission'],
  ['Speaker of the National Assembly of Kenya', 'speaker of the national assembly'],
  ['Secretary General of the Chama Cha Mapinduzi (CCM)', 'secretary general of the chama cha mapinduzi'],
];

for (const [office, key] of KEYS) {
  test(`offices: "${office}" → "${key}"`, () => assert.equal(officeKey(office, geo), key));
}

test('offices: an acronym spelled out makes the long and short forms one office', () => {
  const acr = acronymsIn('Chairman of the National Democratic Union (NDU) Executive Board');
  assert.deepEqual([...acr], [['national democratic union', 'ndu']]);
  assert.equal(officeKey('Chairman of the National Democratic Union Executive Board', geo, acr), 'chairman of the ndu executive board');
  assert.equal(officeKey('Chairman of the NDU Executive Board', geo, acr), 'chairman of the ndu executive board');
  // Parentheses that are not the initials of the words before them are no acronym.
  assert.equal(acronymsIn('Minister of Trade (Acting)').size, 0);
  assert.equal(acronymsIn('head of the Kenya Revenue Authority (KEBS)').size, 0);
});

const MATCHES: [key: string, query: string, match: boolean][] = [
  ['president', 'president', true],
  ['general secretary of the cpv central committee', 'general secretary', true],
  ['vice president', 'president', false],
  ['president of the national assembly', 'president', true],
  ['deputy prime minister', 'prime minister', false],
  ['prime minister', 'minister', false],
];

for (const [key, query, match] of MATCHES) {
  test(`offices: "${query}" ${match ? 'answers' : 'does not answer'} "${key}"`, () => assert.equal(officeMatches(key, query), match));
}
