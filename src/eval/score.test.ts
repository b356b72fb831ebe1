// The scorer against hand-made gold/prediction pairs: a match and near-misses for every field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DyadRecord, EventEntity, Figure, Person, PloverEvent, Proposal, Quote } from '../core/types.ts';
import { createNameFolder, createSourceFolder, foldText, jaccard, tokenSet } from './fold.ts';
import { findOutlet, loadDocument } from '../lexicon/document.ts';
import { parseGold, type Gold, type GoldEvent } from './gold.ts';
import { matchOneToOne } from './match.ts';
import { scoreRecord, summarize, sumScores, type AccuracyField, type Ratio, type SetField, type Tally } from './score.ts';

const HONORIFICS = ['President', 'Mr.', 'General Secretary', 'Prime Minister', 'Senator', 'Foreign Minister', 'Minister'];
const foldName = createNameFolder(HONORIFICS);

// ---- builders: a gold file and a record with only what a case needs ----

function gold(parts: Partial<Gold> = {}): Gold {
  return parseGold({
    document: { published: '2024-06-10', source: 'Kyodo', dateline: 'Tokyo', byline: null, title: null },
    people: [], events: [], quotes: [], proposals: [], figures: [],
    ...parts,
  }, 'test');
}

function record(parts: Partial<DyadRecord> = {}): DyadRecord {
  return {
    document: {
      id: 'x', file: 'x.txt', title: null, source: 'Kyodo', published: '2024-06-10', publishedFrom: 'header',
      dateline: 'Tokyo', byline: null, language: 'en', warnings: [],
    },
    people: [], organizations: [], places: [], events: [], quotes: [], proposals: [], figures: [],
    ...parts,
  };
}

const person = (name: string, country: string | null, aliases: string[] = []): Person =>
  ({ id: name, name, country, offices: [], aliases, mentions: [] });
const who = (name: string, code: string): EventEntity => ({ code, sector: 'GOV', entity_text: name, identifier_text: name });
const nation = (code: string): EventEntity => ({ code, sector: 'GOV', entity_text: code, identifier_text: '' });

function event(type: string, date: string | null, actor: EventEntity[], recipient: EventEntity[] = [], extra: Partial<PloverEvent> = {}): PloverEvent {
  return {
    id: 'e', date, event: [type], mode: [], context: [], actor, recipient, event_loc: null, event_text: [],
    quad_code: 1, event_scale: 1, text_info: { sequence: 0, start: 0, end: 0 }, rule: 'test', confidence: 1, ...extra,
  };
}
function goldEvent(types: string[], date: string, actor: string[], recipient: string[] = [], extra: Partial<GoldEvent> = {}): GoldEvent {
  return { event: types, mode: [], date, actor, recipient, location: null, ...extra };
}
const quote = (speaker: string | null, text: string): Quote => ({ speaker, speakerId: null, text, start: 0, end: 0, rule: 'test' });
const proposal = (speaker: string, ordinal: number, text: string): Proposal =>
  ({ speaker, speakerId: null, ordinal, text, start: 0, end: 0, rule: 'test' });
const figure = (value: number, unit: string, period: string | null): Figure =>
  ({ measure: 'm', value, unit, period, qualifier: 'exact', text: '', start: 0, end: 0, rule: 'test' });

type Expect = Partial<Record<SetField, Tally>> & Partial<Record<AccuracyField, Ratio>>;
const t = (tp: number, fp: number, fn: number): Tally => ({ tp, fp, fn });
const r = (correct: number, total: number): Ratio => ({ correct, total });

// ---- name folding ----

const FOLDS: [string, string][] = [
  ['Nguyễn Xuân Phúc', 'nguyen xuan phuc'],
  ['Đỗ Mười', 'do muoi'],
  ['President Ferdinand Marcos Jr.', 'ferdinand marcos jr'],
  ['General Secretary Nguyen Phu Trong', 'nguyen phu trong'],
  ['Mr. Albanese', 'albanese'],
  ['Prime Minister  Anthony   Albanese', 'anthony albanese'],
  ['Kim Jong-un', 'kim jong un'],
  ['President', 'president'], // a title alone is never emptied
  ['Presidente Lula', 'presidente lula'], // only whole words are titles
];
for (const [input, want] of FOLDS) {
  test(`fold: "${input}" → "${want}"`, () => assert.equal(foldName(input), want));
}

