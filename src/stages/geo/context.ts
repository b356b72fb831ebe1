// Context checks for geography names that are also ordinary words or parts of people's names.
import type { GeoLexicon } from '../../lexicon/geo.ts';
import { isCapitalized, type Token } from '../../lexicon/tokens.ts';

const GLUE = new Set(['the', 'and', 'of', 'a', 'an']);
const WORD = /^\p{L}/u;

/** A capitalised word beside the match that is not itself a place: the match is part of a name. */
function nameWordAt(tokens: Token[], i: number, lex: GeoLexicon): boolean {
  const t = tokens[i];
  if (!t || !WORD.test(t.text) || !isCapitalized(t.text)) return false;
  const lower = t.key.toLowerCase();
  if (GLUE.has(lower) || lex.locativeWords.has(lower)) return false;
  return lex.trie.matchAt(tokens, i) === null;
}

/** "Michael Jordan", "Vuong Dinh Hue", "Jordan Peterson": the geography name sits inside a person's name. */
export function insideName(tokens: Token[], from: number, to: number, lex: GeoLexicon): boolean {
  return nameWordAt(tokens, from - 1, lex) || nameWordAt(tokens, to, lex);
}

/** "in Hue", "visited Beijing": the word before makes the name a location. */
export function afterLocative(tokens: Token[], from: number, lex: GeoLexicon): boolean {
  const prev = tokens[from - 1];
  return prev !== undefined && lex.locativeWords.has(prev.key.toLowerCase());
}
