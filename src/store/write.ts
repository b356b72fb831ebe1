// Stores one extracted article: its document and search entry, near-duplicate link, people and
// offices, events merged into corpus events, quotes, proposals and figures. The caller runs it in
// one transaction, so an article is either wholly stored or not at all.
import { createHash } from 'node:crypto';
import type { DyadRecord, PloverEvent } from '../core/types.ts';
import { BANDS, bandHashes, closestCopy, fromBlob, toBlob } from '../corpus/minhash.ts';
import { bestMatch, dateRange, dyadKeys, eventFacts, mergeFacts, personOf, type EventFacts } from '../corpus/merge.ts';
import type { CorpusLexicon } from '../lexicon/corpus.ts';
import { personId } from '../lexicon/people.ts';
import type { ArticleToStore, StoreResult } from './types.ts';
import { parseJson, type Sql } from './sql.ts';
import type { CorpusEventRow as StoredEventRow } from './read-events.ts';

/** A stored article's row in the full-text index, which indexSearch writes (see SqliteStore.addArticle). */
export interface SearchEntry {
  rowid: number | bigint;
  title: string;
  text: string;
}

/** Stores the article; its search entry is pushed on `search`, for the caller to index with indexSearch. */
export function addArticle(sql: Sql, article: ArticleToStore, lex: CorpusLexicon, search: SearchEntry[]): StoreResult {
  const { record } = article;
  const id = record.document.id;
  if (!id) throw new Error('the article has no document id');
  if (sql('SELECT 1 FROM documents WHERE id = ?').get(id)) {
    return { documentId: id, status: 'exists', duplicateOf: null, similarity: null, events: 0, merged: 0 };
  }
  const copyOf = article.signature ? findOriginal(sql, article.signature) : null;
  search.push(insertDocument(sql, article, copyOf));
  normalisePersonIds(record);
  storePeople(sql, record);
  storeOrganizations(sql, record);
  const { events, merged } = storeEvents(sql, record, copyOf !== null, lex);
  storeStatements(sql, record);
  return {
    documentId: id,
    status: copyOf ? 'duplicate' : 'stored',
    duplicateOf: copyOf?.id ?? null,
    similarity: copyOf?.similarity ?? null,
    events,
    merged,
  };
}

/**
 * Stored articles compared with a new one at most: those sharing the most bands with it. A band that
 * very many articles share (boilerplate, a template) says little of each; comparing all of them made
 * every lookup slower as the store grew (15 ms of CPU an article on a generated store of 88,000
 * articles, 8 ms with this bound). Below the bound nothing changes; above it, a copy that shares a
 * single crowded band and no other may be missed, as LSH misses some copies near the threshold anyway.
 */
export const MAX_COPY_CANDIDATES = 512;
/**
 * The stored originals that share the most bands with a signature, with their signatures, in one
 * statement. Only originals have bands, and their signatures are read from an index of their own
 * (documents_copy_lookup), not from the table, where each follows the article's text.
 */
const BAND_LOOKUP = `SELECT d.id, d.n, d.minhash FROM (
    SELECT document_id FROM document_bands WHERE ${Array.from({ length: BANDS }, () => '(band = ? AND hash = ?)').join(' OR ')}
    GROUP BY document_id ORDER BY count(*) DESC, document_id LIMIT ${MAX_COPY_CANDIDATES}
  ) AS shared
  JOIN documents AS d INDEXED BY documents_copy_lookup ON d.id = shared.document_id AND d.duplicate_of IS NULL AND d.minhash IS NOT NULL
  ORDER BY d.n`;
const BAND_INSERT = `INSERT OR IGNORE INTO document_bands (band, hash, document_id) VALUES ${Array.from({ length: BANDS }, () => '(?, ?, ?)').join(', ')}`;

/** band, hash, band, hash… for every band of the signature, and `extra` after each pair. */
function bandParams(sig: Uint32Array, ...extra: string[]): (number | string)[] {
  return bandHashes(sig).flatMap((hash, band) => [band, hash, ...extra]);
}

/**
 * The original of a republished copy: stored articles sharing an LSH band, compared by signature in
 * the order they were stored, so that the first stored wins a tie. The rows' signatures are read in
 * place (no copy, no object per candidate): a few hundred candidates an article on a large store.
 */
function findOriginal(sql: Sql, sig: Uint32Array): { id: string; similarity: number } | null {
  const rows = sql(BAND_LOOKUP).all(...bandParams(sig)) as { id: string; minhash: Buffer }[];
  const best = closestCopy(sig, rows, (row) => fromBlob(row.minhash));
  // Candidates are originals: a copy links to the first stored copy, never to another copy.
  return best ? { id: best.copy.id, similarity: best.similarity } : null;
}

