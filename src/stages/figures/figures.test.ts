// Figures: our own sentences about trade, aid and travel with the figures they must give (value, unit,
// period, qualifier, evidence text); negatives (durations, ordinals, enumerations) live in figures.negative.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../../lexicon/index.ts';
import { testDoc } from '../quotes/test-doc.ts';
import { findFigures } from './index.ts';

const lexicon = loadLexicon();

type Expected = [value: number, unit: string, period: string | null, qualifier: string, text: string];
type Case = [name: string, text: string, expected: Expected[]];

// Every case is read as published on 2024-05-20, so a figure with no year in its sentence gets "2024".
const CASES: Case[] = [
  ['dollar sign and billion, year after', 'Bilateral trade between India and the UAE reached $85 billion in 2023.',
    [[85e9, 'USD', '2023', 'exact', '$85 billion']]],
  ['US$ prefix with "more than"', 'Two-way trade with Chile topped more than US$12.5 billion in 2022, officials said.',
    [[12.5e9, 'USD', '2022', 'over', 'US$12.5 billion']]],
  ['euros after the number', 'Germany pledged 3 million euros in humanitarian aid for Sudan in 2024.',
    [[3e6, 'EUR', '2024', 'exact', '3 million euros']]],
  ['trillion yuan, publication year', 'The rail programme is worth 1.2 trillion yuan, the planning agency said.',
    [[1.2e12, 'CNY', '2024', 'exact', '1.2 trillion yuan']]],
  ['VND code before the number', 'Hanoi approved VND 500 billion for the new bridge over the Red River.',
    [[5e11, 'VND', '2024', 'exact', 'VND 500 billion']]],
  ['"U.S. dollars" after the number', 'Exports to Mexico hit 47.3 billion U.S. dollars in 2021.',
    [[47.3e9, 'USD', '2021', 'exact', '47.3 billion U.S. dollars']]],
  ['pound sign with attached bn', 'Britain will invest £4bn in Gulf energy projects, the minister said.',
    [[4e9, 'GBP', '2024', 'exact', '£4bn']]],
  ['rupee symbol and crore', 'New Delhi set aside ₹5,000 crore for the port in Colombo.',
    [[5e10, 'INR', '2024', 'exact', '₹5,000 crore']]],
  ['Singapore, Australian and Hong Kong dollars', 'The fund raised S$1.5 billion, A$2 billion and HK$300 million last quarter.',
    [[1.5e9, 'SGD', '2024', 'exact', 'S$1.5 billion'], [2e9, 'AUD', '2024', 'exact', 'A$2 billion'], [3e8, 'HKD', '2024', 'exact', 'HK$300 million']]],
  ['ringgit symbol, won and rupiah', 'Malaysia offered RM10 billion, Seoul 500 billion won and Jakarta 3 trillion rupiah.',
    [[1e10, 'MYR', '2024', 'exact', 'RM10 billion'], [5e11, 'KRW', '2024', 'exact', '500 billion won'], [3e12, 'IDR', '2024', 'exact', '3 trillion rupiah']]],
  ['number words with a multiplier', 'Washington promised two billion dollars for Pacific cables.',
    [[2e9, 'USD', '2024', 'exact', 'two billion dollars']]],
  ['"under" before money', 'Aid to Laos fell to under $5 million in 2019.',
    [[5e6, 'USD', '2019', 'under', '$5 million']]],
  ['percent with year-on-year', 'Exports to Brazil rose 4.8 percent year-on-year in the first quarter of 2024.',
    [[4.8, 'percent', '2024', 'exact', '4.8 percent']]],
  ['"per cent" and "%"', 'Inflation in Kenya eased to 3.1 per cent in March 2023, while rates stayed at 13%.',
    [[3.1, 'percent', '2023', 'exact', '3.1 per cent'], [13, 'percent', '2023', 'exact', '13%']]],
  ['percentage change then amount in one clause', "Seoul's imports from Riyadh fell 2.5% to 30 billion dollars in 2022.",
    [[2.5, 'percent', '2022', 'exact', '2.5%'], [3e10, 'USD', '2022', 'exact', '30 billion dollars']]],
  ['"some" tourists', 'Some 1,200 tourists from Malaysia arrived in Da Nang on the first charter flights.',
    [[1200, 'people', '2024', 'about', '1,200 tourists']]],
  ['documents with modifiers and "more than"', 'More than 45 cooperation documents were signed during the visit to Jakarta.',
    [[45, 'documents', '2024', 'over', '45 cooperation documents']]],
  ['millions of visitors, "nearly"', 'Thailand expects nearly 2 million Chinese visitors during the holiday season.',
    [[2e6, 'people', '2024', 'about', '2 million Chinese visitors']]],
  ['population of over …', 'Indonesia, with a population of over 270 million, is the largest economy in ASEAN.',
    [[2.7e8, 'people', '2024', 'over', '270 million']]],
  ['a year earlier in the sentence carries over', 'In 2022, the two sides signed 12 agreements worth $3 billion.',
    [[12, 'agreements', '2022', 'exact', '12 agreements'], [3e9, 'USD', '2022', 'exact', '$3 billion']]],
  ['a conversion in brackets is the same amount', 'Vietnam will invest VND 1 trillion (about $40 million) in the port of Lach Huyen.',
    [[1e12, 'VND', '2024', 'exact', 'VND 1 trillion']]],
  ['"of its" between a number and its noun', 'Kyiv received 230 of its citizens in the exchange.',
    [[230, 'people', '2024', 'exact', '230 of its citizens']]],
  ['"over the same period" takes the year of the figure before',
    'Exports to Peru reached $3 billion in 2022. Imports grew to $2 billion over the same period.',
    [[3e9, 'USD', '2022', 'exact', '$3 billion'], [2e9, 'USD', '2022', 'exact', '$2 billion']]],
  ['distances in kilometres', 'The reef lies about 200 km from the coast and over 1,000 kilometres from the mainland.',
    [[200, 'kilometers', '2024', 'about', '200 km'], [1000, 'kilometers', '2024', 'over', '1,000 kilometres']]],
  ['people counted with a multiplier', 'The corridor serves 1.4 billion people across South Asia.',
    [[1.4e9, 'people', '2024', 'exact', '1.4 billion people']]],
];

