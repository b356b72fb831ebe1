// The dates stage: every date expression in the body, resolved against the publication date.
import type { DateMention, Doc } from '../../core/doc.ts';
import type { Stage } from '../../core/stage.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { findAnchoredDates, resolveThatYear } from './anchored.ts';
import { findDates } from './resolve.ts';

export { findDates, type FoundDate } from './resolve.ts';

/** Sentence by sentence, so that chrono never joins words across a sentence end into one date. */
export function findDocDates(doc: Doc, lexicon: Lexicon): DateMention[] {
  const out: DateMention[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    // ("YANGON, 10 April — … this morning" in a paper of 11 April: the dateline's day is the story's.)
    for (const d of findDates(text, lexicon, doc.datelineDay ?? doc.document.published)) {
      const start = sentence.start + d.index;
      out.push({ text: d.text, value: d.value, future: d.future, start, end: start + d.text.length, rule: d.rule });
    }
  }
  // "in January that year": the year of the date before it.
  resolveThatYear(doc, out);
  // "a month later", "the next day": counted from a date found above.
  const anchored = findAnchoredDates(doc, out, lexicon.dates.offsets);
  if (anchored.length === 0) return out;
  // ("in the morning", "the same evening": chrono's "morning" of the day of publication inside it is no date.)
  const kept = out.filter((d) => !anchored.some((a) => a.start <= d.start && d.end <= a.end && a.end - a.start > d.end - d.start));
  return [...kept, ...anchored].sort((a, b) => a.start - b.start);
}

export const datesStage: Stage = {
  name: 'dates',
  // (datelineDay too when the document stage ran before; createDoc sets it to null, as the sentence coder leaves it.)
  requires: ['sentences', 'document'],
  provides: ['dates'],
  run(doc, lexicon) {
    doc.dates = findDocDates(doc, lexicon);
  },
};
