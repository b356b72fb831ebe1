// Reads corpus events: filtered pages, one event with its sources, all of them for export, and the
// per-period counts behind series. Every filtered read walks one index table in date order.
import type Database from 'better-sqlite3';
import type { EventEntity } from '../core/types.ts';
import type { CorpusEvent, EventFilter, EventSource, Page, PageRequest, SeriesCounts, SeriesFilter } from './types.ts';
import { bounds, page, parseJson, Where, type Sql } from './sql.ts';

interface Plan {
  /** FROM clause; `x.date` is the event date ('' or NULL when undated) and `id` expression names the event. */
  from: string;
  id: string;
  where: Where;
  /** The series_counts key that counts exactly these events, when the filter is one index key alone. */
  countsKey: string | null;
}

/** Picks the most selective index for the filter and turns the other filters into conditions. */
function plan(filter: EventFilter): Plan {
  const where = new Where();
  let from: string;
  let id = 'x.corpus_event_id';
  let countsKey: string | null;
  const between = filter.between && filter.between[0] !== filter.between[1] ? [...filter.between].sort().join('|') : null;
  const country = filter.country ?? (filter.between && !between ? filter.between[0] : undefined);
  if (between) {
    from = 'corpus_event_keys x';
    where.add('x.key = ?', between);
    countsKey = country ? null : 'k:' + between;
    if (country) where.add(`EXISTS (SELECT 1 FROM corpus_event_keys c WHERE c.corpus_event_id = x.corpus_event_id AND c.key = ?)`, country);
  } else if (country) {
    from = 'corpus_event_keys x';
    where.add('x.key = ?', country);
    countsKey = 'k:' + country;
  } else if (filter.personId) {
    from = 'corpus_event_people x';
    where.add('x.person_id = ?', filter.personId);
    countsKey = 'p:' + filter.personId;
  } else if (filter.type) {
    from = 'corpus_event_types x';
    where.add('x.type = ?', filter.type);
    countsKey = 't:' + filter.type;
  } else {
    from = 'corpus_events x';
    id = 'x.id';
    countsKey = 'all';
  }
  const keyConditions = where.parts.length;
  if (filter.personId && !from.startsWith('corpus_event_people')) {
    where.add(`EXISTS (SELECT 1 FROM corpus_event_people p WHERE p.corpus_event_id = ${id} AND p.person_id = ?)`, filter.personId);
  }
  if (filter.type && !from.startsWith('corpus_event_types')) {
    where.add(`EXISTS (SELECT 1 FROM corpus_event_types t WHERE t.corpus_event_id = ${id} AND t.type = ?)`, filter.type);
  }
  if (filter.quad !== undefined) where.add('x.quad_code = ?', filter.quad);
  if (filter.documentId) where.add(`EXISTS (SELECT 1 FROM events r WHERE r.corpus_event_id = ${id} AND r.document_id = ?)`, filter.documentId);
  // A date of coarser precision is in range when its month or year overlaps the range.
  if (filter.from) where.add('(x.date >= ? OR x.date IN (?, ?))', filter.from, filter.from.slice(0, 4), filter.from.slice(0, 7));
  if (filter.to) where.add("x.date <= ? AND x.date <> ''", filter.to);
  // Any further condition: the counts do not apply.
  if (where.parts.length > keyConditions) countsKey = null;
  return { from, id, where, countsKey };
}

/** A row of corpus_events as the readers use it (write.ts adds the facts merging compares). */
export interface CorpusEventRow {
  id: string;
  date: string | null;
  types: string;
  mode: string;
  context: string;
  actor: string;
  recipient: string;
  event_loc: string | null;
  quad_code: number | null;
  event_scale: number | null;
  source_count: number;
}

function toEvent(sql: Sql, row: CorpusEventRow): CorpusEvent {
  const sources = sql(`SELECT ev.id AS eventId, ev.document_id AS documentId, d.title, d.source, d.published, d.url, ev.date,
      ev.start, ev.end, ev.rule, ev.confidence, substr(d.text, ev.start + 1, ev.end - ev.start) AS text
    FROM events ev JOIN documents d ON d.id = ev.document_id WHERE ev.corpus_event_id = ? ORDER BY d.published, d.n`).all(row.id) as EventSource[];
  return {
    id: row.id,
    date: row.date,
    event: parseJson<string[]>(row.types, []),
    mode: parseJson<string[]>(row.mode, []),
    context: parseJson<string[]>(row.context, []),
    actor: parseJson<EventEntity[]>(row.actor, []),
    recipient: parseJson<EventEntity[]>(row.recipient, []),
    event_loc: parseJson(row.event_loc, null),
    quad_code: row.quad_code,
    event_scale: row.event_scale,
    sourceCount: row.source_count,
    sources,
  };
}

