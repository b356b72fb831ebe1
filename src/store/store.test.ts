// The SQLite store with hand-built records: idempotent writes, reprints linked and not counted,
// reports of one meeting merged, filters, series counts, search, people, pagination and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openStore, StoreError, type Store } from './index.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { makeArticle } from './test-fixtures.ts';
import { MAX_COPY_CANDIDATES } from './write.ts';
import { ROWS_PER_BAND, SIGNATURE_SIZE } from '../corpus/minhash.ts';
import { CALL, HERALD, LAKE, MINISTERS, REPRINT } from './test-articles.ts';
import { KE_TZ_HERALD, KE_TZ_LAKE } from './test-articles.ts';

function withTempStore(fn: (store: Store, file: string) => void): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-store-'));
  const file = path.join(dir, 'test.db');
  const store = openStore(file);
  try {
    fn(store, file);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('store: a new store is at the latest schema version, with WAL and foreign keys', () => {
  withTempStore((store, file) => {
    store.close();
    const db = new Database(file, { readonly: true });
    assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
    const again = openStore(file);
    assert.equal(again.stats().documents, 0);
    again.close();
  });
});

test('store: the same article twice is stored once', () => {
  withTempStore((store) => {
    assert.equal(store.addArticle(makeArticle(HERALD)).status, 'stored');
    const before = store.stats();
    const second = store.addArticle(makeArticle(HERALD));
    assert.equal(second.status, 'exists');
    assert.deepEqual(store.stats(), before);
    assert.equal(before.documents, 1);
    assert.equal(before.events, 2);
  });
});

test('store: a transaction opened with begin() keeps its articles only when committed; a failed article is rolled back alone', () => {
  withTempStore((store) => {
    store.begin();
    store.addArticle(makeArticle(HERALD));
    assert.equal(store.hasDocument(makeArticle(HERALD).record.document.id!), true, 'visible inside the transaction');
    store.rollback();
    assert.equal(store.stats().documents, 0);
    store.rollback(); // none open: nothing happens

    store.begin();
    store.addArticle(makeArticle(HERALD));
    const broken = makeArticle(LAKE);
    broken.record.events = [{ ...broken.record.events[0], event: undefined as unknown as string[] }];
    assert.throws(() => store.addArticle(broken));
    store.addArticle(makeArticle(MINISTERS));
    store.commit();
    assert.equal(store.stats().documents, 2, 'the article that failed left nothing; the others are stored');
    // The search index (written at commit) holds exactly the stored articles: not the rolled-back one's words.
    const hits = (words: string) => store.search(words, {}, { open: '[', close: ']' }).total;
    assert.deepEqual([hits('"maize"'), hits('"commission"'), hits('"commerce"')], [1, 1, 0]);
  });
});

test('store: two outlets reporting one meeting give one corpus event with both sources and their evidence', () => {
  withTempStore((store) => {
    store.addArticle(makeArticle(HERALD));
    const lake = store.addArticle(makeArticle(LAKE));
    assert.equal(lake.merged, 2);
    const events = store.events({}, {}).items;
    assert.equal(events.length, 2);
    for (const e of events) {
      assert.equal(e.sourceCount, 2);
      assert.deepEqual(e.sources.map((s) => s.source).sort(), ['Coast Herald', 'Lake Zone Daily']);
      for (const s of e.sources) {
        const text = s.documentId === makeArticle(HERALD).record.document.id ? KE_TZ_HERALD : KE_TZ_LAKE;
        assert.equal(text.slice(s.start, s.end), s.text);
      }
    }
    const agreement = events.find((e) => e.event.includes('SUPPORT'))!;
    // The day-precision report refines the month one; types and scores combine.
    assert.equal(agreement.date, '2023-03-01');
    assert.deepEqual(agreement.event.sort(), ['AGREE', 'SUPPORT']);
    assert.equal(agreement.event_scale, 4);
  });
});

test('store: a reprint under another header is linked to the original and its events are not counted again', () => {
  withTempStore((store) => {
    store.addArticle(makeArticle(HERALD));
    const reprint = store.addArticle(makeArticle(REPRINT));
    const original = makeArticle(HERALD).record.document.id;
    assert.equal(reprint.status, 'duplicate');
    assert.equal(reprint.duplicateOf, original);
    assert.ok(reprint.similarity! >= 0.5, `similarity ${reprint.similarity}`);
    const stats = store.stats();
    assert.equal(stats.documents, 1);
    assert.equal(stats.duplicates, 1);
    assert.equal(stats.events, 2);
    assert.ok(store.events({}, {}).items.every((e) => e.sourceCount === 1));
    assert.deepEqual(store.document(original)!.copies.map((c) => c.id), [reprint.documentId]);
    // The copy stays readable and searchable, marked as a copy.
    const hits = store.search('"maize"', {}, { open: '[', close: ']' }).items;
    assert.deepEqual(hits.map((h) => h.duplicateOf).sort(), [null, original].sort());
  });
});

test('store: a copy is found among more stored articles sharing a band with it than are compared (the closest are)', () => {
  withTempStore((store) => {
    // Signatures made by hand: every article has the same first band (a shared template), the rest its own.
    const sig = (seed: number): Uint32Array => Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => (i < ROWS_PER_BAND ? 7 + i : seed * 1000 + i));
    const crowd = 2 * MAX_COPY_CANDIDATES;
    store.batch(() => {
      for (let k = 0; k < crowd; k++) {
        const stored = store.addArticle({ ...makeArticle({ text: `Harbour notice number ${k} about berths and tides.` }), signature: sig(k + 1) });
        assert.equal(stored.status, 'stored', 'one shared band of 32 is no copy');
      }
    });
    const last = makeArticle({ text: `Harbour notice number ${crowd - 1} about berths and tides.` }).record.document.id;
    const copy = store.addArticle({ ...makeArticle({ text: 'A reprint of the last harbour notice.' }), signature: sig(crowd) });
    assert.equal(copy.status, 'duplicate');
    assert.equal(copy.duplicateOf, last);
  });
});

