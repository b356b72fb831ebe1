// A quick reader for the commonest dates in news ("on Monday", "in 2023", "March 3", "March 3, 2024",
// "in May", "May 2023", "last week", "later this year"), which gives exactly what chrono-node with dyad's
// parser and refiners gives (resolve.ts) at a part of its cost. It answers only when it can tell that chrono
// would find nothing else in the sentence: at any other word or number chrono could read as (part of) a
// date, anywhere in it or next to one of the forms below, it answers "not sure" (null) and the sentence goes
// to chrono. The forms and the words it watches for mirror chrono-node 2.10's English patterns (MIT
// licence); common-forms.test.ts runs both readers over every sentence of the bench corpus and of the
// development articles, and over every day of three years, and asserts the same output.
import * as chrono from 'chrono-node';
import type { Lexicon } from '../../lexicon/index.ts';
import { MONTHS, WEEKDAYS, type DatesLexicon } from '../../lexicon/dates.ts';
import { nameFunctionWords } from './chrono-config.ts';
import { bareYearPattern, namedAfterYear } from './parsers/bare-year.ts';
import { isMonthAfterName } from './refiners/drop-unlikely.ts';
import { FUTURE_DAYS, LAST_BEFORE } from './refiners/past-month.ts';
import { futureAround, textBefore } from './refiners/text-before.ts';
import type { FoundDate } from './resolve.ts';

const DAY_MS = 86_400_000;
const MONTH_ABBREVIATIONS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAY_ABBREVIATIONS = ['sun', 'mon', 'tue', 'wed', 'thurs', 'thur', 'thu', 'fri', 'sat'];
/** Parts of the day chrono joins to a weekday before them ("on Monday evening"). */
const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'];
/** Times of day chrono joins to a weekday after them ("midnight of Wednesday", "noon on Friday"); a part of the
 * day before a weekday it reads otherwise ("morning of Friday" is the publication day). */
const CLOCK_TIMES = ['midnight', 'midday', 'noon'];
/** Days counted from publication that chrono reads alone (ENCasualDateParser). */
const CASUAL_DAYS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };
const CASUAL = ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday', 'morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon'];
const UNITS = ['s', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days', 'w', 'week', 'weeks', 'mo', 'mon', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters', 'y', 'yr', 'year', 'years'];
const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty';
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const ANY_MONTH = alt([...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)]);
const WEEKDAY_ABBREVIATION = alt(WEEKDAY_ABBREVIATIONS);

// ---- What sends a sentence to chrono wherever it stands ----
const ALWAYS_CHRONO = new RegExp([
  // days and times chrono reads alone ("today", "the weekend", "3 days ago"; "now" it drops); a time of day
  // only right after or before a weekday ("on Monday evening", "midnight of Wednesday"), not alone ("this morning")
  `\\b(?:${alt(CASUAL.filter((w) => w !== 'now' && !DAY_PARTS.includes(w) && !CLOCK_TIMES.includes(w) && !(w in CASUAL_DAYS)))}|weekend|weekday|ago)\\b`,
  // (the weekday is looked for behind the part of the day, not before it: a look-behind opening an alternative
  // is tried at every character of the sentence; no part of the day ends another, so the two read the same)
  `\\b(?:${DAY_PARTS.join('|')})\\b(?<!\\b(?:${WEEKDAYS.join('|')})\\s+(?:${DAY_PARTS.join('|')}))`,
  `\\b(?:midnight|midday|noon)\\b(?!\\s+(?:of\\s+|on\\s+)?(?:${WEEKDAYS.join('|')})\\b)`,
  // a relative unit other than the ones read here, "end of the month"
  `\\b(?:past|after\\s*this)\\s*(?:${alt(UNITS)})\\b`, `\\b(?:this|last|next)(?:\\s*(?:${alt(UNITS)})(?<!\\b(?:this|last|next)\\s+(?:week|month|year))\\b)`,
  '\\b(?:last\\s+day|end)\\s+of\\s+(?:the\\s+)?month\\b',
  // a weekday abbreviation that chrono keeps: "last sat", "(sat", "sat," "sat next week"
  `(?:\\b(?:this|last|past|next)\\s*|(?:^|\\W)[,(（]\\s*)(?:${WEEKDAY_ABBREVIATION})\\b`,
  `\\b(?:${WEEKDAY_ABBREVIATION})\\.?\\s*(?:[,)）]|(?:of\\s*)?(?:this|last|past|next)\\s*week)`,
  // a numeric date ("3/4", "24/7", "12.05.2024", "2024-03-05", "2024 3 5"); chrono reads no date in a decimal
  // ("17.6 billion") or a score ("3-1") without a year
  '\\d/\\d', '\\d[.\\-–]\\d{1,2}[.\\-/–]\\d', '\\d{4}\\s\\d{1,2}\\s\\d',
].join('|'), 'i');

