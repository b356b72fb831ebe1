// Dates counted from an earlier date of the text ("a month later", "two days earlier", "the next day"): test
// paragraphs with the value each offset must get, and offsets that must get none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../pipeline.ts';
import { documentStage } from '../document/index.ts';
import { segmentStage } from '../segment/index.ts';
import { datesStage } from './index.ts';
import { shift } from './anchored.ts';

const pipeline = createPipeline([documentStage, segmentStage, datesStage]);
const offsets = (text: string, published = '2025-06-10') =>
  pipeline.run({ text, published }).dates.filter((d) => d.rule.startsWith('dates.offset')).map((d) => `${d.text}=${d.value}${d.future ? ' future' : ''}`);

const CASES: [string, string, string[]][] = [
  ['a month after a month', 'Algeria cut ties with Morocco in August 2021 and closed its airspace a month later.', ['a month later=2021-09']],
  ['days after a day in the sentence before', 'Talks opened in Nairobi on Monday, June 2. Two days later, the delegations signed a truce.', ['Two days later=2025-06-04']],
  ['an offset after publication is future', 'Talks opened in Nairobi on Monday. Two days later, the delegations will sign a truce.', ['Two days later=2025-06-11 future']],
  ['earlier, and a count in figures', 'The ceasefire took effect on March 3, 2024. 3 days earlier the two sides had swapped prisoners.', ['3 days earlier=2024-02-29']],
  ['the next day, the previous year', 'Troops crossed the border on May 2, 2023, and withdrew the next day. The previous year they had held drills.', ['the next day=2023-05-03', 'The previous year=2022']],
  ['a week names a month', 'The envoy was summoned on April 28, 2025. A week later he was expelled.', ['A week later=2025-05']],
  ['", a day after" dates the clause after it from the date before it', 'Somalia summoned the envoy on June 3, 2025, a day after Ruto received Madobe in Nairobi.', ['a day after=2025-06-02']],
  ['also before a possessive', 'Colombia imposed a tariff on June 3, 2025, a day after Ecuador\'s own levy took effect.', ['a day after=2025-06-02']],
  ['", two weeks before" names the month', 'The truce was signed on March 20, 2024, two weeks before fighting resumed.', ['two weeks before=2024-04']],
  ['NEGATIVE: "Two days after the vote," opening a sentence counts from the vote, not from a date', 'Polls closed on May 1, 2025. Two days after the vote, troops withdrew.', []],
  ['NEGATIVE: no comma, no date of the clause', 'The envoy left on June 3, 2025 a day after the talks.', []],
  ['NEGATIVE: no date before the offset', 'Two days later, the Thai envoy left Phnom Penh.', []],
  ['a few days after a month, told after it, fall in it', 'Clashes broke out in March 2024. Two days later, the border was closed.', ['Two days later=2024-03']],
  ['the following day after a month in the same sentence: that month', 'Nepal protested in January 2025, and India rejected the protest the following day.', ['the following day=2025-01']],
  ['NEGATIVE: more than a week after a month may run into the next', 'Clashes broke out in March 2024. Ten days later, the border was closed.', []],
  ['a day told after the month counts from the day', 'Clashes broke out in March 2024 and the envoy was expelled on April 2, 2024. Two days later, the border was closed.', ['Two days later=2024-04-04']],
  ['NEGATIVE: no anchor from another paragraph', 'Talks opened on Monday.\n\nTwo days later, the border was closed.', []],
  ['NEGATIVE: "days after the vote" counts from no date', 'The protests began on May 1, 2025, days after the vote.', []],
  // "Later that year", "the same month", "later that month": the anchor's own year, month or day.
  ['later that year: the year of the date before', 'Kosovo banned the dinar in February 2024. Later that year police closed the offices.', ['Later that year=2024']],
  ['the same month: the month of the date before', 'Asuncion suspended the talks in April 2023 and recalled its ambassador the same month.', ['the same month=2023-04']],
  ['later that month, in the sentence before', 'The delegations agreed on an exchange on May 16, 2025. It was completed later that month.', ['later that month=2025-05']],
  ['that same day', 'Troops crossed the border on May 2, 2023. That same day the envoy was summoned.', ['That same day=2023-05-02']],
  ['the same month skips a year written after the month', 'Paraguay suspended the talks in April 2023 after hackers struck in 2022. It recalled its envoy the same month.', ['the same month=2023-04']],
  // "Earlier in the day": the day of a date before it in the sentence, else the story's day, else publication.
  ['earlier in the day: the story\'s day', 'Kenya said on Monday it was expelling two envoys. Ruto said Somalia had expelled a Kenyan envoy earlier in the day.', ['earlier in the day=2025-06-09']],
  ['later in the day: a day of its own sentence', 'The talks opened on June 2, 2025 and a truce was signed later in the day.', ['later in the day=2025-06-02']],
  ['earlier in the day with no date before: publication', 'Ruto said Somalia had expelled a Kenyan envoy earlier in the day.', ['earlier in the day=2025-06-10']],
  ['NEGATIVE: "earlier in the week" is no day', 'Kenya said on Monday it had expelled two envoys earlier in the week.', []],
  // "Days earlier", "weeks later": the anchor's month when every such day falls in it.
  ['days earlier, late in a month', 'The leaders met in Tianjin on August 31, 2024. Days earlier, the foreign minister had visited New Delhi.', ['Days earlier=2024-08']],
  ['weeks later, early in a month', 'The truce was signed on March 2, 2024. Weeks later the border reopened.', ['Weeks later=2024-03']],
  ['NEGATIVE: days earlier than the 3rd may fall in the month before', 'The leaders met on September 3, 2024. Days earlier, the minister had visited Delhi.', []],
  ['NEGATIVE: days earlier needs a day to count from', 'The leaders met in August 2024. Days earlier, the minister had visited Delhi.', []],
  ['days later from a month: that month, also across a paragraph break', 'The dispute dates back to early April 2025, when a drone was shot down.\n\nThree states recalled their ambassadors days later.', ['days later=2025-04']],
  ['within days from a month: that month', 'Niamey accused Abuja of helping France in December 2024. Abuja rejected the claim within days.', ['within days=2024-12']],
  ['within days from a day late in a month: none (it may run into the next)', 'Niamey accused Abuja on December 29, 2024. Abuja rejected the claim within days.', []],
  ['NEGATIVE: weeks later from a month may run into the next', 'The dispute dates back to early April 2025.\n\nThree states recalled their ambassadors weeks later.', []],
  // "The transfer came three days after …": counted back from the story's day (the lead's first day, not the
  // dateline's).
  ['the story came days after a clause', 'MEXICO CITY (AP) - Mexico sent 31 suspects to the United States on Monday, June 9.\n\nThe transfer came three days after Sheinbaum spoke with Trump.', ['three days after=2025-06-06']],
  ['the dateline\'s date is not the story\'s day', 'YEREVAN, JUNE 10, ARMENPRESS. The commissions met in Gabala on June 9.\n\nThe meeting came two days after Azerbaijan freed four detainees.', ['two days after=2025-06-07']],
  ['the clause after it may open with a possessive ("after Belgium\'s minister")', 'MEXICO CITY (AP) - Mexico sent 31 suspects to the United States on Monday, June 9.\n\nThe transfer came three days after Mexico\'s security minister, Omar Garcia, spoke with U.S. officials.', ['three days after=2025-06-06']],
  ['NEGATIVE: a story day is needed', 'Mexico sent 31 suspects to the United States in June.\n\nThe transfer came three days after Sheinbaum spoke with Trump.', []],
  ['NEGATIVE: not at the start of a sentence', 'Mexico sent 31 suspects to the United States on Monday, June 9.\n\nOfficials said the transfer came three days after a call.', []],
  ['NEGATIVE: the same month needs a month, not a year', 'Ties were cut in 2021. The same month the border closed.', []],
  ['NEGATIVE: "that year" with no date before it', 'Later that year the border was closed.', []],
  // Wire copy gives each sentence a paragraph: "the same day", "later that day" take the day of the sentence right
  // before, across the break; counted offsets and sentences further back do not.
  // A part of the anchor's day ("the same evening", "later that night") is that day; NEGATIVE: "in the evening" alone is none.
  ['the same evening takes the day of the sentence before', 'The minister called his counterpart on Tuesday, June 10, 2025. Riyadh backed Kuwait the same evening.', ['the same evening=2025-06-10']],
  ['later that night takes the day before it', 'Talks opened on May 2, 2023. Later that night the border was closed.', ['Later that night=2023-05-02']],
  ['NEGATIVE: "in the evening" is no offset', 'Talks opened on May 2, 2023. In the evening the border was closed.', []],
  // "in the morning" after a date in its own sentence is that date's day; NEGATIVE: with none before it, it is left to chrono.
  ['a part of the day takes the day of a date before it in its sentence', 'The envoy reached Accra on Monday, June 9, 2025, from Lome, where he had met the president in the morning.', ['in the morning=2025-06-09']],
  ['yesterday evening, then in the morning', 'The envoy reached Accra yesterday evening from Lome, where he had met the president in the morning.', ['in the morning=2025-06-09']],
  ['NEGATIVE: a part of the day with no date before it in its sentence', 'Talks opened on May 2, 2023. The envoy met the president in the morning.', []],
  ['the same day from the paragraph right before', 'Talks opened on May 2, 2023.\n\nThe same day the border was closed.', ['The same day=2023-05-02']],
  ['later that day, across a paragraph break', 'The envoy was summoned on Tuesday.\n\nThe minister spoke by phone with her counterpart later that day.', ['later that day=2025-06-10']],
  ['the same day takes the last day of the sentence before', 'Police arrested her on Monday and the ministry protested on Tuesday.\n\nThe minister called his counterpart the same day.', ['the same day=2025-06-10']],
  ['the same day skips a date in a clause of "after" behind the main date of the sentence before', 'The war began on Wednesday, June 4, three weeks after rebels seized the town on May 14.\n\nArtillery shelled the port the same day.', ['three weeks after=2025-05', 'the same day=2025-06-04']],
  ['the same day keeps a date of the main clause after an "after" clause', 'After the vote on May 14, the army took the port on Wednesday, June 4.\n\nArtillery shelled the town the same day.', ['the same day=2025-06-04']],
  ['NEGATIVE (of the skip): a lone date in a clause of "after" is still the anchor', 'The army moved in after rebels seized the town on May 14.\n\nArtillery shelled the port the same day.', ['the same day=2025-05-14']],
  ['"On the same day" takes the day of the act the lead tells, not the day it was told; a year or a date to come just before is no anchor', 'Envoy talks\n\nDhaka\nUpdated 25 Jun 2025, 21:10\n\nYunus has asked Meloni to open legal routes for workers, his press secretary said on Wednesday.\n\nYunus and Meloni met on Tuesday at a hotel in Manhattan.\n\nRemittances reached $1 billion last year.\n\nShe agreed to visit Dhaka next year.\n\nOn the same day, Yunus met Trudeau.', ['the same day=2025-06-24']],
  ['NEGATIVE: "the same day" after a month of the sentence before keeps no story day', 'Envoy talks\n\nDhaka\nUpdated 25 Jun 2025, 21:10\n\nYunus met Meloni on Tuesday, his press secretary said on Wednesday.\n\nThe dispute flared in January, when shots were fired.\n\nIndia summoned the envoy the same day.', []],
  ['"the same day" with no date in the two sentences before: the story\'s day', 'Talks opened on May 2, 2023.\n\nThe border stayed open.\n\nThe same day the envoy left.', ['The same day=2023-05-02']],
  ['"On the same day" after a quotation: the day of the lead, not of the header\'s stamp', 'Envoy summoned\n\nTue May 13, 2025 12:00 AM\nLast update on: Tue May 13, 2025 01:47 AM\n\nBangladesh yesterday summoned the envoy.\n\n"We want calm," the minister said.\n\nAnalysts were not surprised.\n\nOn the same day, Myanmar freed 27 fishermen.', ['the same day=2025-05-12']],
  ['"on the same day" after a day two sentences back, in the paragraph before: that day, not the story\'s', 'Envoy talks\n\nDhaka\nUpdated 25 Jun 2025, 21:10\n\nOfficials said yesterday they had been warned on Sunday, a day before the vote.\n\nThe ships left port, loaded and refuelled, on Monday morning. The navy plans to keep them at sea for about 30 days.\n\nManila protested on the same day.', ['a day before=2025-06-23', 'the same day=2025-06-23']],
  ['NEGATIVE: "the same day" after a sentence with only a month', 'Talks opened on May 2, 2023.\n\nClashes broke out in June 2023.\n\nThe same day the envoy left.', []],
];

