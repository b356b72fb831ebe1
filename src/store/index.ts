// The corpus store: one interface for every engine (SQLite today), used by ingest, the services,
// the command line and the HTTP API. Writes are per article and atomic; reads return plain objects.
import type {
  ArticleToStore, CorpusEvent, CorpusStats, DocumentFilter, DocumentSummary, EventFilter, FigureFilter,
  FigureRow, MeasureRow, MeetingLink, Network, NetworkFilter, OfficeObservation, Page, PageRequest,
  PersonFilter, PersonRow, ProposalRow, ProposalSpeaker, QuoteRow, SearchHit, SeriesCounts, SeriesFilter,
  StoredDocument, StoreResult,
} from './types.ts';

export type * from './types.ts';
export { openStore, StoreError, DEFAULT_STORE, type OpenOptions } from './sqlite.ts';

export interface Store {
  readonly path: string;
  readonly readonly: boolean;
  close(): void;

  // Writing: each article in its own transaction, so a killed run leaves whole articles only.
  hasDocument(id: string): boolean;
  addArticle(article: ArticleToStore): StoreResult;
  /** Runs `fn` in one transaction (bulk loads: benchmarks, imports); articles inside still merge. */
  batch<T>(fn: () => T): T;
  /**
   * Opens a transaction that stays open across awaits until commit() (ingest writes each article as it
   * comes and commits batches); each article added meanwhile is still stored whole or not at all.
   */
  begin(): void;
  commit(): void;
  /** Rolls back the open transaction, if one is open. */
  rollback(): void;

  // Reading.
  stats(): CorpusStats;
  document(id: string): StoredDocument | null;
  documents(filter: DocumentFilter, page: PageRequest): Page<DocumentSummary>;
  events(filter: EventFilter, page: PageRequest): Page<CorpusEvent>;
  event(id: string): CorpusEvent | null;
  /** Every matching corpus event in date order, one at a time (exports of any size). */
  eachEvent(filter: EventFilter): IterableIterator<CorpusEvent>;
  seriesCounts(filter: SeriesFilter): SeriesCounts;
  /** `match` is an FTS5 query (the services build it from user words); marks wrap each hit in snippets. */
  search(match: string, page: PageRequest, marks: { open: string; close: string }): Page<SearchHit>;
  people(filter: PersonFilter, page: PageRequest): Page<PersonRow>;
  person(id: string): PersonRow | null;
  aliases(personId: string): string[];
  offices(personIds: string[]): OfficeObservation[];
  /** People whose name or alias equals `name` (case-insensitive). */
  findPeople(name: string): PersonRow[];
  quotes(filter: { personId?: string; documentId?: string }, page: PageRequest): Page<QuoteRow>;
  proposals(filter: { speakerId?: string; speaker?: string }): ProposalRow[];
  proposalSpeakers(): ProposalSpeaker[];
  /** Meetings (consultation-family corpus events) the person took part in, per reporting document. */
  meetings(personId: string, documentIds: string[]): MeetingLink[];
  figures(filter: FigureFilter, page: PageRequest): Page<FigureRow>;
  measures(): MeasureRow[];
  network(filter: NetworkFilter): Network;
}
