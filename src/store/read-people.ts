// Reads people: filtered pages, aliases, the offices articles gave them, and who met whom.
import type Database from 'better-sqlite3';
import type { Network, NetworkFilter, OfficeObservation, Page, PageRequest, PersonFilter, PersonRow } from './types.ts';
import { bounds, page, Where, type Sql } from './sql.ts';

/** Articles (originals only) that mention the person. */
const DOCUMENTS = `(SELECT count(DISTINCT m.document_id) FROM mentions m JOIN documents d ON d.id = m.document_id
  WHERE m.kind = 'person' AND m.entity_id = p.id AND d.duplicate_of IS NULL)`;
const COLUMNS = `p.id, p.name, p.country, p.sector, ${DOCUMENTS} AS documents`;

/** A LIKE pattern matching `s` anywhere (LIKE is case-insensitive for ASCII). */
function likeAnywhere(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Most-mentioned first, then by name. */
export function readPeople(db: Database.Database, filter: PersonFilter, request: PageRequest): Page<PersonRow> {
  const b = bounds(request);
  const where = new Where();
  if (filter.country) where.add('p.country = ?', filter.country.toUpperCase());
  if (filter.name) {
    const like = likeAnywhere(filter.name);
    where.add(`(p.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM person_aliases a WHERE a.person_id = p.id AND a.alias LIKE ? ESCAPE '\\'))`, like, like);
  }
  if (filter.officeWords?.length) {
    where.add(`EXISTS (SELECT 1 FROM person_offices o WHERE o.person_id = p.id AND ${filter.officeWords.map(() => "o.office LIKE ? ESCAPE '\\'").join(' AND ')})`,
      ...filter.officeWords.map(likeAnywhere));
  }
  const total = (db.prepare(`SELECT count(*) AS n FROM people p ${where}`).get(...where.params) as { n: number }).n;
  const items = db.prepare(`SELECT ${COLUMNS} FROM people p ${where} ORDER BY documents DESC, p.name LIMIT ? OFFSET ?`)
    .all(...where.params, b.limit, b.offset) as PersonRow[];
  return page(items, total, b);
}

export function readPerson(sql: Sql, id: string): PersonRow | null {
  return (sql(`SELECT ${COLUMNS} FROM people p WHERE p.id = ?`).get(id) as PersonRow | undefined) ?? null;
}

export function findPeople(sql: Sql, name: string): PersonRow[] {
  return sql(`SELECT ${COLUMNS} FROM people p WHERE p.name = ? COLLATE NOCASE
    OR p.id IN (SELECT person_id FROM person_aliases WHERE alias = ? COLLATE NOCASE) ORDER BY documents DESC, p.name`).all(name, name) as PersonRow[];
}

export function readAliases(sql: Sql, personId: string): string[] {
  return (sql('SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias').all(personId) as { alias: string }[]).map((r) => r.alias);
}

export function readOffices(sql: Sql, personIds: string[]): OfficeObservation[] {
  const out: OfficeObservation[] = [];
  for (const id of personIds) {
    const rows = sql(`SELECT o.person_id AS personId, o.office, o.observed, o.document_id AS documentId, o.known
      FROM person_offices o JOIN documents d ON d.id = o.document_id
      WHERE o.person_id = ? AND d.duplicate_of IS NULL ORDER BY o.observed, d.n`).all(id) as (Omit<OfficeObservation, 'known'> & { known: number })[];
    for (const r of rows) out.push({ ...r, known: r.known === 1 });
  }
  return out;
}

/** Who met whom: people of different countries taking part in the same CONSULT event. */
export function readNetwork(db: Database.Database, filter: NetworkFilter): Network {
  const where = new Where();
  let join = '';
  const params: unknown[] = [];
  if (filter.between) {
    join = 'JOIN corpus_event_keys k ON k.corpus_event_id = a.corpus_event_id AND k.key = ?';
    params.push([...filter.between].sort().join('|'));
  }
  if (filter.from) where.add('a.date >= ?', filter.from);
  if (filter.to) where.add("a.date <= ? AND a.date <> ''", filter.to);
  const meetings = `SELECT a.person_id, a.corpus_event_id FROM corpus_event_people a
    JOIN corpus_event_types t ON t.corpus_event_id = a.corpus_event_id AND t.type = 'CONSULT' ${join} ${where}`;
  const all = [...params, ...where.params];
  const edges = db.prepare(`WITH m AS (${meetings})
    SELECT x.person_id AS source, y.person_id AS target, count(*) AS weight
    FROM m x JOIN m y ON y.corpus_event_id = x.corpus_event_id AND y.person_id > x.person_id
    JOIN people px ON px.id = x.person_id JOIN people py ON py.id = y.person_id
    WHERE px.country IS NULL OR py.country IS NULL OR px.country <> py.country
    GROUP BY x.person_id, y.person_id ORDER BY weight DESC, source, target`).all(...all) as Network['edges'];
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = (db.prepare(`WITH m AS (${meetings})
    SELECT p.id, p.name, p.country, count(DISTINCT m.corpus_event_id) AS meetings FROM m JOIN people p ON p.id = m.person_id
    GROUP BY p.id ORDER BY meetings DESC, p.name`).all(...all) as Network['nodes']).filter((n) => linked.has(n.id));
  return { nodes, edges };
}
