// Word tokens with offsets, and the folding (diacritics, curly apostrophes) every name lookup uses.

export interface Token {
  /** The surface text. */
  text: string;
  /** The text folded for lookups: diacritics removed, ’ → '. Case is kept. */
  key: string;
  start: number;
  end: number;
}

// A token is a run of letters/digits or one other non-space character, so "U.S." is U . S .
// and "China-Vietnam" is China - Vietnam: phrases are tokenized the same way, so they still match.
const TOKEN = /[\p{L}\p{M}\p{N}]+|\S/gu;
const NON_ASCII = /[^\x00-\x7f]/;
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

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  // One shared pattern, compiled once; its position is reset here, and nothing below tokenizes again.
  const re = TOKEN;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    out.push({ text: m[0], key: fold(m[0]), start: m.index, end });
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

export function isCapitalized(word: string): boolean {
  return UPPER.test(word);
}

export function startsLowerCase(word: string): boolean {
  return LOWER.test(word);
}

export function startsWithLetter(word: string): boolean {
  return LETTER.test(word);
}

export function isAllCaps(word: string): boolean {
  return ALL_CAPS.test(word);
}

/** "HANOI" → "Hanoi", "KUALA LUMPUR" → "Kuala Lumpur". */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(WORD_START, (_, p: string, c: string) => p + c.toUpperCase());
}

// Geo, organizations and people all read the same sentences: tokenize each once. Keyed by the
// sentence object, so a re-segmented document gets fresh tokens.
const bySentence = new WeakMap<object, Token[]>();

export function sentenceTokens(text: string, sentence: { start: number; end: number }): Token[] {
  let tokens = bySentence.get(sentence);
  if (!tokens) bySentence.set(sentence, (tokens = tokenize(text, sentence.start, sentence.end)));
  return tokens;
}