// ---- The forms, each found where chrono's own pattern would start (after a non-word character) ----
// (Written \b, not (?<!\w): each form opens with a letter, where the two are the same, and the regular expression
// engine tests \b far faster at each character.)
/** Weekdays in any case (only "Monday" is read; "monday", "MONDAY" go to chrono), with "on" (ENWeekdayParser). */
const WEEKDAY = new RegExp(`\\b(?:(${CLOCK_TIMES.join('|')})\\s+(?:of\\s+)?)?(?:on\\s+)?(${WEEKDAYS.join('|')})(?:\\s+(${DAY_PARTS.join('|')}))?(?!\\w)`, 'gi');
/** Between two weekdays, what makes chrono read them as one range ("from Tuesday to Thursday"). */
const RANGE_GAP = /^\s*(?:to|-|–|until|through|till)\s*$/i;
/** Month words in any case: a capitalised one is read below, a lowercase one is a verb or noun unless by a number. */
const MONTH = new RegExp(`\\b(?:${ANY_MONTH})(?!\\w)`, 'gi');
/** At a month: "March 3", "Dec. 13, 2023", "Sept. 5 2024" (ENMonthNameMiddleEndianParser). */
const MONTH_DAY = /(\p{Lu}\p{Ll}+)(\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:(?:\s*,\s*|\s+)([1-9]\d{3}))?(?!\w)/uy;
/** At a month: "May", "March 2024" (ENMonthNameParser; full names only: chrono drops a bare abbreviation). */
const MONTH_YEAR = /(\p{Lu}\p{Ll}+)(?:\s+([1-9]\d{3}))?(?!\w)/uy;
/** "this year", "last week", "next month" (ENRelativeDateFormatParser, the units dyad keeps). */
const RELATIVE = /\b(this|last|next)\s+(week|month|year)(?!\w)/gi;
/** "today", "yesterday", "tomorrow". */
const CASUAL_DAY = /\b(today|yesterday|tomorrow)(?!\w)/gi;
/** After a month: "last year", "next year", "this year", which month-relative-year.ts joins to it. */
const RELATIVE_YEAR_AFTER = /\s+(last|this|next)\s+year(?!\w)/iy;
const YEAR_DIGITS = /(?:19|20)\d\d/;
/** A word or figures that every form above needs: a sentence without any (most) holds no date these read. */
const ANY_FORM = new RegExp(`\\b(?:${alt([...WEEKDAYS, ...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS), 'this', 'last', 'next', ...Object.keys(CASUAL_DAYS)])})(?!\\w)|${YEAR_DIGITS.source}`, 'i');

