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