test('store: different people meeting on the same day, or a call on another day, stay separate events', () => {
  withTempStore((store) => {
    for (const a of [HERALD, MINISTERS, CALL]) store.addArticle(makeArticle(a));
    const consult = store.events({ type: 'CONSULT' }, {}).items;
    assert.equal(consult.length, 3);
    assert.ok(consult.every((e) => e.sourceCount === 1));
  });
});

test('store: event filters (dyad in either order, country, type, quad, dates, person, document) and paging', () => {
  withTempStore((store) => {
    for (const a of [HERALD, LAKE, MINISTERS, CALL]) store.addArticle(makeArticle(a));
    const ids = (f: Parameters<Store['events']>[0]) => store.events(f, { limit: 100 }).items.map((e) => e.date);
    assert.equal(store.events({ between: ['TZA', 'KEN'] }, {}).total, 4);
    assert.equal(store.events({ between: ['KEN', 'UGA'] }, {}).total, 0);
    assert.equal(store.events({ country: 'TZA' }, {}).total, 4);
    assert.deepEqual(ids({ type: 'CONSULT', from: '2023-03-02' }), ['2023-05-09']);
    assert.deepEqual(ids({ between: ['KEN', 'TZA'], to: '2023-03-01' }).length, 3);
    assert.equal(store.events({ quad: 1, type: 'SUPPORT' }, {}).total, 1);
    assert.equal(store.events({ personId: 'person:january-makamba' }, {}).total, 1);
    assert.equal(store.events({ personId: 'person:william-ruto', type: 'CONSULT' }, {}).total, 2);
    assert.equal(store.events({ documentId: makeArticle(CALL).record.document.id }, {}).total, 1);
    const page = store.events({}, { limit: 3, offset: 3 });
    assert.equal(page.total, 4);
    assert.equal(page.items.length, 1);
    // Newest first.
    assert.deepEqual(ids({}), [...ids({})].sort().reverse());
  });
});

test('store: a month-precision date overlaps a range that starts inside the month', () => {
  withTempStore((store) => {
    store.addArticle(makeArticle({ ...LAKE, events: [{ ...LAKE.events![1] }] }));
    assert.equal(store.events({ from: '2023-03-15' }, {}).total, 1);
    assert.equal(store.events({ from: '2023-04-01' }, {}).total, 0);
    assert.equal(store.events({ to: '2023-02-28' }, {}).total, 0);
  });
});