export function readEvent(sql: Sql, id: string): CorpusEvent | null {
  const row = sql('SELECT * FROM corpus_events WHERE id = ?').get(id) as CorpusEventRow | undefined;
  return row ? toEvent(sql, row) : null;
}

/** Newest first; undated events last. */
export function readEvents(db: Database.Database, sql: Sql, filter: EventFilter, request: PageRequest): Page<CorpusEvent> {
  const b = bounds(request);
  const p = plan(filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM ${p.from} ${p.where}`).get(...p.where.params) as { n: number }).n;
  const ids = db.prepare(`SELECT ${p.id} AS id FROM ${p.from} ${p.where} ORDER BY x.date DESC, ${p.id} DESC LIMIT ? OFFSET ?`)
    .all(...p.where.params, b.limit, b.offset) as { id: string }[];
  return page(ids.map((r) => readEvent(sql, r.id)!), total, b);
}

/** Oldest first, read in chunks by key (date, id), so an export never holds the corpus in memory. */
export function* eachEvent(db: Database.Database, sql: Sql, filter: EventFilter): IterableIterator<CorpusEvent> {
  const p = plan(filter);
  const dateExpr = "coalesce(x.date, '')";
  const chunk = db.prepare(`SELECT ${p.id} AS id, ${dateExpr} AS date FROM ${p.from} ${p.where.toString() || 'WHERE 1'}
    AND (${dateExpr}, ${p.id}) > (?, ?) ORDER BY ${dateExpr}, ${p.id} LIMIT 500`);
  let after: [string, string] = ['', ''];
  for (;;) {
    const rows = chunk.all(...p.where.params, ...after) as { id: string; date: string }[];
    if (rows.length === 0) return;
    for (const r of rows) yield readEvent(sql, r.id)!;
    const last = rows[rows.length - 1];
    after = [last.date, last.id];
  }
}

type CountRow = SeriesCounts['quads'][number] & { month: string; types: string };

/**
 * Per-period counts: from series_counts when the filter is one index key over all dates (a few rows a
 * month), else from one walk of the filter's index (its rows repeat each event's quad class, score and
 * types), grouped by month in either case and then by the period asked for.
 */
export function readSeriesCounts(db: Database.Database, filter: SeriesFilter): SeriesCounts {
  const p = plan(filter);
  const groups = (p.countsKey
    ? db.prepare(`SELECT month, nullif(quad_code, 0) AS quad, types, events, score_sum AS scoreSum, scored FROM series_counts WHERE key = ?`).all(p.countsKey)
    : db.prepare(`SELECT substr(coalesce(x.date, ''), 1, 7) AS month, x.quad_code AS quad, x.types, count(*) AS events,
        coalesce(sum(x.event_scale), 0) AS scoreSum, count(x.event_scale) AS scored
      FROM ${p.from} ${p.where} GROUP BY month, quad, x.types`).all(...p.where.params)) as CountRow[];
  const len = filter.by === 'year' ? 4 : 7;
  const counts: SeriesCounts = { quads: [], types: [], undated: 0, coarser: 0 };
  const quads = new Map<string, SeriesCounts['quads'][number]>();
  const types = new Map<string, SeriesCounts['types'][number]>();
  for (const g of groups) {
    if (g.month.length < len) {
      if (g.month.length === 0) counts.undated += g.events;
      else counts.coarser += g.events;
      continue;
    }
    const period = g.month.slice(0, len);
    const q = quads.get(`${period}|${g.quad}`);
    if (q) {
      q.events += g.events;
      q.scoreSum += g.scoreSum;
      q.scored += g.scored;
    } else quads.set(`${period}|${g.quad}`, { period, quad: g.quad, events: g.events, scoreSum: g.scoreSum, scored: g.scored });
    for (const type of parseJson<string[]>(g.types, [])) {
      const t = types.get(`${period}|${type}`);
      if (t) t.events += g.events;
      else types.set(`${period}|${type}`, { period, type, events: g.events });
    }
  }
  const byPeriod = <T extends { period: string }>(m: Map<string, T>) => [...m.values()].sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : 0));
  counts.quads = byPeriod(quads);
  counts.types = byPeriod(types);
  return counts;
}
