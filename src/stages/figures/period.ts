// The period a figure refers to: a year in its sentence (after it first, else before it), else the publication year.
import type { DateMention, TextRange } from '../../core/doc.ts';

const YEAR = /\b(1[89]\d\d|20\d\d)\b(?![,.]?\d)/g;

interface YearAt {
  start: number;
  end: number;
  year: string;
}

/** Years stated in [sentence): written years and the dates stage's resolved dates ("last year"),
 *  leaving out those inside `figures` (other amounts, or a comparison such as "on the same period last year"). */
export function yearsIn(text: string, sentence: TextRange, dates: DateMention[], figures: TextRange[]): YearAt[] {
  const out: YearAt[] = [];
  const chunk = text.slice(sentence.start, sentence.end);
  for (const m of chunk.matchAll(YEAR)) {
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (figures.some((f) => start < f.end && end > f.start)) continue;
    out.push({ start, end, year: m[1] });
  }
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end || figures.some((f) => d.start < f.end && d.end > f.start)) continue;
    if (out.some((y) => y.start >= d.start && y.end <= d.end)) continue;
    out.push({ start: d.start, end: d.end, year: d.value.slice(0, 4) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The year for the figure at `fig`: the first year after it, unless another figure of a separate
 * clause stands in between ("$5 billion in 2023"; "fell 2% to $3 billion in 2022" shares its year),
 * else the nearest year before it in the sentence ("In 2023, … $5 billion"), else `fallback`
 * (the publication year). `sameClause(a, b)` says whether figure b continues figure a.
 */
export function periodOf(
  fig: TextRange, years: YearAt[], others: TextRange[], fallback: string | null,
  sameClause: (a: TextRange, b: TextRange) => boolean,
): string | null {
  const after = years.find((y) => y.start >= fig.end);
  if (after && !others.some((o) => o.start >= fig.end && o.end <= after.start && !sameClause(fig, o))) return after.year;
  const before = years.filter((y) => y.end <= fig.start).pop();
  return before ? before.year : fallback;
}
