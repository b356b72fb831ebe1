// Dates found in news sentences, resolved against fixed publication dates: text, index, value, future.
// Cases that must give no date are in dates-negative.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../../lexicon/index.ts';
import { createDoc } from '../../core/doc.ts';
import { datesStage, findDates } from './index.ts';

const lexicon = loadLexicon();

// Publication days used below (and their weekdays).
const TUE = '2024-04-09'; // Tuesday
const WED = '2023-12-13'; // Wednesday
const SAT = '2025-01-18'; // Saturday
const NOV = '2025-11-27'; // Thursday

type Want = { text: string; index?: number; value: string; future?: boolean };
const CASES: [string, string | null, string, Want[]][] = [
  // weekdays: the most recent such day on or before publication
  ['past weekday after "on"', TUE, 'Japanese and Philippine coast guards held a drill on Thursday near Manila.',
    [{ text: 'on Thursday', index: 50, value: '2024-04-04', future: false }]],
  ['weekday after "here"', WED, 'The Thai premier said here Wednesday that talks with Cambodia would continue.',
    [{ text: 'Wednesday', index: 27, value: '2023-12-13' }]],
  ['weekday that is the publication day', TUE, 'Seoul and Tokyo agreed on Tuesday to restart their finance dialogue.',
    [{ text: 'on Tuesday', index: 23, value: '2024-04-09' }]],
  ['weekday opening a sentence', SAT, 'Friday talks in Islamabad ended without a joint statement.',
    [{ text: 'Friday', index: 0, value: '2025-01-17' }]],
  ['weekday after the subject', TUE, 'Prime Minister Albanese on Monday welcomed the Indonesian trade delegation.',
    [{ text: 'on Monday', index: 24, value: '2024-04-08' }]],
  ['weekday followed by a comma', WED, 'On Tuesday, the two leaders toured a port project.',
    [{ text: 'On Tuesday', index: 0, value: '2023-12-12' }]],
  ['a month and day opening a sentence after "On"', WED, 'On December 11, the two leaders toured a port project.',
    [{ text: 'December 11', index: 3, value: '2023-12-11' }]],
  ['"last Friday" is the Friday before', TUE, 'Kyiv said last Friday that the exchange had been delayed.',
    [{ text: 'last Friday', index: 10, value: '2024-04-05' }]],
  ['"next Friday" stays ahead and is future', TUE, 'The envoys will meet again next Friday in Geneva.',
    [{ text: 'next Friday', index: 27, value: '2024-04-19', future: true }]],
  // after a word of the future in the weekday's clause: the coming such day
  ['weekday after "will" is the coming one', TUE, 'The Thai foreign minister will travel to Phnom Penh on Thursday for border talks.',
    [{ text: 'on Thursday', index: 52, value: '2024-04-11', future: true }]],
  ['weekday after "is due to" is the coming one', WED, 'The Kenyan delegation is due to arrive in Addis Ababa on Monday.',
    [{ text: 'on Monday', index: 54, value: '2023-12-18', future: true }]],
  ['weekday before "will" in its clause stays past', TUE, 'On Sunday the two sides said they will meet again.',
    [{ text: 'On Sunday', index: 0, value: '2024-04-07', future: false }]],
  ['a "will" of another clause does not move it', TUE, 'Talks will continue, officials said on Monday.',
    [{ text: 'on Monday', index: 36, value: '2024-04-08', future: false }]],
  ['"will" with a time of day', WED, 'The prime minister will address parliament on Friday morning.',
    [{ text: 'on Friday morning', index: 43, value: '2023-12-15', future: true }]],
  ['weekday with a time of day', WED, 'The ceasefire took hold on Monday night along the border.',
    [{ text: 'on Monday night', index: 24, value: '2023-12-11' }]],

  // months and relative periods
  ['"last month" is the previous month', TUE, 'A Malaysian delegation visited Jakarta last month for border talks.',
    [{ text: 'last month', index: 39, value: '2024-03', future: false }]],
  ['"last month" across a year end', SAT, 'Canberra lodged a complaint last month over the incident.',
    [{ text: 'last month', index: 28, value: '2024-12' }]],
  ['month without a year, earlier in the year', TUE, 'The ministers first met in February in Bangkok.',
    [{ text: 'February', index: 27, value: '2024-02' }]],
  ['month without a year, later in the year than publication: last year', TUE, 'Hanoi hosted the forum in December.',
    [{ text: 'December', index: 26, value: '2023-12', future: false }]],
  ['a month and day without a year, months after publication in the calendar: last year\'s', NOV, 'The two sides signed the accord on March 13 in Riyadh.',
    [{ text: 'March 13', index: 35, value: '2025-03-13' }]],
  ['a month and day without a year, weeks after publication: still to come', NOV, 'The envoys will meet again on Dec. 5 in Geneva.',
    [{ text: 'Dec. 5', index: 30, value: '2025-12-05' }]],
  ['a month and day without a year, weeks after publication across the year end', SAT, 'The summit is due on Feb. 20 in Addis Ababa.',
    [{ text: 'Feb. 20', index: 21, value: '2025-02-20' }]],
  ['the publication month itself', TUE, 'Trade talks resumed in April after a pause.',
    [{ text: 'April', index: 23, value: '2024-04' }]],
  ['month with "last year"', TUE, 'The frigates docked in Manila in March last year.',
    [{ text: 'March last year', index: 33, value: '2023-03' }]],
  ['month and year', SAT, 'Brussels imposed the sanctions in June 2024 after a review.',
    [{ text: 'June 2024', index: 34, value: '2024-06' }]],
  ['"earlier this month"', TUE, 'The Indian army said earlier this month that shelling had stopped.',
    [{ text: 'earlier this month', index: 21, value: '2024-04', future: false }]],
  ['"last week" has month precision', TUE, 'Pakistani officials met their Afghan counterparts last week.',
    [{ text: 'last week', index: 50, value: '2024-04', future: false }]],
  ['"last year"', SAT, 'Two-way trade rose sharply last year.', [{ text: 'last year', index: 27, value: '2024' }]],
  ['"this year"', SAT, 'This year marks three decades of ties between the two kingdoms.', [{ text: 'This year', index: 0, value: '2025' }]],

  // full dates
  ['month, day and year', TUE, 'The accord was signed on Dec. 13, 2023, in Hanoi.',
    [{ text: 'Dec. 13, 2023', index: 25, value: '2023-12-13' }]],
  ['day before month', TUE, 'The memorandum was signed on 5 March 2024 in Canberra.',
    [{ text: 'on 5 March 2024', index: 26, value: '2024-03-05' }]],
  ['month and day without a year, before publication', SAT, 'The vessels collided on Dec. 28 near the shoal.',
    [{ text: 'Dec. 28', index: 24, value: '2024-12-28' }]],
  ['dateline with month and day', WED, 'MANILA, Dec. 12 (Reuters) -- The Philippines summoned an envoy.',
    [{ text: 'Dec. 12', index: 8, value: '2023-12-12' }]],
  ['"yesterday" and "today"', TUE, 'The talks began yesterday and end today.',
    [{ text: 'yesterday', index: 16, value: '2024-04-08' }, { text: 'today', index: 34, value: '2024-04-09' }]],

  // bare years (chrono drops them; dyad's parser keeps the preposition)
  ['year after "in"', SAT, 'Recalling his visit to Laos in 2023, the president praised the railway.',
    [{ text: 'in 2023', index: 28, value: '2023', future: false }]],
  ['year after "since"', TUE, 'The two navies have held joint patrols since 2019.',
    [{ text: 'since 2019', index: 39, value: '2019' }]],
  ['year with a period phrase', TUE, 'Rice shipments fell in the first half of 2023, officials said.',
    [{ text: 'in the first half of 2023', index: 20, value: '2023' }]],
  ['year with "early"', TUE, 'Relations soured in early 2022 over fishing rights.',
    [{ text: 'in early 2022', index: 17, value: '2022' }]],
  ['"at the end of February" names the month, no day (not the 29th of a year without one)', NOV, 'Rwanda closed the crossing at the end of February.',
    [{ text: 'end of February', index: 34, value: '2025-02' }]],
  ['"the end of February 2023" names the month', NOV, 'The border was shut at the end of February 2023.',
    [{ text: 'end of February 2023', index: 27, value: '2023-02' }]],
  ['year with "at the end of": "the" is a word before a year, the period after it', TUE, 'The bans were lifted at the end of 2023 and again at the start of 2024.',
    [{ text: 'the end of 2023', index: 24, value: '2023' }, { text: 'the start of 2024', index: 53, value: '2024' }]],
  ['year with "by the end of" is future', TUE, 'The pipeline should be finished by the end of 2026.',
    [{ text: 'by the end of 2026', index: 32, value: '2026', future: true }]],
  ['a year before a noun after "the" or a possessive: the year of that thing', SAT, 'The 1996 treaty expires soon, and so does his 2019 pledge.',
    [{ text: 'The 1996', index: 0, value: '1996', future: false }, { text: 'his 2019', index: 42, value: '2019', future: false }]],
  ['a year after a name\'s possessive: the year of the thing it owns', SAT, 'Talks resumed for the first time since Moscow\'s 2014 annexation of Crimea.',
    [{ text: "'s 2014", index: 45, value: '2014', future: false }]],
  ['NEGATIVE: a count after a possessive is no year', SAT, "Kenya's 2000 troops left the town.", []],
  ['two bare years in one sentence', SAT, 'Exports doubled between 2015 and 2020, and again in 2024.',
    [{ text: 'between 2015', index: 16, value: '2015' }, { text: 'in 2024', index: 49, value: '2024' }]],

  // future
  ['"next week" is future', TUE, 'Foreign ministers of both countries will meet next week in Seoul.',
    [{ text: 'next week', index: 46, value: '2024-04', future: true }]],
  ['"next month" is future', TUE, 'The defence pact will be ratified next month.',
    [{ text: 'next month', index: 34, value: '2024-05', future: true }]],
  ['"later this year" is future though this year holds the publication day', TUE, 'President Biden is expected to visit Hanoi later this year.',
    [{ text: 'later this year', index: 43, value: '2024', future: true }]],
  ['"later on Saturday" on that Saturday is no future: later that day', SAT, 'Later on Saturday, the envoy was received by the king.',
    [{ text: 'Later on Saturday', index: 0, value: '2025-01-18' }]],
  ['NEGATIVE: "later on" a day after publication stays future', TUE, 'The ministers will meet again later on April 20.',
    [{ text: 'April 20', index: 39, value: '2024-04-20', future: true }]],
  ['a year after publication is future', SAT, 'The party congress will be held in 2026.',
    [{ text: 'in 2026', index: 32, value: '2026', future: true }]],
  ['a day ahead with its date', TUE, 'The summit opens on April 20 in Vientiane.',
    [{ text: 'April 20', index: 20, value: '2024-04-20', future: true }]],

  // years ago
  ['"75 years ago" gives the year', SAT, 'Diplomatic ties were established 75 years ago this week.',
    [{ text: '75 years ago this week', index: 33, value: '1950' }]],
  ['"three days ago" gives the day', TUE, 'The fishermen were released 3 days ago.',
    [{ text: '3 days ago', index: 28, value: '2024-04-06' }]],

  // without a publication date only absolute dates are kept
  ['no publication date: full date kept', null, 'The treaty was signed on July 4, 2021, in Washington.',
    [{ text: 'July 4, 2021', index: 25, value: '2021-07-04', future: false }]],
  ['no publication date: bare year kept', null, 'The border was settled in 1999.', [{ text: 'in 1999', index: 23, value: '1999' }]],
  ['no publication date: month and year kept', null, 'Talks stalled in August 2022.', [{ text: 'August 2022', index: 17, value: '2022-08' }]],
  // a relative year before a comma and a number: chrono reads the number as the hour; the year alone is the date
  ['"last year" before a comma and a number', TUE, 'Exports to Chile reached $2 billion last year, 9 percent more than in 2021.',
    [{ text: 'last year', value: '2023' }, { text: 'in 2021', value: '2021' }]],
  ['NEGATIVE: "last year" with no number after it keeps its words', TUE, 'Exports to Chile fell last year, officials said.',
    [{ text: 'last year', value: '2023' }]],
  // a part of the day the story has already dated is no date of its own; NEGATIVE: "this evening" is the publication day's
  ['"the same evening" is the story\'s day, not the publication day', TUE, 'Ghana pledged aid on April 2 and sent a team the same evening.',
    [{ text: 'April 2', value: '2024-04-02' }]],
  ['NEGATIVE: "this evening" is the publication day', TUE, 'The ministers will meet this evening.',
    [{ text: 'this evening', value: '2024-04-09' }]],
];

