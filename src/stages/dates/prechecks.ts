// Cheap tests that chrono's slowest parsers could match a text at all. chrono runs every parser's
// regular expression over the whole sentence; a parser whose expression cannot match gives no result,
// so skipping it when its test fails leaves chrono's output exactly as it was. Each test is a necessary
// condition read off the parser's pattern in chrono-node 2.10 (MIT licence): a part that every match
// must contain, written without the costly rest. prechecks.test.ts checks them against the patterns.
import type { Parser } from 'chrono-node';

// The first letters of every way chrono writes a count (NUMBER_PATTERN: a figure, "one" to "twelve",
// "a"/"an", "half", "few", "several", "the", "couple").
const COUNT_START = '(?:[0-9]|a|the|t(?:en|wo|hree|welve)|one|four|five|six|seven|eight|nine|eleven|half|few|several|couple)';

/**
 * By parser class name: a test the text must pass for the parser's pattern to match anywhere in it. Only
 * where the test is much faster than the pattern (measured on the bench corpus): each starts with words,
 * which the regular expression engine finds quickly, where chrono's patterns start with any non-word character.
 */
const PRECHECKS: Record<string, RegExp> = {
  // "<count> <unit> ago/before/earlier"
  ENTimeUnitAgoFormatParser: /(?:ago|before|earlier)(?=\W|$)/i,
  // "<count> <unit> later/after/from now/henceforth/forward/out"
  ENTimeUnitLaterFormatParser: /(?:later|after|from now|henceforth|forward|out)(?=\W|$)/i,
  // "this/last/past/next/after/+/- [about/around] <count> <unit>"
  ENTimeUnitCasualRelativeFormatParser: new RegExp(`(?:this|last|past|next|after|\\+|-)\\s*${COUNT_START}`, 'i'),
  // "<day> [to <day>] [of] <month>": a day is a figure or an ordinal word, and every ordinal ends in st, nd,
  // rd or th; every month name and abbreviation starts with one of these twelve.
  ENMonthNameLittleEndianParser: /(?:[0-9]|st|nd|rd|th)(?:-|\/|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
};

// Matches nothing, and fails at once: only the start of the text is tried.
const NEVER = /^(?!)/;

/** The parser, skipped (its pattern made one that never matches) on a text that fails its precheck. */
export function withPrecheck(parser: Parser): Parser {
  const precheck = PRECHECKS[parser.constructor.name];
  if (!precheck) return parser;
  return {
    pattern: (context) => (precheck.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

export { PRECHECKS };
