// The corpus use cases in one place for the front ends (command line, HTTP API): each takes a
// Store and plain filters and returns plain JSON-able objects; lists paginate with limit/offset.
export { corpusStats, getDocument, listDocuments } from './documents.ts';
export { eachEvent, getEvent, listEvents, type EventQuery } from './events.ts';
export { eventSeries, type Series, type SeriesQuery, type SeriesRow } from './series.ts';
export { DEFAULT_MARKS, searchArticles, SearchQueryError, toFtsQuery, type SearchResult } from './search.ts';
export { getPerson, listPeople, officeHolders, peopleNetwork, type OfficeHolder, type PersonDetail, type PersonSummary } from './people.ts';
export { alignProposals, proposalSpeakers, type SpeakerAlignment } from './proposals.ts';
export { figureMeasures, listFigures } from './figures.ts';
export { EVENT_COLUMNS, toPlover, toRow, type PloverRecord } from './export.ts';
export { ingestArticle, ingestPaths, type IngestOptions, type IngestProgress, type IngestSummary } from './ingest.ts';
