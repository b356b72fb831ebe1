// The chrono-node configuration dyad reads dates with: chrono's casual English parsers plus
// dyad's parser and refiners for news conventions. Their order is set here, with the reasons.
import * as chrono from 'chrono-node';
import type { Lexicon } from '../../lexicon/index.ts';
import type { DatesLexicon } from '../../lexicon/dates.ts';
import { createBareYearParser } from './parsers/bare-year.ts';
import { createDropUnlikelyRefiner } from './refiners/drop-unlikely.ts';
import { createMonthRelativeYearRefiner } from './refiners/month-relative-year.ts';
import { createPastMonthRefiner } from './refiners/past-month.ts';
import { createPastWeekdayRefiner } from './refiners/past-weekday.ts';
import { createQualifierRefiner } from './refiners/qualifier.ts';
import { withPrecheck } from './prechecks.ts';

// One chrono instance per lexicon: built from data words, so not a module-level global.
const instances = new WeakMap<Lexicon, chrono.Chrono>();

/** Words before a month that do not make it part of a name ("in May", not "Theresa May"). */
export function nameFunctionWords(words: DatesLexicon): Set<string> {
  return new Set([...words.yearPrepositions, ...words.qualifiers.keys(), 'last', 'this', 'next', 'of', 'and', 'or', 'the', 'early', 'late', 'on']);
}

export function newsChrono(lexicon: Lexicon): chrono.Chrono {
  let instance = instances.get(lexicon);
  if (instance) return instance;
  const words = lexicon.dates;
  instance = chrono.casual.clone();
  // The slowest parsers are skipped on a sentence they cannot match (prechecks.ts): the same results, sooner.
  instance.parsers = instance.parsers.map(withPrecheck);
  // chrono drops digits-only years; "in 2023" is the commonest way news dates a past event.
  instance.parsers.push(createBareYearParser(words));
  // dyad's refiners run after chrono's own, which have already merged ranges and removed overlaps.
  instance.refiners.push(
    // first drop what is not a date at all, so later refiners never adjust a non-date.
    createDropUnlikelyRefiner(nameFunctionWords(words)),
    // "March last year" must get its year before the past-month rule fills in a missing one.
    createMonthRelativeYearRefiner(),
    createPastMonthRefiner(),
    createPastWeekdayRefiner(words.futureMarker),
    // last: widening a match with "later" must not change what the rules above matched on.
    createQualifierRefiner(words.qualifiers),
  );
  instances.set(lexicon, instance);
  return instance;
}
