// Reads the text after "By": author names, and the outlet or date written beside them.
import { findOutlet, type DocumentLexicon } from '../../lexicon/document.ts';
import { isAllCaps, isCapitalized, titleCase } from '../../lexicon/tokens.ts';
import { findHeaderDate } from './header-date.ts';

export interface BylineFacts {
  byline: string;
  source?: string;
  published?: string;
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.\-]*|de|da|van|von|der|bin|binti|al|el)$/u;
// Lower-case words before the name ("staff reporter Jane Doe"), and "in/for Place" after it; module
// constants, see lexicon/tokens.ts.
const LEADING_LOWER_WORDS = /^(?:\p{Ll}[\p{L}-]*\s+)+/u;
const TRAILING_PLACE = /\s+(?:in|for)\s+\p{Lu}[\p{L} .'-]*$/u;

function isName(s: string): boolean {
  const words = s.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)) && isCapitalized(words[0]);
}

/** "Cao Desheng ( China Daily", "JANE DOE and JOHN ROE, Reuters", "Zhang Yi | China Daily | Updated: 2024-04-09 07:15". */
export function parseByline(rest: string, lex: DocumentLexicon): BylineFacts | null {
  // "By political reporter Jane Doe": job words are lower case, names are not.
  rest = rest.replace(LEADING_LOWER_WORDS, '');
  const parts = rest.split(/\s*[|()[\]]\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  const commaParts = parts[0].split(/\s*,\s*/).filter(Boolean);
  const facts: Partial<BylineFacts> = {};
  const names: string[] = [];
  for (const cp of commaParts) {
    const outlet = findOutlet(lex, cp);
    if (outlet) {
      facts.source ??= outlet.name;
      continue;
    }
    for (let n of cp.split(/\s+(?:and|&)\s+/)) {
      n = n.replace(TRAILING_PLACE, '').trim();
      if (!isName(n)) return names.length ? { ...facts, byline: names.join(' and ') } : null;
      names.push(isAllCaps(n.replace(/[\s.'-]/g, '')) ? titleCase(n) : n);
    }
  }
  if (names.length === 0) return null;
  for (const p of parts.slice(1)) {
    const outlet = findOutlet(lex, p);
    if (outlet) facts.source ??= outlet.name;
    else facts.published ??= findHeaderDate(p)?.date;
  }
  if (!facts.published) delete facts.published;
  return { ...facts, byline: names.join(' and ') };
}
