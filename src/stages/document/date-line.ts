// Reads a metadata line's dates: which date a "Published … Updated …" stamp gives as the publication date.
import type { DocumentLexicon } from '../../lexicon/document.ts';
import { findHeaderDates } from './header-date.ts';

export interface StampDate {
  /** YYYY-MM-DD. */
  date: string;
  /** True when only a revision label ("Updated", "Last modified") stands before it. */
  updated: boolean;
  /** The month-first reading of a date written in figures that could be either ("03/06/2024"). */
  monthFirst?: string;
}

// Every full date has a year: skip the date parser on text without one (YEAR_RUN also where the year runs on).
export const YEAR_RUN = /(?:19|20)\d\d/;
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;
/** "03/06/2024" or "03-06-2024": day and month both 12 or less, read day first by header-date. (Dotted figures,
 *  "03.06.2024", are written day first.) */
const FIGURES = /(?:^|\D)(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)/;
const pad = (n: string) => n.padStart(2, '0');

// Page stamps scraped without their spaces: "January 14, 20259:12 AM", "14 Feb 202614 Feb 2026",
// "16:10Modified: …", "03/06/2025March 6, 2025", "9:15pmUpdated". Module constants (see lexicon/tokens.ts).
const YEAR_RUN_ON = /((?:19|20)\d\d)(?=\d{1,2}(?:[:.]\d\d|\s+\p{L}))/gu;
const DIGIT_RUN_ON = /(\d)(?=\p{L}{3})/gu;
const MERIDIEM_RUN_ON = /(\d\s?[ap]\.?m\.?)(?=\p{Lu})/giu;
const RUN_ON = /(?:19|20)\d\d\d|\d\p{L}{3}|\d\s?[ap]\.?m\.?\p{Lu}/iu;

/** "17/09/22 13:40", "Published: 05.03.24": a line that is only a date in figures with a two-digit year (of this
 *  century), a time and a label; read day first, as header-date reads four-digit ones, unless the second number
 *  cannot be a month. */
const SHORT_YEAR_STAMP = /^\s*(?:\p{L}+:?\s+)?(\d{1,2})([./-])(\d{1,2})\2(\d\d)(?:,?\s+\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?)?\s*$/iu;

/** Whether a line may hold a full date: a year in four figures, or a short-year stamp. */
export const mayHoldDate = (s: string): boolean => YEAR_RUN.test(s) || SHORT_YEAR_STAMP.test(s);

function shortYearStamp(s: string): StampDate | null {
  const m = SHORT_YEAR_STAMP.exec(s);
  if (!m) return null;
  const [a, b, year] = [+m[1], +m[3], `20${m[4]}`];
  const [day, month] = b > 12 ? [b, a] : [a, b];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const monthFirst = a <= 12 && b <= 12 && a !== b && m[2] !== '.' ? `${year}-${pad(m[1])}-${pad(m[3])}` : undefined;
  return { date: `${year}-${pad(String(month))}-${pad(String(day))}`, updated: false, monthFirst };
}

/** The stamp with the spaces a page's markup stood for put back. */
export function spaceOut(s: string): string {
  if (!RUN_ON.test(s)) return s;
  return s.replace(YEAR_RUN_ON, '$1 | ').replace(DIGIT_RUN_ON, '$1 | ').replace(MERIDIEM_RUN_ON, '$1 | ');
}

/**
 * The publication date of a line made only of dates, labels, times, zones and separators
 * ("Updated: 2024-04-09 07:15 GMT+8", "Published June 8, 2024 Updated June 8, 2024 09:14am"), or null.
 * The first date not labelled as a revision wins; a line with only revision dates gives its first.
 */
export function readDateLine(s: string, lex: DocumentLexicon): StampDate | null {
  const short = shortYearStamp(s);
  if (short) return short;
  if (!YEAR_RUN.test(s)) return null;
  s = spaceOut(s);
  if (!YEAR.test(s)) return null;
  const dates = findHeaderDates(s);
  if (dates.length === 0) return null;
  let rest = s;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.text.length);
  if (!lex.dateLineFiller.test(rest)) return null;
  // (A loop, not .map(): a .map() in optimised code makes a holey array, in the interpreter a packed one, and
  // the find() below was deoptimised by the other kind.)
  const stamps: StampDate[] = [];
  for (const [i, d] of dates.entries()) {
    // The label that counts is the one written between the previous date and this one.
    const before = s.slice(i === 0 ? 0 : dates[i - 1].index + dates[i - 1].text.length, d.index);
    const f = FIGURES.exec(d.text);
    const monthFirst = f && +f[1] <= 12 && +f[3] <= 12 && f[1] !== f[3] ? `${f[4]}-${pad(f[1])}-${pad(f[3])}` : undefined;
    stamps.push({ date: d.date, updated: hasMatch(lex.updateLabel, before) && !hasMatch(lex.dateLabel, before), monthFirst });
  }
  // "03/06/2025 March 6, 2025": the date written out settles the order of the figures.
  const first = stamps.find((d) => !d.updated) ?? stamps[0];
  if (first.monthFirst && stamps.some((d) => d.date === first.monthFirst)) return { ...first, date: first.monthFirst, monthFirst: undefined };
  return first;
}

/**
 * Splits "Amina Qureshi Published June 8, 2024 Updated …" or "Global Times Published: Nov 15, 2025" at the
 * first date label whose remainder is a date line, or else at the first date: the text before it and the date.
 */
export function splitDateTail(s: string, lex: DocumentLexicon, unlabelled = false): { head: string; stamp: StampDate } | null {
  if (!YEAR.test(s)) return null;
  const starts = [...s.matchAll(lex.dateLabel), ...s.matchAll(lex.updateLabel)].map((m) => m.index).filter((i) => i > 0);
  for (const i of starts.sort((a, b) => a - b)) {
    const stamp = readDateLine(s.slice(i), lex);
    if (stamp) return { head: s.slice(0, i).replace(/[\s|,;:–—-]+$/, ''), stamp };
  }
  // "Hoang Phong   January 5, 2025 | 08:21 pm GMT+7": a stamp without a label after the name (in a byline).
  if (!unlabelled) return null;
  const first = findHeaderDates(s).find((d) => d.index > 0);
  const stamp = first ? readDateLine(s.slice(first.index), lex) : null;
  return first && stamp ? { head: s.slice(0, first.index).replace(/[\s|,;:–—-]+$/, ''), stamp } : null;
}

/** Whether a global pattern matches `s`, leaving its position at 0 for the next caller. */
export function hasMatch(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(s);
  re.lastIndex = 0;
  return hit;
}

// "3 JUN, 17:21": a stamp with the day and month but no year (the outlet prints the year only for older
// stories). It gives no date but is not prose. Module constant (see lexicon/tokens.ts).
const PARTIAL_STAMP = /^(?:\p{L}{3,9},?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2})(?:,?\s+|\s*[-–—|,]\s*)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5})?$/iu;
const MONTH_WORD = /(?:^|[\s,])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?(?=[\s,]|$)/iu;

/** Whether the line is a day-month-time stamp without a year. */
export function isPartialStamp(s: string): boolean {
  return PARTIAL_STAMP.test(s) && MONTH_WORD.test(s);
}
