// One event, many reports: decides whether an event read in one article is the same occurrence as
// a corpus event already built from other articles (same type family, compatible date precision,
// same participants), and how the merged event's facts grow as reports are added.
import type { DyadRecord, PloverEvent } from '../core/types.ts';
import { familiesOf, type CorpusLexicon } from '../lexicon/corpus.ts';

/** What merging compares; every list is sorted and without repeats. */
export interface EventFacts {
  families: string[];
  /** YYYY-MM-DD, YYYY-MM or YYYY; null never merges. */
  date: string | null;
  /** ISO3 codes (or "IGO") of every participant, actor and recipient alike. */
  countries: string[];
  /** Named participants as "CODE/person-id" ("VNM/person:to-lam"): a person and the side they are on. */
  persons: string[];
  modes: string[];
}

const uniq = (xs: Iterable<string>): string[] => [...new Set(xs)].filter(Boolean).sort();

/** Reads an extracted event's facts; participants that name a person of the record get its id. */
export function eventFacts(event: PloverEvent, record: DyadRecord, lex: CorpusLexicon): EventFacts {
  const personByName = new Map(record.people.map((p) => [p.name, p.id]));
  const entities = [...event.actor, ...event.recipient];
  return {
    families: familiesOf(event.event, lex),
    date: event.date,
    countries: uniq(entities.map((e) => e.code)),
    persons: uniq(entities.map((e) => (personByName.has(e.identifier_text) ? `${e.code}/${personByName.get(e.identifier_text)}` : ''))),
    modes: uniq(event.mode),
  };
}

/** "2025-04-14" and "2025-04" can be one event (the coarser date contains the finer one). */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/** The more precise of two compatible dates. */
export function finerDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length ? b : a;
}

const intersects = (a: string[], b: string[]): boolean => a.some((x) => b.includes(x));
const subset = (a: string[], b: string[]): boolean => a.every((x) => b.includes(x));

/**
 * Participants agree when the country sets are equal, or when one report names more parties
 * than the other but both name at least the same two.
 */
export function countriesCompatible(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return subset(small, large) && (small.length >= 2 || small.length === large.length);
}

/**
 * Named people agree unless, for some country, both reports name its participants and no one in
 * common: Xi meeting To Lam and Xi meeting Pham Minh Chinh on one day are two meetings.
 */
export function personsCompatible(a: string[], b: string[]): boolean {
  const side = (list: string[]) => {
    const bySide = new Map<string, string[]>();
    for (const p of list) {
      const code = p.slice(0, p.indexOf('/'));
      bySide.set(code, [...(bySide.get(code) ?? []), p]);
    }
    return bySide;
  };
  const sb = side(b);
  for (const [code, people] of side(a)) {
    const other = sb.get(code);
    if (other && !intersects(people, other)) return false;
  }
  return true;
}

/** The person id of a "CODE/person-id" participant. */
export function personOf(participant: string): string {
  return participant.slice(participant.indexOf('/') + 1);
}

/**
 * How well a new report fits a corpus event, or null when it cannot be the same occurrence.
 * Named people and modes must not contradict (two ministers meeting the same day are two events;
 * a phone call is not a visit); when one report leaves them out, they do not count against it.
 */
export function matchScore(report: EventFacts, candidate: EventFacts): number | null {
  if (!intersects(report.families, candidate.families)) return null;
  if (!datesCompatible(report.date, candidate.date)) return null;
  if (!countriesCompatible(report.countries, candidate.countries)) return null;
  if (!personsCompatible(report.persons, candidate.persons)) return null;
  if (report.modes.length && candidate.modes.length && !intersects(report.modes, candidate.modes)) return null;
  let score = 1;
  if (report.date === candidate.date) score += 2;
  if (intersects(report.modes, candidate.modes)) score += 2;
  score += Math.min(3, report.persons.filter((p) => candidate.persons.includes(p)).length);
  if (report.countries.length === candidate.countries.length) score += 1;
  return score;
}

/** The best-fitting candidate; on equal scores the first (the oldest corpus event). */
export function bestMatch<T extends { facts: EventFacts }>(report: EventFacts, candidates: T[]): T | null {
  let best: T | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    const score = matchScore(report, c.facts);
    if (score !== null && score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The corpus event's facts once one more report has joined it. */
export function mergeFacts(a: EventFacts, b: EventFacts): EventFacts {
  return {
    families: uniq([...a.families, ...b.families]),
    date: finerDate(a.date, b.date),
    countries: uniq([...a.countries, ...b.countries]),
    persons: uniq([...a.persons, ...b.persons]),
    modes: uniq([...a.modes, ...b.modes]),
  };
}

/** Index keys for finding candidates: every pair of participant countries ("CHN|VNM"), or the one country. */
export function dyadKeys(countries: string[]): string[] {
  if (countries.length === 1) return [countries[0]];
  const keys: string[] = [];
  for (let i = 0; i < countries.length; i++) {
    for (let j = i + 1; j < countries.length; j++) keys.push(`${countries[i]}|${countries[j]}`);
  }
  return keys;
}

/** Dates that may hold events compatible with `date`: its coarser forms, and everything under it. */
export function dateRange(date: string): { coarser: string[]; prefix: string } {
  const coarser = [date.slice(0, 4), date.slice(0, 7), date].filter((d, i, all) => d.length <= date.length && all.indexOf(d) === i);
  return { coarser, prefix: date };
}