for (const [name, text, expected] of CASES) {
  test(`figures: ${name}`, () => {
    const figures = findFigures(testDoc(text, []), lexicon);
    assert.deepEqual(figures.map((f) => [f.value, f.unit, f.period, f.qualifier, f.text]), expected);
    for (const f of figures) {
      assert.equal(text.slice(f.start, f.end), f.text, 'evidence offsets');
      assert.match(f.rule, /^figures\./);
    }
  });
}

const MEASURES: [text: string, measures: string[]][] = [
  ['Trade between Peru and Japan reached $9.2 billion in 2023.', ['Trade between Peru and Japan']],
  ['Last year, with total bilateral trade exceeding $40 billion, the ministers met.', ['total bilateral trade']],
  ['Exports of coffee to Russia grew 12% year-on-year.', ['Exports of coffee to Russia, year-on-year growth']],
  ['Egypt received 14 million tourists in 2023.', ['tourists']],
  ['The leaders witnessed 20 documents signed by the two governments.', ['documents signed by the two governments']],
  ['Their combined population of 300 million is young.', ['combined population']],
];

test('figures: measures name the thing measured', () => {
  for (const [text, measures] of MEASURES) {
    assert.deepEqual(findFigures(testDoc(text, []), lexicon).map((f) => f.measure), measures, text);
  }
});

test('figures: a number before a plural demonym counts people', () => {
  const demonyms = { Filipinos: 'PHL', Chinese: 'CHN', Swiss: 'CHE' };
  const cases: [string, [number, string, string][]][] = [
    ['About 350,000 Filipinos live and work in Japan.', [[350000, 'people', 'about']]],
    ['Some 2,000 Swiss, most of them retired, live in Da Nang.', [[2000, 'people', 'about']]],
    ['Two Japanese destroyers and 2 Japanese frigates sailed past.', []],
    ['Nearly 5,000 Chinese tourists visited Nepal.', [[5000, 'people', 'about']]],
    ['In 2019 Chinese investors bought the port.', []],
  ];
  for (const [text, expected] of cases) {
    const figures = findFigures(testDoc(text, [], demonyms), lexicon);
    assert.deepEqual(figures.map((f) => [f.value, f.unit, f.qualifier]), expected, text);
    for (const f of figures) assert.equal(text.slice(f.start, f.end), f.text);
  }
});

test('figures: measures from the figure before, and none from a preposition', () => {
  const cases: [string, string[]][] = [
    ['Trade hit $20 billion in 2023, and both sides aim to raise it to $30 billion.', ['Trade', 'Trade']],
    ['Britain will pay France £476m over three years.', ['amount']],
    ['Turkey backs a planned $17bn road and rail corridor to the Gulf.', ['road and rail corridor']],
  ];
  for (const [text, measures] of cases) assert.deepEqual(findFigures(testDoc(text, []), lexicon).map((f) => f.measure), measures, text);
});

test('figures: a comparison with last year does not give a change its period', () => {
  const text = 'Arrivals rose 48% on the same period last year.';
  const doc = testDoc(text, []);
  const start = text.indexOf('last year');
  doc.dates.push({ start, end: start + 9, rule: 'test', text: 'last year', value: '2023', future: false });
  assert.deepEqual(findFigures(doc, lexicon).map((f) => [f.period, f.measure]), [['2024', 'Arrivals, year-on-year growth']]);
});

test('figures: a resolved date from the dates stage gives the period ("last year")', () => {
  const text = 'Trade with Chile reached $6 billion last year.';
  const doc = testDoc(text, []);
  const start = text.indexOf('last year');
  doc.dates.push({ start, end: start + 9, rule: 'test', text: 'last year', value: '2023', future: false });
  assert.deepEqual(findFigures(doc, lexicon).map((f) => f.period), ['2023']);
});