function insertDocument(sql: Sql, article: ArticleToStore, copyOf: { id: string; similarity: number } | null): SearchEntry {
  const d = article.record.document;
  const info = sql(`INSERT INTO documents (id, input, file, url, canonical_url, title, source, byline, dateline, published,
      published_from, language, body_start, text, warnings, duplicate_of, similarity, minhash, ingested_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    d.id, article.input, d.file, article.url ?? d.url ?? null, article.canonicalUrl ?? null, d.title, d.source, d.byline, d.dateline,
    d.published, d.publishedFrom, d.language, article.bodyStart, article.text, JSON.stringify(d.warnings),
    copyOf?.id ?? null, copyOf?.similarity ?? null, article.signature ? toBlob(article.signature) : null, new Date().toISOString(),
  );
  // Only originals are indexed for near-duplicate lookup: a later copy then finds the original itself.
  if (article.signature && !copyOf) {
    sql(BAND_INSERT).run(...bandParams(article.signature, d.id));
  }
  return { rowid: info.lastInsertRowid, title: d.title ?? '', text: article.text };
}

/** Adds articles to the full-text index, in the order given. */
export function indexSearch(sql: Sql, entries: SearchEntry[]): void {
  const insert = sql('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)');
  for (const e of entries) insert.run(e.rowid, e.title, e.text);
}

/** People ids are global ("person:xi-jinping"); a stage that gave a local id gets the name's id. */
function normalisePersonIds(record: DyadRecord): void {
  const renamed = new Map<string, string>();
  for (const p of record.people) {
    if (!p.id.startsWith('person:')) {
      const id = personId(p.name);
      renamed.set(p.id, id);
      p.id = id;
    }
  }
  if (renamed.size === 0) return;
  for (const q of record.quotes) if (q.speakerId) q.speakerId = renamed.get(q.speakerId) ?? q.speakerId;
  for (const p of record.proposals) if (p.speakerId) p.speakerId = renamed.get(p.speakerId) ?? p.speakerId;
}

function storePeople(sql: Sql, record: DyadRecord): void {
  const docId = record.document.id;
  const observed = record.document.published;
  for (const p of record.people) {
    sql(`INSERT INTO people (id, name, country, sector) VALUES (?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET country = coalesce(people.country, excluded.country), sector = coalesce(people.sector, excluded.sector)`)
      .run(p.id, p.name, p.country, p.sector ?? null);
    for (const alias of p.aliases) {
      if (alias !== p.name) sql('INSERT OR IGNORE INTO person_aliases (person_id, alias) VALUES (?, ?)').run(p.id, alias);
    }
    const office = sql('INSERT OR IGNORE INTO person_offices (person_id, document_id, office, observed, known) VALUES (?, ?, ?, ?, ?)');
    for (const o of p.offices) office.run(p.id, docId, o, observed, 0);
    for (const o of p.knownOffices ?? []) office.run(p.id, docId, o, observed, 1);
    for (const m of p.mentions) {
      sql('INSERT OR IGNORE INTO mentions (document_id, kind, entity_id, start, end, rule) VALUES (?, ?, ?, ?, ?, ?)').run(docId, 'person', p.id, m.start, m.end, m.rule);
    }
  }
}

function storeOrganizations(sql: Sql, record: DyadRecord): void {
  const docId = record.document.id;
  for (const o of record.organizations) {
    sql(`INSERT INTO organizations (id, name, country, sector) VALUES (?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET country = coalesce(organizations.country, excluded.country)`).run(o.id, o.name, o.country, o.sector ?? null);
    for (const m of o.mentions) {
      sql('INSERT OR IGNORE INTO mentions (document_id, kind, entity_id, start, end, rule) VALUES (?, ?, ?, ?, ?, ?)').run(docId, 'organization', o.id, m.start, m.end, m.rule);
    }
  }
}

/** A corpus event as merging reads it: with the facts it compares. */
type CorpusEventRow = StoredEventRow & { facts: string };

type Candidate = Omit<CorpusEventRow, 'facts'> & { facts: EventFacts };

/**
 * Each event goes into the article's own list; unless the article is a republished copy, it also
 * joins the best-matching corpus event (at most one report per article each) or starts a new one.
 */
function storeEvents(sql: Sql, record: DyadRecord, isCopy: boolean, lex: CorpusLexicon): { events: number; merged: number } {
  const docId = record.document.id;
  const taken = new Set<string>();
  let merged = 0;
  record.events.forEach((e, i) => {
    const eventId = `${docId}:${e.id || `e${i + 1}`}`;
    let corpusId: string | null = null;
    if (!isCopy) {
      const facts = eventFacts(e, record, lex);
      const match = facts.date && facts.countries.length ? bestMatch(facts, candidates(sql, facts).filter((c) => !taken.has(c.id))) : null;
      if (match) {
        joinCorpusEvent(sql, match, e, facts);
        corpusId = match.id;
        merged++;
      } else {
        corpusId = createCorpusEvent(sql, eventId, docId, e, facts);
      }
      taken.add(corpusId);
    }
    sql(`INSERT INTO events (id, document_id, corpus_event_id, date, types, record, sentence, start, end, rule, confidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      eventId, docId, corpusId, e.date, JSON.stringify(e.event), JSON.stringify(e), e.text_info?.sequence ?? null,
      e.text_info?.start ?? 0, e.text_info?.end ?? 0, e.rule ?? null, e.confidence ?? null,
    );
  });
  return { events: record.events.length, merged };
}

function candidates(sql: Sql, facts: EventFacts): Candidate[] {
  const { coarser, prefix } = dateRange(facts.date!);
  const ids = new Set<string>();
  const marks = coarser.map(() => '?').join(', ');
  for (const key of dyadKeys(facts.countries)) {
    // Two index searches (coarser dates, then the finer ones under this date): an OR of both would scan the dyad.
    const rows = [
      ...sql(`SELECT corpus_event_id AS id FROM corpus_event_keys WHERE key = ? AND date IN (${marks})`).all(key, ...coarser),
      ...sql('SELECT corpus_event_id AS id FROM corpus_event_keys WHERE key = ? AND date > ? AND date < ?').all(key, prefix, `${prefix}~`),
    ] as { id: string }[];
    for (const r of rows) ids.add(r.id);
  }
  // In creation order, so that on equal fit the oldest corpus event wins.
  return [...ids]
    .map((id) => sql('SELECT rowid AS n, * FROM corpus_events WHERE id = ?').get(id) as CorpusEventRow & { n: number })
    .sort((a, b) => a.n - b.n)
    .map((row) => ({ ...row, facts: parseJson<EventFacts>(row.facts, { families: [], date: null, countries: [], persons: [], modes: [] }) }));
}

function createCorpusEvent(sql: Sql, eventId: string, docId: string, e: PloverEvent, facts: EventFacts): string {
  const id = 'ce_' + createHash('sha1').update(eventId).digest('hex').slice(0, 16);
  sql(`INSERT INTO corpus_events (id, date, types, mode, context, actor, recipient, event_loc, quad_code, event_scale, facts, source_count, first_document_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`).run(
    id, e.date, JSON.stringify(e.event), JSON.stringify(e.mode), JSON.stringify(e.context), JSON.stringify(e.actor),
    JSON.stringify(e.recipient), e.event_loc ? JSON.stringify(e.event_loc) : null, e.quad_code ?? null, e.event_scale ?? null,
    JSON.stringify(facts), docId,
  );
  indexCorpusEvent(sql, id, { date: e.date, types: e.event, quad: e.quad_code ?? null, scale: e.event_scale ?? null }, facts);
  return id;
}

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

/** A new report joins: finer date, more types and modes, the fuller participant lists, mean score. */
function joinCorpusEvent(sql: Sql, row: Candidate, e: PloverEvent, facts: EventFacts): void {
  const merged = mergeFacts(row.facts, facts);
  const types = union(parseJson<string[]>(row.types, []), e.event);
  const actor = parseJson<unknown[]>(row.actor, []);
  const recipient = parseJson<unknown[]>(row.recipient, []);
  const fuller = e.actor.length + e.recipient.length > actor.length + recipient.length;
  const scale = row.event_scale === null ? e.event_scale ?? null
    : e.event_scale === null || e.event_scale === undefined ? row.event_scale
    : (row.event_scale * row.source_count + e.event_scale) / (row.source_count + 1);
  sql(`UPDATE corpus_events SET date = ?, types = ?, mode = ?, context = ?, actor = ?, recipient = ?, event_loc = coalesce(event_loc, ?),
      event_scale = ?, facts = ?, source_count = source_count + 1 WHERE id = ?`).run(
    merged.date, JSON.stringify(types), JSON.stringify(union(parseJson<string[]>(row.mode, []), e.mode)),
    JSON.stringify(union(parseJson<string[]>(row.context, []), e.context)),
    fuller ? JSON.stringify(e.actor) : row.actor, fuller ? JSON.stringify(e.recipient) : row.recipient,
    e.event_loc ? JSON.stringify(e.event_loc) : null, scale, JSON.stringify(merged), row.id,
  );
  const previous = { date: row.date, types: parseJson<string[]>(row.types, []), quad: row.quad_code, scale: row.event_scale };
  indexCorpusEvent(sql, row.id, { date: merged.date, types, quad: row.quad_code, scale }, merged, previous);
}

/** What each index row repeats of its event, so that series and quad filters never look the event up. */
interface Indexed {
  date: string | null;
  types: string[];
  quad: number | null;
  scale: number | null;
}

/** An index row as series_counts counts it; `types` is the JSON list. */
interface Counted {
  date: string | null;
  quad: number | null;
  scale: number | null;
  types: string;
}

const INDEXES = [
  { table: 'corpus_event_keys', column: 'key', prefix: 'k:' },
  { table: 'corpus_event_types', column: 'type', prefix: 't:' },
  { table: 'corpus_event_people', column: 'person_id', prefix: 'p:' },
];

/** Adds (sign 1) or takes away (sign -1) one event in the monthly counts under `key`; a count of none is removed. */
function count(sql: Sql, key: string, ev: Counted, sign: 1 | -1): void {
  const cell = [key, (ev.date ?? '').slice(0, 7), ev.quad ?? 0, ev.types];
  sql(`INSERT INTO series_counts (key, month, quad_code, types, events, score_sum, scored) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT DO UPDATE SET events = events + excluded.events, score_sum = score_sum + excluded.score_sum, scored = scored + excluded.scored`)
    .run(...cell, sign, sign * (ev.scale ?? 0), ev.scale === null ? 0 : sign);
  if (sign < 0) sql('DELETE FROM series_counts WHERE key = ? AND month = ? AND quad_code = ? AND types = ? AND events <= 0').run(...cell);
}

/**
 * Rewrites the event's rows in the dyad, type and people indexes and its monthly counts (its date,
 * participants, types or score may have changed; `previous` is the event as indexed before, none when new).
 */
function indexCorpusEvent(sql: Sql, id: string, ev: Indexed, facts: EventFacts, previous: Indexed | null = null): void {
  if (previous) {
    for (const { table, column, prefix } of INDEXES) {
      const rows = sql(`DELETE FROM ${table} WHERE corpus_event_id = ? RETURNING ${column} AS k, date, quad_code AS quad, event_scale AS scale, types`)
        .all(id) as (Counted & { k: string })[];
      for (const r of rows) count(sql, prefix + r.k, r, -1);
    }
    count(sql, 'all', { ...previous, types: JSON.stringify(previous.types) }, -1);
  }
  const now: Counted = { date: ev.date, quad: ev.quad, scale: ev.scale, types: JSON.stringify(ev.types) };
  const row = [ev.date ?? '', id, ev.quad, ev.scale, now.types];
  const add = (index: (typeof INDEXES)[number], key: string) => {
    const info = sql(`INSERT OR IGNORE INTO ${index.table} (${index.column}, date, corpus_event_id, quad_code, event_scale, types) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(key, ...row);
    if (info.changes) count(sql, index.prefix + key, now, 1);
  };
  // Each pair ("CHN|VNM") for dyad queries and each country alone for one-country queries.
  for (const key of [...dyadKeys(facts.countries), ...facts.countries]) add(INDEXES[0], key);
  for (const type of ev.types) add(INDEXES[1], type);
  for (const p of facts.persons) add(INDEXES[2], personOf(p));
  count(sql, 'all', now, 1);
}

function storeStatements(sql: Sql, record: DyadRecord): void {
  const docId = record.document.id;
  record.quotes.forEach((q, i) => {
    sql(`INSERT INTO quotes (document_id, seq, speaker, speaker_id, speaker_organization, text, start, end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(docId, i, q.speaker, q.speakerId, q.speakerOrganization ?? null, q.text, q.start, q.end, q.rule);
  });
  record.proposals.forEach((p, i) => {
    sql(`INSERT INTO proposals (document_id, seq, speaker, speaker_id, ordinal, text, theme, start, end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(docId, i, p.speaker, p.speakerId, p.ordinal, p.text, p.theme ?? null, p.start, p.end, p.rule);
  });
  record.figures.forEach((f, i) => {
    // A figure that is not a finite number cannot be charted or summed; the article keeps its text.
    if (!Number.isFinite(f.value)) return;
    sql(`INSERT INTO figures (document_id, seq, measure, value, unit, period, qualifier, text, start, end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(docId, i, f.measure, f.value, f.unit, f.period, f.qualifier, f.text, f.start, f.end, f.rule);
  });
}
