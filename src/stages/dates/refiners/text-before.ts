// The word and spaces right before a date: all that the refiners' end-anchored patterns can match.
// Running those patterns over the whole text before a date costs time in proportion to its length.

const SPACE = /\s/;
// Letters and hyphens; a surrogate is half of a letter (or other sign) outside the BMP, kept so that
// the pattern still sees the whole character.
const WORD_CHAR = /[\p{L}\-\uD800-\uDFFF]/u;

/**
 * The text before `index` from the start of its last run of word characters followed by spaces.
 * A pattern of the form `(word characters)(spaces)$` matches this exactly as it matches the whole
 * text before `index`: its match cannot reach past the character where the run stops.
 */
export function textBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && SPACE.test(text[i - 1])) i--;
  while (i > 0 && WORD_CHAR.test(text[i - 1])) i--;
  return text.slice(i, index);
}

/** How far back the words of a date's clause are read (a bound: a line of a million words has no end). */
const CLAUSE_REACH = 80;
const CLAUSE_BREAKS = '.,;:!?';

/** The words before `index` back to the start of their clause (after a comma, semicolon or sentence end), at most CLAUSE_REACH characters. */
export function clauseBefore(text: string, index: number): string {
  const from = Math.max(0, index - CLAUSE_REACH);
  for (let i = index - 1; i >= from; i--) if (CLAUSE_BREAKS.includes(text[i])) return text.slice(i + 1, index);
  return text.slice(from, index);
}
