// Use case: per-dyad event counts by month or year, by PLOVER type and quad class, with the mean
// PLOVER score (event_scale) of each period.
import type { Store } from '../store/index.ts';
import { eventFilter, type EventQuery } from './events.ts';

export interface SeriesQuery extends Omit<EventQuery, 'documentId'> {
  by: 'month' | 'year';
}

export type QuadCounts = Record<'1' | '2' | '3' | '4', number>;

export interface SeriesRow {
  period: string;
  events: number;
  quads: QuadCounts;
  types: Record<string, number>;
  /** Mean event_scale of the period's events; null when it has none. */
  meanScore: number | null;
}

export interface Series {
  by: 'month' | 'year';
  between: [string, string] | null;
  /** Every period from the first to the last with events, empty ones included. */
  rows: SeriesRow[];
  totals: Omit<SeriesRow, 'period'>;
  /** Matching events the series cannot place: undated, or dated only by year in a monthly series. */
  excluded: { undated: number; coarser: number };
}

const emptyQuads = (): QuadCounts => ({ 1: 0, 2: 0, 3: 0, 4: 0 });

function nextPeriod(period: string): string {
  if (period.length === 4) return String(Number(period) + 1);
  const [y, m] = period.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** More periods than a century of months is not a chart anyone reads; only periods with events are listed then. */
const MAX_FILLED = 1200;

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function eventSeries(store: Store, q: SeriesQuery): Series {
  const between = q.between ? ([q.between[0].toUpperCase(), q.between[1].toUpperCase()] as [string, string]) : null;
  const result: Series = {
    by: q.by,
    between,
    rows: [],
    totals: { events: 0, quads: emptyQuads(), types: {}, meanScore: null },
    excluded: { undated: 0, coarser: 0 },
  };
  const filter = eventFilter(store, q);
  if (!filter) return result;
  const counts = store.seriesCounts({ ...filter, by: q.by });
  result.excluded = { undated: counts.undated, coarser: counts.coarser };
  const rows = new Map<string, SeriesRow & { scoreSum: number; scored: number }>();
  const row = (period: string) => {
    let r = rows.get(period);
    if (!r) rows.set(period, (r = { period, events: 0, quads: emptyQuads(), types: {}, meanScore: null, scoreSum: 0, scored: 0 }));
    return r;
  };
  let scoreSum = 0;
  let scored = 0;
  for (const c of counts.quads) {
    const r = row(c.period);
    r.events += c.events;
    if (c.quad !== null && c.quad >= 1 && c.quad <= 4) {
      r.quads[String(c.quad) as keyof QuadCounts] += c.events;
      result.totals.quads[String(c.quad) as keyof QuadCounts] += c.events;
    }
    r.scoreSum += c.scoreSum;
    r.scored += c.scored;
    scoreSum += c.scoreSum;
    scored += c.scored;
    result.totals.events += c.events;
  }
  for (const c of counts.types) {
    row(c.period).types[c.type] = c.events;
    result.totals.types[c.type] = (result.totals.types[c.type] ?? 0) + c.events;
  }
  result.totals.meanScore = scored ? round(scoreSum / scored) : null;
  const periods = [...rows.keys()].sort();
  if (periods.length === 0) return result;
  // Gaps are filled so that a chart's x axis is time; an absurd date range is left unfilled.
  const filled: string[] = [];
  for (let p = periods[0]; p <= periods.at(-1)! && filled.length <= MAX_FILLED; p = nextPeriod(p)) filled.push(p);
  for (const p of filled.length > MAX_FILLED ? periods : filled) {
    const r = rows.get(p);
    result.rows.push(r
      ? { period: p, events: r.events, quads: r.quads, types: r.types, meanScore: r.scored ? round(r.scoreSum / r.scored) : null }
      : { period: p, events: 0, quads: emptyQuads(), types: {}, meanScore: null });
  }
  return result;
}