test('fold: source names fold case and punctuation, not titles', () => {
  assert.equal(foldText('XINHUA'), foldText('Xinhua'));
  assert.equal(foldText('President'), 'president');
});

test('fold: two forms of one listed outlet fold alike, other outlets and unlisted names do not', () => {
  const outlets = loadDocument();
  const foldSource = createSourceFolder((s) => findOutlet(outlets, s)?.name);
  assert.equal(foldSource('AP'), foldSource('Associated Press'));
  assert.equal(foldSource('VNA'), foldSource('Vietnam News Agency'));
  assert.equal(foldSource('ANTARA'), foldSource('Antara'));
  assert.equal(foldSource('DAWN.COM'), foldSource('Dawn'));
  assert.notEqual(foldSource('AP'), foldSource('AFP'));
  assert.notEqual(foldSource('Reuters'), foldSource('Associated Press'));
  assert.equal(foldSource('Harbour Gazette'), 'harbour gazette');
  const s = scoreRecord(gold({ document: { published: '2024-06-10', source: 'Press Trust of India', dateline: 'Tokyo', byline: null, title: null } }),
    record({ document: { ...record().document, source: 'PTI' } }), 'pti.txt', { foldName, foldSource });
  assert.deepEqual(s.accuracy.source, { correct: 1, total: 1 });
  const strict = scoreRecord(gold({ document: { published: '2024-06-10', source: 'Press Trust of India', dateline: 'Tokyo', byline: null, title: null } }),
    record({ document: { ...record().document, source: 'PTI' } }), 'pti.txt', { foldName });
  assert.deepEqual(strict.accuracy.source, { correct: 0, total: 1 });
});

test('tokens: Jaccard on lower-cased word tokens', () => {
  assert.equal(jaccard(tokenSet('We will act.'), tokenSet('we WILL act')), 1);
  assert.equal(jaccard(tokenSet('a b c d'), tokenSet('a b')), 0.5);
  assert.equal(jaccard(tokenSet(''), tokenSet('')), 1);
});

test('matching: one-to-one, best pair first', () => {
  const m = matchOneToOne([10, 20], [19, 11, 50], (g, p) => (Math.abs(g - p) <= 2 ? -Math.abs(g - p) : null));
  assert.deepEqual(m.pairs, [[0, 1], [1, 0]]);
  assert.deepEqual(m.unmatchedPred, [2]);
  const greedy = matchOneToOne(['a', 'b'], ['x'], () => 1);
  assert.deepEqual(greedy.pairs, [[0, 0]]);
  assert.deepEqual(greedy.unmatchedGold, [1]);
  // A prediction that matches two gold items best matches the one no other prediction can: both gold items are found.
  const scores: Record<string, number> = { 'visit:crown-prince': 2, 'visit:country': 1, 'meeting:crown-prince': 1 };
  const moved = matchOneToOne(['visit', 'meeting'], ['crown-prince', 'country'], (g, p) => scores[`${g}:${p}`] ?? null);
  assert.deepEqual(moved.pairs, [[0, 1], [1, 0]]);
  assert.deepEqual(moved.unmatchedGold, []);
});

// ---- the table: one gold/prediction pair per line, with the counts it must give ----

const MARCOS = 'Ferdinand Marcos Jr.';
const KISHIDA = 'Fumio Kishida';
const WONG = 'Penny Wong';