// ---- Checks around a form ----
/** The text between two dates that chrono's refiners join them across ("Monday to Wednesday", "May 3, at"). */
const JOINING_GAP = /^\s*(?:T|at|after|before|on|of|to|until|through|till|and|or|[,\-–.∙:])?\s*$/i;
/** An abbreviation after a date, which chrono takes in if it names a timezone ("Monday, EST"; not "(AFP)"). */
const ABBREVIATION_AFTER = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?!\w)/;
/** chrono's ENEndOfPeriodRefiner works on a date after these words. */
const END_OF_BEFORE = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
/** A weekday after "this/last/past/next", or after a comma or bracket itself after a non-word character. */
const WEEKDAY_PREFIX = /(?:\b(?:this|last|past|next)\s*|(?:^|\W)[,(（]\s*)$/i;
const BRACKET_AFTER = /^\s*[)）]/;
const THIS_BEFORE = /\bthis\s{0,3}$/i;
/** A day before a month makes chrono read "3 March", "the first of March" (ENMonthNameLittleEndianParser). */
const DAY_BEFORE = new RegExp(`(?:\\d|\\b(?:${ORDINAL_WORDS}))(?:st|nd|rd|th)?(?:-|/|\\s{0,3}(?:of)?\\s{0,3})$`, 'i');
/** A number or ordinal after a month ("may 5", "March third"), or a time or range after a day ("March 3 pm"). */
const NUMBER_AFTER_MONTH = new RegExp(`^\\.?[\\s,\\-/]*(?:\\d|(?:${ORDINAL_WORDS})\\b)`, 'i');
const TIME_OR_RANGE_AFTER = /^\s*(?:am|pm|to\b|[-–/:])/i;
/** What chrono's month pattern takes after a month: "May of", "May-June", "May, 2024". */
const MONTH_SUFFIX = /^\s*(?:-|–|of\b|,\s*\d)/i;
/** An era after a year ("2024 AD"), which chrono's year pattern takes in. */
const ERA_AFTER = /^\s{0,2}(?:be|ad|bc|bce|ce)(?!\w)/i;
const WORD_BEFORE = /([\p{L}]+-?)(\s*)$/u;
const IN_BEFORE = /\bin\s*$/i;

