// Loads the words the dates stage needs: prepositions before bare years, period words, count nouns,
// qualifiers, and the trigger words a sentence must hold before chrono is run on it.
import { dataPath, readLines, readTsv, readYaml } from './files.ts';
import { escapeRegExp } from './regexp.ts';

export type QualifierDirection = 'future' | 'past' | 'none';

/** The days of the week, Sunday first (as Date.getUTCDay counts them). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The months, January first (as Date.UTC counts them from 0). */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export interface DatesLexicon {
  /** Words that make a following bare year a date ("in", "since"). */
  yearPrepositions: string[];
  /** Period phrases between the preposition and the year ("the end of", "early"). */
  yearPeriods: string[];
  /** Words that show a number before them counts something ("troops", "percent"). */
  countNouns: Set<string>;
  /** Words before a date that narrow it, and whether they point to the future ("later"). */
  qualifiers: Map<string, QualifierDirection>;
  /** Matches a sentence that may hold a date: a year, a numeric date or a word from date-triggers.txt. */
  trigger: RegExp;
  /** Dates counted from an earlier one (data/dates/offsets.yaml). */
  offsets: OffsetWords;
  /** Matches a word of the future (data/dates/future-markers.txt: "will", "is due to") in the words before a weekday. */
  futureMarker: RegExp;
}

export type OffsetUnit = 'day' | 'week' | 'month' | 'year';

export interface OffsetWords {
  /** "a month later", "two days earlier", "the next day", "the following week" (global, case-insensitive):
   *  group 1 the count, 2 the unit, 3 later/earlier; or 4 next/previous, 5 the unit; or 6 the unit of "later that
   *  year", "the same month" (the anchor's own). */
  pattern: RegExp;
  /** The unit each unit word of `pattern` counts in ("evening" of "the same evening" is a day). */
  unitOf: Map<string, OffsetUnit>;
  counts: Map<string, number>;
  /** Direction of a later/earlier or next/previous word: +1 or -1. */
  directions: Map<string, number>;
  /** ", a day after Ruto received …" (global, case-insensitive): group 1 the count, 2 the unit, 3 after/before,
   *  which date the clause that follows from the date before the comma. */
  clausePattern: RegExp;
  /** Direction of an after/before word as seen from the anchor: "after" puts the clause before it (-1). */
  clauseDirections: Map<string, number>;
  /** "The transfer came three days after …" at a sentence's start (case-insensitive): group 1 the count, 2 the
   *  unit, 3 after/before; the clause after it is dated from the story's day. */
  storyPattern: RegExp;
  /** "Days earlier", "weeks later" (global, case-insensitive): group 1 the plural unit, 2 later/earlier. */
  vaguePattern: RegExp;
  /** "earlier in the day", or "in the morning" (group 1 the part of the day) (global, case-insensitive): the day of
   *  a date before it in the sentence. */
  sameDayPattern: RegExp;
  /** How many days a vague plural unit may stand for, from and to. */
  vagueDays: Map<string, [number, number]>;
}

interface RawOffsets {
  counts: Record<string, number>;
  units: string[];
  later: string[];
  earlier: string[];
  next: string[];
  previous: string[];
  same: string[];
  day_parts: string[];
  vague: Record<string, [number, number]>;
  within: string[];
  after: string[];
  before: string[];
  story_verbs: string[];
}

