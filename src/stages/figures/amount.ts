// Reads an amount as written ("229.8 billion", "1,200", "5bn", "two million") into a number.
import type { FiguresLexicon } from '../../lexicon/figures.ts';

/** The value of an amount, or null when it is not one (a number word with no multiplier is one only
 *  with `bareWords`, for counts such as "five agreements"). */
export function parseAmount(amount: string, lex: FiguresLexicon, bareWords = false): number | null {
  const m = lex.amountParts.exec(amount.trim());
  if (!m) return null;
  const [, numberPart, multiplierPart] = m;
  const word = lex.numberWords.get(numberPart.toLowerCase());
  const n = word ?? Number(numberPart.replace(/,/g, ''));
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
