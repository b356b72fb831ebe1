// Word tokens with offsets, and the folding (diacritics, curly apostrophes) every name lookup uses.
import type { Sentence } from '../core/doc.ts';

export interface Token {
  /** The surface text. */
  text: string;
  /** The text folded for lookups: diacritics removed, ’ → '. Case is kept. */
  key: string;
  /** `key` in lower case, for case-insensitive lookups. */
  lower: string;
  /** A word in capitals ("HANOI") as a name is written ("Hanoi"), for lookups of datelines; else null. */
  capitalised: string | null;
  start: number;
  end: number;
}

// A token is a run of letters/digits or one other non-space character, so "U.S." is U . S .
// and "China-Vietnam" is China - Vietnam: phrases are tokenized the same way, so they still match.
const TOKEN = /[\p{L}\p{M}\p{N}]+|\S/gu;
/** Any character outside ASCII: the tokenizers' fast paths (character codes) handle ASCII text only. */
export const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

/** Removes diacritics (Nguyễn → Nguyen, Đà → Da) and turns curly apostrophes into straight ones. */
export function fold(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd'))
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[–—]/g, '-');
}

function token(text: string, key: string, start: number, end: number): Token {
  const lower = key.toLowerCase();
  return { text, key, lower, capitalised: key.length > 2 && key !== lower && isAllCaps(key) ? key[0] + key.slice(1).toLowerCase() : null, start, end };
}

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
export const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** A space, tab or line break (character codes 32 and 9–13). */
export const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  // Most sentences are plain ASCII (up to the character after them, where the last token may run on): then a
  // loop over character codes finds the tokens the pattern would, and no token needs folding.
  if (NON_ASCII.test(text.slice(from, to + 1))) {
    // A shared pattern, compiled once; the position is reset here, and nothing below tokenizes again.
    TOKEN.lastIndex = from;
    for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
      const end = m.index + m[0].length;
      if (end > to) break;
      out.push(token(m[0], fold(m[0]), m.index, end));
    }
    return out;
  }
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (isAsciiSpace(c)) {
      i++;
      continue;
    }
    const start = i++;
    // A run of letters and digits (which may go on past `to`), or one other character; whether it has a
    // capital, and whether it is all capitals (no digits), which token() would find with regular expressions.
    let capitals = isAsciiUpper(c);
    let allCaps = capitals;
    if (isAsciiLetterOrDigit(c)) {
      // (Bounded by the text's length: a read past its end deoptimised tokenize.)
      for (; i < text.length && isAsciiLetterOrDigit(text.charCodeAt(i)); i++) {
        const upper = isAsciiUpper(text.charCodeAt(i));
        capitals ||= upper;
        allCaps &&= upper;
      }
    }
    if (i > to) break;
    const word = text.slice(start, i);
    // A token without capitals (most) is its own key and lower case.
    if (!capitals) {
      out.push({ text: word, key: word, lower: word, capitalised: null, start, end: i });
      continue;
    }
    const lower = word.toLowerCase();
    out.push({ text: word, key: word, lower, capitalised: allCaps && word.length > 2 ? word[0] + lower.slice(1) : null, start, end: i });
  }
  return out;
}

// \p{…} patterns live in module constants, and stages test word shapes through the functions below:
// the TypeScript loader (esbuild, target node20) turns a \p{…} literal inside a function into a
// `new RegExp` call that runs, and compiles, every time the function does.
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const LETTER = /^\p{L}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{M}]+$/u;
const WORD_START = /(^|[\s\-'(])(\p{L})/gu;
// A possessive "'S" that WORD_START raised: "President'S" → "President's".
const POSSESSIVE_S = /(\p{L}['’])S\b/gu;

// Most words start with an ASCII character, whose class is known without a regular expression.

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) : UPPER.test(word);
}

export function startsLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? isAsciiLower(c) : LOWER.test(word);
}

export function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) || isAsciiLower(c) : LETTER.test(word);
}

export function isAllCaps(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 && !isAsciiUpper(c) ? false : ALL_CAPS.test(word);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether `words` stand in `text` as whole words ("in Beirut on", not "Beiruti"). */
export function hasWholeWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + words.length] ?? ' ')) return true;
  }
  return false;
}

/** "HANOI" → "Hanoi", "KUALA LUMPUR" → "Kuala Lumpur". */
export function titleCase(s: string): string {
  // "PRESIDENT'S" → "President's", not "President'S"; "O'BRIEN" → "O'Brien".
  return s.toLowerCase().replace(WORD_START, (_, p: string, c: string) => p + c.toUpperCase()).replace(POSSESSIVE_S, '$1s');
}

// Geo, organizations and people all read the same sentences: tokenize each once. Kept by the document's list of
// sentences, so a re-segmented document gets fresh tokens. Speed: one entry an article, not one a sentence (a
// weak map of every sentence cost the garbage collector more than the tokenizing saved).
const byList = new WeakMap<readonly object[], Token[][]>();

/** The tokens of `sentence`, one of `doc.sentences` (any other span, a caption, is tokenized anew each time). */
export function sentenceTokens(doc: { text: string; sentences: readonly Sentence[] }, sentence: { start: number; end: number; index?: number }): Token[] {
  const list = doc.sentences;
  // (Bounds first: a read outside the list deoptimises.)
  const k = sentence.index ?? -1;
  if (k < 0 || k >= list.length || list[k] !== sentence) return tokenize(doc.text, sentence.start, sentence.end);
  let all = byList.get(list);
  if (!all) {
    all = [];
    for (const s of list) all.push(tokenize(doc.text, s.start, s.end));
    byList.set(list, all);
  }
  return all[k];
}
