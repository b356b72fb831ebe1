// The document stage: a table of page headers with the metadata, body start and exclusions they must give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../core/doc.ts';
import { loadLexicon } from '../../lexicon/index.ts';
import { readDocument } from './index.ts';
import { findDateline } from './dateline.ts';
import { classifyHeaderText } from './headline.ts';
import { exclusionRule } from './captions.ts';

const lexicon = loadLexicon();

interface Expect {
  title?: string | null;
  source?: string | null;
  published?: string | null;
  publishedFrom?: string | null;
  dateline?: string | null;
  byline?: string | null;
  /** The body must start with this text. */
  body?: string;
  /** Texts of excluded lines (each must start with the given text). */
  excluded?: string[];
  warning?: RegExp;
}

const CASES: [string, string, Expect, string?][] = [
  [
    'crawler date stamp followed by a headline',
    ' date 2024-06-02 Manila and Tokyo agree to deepen coast guard ties\n\nThe Philippines and Japan agreed on Sunday to hold joint drills.\n',
    { title: 'Manila and Tokyo agree to deepen coast guard ties', published: '2024-06-02', publishedFrom: 'header', body: 'The Philippines and Japan agreed' },
  ],
  [
    'crawler date stamp followed by the lead sentence: no title, the lead stays in the body',
    ' date 2023-03-21 Russian President Vladimir Putin on Tuesday hosted talks with a visiting delegation from Laos in Moscow, the Kremlin said.\n\nThe two sides discussed energy.\n',
    { title: null, published: '2023-03-21', body: 'Russian President Vladimir Putin on Tuesday' },
  ],
  [
    'crawler date stamp followed by a photo caption',
    ' date 2022-11-15 Leaders pose for a photo in Bali, Indonesia, on Tuesday. [Photo/Agencies]\n\nLeaders of the Group of 20 met on the island.\n',
    { title: null, published: '2022-11-15', body: 'Leaders of the Group of 20', excluded: [' date 2022-11-15'.trim()] },
  ],
  [
    'Xinhua web page: title with outlet suffix, repeated title, Source and Editor lines, time stamp, dateline',
    'Wang Yi holds talks with Lao counterpart-Xinhua\n\nWang Yi holds talks with Lao counterpart\n\nSource: Xinhua\n\nEditor: huaxia\n\n2024-02-20 21:04:11\n\nVIENTIANE, Feb. 20 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks here on Tuesday with his Lao counterpart.\n',
    {
      title: 'Wang Yi holds talks with Lao counterpart', source: 'Xinhua', published: '2024-02-20', dateline: 'Vientiane',
      body: 'VIENTIANE, Feb. 20 (Xinhua) --', excluded: ['Wang Yi holds talks with Lao counterpart-Xinhua', 'Wang Yi holds talks with Lao counterpart', 'Source: Xinhua', 'Editor: huaxia', '2024-02-20'],
    },
  ],
  [
    'China Daily: time, date and byline on one line with an unclosed bracket',
    'Beijing, Seoul pledge closer trade links\n\n10:05, May 27, 2024 By Zhang Wei ( China Daily\n\nChina and South Korea agreed to restart talks.\n\n(Web editor: Li Na, Wang Fang)\n',
    { title: 'Beijing, Seoul pledge closer trade links', source: 'China Daily', published: '2024-05-27', byline: 'Zhang Wei', body: 'China and South Korea', excluded: ['10:05', '(Web editor'] },
  ],
  [
    "People's Daily: outlet credit run into the time stamp",
    "Premier Li meets Singapore's prime minister\n\nXinhua) 09:40, June 3, 2024\n\nBEIJING, June 3 (Xinhua) -- Premier Li Qiang met visiting guests.\n",
    { title: "Premier Li meets Singapore's prime minister", source: 'Xinhua', published: '2024-06-03', dateline: 'Beijing', body: 'BEIJING, June 3' },
  ],
  [
    'Reuters: dateline without a date, byline line, credit footer',
    'Philippines summons Chinese envoy over shoal incident\n\nBy Karen Lema\n\nMANILA (Reuters) - The Philippines summoned a Chinese diplomat on Monday.\n\nReporting by Karen Lema; Editing by Ed Davies\n',
    { title: 'Philippines summons Chinese envoy over shoal incident', source: 'Reuters', byline: 'Karen Lema', dateline: 'Manila', published: null, body: 'MANILA (Reuters)', excluded: ['By Karen Lema', 'Reporting by'], warning: /no publication date found/ },
  ],
  [
    'AP: byline with outlet, dateline with an em dash',
    'Japan and South Korea leaders meet in Tokyo\n\nBy Mari Yamaguchi and Hyung-jin Kim, Associated Press\n\nTOKYO (AP) — The leaders of Japan and South Korea met Thursday.\n',
    { source: 'Associated Press', byline: 'Mari Yamaguchi and Hyung-jin Kim', dateline: 'Tokyo', body: 'TOKYO (AP)' },
  ],
  [
    'Yonhap: dateline with a full date gives the publication date',
    'SEOUL, March 3, 2024 (Yonhap) -- South Korea and Australia held a defense dialogue on Sunday.\n',
    { title: null, source: 'Yonhap', dateline: 'Seoul', published: '2024-03-03', publishedFrom: 'dateline', body: 'SEOUL, March 3, 2024' },
  ],
  [
    'VNA: title-case dateline with date and outlet',
    'Hanoi, Oct. 8 (VNA) - Vietnam and Laos signed a border agreement.\n',
    { source: 'Vietnam News Agency', dateline: 'Hanoi', body: 'Hanoi, Oct. 8 (VNA)' },
  ],
  [
    'Philippine News Agency: pipe-separated metadata line',
    'DFA lodges protest over water cannon use\n\nBy Joyce Ann Rocamora | Philippine News Agency | Updated: 2024-03-24 14:02\n\nMANILA – The Department of Foreign Affairs lodged a protest.\n',
    { title: 'DFA lodges protest over water cannon use', byline: 'Joyce Ann Rocamora', source: 'Philippine News Agency', published: '2024-03-24', dateline: 'Manila', body: 'MANILA –' },
  ],
  [
    'Kyodo: two-line header with a weekday date',
    'Japan, Vietnam upgrade ties\n\nMonday, November 27, 2023\n\nTOKYO - Japan and Vietnam raised their relations on Monday.\n',
    { title: 'Japan, Vietnam upgrade ties', published: '2023-11-27', dateline: 'Tokyo', body: 'TOKYO - Japan' },
  ],
  [
    'caption lines between paragraphs are excluded, prose is not',
    'Leaders meet in Jakarta\n\nIndonesia and Malaysia held talks.\n\nPresident Prabowo Subianto greets guests in Jakarta on Friday. (Xinhua/Xu Qin)\n\nThe talks covered fisheries and border issues.\n',
    { body: 'Indonesia and Malaysia', excluded: ['President Prabowo Subianto greets guests'] },
  ],
  [
    'broadcaster page: job words in the byline, two stamps on one line',
    'Seoul and Canberra sign minerals pact\n\nBy defence correspondent Tom Hale\n\nPosted Tue 7 May 2024 at 5:10am, updated Tue 7 May 2024 at 8:45am\n\nAustralia and South Korea signed a critical minerals pact.\n',
    { byline: 'Tom Hale', published: '2024-05-07', body: 'Australia and South Korea' },
  ],
  [
    'agency dateline in title case without a date, reporter footer',
    'Jakarta, Canberra to boost nickel trade\n\nJakarta (ANTARA) - Indonesia and Australia agreed to boost trade.\n\nReporter: Dewi Lestari\nEditor: Agus Salim\n',
    { source: 'Antara', dateline: 'Jakarta', byline: 'Dewi Lestari', body: 'Jakarta (ANTARA)', excluded: ['Reporter: Dewi Lestari', 'Editor: Agus Salim'] },
  ],
  [
    'dateline with the outlet and no dash',
    'ISLAMABAD, Mar 2 (APP) Pakistan and Iran reopened a border market.\n',
    { dateline: null, body: 'ISLAMABAD' },
  ],
  [
    'dateline with a known outlet and no dash',
    'NEW DELHI, Mar 2 (PTI) India and Nepal signed a power deal.\n',
    { dateline: 'New Delhi', source: 'Press Trust of India', body: 'NEW DELHI' },
  ],
  [
    'a place in capitals on a line of its own is the dateline',
    'Dhaka and Delhi hold talks\n\nUpdated - June 4, 2024 07:30 am IST\n\nNEW DELHI\n\nIndia and Bangladesh held talks on river water.\n',
    { dateline: 'New Delhi', published: '2024-06-04', body: 'India and Bangladesh' },
  ],
  [
    'a bracketed wire label is not part of the headline',
    '(2nd LD) Seoul, Tokyo agree to resume shuttle diplomacy\n\n2023-03-16 18:02:11\n\nSEOUL, March 16 (Yonhap) -- South Korea and Japan agreed to resume visits.\n',
    { title: 'Seoul, Tokyo agree to resume shuttle diplomacy', source: 'Yonhap', dateline: 'Seoul', body: 'SEOUL, March 16' },
  ],
  [
    'crawler date stamp on a leap day',
    ' date 2024-02-29 Chile and Peru reopen border post\n\nChile and Peru reopened the post on Thursday.\n',
    { title: 'Chile and Peru reopen border post', published: '2024-02-29', publishedFrom: 'header' },
  ],
  [
    'NEGATIVE: a crawler date stamp that names no real day is reported, not used',
    ' date 2024-02-31 Chile and Peru reopen border post\n\nChile and Peru reopened the post on Monday.\n',
    { title: 'Chile and Peru reopen border post', published: null, warning: /header date 2024-02-31 is not a calendar date/, body: 'Chile and Peru reopened' },
  ],
  [
    'NEGATIVE: February 29 outside a leap year',
    ' date 2023-02-29 Kenya and Uganda sign rail deal\n\nThe two countries signed the deal.\n',
    { published: null, warning: /not a calendar date/ },
  ],
  [
    'NEGATIVE: a thirteenth month and a month zero',
    ' date 2024-13-05 Ghana and Togo hold border talks\n\nOfficials met in Lome.\n',
    { published: null, warning: /no publication date found/ },
  ],
  [
    'NEGATIVE: day 31 of a 30-day month',
    ' date 2024-04-31 Laos and Thailand open bridge\n\nThe bridge opened.\n',
    { published: null, warning: /2024-04-31 is not a calendar date/ },
  ],
  [
    'an impossible stamp does not hide a real date line below it',
    ' date 2024-02-31 Border talks resume\n\nMonday, March 4, 2024\n\nLIMA - Chile and Peru resumed border talks.\n',
    { title: 'Border talks resume', published: '2024-03-04', dateline: 'Lima', warning: /2024-02-31 is not a calendar date/, body: 'LIMA - Chile' },
  ],
  [
    'NEGATIVE: a capitalised word alone on a line that is no place is not a dateline',
    'Ceasefire holds\n\nANALYSIS\n\nThe truce held for a third day.\n',
    { dateline: null },
  ],
  [
    'NEGATIVE: a prose first line is not a headline',
    'India and Bangladesh signed seven agreements on Saturday.\n\nThe deals cover water sharing.\n',
    { title: null, body: 'India and Bangladesh signed' },
  ],
  [
    'NEGATIVE: a caps label with a colon is not a dateline',
    'BREAKING: Ukraine and Poland reach a grain deal\n',
    { dateline: null, body: 'BREAKING:' },
  ],
];

