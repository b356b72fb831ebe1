// Reads figures (quantities with their measure, unit and period) and the list of measures.
import type Database from 'better-sqlite3';
import type { FigureFilter, FigureRow, MeasureRow, Page, PageRequest } from './types.ts';
import { bounds, page, Where, type Sql } from './sql.ts';

export function readFigures(db: Database.Database, filter: FigureFilter, request: PageRequest): Page<FigureRow> {
  const b = bounds(request);
  const where = new Where().add('d.duplicate_of IS NULL');
  if (filter.measure) where.add('f.measure = ? COLLATE NOCASE', filter.measure);
  if (filter.unit) where.add('f.unit = ?', filter.unit);
  if (filter.documentId) where.add('f.document_id = ?', filter.documentId);
  const from = 'FROM figures f JOIN documents d ON d.id = f.document_id';
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${where}`).get(...where.params) as { n: number }).n;
  const items = db.prepare(`SELECT f.document_id AS documentId, d.title, d.source, d.published, f.measure, f.value, f.unit, f.period,
      f.qualifier, f.text, f.start, f.end, f.rule ${from} ${where}
    ORDER BY coalesce(f.period, d.published), d.n, f.seq LIMIT ? OFFSET ?`).all(...where.params, b.limit, b.offset) as FigureRow[];
  return page(items, total, b);
}

export function readMeasures(sql: Sql): MeasureRow[] {
  return sql(`SELECT f.measure, f.unit, count(*) AS count FROM figures f JOIN documents d ON d.id = f.document_id
    WHERE d.duplicate_of IS NULL GROUP BY f.measure, f.unit ORDER BY count DESC, f.measure`).all() as MeasureRow[];
}
