// Use case: code single sentences into PLOVER events (`dyad code`, the sentence suite, batch JSONL coding).
import { createPipeline, STAGES, type Pipeline } from '../pipeline.ts';
import type { Stage } from '../core/stage.ts';
import type { PloverEvent } from '../core/types.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { createEventsStage } from '../stages/events/index.ts';

/** A sentence is all body: no header lines, captions or dateline to look for. */
const plainTextStage: Stage = {
  name: 'document',
  requires: ['text', 'document'],
  provides: ['document', 'bodyStart', 'excluded'],
  run(doc) {
    doc.bodyStart = 0;
    doc.excluded = [];
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

/** Codes one input line {"id","text","date"?}; a broken line gives an error naming it, never a throw. */
export function codeJsonLine(coder: SentenceCoder, line: string, lineNo: number, defaultDate: string | null): JsonlOutcome {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `line ${lineNo}: not valid JSON (${(err as Error).message})` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { id: null, error: `line ${lineNo}: expected a JSON object {"id","text","date"?}` };
  const { id = null, text, date } = input as { id?: unknown; text?: unknown; date?: unknown };
  if (typeof text !== 'string' || text.trim() === '') return { id, error: `line ${lineNo}: "text" must be a non-empty string` };
  if (date !== undefined && date !== null && typeof date !== 'string') return { id, error: `line ${lineNo}: "date" must be a string YYYY-MM-DD` };
  try {
    return { id, events: coder.code(text, (date as string | null | undefined) ?? defaultDate) };
  } catch (err) {
    return { id, error: `line ${lineNo}: ${(err as Error).message}` };
  }
}