const CASES: [string, Gold, DyadRecord, Expect][] = [
  // document fields
  ['document: all three right', gold(), record(), { published: r(1, 1), source: r(1, 1), dateline: r(1, 1) }],
  ['document: source case and dateline case fold', gold(), record({ document: { ...record().document, source: 'KYODO', dateline: 'TOKYO' } }),
    { source: r(1, 1), dateline: r(1, 1) }],
  ['document: wrong day, null source where gold has one', gold(),
    record({ document: { ...record().document, published: '2024-06-09', source: null } }), { published: r(0, 1), source: r(0, 1) }],
  ['document: null equals null', gold({ document: { published: null, source: null, dateline: null, byline: null, title: null } }),
    record({ document: { ...record().document, published: null, source: null, dateline: null } }),
    { published: r(1, 1), source: r(1, 1), dateline: r(1, 1) }],

  // people
  ['people: same name and country', gold({ people: [{ name: KISHIDA, country: 'JPN', offices: [] }] }),
    record({ people: [person(KISHIDA, 'JPN')] }), { people: t(1, 0, 0) }],
  ['people: honorific and diacritics are folded', gold({ people: [{ name: 'Pham Minh Chinh', country: 'VNM', offices: [] }] }),
    record({ people: [person('Prime Minister Phạm Minh Chính', 'VNM')] }), { people: t(1, 0, 0) }],
  ['people: gold name found among aliases', gold({ people: [{ name: 'Prabowo Subianto', country: 'IDN', offices: [] }] }),
    record({ people: [person('Prabowo', 'IDN', ['Prabowo Subianto'])] }), { people: t(1, 0, 0) }],
  ['people: right name, wrong country', gold({ people: [{ name: WONG, country: 'AUS', offices: [] }] }),
    record({ people: [person(WONG, 'NZL')] }), { people: t(0, 1, 1) }],
  ['people: a surname alone is not the person', gold({ people: [{ name: KISHIDA, country: 'JPN', offices: [] }] }),
    record({ people: [person('Kishida', 'JPN')] }), { people: t(0, 1, 1) }],
  ['people: one gold person matches one of two duplicates', gold({ people: [{ name: KISHIDA, country: 'JPN', offices: [] }] }),
    record({ people: [person(KISHIDA, 'JPN'), person(KISHIDA, 'JPN')] }), { people: t(1, 1, 0) }],

  // events: type, date precision, participants
  ['events: same type, day and people', gold({ events: [goldEvent(['CONSULT'], '2024-06-08', [MARCOS], [KISHIDA])] }),
    record({ events: [event('CONSULT', '2024-06-08', [who(MARCOS, 'PHL')], [who(KISHIDA, 'JPN')])] }), { events: t(1, 0, 0) }],
  ['events: any of the gold types is accepted', gold({ events: [goldEvent(['SUPPORT', 'AGREE'], '2024-06-08', ['PHL', 'JPN'])] }),
    record({ events: [event('AGREE', '2024-06-08', [nation('PHL'), nation('JPN')])] }), { events: t(1, 0, 0) }],
  ['events: a month in gold matches any day in it', gold({ events: [goldEvent(['CONSULT'], '2024-05', [MARCOS], ['JPN'], { mode: ['visit'] })] }),
    record({ events: [event('CONSULT', '2024-05-21', [who(MARCOS, 'PHL')], [nation('JPN')])] }), { events: t(1, 0, 0) }],
  ['events: a day in gold is not matched by a month', gold({ events: [goldEvent(['CONSULT'], '2024-06-08', [MARCOS], [KISHIDA])] }),
    record({ events: [event('CONSULT', '2024-06', [who(MARCOS, 'PHL')], [who(KISHIDA, 'JPN')])] }), { events: t(0, 1, 1) }],
  ['events: a day off is a miss and a false alarm', gold({ events: [goldEvent(['CONSULT'], '2024-06-08', [MARCOS], [KISHIDA])] }),
    record({ events: [event('CONSULT', '2024-06-07', [who(MARCOS, 'PHL')], [who(KISHIDA, 'JPN')])] }), { events: t(0, 1, 1) }],
  ['events: wrong type does not match', gold({ events: [goldEvent(['CONSULT'], '2024-06-08', [MARCOS], [KISHIDA])] }),
    record({ events: [event('SUPPORT', '2024-06-08', [who(MARCOS, 'PHL')], [who(KISHIDA, 'JPN')])] }), { events: t(0, 1, 1) }],
  ['events: a person the gold does not name counts as the country', gold({ events: [goldEvent(['CONSULT'], '2024-06-08', [MARCOS], ['JPN'])] }),
    record({ events: [event('CONSULT', '2024-06-08', [who(MARCOS, 'PHL')], [who(KISHIDA, 'JPN')])] }), { events: t(1, 0, 0) }],
  ['events: Jaccard exactly 0.5 matches', gold({ events: [goldEvent(['SUPPORT'], '2024-06-08', [MARCOS, KISHIDA, 'PHL', 'JPN'])] }),
    record({ events: [event('SUPPORT', '2024-06-08', [who(MARCOS, 'PHL'), who(KISHIDA, 'JPN')])] }), { events: t(1, 0, 0) }],
  ['events: Jaccard 1/3 does not match', gold({ events: [goldEvent(['SUPPORT'], '2024-06-08', [MARCOS, KISHIDA, WONG])] }),
    record({ events: [event('SUPPORT', '2024-06-08', [who(MARCOS, 'PHL')])] }), { events: t(0, 1, 1) }],
  ['events: honorifics in identifier_text are folded', gold({ events: [goldEvent(['CONSULT'], '2024-06-08', [MARCOS], [KISHIDA])] }),
    record({ events: [event('CONSULT', '2024-06-08', [who(`President ${MARCOS}`, 'PHL')], [who(`Prime Minister ${KISHIDA}`, 'JPN')])] }),
    { events: t(1, 0, 0) }],
  ['events: one prediction matches one of two identical gold events',
    gold({ events: [goldEvent(['CONSULT'], '2024-06-08', ['PHL', 'JPN']), goldEvent(['CONSULT'], '2024-06-08', ['PHL', 'JPN'])] }),
    record({ events: [event('CONSULT', '2024-06-08', [nation('PHL'), nation('JPN')])] }), { events: t(1, 0, 1) }],

  // events: what precision counts
  ['events: an unmatched coercion event is not counted against precision', gold(),
    record({ events: [event('COERCE', '2024-06-08', [nation('CHN')], [nation('PHL')])] }), { events: t(0, 0, 0) }],
  ['events: an unmatched meeting without a date is not counted', gold(),
    record({ events: [event('CONSULT', null, [who(MARCOS, 'PHL')])] }), { events: t(0, 0, 0) }],
  ['events: an unmatched meeting without participants is not counted', gold(),
    record({ events: [event('CONSULT', '2024-06-08', [])] }), { events: t(0, 0, 0) }],
  ['events: an unmatched agreement with a date and a participant is a false positive', gold(),
    record({ events: [event('AGREE', '2024-06-08', [nation('AUS')])] }), { events: t(0, 1, 0) }],
  ['events: a matched protest counts for precision too', gold({ events: [goldEvent(['PROTEST'], '2024-06-08', ['PHL'], ['CHN'])] }),
    record({ events: [event('PROTEST', '2024-06-08', [nation('PHL')], [nation('CHN')])] }), { events: t(1, 0, 0) }],

  // CONSULT direction
  ['direction: visitor as actor is right',
    gold({ events: [goldEvent(['CONSULT'], '2024-06-08', [MARCOS], [KISHIDA], { mode: ['visit'] })] }),
    record({ events: [event('CONSULT', '2024-06-08', [who(MARCOS, 'PHL')], [who(KISHIDA, 'JPN')])] }), { events: t(1, 0, 0), direction: r(1, 1) }],
  ['direction: host as actor is wrong',
    gold({ events: [goldEvent(['CONSULT'], '2024-06-08', [MARCOS], [KISHIDA], { mode: ['visit'] })] }),
    record({ events: [event('CONSULT', '2024-06-08', [who(KISHIDA, 'JPN')], [who(MARCOS, 'PHL')])] }), { events: t(1, 0, 0), direction: r(0, 1) }],
  ['direction: actor may hold more than the gold actor',
    gold({ events: [goldEvent(['CONSULT'], '2024-06', [MARCOS], ['JPN'], { mode: ['visit'] })] }),
    record({ events: [event('CONSULT', '2024-06-08', [who(MARCOS, 'PHL'), nation('PHL')], [nation('JPN')])] }), { direction: r(1, 1) }],
  ['direction: only visits are judged', gold({ events: [goldEvent(['CONSULT'], '2024-06-08', [MARCOS, KISHIDA])] }),
    record({ events: [event('CONSULT', '2024-06-08', [who(KISHIDA, 'JPN')], [who(MARCOS, 'PHL')])] }), { events: t(1, 0, 0), direction: r(0, 0) }],

  // event location
  ['location: one name contains the other',
    gold({ events: [goldEvent(['CONSULT'], '2024-06-08', ['VNM', 'CHN'], [], { location: 'Guangxi' })] }),
    record({ events: [event('CONSULT', '2024-06-08', [nation('VNM'), nation('CHN')], [], { event_loc: { name: 'Guangxi Zhuang Autonomous Region', country: 'CHN' } })] }),
    { location: r(1, 1) }],
  ['location: another city is wrong',
    gold({ events: [goldEvent(['CONSULT'], '2024-06-08', ['VNM', 'CHN'], [], { location: 'Beijing' })] }),
    record({ events: [event('CONSULT', '2024-06-08', [nation('VNM'), nation('CHN')], [], { event_loc: { name: 'Shanghai', country: 'CHN' } })] }),
    { location: r(0, 1) }],
  ['location: none predicted is wrong',
    gold({ events: [goldEvent(['CONSULT'], '2024-06-08', ['VNM', 'CHN'], [], { location: 'Hanoi' })] }),
    record({ events: [event('CONSULT', '2024-06-08', [nation('VNM'), nation('CHN')])] }), { location: r(0, 1) }],
  ['location: a part of a word is not containment',
    gold({ events: [goldEvent(['CONSULT'], '2024-06-08', ['USA', 'KOR'], [], { location: 'Washington' })] }),
    record({ events: [event('CONSULT', '2024-06-08', [nation('USA'), nation('KOR')], [], { event_loc: { name: 'Washingtonville', country: 'USA' } })] }),
    { location: r(0, 1) }],
  ['location: gold without a location is not judged',
    gold({ events: [goldEvent(['CONSULT'], '2024-06-08', ['VNM', 'CHN'])] }),
    record({ events: [event('CONSULT', '2024-06-08', [nation('VNM'), nation('CHN')], [], { event_loc: { name: 'Hanoi', country: 'VNM' } })] }),
    { location: r(0, 0) }],

  // quotes
  ['quotes: same speaker, same words up to case and punctuation',
    gold({ quotes: [{ speaker: WONG, text: 'We will keep talking, because talking works.' }] }),
    record({ quotes: [quote(WONG, 'we will keep talking because talking works,')] }), { quotes: t(1, 0, 0) }],
  ['quotes: one word changed in a long quote still matches (Jaccard ≥ 0.8)',
    gold({ quotes: [{ speaker: WONG, text: 'Our region needs more dialogue and fewer dangerous manoeuvres at sea this year' }] }),
    record({ quotes: [quote(WONG, 'Our region needs more dialogue and fewer risky manoeuvres at sea this year')] }), { quotes: t(1, 0, 0) }],
  ['quotes: half of a quote is not the quote',
    gold({ quotes: [{ speaker: WONG, text: 'Our region needs more dialogue and fewer dangerous manoeuvres at sea' }] }),
    record({ quotes: [quote(WONG, 'Our region needs more dialogue')] }), { quotes: t(0, 1, 1) }],
  ['quotes: right words, wrong speaker',
    gold({ quotes: [{ speaker: WONG, text: 'We will keep talking.' }] }),
    record({ quotes: [quote(KISHIDA, 'We will keep talking.')] }), { quotes: t(0, 1, 1) }],
  ['quotes: speaker with honorific, and speaker through the record person aliases',
    gold({ quotes: [{ speaker: `Senator ${WONG}`, text: 'Trust is built slowly.' }, { speaker: 'Wong', text: 'Dialogue beats silence.' }] }),
    record({ people: [person(WONG, 'AUS', ['Wong'])], quotes: [quote(WONG, 'Trust is built slowly.'), quote(WONG, 'Dialogue beats silence.')] }),
    { quotes: t(2, 0, 0), people: t(0, 1, 0) }],

  // proposals
  ['proposals: same speaker and ordinal, enough shared words',
    gold({ proposals: [{ speaker: 'Luong Cuong', ordinal: 2, text: 'expand trade in farm produce' }] }),
    record({ proposals: [proposal('Luong Cuong', 2, 'the two sides should expand trade in farm produce')] }), { proposals: t(1, 0, 0) }],
  ['proposals: wrong ordinal',
    gold({ proposals: [{ speaker: 'Luong Cuong', ordinal: 2, text: 'expand trade in farm produce' }] }),
    record({ proposals: [proposal('Luong Cuong', 3, 'expand trade in farm produce')] }), { proposals: t(0, 1, 1) }],
  ['proposals: too few shared words',
    gold({ proposals: [{ speaker: 'Luong Cuong', ordinal: 1, text: 'expand trade in farm produce' }] }),
    record({ proposals: [proposal('Luong Cuong', 1, 'cooperate closely on security and law enforcement matters')] }), { proposals: t(0, 1, 1) }],

  // figures
  ['figures: value within 0.5%, year period',
    gold({ figures: [{ measure: 'trade', value: 48_500_000_000, unit: 'AUD', period: '2023', qualifier: 'exact' }] }),
    record({ figures: [figure(48_700_000_000, 'AUD', '2023')] }), { figures: t(1, 0, 0) }],
  ['figures: 1% off is a miss',
    gold({ figures: [{ measure: 'trade', value: 48_500_000_000, unit: 'AUD', period: '2023', qualifier: 'exact' }] }),
    record({ figures: [figure(49_000_000_000, 'AUD', '2023')] }), { figures: t(0, 1, 1) }],
  ['figures: another currency is a miss',
    gold({ figures: [{ measure: 'trade', value: 48_500_000_000, unit: 'AUD', period: '2023', qualifier: 'exact' }] }),
    record({ figures: [figure(48_500_000_000, 'USD', '2023')] }), { figures: t(0, 1, 1) }],
  ['figures: a gold year matches a date within it; unit case folds',
    gold({ figures: [{ measure: 'growth', value: 6.2, unit: 'percent', period: '2024', qualifier: 'exact' }] }),
    record({ figures: [figure(6.2, 'Percent', '2024-03')] }), { figures: t(1, 0, 0) }],
  ['figures: a British and an American spelling are one unit ("kilometres", "kilometers")',
    gold({ figures: [{ measure: 'border', value: 1340, unit: 'kilometers', period: null, qualifier: 'exact' }] }),
    record({ figures: [figure(1340, 'kilometres', '2024')] }), { figures: t(1, 0, 0) }],
  ['figures: NEGATIVE: metric and short tons, kilometres and miles are other units',
    gold({ figures: [
      { measure: 'exports', value: 500, unit: 'tonnes', period: null, qualifier: 'exact' },
      { measure: 'border', value: 800, unit: 'kilometres', period: null, qualifier: 'exact' },
    ] }),
    record({ figures: [figure(500, 'tons', '2024'), figure(800, 'miles', '2024')] }), { figures: t(0, 2, 2) }],
  ['figures: another year is a miss',
    gold({ figures: [{ measure: 'growth', value: 6.2, unit: 'percent', period: '2024', qualifier: 'exact' }] }),
    record({ figures: [figure(6.2, 'percent', '2023')] }), { figures: t(0, 1, 1) }],
  ['figures: gold without period matches any; predicted without period misses a gold period',
    gold({ figures: [
      { measure: 'ships', value: 12, unit: 'ships', period: null, qualifier: 'exact' },
      { measure: 'visitors', value: 300_000, unit: 'people', period: '2024', qualifier: 'over' },
    ] }),
    record({ figures: [figure(12, 'ships', '2019'), figure(300_000, 'people', null)] }), { figures: t(1, 1, 1) }],
];

