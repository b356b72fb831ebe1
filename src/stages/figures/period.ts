// The period a figure refers to: a year in its sentence (after it first, else before it), else the publication year.
import type { DateMention, TextRange } from '../../core/doc.ts';
import type { FiguresLexicon } from '../../lexicon/figures.ts';

const YEAR = /\b(1[89]\d\d|20\d\d)\b(?![,.]?\d)/g;
const YEAR_IN = /\b(?:1[89]\d\d|20\d\d)\b/;
// A year this close after a figure is that figure's own ("… $5bn in 2023").
const OWN_YEAR_GAP = /^\s*(?:[a-z]+\s+){0,3}(?:\d{4}[/–-])?$/;
// "12,000 GWh since its first turbine began operating in February 2022": a total to date.
const SINCE = /\bsince\b/i;
const CLAUSE_END = /[,.;:]/;
// ", Egypt's trade ministry said on Monday": a closing attribution between a figure and a date.
const ATTRIBUTION_BETWEEN = /,[^,.;]{0,60}\b(?:said|says|told|reported|announced|added|stated)\b/i;
// Enough characters before a year for "the January 18, " or "compared with ".
const YEAR_LEFT_REACH = 24;

// A span of years: "2021-2023", "2024/25", "2023-24", "between 2019 and 2022", "from 2019 to 2022".
const SPAN = /\b(?:(between)\s+|(from)\s+)?(1[89]\d\d|20\d\d)\s*(?:[-–/]|\s(and|to|through)\s)\s*(\d{4}|\d{2})\b(?![,.]?\d)/gi;

export interface YearAt {
  start: number;
  end: number;
  /** The year, or null for a span of years ("in 2021-2023", "the 2024/25 fiscal year"): no one year is its period. */
  year: string | null;
}

/** [start, end) of each span of years in `text` from `offset` (see SPAN): two years in order, the second
 *  written whole or by its last two digits; "and" only after "between", "to" and "through" only after "from". */
function spansIn(text: string, offset: number): TextRange[] {
  const out: TextRange[] = [];
  // (Exec loops here and in yearsIn, not matchAll, which copies the pattern at each call.)
  SPAN.lastIndex = 0;
  for (let m = SPAN.exec(text); m; m = SPAN.exec(text)) {
    const [, between, from, first, word, second] = m;
    if (word && !((word.toLowerCase() === 'and' && between) || (word.toLowerCase() !== 'and' && from))) continue;
    const a = Number(first);
    const b = second.length === 2 ? Math.floor(a / 100) * 100 + Number(second) : Number(second);
    if (b <= a || b - a > 50) continue;
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length });
  }
  return out;
}

/** False for a year that cannot be a figure's period: a start ("since 2023": the total runs to date),
 *  a name ("a 2016 ruling"), or a year inside a comma clause of its own that the figure is not in
 *  ("Launched in 2015, the corridor has brought …"; "…, which opened in 2017, has carried …"). */
function canBePeriod(text: string, sentence: TextRange, y: TextRange, fig: TextRange, lex: FiguresLexicon): boolean {
  const before = text.slice(Math.max(sentence.start, y.start - YEAR_LEFT_REACH), y.start);
  // "in the 2019 violence, 12 people were killed": a named event's year is the time of its figures.
  if (lex.yearNotPeriodBefore.test(before) && !lex.periodNounAfter.test(text.slice(y.end, y.end + 12))
    && !lex.yearEventBefore.test(before)) return false;
  // "up 0.8% on 2023": the base of a comparison.
  if (y.start >= fig.end && lex.baseYearBefore.test(before)) return false;
  // "up 50 percent from 2.4 million in 2022": the year of a base amount that is no figure of its own.
  if (y.start >= fig.end && lex.baseAmountYearBefore.test(text.slice(fig.end, y.start))) return false;
  if (y.start >= fig.end && SINCE.test(text.slice(fig.end, y.start))) return false;
  const from = Math.max(sentence.start, text.lastIndexOf(',', y.start) + 1);
  const comma = text.indexOf(',', y.end);
  if (comma < 0 || comma >= sentence.end) return true;
  const figureInside = fig.start >= from && fig.end <= comma;
  return figureInside || !lex.clauseOpener.test(text.slice(from, y.start));
}

