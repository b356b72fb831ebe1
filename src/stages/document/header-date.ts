// Finds a full publication date (year, month and day all written) in a header line.
import * as chrono from 'chrono-node';
import { withPrecheck } from '../dates/prechecks.ts';
import { readCommonHeaderDate } from './header-date-fast.ts';

export interface HeaderDate {
  /** YYYY-MM-DD as written; no time-zone conversion. */
  date: string;
  index: number;
  text: string;
}

const REF = new Date(Date.UTC(2000, 0, 1));
// chrono's strict parsers, the slowest skipped on a line they cannot match (dates/prechecks.ts): the same results, sooner.
const STRICT = chrono.strict.clone();
STRICT.parsers = STRICT.parsers.map(withPrecheck);
// chrono resolves relative stamps ("Updated an hour ago") against REF and calls the result certain:
// a written date has its year in figures.
const WRITTEN_YEAR = /(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)/;
// The same digits anywhere in the text: without them no match can hold a written year, and chrono, the
// slow part, is skipped ("Dec. 13" in a dateline).
const YEAR_DIGITS = /(?:1[89]|20)\d\d/;
const pad = (n: number) => String(n).padStart(2, '0');

// "03.06.2024" and "03-06-2024" are day first wherever they are written, and "03/06/2024" everywhere
// but in the United States; chrono reads them month first. (The document stage checks an ambiguous
// one against the dateline's month and day.)
const DAY_FIRST = /\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)\b/g;
// A second number over 12 cannot be the month ("12-31-2024"): that one is left to chrono.
const dayFirstAsIso = (s: string) =>
  s.replace(DAY_FIRST, (all: string, d: string, _sep: string, m: string, y: string) => (+m > 12 ? all : `${y}-${m}-${d}`));

// "Apr - 11 - 2025": a month's name, the day and the year between spaced dashes, which chrono reads as a range; the
// dashes become spaces (same length).
const SPACED_DASHES = /\b(\p{Lu}\p{Ll}{2,8}\.?) - (\d{1,2}) - ((?:19|20)\d\d)\b/gu;
const DASH = /-/g;
const dashesAsSpaces = (s: string) => s.replace(SPACED_DASHES, (all: string) => all.replace(DASH, ' '));

/** Every date in `s` whose year, month and day are all stated. */
export function findHeaderDates(s: string): HeaderDate[] {
  if (!YEAR_DIGITS.test(s)) return [];
  return readCommonHeaderDate(s) ?? chronoHeaderDates(s);
}

/** findHeaderDates read by chrono alone, whatever the form (the reference header-date-fast is checked against). */
export function chronoHeaderDates(s: string): HeaderDate[] {
  const out: HeaderDate[] = [];
  if (!YEAR_DIGITS.test(s)) return out;
  // Rewritten in place with the same length, so indices and texts still point into `s`.
  for (const r of STRICT.parse(dashesAsSpaces(dayFirstAsIso(s)), REF, { forwardDate: false })) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day') || !WRITTEN_YEAR.test(r.text)) continue;
    const y = c.get('year');
    const m = c.get('month');
    const d = c.get('day');
    if (y === null || m === null || d === null || y < 1900 || y > 2100) continue;
    out.push({ date: `${y}-${pad(m)}-${pad(d)}`, index: r.index, text: s.slice(r.index, r.index + r.text.length) });
  }
  return out;
}

/** The first date in `s` whose year, month and day are all stated, or null. */
export function findHeaderDate(s: string): HeaderDate | null {
  return findHeaderDates(s)[0] ?? null;
}

/** What may follow a date that ends a headline: closing punctuation. */
const TRAILING = /^[\s.)\]]*$/;

/** "Transcript of the Weekly Press Briefing by the Spokesperson, Friday, 26 September 2025", "… at the briefing of
 *  6 February 2025": the full date that ends `title`, or null. */
export function titleEndDate(title: string): string | null {
  const dates = findHeaderDates(title);
  const last = dates[dates.length - 1];
  return last && TRAILING.test(title.slice(last.index + last.text.length)) ? last.date : null;
}