for (const [name, g, rec, expected] of CASES) {
  test(`score: ${name}`, () => {
    const s = scoreRecord(g, rec, 'case.txt', { foldName });
    for (const [field, want] of Object.entries(expected)) {
      const got = field in s.sets ? s.sets[field as SetField] : s.accuracy[field as AccuracyField];
      assert.deepEqual(got, want, `${field}: ${JSON.stringify(s.misses)}`);
    }
  });
}

test('score: misses name what was missed and what was extra', () => {
  const s = scoreRecord(
    gold({ people: [{ name: KISHIDA, country: 'JPN', offices: [] }] }),
    record({ people: [person('Kishida', 'JPN')] }), 'case.txt', { foldName });
  assert.deepEqual(s.misses.filter((m) => m.field === 'people'), [
    { field: 'people', kind: 'missed', text: 'Fumio Kishida (JPN)' },
    { field: 'people', kind: 'spurious', text: 'Kishida (JPN)' },
  ]);
});

test('summary: precision, recall and F1 from counts; null where nothing to divide by', () => {
  assert.deepEqual(summarize(t(3, 1, 2)), { precision: 0.75, recall: 0.6, f1: 6 / 9 });
  assert.deepEqual(summarize(t(0, 0, 4)), { precision: null, recall: 0, f1: 0 });
  assert.deepEqual(summarize(t(0, 0, 0)), { precision: null, recall: null, f1: null });
});

