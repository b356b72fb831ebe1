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

/** Words that may open a sentence before its weekday ("On Wednesday, Xi will attend …"). */
const OPENING = /^\s*(?:(?:late|early)\s+)?(?:on|by)?\s*$/i;

/**
 * Whether a weekday at [start, end) is meant ahead of publication: a word of the future before it in its clause ("will
 * travel to Baghdad on Tuesday"), or, when the weekday opens its sentence, in the clause after its comma ("On Wednesday,
 * Xi will attend the summit").
 */
export function futureAround(text: string, start: number, end: number, futureMarker: RegExp): boolean {
  const before = clauseBefore(text, start);
  if (futureMarker.test(before)) return true;
  if (!OPENING.test(before)) return false;
  let from = end;
  while (from < text.length && (text[from] === ',' || SPACE.test(text[from]))) from++;
  const to = Math.min(text.length, from + CLAUSE_REACH);
  let i = from;
  while (i < to && !CLAUSE_BREAKS.includes(text[i])) i++;
  // ("On Wednesday, Xi said he will visit …": the day he spoke, not the visit's.)
  const clause = text.slice(from, i);
  const spoke = SPEECH.exec(clause);
  return futureMarker.test(spoke ? clause.slice(0, spoke.index) : clause);
}

/** Verbs of speech after an opening weekday: the day is the speaking's. */
const SPEECH = /\b(?:said|says|told|tells|announced|announces|added|stated|noted|confirmed|declared)\b/i;
