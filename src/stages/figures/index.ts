// The figures stage: money, percentages and counts an analyst would chart, with measure, unit, period, qualifier.
import { bySentence, isExcluded, sentenceAt, type Doc, type Sentence, type TextRange } from '../../core/doc.ts';
import type { Stage } from '../../core/stage.ts';
import type { Figure } from '../../core/types.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { FiguresLexicon } from '../../lexicon/figures.ts';
import type { GeoLexicon } from '../../lexicon/geo.ts';
import { findOutlet } from '../../lexicon/document.ts';
import { changeOf, continuesPrevious, qualifierOf, subjectMeasure } from './measure.ts';
import { periodOf, yearsIn } from './period.ts';
import { demonymCounts, RECOGNIZERS, type RawFigure } from './recognizers.ts';

// Ranges are not charted ("$6-8bn", "between 5 and 7 percent", "8,000-10,000 troops"): an amount
// next to a dash and another number, or closing "between X and".
const RANGE_AFTER = /^\s*[-–]\s*[^\s\w]?\d/;
const RANGE_BEFORE = /(?:\d\s*[-–]\s*|\bbetween\s+(?:\S+\s+){0,2}and\s+|\bbetween\s+)$/i;
// What follows a count and belongs to its measure: "documents signed by the two governments".
const COUNT_TAIL = /^\s+((?:of|signed|from|between|with|by|for|visiting)\b[^,.;:()"“”]{0,60})/;
// "an increase of 6.2 percent": the noun before "of" says the percentage is a change.
const CHANGE_NOUN_OF = /([A-Za-z]+)\s+of\s*$/;
const MODIFIERS_BEFORE = /((?:[A-Za-z][\w-]*\s+){0,2})$/;
const PRONOUN = /^(?:it|its|they|them|this|that|these|those)$/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|of|with|and|total)$/i;
const FULL_DATE = /^\d{4}-\d\d-\d\d$/;

/** Index of the first figure in sorted `found` that ends after `pos`. */
function firstEndingAfter(found: RawFigure[], pos: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Amounts that are not quantities to chart: halves of ranges and properties ("a capacity of …"). */
function uncharted(doc: Doc, raw: RawFigure, lex: FiguresLexicon): boolean {
  const before = doc.text.slice(Math.max(0, raw.start - 60), raw.start);
  // ("an altitude of about 100 km": a length is what such a noun measures, and a length is charted.)
  return RANGE_AFTER.test(doc.text.slice(raw.end, raw.end + 6)) || RANGE_BEFORE.test(before) || (raw.rule !== 'figures.distance' && lex.unchartedBefore.test(before));
}

/** Where an amount may start in the body, in text order. */
function amountStarts(doc: Doc, lex: FiguresLexicon): number[] {
  const out: number[] = [];
  const re = lex.amountStart;
  re.lastIndex = doc.bodyStart;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) out.push(m.index);
  re.lastIndex = 0;
  return out;
}

/** The first match of `re` at or after `from`: searched for (a global pattern), or tried at each of `starts` from
 *  there on (a sticky one, whose every match starts at one of them). */
function matchFrom(re: RegExp, text: string, from: number, starts: number[]): RegExpExecArray | null {
  if (!re.sticky) {
    re.lastIndex = from;
    return re.exec(text);
  }
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < starts.length; i++) {
    re.lastIndex = starts[i];
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

function scan(doc: Doc, lex: FiguresLexicon, geo: GeoLexicon): RawFigure[] {
  // Kept sorted by offset so that overlap checks stay logarithmic on long texts full of numbers.
  const found: RawFigure[] = [];
  // Speed: most recognizers' matches start with an amount. Where one may start is found once, and those recognizers
  // are tried there only, not at every character of the text (which took most of the stage).
  const starts = amountStarts(doc, lex);
  for (const recognizer of RECOGNIZERS) {
    const re = recognizer.pattern(lex);
    let from = doc.bodyStart;
    for (let m = matchFrom(re, doc.text, from, starts); m; m = matchFrom(re, doc.text, from, starts)) {
      from = m.index + m[0].length;
      const raw = recognizer.extract(m, lex);
      // A rejected match may have swallowed the start of a good one ("the two sides signed six
      // documents" read as a count of documents from "two"): look again from its next character.
      if (!raw) {
        from = m.index + 1;
        continue;
      }
      const i = firstEndingAfter(found, raw.start);
      if (i < found.length && found[i].start < raw.end) continue;
      if (!sentenceAt(doc, raw.start) || isExcluded(doc, raw)) continue;
      found.splice(i, 0, raw);
    }
    re.lastIndex = 0;
  }
  for (const raw of demonymCounts(doc, lex, geo)) {
    const i = firstEndingAfter(found, raw.start);
    if ((i < found.length && found[i].start < raw.end) || !sentenceAt(doc, raw.start) || isExcluded(doc, raw)) continue;
    found.splice(i, 0, raw);
  }
  // Dropped only after the scan, so that no later recognizer reads part of a dropped amount again.
  return found.filter((f) => !uncharted(doc, f, lex));
}

/** The year-on-year comparisons of a sentence ("from a year earlier", "on the same period last year"). */
function comparisonsIn(doc: Doc, sentence: Sentence, lex: FiguresLexicon): TextRange[] {
  // (A loop, not .map(): see the note on `hidden` in findFigures; exec, not matchAll, which copies the pattern.)
  const out: TextRange[] = [];
  const text = doc.text.slice(sentence.start, sentence.end);
  const re = lex.yearOnYearIn;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  return out;
}

/** When the publication date is unknown, the latest full date the article gives (usually its own
 *  timestamp, or the day of the events it reports) stands in for it. */
function latestFullDate(doc: Doc): string | null {
  let latest: string | null = null;
  for (const d of doc.dates) if (FULL_DATE.test(d.value) && (!latest || d.value > latest)) latest = d.value;
  return latest;
}

/** The currency in the outlet's house style: a bare "$" in an Australian paper is AUD. When the outlet is
 *  unknown or of a country the form does not stand for, the one of the article's two main countries (`main`, most
 *  named first) that uses the form, or that is named more often ("Rs" about Pakistan, never naming India). */
function localUnit(raw: RawFigure, country: string | null, main: [code: string, mentions: number][], lex: FiguresLexicon): string {
  if (raw.kind !== 'money' || !raw.currency) return raw.unit;
  const byCountry = lex.localCurrencies.get(raw.currency.toLowerCase());
  if (!byCountry) return raw.unit;
  // (An outlet of a country that does not use the form, Reuters writing "rupees", says nothing: the article's countries do.)
  if (country && byCountry.has(country)) return byCountry.get(country)!;
  // (Of the article's two main countries, most named first: "Rs. 3.2 billion" in a story about Sri Lanka that names
  // India less; "$1.1 billion" in a story of Bangladesh and Italy that names Canada once is USD.)
  const candidates = main.filter(([c]) => byCountry.has(c));
  if (candidates.length === 1 || (candidates.length > 1 && candidates[0][1] > candidates[1][1])) return byCountry.get(candidates[0][0])!;
  return raw.unit;
}

function countMeasure(doc: Doc, raw: RawFigure, sentenceStart: number): string {
  const counted = raw.counted ?? raw.unit;
  if (raw.rule === 'figures.count') {
    const tail = COUNT_TAIL.exec(doc.text.slice(raw.end, raw.end + 80))?.[1]?.trim();
    return tail ? `${counted} ${tail.split(/\s+/).slice(0, 6).join(' ')}` : counted;
  }
  // "their combined population of 1.5 billion": the noun and up to two words before it.
  const before = doc.text.slice(sentenceStart, raw.start);
  const at = before.toLowerCase().lastIndexOf(counted.toLowerCase());
  if (at < 0) return counted;
  const words = (MODIFIERS_BEFORE.exec(before.slice(0, at))?.[1] ?? '').trim().split(/\s+/).filter((w) => w && !DETERMINER.test(w));
  return [...words, before.slice(at, at + counted.length)].join(' ');
}

interface Previous {
  raw: RawFigure;
  base: string;
  sentence: number;
  period: string | null;
}

const TRAILING_CONJUNCTION = /\s+(?:and|or)$/i;

/** What the figure measures: its counted noun, the subject of its linking verb, or what follows it. */
function measureOf(doc: Doc, raw: RawFigure, sentence: Sentence, previous: Previous | null, lex: FiguresLexicon): { base: string; measure: string } {
  const before = doc.text.slice(sentence.start, raw.start);
  if (raw.kind === 'count') {
    const base = countMeasure(doc, raw, sentence.start);
    return { base, measure: base };
  }
  const sameSentence = previous?.sentence === sentence.index ? previous : null;
  const subject = subjectMeasure(before, lex);
  let base: string | null;
  if (sameSentence && continuesPrevious(doc.text.slice(sameSentence.raw.end, raw.start))) base = sameSentence.base;
  // ("…, a rise of 12%": a change noun alone names no measure of its own.)
  else if (subject?.measure && !PRONOUN.test(subject.measure) && !(!subject.measure.includes(' ') && changeOf(subject.measure.toLowerCase(), lex))) base = subject.measure;
  // "aim to raise IT to $30 billion", or a clause with no subject: the measure of the figure before.
  else if (previous && (subject?.measure || sameSentence) && previous.sentence >= sentence.index - 1) base = previous.base;
  // ("a $400 million currency swap and a …": the conjunction opens the next phrase.)
  else base = lex.measureAfter.exec(doc.text.slice(raw.end, sentence.end))?.[1]?.replace(TRAILING_CONJUNCTION, '') ?? null;
  base ??= 'amount';
  if (raw.kind !== 'percent') return { base, measure: base };
  const change = changeOf(subject?.verb ?? null, lex) ?? changeOf(CHANGE_NOUN_OF.exec(before)?.[1] ?? null, lex);
  if (lex.yearOnYearAfter.test(doc.text.slice(raw.end, raw.end + 60))) return { base, measure: `${base}, year-on-year ${change ?? 'change'}` };
  return { base, measure: change ? `${base} ${change}` : base };
}

/** A sentence with no date of its own that narrates the past right after a sentence whose amount has
 *  a stated past year goes on about that year ("Trade reached $8bn in 2023. Exports to Kenya rose to $5bn."). */
function narratesOn(doc: Doc, sentence: Sentence, raw: RawFigure, last: Previous, publishedYear: string | null, lex: FiguresLexicon): boolean {
  // (A year after publication is a plan's, which no past tense narrates.)
  if (last.sentence !== sentence.index - 1 || !last.period || !publishedYear || last.period >= publishedYear) return false;
  // Money and shares go on telling one account ("Exports rose to $5bn."); a count is of its own event.
  if (raw.kind === 'count' || last.raw.kind === 'count') return false;
  // A time of its own, resolved or not ("in January", "in the last financial year").
  const text = doc.text.slice(sentence.start, sentence.end);
  if (lex.periodNounIn.test(text) || doc.dates.some((d) => d.start >= sentence.start && d.end <= sentence.end)) return false;
  const clause = doc.text.slice(sentence.start, raw.end).replace(lex.presentPerfectOrPassive, '');
  return lex.pastTense.test(clause);
}

export function findFigures(doc: Doc, lexicon: Lexicon): Figure[] {
  const lex = lexicon.figures;
  const raws = scan(doc, lex, lexicon.geo);
  // (Most of what follows is per sentence or per article: skipped when there is no figure.)
  if (raws.length === 0) return [];
  const publishedYear = (doc.document.published ?? latestFullDate(doc))?.slice(0, 4) ?? null;
  const outletCountry = doc.document.source ? findOutlet(lexicon.document, doc.document.source)?.country ?? null : null;
  // The two countries the article names most, with how often, most named first.
  const named = new Map<string, number>();
  for (const c of doc.countryMentions) named.set(c.code, (named.get(c.code) ?? 0) + 1);
  const main = [...named.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2);
  // The figures of each sentence, found once: raws are in text order, so each sentence's run is contiguous.
  const rawsBySentence = new Map<number, RawFigure[]>();
  for (const raw of raws) {
    const sentence = sentenceAt(doc, raw.start);
    if (!sentence || raw.end > sentence.end) continue;
    const list = rawsBySentence.get(sentence.index) ?? [];
    list.push(raw);
    rawsBySentence.set(sentence.index, list);
  }
  // (A sentence's index is its position in doc.sentences.)
  const datesIn = bySentence(doc, doc.dates);
  const out: Figure[] = [];
  const seen = new Set<string>();
  let previous: Previous | null = null;
  // The last figure of the sentences before the current one's.
  let lastOfEarlier = null as Previous | null;
  // The year-on-year comparisons of the sentence of the figures being read, found once per sentence.
  let comparisonsOf: Sentence | null = null;
  let comparisons: TextRange[] = [];
  for (const raw of raws) {
    const sentence = sentenceAt(doc, raw.start);
    if (!sentence) continue;
    if (comparisonsOf !== sentence) {
      comparisonsOf = sentence;
      comparisons = comparisonsIn(doc, sentence, lex);
    }
    const { base, measure } = measureOf(doc, raw, sentence, previous, lex);
    // "up 48% on the same period last year": a comparison's year is no figure's period, neither the
    // changed figure's nor another's ("up 12% from a year earlier, while imports fell 3.4%").
    // (Loops, not .filter() and a spread: optimised, .filter() and .map() make arrays of another elements kind
    // than interpreted (an empty one is not of small integers, a mapped one is holey), and the spread of one kind
    // deoptimised this function when the other came.)
    const others: RawFigure[] = [];
    for (const r of rawsBySentence.get(sentence.index) ?? []) if (r !== raw) others.push(r);
    const hidden: TextRange[] = [];
    for (const r of others) hidden.push(r);
    for (const c of comparisons) hidden.push(c);
    const years = yearsIn(doc.text, sentence, datesIn[sentence.index], hidden, raw, lex);
    if (previous && previous.sentence !== sentence.index) lastOfEarlier = previous;
    const samePeriod: boolean = years.length === 0 && previous !== null && lex.samePeriod.test(doc.text.slice(sentence.start, sentence.end));
    const period: string | null = samePeriod && previous
      ? previous.period
      : years.length === 0 && lastOfEarlier && narratesOn(doc, sentence, raw, lastOfEarlier, publishedYear, lex)
        ? lastOfEarlier.period
        : periodOf(doc.text, raw, years, others, publishedYear, (a, b) => continuesPrevious(doc.text.slice(a.end, b.start)), lex);
    previous = { raw, base, sentence: sentence.index, period };
    const unit = localUnit(raw, outletCountry, main, lex);
    // A headline and the body, or a lead and a later paragraph, often repeat an amount or a count: it
    // is one figure. Percentages are all kept, as two changes of the same size are common; counts of
    // different nouns are two figures ("two guards were killed", "killed two engineers").
    const noun = raw.kind === 'count' ? (raw.counted ?? '').split(/\s+/).pop()!.toLowerCase() : '';
    const key = `${raw.value}|${unit}|${period}|${noun}`;
    if (raw.kind !== 'percent' && seen.has(key)) continue;
    seen.add(key);
    out.push({
      measure,
      value: raw.value,
      unit,
      period,
      qualifier: qualifierOf(doc.text.slice(sentence.start, raw.start), lex),
      text: doc.text.slice(raw.start, raw.end),
      start: raw.start,
      end: raw.end,
      rule: raw.rule,
    });
  }
  return out;
}

export const figuresStage: Stage = {
  name: 'figures',
  requires: ['sentences', 'dates', 'document', 'excluded', 'countryMentions'],
  provides: ['figures'],
  run(doc: Doc, lexicon: Lexicon) {
    doc.figures = findFigures(doc, lexicon);
  },
};