test('store: series counts per month, quad and type; undated events are counted apart', () => {
  withTempStore((store) => {
    for (const a of [HERALD, LAKE, CALL]) store.addArticle(makeArticle(a));
    store.addArticle(makeArticle({ ...MINISTERS, events: [{ ...MINISTERS.events![0], date: null }] }));
    const counts = store.seriesCounts({ between: ['KEN', 'TZA'], by: 'month' });
    assert.deepEqual(counts.quads.map((q) => [q.period, q.quad, q.events]), [['2023-03', 1, 2], ['2023-05', 1, 1]]);
    assert.deepEqual(counts.types.filter((t) => t.period === '2023-03').map((t) => [t.type, t.events]).sort(), [['AGREE', 1], ['CONSULT', 1], ['SUPPORT', 1]]);
    assert.equal(counts.undated, 1);
    assert.equal(counts.coarser, 0);
  });
});

/** Index rows that disagree with their event on quad class, score or types (they repeat them for series). */
function staleIndexRows(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return ['corpus_event_keys', 'corpus_event_types', 'corpus_event_people'].reduce((n, table) => n + (db.prepare(`SELECT count(*) AS n
      FROM ${table} x JOIN corpus_events e ON e.id = x.corpus_event_id
      WHERE x.quad_code IS NOT e.quad_code OR x.event_scale IS NOT e.event_scale OR x.types IS NOT e.types`).get() as { n: number }).n, 0);
  } finally {
    db.close();
  }
}

