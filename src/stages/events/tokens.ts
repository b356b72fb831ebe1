// Word tokens of one sentence with offsets into the article text; "China's" → China + 's, "didn't" → did + n't.

export interface Tok {
  text: string;
  /** Lower case, curly apostrophes made straight: what cue patterns and word lists compare. */
  lower: string;
  start: number;
  end: number;
}

// Words keep inner hyphens, dots and apostrophes (U.S., two-day, Côte d'Ivoire); anything else is one token.
const TOKEN = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*|\S/gu;
const CLITIC = /(['’]s|n['’]t)$/i;

export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const push = (start: number, end: number) => {
    const t = text.slice(start, end);
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start, end });
  };
  const re = new RegExp(TOKEN.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    const clitic = CLITIC.exec(text.slice(start, end));
    if (clitic && clitic.index > 0) {
      push(start, start + clitic.index);
      push(start + clitic.index, end);
    } else push(start, end);
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

/** The token range [from, to) covering characters [start, end). */
export function tokenRange(tokens: readonly Tok[], start: number, end: number): [number, number] {
  const from = tokenIndexAt(tokens, start);
  let to = from;
  while (to < tokens.length && tokens[to].start < end) to++;
  return [from, to];
}

const PUNCT = /^[^\p{L}\p{N}$%]+$/u;

export function isPunct(t: Tok): boolean {
  return PUNCT.test(t.text);
}

export function isCapitalized(t: Tok): boolean {
  return /^\p{Lu}/u.test(t.text);
}
