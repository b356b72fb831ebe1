// chrono runs every parser's pattern over the whole sentence, and most sentences lack the word a given parser
// needs (a month name, "ago"). Wrapped here, a parser first checks for that word (a necessary condition of its
// pattern, with the same case rules) and is skipped without it: the same results, with less scanning.
import type { Parser, ParsingContext } from 'chrono-node';

// Each pattern (chrono-node 2.10, src/locales/en/parsers/ and constants.ts) cannot match without one of these.
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const REQUIRED: Record<string, RegExp> = {
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENYearMonthNameParser: MONTH,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i,
};

/** A pattern that fails at once: sticky, so it is tried at the first position only. */
const NEVER = /(?!)/y;

/** Names of the chrono parsers that get a pre-check (exported for a test that they still exist). */
export const PREFILTERED_PARSERS = Object.keys(REQUIRED);

/** `parser` with its pre-check, or `parser` itself when it has none. */
export function withPrefilter(parser: Parser): Parser {
  const required = REQUIRED[parser.constructor.name];
  if (!required) return parser;
  return {
    pattern: (context: ParsingContext) => (required.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context: ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
  };
}