for (const [name, published, sentence, want] of CASES) {
  test(`dates: ${name}`, () => {
    const got = findDates(sentence, lexicon, published);
    assert.equal(got.length, want.length, JSON.stringify(got));
    want.forEach((w, i) => {
      assert.equal(got[i].text, w.text);
      assert.equal(sentence.slice(got[i].index, got[i].index + got[i].text.length), w.text, 'index points at the text');
      if (w.index !== undefined) assert.equal(got[i].index, w.index);
      assert.equal(got[i].value, w.value);
      if (w.future !== undefined) assert.equal(got[i].future, w.future);
      assert.match(got[i].rule, /^dates\./);
    });
  });
}

test('dates: the rule names the parser and the refiner that moved the date', () => {
  const [weekday] = findDates('They met on Thursday.', lexicon, TUE);
  assert.equal(weekday.rule, 'dates.weekday+past-weekday');
  const [year] = findDates('They met in 2020.', lexicon, TUE);
  assert.equal(year.rule, 'dates.bare-year');
  const [month] = findDates('They met in May.', lexicon, TUE);
  assert.equal(month.rule, 'dates.ENMonthNameParser+past-month');
});

test('dates: the host time zone does not shift the day', () => {
  // The reference is noon UTC read at offset zero; a weekday near midnight must still resolve the same.
  const [d] = findDates('They met on Sunday.', lexicon, '2024-01-01');
  assert.equal(d.value, '2023-12-31');
});

test('dates stage: mentions carry offsets into the article and skip nothing between sentences', () => {
  const text = 'SEOUL, March 4 (Yonhap) -- Foreign ministers of South Korea and Japan met on Monday.\nThey last met in 2023. A follow-up is set for next month.';
  const doc = createDoc({ text, published: '2024-03-05' });
  doc.sentences = [
    { start: 0, end: 84, index: 0, paragraph: 0 },
    { start: 85, end: 107, index: 1, paragraph: 1 },
    { start: 108, end: text.length, index: 2, paragraph: 1 },
  ];
  datesStage.run(doc, lexicon);
  assert.deepEqual(doc.dates.map((d) => [d.text, d.value, d.future]), [
    ['March 4', '2024-03-04', false],
    ['on Monday', '2024-03-04', false],
    ['in 2023', '2023', false],
    ['next month', '2024-04', true],
  ]);
  for (const d of doc.dates) assert.equal(text.slice(d.start, d.end), d.text);
});
