// Parser for years written as bare digits after a preposition ("in 2023", "by the end of 2025"),
// which chrono-node drops as digits-only. The preposition stays in the match, as chrono keeps "on".
import type { Parser, ParsingContext } from 'chrono-node';
import type { DatesLexicon } from '../../../lexicon/dates.ts';
import { escapeRegExp } from './escape.ts';

export const BARE_YEAR_TAG = 'parser/bare-year';

/**
 * A preposition (or a name's possessive: "Russia's 2022 invasion"), an optional period and a year (group 1), and
 * the word after it (group 2), which only serves
 * the count-noun check. `flags` adds to 'iu' ('g' for the quick reader in common-forms.ts). (The \b before the
 * look-behind changes nothing, as a preposition opens with a letter, but the engine tests it far faster.)
 */
export function bareYearPattern(words: DatesLexicon, flags = ''): RegExp {
  const alt = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const notWord = words.yearPrepositions.find((p) => !/^[a-z]/i.test(p));
  if (notWord !== undefined) throw new Error(`data/dates/year-prepositions.txt: "${notWord}" must start with a letter`);
  // periods ending in "-" ("mid-") join the year directly; the others are followed by a space.
  const periods = words.yearPeriods.map((p) => (p.endsWith('-') ? escapeRegExp(p) : `${escapeRegExp(p)}\\s+`));
  return new RegExp(
    `(?:\\b(?<![\\w-])(?:${alt(words.yearPrepositions)})|(?<=\\p{L})['’]s)\\s+(?:(?:${periods.join('|')}))?((?:19|20)\\d{2})(?![\\w%]|[.,]\\d|[-–/]\\d)(?:\\s+([\\p{L}%]+))?`,
    'iu' + flags,
  );
}

// (\p{…} patterns stand in module constants: see lexicon/tokens.ts.)
const UPPER_FIRST = /^\p{Lu}/u;
const AFTER_THE = /^the\s/i;

/** "the 2024 Summit of …", "the 2030 Agenda": a year between "the" and a capitalised word is part of a name. */
export function namedAfterYear(matched: string, next: string | undefined): boolean {
  return next !== undefined && AFTER_THE.test(matched) && UPPER_FIRST.test(next);
}

export function createBareYearParser(words: DatesLexicon): Parser {
  const pattern = bareYearPattern(words);
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const next = match[2]?.toLowerCase();
      if (next && words.countNouns.has(next)) return null;
      if (namedAfterYear(match[0], match[2])) return null;
      // The word after the year only served the count-noun check; it is not part of the date.
      const text = next ? match[0].slice(0, match[0].length - match[2].length).trimEnd() : match[0];
      const result = context.createParsingResult(match.index ?? 0, text, { year: Number(match[1]) });
      result.addTag(BARE_YEAR_TAG);
      return result;
    },
  };
}