for (const [name, text, expect] of CASES) {
  test(`document: ${name}`, () => {
    const doc = createDoc({ text });
    readDocument(doc, lexicon);
    const d = doc.document;
    for (const k of ['title', 'source', 'published', 'publishedFrom', 'dateline', 'byline'] as const) {
      if (k in expect) assert.equal(d[k], expect[k], k);
    }
    if (expect.body) assert.ok(text.slice(doc.bodyStart).startsWith(expect.body), `body starts with ${JSON.stringify(text.slice(doc.bodyStart, doc.bodyStart + 40))}`);
    for (const x of expect.excluded ?? []) {
      assert.ok(doc.excluded.some((r) => text.slice(r.start, r.end).startsWith(x)), `excluded: ${x}`);
    }
    for (const r of doc.excluded) assert.equal(text.slice(r.start, r.end), text.slice(r.start, r.end).trim());
    if (expect.warning) assert.ok(d.warnings.some((w) => expect.warning!.test(w)), d.warnings.join('; '));
  });
}

test('document: a date given by the caller is kept when the text has none', () => {
  const doc = createDoc({ text: 'Thailand and Cambodia agreed to reopen a border crossing.\n', published: '2025-07-01' });
  readDocument(doc, lexicon);
  assert.equal(doc.document.published, '2025-07-01');
  assert.equal(doc.document.publishedFrom, 'option');
  assert.deepEqual(doc.document.warnings, []);
});