test('summary: counts add up over files before ratios are taken', () => {
  const a = scoreRecord(gold({ people: [{ name: KISHIDA, country: 'JPN', offices: [] }] }), record({ people: [person(KISHIDA, 'JPN')] }), 'a', { foldName });
  const b = scoreRecord(gold({ people: [{ name: WONG, country: 'AUS', offices: [] }] }), record(), 'b', { foldName });
  const totals = sumScores([a, b]);
  assert.deepEqual(totals.sets.people, t(1, 0, 1));
  assert.deepEqual(totals.accuracy.published, r(2, 2));
});

test('score: a section the gold file leaves out is not scored; an empty one is', () => {
  const rec = record({ people: [person(WONG, 'AUS')], events: [event('AGREE', '2024-06-08', [nation('AUS')])], quotes: [quote(WONG, 'Hello.')], figures: [figure(3, 'ships', null)] });
  const docOnly = parseGold({ document: { published: '2024-06-10', source: 'Kyodo', dateline: 'Tokyo' } }, 'doc-only');
  const s = scoreRecord(docOnly, rec, 'case.txt', { foldName });
  for (const f of ['people', 'events', 'quotes', 'proposals', 'figures'] as const) assert.deepEqual(s.sets[f], t(0, 0, 0), f);
  assert.deepEqual(s.accuracy.published, r(1, 1));
  const peopleOnly = parseGold({ document: { published: '2024-06-10', source: 'Kyodo', dateline: 'Tokyo' }, people: [] }, 'people-only');
  const p = scoreRecord(peopleOnly, rec, 'case.txt', { foldName });
  assert.deepEqual(p.sets.people, t(0, 1, 0));
  assert.deepEqual(p.sets.events, t(0, 0, 0));
});

test('gold: a malformed file is refused with its name and the bad field', () => {
  assert.throws(() => parseGold({ document: { published: '15 April 2025' } }, 'bad.json'), /bad\.json: not a gold annotation file \(document\.published/);
  assert.throws(() => parseGold([], 'list.json'), /list\.json/);
  assert.throws(() => parseGold({ document: { published: null }, events: [{ event: ['CONSULT'], date: 'Monday' }] }, 'e.json'), /events\.0\.date/);
});

test('names: the shipped honorifics strip titles of nobility ("Lord", "Lady", "Baroness") as forms of address; NEGATIVE: a one-word name is kept', async () => {
  const { loadScoring } = await import('../lexicon/scoring.ts');
  const fold = createNameFolder(loadScoring().honorifics);
  assert.equal(fold('Lord Tuilagi'), fold('Tuilagi'));
  assert.equal(fold('Baroness Amos'), fold('Amos'));
  assert.equal(fold('Lady Ashton'), fold('Ashton'));
  assert.notEqual(fold('Lord'), '');
});
