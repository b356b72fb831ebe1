// Reads what people said: quotes, enumerated proposals with their speakers, and the meetings
// (CONSULT corpus events) a speaker's proposals were made at.
import type Database from 'better-sqlite3';
import type { MeetingLink, Page, PageRequest, ProposalRow, ProposalSpeaker, QuoteRow } from './types.ts';
import { bounds, page, Where, type Sql } from './sql.ts';

const DOC = 'd.title, d.source, d.published';

export function readQuotes(db: Database.Database, filter: { personId?: string; documentId?: string }, request: PageRequest): Page<QuoteRow> {
  const b = bounds(request);
  const where = new Where().add('d.duplicate_of IS NULL');
  if (filter.personId) where.add('q.speaker_id = ?', filter.personId);
  if (filter.documentId) where.add('q.document_id = ?', filter.documentId);
  const from = 'FROM quotes q JOIN documents d ON d.id = q.document_id';
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${where}`).get(...where.params) as { n: number }).n;
  const items = db.prepare(`SELECT q.document_id AS documentId, ${DOC}, q.speaker, q.speaker_id AS speakerId,
      q.speaker_organization AS speakerOrganization, q.text, q.start, q.end, q.rule
    ${from} ${where} ORDER BY d.published DESC, d.n, q.seq LIMIT ? OFFSET ?`).all(...where.params, b.limit, b.offset) as QuoteRow[];
  return page(items, total, b);
}

/** A speaker's proposals (originals only) in date order, each with the text up to the next item. */
export function readProposals(db: Database.Database, filter: { speakerId?: string; speaker?: string }): ProposalRow[] {
  const where = new Where().add('d.duplicate_of IS NULL');
  if (filter.speakerId) where.add('p.speaker_id = ?', filter.speakerId);
  if (filter.speaker) where.add('p.speaker = ? COLLATE NOCASE', filter.speaker);
  return db.prepare(`SELECT p.document_id AS documentId, ${DOC}, p.speaker, p.speaker_id AS speakerId, p.ordinal, p.text, p.theme,
      p.start, p.end, p.rule,
      substr(d.text, p.start + 1, coalesce((SELECT min(n.start) FROM proposals n WHERE n.document_id = p.document_id AND n.start > p.start),
        p.end + 1500) - p.start) AS context
    FROM proposals p JOIN documents d ON d.id = p.document_id ${where} ORDER BY d.published, d.n, p.seq`).all(...where.params) as ProposalRow[];
}

export function readProposalSpeakers(sql: Sql): ProposalSpeaker[] {
  return sql(`SELECT p.speaker, p.speaker_id AS speakerId, count(*) AS proposals, count(DISTINCT p.document_id) AS documents
    FROM proposals p JOIN documents d ON d.id = p.document_id
    WHERE d.duplicate_of IS NULL AND p.speaker IS NOT NULL GROUP BY p.speaker, p.speaker_id ORDER BY proposals DESC, p.speaker`).all() as ProposalSpeaker[];
}

export function readMeetings(sql: Sql, personId: string, documentIds: string[]): MeetingLink[] {
  const out: MeetingLink[] = [];
  for (const docId of documentIds) {
    const rows = sql(`SELECT ev.document_id AS documentId, ce.id AS corpusEventId, ce.date FROM events ev
      JOIN corpus_events ce ON ce.id = ev.corpus_event_id
      JOIN corpus_event_people p ON p.corpus_event_id = ce.id AND p.person_id = ?
      JOIN corpus_event_types t ON t.corpus_event_id = ce.id AND t.type = 'CONSULT'
      WHERE ev.document_id = ? ORDER BY ce.source_count DESC, ev.start`).all(personId, docId) as MeetingLink[];
    out.push(...rows);
  }
  return out;
}
