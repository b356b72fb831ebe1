// Reads documents: one with its full text, copies and counts, or a filtered page of summaries.
import type Database from 'better-sqlite3';
import type { DocumentFilter, DocumentSummary, Page, PageRequest, StoredDocument } from './types.ts';
import { bounds, page, parseJson, Where, type Sql } from './sql.ts';

export const SUMMARY_COLUMNS = 'd.id, d.title, d.source, d.published, d.file, d.url, d.input, d.duplicate_of AS duplicateOf';

export function readDocument(sql: Sql, id: string): StoredDocument | null {
  const row = sql(`SELECT ${SUMMARY_COLUMNS}, d.canonical_url AS canonicalUrl, d.byline, d.dateline, d.published_from AS publishedFrom,
      d.language, d.body_start AS bodyStart, d.text, d.warnings, d.similarity FROM documents d WHERE d.id = ?`).get(id) as
    (Omit<StoredDocument, 'warnings' | 'copies' | 'counts'> & { warnings: string }) | undefined;
  if (!row) return null;
  const copies = sql(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.duplicate_of = ? ORDER BY d.n`).all(id) as DocumentSummary[];
  const count = (table: string): number => (sql(`SELECT count(*) AS n FROM ${table} WHERE document_id = ?`).get(id) as { n: number }).n;
  const people = (sql(`SELECT count(DISTINCT entity_id) AS n FROM mentions WHERE document_id = ? AND kind = 'person'`).get(id) as { n: number }).n;
  return {
    ...row,
    warnings: parseJson<string[]>(row.warnings, []),
    copies,
    counts: { events: count('events'), people, quotes: count('quotes'), proposals: count('proposals'), figures: count('figures') },
  };
}

export function readDocuments(db: Database.Database, filter: DocumentFilter, request: PageRequest): Page<DocumentSummary> {
  const b = bounds(request);
  const where = new Where();
  if (!filter.duplicates) where.add('d.duplicate_of IS NULL');
  if (filter.from) where.add('d.published >= ?', filter.from);
  if (filter.to) where.add('d.published <= ?', filter.to);
  if (filter.source) where.add('d.source = ? COLLATE NOCASE', filter.source);
  const total = (db.prepare(`SELECT count(*) AS n FROM documents d ${where}`).get(...where.params) as { n: number }).n;
  const items = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d ${where} ORDER BY d.published DESC, d.n LIMIT ? OFFSET ?`)
    .all(...where.params, b.limit, b.offset) as DocumentSummary[];
  return page(items, total, b);
}
