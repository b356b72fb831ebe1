// Reads an amount as written ("229.8 billion", "1,200", "5bn", "two million") into a number.
import type { FiguresLexicon } from '../../lexicon/figures.ts';

/** "111,6" (before "million"): a comma before one or two digits is a decimal comma. */
const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/;
/** The separators of thousands: "1,200", "40 000". */
const THOUSANDS = /[, \u00a0\u202f]/g;

/** The value of an amount, or null when it is not one (a number word with no multiplier is one only
 *  with `bareWords`, for counts such as "five agreements"). */
export function parseAmount(amount: string, lex: FiguresLexicon, bareWords = false): number | null {
  const m = lex.amountParts.exec(amount.trim());
  if (!m) return null;
  const [, numberPart, multiplierPart] = m;
  const word = lex.numberWords.get(numberPart.toLowerCase());
  const n = word ?? Number(DECIMAL_COMMA.test(numberPart) ? numberPart.replace(',', '.') : numberPart.replace(THOUSANDS, ''));
  if (!Number.isFinite(n)) return null;
  if (word !== undefined && !multiplierPart && !bareWords) return null;
  const mult = multiplierPart ? lex.multipliers.get(multiplierPart.toLowerCase().replace(/\s+/g, ' ')) : 1;
  if (mult === undefined) return null;
  // toPrecision removes binary noise: 229.8 × 1e9 is 229800000000, not 229800000000.00003.
  return Number((n * mult).toPrecision(12));
}

/** A bare four-digit number between 1800 and 2100 with no multiplier reads as a year, not a count. */
export function looksLikeYear(amount: string): boolean {
  return /^(1[89]\d\d|20\d\d)$/.test(amount.trim());
}