/** series_counts cells that differ from counting the index tables afresh (scores compared to 1e-9). */
function staleCounts(file: string): number {
  const db = new Database(file, { readonly: true });
  const fresh = (table: string, column: string, prefix: string) => `SELECT '${prefix}' || ${column} AS key, substr(coalesce(date, ''), 1, 7) AS month,
    coalesce(quad_code, 0) AS quad_code, types, count(*) AS events, round(coalesce(sum(event_scale), 0), 9) AS score, count(event_scale) AS scored
    FROM ${table} GROUP BY 1, 2, 3, 4`;
  const all = [fresh('corpus_event_keys', 'key', 'k:'), fresh('corpus_event_types', 'type', 't:'), fresh('corpus_event_people', 'person_id', 'p:'),
    fresh('corpus_events', "''", 'all')].join(' UNION ALL ');
  const counted = `SELECT * FROM (${all})`;
  const stored = 'SELECT key, month, quad_code, types, events, round(score_sum, 9), scored FROM series_counts';
  try {
    return (db.prepare(`SELECT (SELECT count(*) FROM (${counted} EXCEPT ${stored})) + (SELECT count(*) FROM (${stored} EXCEPT ${counted})) AS n`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

test('store: index rows and monthly counts follow their event through merges, and a version-1 store gets them filled in', () => {
  withTempStore((store, file) => {
    for (const a of [HERALD, LAKE, MINISTERS, CALL]) store.addArticle(makeArticle(a));
    assert.ok(store.stats().reports > store.stats().events, 'some reports were merged');
    assert.equal(staleIndexRows(file), 0);
    assert.equal(staleCounts(file), 0);
    // A date bound makes the store walk the index instead of reading the counts: both must agree.
    const walked = store.seriesCounts({ country: 'TZA', by: 'month', from: '0000-01-01' });
    const counted = store.seriesCounts({ country: 'TZA', by: 'month' });
    assert.deepEqual({ ...walked, undated: 0 }, { ...counted, undated: 0 });
    assert.ok(counted.quads.length > 0);
    const series = (s: Store) => [
      s.seriesCounts({ country: 'TZA', by: 'month' }),
      s.seriesCounts({ type: 'CONSULT', by: 'year' }),
      s.seriesCounts({ between: ['KEN', 'TZA'], quad: 1, by: 'month' }),
      s.events({ from: '2023-03-01', to: '2023-05-31' }, {}).items.map((e) => e.id),
    ];
    const before = series(store);
    store.close();
    // What a store written by the first schema looks like: the index tables without the repeated columns, the date index by date alone, no counts.
    const db = new Database(file);
    for (const table of ['corpus_event_keys', 'corpus_event_types', 'corpus_event_people']) {
      for (const column of ['quad_code', 'event_scale', 'types']) db.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    }
    db.exec('DROP INDEX corpus_events_date_id; CREATE INDEX corpus_events_date ON corpus_events(date); DROP TABLE series_counts');
    db.exec('DROP INDEX documents_copy_lookup; CREATE INDEX person_offices_document ON person_offices(document_id)');
    db.pragma('user_version = 1');
    db.close();
    const migrated = openStore(file);
    try {
      assert.equal(staleIndexRows(file), 0);
      assert.equal(staleCounts(file), 0);
      assert.deepEqual(series(migrated), before);
    } finally {
      migrated.close();
    }
  });
});

test('store: search ranks articles, highlights matches and rejects nothing the services quote', () => {
  withTempStore((store) => {
    for (const a of [HERALD, LAKE, MINISTERS]) store.addArticle(makeArticle(a));
    const result = store.search('"interconnector"', { limit: 5 }, { open: '<<', close: '>>' });
    assert.equal(result.total, 1);
    assert.match(result.items[0].snippet, /<<interconnector>>/);
    assert.equal(result.items[0].source, 'Lake Zone Daily');
    const barriers = store.search('"barriers"', {}, { open: '<<', close: '>>' });
    assert.equal(barriers.total, 2);
    assert.ok(barriers.items[0].rank <= barriers.items[1].rank);
    // Porter stemming: "meetings" finds "meeting" and "met" does not.
    assert.equal(store.search('"meetings"', {}, { open: '', close: '' }).total, 2);
  });
});

test('store: people, their offices as articles give them, quotes and figures', () => {
  withTempStore((store) => {
    for (const a of [HERALD, LAKE, MINISTERS]) store.addArticle(makeArticle(a));
    const ruto = store.person('person:william-ruto')!;
    assert.equal(ruto.country, 'KEN');
    assert.equal(ruto.documents, 2);
    assert.deepEqual(store.offices(['person:william-ruto']).map((o) => [o.office, o.observed]).sort(), [['Kenyan President', '2023-03-02'], ['President', '2023-03-02']]);
    assert.deepEqual(store.findPeople('ruto').map((p) => p.id), ['person:william-ruto']);
    assert.equal(store.people({ country: 'TZA' }, {}).total, 2);
    assert.deepEqual(store.people({ officeWords: ['foreign', 'minister'] }, {}).items.map((p) => p.name), ['Musalia Mudavadi']);
    assert.equal(store.quotes({ personId: 'person:william-ruto' }, {}).items[0].speaker, 'William Ruto');
    assert.deepEqual(store.measures(), [{ measure: 'trade', unit: 'USD', count: 1 }]);
    assert.equal(store.figures({ measure: 'trade' }, {}).items[0].value, 1.2e9);
    const net = store.network({});
    assert.deepEqual(net.edges.map((e) => [e.source, e.target, e.weight]), [
      ['person:january-makamba', 'person:musalia-mudavadi', 1],
      ['person:samia-suluhu-hassan', 'person:william-ruto', 1],
    ]);
  });
});

test('store: exporting walks every event in date order, in chunks, once each', () => {
  withTempStore((store) => {
    store.batch(() => {
      for (let i = 0; i < 1203; i++) {
        const day = new Date(Date.UTC(2020, 0, 1) + i * 86400000).toISOString().slice(0, 10);
        store.addArticle(makeArticle({
          text: `Envoys of Kenya and Tanzania met for round ${i} of the boundary talks on ${day}.`,
          published: day,
          events: [{ type: 'CONSULT', date: day, actor: ['KEN', 'TZA'], cue: 'met for round' }],
        }));
      }
    });
    const seen = [...store.eachEvent({ between: ['KEN', 'TZA'] })];
    assert.equal(seen.length, 1203);
    assert.equal(new Set(seen.map((e) => e.id)).size, 1203);
    const dates = seen.map((e) => e.date!);
    assert.deepEqual(dates, [...dates].sort());
  });
});

test('store: a missing store opened for reading, and writes to a read-only one, are clear errors', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-store-'));
  try {
    const missing = path.join(dir, 'none.db');
    assert.throws(() => openStore(missing, { readonly: true }), (e: unknown) => e instanceof StoreError && /no store here/.test((e as Error).message));
    assert.throws(() => openStore(path.join(dir, 'no-such-folder', 'x.db')), /folder for the store does not exist/);
    const file = path.join(dir, 'x.db');
    openStore(file).close();
    const ro = openStore(file, { readonly: true });
    assert.throws(() => ro.addArticle(makeArticle(HERALD)), /read-only/);
    ro.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