// chrono's refiners join two results only across at most one connecting word or sign ("Monday to Wednesday",
// "May 3 at 5 pm", "two days after Monday"), so a result of chrono's own beside one read here must start or
// end within a word or two of it. The words that can start or end one:
const CALENDAR_WORDS = [...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS), ...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS, 'weekend', 'weekday', ...CASUAL];
const UNIT_SET = new Set(UNITS);
const STARTS = new Set([...CALENDAR_WORDS, '~', 'end', 'am', 'pm', 'p', 'o']);
/** Words that start a result only before a number: a time ("at 5", "from 9 to 11"), a weekday ("(Monday"). */
const STARTS_BEFORE_NUMBER = new Set(['at', 'from', '(', '（']);
/** Words that start a result only when a count and a unit follow ("in a few days", "the past two weeks"). */
const STARTS_BEFORE_COUNT = new Set(['+', '-', '–', 'within', 'in', 'for', 'this', 'last', 'past', 'next', 'after']);
/** The words of a count in chrono's patterns (NUMBER_PATTERN, with "about", "around" before it). */
const COUNT_WORDS = new Set(['about', 'around', 'roughly', 'approximately', 'just', '~', 'a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'half', 'few', 'several', 'couple', 'of']);
const ENDS = new Set([...CALENDAR_WORDS, ...UNITS, 'am', 'pm', 'clock', ')', '）', 'be', 'ad', 'bc', 'bce', 'ce']);
/** Words that end a result only after a unit or number ("two days after", "a week earlier"). */
const ENDS_AFTER_UNIT = new Set(['after', 'before', 'since', 'from', 'later', 'earlier', 'henceforth', 'forward', 'out', 'ago']);
const CONNECTORS = new Set(['t', 'at', 'after', 'before', 'on', 'of', 'to', 'until', 'through', 'till', 'and', 'or', ',', '-', '–', '.', '∙', ':']);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160;
const isUnderscore = (c: number) => c === 95;

/** Up to `n` tokens (a number with what follows it, a word of ASCII letters, or a sign) from `pos` on, lowercase. */
function tokensAfter(text: string, pos: number, n: number): string[] {
  const out: string[] = [];
  let i = pos;
  while (out.length < n && i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isDigit(c)) while (j < text.length && (isDigit(text.charCodeAt(j)) || isLetter(text.charCodeAt(j)) || isUnderscore(text.charCodeAt(j)))) j++;
    else if (isLetter(c)) while (j < text.length && isLetter(text.charCodeAt(j))) j++;
    out.push(text.slice(i, j).toLowerCase());
    i = j;
  }
  return out;
}

/** Up to `n` tokens before `pos`, nearest first. */
function tokensBefore(text: string, pos: number, n: number): string[] {
  const out: string[] = [];
  let j = pos;
  while (out.length < n && j > 0) {
    const c = text.charCodeAt(j - 1);
    if (isSpace(c)) {
      j--;
      continue;
    }
    let i = j - 1;
    if (isLetter(c) || isDigit(c)) {
      while (i > 0 && (isLetter(text.charCodeAt(i - 1)) || isDigit(text.charCodeAt(i - 1)) || isUnderscore(text.charCodeAt(i - 1)))) i--;
      // "3rd" is one token, as after a date; "abc3" is a word then a number here, which errs towards chrono
    }
    out.push(text.slice(i, j).toLowerCase());
    j = i;
  }
  return out;
}

const isNumber = (t: string | undefined) => t !== undefined && isDigit(t.charCodeAt(0));

/** Whether a result of chrono's could start at token `i` of the tokens `after` a date. */
function startsAt(after: string[], i: number): boolean {
  const t = after[i];
  if (t === undefined) return false;
  if (isNumber(t) || STARTS.has(t) || (STARTS_BEFORE_NUMBER.has(t) && isNumber(after[i + 1]))) return true;
  if (!STARTS_BEFORE_COUNT.has(t) && !COUNT_WORDS.has(t)) return false;
  // a count: its words (or a number), then a unit
  let k = i + 1;
  while (k < after.length && (COUNT_WORDS.has(after[k]) || isNumber(after[k]))) k++;
  return UNIT_SET.has(after[k]) && (k > i + 1 || COUNT_WORDS.has(t));
}

/** Whether a result of chrono's could start right after `end`, close enough to be joined with the date there. */
function resultMayFollow(text: string, end: number): boolean {
  const after = tokensAfter(text, end, 8);
  return startsAt(after, 0) || (CONNECTORS.has(after[0]) && startsAt(after, 1));
}

/** Whether a result of chrono's could end at token `i` of the tokens `before` a date (nearest first). */
function endsAt(before: string[], i: number): boolean {
  const t = before[i];
  if (t === undefined) return false;
  return isNumber(t) || ENDS.has(t) || (ENDS_AFTER_UNIT.has(t) && (isNumber(before[i + 1]) || UNIT_SET.has(before[i + 1])));
}

/** Whether a result of chrono's could end right before `start`. */
function resultMayPrecede(text: string, start: number): boolean {
  const before = tokensBefore(text, start, 3);
  return endsAt(before, 0) || (CONNECTORS.has(before[0]) && endsAt(before, 1));
}

// Whether chrono knows an abbreviation as a timezone: asked of chrono once per abbreviation (its table of
// timezones is not exported), by whether it takes the abbreviation into a date before it.
const timezones = new Map<string, boolean>();
const PROBE_DAY = new Date(Date.UTC(2024, 0, 15, 12));
function isTimezone(abbreviation: string): boolean {
  let known = timezones.get(abbreviation);
  if (known === undefined) {
    known = chrono.casual.parse(`March 3 ${abbreviation}`, PROBE_DAY)[0]?.text === `March 3 ${abbreviation}`;
    timezones.set(abbreviation, known);
  }
  return known;
}

// Per lexicon: the bare-year pattern to scan with, and the words before a month that do not make it a name.
const perLexicon = new WeakMap<DatesLexicon, { bareYear: RegExp; functionWords: Set<string> }>();
function lexiconParts(words: DatesLexicon) {
  let parts = perLexicon.get(words);
  if (!parts) perLexicon.set(words, (parts = { bareYear: bareYearPattern(words, 'g'), functionWords: nameFunctionWords(words) }));
  return parts;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
// Speed: an article's sentences are read against the same publication day one after another, so its noon
// is parsed once (resolveSpan only reads it).
let lastReference: { published: string; noon: Date } | null = null;
function noonOf(published: string): Date {
  if (lastReference?.published !== published) lastReference = { published, noon: new Date(`${published}T12:00:00Z`) };
  return lastReference.noon;
}
const ymd = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** chrono's findYearClosestToRef, in UTC: the year of day/month nearest the reference. */
function closestYear(ref: Date, day: number, month: number): number {
  const date = new Date(ref.getTime());
  date.setUTCMonth(month - 1);
  date.setUTCDate(day);
  const next = new Date(date.getTime());
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  const last = new Date(date.getTime());
  last.setUTCFullYear(last.getUTCFullYear() - 1);
  const dist = Math.abs(date.getTime() - ref.getTime());
  if (Math.abs(next.getTime() - ref.getTime()) < dist) return next.getUTCFullYear();
  if (Math.abs(last.getTime() - ref.getTime()) < dist) return last.getUTCFullYear();
  return date.getUTCFullYear();
}

/** The year news means for a month (and day) without one: past-month.ts. */
function pastMonthYear(ref: Date, month: number, day: number | null): number {
  let year = month <= ref.getUTCMonth() + 1 ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
  if (day !== null) {
    const ahead = (Date.UTC(year + 1, month - 1, day) - ref.getTime()) / DAY_MS;
    if (ahead >= 0 && ahead <= FUTURE_DAYS) year += 1;
  }
  return year;
}

/** A date form found, before its value is worked out. */
interface Span {
  /** Where chrono's match starts and ends, before the qualifier refiner and trimming. */
  start: number;
  end: number;
  kind: 'weekday' | 'month-day' | 'month' | 'relative' | 'casual' | 'year';
  match: RegExpExecArray;
  /** "last", "this" or "next" of "March last year" (undefined in every other span: spans of one hidden class). */
  relativeYear: string | undefined;
}

/**
 * The dates in a sentence as `findDates` gives them with a publication date, or null when the sentence
 * holds anything this reader does not know to be read the same by chrono.
 */
export function readCommonDates(text: string, lexicon: Lexicon, published: string): FoundDate[] | null {
  if (ALWAYS_CHRONO.test(text)) return null;
  if (!ANY_FORM.test(text)) return [];
  const words = lexicon.dates;
  const { bareYear, functionWords } = lexiconParts(words);
  const spans: Span[] = [];
  let m: RegExpExecArray | null;

  WEEKDAY.lastIndex = 0;
  while ((m = WEEKDAY.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const name = m[2];
    if (name[0] !== name[0].toUpperCase() || name.slice(1) !== name.slice(1).toLowerCase()) return null;
    if (WEEKDAY_PREFIX.test(text.slice(Math.max(0, start - 12), start)) || BRACKET_AFTER.test(text.slice(end, end + 4))) return null;
    // a time before and after ("midnight of Monday night"), or "this" before a time ("this noon on Monday")
    if ((m[1] && m[3]) || (m[1] && THIS_BEFORE.test(text.slice(Math.max(0, start - 8), start)))) return null;
    spans.push({ start, end, kind: 'weekday', match: m, relativeYear: undefined });
  }

  MONTH.lastIndex = 0;
  while ((m = MONTH.exec(text))) {
    const start = m.index;
    const word = m[0];
    const after = text.slice(start + word.length, start + word.length + 12);
    if (word[0] !== word[0].toUpperCase()) {
      // "may", "march": a verb or a noun, which chrono drops, unless a day stands by it ("may 5", "first of march")
      if (NUMBER_AFTER_MONTH.test(after) || DAY_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return null;
      continue;
    }
    if (word.slice(1) !== word.slice(1).toLowerCase()) return null;
    if (isMonthAfterName(text, start, functionWords) || DAY_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return null;
    MONTH_DAY.lastIndex = start;
    let form = MONTH_DAY.exec(text);
    if (form) {
      const month = monthNumber(form[1]);
      const day = Number(form[3]);
      const end = start + form[0].length;
      if (day < 1 || day > DAYS_IN_MONTH[month - 1]) return null;
      if (TIME_OR_RANGE_AFTER.test(text.slice(end, end + 6)) || (form[4] && ERA_AFTER.test(text.slice(end, end + 6)))) return null;
      spans.push({ start, end, kind: 'month-day', match: form, relativeYear: undefined });
      MONTH.lastIndex = end;
      continue;
    }
    if (!MONTHS.includes(word.toLowerCase())) return null;
    MONTH_YEAR.lastIndex = start;
    form = MONTH_YEAR.exec(text);
    if (!form) return null;
    const end = start + form[0].length;
    if (form[2] ? ERA_AFTER.test(text.slice(end, end + 6)) : NUMBER_AFTER_MONTH.test(after) || MONTH_SUFFIX.test(after)) return null;
    // chrono drops "May" alone unless "in" stands before it (its ENUnlikelyFormatFilter)
    if (form[1] === 'May' && !form[2] && !IN_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
    RELATIVE_YEAR_AFTER.lastIndex = end;
    const relativeYear = form[2] ? null : RELATIVE_YEAR_AFTER.exec(text);
    const spanEnd = relativeYear ? end + relativeYear[0].length : end;
    spans.push({ start, end: spanEnd, kind: 'month', match: form, relativeYear: relativeYear?.[1].toLowerCase() });
    MONTH.lastIndex = spanEnd;
  }

  RELATIVE.lastIndex = 0;
  while ((m = RELATIVE.exec(text))) {
    // the year of "March last year" is part of the month's span
    if (!spans.some((s) => s.start < m!.index && s.end >= m!.index + m![0].length)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'relative', match: m, relativeYear: undefined });
  }

  CASUAL_DAY.lastIndex = 0;
  while ((m = CASUAL_DAY.exec(text))) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'casual', match: m, relativeYear: undefined });

  // As chrono runs a parser: after a year, on from its end; after a count ("in 2023 troops"), from the next
  // character. (chrono searches the rest as a new string, where a look-behind sees nothing; that differs only
  // where a preposition could start at that point, which is never so: after a year comes a non-word
  // character, after a count the preposition's second letter.)
  if (YEAR_DIGITS.test(text)) {
    bareYear.lastIndex = 0;
    while ((m = bareYear.exec(text))) {
      const next = m[2]?.toLowerCase();
      if ((next && words.countNouns.has(next)) || namedAfterYear(m[0], m[2])) {
        bareYear.lastIndex = m.index + 1;
        continue;
      }
      // chrono fills in the publication day's month and day, and drops "in 2023" read on February 29 as an
      // invalid date: left to chrono, as it is
      if (published.endsWith('-02-29')) return null;
      const end = m.index + (next ? m[0].slice(0, m[0].length - m[2].length).trimEnd() : m[0]).length;
      spans.push({ start: m.index, end, kind: 'year', match: m, relativeYear: undefined });
      bareYear.lastIndex = end;
    }
  }

  if (spans.length === 0) return [];
  spans.sort((a, b) => a.start - b.start);
  // (The span after, read within the list: a read past the end deoptimises.)
  const spanAfter = (i: number): Span | undefined => (i + 1 < spans.length ? spans[i + 1] : undefined);
  for (let i = 0; i < spans.length; i++) {
    let next = spanAfter(i);
    // "from Tuesday to Thursday": chrono's range, which dyad dates by its first day
    if (next && isPlainWeekday(spans[i]) && isPlainWeekday(next) && next.match[0] === next.match[2] && RANGE_GAP.test(text.slice(spans[i].end, next.start))) {
      spans[i].end = next.end;
      spans.splice(i + 1, 1);
      next = spanAfter(i);
    }
    const { start, end } = spans[i];
    if (next && (next.start < end || JOINING_GAP.test(text.slice(end, next.start)))) return null;
    const abbreviation = ABBREVIATION_AFTER.exec(text.slice(end, end + 12));
    if ((abbreviation && isTimezone(abbreviation[1])) || END_OF_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return null;
    if (resultMayPrecede(text, start) || resultMayFollow(text, end)) return null;
  }
  const ref = noonOf(published);
  // (A loop, not .map(): see resolve.ts findDates.)
  const out: FoundDate[] = [];
  for (const span of spans) out.push(resolveSpan(span, text, ref, published, words));
  return out;
}

/** A weekday without a time of day. */
const isPlainWeekday = (span: Span) => span.kind === 'weekday' && !span.match[1] && !span.match[3];

function monthNumber(word: string): number {
  const w = word.toLowerCase();
  return MONTHS.indexOf(w) + 1 || MONTH_ABBREVIATIONS[w];
}

/** A span's value, future flag and rule, as resolve.ts reads chrono's result for it. */
function resolveSpan(span: Span, text: string, ref: Date, published: string, words: DatesLexicon): FoundDate {
  const m = span.match;
  let value: string;
  // the first day the date covers (for the future flag), and whether chrono calls its day certain
  let day: string;
  let dayCertain = false;
  let rule: string;
  if (span.kind === 'weekday') {
    // chrono takes the nearest such day; past-weekday.ts moves one after publication a week back
    const weekday = WEEKDAYS.indexOf(m[2].toLowerCase());
    const diff = weekday - ref.getUTCDay();
    const forward = (diff + 7) % 7;
    const backward = diff >= 0 ? diff - 7 : diff;
    // "will travel to Baghdad on Tuesday", "On Wednesday, Xi will attend …": with a word of the future in its clause,
    // the coming such day.
    const ahead = futureAround(text, span.start, span.end, words.futureMarker);
    let days = ahead ? forward : forward < -backward ? forward : backward;
    const moved = !ahead && days > 0;
    if (moved) days -= 7;
    value = day = ymd(new Date(ref.getTime() + days * DAY_MS));
    dayCertain = true;
    // with a part of the day, chrono's result is its time parser's, merged with the weekday
    rule = `${m[1] || m[3] ? 'dates.ENCasualTimeParser' : 'dates.weekday'}${moved ? '+past-weekday' : ''}`;
  } else if (span.kind === 'month-day') {
    const month = monthNumber(m[1]);
    const dayOfMonth = Number(m[3]);
    const written = m[4] ? Number(m[4]) : null;
    const year = written ?? pastMonthYear(ref, month, dayOfMonth);
    value = day = `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`;
    dayCertain = true;
    const moved = written === null && closestYear(ref, dayOfMonth, month) !== year;
    rule = `dates.ENMonthNameMiddleEndianParser${moved ? '+past-month' : ''}`;
  } else if (span.kind === 'month') {
    const month = monthNumber(m[1]);
    const relative = span.relativeYear;
    const written = m[2] ? Number(m[2]) : relative ? ref.getUTCFullYear() + (relative === 'last' ? -1 : relative === 'next' ? 1 : 0) : null;
    // "last January" in a story of January is a year before (the month itself would be "this January").
    const lastOfSameMonth = written === null && month === ref.getUTCMonth() + 1 && LAST_BEFORE.test(textBefore(text, span.start));
    const year = written ?? pastMonthYear(ref, month, null) - (lastOfSameMonth ? 1 : 0);
    value = `${pad(year, 4)}-${pad(month)}`;
    day = `${value}-01`;
    const moved = written === null && closestYear(ref, 1, month) !== year;
    rule = `dates.ENMonthNameParser${moved ? '+past-month' : relative ? '+month-relative-year' : ''}`;
  } else if (span.kind === 'relative') {
    const which = m[1].toLowerCase();
    const unit = m[2].toLowerCase();
    if (which === 'this') {
      // this week from its Sunday, this month and year from their first day; chrono tags none of them relative
      day = unit === 'week' ? ymd(new Date(ref.getTime() - ref.getUTCDay() * DAY_MS)) : unit === 'month' ? `${ymd(ref).slice(0, 7)}-01` : `${ymd(ref).slice(0, 4)}-01-01`;
      rule = 'dates.chrono';
    } else {
      const n = which === 'next' ? 1 : -1;
      const date = new Date(ref.getTime());
      if (unit === 'week') date.setUTCDate(date.getUTCDate() + 7 * n);
      else if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + n);
      else date.setUTCFullYear(date.getUTCFullYear() + n);
      day = ymd(date);
      // "last week", "next week" name a day a week from publication; the others imply theirs
      dayCertain = unit === 'week';
      rule = 'dates.relative';
    }
    value = unit === 'year' ? day.slice(0, 4) : day.slice(0, 7);
  } else if (span.kind === 'casual') {
    value = day = ymd(new Date(ref.getTime() + CASUAL_DAYS[m[1].toLowerCase()] * DAY_MS));
    dayCertain = true;
    rule = 'dates.ENCasualDateParser';
  } else {
    value = pad(Number(m[1]), 4);
    day = `${value}-01-01`;
    rule = 'dates.bare-year';
  }
  // The qualifier refiner: a word such as "later" before the date joins it and gives its direction.
  let index = span.start;
  let qualifier: 'future' | 'past' | 'none' | undefined;
  const before = WORD_BEFORE.exec(textBefore(text, span.start));
  if (before) {
    qualifier = words.qualifiers.get(before[1].toLowerCase());
    if (qualifier) index -= before[0].length;
    if (qualifier === 'future' && dayCertain) qualifier = 'none';
  }
  const future = qualifier === 'future' ? true : qualifier === 'past' ? false : day > published;
  return { text: text.slice(index, span.end), index, value, future, rule };
}
