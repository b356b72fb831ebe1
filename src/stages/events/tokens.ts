// Word tokens of one sentence with offsets into the article text; "China's" → China + 's, "didn't" → did + n't.
import { isAsciiLetterOrDigit, isAsciiSpace, NON_ASCII } from '../../lexicon/tokens.ts';

/**
 * The word at k, or '' before the first or after the last. (A read past either end of an array gives undefined, but
 * the first one in an optimised function deoptimises it, as does the first undefined met by a comparison with a word.)
 */
export const wordAt = (words: readonly string[], k: number): string => (k >= 0 && k < words.length ? words[k] : '');

/** Words that open a noun phrase in apposition after a comma (", a former U.N. official appointed in May,", ", both
 *  residents of the Pskov Region,"). */
export const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'both', 'all', 'each']);

export interface Tok {
  text: string;
  /** Lower case, curly apostrophes made straight: what cue patterns and word lists compare. */
  lower: string;
  start: number;
  end: number;
}

// Words keep inner hyphens, dots and apostrophes (U.S., two-day, Côte d'Ivoire) and a comma between digits
// (300,000: one number, not a clause break); anything else is one token.
// One shared pattern (a module constant: see lexicon/tokens.ts); tokenize resets its position.
const TOKEN = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+|(?<=\p{N}),\p{N}[\p{L}\p{N}]*)*|\S/gu;

const isApostrophe = (c: string) => c === "'" || c === '’';

/** Where a clitic ('s, n't, any case) ends the word text[start, end), or -1: the clitic must follow something. */
function cliticStart(text: string, start: number, end: number): number {
  const last = text[end - 1];
  if ((last === 's' || last === 'S') && end - start > 2 && isApostrophe(text[end - 2])) return end - 2;
  if ((last === 't' || last === 'T') && end - start > 3 && isApostrophe(text[end - 2]) && (text[end - 3] === 'n' || text[end - 3] === 'N')) return end - 3;
  return -1;
}

/** Whether lower-casing and straightening apostrophes leave text[start, end) as it is (most words). */
function isPlainLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return false;
  }
  return true;
}

function token(text: string, start: number, end: number): Tok {
  const t = text.slice(start, end);
  if (isPlainLower(text, start, end)) return { text: t, lower: t, start, end };
  const lower = t.toLowerCase();
  return { text: t, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end };
}

/** A wire headline's kicker joined to its first word by a hyphen: "EXCLUSIVE-Ethiopia …", "UPDATE 2-Blinken …". */
const KICKER = /^(?:EXCLUSIVE|UPDATE|WRAPUP|ANALYSIS|INSIGHT|FACTBOX|REFILE|CORRECTED|BREAKING|\d{1,2})-(?=\p{Lu}\p{Ll})/u;
const KICKER_WORDS = new Set(['update', 'wrapup']);

/** Adds the word text[start, end), split before a clitic ("China's" → China + 's), and after a kicker's hyphen. */
function pushWord(out: Tok[], text: string, start: number, end: number): void {
  // (Only as a sentence's first or second word; a number is a kicker's only after "UPDATE" or "WRAPUP": "UPDATE
  // 2-Blinken", not "2-Nil".)
  const kicker = out.length <= 1 && text.charCodeAt(start) <= 90 ? KICKER.exec(text.slice(start, end)) : null;
  if (kicker && (!/^\d/.test(kicker[0]) || KICKER_WORDS.has(out.at(-1)?.lower ?? ''))) {
    const hyphen = start + kicker[0].length - 1;
    out.push(token(text, start, hyphen), token(text, hyphen, hyphen + 1));
    start = hyphen + 1;
  }
  const clitic = cliticStart(text, start, end);
  if (clitic > 0) out.push(token(text, start, clitic), token(text, clitic, end));
  else out.push(token(text, start, end));
}

const isJoiner = (c: number) => c === 45 || c === 46 || c === 39; // - . '
const isDigit = (c: number) => c >= 48 && c <= 57;

export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  // Most sentences are plain ASCII, up to the character after them where the last token may run on: a loop over
  // character codes finds the tokens the pattern would, without a match object and a string for each.
  if (NON_ASCII.test(text.slice(from, to + 1))) {
    TOKEN.lastIndex = from;
    for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) pushWord(out, text, m.index, Math.min(m.index + m[0].length, to));
    return out;
  }
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (isAsciiSpace(c)) {
      i++;
      continue;
    }
    const start = i++;
    if (isAsciiLetterOrDigit(c)) {
      for (;;) {
        while (i < to && isAsciiLetterOrDigit(text.charCodeAt(i))) i++;
        // A joiner continues the word only before a letter or digit (which may be the one at `to`).
        if (i < to && isJoiner(text.charCodeAt(i)) && isAsciiLetterOrDigit(text.charCodeAt(i + 1))) i += 2;
        // A thousands separator: "300,000" is one number.
        else if (i < to && text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    }
    pushWord(out, text, start, Math.min(i, to));
  }
  return out;
}

/** Index of the token containing character `pos`, or of the first token after it; tokens.length if none. */
export function tokenIndexAt(tokens: readonly Tok[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that starts at or after character `pos`, or -1 if none does. */
export function firstTokenFrom(tokens: readonly Tok[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

/** The token range [from, to) covering characters [start, end). */
export function tokenRange(tokens: readonly Tok[], start: number, end: number): [number, number] {
  const from = tokenIndexAt(tokens, start);
  let to = from;
  while (to < tokens.length && tokens[to].start < end) to++;
  return [from, to];
}

const PUNCT = /^[^\p{L}\p{N}$%]+$/u;
const UPPER = /^\p{Lu}/u;
// Most tokens start with an ASCII character, whose class is known without a regular expression.
const isAsciiWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 37;

export function isPunct(t: Tok): boolean {
  return isAsciiWordChar(t.text.charCodeAt(0)) ? false : PUNCT.test(t.text);
}

export function isCapitalized(t: Tok): boolean {
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(t.text);
}
