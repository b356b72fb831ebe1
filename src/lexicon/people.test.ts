// The plural forms of titles the people lexicon adds ("Foreign Ministers A and B").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pluralTitle } from './people.ts';

const CASES: [string, string | null][] = [
  ['Foreign Minister', 'Foreign Ministers'],
  ['Minister of Foreign Affairs', 'Ministers of Foreign Affairs'],
  ['Deputy Secretary', 'Deputy Secretaries'],
  ['Chief of Staff', 'Chiefs of Staff'],
  ['chief negotiator', 'chief negotiators'],
  ['Ambassador to', 'Ambassadors to'],
  ['fisherman', 'fishermen'],
  ['Foreign Ministry spokeswoman', 'Foreign Ministry spokeswomen'],
  // NEGATIVE: abbreviations, hyphenated heads and plural words get no plural.
  ['PM', null],
  ['Sen.', null],
  ['Ambassador-at-large', null],
  ['Justices', null],
];

for (const [title, plural] of CASES) {
  test(`people lexicon: the plural of "${title}" is ${plural === null ? 'none' : `"${plural}"`}`, () => {
    assert.equal(pluralTitle(title), plural);
  });
}