/** Years stated in [sentence) that can be the period of the figure `fig`: written years and the dates
 *  stage's resolved dates ("last year"), leaving out those inside `figures` (other amounts, or a
 *  comparison such as "on the same period last year"). */
export function yearsIn(
  text: string, sentence: TextRange, dates: DateMention[], figures: TextRange[], fig: TextRange, lex: FiguresLexicon,
): YearAt[] {
  const out: YearAt[] = [];
  const usable = (r: TextRange) => !figures.some((f) => r.start < f.end && r.end > f.start) && canBePeriod(text, sentence, r, fig, lex);
  const spans = spansIn(text.slice(sentence.start, sentence.end), sentence.start);
  for (const span of spans) if (usable(span)) out.push({ start: span.start, end: span.end, year: null }); // (a literal: see segment/index.ts)
  const inSentence = text.slice(sentence.start, sentence.end);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(inSentence); m; m = YEAR.exec(inSentence)) {
    const start = sentence.start + m.index;
    const y = { start, end: start + m[0].length, year: m[1] };
    if (!spans.some((sp) => y.start >= sp.start && y.end <= sp.end) && usable(y)) out.push(y);
  }
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end || !usable(d)) continue;
    // A date with a written year ("since 2019", "in March 2023") was judged by its year above.
    if (YEAR_IN.test(text.slice(d.start, d.end))) continue;
    out.push({ start: d.start, end: d.end, year: d.value.slice(0, 4) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The year for the figure at `fig`: the first year after it, unless another figure of a separate
 * clause or a comparison's base stands in between ("$5 billion in 2023"; "fell 2% to $3 billion in
 * 2022" shares its year; "$5 billion, up from $4 billion in 2022" does not),
 * else the nearest year before it in the sentence ("In 2023, … $5 billion"), else `fallback`
 * (the publication year). A year before the figure that is another figure's own ("trade reached
 * $8bn in 2024, and 400 firms operate …") carries over a clause break (", and", "; ") only into a
 * clause that narrates the past ("…, and imports fell to $2bn"); a present stock takes the fallback
 * (a non-finite "…, with imports rising 5%" shares the year). `sameClause(a, b)` says whether
 * figure b continues figure a.
 */
export function periodOf(
  text: string, fig: TextRange, years: YearAt[], others: TextRange[], fallback: string | null,
  sameClause: (a: TextRange, b: TextRange) => boolean, lex: FiguresLexicon,
): string | null {
  // "fell to $27bn in 2024 from $30bn a year earlier": the year before its sentence's.
  if (lex.yearBeforeAfter.test(text.slice(fig.end, fig.end + 24))) {
    const stated = years.find((y) => y.end <= fig.start) ?? years.find((y) => y.start >= fig.end);
    if (stated?.year) return String(Number(stated.year) - 1);
  }
  // "loans of $8bn, and is expected to open in 2027": a year in a clause of its own is not the figure's, nor the day the
  // figure was told (", the ministry said on Monday").
  const after = years.find((y) => y.start >= fig.end && !lex.clauseAfterFigure.test(text.slice(fig.end, y.start)) && !ATTRIBUTION_BETWEEN.test(text.slice(fig.end, y.start)));
  // Another figure in between takes the year when it has a clause of its own or is a comparison's base
  // ("$5 billion, up from $4 billion in 2022").
  const between = (o: TextRange) => o.start >= fig.end && o.end <= after!.start;
  const claimed = (o: TextRange) => !sameClause(fig, o) || lex.comparisonBefore.test(text.slice(Math.max(0, o.start - 20), o.start));
  if (after && !others.some((o) => between(o) && claimed(o))) return after.year;
  const before = years.filter((y) => y.end <= fig.start).pop();
  if (!before) return fallback;
  const owner = others.filter((o) => o.end <= before.start).pop();
  if (owner && OWN_YEAR_GAP.test(text.slice(owner.end, before.start)) && lex.clauseBreak.test(text.slice(before.end, fig.start))) {
    const rest = text.slice(fig.end, fig.end + 60);
    const restEnd = rest.search(CLAUSE_END);
    const clause = text.slice(before.end, fig.start) + (restEnd < 0 ? rest : rest.slice(0, restEnd));
    // "…, while investments are estimated at $3bn": a present passive or perfect is no past tense.
    if (!lex.pastTense.test(clause.replace(lex.presentPerfectOrPassive, ''))) return fallback;
  }
  return before.year;
}