for (const [name, text, expected] of CASES) test(`dates offsets: ${name}`, () => assert.deepEqual(offsets(text), expected));

const thatYear = (text: string, published = '2025-06-10') =>
  pipeline.run({ text, published }).dates.map((d) => `${d.text}=${d.value}`);

test('dates: "in January that year" takes the year of the date written before it', () => {
  assert.deepEqual(thatYear('The drill was held in August 2024, months after a state visit to Hanoi in January that year.'),
    ['August 2024=2024-08', 'January that year=2024-01']);
});

test('dates: NEGATIVE: "that year" with no written year before it leaves the date as it was', () => {
  assert.deepEqual(thatYear('He visited Hanoi in January that year.'), ['January=2025-01']);
});

test('dates offsets: shift keeps the precision each unit allows', () => {
  assert.equal(shift('2024-12-30', 'day', 3), '2025-01-02');
  assert.equal(shift('2024-11', 'month', 2), '2025-01');
  assert.equal(shift('2024-03-15', 'month', -3), '2023-12');
  assert.equal(shift('2024', 'month', 1), null);
  assert.equal(shift('2024-03', 'day', 1), null);
  assert.equal(shift('2024-03', 'year', -1), '2023');
});

test('dates: a part of the day read as an offset leaves no date of its own inside it; NEGATIVE: with no date before it, chrono\'s stays', () => {
  assert.deepEqual(thatYear('The envoy reached Accra yesterday evening from Lome, where he had met the president in the morning.'),
    ['yesterday evening=2025-06-09', 'in the morning=2025-06-09']);
  assert.deepEqual(thatYear('The envoy met the president in the morning.'), ['morning=2025-06-10']);
});