test('document: a date in the text wins over the caller and the difference is reported', () => {
  const doc = createDoc({ text: ' date 2025-07-02 Border crossing reopens\n\nThailand and Cambodia reopened a crossing.\n', published: '2025-07-01' });
  readDocument(doc, lexicon);
  assert.equal(doc.document.published, '2025-07-02');
  assert.equal(doc.document.publishedFrom, 'header');
  assert.match(doc.document.warnings.join(' '), /differs/);
});

test('document: empty and whitespace-only text do not crash', () => {
  for (const text of ['', '\n\n  \n']) {
    const doc = createDoc({ text });
    readDocument(doc, lexicon);
    assert.equal(doc.document.published, null);
    assert.ok(doc.bodyStart <= text.length);
  }
});

const DATELINES: [string, string | null][] = [
  ['KUALA LUMPUR, Feb. 12 (Bernama) -- Malaysia said', 'Kuala Lumpur'],
  ['UNITED NATIONS, Dec. 13 (Xinhua) -- The Security Council', 'United Nations'],
  ['NEW DELHI: India and Japan held talks', 'New Delhi'],
  ['MANILA, Philippines — The coast guard said', 'Manila'],
  ['WASHINGTON, Jan 5 (Reuters) - The United States', 'Washington'],
  ['US-CHINA: a look at the trade numbers', null],
  ['The talks in Hanoi - which lasted hours - ended.', null],
  ['EXCLUSIVE: Seoul weighs new sanctions', null],
  ['NATO (North Atlantic Treaty Organization) members met.', null],
];
for (const [line, place] of DATELINES) {
  test(`document dateline: ${line.slice(0, 30)}`, () => assert.equal(findDateline(line, lexicon.document)?.place ?? null, place));
}

