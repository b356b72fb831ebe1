// Refiner that drops what chrono reads as a date but news English does not mean as one:
// durations ("for 20 years"), narrative-relative days ("a day earlier"), "now", a lowercase
// month that is a verb ("march"), a month that is a surname ("Theresa May"), and a lone
// weekday abbreviation that is a name ("Sun Weidong").
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { textBefore } from './text-before.ts';

/**
 * Relative dates kept: counted back from publication ("3 days ago") or a calendar unit next to it
 * ("last month"). "over the past month" is a span ending now, not a month, and is dropped.
 */
const PUBLICATION_RELATIVE = /\bago\b|^(?:last|next|this)\s+(?:week|month|year|decade)$/i;
const WEEKDAY_ABBREVIATION = /^(?:on\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?$/i;
const MONTH_WORD = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;

const STARTS_WITH_MONTH = new RegExp(`^${MONTH_WORD.source}`, 'i');
const CALENDAR_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
// Module constants: see the note in lexicon/tokens.ts.
const CAPITALISED = /^\p{Lu}/u;
const NAME_BEFORE = /([\p{L}-]+) +$/u;

/** Whether the month at `index` follows a capitalised word that is part of a name ("Theresa May"). */
export function isMonthAfterName(text: string, index: number, functionWords: Set<string>): boolean {
  const before = NAME_BEFORE.exec(textBefore(text, index))?.[1] ?? '';
  return CAPITALISED.test(before) && !functionWords.has(before.toLowerCase()) && !CALENDAR_WORD.test(before);
}

/** A part of the day alone, and the words before it that tie it to the story's own day. */
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/i;
const NARRATIVE_BEFORE = /\b(?:same|that|following|next|previous)\s+$/i;

/** "last year, 17 percent more": chrono merges the number after the comma into the relative date as an hour. */
const RELATIVE_THEN_NUMBER = /^((?:last|next|this)\s+(?:week|month|year|decade)),?\s+\d{1,2}$/i;

export function createDropUnlikelyRefiner(functionWords: Set<string>): Refiner {
  const keep = (context: ParsingContext, r: ParsingResult): boolean => {
    const tags = r.tags();
    if (tags.has('casualReference/now')) return false;
    // "dispatched the team the same evening", "met that night": a part of the day the story has already dated, not the
    // publication day's ("this evening" is).
    if (PART_OF_DAY.test(r.text.trim()) && NARRATIVE_BEFORE.test(textBefore(context.text, r.index))) return false;
    const relativeThenNumber = tags.has('result/relativeDate') ? RELATIVE_THEN_NUMBER.exec(r.text.trim()) : null;
    if (relativeThenNumber && r.start.isCertain('hour') && !r.start.isCertain('day')) {
      r.text = relativeThenNumber[1];
      r.start.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem']);
      r.end = undefined;
    }
    if (tags.has('result/relativeDate') && !PUBLICATION_RELATIVE.test(r.text.trim())) return false;
    const s = r.start;
    if (s.isCertain('weekday') && !s.isCertain('day') && WEEKDAY_ABBREVIATION.test(r.text.trim())) return false;
    const monthOnly = s.isCertain('month') && !s.isCertain('day') && !s.isCertain('year');
    if (monthOnly) {
      const month = MONTH_WORD.exec(r.text)?.[0] ?? '';
      if (month && month[0] === month[0].toLowerCase()) return false;
    }
    // A month right after a name, with no comma between, is part of the name: "Theresa May",
    // "the boat Unaizah May 4". (The price: "in Hanoi March 3" is lost; wire copy writes "on March 3".)
    if ((monthOnly || STARTS_WITH_MONTH.test(r.text)) && isMonthAfterName(context.text, r.index, functionWords)) return false;
    return true;
  };
  return { refine: (context, results) => results.filter((r) => keep(context, r)) };
}
