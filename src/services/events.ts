// Use case: corpus events (each merged over every article reporting it) by dyad, date, type,
// quad class and person, one at a time, or as PLOVER records for export.
import type { CorpusEvent, EventFilter, Page, PageRequest, Store } from '../store/index.ts';
import { resolvePersonIds } from './people.ts';

export interface EventQuery {
  /** Both countries take part, in either role (ISO3 codes). */
  between?: [string, string];
  country?: string;
  /** Inclusive, YYYY-MM-DD; a month- or year-precision event counts when its period overlaps. */
  from?: string;
  to?: string;
  /** PLOVER type, e.g. "CONSULT". */
  type?: string;
  /** Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad?: number;
  /** A person's name, alias or id ("To Lam", "person:to-lam"). */
  person?: string;
  documentId?: string;
}

const upper = (s: string | undefined): string | undefined => s?.trim().toUpperCase() || undefined;

/** The store filter for a query, or null when it names a person the corpus does not know (no match). */
export function eventFilter(store: Store, q: EventQuery): EventFilter | null {
  const filter: EventFilter = {
    between: q.between ? [q.between[0].toUpperCase(), q.between[1].toUpperCase()] : undefined,
    country: upper(q.country),
    from: q.from || undefined,
    to: q.to || undefined,
    type: upper(q.type),
    quad: q.quad,
    documentId: q.documentId || undefined,
  };
  if (q.person?.trim()) {
    const ids = resolvePersonIds(store, q.person);
    if (ids.length === 0) return null;
    filter.personId = ids[0];
  }
  return filter;
}

/** Newest first, with each event's source articles and evidence spans. */
export function listEvents(store: Store, q: EventQuery, page: PageRequest = {}): Page<CorpusEvent> {
  const filter = eventFilter(store, q);
  if (!filter) return { total: 0, limit: page.limit ?? 50, offset: page.offset ?? 0, items: [] };
  return store.events(filter, page);
}

export function getEvent(store: Store, id: string): CorpusEvent | null {
  return store.event(id);
}

/** Every matching event, oldest first, without holding them all in memory. */
export function* eachEvent(store: Store, q: EventQuery): IterableIterator<CorpusEvent> {
  const filter = eventFilter(store, q);
  if (filter) yield* store.eachEvent(filter);
}
