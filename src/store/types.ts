// The shapes that go in and out of a Store: plain, JSON-able objects shared by the services, the
// command line and the HTTP API.
import type { DyadRecord, EventEntity } from '../core/types.ts';

/** One page of a list: `items` is the page, `total` counts every match. */
export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface PageRequest {
  limit?: number;
  offset?: number;
}

/** An extracted article on its way into the store. */
export interface ArticleToStore {
  record: DyadRecord;
  /** The text every offset of the record points into. */
  text: string;
  /** Where it was read: a path, "path:line" or "feed.xml#3". */
  input: string | null;
  url?: string | null;
  canonicalUrl?: string | null;
  /** Where the body starts after the header lines (what near-duplicate detection compares). */
  bodyStart: number;
  /** MinHash signature of the body (src/corpus/minhash.ts), or null when the body has no words. */
  signature: Uint32Array | null;
}

export interface StoreResult {
  documentId: string;
  /** "stored": new; "duplicate": new, but a republished copy of `duplicateOf`; "exists": already in the store. */
  status: 'stored' | 'duplicate' | 'exists';
  duplicateOf: string | null;
  similarity: number | null;
  /** Events the article reports; `merged` of them joined an event other articles already reported. */
  events: number;
  merged: number;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
  file: string | null;
  url: string | null;
  input: string | null;
  duplicateOf: string | null;
}

export interface StoredDocument extends DocumentSummary {
  canonicalUrl: string | null;
  byline: string | null;
  dateline: string | null;
  publishedFrom: string | null;
  language: string | null;
  bodyStart: number;
  text: string;
  warnings: string[];
  similarity: number | null;
  /** Republished copies of this article found in the store. */
  copies: DocumentSummary[];
  counts: { events: number; people: number; quotes: number; proposals: number; figures: number };
}

export interface DocumentFilter {
  from?: string;
  to?: string;
  source?: string;
  /** Include republished copies (default: only originals). */
  duplicates?: boolean;
}

export interface EventFilter {
  /** Both countries take part (in either role). */
  between?: [string, string];
  /** This country takes part. */
  country?: string;
  from?: string;
  to?: string;
  type?: string;
  quad?: number;
  /** A person id ("person:xi-jinping"); the services resolve names to ids. */
  personId?: string;
  documentId?: string;
}

/** One article's report of a corpus event: the evidence span in that article's text. */
export interface EventSource {
  eventId: string;
  documentId: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  date: string | null;
  start: number;
  end: number;
  rule: string | null;
  confidence: number | null;
  /** The evidence: the article text between start and end. */
  text: string;
}

/** A PLOVER event merged over every article that reports it. */
export interface CorpusEvent {
  id: string;
  date: string | null;
  event: string[];
  mode: string[];
  context: string[];
  actor: EventEntity[];
  recipient: EventEntity[];
  event_loc: { name: string; country: string | null } | null;
  quad_code: number | null;
  event_scale: number | null;
  /** Number of distinct articles reporting it (republished copies not counted). */
  sourceCount: number;
  sources: EventSource[];
}

export interface SeriesFilter {
  between?: [string, string];
  country?: string;
  from?: string;
  to?: string;
  type?: string;
  quad?: number;
  by: 'month' | 'year';
}

/** Raw per-period counts from the store; src/services/series.ts shapes them into rows. */
export interface SeriesCounts {
  quads: { period: string; quad: number | null; events: number; scoreSum: number; scored: number }[];
  types: { period: string; type: string; events: number }[];
  /** Matching events with no date, and with a date coarser than the period (a year in a monthly series). */
  undated: number;
  coarser: number;
}

export interface SearchHit {
  documentId: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  duplicateOf: string | null;
  /** Text around the matches, each match between the result's marks. */
  snippet: string;
  /** bm25 rank: lower is better. */
  rank: number;
}

export interface PersonFilter {
  country?: string;
  /** Matches the name or an alias, case-insensitively, anywhere in it. */
  name?: string;
  /** People an article gave an office containing every one of these words. */
  officeWords?: string[];
}

export interface PersonRow {
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
  /** Articles that mention the person. */
  documents: number;
}

/** An office as one article states it, dated by that article. */
export interface OfficeObservation {
  personId: string;
  office: string;
  observed: string | null;
  documentId: string;
  /** True when the office is the gazetteer's for that date rather than the article's own words. */
  known: boolean;
}

export interface QuoteRow {
  documentId: string;
  title: string | null;
  source: string | null;
  published: string | null;
  speaker: string | null;
  speakerId: string | null;
  speakerOrganization: string | null;
  text: string;
  start: number;
  end: number;
  rule: string | null;
}

export interface ProposalRow {
  documentId: string;
  title: string | null;
  source: string | null;
  published: string | null;
  speaker: string | null;
  speakerId: string | null;
  ordinal: number | null;
  text: string;
  theme: string | null;
  start: number;
  end: number;
  rule: string | null;
  /** The surrounding article text from the item to the next (for classifying a missing theme). */
  context: string;
}

export interface ProposalSpeaker {
  speaker: string;
  speakerId: string | null;
  proposals: number;
  documents: number;
}

/** A meeting (corpus event of the consultation family) a speaker took part in, as reported by a document. */
export interface MeetingLink {
  documentId: string;
  corpusEventId: string;
  date: string | null;
}

export interface FigureFilter {
  measure?: string;
  unit?: string;
  documentId?: string;
}

export interface FigureRow {
  documentId: string;
  title: string | null;
  source: string | null;
  published: string | null;
  measure: string;
  value: number;
  unit: string;
  period: string | null;
  qualifier: string;
  text: string;
  start: number;
  end: number;
  rule: string | null;
}

export interface MeasureRow {
  measure: string;
  unit: string;
  count: number;
}

export interface NetworkFilter {
  between?: [string, string];
  from?: string;
  to?: string;
}

export interface Network {
  nodes: { id: string; name: string; country: string | null; meetings: number }[];
  edges: { source: string; target: string; weight: number }[];
}

export interface CorpusStats {
  documents: number;
  duplicates: number;
  /** Corpus events (merged); `reports` counts the per-article events behind them. */
  events: number;
  reports: number;
  people: number;
  quotes: number;
  proposals: number;
  figures: number;
  dyads: { between: [string, string]; events: number }[];
  eventTypes: string[];
  firstDate: string | null;
  lastDate: string | null;
}
