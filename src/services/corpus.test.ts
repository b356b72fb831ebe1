// The corpus services over a store of hand-built records: what the command line and the HTTP API get.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../store/index.ts';
import { makeArticle, type ArticleSpec } from '../store/test-fixtures.ts';
import { CALL, HERALD, LAKE, MINISTERS, MY_ID_FIRST, MY_ID_SECOND, REPRINT } from '../store/test-articles.ts';
import {
  alignProposals, corpusStats, eventSeries, getDocument, getEvent, getPerson, listEvents, listPeople, officeHolders,
  peopleNetwork, proposalSpeakers, searchArticles, SearchQueryError, toFtsQuery, toPlover, toRow,
} from './corpus.ts';

const JAKARTA: ArticleSpec = {
  text: MY_ID_FIRST, title: 'Anwar sets out four proposals in Jakarta talks', source: 'Straits Desk', published: '2023-07-31',
  people: ['Anwar Ibrahim|MYS|Malaysian Prime Minister', 'Joko Widodo|IDN|Indonesian President'],
  events: [{ type: 'CONSULT', date: '2023-07-31', actor: ['Anwar Ibrahim'], recipient: ['Joko Widodo'], mode: ['visit'], cue: 'met Indonesian President' }],
  proposals: [
    { speaker: 'Anwar Ibrahim', ordinal: 1, text: "deepen strategic trust through yearly leaders' consultations", theme: 'political trust' },
    { speaker: 'Anwar Ibrahim', ordinal: 2, text: 'expand trade in palm oil and electric vehicle batteries' },
    { speaker: 'Anwar Ibrahim', ordinal: 3, text: 'strengthen joint patrols against piracy in the Strait of Malacca', theme: 'security' },
    { speaker: 'Anwar Ibrahim', ordinal: 4, text: 'widen student exchanges between universities', theme: 'people-to-people' },
  ],
};

const PUTRAJAYA: ArticleSpec = {
  text: MY_ID_SECOND, title: 'Anwar and Prabowo hold talks in Putrajaya', source: 'Straits Desk', published: '2024-11-22',
  people: ['Anwar Ibrahim|MYS|Malaysian Prime Minister', 'Prabowo Subianto|IDN|Indonesian President'],
  events: [{ type: 'CONSULT', date: '2024-11-22', actor: ['Prabowo Subianto'], recipient: ['Anwar Ibrahim'], mode: ['visit'], cue: 'received Indonesian President' }],
  proposals: [
    { speaker: 'Anwar Ibrahim', ordinal: 1, text: 'keep strategic trust at the heart of the partnership with regular consultations' },
    { speaker: 'Anwar Ibrahim', ordinal: 2, text: 'expand trade and investment in green industries' },
    { speaker: 'Anwar Ibrahim', ordinal: 3, text: 'coordinate positions within ASEAN on the South China Sea code of conduct', theme: 'multilateral coordination' },
  ],
};

