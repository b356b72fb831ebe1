// Finds the dates in a piece of text and resolves them against the publication date:
// value at the precision the text gives (YYYY-MM-DD, YYYY-MM or YYYY), future flag, rule id.
import type { ParsedResult } from 'chrono-node';
import type { Lexicon } from '../../lexicon/index.ts';
import { newsChrono } from './chrono-config.ts';
import { readCommonDates } from './common-forms.ts';
import { qualifierTag } from './refiners/qualifier.ts';

export interface FoundDate {
  text: string;
  /** Offset into the text that was searched. */
  index: number;
  value: string;
  future: boolean;
  rule: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Noon UTC on the given day, read with a zero offset, so the host's time zone cannot shift the day. */
function reference(ymd: string) {
  return { instant: new Date(`${ymd}T12:00:00Z`), timezone: 0 };
}

// An article's sentences are read against the same day one after another: its reference is made once
// (chrono only reads it).
let lastReference: { ymd: string; ref: ReturnType<typeof reference> } | null = null;
function referenceFor(ymd: string) {
  if (lastReference?.ymd !== ymd) lastReference = { ymd, ref: reference(ymd) };
  return lastReference.ref;
}

const END_OF = /^(?:the\s+)?end\s+of\b/i;

function valueOf(r: ParsedResult, tags: Set<string>): string | null {
  const s = r.start;
  const y = s.get('year');
  const m = s.get('month');
  const d = s.get('day');
  if (y === null || m === null || d === null) return null;
  const casualDay = [...tags].some((t) => t.startsWith('casualReference/'));
  const dayKnown = s.isCertain('day') || s.isCertain('weekday') || casualDay;
  // "75 years ago (this week)" counts years: the year is all it gives.
  if (/\b(?:years?|decades?)\s+ago\b/i.test(r.text)) return pad(y, 4);
  // A week ("last week", "next week") names no day: the month it falls in is the honest precision.
  if (/\bweeks?\b/i.test(r.text)) return `${pad(y, 4)}-${pad(m)}`;
  // "at the end of February" names no day (chrono takes the last, and 29 from a leap year); nor does a day the month
  // does not have once the year is set.
  const noDay = END_OF.test(r.text) || new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d;
  if (dayKnown && !noDay) return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (s.isCertain('month')) return `${pad(y, 4)}-${pad(m)}`;
  if (s.isCertain('year')) return pad(y, 4);
  return null;
}

function ruleOf(r: ParsedResult, tagSet: Set<string>): string {
  const tags = [...tagSet];
  const parser = tags.find((t) => t.startsWith('parser/'))?.slice('parser/'.length);
  const base = parser
    ?? (tags.includes('result/relativeDate') ? 'relative' : r.start.isCertain('weekday') ? 'weekday' : 'chrono');
  const refiners = tags.filter((t) => t.startsWith('refiner/')).map((t) => t.slice('refiner/'.length));
  return ['dates.' + base, ...refiners].join('+');
}

function isFuture(r: ParsedResult, tags: Set<string>, published: string): boolean {
  if (tags.has(qualifierTag('future'))) return true;
  if (tags.has(qualifierTag('past'))) return false;
  const s = r.start;
  const day = `${pad(s.get('year') ?? 0, 4)}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
  return day > published;
}

/** chrono alone (without the quick reader of common-forms.ts), with a publication date. */
export function chronoDates(text: string, lexicon: Lexicon, published: string): FoundDate[] {
  return lexicon.dates.trigger.test(text) ? parseWith(text, lexicon, published) : [];
}

/** "night of October 11", "morning of Friday": chrono keeps the part of the day and loses the date after "of". */
const DAY_PART_OF = /^(?:morning|afternoon|evening|night)\s+of\s+/i;

function parseWith(text: string, lexicon: Lexicon, published: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const r of newsChrono(lexicon).parse(text, referenceFor(published), { forwardDate: false })) {
    // chrono builds a new set of a result's tags on every call: read once.
    const tags = r.tags();
    const value = valueOf(r, tags);
    if (value === null) continue;
    // chrono sometimes keeps a space or comma after the match ("Dec. 13 ", "on Tuesday,"): evidence is trimmed.
    const lead = r.text.length - r.text.trimStart().length;
    const matched = r.text.trim().replace(/[\s,;:]+$/, '');
    const index = r.index + lead;
    const partOf = DAY_PART_OF.exec(matched);
    if (partOf) {
      // The date after "of" is the date of the whole: read with the part of the day blanked out, in its sentence
      // ("will arrive on the morning of Friday" is the coming Friday).
      const from = index + partOf[0].length;
      const blanked = text.slice(0, index) + ' '.repeat(partOf[0].length) + text.slice(from);
      const day = parseWith(blanked, lexicon, published).find((d) => d.index === from);
      if (day) {
        out.push({ ...day, text: matched, index });
        continue;
      }
    }
    out.push({ text: matched, index, value, future: isFuture(r, tags, published), rule: ruleOf(r, tags) });
  }
  return out;
}

// Two far-apart reference days: a date that resolves the same against both does not depend on one.
export const PROBE_REFERENCES = ['2003-02-11', '2017-09-27'];

/**
 * Dates in `text`. With a publication date every date is resolved against it; without one only
 * absolute dates ("Dec. 13, 2023", "in 2019") are kept, since "on Monday" has nothing to count from.
 */
export function findDates(text: string, lexicon: Lexicon, published: string | null): FoundDate[] {
  // chrono is slow and most sentences hold no date: without a trigger word it would find none dyad keeps.
  if (!lexicon.dates.trigger.test(text)) return [];
  // The commonest forms are read without chrono (common-forms.ts), to the same result.
  if (published) return readCommonDates(text, lexicon, published) ?? parseWith(text, lexicon, published);
  const a = readCommonDates(text, lexicon, PROBE_REFERENCES[0]) ?? parseWith(text, lexicon, PROBE_REFERENCES[0]);
  // Only what the first reading finds can be kept: with nothing found, the second reading is not needed.
  if (a.length === 0) return [];
  const b = readCommonDates(text, lexicon, PROBE_REFERENCES[1]) ?? parseWith(text, lexicon, PROBE_REFERENCES[1]);
  const key = (x: FoundDate) => `${x.index}|${x.text}|${x.value}`;
  const stable = new Set(b.map(key));
  // (A loop and a literal, not .map() and a spread: findDocDates reads the array and the dates, and a .map() in
  // optimised code makes a holey array, in the interpreter a packed one.)
  const out: FoundDate[] = [];
  for (const x of a) if (stable.has(key(x))) out.push({ text: x.text, index: x.index, value: x.value, future: false, rule: x.rule });
  return out;
}