function loadOffsets(): OffsetWords {
  const raw = readYaml<RawOffsets>(dataPath('dates', 'offsets.yaml'));
  const alt = (words: string[]) => words.map(escapeRegExp).join('|');
  const counts = new Map(Object.entries(raw.counts).map(([w, n]) => [w.toLowerCase(), n]));
  const units = alt(raw.units);
  const pattern = new RegExp(
    `\\b(?:(${alt([...counts.keys()])}|\\d{1,2})\\s+(${units})s?\\s+(${alt([...raw.later, ...raw.earlier])})|the\\s+(${alt([...raw.next, ...raw.previous])})\\s+(${units})|` +
      `(?:(?:${alt([...raw.later, ...raw.earlier])})\\s+(?:in\\s+)?)?(?:${raw.same.map((w) => w.split(/\\s+/).map(escapeRegExp).join('\\s+')).join('|')})\\s+(${alt([...raw.units, ...raw.day_parts])}))\\b`, 'gi');
  const unitOf = new Map<string, OffsetUnit>([...raw.units.map((u): [string, OffsetUnit] => [u, u as OffsetUnit]), ...raw.day_parts.map((p): [string, OffsetUnit] => [p, 'day'])]);
  const directions = new Map<string, number>();
  for (const w of [...raw.later, ...raw.next]) directions.set(w.toLowerCase(), 1);
  for (const w of [...raw.earlier, ...raw.previous]) directions.set(w.toLowerCase(), -1);
  const clausePattern = new RegExp(`,\\s*(${alt([...counts.keys()])}|\\d{1,2})\\s+(${units})s?\\s+(${alt([...raw.after, ...raw.before])})\\s+(?=[a-z]+(?:['’]s)?\\s)`, 'gi');
  const clauseDirections = new Map<string, number>();
  for (const w of raw.after) clauseDirections.set(w.toLowerCase(), -1);
  for (const w of raw.before) clauseDirections.set(w.toLowerCase(), 1);
  const vagueDays = new Map(Object.entries(raw.vague).map(([w, [from, to]]): [string, [number, number]] => {
    const days = w.toLowerCase().startsWith('week') ? 7 : 1;
    return [w.toLowerCase(), [from * days, to * days]];
  }));
  // "days later" (group 1 the unit, 2 the direction), or "within days" (group 3 the unit; later).
  const vaguePattern = new RegExp(`\\b(?:(${alt(Object.keys(raw.vague))})\\s+(${alt([...raw.later, ...raw.earlier])})|(?:${alt(raw.within)})\\s+(${alt(Object.keys(raw.vague))}))\\b`, 'gi');
  const storyPattern = new RegExp(`^\\s*(?:the|this|that|it)\\b[^,.;:]{0,40}?\\s(?:${alt(raw.story_verbs)})\\s+(${alt([...counts.keys()])}|\\d{1,2})\\s+(${units})s?\\s+(${alt([...raw.after, ...raw.before])})\\s+(?=[a-z]+(?:['’]s)?\\s)`, 'i');
  const sameDayPattern = new RegExp(`\\b(?:(?:${alt([...raw.later, ...raw.earlier])})\\s+in\\s+the\\s+day|in\\s+the\\s+(${alt(raw.day_parts)}))\\b`, 'gi');
  return { pattern, unitOf, counts, directions, clausePattern, clauseDirections, storyPattern, vaguePattern, vagueDays, sameDayPattern };
}

// A number is part of a date dyad keeps only as a four-digit year or in a numeric date (4/9, 12.05.24):
// a time of day, a count or a duration alone gives none (drop-unlikely.ts and valueOf in resolve.ts).
const DATE_DIGITS = String.raw`\d{4}|\d[/.\-]\d`;

const alternation = (lines: string[]) =>
  lines.map((line) => line.trim().toLowerCase().split(/\s+/).map(escapeRegExp).join('\\s*')).join('|');

function triggerPattern(words: string[], prefixes: string[]): RegExp {
  return new RegExp(`${DATE_DIGITS}|\\b(?:${alternation(prefixes)})?(?:${alternation(words)})\\b`, 'i');
}

export function loadDates(): DatesLexicon {
  const qualifiers = new Map<string, QualifierDirection>();
  for (const row of readTsv(dataPath('dates', 'relative-qualifiers.txt'))) {
    const dir = row.direction as QualifierDirection;
    if (!['future', 'past', 'none'].includes(dir)) throw new Error(`data/dates/relative-qualifiers.txt: "${row.qualifier}" has direction "${row.direction}" (use future, past or none)`);
    qualifiers.set(row.qualifier.toLowerCase(), dir);
  }
  return {
    yearPrepositions: readLines(dataPath('dates', 'year-prepositions.txt')).map((l) => l.trim().toLowerCase()),
    yearPeriods: readLines(dataPath('dates', 'year-periods.txt')).map((l) => l.trim().toLowerCase()),
    countNouns: new Set(readLines(dataPath('dates', 'count-nouns.txt')).map((l) => l.trim().toLowerCase())),
    qualifiers,
    trigger: triggerPattern(readLines(dataPath('dates', 'date-triggers.txt')), readLines(dataPath('dates', 'date-trigger-prefixes.txt'))),
    offsets: loadOffsets(),
    futureMarker: new RegExp(`\\b(?:${alternation(readLines(dataPath('dates', 'future-markers.txt')))})\\b`, 'i'),
  };
}
