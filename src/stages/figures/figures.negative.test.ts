// Figures that must NOT be found: durations, ordinals, anniversaries, years, enumerations, congress numbers,
// small number words, percent-of counts and numbers that only look like money or counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../../lexicon/index.ts';
import { testDoc } from '../quotes/test-doc.ts';
import { findFigures } from './index.ts';

const lexicon = loadLexicon();

const NEGATIVES: [name: string, text: string][] = [
  ['a duration in a hyphenated adjective', 'The king made a three-day state visit to Oslo and a 2-day stop in Bergen.'],
  ['an anniversary ordinal', 'The two countries marked the 60th anniversary of diplomatic ties in Nairobi.'],
  ['years in a row', 'Japan has been the largest donor for 20 years in a row.'],
  ['years ago', 'Relations were established 52 years ago, when the embassy opened.'],
  ['an enumeration of measures', 'The premier proposed six measures and 3 initiatives to revive trade.'],
  ['a party congress number', 'The 14th National Congress of the party will open in Hanoi in 2026.'],
  ['a bare year before a countable noun', 'In 2023 students from both countries joined the summer camp.'],
  ['a dialogue format and a network generation', 'The 2+2 dialogue covered 5G networks and rare earths.'],
  ['a war and a group name', 'Leaders of the G20 recalled World War II and Resolution 2231.'],
  ['a treaty article', 'Article 5 of the treaty binds all 32 members.'],
  ['a date', 'The talks took place on Dec. 13, 2023, in the capital.'],
  ['small number words', 'Two leaders, three ministers and four governors attended.'],
  ['a number that is not followed by a countable noun', 'Over 1.5 billion is a large figure for anyone.'],
  ['past a time span', 'Over the past 75 years, the partners supported each other.'],
  ['"won" as a verb', 'The team won 3 of its 5 matches in Doha.'],
  ['an aircraft model number', 'The airline ordered new Boeing 737 aircraft and retired its Airbus 320 planes.'],
  ['a model number after "on"', 'Regulators lifted the ban on Boeing 737 aircraft last week.'],
  ['one Rohingya spelled out', 'The two Rohingya leaders met in Cox\'s Bazar.'],
  ['a percentage threshold', 'She crossed the 50 percent mark only in the second count.'],
  ['a time of day and a page number', 'The ministers met at 10:30 and the report runs to page 48.'],
  ['a toll of years is no count of people', 'Villagers counted the toll of 12 years of war.'],
  ['a death toll with a year in its phrase', 'The death toll in the 2015 quake was never confirmed.'],
  ['ranges', 'A bailout of $6-8bn, growth between 5 and 7 percent and 8,000–10,000 troops were mentioned.'],
  ['a capacity', 'The plant, with a capacity of 150,000 barrels per day, is idle.'],
  ['lengths of other kinds: a speed, a ship in metres, a place named by a spelled number', 'The jet flew at 900 km/h and 550 miles per hour, past a 97-metre ship near Seven Mile Beach.'],
  ['spelled-out numbers that refer back or count one', 'The two agreements were signed by one official, and a few documents followed.'],
  ['a capitalised plural that is no demonym', 'The 49ers beat 20 Rangers and 3 Pirates.'],
  ['ages and ordinal sessions', 'Hun Sen, 71, attended the 78th session with his son, 46.'],
  ['a phone number', 'Call +84 24 3825 1234 for details.'],
  ['"the number of" a capitalised plural that is no demonym', 'The number of Rangers supporters reached 50,000.'],
  ['"and" after a number, before capitalised words', 'The index grew by 5 and Chinese firms invested more.'],
  ['a capacity after "can house up to"', 'The shelters can house up to 2,500 people each.'],
  ['a year before "died"', 'Many of those born in 1990 died young.'],
  ['a bare number before a verb that counts no people', 'The bill passed by a wide margin after 3 were withdrawn.'],
  ['"R" inside a word or code', 'The R&D unit ran test R2 and model XR200.'],
  ['spelled-out numbers before nouns only digits count', 'Two officials said the minister made three visits to Hanoi.'],
  ['a clock time before a countable noun', 'The alert came at 11:45 p.m. Helicopters and 10:15 tanks were not counted.'],
  ['spelled-out vehicles and attempts', 'Two helicopters, three tanks and four attempts at talks followed.'],
  ['"dead" as an adjective and spelled-out "others"', 'The spill left 100 dead fish on the shore, and two others were found inland.'],
  ['"times" as a multiple or a rate', 'Its navy is 3 times larger, 40 times the size of Manila\'s, and patrols 2 times a week; 1.5 times in 2023.'],
  ['"half a" with no multiplier', 'The talks ran half a day, and half a dozen ministers and half a percent of voters attended.'],
  ['a hyphenated currency after a code or word, not an amount', 'The euro-dollar rate and the Covid-19-era yuan swap line held.'],
  ['a percentage of nothing, as a manner of speaking', 'The minister said he was 100 percent sure and that Paris stood 100% behind Kyiv.'],
  ['"shillings" or "Sh" inside a word or with no number', 'Shipping costs in shillings rose at Shimoni port.'],
];

for (const [name, text] of NEGATIVES) {
  test(`figures: no figure in ${name}`, () => {
    assert.deepEqual(findFigures(testDoc(text, []), lexicon).map((f) => f.text), []);
  });
}

test('figures: "6 percent of people" is a percentage, not a count of people', () => {
  const figures = findFigures(testDoc('About 6 percent of people in the survey backed the deal.', []), lexicon);
  assert.deepEqual(figures.map((f) => [f.value, f.unit, f.qualifier]), [[6, 'percent', 'about']]);
});
