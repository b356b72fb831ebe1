// Parenthesised acronyms: "Communist Party of Vietnam (CPV)". Known-name matching skips them so that
// "Communist Party of China (CPC) Central Committee" still reads as one body, and the acronym is linked
// to the name written before it.
import { isCapitalized, type Token } from '../../lexicon/tokens.ts';

const ACRONYM = /^[A-Z][A-Za-z0-9]{1,9}$/;

/** Index of the acronym token when tokens[i..i+2] are "(", ACRONYM, ")". */
export function parenAcronymAt(tokens: Token[], i: number): boolean {
  return tokens[i]?.text === '(' && tokens[i + 2]?.text === ')' && ACRONYM.test(tokens[i + 1]?.text ?? '') && /[A-Z].*[A-Z]/.test(tokens[i + 1].text);
}

/** The tokens without "(ACR)" groups, and for each kept token its index in the original list. A sentence
 *  without such a group (most of them) is its own view, and its index is null: nothing is copied. */
export function withoutParenAcronyms(tokens: Token[]): { view: Token[]; index: number[] | null } {
  let first = 0;
  while (first < tokens.length && (tokens[first].text !== '(' || !parenAcronymAt(tokens, first))) first++;
  if (first === tokens.length) return { view: tokens, index: null };
  const view: Token[] = [];
  const index: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (parenAcronymAt(tokens, i)) {
      i += 2;
      continue;
    }
    view.push(tokens[i]);
    index.push(i);
  }
  return { view, index };
}

/** "Foreign Relations Commission" and "FRC": the capitalised words' initials spell the acronym. */
export function initialsMatch(words: string[], acronym: string): boolean {
  const initials = words.filter((w) => isCapitalized(w)).map((w) => w[0]).join('');
  return initials.length >= 2 && initials === acronym.replace(/[^A-Z]/g, '');
}
