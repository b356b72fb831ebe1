// Use case: code single sentences into PLOVER events (`dyad code`, the sentence suite, batch JSONL coding).
import { metadataDay } from '../ingest/metadata-date.ts';
import { createPipeline, STAGES, type Pipeline } from '../pipeline.ts';
import type { Stage } from '../core/stage.ts';
import type { PloverEvent } from '../core/types.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { createEventsStage } from '../stages/events/index.ts';
import { findDateline } from '../stages/document/dateline.ts';

/** A sentence is all body: no header lines or captions to look for; only the place of a dateline that opens it
 *  ("DAMASCUS -- …"), where a meeting it tells with no place of its own was held. */
const plainTextStage: Stage = {
  name: 'document',
  requires: ['text', 'document'],
  provides: ['document', 'bodyStart', 'datelineEnd', 'excluded'],
  run(doc, lexicon) {
    doc.bodyStart = 0;
    doc.excluded = [];
    const dateline = findDateline(doc.text, lexicon.document);
    doc.document.dateline = dateline?.place ?? null;
    doc.datelineEnd = dateline ? dateline.length : -1;
  },
};

// The stages a sentence needs before its events can be coded; figures and proposals are not among them.
const NEEDED = new Set(['segment', 'dates', 'geo', 'organizations', 'people', 'quotes']);

function isDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export interface SentenceCoder {
  /** Events of one sentence; `date` (YYYY-MM-DD) is its publication date, the anchor for "on Monday". */
  code(text: string, date?: string | null): PloverEvent[];
}

export function createSentenceCoder(lexicon: Lexicon = loadLexicon()): SentenceCoder {
  const stages: Stage[] = [plainTextStage, ...STAGES.filter((s) => NEEDED.has(s.name)), createEventsStage('sentence')];
  const pipeline: Pipeline = createPipeline(stages, lexicon);
  return {
    code(text, date) {
      if (date != null && !isDay(date)) {
        throw new Error(`date "${date}" is not a date in YYYY-MM-DD form`);
      }
      return pipeline.run({ text, published: date ?? null, id: 's' }).events;
    },
  };
}

export interface JsonlOutcome {
  id: unknown;
  events?: PloverEvent[];
  error?: string;
}

// Field names other event data sets use for the same things, tried in order after dyad's own.
const ID_FIELDS = ['id', 'event_id', 'story_id', 'doc_id'];
const TEXT_FIELDS = ['text', 'sentence', 'story_text'];
const DATE_FIELDS = ['date', 'publication_date', 'pub_date', 'story_date', 'event_date'];
const first = (o: Record<string, unknown>, keys: string[]): unknown => o[keys.find((k) => o[k] !== undefined && o[k] !== null) ?? keys[0]];

/**
 * Codes one input line {"id","text","date"?}; a broken line gives an error naming it, never a throw. The
 * fields may also be named as other data sets name them ("sentence", "publication_date", "story_id"), and
 * a date may carry a time ("2024-05-14T08:00:00Z") or be written "20240514" or as in RSS.
 */
export function codeJsonLine(coder: SentenceCoder, line: string, lineNo: number, defaultDate: string | null): JsonlOutcome {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `line ${lineNo}: not valid JSON (${(err as Error).message})` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { id: null, error: `line ${lineNo}: expected a JSON object {"id","text","date"?}` };
  const o = input as Record<string, unknown>;
  const id = first(o, ID_FIELDS) ?? null;
  const text = first(o, TEXT_FIELDS);
  const rawDate = first(o, DATE_FIELDS);
  if (typeof text !== 'string' || text.trim() === '') return { id, error: `line ${lineNo}: "text" must be a non-empty string` };
  if (rawDate !== undefined && rawDate !== null && typeof rawDate !== 'string') return { id, error: `line ${lineNo}: "date" must be a string YYYY-MM-DD` };
  const date = typeof rawDate === 'string' ? (metadataDay(rawDate) ?? rawDate) : null;
  try {
    return { id, events: coder.code(text, date ?? defaultDate) };
  } catch (err) {
    return { id, error: `line ${lineNo}: ${(err as Error).message}` };
  }
}
