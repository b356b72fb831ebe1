// Hand-built records for store and service tests: each test states the extraction it assumes, so
// the tests do not depend on how far the extraction stages have come.
import type { DyadRecord, EventEntity, Person, PloverEvent } from '../core/types.ts';
import { signature } from '../corpus/minhash.ts';
import { documentId } from '../services/extract.ts';
import type { ArticleToStore } from './types.ts';

export interface EventSpec {
  type: string | string[];
  date: string | null;
  actor: string[];
  recipient?: string[];
  mode?: string[];
  quad?: number;
  scale?: number;
  /** Evidence: the first occurrence of this text in the article. */
  cue: string;
}

export interface ArticleSpec {
  text: string;
  title?: string;
  source?: string;
  published?: string | null;
  /** "Name|ISO3|office; office" */
  people?: string[];
  events?: EventSpec[];
  quotes?: { speaker: string; text: string }[];
  proposals?: { speaker: string; ordinal: number; text: string; theme?: string | null }[];
  figures?: { measure: string; value: number; unit: string; period: string | null; text: string }[];
  input?: string;
}

const pid = (name: string): string => 'person:' + name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function span(text: string, cue: string): { start: number; end: number } {
  const start = text.indexOf(cue);
  if (start < 0) throw new Error(`fixture: "${cue}" is not in the text`);
  return { start, end: start + cue.length };
}

/** A record as the pipeline would give it, from a compact description. */
export function makeRecord(spec: ArticleSpec): DyadRecord {
  const id = documentId(spec.text);
  const people: Person[] = (spec.people ?? []).map((p) => {
    const [name, country, offices = ''] = p.split('|');
    const s = span(spec.text, name);
    return {
      id: pid(name), name, country: country || null, offices: offices ? offices.split(';').map((o) => o.trim()) : [],
      aliases: [name.split(' ').at(-1)!], mentions: [{ ...s, rule: 'fixture' }],
    };
  });
  const entity = (who: string): EventEntity => {
    const person = people.find((p) => p.name === who);
    return person
      ? { code: person.country ?? 'UNK', sector: 'GOV', entity_text: who, identifier_text: who }
      : { code: who, sector: null, entity_text: who, identifier_text: who };
  };
  const events: PloverEvent[] = (spec.events ?? []).map((e, i) => {
    const s = span(spec.text, e.cue);
    return {
      id: `${id}-e${i + 1}`, date: e.date, event: Array.isArray(e.type) ? e.type : [e.type], mode: e.mode ?? [], context: [],
      actor: e.actor.map(entity), recipient: (e.recipient ?? []).map(entity), event_loc: null, event_text: [e.cue],
      quad_code: e.quad ?? 1, event_scale: e.scale ?? 3, text_info: { sequence: 0, ...s }, rule: 'fixture', confidence: 0.9,
    };
  });
  return {
    document: {
      id, file: spec.input ?? null, title: spec.title ?? null, source: spec.source ?? null, published: spec.published ?? null,
      publishedFrom: spec.published ? 'header' : null, dateline: null, byline: null, language: 'en', url: null, warnings: [],
    },
    people,
    organizations: [],
    places: [],
    events,
    quotes: (spec.quotes ?? []).map((q) => ({ ...span(spec.text, q.text), rule: 'fixture', speaker: q.speaker, speakerId: pid(q.speaker), text: q.text })),
    proposals: (spec.proposals ?? []).map((p) => ({
      ...span(spec.text, p.text), rule: 'fixture', speaker: p.speaker, speakerId: pid(p.speaker), ordinal: p.ordinal, text: p.text, theme: p.theme ?? null,
    })),
    figures: (spec.figures ?? []).map((f) => ({ ...span(spec.text, f.text), rule: 'fixture', measure: f.measure, value: f.value, unit: f.unit, period: f.period, qualifier: 'exact' as const, text: f.text })),
  };
}

/** The record ready for `store.addArticle`, with its body signature (the whole text is body here). */
export function makeArticle(spec: ArticleSpec): ArticleToStore {
  return { record: makeRecord(spec), text: spec.text, input: spec.input ?? null, bodyStart: 0, signature: signature(spec.text) };
}
