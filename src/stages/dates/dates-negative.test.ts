// Expressions that look like dates but are not, or cannot be resolved: each must give no date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../../lexicon/index.ts';
import { findDates } from './index.ts';

const lexicon = loadLexicon();
const PUBLISHED = '2024-04-09';

const NOT_DATES: [string, string][] = [
  ['an anniversary is an ordinal, not a day', 'The leaders marked the 75th anniversary of diplomatic relations.'],
  ['a duration adjective', 'The Brazilian president began a two-day state visit to Angola.'],
  ['"for the 20th year in a row"', 'Exports to Korea grew for the 20th year in a row.'],
  ['"for 20 years in a row" is a duration', 'China has been the top trading partner for 20 years in a row.'],
  ['a numbered congress', 'The line was set at the 14th National Congress of the party.'],
  ['a surname that is a month', 'Theresa May said the fisheries deal with Norway was fair.'],
  ['a month and number inside a boat name', 'Water cannon hit the supply boat Unaizah May 4 near the shoal.'],
  ['a verb that is a month', 'Protesters march in Manila against the seizure of the boats.'],
  ['a modal that is a month', 'Beijing may impose tariffs on Australian barley.'],
  ['a family name that is a weekday abbreviation', 'Sun Weidong met the Indian ambassador in Beijing.'],
  ['"now" is not a date', 'China now accounts for a third of the bloc\'s trade.'],
  ['a quantity after "in" is not a year', 'The rice arrived in 2000 tonnes of bags.'],
  ['a vote count after "by" is not a year', 'The bill passed by 2010 votes to 300.'],
  ['a day counted from another event', 'The talks had resumed a day earlier.'],
  ['days later', 'Two days later, the Thai envoy left Phnom Penh.'],
  ['"the next day"', 'The third ship left port on the next day.'],
  ['a span ending now', 'Shipments rose over the past month.'],
  ['a span of years ending now', 'Trade with Brazil doubled in the past 10 years.'],
  ['a deadline span', 'The pact will be reviewed within two years.'],
  ['money and percentages', 'Trade grew 4.8 percent to $229.8 billion.'],
  ['a count', 'The two governments signed 45 documents.'],
  ['a count after "the"', 'The 2000 troops left the base.'],
  ['an hour count', 'A 24-hour ceasefire was agreed in Gaza.'],
  ['a resolution number', 'Under Resolution 2231, Iran accepted limits.'],
  ['a group name with digits', 'Leaders gathered at the G20 summit.'],
  ['a year inside a name after "the"', 'The president flew home after the 2024 Summit of the forum.'],
  ['a year inside a name, another', 'Ministers reviewed the 2030 Agenda for Sustainable Development.'],
  ['a score that looks like a time range', 'Brazil beat Argentina 3 to 1.'],
  ['a time of day without a date', 'The vote is at 10 a.m. local time.'],
  ['a plan length', 'They adopted a 10-year plan for the corridor.'],
  ['a decade', 'Ties cooled in the 1990s.'],
  ['a range of counts', 'Between 20 and 30 vessels were seen near the reef.'],
  ['an article number', 'Article 5 of the treaty applies to the islands.'],
];

for (const [name, sentence] of NOT_DATES) {
  test(`not a date: ${name}`, () => {
    assert.deepEqual(findDates(sentence, lexicon, PUBLISHED), []);
  });
}

// Without a publication date a relative expression has nothing to count from.
const NEEDS_PUBLICATION: string[] = [
  'The ministers met on Monday.',
  'The delegation visited Ottawa last month.',
  'They met in December.',
  'Relations began 75 years ago.',
  'The envoys meet next week.',
  'Talks ended yesterday.',
  'The frigate docked on Dec. 13.',
];

for (const sentence of NEEDS_PUBLICATION) {
  test(`no publication date, no relative date: "${sentence}"`, () => {
    assert.deepEqual(findDates(sentence, lexicon, null), []);
  });
}
