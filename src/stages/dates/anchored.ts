// Dates counted from another date of the text: "Algeria cut ties in August 2021 and closed its airspace a
// month later" (2021-09), "Talks began on Monday. Two days later, …" (Wednesday), "the next day". The anchor is
// the last date written before the offset in its sentence, else in the one or two sentences before it in the
// same paragraph; the result has the precision the unit allows (days and weeks need a day, months a month).
import { isExcluded, sentenceAt, type DateMention, type Doc } from '../../core/doc.ts';
import type { OffsetUnit, OffsetWords } from '../../lexicon/dates.ts';

/** How many sentences back (in the same paragraph) an anchor is looked for. */
const ANCHOR_SENTENCES = 2;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}/;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `anchor` moved by `n` units, at the precision the unit gives, or null when the anchor is too coarse. */
export function shift(anchor: string, unit: OffsetUnit, n: number): string | null {
  if (unit === 'year') return pad(Number(anchor.slice(0, 4)) + n, 4);
  if (unit === 'month') {
    if (!MONTH.test(anchor)) return null;
    const m = Number(anchor.slice(0, 4)) * 12 + Number(anchor.slice(5, 7)) - 1 + n;
    return `${pad(Math.floor(m / 12), 4)}-${pad((m % 12) + 1)}`;
  }
  if (!DAY.test(anchor)) return null;
  const d = new Date(`${anchor}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n * (unit === 'week' ? 7 : 1));
  // A week counted from a day names no day of its own: its month.
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return unit === 'week' ? day.slice(0, 7) : day;
}

const WORD_CHAR = /\w/;

/** Whether global `re` matches anywhere in `text`, leaving its position at 0. */
function matchesIn(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

/** The offsets in `doc`'s sentences resolved against their anchors in `found` (sorted by start). */
export function findAnchoredDates(doc: Doc, found: DateMention[], words: OffsetWords): DateMention[] {
  const out: DateMention[] = [];
  const add = (mention: DateMention | null) => mention && out.push(mention);
  // Speed: most articles hold no offset at all, so each global pattern is first tried once over the whole
  // text rather than once per sentence. A match within a sentence is a match in the whole text too when no word
  // character stands right outside the sentence: the patterns look outside their match only there (\b at either
  // end, a look-ahead within the sentence). Other sentences are always read.
  const anyOffset = matchesIn(words.pattern, doc.text);
  const anyClause = matchesIn(words.clausePattern, doc.text);
  const anyVague = matchesIn(words.vaguePattern, doc.text);
  const anySameDay = matchesIn(words.sameDayPattern, doc.text);
  for (const [i, sentence] of doc.sentences.entries()) {
    const text = doc.text.slice(sentence.start, sentence.end);
    // (Indices tested first: a read at -1 or past the end of the text deoptimises.)
    const open = (sentence.start > 0 && WORD_CHAR.test(doc.text[sentence.start - 1])) || (sentence.end < doc.text.length && WORD_CHAR.test(doc.text[sentence.end]));
    words.pattern.lastIndex = 0;
    for (let m = anyOffset || open ? words.pattern.exec(text) : null; m; m = words.pattern.exec(text)) {
      const count = m[1] ? (words.counts.get(m[1].toLowerCase()) ?? Number(m[1])) : 1;
      // "later that year", "the same month": the anchor's own (no count, no direction).
      const direction = m[6] ? 0 : words.directions.get((m[3] ?? m[4]).toLowerCase()) ?? 0;
      const unit = words.unitOf.get((m[2] ?? m[5] ?? m[6]).toLowerCase()) ?? 'day';
      // "January that year" is one date (resolveThatYear), not a date and an offset.
      if (m[6] && rightAfterDate(found, sentence.start + m.index, doc.text)) continue;
      // "… on Tuesday.\n\nHe held a phone call the same day": wire copy gives each sentence a paragraph, so the
      // anchor's own day, month or year may come from the sentence right before across a paragraph break.
      const start = sentence.start + m.index;
      const mention = offsetMention(doc, found, i, start, m[0], unit, direction * count, ANCHOR_SENTENCES, 'dates.offset', Boolean(m[6]));
      // ("On the same day, Myanmar handed over 27 fishermen" after a quotation: with no other date in the two sentences
      // before, the story's day; a year there, "remittances last year", is no other. "… on Thursday afternoon. Tepco
      // plans …\n\nChina responded on the same day": a day there, across the paragraph break, is the one meant.)
      const fallback = !mention && m[6] && unit === 'day' && !overlapsFound(found, start, start + m[0].length);
      const day = fallback ? storyDay(doc, found, i) : null;
      const near = fallback ? dateNear(doc, found, i, start) : null;
      const value = near && near.value.length === 10 ? near.value : day && (!near || near.value.length === 4) ? day : null;
      add(mention ?? (value ? { text: m[0], value, future: false, start, end: start + m[0].length, rule: 'dates.offset' } : null));
    }
    words.pattern.lastIndex = 0;
    // ", a day after Ruto received …": the clause after it is dated from the date before it in this sentence.
    words.clausePattern.lastIndex = 0;
    for (let m = anyClause || open ? words.clausePattern.exec(text) : null; m; m = words.clausePattern.exec(text)) {
      const lead = m[0].indexOf(m[1]);
      const count = words.counts.get(m[1].toLowerCase()) ?? Number(m[1]);
      const direction = words.clauseDirections.get(m[3].toLowerCase()) ?? 0;
      add(offsetMention(doc, found, i, sentence.start + m.index + lead, m[0].slice(lead).trimEnd(), m[2].toLowerCase() as OffsetUnit, direction * count, 0, 'dates.offset-clause'));
    }
    words.clausePattern.lastIndex = 0;
    // "The transfer came three days after Sheinbaum spoke …": counted back from the story's day.
    const story = words.storyPattern.exec(text);
    if (story) {
      const lead = story[0].lastIndexOf(story[1]);
      const day = storyDay(doc, found, i);
      const count = words.counts.get(story[1].toLowerCase()) ?? Number(story[1]);
      const direction = words.clauseDirections.get(story[3].toLowerCase()) ?? 0;
      const value = day ? shift(day, story[2].toLowerCase() as OffsetUnit, direction * count) : null;
      const start = sentence.start + story.index + lead;
      const textOf = story[0].slice(lead).trimEnd();
      if (value) add({ text: textOf, value, future: isFuture(value, doc.document.published), start, end: start + textOf.length, rule: 'dates.offset-story' });
    }
    // "said Ottawa had expelled six Indian diplomats earlier in the day": the day of a date before it in the sentence,
    // else the story's day, else the day of publication. "arrived yesterday evening from Nairobi, where he had held
    // talks in the morning": a part of the day is that of a date before it in the sentence; with none, it is left to
    // chrono, which reads it as the day of publication ("landed in Ankara in the morning").
    const sameDay = words.sameDayPattern;
    sameDay.lastIndex = 0;
    for (let m = anySameDay || open ? sameDay.exec(text) : null; m; m = sameDay.exec(text)) {
      const start = sentence.start + m.index;
      const k = lastBefore(found, start);
      const own = k >= 0 && found[k].start >= sentence.start && !found[k].future && found[k].value.length === 10 ? found[k].value : null;
      if (m[1] && !own) continue;
      const value = own ?? storyDay(doc, found, i + 1) ?? doc.document.published;
      if (value) add({ text: m[0], value, future: false, start, end: start + m[0].length, rule: 'dates.offset-same-day' });
    }
    sameDay.lastIndex = 0;
    // "Days earlier, Wang Yi had travelled to New Delhi": the anchor's month when every such day falls in it.
    words.vaguePattern.lastIndex = 0;
    for (let m = anyVague || open ? words.vaguePattern.exec(text) : null; m; m = words.vaguePattern.exec(text)) {
      // ("Two days later" is counted above.)
      const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1]?.toLowerCase() ?? '';
      if (words.counts.has(before) || /^\d+$/.test(before)) continue;
      const [from, to] = words.vagueDays.get((m[1] ?? m[3]).toLowerCase()) ?? [0, 0];
      const direction = m[2] ? words.directions.get(m[2].toLowerCase()) ?? 0 : 1;
      add(vagueMention(doc, found, i, sentence.start + m.index, m[0], direction * from, direction * to));
    }
    words.vaguePattern.lastIndex = 0;
  }
  return out;
}

/** A verb of telling right before a date ("said on Wednesday", "told reporters late on"). */
const SAID_BEFORE = /\b(?:said|says|told|announced|reported|stated|added|confirmed)(?:\s+\w+)?\s+(?:late\s+|early\s+)?$/i;
/** How far before a date its verb of telling is looked for. */
const SAID_REACH = 30;

/** Sentences of the lead in which the story's day is looked for. */
const LEAD_SENTENCES = 2;
/** A dateline before a date: "YEREVAN, OCTOBER 16, ARMENPRESS." (capitals and a comma). */
const DATELINE_BEFORE = /^\s*[A-Z][A-Z .'’-]*,\s*$/;

/** The story's day: the first past day the lead (the body's first two sentences, before sentence `i`; the header's
 *  stamps are no part of it) gives, not the dateline's, one not told right after a verb of telling first; else null. */
function storyDay(doc: Doc, found: DateMention[], i: number): string | null {
  const first = doc.sentences.findIndex((x) => x.start >= doc.bodyStart && !isExcluded(doc, x));
  const lead = first < 0 ? [] : doc.sentences.slice(first, Math.min(i, first + LEAD_SENTENCES));
  // (The day of the act before the day it was told: "…, his press secretary said on Wednesday. Yunus and Meloni met on
  // Tuesday …".)
  let told: string | null = null;
  for (const d of found) {
    const s = lead.find((x) => d.start >= x.start && d.start < x.end);
    if (!s) continue;
    if (d.future || d.value.length !== 10 || DATELINE_BEFORE.test(doc.text.slice(s.start, d.start))) continue;
    if (!SAID_BEFORE.test(doc.text.slice(Math.max(s.start, d.start - SAID_REACH), d.start))) return d.value;
    told ??= d.value;
  }
  return told;
}

/** "Days earlier" at `start` in sentence `i`: the month of the anchor's day moved by `a` and by `b` days, when both
 *  fall in one month, else null. */
function vagueMention(doc: Doc, found: DateMention[], i: number, start: number, text: string, a: number, b: number): DateMention | null {
  const end = start + text.length;
  const k = lastBefore(found, end);
  if (k >= 0 && found[k].end > start) return null;
  // (Across a paragraph break too: wire copy gives each sentence a paragraph.)
  const anchor = anchorBefore(doc, found, i, start, ANCHOR_SENTENCES, 'day', true);
  // ("The dispute dates back to early April, when … Days later, …": a few days after a month are taken to fall in it;
  // weeks may run into the next, and days before it into the one before.)
  const month = !anchor && a > 0 && b <= VAGUE_SAME_MONTH_DAYS ? anchorBefore(doc, found, i, start, ANCHOR_SENTENCES, 'month', true) : null;
  if (month) return { text, value: month.value.slice(0, 7), future: isFuture(month.value.slice(0, 7), doc.document.published), start, end, rule: 'dates.offset-vague' };
  const first = anchor ? shift(anchor.value, 'day', a) : null;
  const last = anchor ? shift(anchor.value, 'day', b) : null;
  if (!first || !last || first.slice(0, 7) !== last.slice(0, 7)) return null;
  const value = first.slice(0, 7);
  return { text, value, future: isFuture(value, doc.document.published), start, end, rule: 'dates.offset-vague' };
}
/** How many days from a month's anchor a vague offset may reach and still be dated in that month ("days later"). */
const VAGUE_SAME_MONTH_DAYS = 7;

/** The offset `text` at `start` in sentence `i`, `n` units from its anchor (looked for `back` sentences back),
 *  or null when it overlaps a date already found or has no anchor precise enough. `same`: "the same day", "that
 *  year" (no count): the anchor may be in the sentence right before across a paragraph break, and is a main clause's. */
function offsetMention(doc: Doc, found: DateMention[], i: number, start: number, text: string, unit: OffsetUnit, n: number, back: number, rule: string, same = false): DateMention | null {
  const end = start + text.length;
  const k = lastBefore(found, end);
  if (k >= 0 && found[k].end > start) return null;
  const anchor = anchorBefore(doc, found, i, start, back, unit, same, same);
  // ("Nepal protested in January, and India rejected the protest the following day": a few days after a month, told
  // after it, are taken to fall in it, as "days later" is.)
  const month = unit === 'day' && n > 0 && n <= VAGUE_SAME_MONTH_DAYS ? anchorBefore(doc, found, i, start, back, 'month', same) : null;
  if (month && month.value.length === 7 && (!anchor || month.start > anchor.start)) {
    return { text, value: month.value, future: isFuture(month.value, doc.document.published), start, end, rule };
  }
  const value = anchor ? shift(anchor.value, unit, n) : null;
  return value ? { text, value, future: isFuture(value, doc.document.published), start, end, rule } : null;
}

/** The last past date of any precision before `pos` in sentence `i` or in the ANCHOR_SENTENCES sentences before it, or
 *  null. */
function dateNear(doc: Doc, found: DateMention[], i: number, pos: number): DateMention | null {
  const from = doc.sentences[Math.max(0, i - ANCHOR_SENTENCES)].start;
  // (A date to come names no day an act was done on: "she agreed to come next year. On the same day, …".)
  for (let k = lastBefore(found, pos); k >= 0 && found[k].start >= from; k--) if (!found[k].future) return found[k];
  return null;
}

/** Whether a date found overlaps [start, end). */
function overlapsFound(found: DateMention[], start: number, end: number): boolean {
  const k = lastBefore(found, end);
  return k >= 0 && found[k].end > start;
}

/** Whether only spaces or "of" stand between the last date found and `pos` ("January that year"). */
function rightAfterDate(found: DateMention[], pos: number, text: string): boolean {
  const k = lastBefore(found, pos);
  return k >= 0 && /^(?:\s|of\b)*$/i.test(text.slice(found[k].end, pos));
}

/** A date after the publication day, at the date's own precision. */
const isFuture = (value: string, published: string | null) => (published ? value > published.slice(0, value.length) : false);

/** Index of the last mention starting before `pos` in `found` (sorted by start), or -1. */
function lastBefore(found: DateMention[], pos: number): number {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Characters of the shortest anchor value each unit can count from (days and weeks a day, months a month). */
const NEEDS: Record<OffsetUnit, number> = { day: 10, week: 10, month: 7, year: 4 };

/** The last past date before `pos` in sentence `i`, else in the `back` sentences before it in its paragraph (with
 *  `previousParagraph`, the sentence right before `i` wherever it is), that is precise enough for `unit`
 *  ("recalled its ambassador the same month" after "in April 2025 … in 2022": April). With `mainClause`, a date of a
 *  clause of "after", "before" or "since" that follows another date of its sentence gives way to that one ("the same
 *  day" after "Talks opened on Monday, a week after the vote on May 2": Monday). */
function anchorBefore(doc: Doc, found: DateMention[], i: number, pos: number, back = ANCHOR_SENTENCES, unit: OffsetUnit = 'year', previousParagraph = false, mainClause = false): DateMention | null {
  const paragraph = doc.sentences[i].paragraph;
  const from = doc.sentences[Math.max(0, i - back)].start;
  for (let k = lastBefore(found, pos); k >= 0 && found[k].start >= from; k--) {
    const d = found[k];
    if (d.future || d.value.length < NEEDS[unit]) continue;
    if (mainClause && inLaterTimeClause(doc, found, k, pos)) continue;
    const at = sentenceAt(doc, d.start);
    return at?.paragraph === paragraph || (previousParagraph && at?.index === i - 1) ? d : null;
  }
  return null;
}

/** Words that open a clause dated apart from its sentence's main act. */
const TIME_CLAUSE = /\b(?:after|before|since)\b/i;

/** Whether date `k` stands in a clause of TIME_CLAUSE after an earlier date of its sentence (which ends before `pos`). */
function inLaterTimeClause(doc: Doc, found: DateMention[], k: number, pos: number): boolean {
  const previous = found[k - 1];
  const sentence = sentenceAt(doc, found[k].start);
  if (!previous || !sentence || previous.start < sentence.start || previous.future || sentence.end > pos) return false;
  return TIME_CLAUSE.test(doc.text.slice(previous.end, found[k].start));
}

/** " that year", " of that year", " the same year" right after a date. */
const THAT_YEAR = /^\s+(?:of\s+)?(?:that|the same) year\b/i;
const WRITTEN_YEAR = /\b\d{4}\b/;

/**
 * "… in August 2024, months after … a state visit to Hanoi in January that year": a date whose year the text
 * gives as "that year" takes the year of the last date with a written year before it (same sentence, or the two
 * before it in the paragraph). Changes `found` in place; the mention's text takes in "that year".
 */
export function resolveThatYear(doc: Doc, found: DateMention[]): void {
  for (const [k, d] of found.entries()) {
    if (WRITTEN_YEAR.test(d.text) || d.value.length < 7) continue;
    const tail = THAT_YEAR.exec(doc.text.slice(d.end, d.end + 20));
    if (!tail) continue;
    const i = sentenceAt(doc, d.start)?.index;
    if (i === undefined) continue;
    const paragraph = doc.sentences[i].paragraph;
    const from = doc.sentences[Math.max(0, i - ANCHOR_SENTENCES)].start;
    let year: string | null = null;
    for (let j = k - 1; j >= 0 && found[j].start >= from; j--) {
      if (!WRITTEN_YEAR.test(found[j].text)) continue;
      if (sentenceAt(doc, found[j].start)?.paragraph === paragraph) year = found[j].value.slice(0, 4);
      break;
    }
    if (!year) continue;
    d.value = year + d.value.slice(4);
    d.end += tail[0].length;
    d.text = doc.text.slice(d.start, d.end);
    d.future = isFuture(d.value, doc.document.published);
  }
}
