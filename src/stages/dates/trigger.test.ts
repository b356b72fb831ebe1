// The trigger that decides whether chrono runs on a sentence: it must fire on every sentence in which
// chrono finds a date dyad keeps, and may stay silent on the rest (that is where the speed comes from).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../../lexicon/index.ts';
import { findDates } from './index.ts';

const lexicon = loadLexicon();
// The same lexicon with a trigger that accepts everything: what findDates found before the trigger existed.
const untriggered = { ...lexicon, dates: { ...lexicon.dates, trigger: /(?:)/ } };
const PUBLISHED = '2024-04-09';

const FIRES: [string, string][] = [
  ['a year', 'The envoys signed the agreements in 2019 in Canberra.'],
  ['a numeric date', 'The notice is dated 12/05 and signed by both ministries.'],
  ['a numeric date with dots', 'Kenya and Uganda ratified the protocol on 3.5.2024 in Kampala.'],
  ['a month name', 'The Kenyan minister travelled to Addis Ababa in March.'],
  ['a lower-case month that may be a verb', 'Farmers march on the capital, and talks may follow.'],
  ['a month abbreviation with a dot', 'The pact was initialled on Sept. the first in Lima.'],
  ['a weekday run into the word before it', 'Ghana and Togo reopened the border onMonday after talks.'],
  ['a month run into "in"', 'The Croatian navy docked in Split inJune for repairs.'],
  ['a weekday abbreviation', 'The statement came out Thu. in Accra.'],
  ['a casual day', 'Chile and Peru will sign the accord tomorrow in Santiago.'],
  ['a time of day', 'The Danish premier landed in Oslo this morning.'],
  ['a night run into "last"', 'Shelling resumed lastnight near the Georgian line.'],
  ['"... ago"', 'The two navies held a similar drill a few weeks ago.'],
  ['last week', 'Egyptian and Sudanese officials met last week in Cairo.'],
  ['this year', 'Bilateral trade is expected to rise this year, Ottawa said.'],
  ['the end of the month', 'The quota ends at the end of the month for Uruguayan beef.'],
  ['a weekend', 'Polish and Lithuanian troops will exercise at the weekend.'],
];

const SILENT: [string, string][] = [
  ['no date words at all', 'The Finnish foreign minister urged restraint on both sides.'],
  ['a count and a time of day', 'The 12 Moroccan envoys met their hosts at 10 a.m. in Rabat.'],
  ['a duration in digits', 'Talks between Chad and Niger will resume in 3 days at 5 pm.'],
  ['"now" alone', 'Argentina now buys more wheat from its neighbour than before.'],
  ['a relative span dyad drops', 'Exports to Mexico fell over the past month, the ministry said.'],
  ['a duration dyad drops', 'The Nigerian envoy said the review would take a few weeks.'],
  ['month letters inside other words', 'Myanmar and Azerbaijan allowed observers into the grammar school.'],
  ['weekday letters inside other words', 'Common ground was found, the Solomon Islands delegation vowed.'],
];

test('the date trigger fires on sentences that may hold a date', () => {
  for (const [name, sentence] of FIRES) assert.ok(lexicon.dates.trigger.test(sentence), name);
});

test('the date trigger stays silent on sentences without date words', () => {
  for (const [name, sentence] of SILENT) assert.ok(!lexicon.dates.trigger.test(sentence), name);
});

test('a sentence the trigger rejects gets no date from chrono either', () => {
  const sentences = [...FIRES, ...SILENT].map(([, s]) => s);
  // Digits removed and words run together: the forms most likely to slip past a word list.
  const variants = sentences.flatMap((s) => [s, s.replace(/\d+/g, ''), s.toLowerCase(), s.replace(/ (\w)/g, '$1')]);
  for (const s of variants) {
    if (lexicon.dates.trigger.test(s)) continue;
    for (const published of [PUBLISHED, null]) assert.deepEqual(findDates(s, untriggered, published), [], s);
  }
});

test('with the trigger, findDates gives what chrono alone gives', () => {
  for (const [name, sentence] of FIRES) {
    assert.deepEqual(findDates(sentence, lexicon, PUBLISHED), findDates(sentence, untriggered, PUBLISHED), name);
  }
});
