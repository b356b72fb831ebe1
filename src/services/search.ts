// Use case: full-text search over article text (FTS5, bm25 ranking, highlighted snippets). User
// words are quoted before they reach FTS5, so no input can be a syntax error.
import type { Page, PageRequest, SearchHit, Store } from '../store/index.ts';

/** Private-use characters: never in news text, so a client can split snippets on them safely. */
export const DEFAULT_MARKS = { open: '\uE000', close: '\uE001' };

export interface SearchResult extends Page<SearchHit> {
  /** The words as searched, e.g. `"standard gauge" "railway"`. */
  query: string;
  marks: { open: string; close: string };
}

/** Thrown for a query with nothing to search for; the message says why. */
export class SearchQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchQueryError';
  }
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * An FTS5 query from what a user typed: "quoted phrases" stay phrases, other words are each
 * quoted (so "standard-gauge" is the phrase standard gauge and AND, NEAR or a stray parenthesis
 * are plain words), a trailing * keeps a prefix search, and OR between two terms stays OR.
 * Every other term must match.
 */
export function toFtsQuery(input: string): string {
  const terms: string[] = [];
  const re = /"([^"]*)"?|(\S+)/g;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    if (m[1] !== undefined) {
      if (/[\p{L}\p{N}]/u.test(m[1])) terms.push(quote(m[1].trim()));
      continue;
    }
    const word = m[2];
    if (word === 'OR' && terms.length && terms.at(-1) !== 'OR') {
      terms.push('OR');
      continue;
    }
    const prefix = word.endsWith('*');
    const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (core) terms.push(quote(core) + (prefix ? '*' : ''));
  }
  while (terms.at(-1) === 'OR') terms.pop();
  return terms.join(' ');
}

export function searchArticles(store: Store, q: string, page: PageRequest = {}, marks = DEFAULT_MARKS): SearchResult {
  const query = toFtsQuery(q);
  if (!query) throw new SearchQueryError(`nothing to search for in "${q}" (give at least one word)`);
  return { ...store.search(query, page, marks), query, marks };
}
