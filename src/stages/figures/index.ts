// The figures stage: money, percentages and counts an analyst would chart, with measure, unit, period, qualifier.
import { bySentence, isExcluded, sentenceAt, type Doc, type Sentence } from '../../core/doc.ts';
import type { Stage } from '../../core/stage.ts';
import type { Figure } from '../../core/types.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { FiguresLexicon } from '../../lexicon/figures.ts';
import { changeOf, continuesPrevious, qualifierOf, subjectMeasure } from './measure.ts';
import { periodOf, yearsIn } from './period.ts';
import { demonymCounts, RECOGNIZERS, type RawFigure } from './recognizers.ts';

// A second amount in brackets or after "or" restates the first in another currency: "VND 5 trillion ($200 million)".
const CONVERSION = /^\s*(?:\(\s*|,?\s*or\s+)(?:about|around|approximately|roughly|some|nearly|equivalent\s+to|equal\s+to)?\s*$/i;
// What follows a count and belongs to its measure: "documents signed by the two governments".
const COUNT_TAIL = /^\s+((?:of|signed|from|between|with|by|for|visiting)\b[^,.;:()"“”]{0,60})/;
// "an increase of 6.2 percent": the noun before "of" says the percentage is a change.
const CHANGE_NOUN_OF = /([A-Za-z]+)\s+of\s*$/;
const MODIFIERS_BEFORE = /((?:[A-Za-z][\w-]*\s+){0,2})$/;
const PRONOUN = /^(?:it|its|they|them|this|that|these|those)$/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|of|with|and|total)$/i;

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

function scan(doc: Doc, lex: FiguresLexicon): RawFigure[] {
  // Kept sorted by offset so that overlap checks stay logarithmic on long texts full of numbers.
  const found: RawFigure[] = [];
  for (const recognizer of RECOGNIZERS) {
    const re = recognizer.pattern(lex);
    re.lastIndex = doc.bodyStart;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const raw = recognizer.extract(m, lex);
      if (!raw) continue;
      const i = firstEndingAfter(found, raw.start);
      if (i < found.length && found[i].start < raw.end) continue;
      if (!sentenceAt(doc, raw.start) || isExcluded(doc, raw)) continue;
      found.splice(i, 0, raw);
    }
    re.lastIndex = 0;
  }
  for (const raw of demonymCounts(doc, lex)) {
    const i = firstEndingAfter(found, raw.start);
    if ((i < found.length && found[i].start < raw.end) || !sentenceAt(doc, raw.start) || isExcluded(doc, raw)) continue;
    found.splice(i, 0, raw);
  }
  return found.filter((f, i) => {
    const prev = found[i - 1];
    return !(prev && f.kind === 'money' && prev.kind === 'money' && CONVERSION.test(doc.text.slice(prev.end, f.start)));
  });
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
  else if (subject?.measure && !PRONOUN.test(subject.measure)) base = subject.measure;
  // "aim to raise IT to $30 billion", or a clause with no subject: the measure of the figure before.
  else if (previous && (subject?.measure || sameSentence) && previous.sentence >= sentence.index - 1) base = previous.base;
  else base = lex.measureAfter.exec(doc.text.slice(raw.end, sentence.end))?.[1] ?? null;
  base ??= 'amount';
  if (raw.kind !== 'percent') return { base, measure: base };
  const change = changeOf(subject?.verb ?? null, lex) ?? changeOf(CHANGE_NOUN_OF.exec(before)?.[1] ?? null, lex);
  if (lex.yearOnYearAfter.test(doc.text.slice(raw.end, raw.end + 60))) return { base, measure: `${base}, year-on-year ${change ?? 'change'}` };
  return { base, measure: change ? `${base} ${change}` : base };
}

export function findFigures(doc: Doc, lexicon: Lexicon): Figure[] {
  const lex = lexicon.figures;
  const raws = scan(doc, lex);
  // The figures and dates of each sentence, found once (not by a scan of the article for every figure).
  const rawsIn = bySentence(doc, raws);
  const datesIn = bySentence(doc, doc.dates);
  const position = new Map(doc.sentences.map((s, i) => [s, i]));
  const publishedYear = doc.document.published?.slice(0, 4) ?? null;
  const out: Figure[] = [];
  let previous: Previous | null = null;
  for (const raw of raws) {
    const sentence = sentenceAt(doc, raw.start);
    if (!sentence) continue;
    const { base, measure } = measureOf(doc, raw, sentence, previous, lex);
    const others = rawsIn[position.get(sentence)!].filter((r) => r !== raw);
    // "up 48% on the same period last year": the comparison's year is not the figure's period.
    const comparison = raw.kind === 'percent' ? lex.yearOnYearAfter.exec(doc.text.slice(raw.end, raw.end + 60)) : null;
    const hidden = comparison ? [...others, { start: raw.end, end: raw.end + comparison[0].length }] : others;
    const years = yearsIn(doc.text, sentence, datesIn[position.get(sentence)!], hidden);
    const samePeriod: boolean = years.length === 0 && previous !== null && lex.samePeriod.test(doc.text.slice(sentence.start, sentence.end));
    const period: string | null = samePeriod && previous
      ? previous.period
      : periodOf(raw, years, others, publishedYear, (a, b) => continuesPrevious(doc.text.slice(a.end, b.start)));
    out.push({
      measure,
      value: raw.value,
      unit: raw.unit,
      period,
      qualifier: qualifierOf(doc.text.slice(sentence.start, raw.start), lex),
      text: doc.text.slice(raw.start, raw.end),
      start: raw.start,
      end: raw.end,
      rule: raw.rule,
    });
    previous = { raw, base, sentence: sentence.index, period };
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
