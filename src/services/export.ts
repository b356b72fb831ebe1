// Corpus events as exchange records: PLOVER JSON (one object per line, the manual's field names)
// and flat rows for CSV.
import type { EventEntity } from '../core/types.ts';
import type { CorpusEvent } from '../store/index.ts';

/** A PLOVER record; `cite_info` lists every article that reports the event, with its evidence span. */
export interface PloverRecord {
  id: string;
  date: string | null;
  actor: EventEntity[];
  recipient: EventEntity[];
  event: string[];
  mode: string[];
  context: string[];
  event_loc: { name: string; country: string | null } | null;
  event_text: string[];
  quad_code: number | null;
  event_scale: number | null;
  cite_info: { documentId: string; title: string | null; source: string | null; published: string | null; url: string | null; start: number; end: number; rule: string | null }[];
  coder: string;
}

export function toPlover(e: CorpusEvent): PloverRecord {
  return {
    id: e.id,
    date: e.date,
    actor: e.actor,
    recipient: e.recipient,
    event: e.event,
    mode: e.mode,
    context: e.context,
    event_loc: e.event_loc,
    event_text: [...new Set(e.sources.map((s) => s.text))],
    quad_code: e.quad_code,
    event_scale: e.event_scale,
    cite_info: e.sources.map((s) => ({
      documentId: s.documentId, title: s.title, source: s.source, published: s.published, url: s.url, start: s.start, end: s.end, rule: s.rule,
    })),
    coder: 'dyad',
  };
}

export const EVENT_COLUMNS = [
  'id', 'date', 'event', 'mode', 'quad_code', 'event_scale', 'actor', 'actor_codes', 'recipient', 'recipient_codes',
  'location', 'sources', 'source_documents', 'evidence',
] as const;

export type EventRow = Record<(typeof EVENT_COLUMNS)[number], string | number | null>;

const names = (list: EventEntity[]): string => list.map((x) => x.identifier_text || x.code).join('; ');
const codes = (list: EventEntity[]): string => [...new Set(list.map((x) => x.code))].join('; ');

/** One flat row per event; lists are joined with "; ". */
export function toRow(e: CorpusEvent): EventRow {
  return {
    id: e.id,
    date: e.date,
    event: e.event.join('; '),
    mode: e.mode.join('; '),
    quad_code: e.quad_code,
    event_scale: e.event_scale,
    actor: names(e.actor),
    actor_codes: codes(e.actor),
    recipient: names(e.recipient),
    recipient_codes: codes(e.recipient),
    location: e.event_loc ? e.event_loc.name : null,
    sources: e.sourceCount,
    source_documents: e.sources.map((s) => s.documentId).join('; '),
    evidence: e.sources[0]?.text ?? null,
  };
}