const HEADER_TEXTS: [string, string][] = [
  ['Xi, Putin vow to deepen ties', 'headline'],
  ['Seoul says it will respond firmly to Pyongyang missile launch', 'headline'],
  ['Prime Minister Anthony Albanese arrived in Beijing on Saturday for a four-day visit, the first by an Australian leader since 2016.', 'lead'],
  ['Delegates attend the opening ceremony in Vientiane, Laos, Oct. 9, 2024. (Xinhua/Kaikeo Saiyasane)', 'caption'],
];
for (const [text, kind] of HEADER_TEXTS) {
  test(`document header text: ${kind}: ${text.slice(0, 30)}`, () => assert.equal(classifyHeaderText(text, lexicon.document), kind));
}

const EXCLUSIONS: [string, string | null][] = [
  ['Soldiers march in Seoul on Oct. 1, 2023. (AP Photo/Ahn Young-joon)', 'document.caption-credit'],
  ['A ship sails near the shoal. REUTERS/Eloisa Lopez/File Photo', 'document.caption-credit'],
  ['Delegates pose for a group photo. [Photo/VCG]', 'document.caption-photo'],
  ['(Responsible editor: Chen Lu)', 'document.editor-line'],
  ['Additional reporting by Jun Yuan; Editing by Kim Coghill', 'document.credit-line'],
  ['The ministers (both former diplomats) met for two hours.', null],
  ['Trade rose 5/6 of the way to the target (roughly).', null],
];
for (const [line, rule] of EXCLUSIONS) {
  test(`document exclusion: ${line.slice(0, 30)}`, () => assert.equal(exclusionRule(line, lexicon.document), rule));
}