let store: Store;
const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-services-'));
test.before(() => {
  store = openStore(path.join(dir, 'corpus.db'));
  for (const a of [HERALD, LAKE, REPRINT, MINISTERS, CALL, JAKARTA, PUTRAJAYA]) store.addArticle(makeArticle(a));
});
test.after(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('services: stats count originals, copies, merged events and dyads', () => {
  const s = corpusStats(store);
  assert.deepEqual([s.documents, s.duplicates, s.events, s.reports], [6, 1, 6, 8]);
  assert.deepEqual(s.dyads, [{ between: ['KEN', 'TZA'], events: 4 }, { between: ['IDN', 'MYS'], events: 2 }]);
  assert.deepEqual(s.eventTypes, ['AGREE', 'CONSULT', 'SUPPORT']);
  assert.deepEqual([s.firstDate, s.lastDate], ['2023-03-01', '2024-11-22']);
});

test('services: events by person name, alias or id; an unknown person matches nothing', () => {
  assert.equal(listEvents(store, { person: 'William Ruto' }).total, 2);
  assert.equal(listEvents(store, { person: 'ruto' }).total, 2);
  assert.equal(listEvents(store, { person: 'person:january-makamba' }).total, 1);
  assert.equal(listEvents(store, { person: 'Nobody Atall' }).total, 0);
  assert.equal(listEvents(store, { between: ['tza', 'ken'], type: 'consult' }).total, 3);
  const e = listEvents(store, { between: ['KEN', 'TZA'], type: 'SUPPORT' }).items[0];
  assert.equal(getEvent(store, e.id)?.sourceCount, 2);
  assert.equal(getEvent(store, 'ce_missing'), null);
});

test('services: a monthly series fills empty months and gives quad counts and mean scores', () => {
  const s = eventSeries(store, { between: ['KEN', 'TZA'], by: 'month' });
  assert.deepEqual(s.rows.map((r) => [r.period, r.events, r.quads[1], r.meanScore]), [
    ['2023-03', 3, 3, 2.833],
    ['2023-04', 0, 0, null],
    ['2023-05', 1, 1, 3],
  ]);
  assert.deepEqual(s.rows[0].types, { AGREE: 1, CONSULT: 2, SUPPORT: 1 });
  assert.equal(s.totals.events, 4);
  assert.deepEqual(eventSeries(store, { between: ['KEN', 'TZA'], by: 'year' }).rows.map((r) => [r.period, r.events]), [['2023', 4]]);
  assert.deepEqual(eventSeries(store, { between: ['KEN', 'UGA'], by: 'year' }).rows, []);
});

const QUERIES: [input: string, fts: string][] = [
  ['standard-gauge railway', '"standard-gauge" "railway"'],
  ['"water cannon" collision', '"water cannon" "collision"'],
  ['maize OR rice', '"maize" OR "rice"'],
  ['rail*', '"rail"*'],
  ['AND NOT NEAR(', '"AND" "NOT" "NEAR"'],
  ['say "hello', '"say" "hello"'],
  ['O\'Brien: (x) -y', '"O\'Brien" "x" "y"'],
  ['OR maize OR', '"OR" "maize"'],
];

for (const [input, fts] of QUERIES) {
  test(`services: search words ${JSON.stringify(input)} → ${fts}, and the store accepts it`, () => {
    assert.equal(toFtsQuery(input), fts);
    assert.doesNotThrow(() => searchArticles(store, input));
  });
}

test('services: search finds ranked articles with marked snippets; nothing to search for is a clear error', () => {
  const r = searchArticles(store, 'fourteen barriers', { limit: 5 });
  assert.equal(r.total, 3);
  assert.ok(r.items[0].snippet.includes(`${r.marks.open}barriers${r.marks.close}`) || r.items[0].snippet.includes(`${r.marks.open}fourteen${r.marks.close}`));
  assert.equal(r.items.filter((h) => h.duplicateOf).length, 1);
  assert.throws(() => searchArticles(store, ' "" ()* '), SearchQueryError);
});

test('services: people with timelines from articles and the gazetteer; who held an office on a day', () => {
  const idn = listPeople(store, { country: 'idn' });
  assert.deepEqual(idn.items.map((p) => p.name).sort(), ['Joko Widodo', 'Prabowo Subianto']);
  const prabowo = idn.items.find((p) => p.name === 'Prabowo Subianto')!;
  assert.deepEqual(prabowo.offices.map((o) => [o.office, o.from, o.to, o.basis]), [
    ['Defense Minister of Indonesia', '2019-10-23', '2024-10-20', 'gazetteer'],
    ['President of Indonesia', '2024-10-20', null, 'both'],
  ]);
  const holders = (on: string) => officeHolders(store, { office: 'President', country: 'IDN', on }).map((h) => [h.person.name, h.evidence, h.person.inCorpus]);
  assert.deepEqual(holders('2024-06-01'), [['Joko Widodo', 'gazetteer', true]]);
  assert.deepEqual(holders('2025-01-01'), [['Prabowo Subianto', 'gazetteer', true]]);
  assert.deepEqual(officeHolders(store, { office: 'president', country: 'KEN', on: '2023-03-02' }).map((h) => [h.person.name, h.evidence]), [['William Ruto', 'gazetteer']]);
  // The articles call Mudavadi foreign minister in March 2023, when the gazetteer has Alfred Mutua in that office (to
  // October 2023): both are given, each with its evidence.
  assert.deepEqual(officeHolders(store, { office: 'foreign minister', country: 'KEN', on: '2023-03-02' }).map((h) => [h.person.name, h.evidence]), [['Musalia Mudavadi', 'corpus'], ['Alfred Mutua', 'gazetteer']]);
  assert.deepEqual(officeHolders(store, { office: 'foreign minister', country: 'KEN', on: '2023-06-01' }).map((h) => [h.person.name, h.evidence]), [['Alfred Mutua', 'gazetteer'], ['Musalia Mudavadi', 'last-seen']]);
  const ruto = getPerson(store, 'Ruto')!;
  assert.equal(ruto.quotes.length, 1);
  assert.equal(ruto.events, 2);
  assert.equal(getPerson(store, 'Nobody'), null);
});

test('services: the network links people of different countries who met', () => {
  const net = peopleNetwork(store, { between: ['mys', 'idn'] });
  assert.deepEqual(net.edges.map((e) => [e.source, e.target, e.weight]), [
    ['person:anwar-ibrahim', 'person:joko-widodo', 1],
    ['person:anwar-ibrahim', 'person:prabowo-subianto', 1],
  ]);
  assert.deepEqual(net.nodes.find((n) => n.id === 'person:anwar-ibrahim')?.meetings, 2);
});

// Themes not given here come from the keywords of data/speech/themes.yaml ("trust", "trade").
test('services: proposals of one speaker aligned across meetings by theme', () => {
  assert.deepEqual(proposalSpeakers(store).items.map((s) => [s.speaker, s.proposals, s.documents]), [['Anwar Ibrahim', 7, 2]]);
  const a = alignProposals(store, { speaker: 'Anwar Ibrahim' });
  assert.equal(a.speakerId, 'person:anwar-ibrahim');
  assert.deepEqual(a.meetings.map((m) => [m.date, m.corpusEventId !== null]), [['2023-07-31', true], ['2024-11-22', true]]);
  const [first, second] = a.meetings;
  assert.deepEqual(first.added, ['political trust', 'security', 'practical cooperation', 'people-to-people']);
  assert.deepEqual(second.repeated, ['political trust', 'practical cooperation']);
  assert.deepEqual(second.added, ['multilateral coordination']);
  assert.deepEqual(second.dropped, ['security', 'people-to-people']);
  assert.equal(second.cells.security[0].status, 'dropped');
  assert.equal(second.cells.security[0].text, 'strengthen joint patrols against piracy in the Strait of Malacca');
  assert.deepEqual(alignProposals(store, { speaker: 'Nobody' }).meetings, []);
});

test('services: documents with their text and copies; export records', () => {
  const herald = makeArticle(HERALD).record.document.id;
  const doc = getDocument(store, herald)!;
  assert.equal(doc.text, HERALD.text);
  assert.equal(doc.copies.length, 1);
  assert.deepEqual(doc.counts, { events: 2, people: 2, quotes: 1, proposals: 0, figures: 1 });
  const event = listEvents(store, { between: ['KEN', 'TZA'], type: 'SUPPORT' }).items[0];
  const plover = toPlover(event);
  assert.deepEqual([plover.id, plover.date, plover.event.sort(), plover.cite_info.length, plover.coder], [event.id, '2023-03-01', ['AGREE', 'SUPPORT'], 2, 'dyad']);
  assert.deepEqual(plover.event_text.sort(), ['agreed on Wednesday to scrap', 'announced the removal']);
  const row = toRow(event);
  assert.deepEqual([row.actor_codes, row.sources], ['KEN; TZA', 2]);
});

test('services: every search hit\'s snippet is read from its own article, not from the first match\'s', () => {
  for (const q of ['Anwar', 'trade', 'talks']) {
    const r = searchArticles(store, q, { limit: 10 });
    assert.ok(r.items.length >= 2, q);
    for (const h of r.items) {
      const doc = getDocument(store, h.documentId)!;
      const plain = h.snippet.replaceAll(r.marks.open, '').replaceAll(r.marks.close, '');
      for (const piece of plain.split('…').map((x) => x.trim()).filter(Boolean)) assert.ok(doc.text.includes(piece), `${q}: ${h.title}: ${piece}`);
    }
  }
});
