// Recognizer: a named place the gazetteer lacks, told by the noun beside it: "the Jarinje border crossing",
// "Eastleigh district", "the town of Argyle" (data/geo/site-nouns.tsv).
import type { Lexicon } from '../../lexicon/index.ts';
import { isCapitalized, type Token } from '../../lexicon/tokens.ts';
import { matchGeo } from './gazetteer.ts';

export interface SiteHit {
  /** Token range [from, to) of the name alone. */
  from: number;
  to: number;
  kind: string;
  /** The country an apposition names ("in Gabala, Azerbaijan"), else undefined; the token after that country. */
  country: string | undefined;
  spanTo: number | undefined;
  /** Read only from its place after a locative word: not a name any list knows. */
  unknown: boolean;
}

/** A hit with every field present: hits of one hidden class, which findGeo reads without being deoptimised by
 *  another (see segment/index.ts). */
function siteHit(from: number, to: number, kind: string, country?: string, spanTo?: number, unknown = false): SiteHit {
  return { from, to, kind, country, spanTo, unknown };
}

const LOCATIVE_NAME = new Set(['in', 'at', 'near', 'off']);
const LETTERS_ONLY = /^\p{Lu}[\p{Ll}'’-]*$/u; // a module constant: see lexicon/tokens.ts
/** Words that end the phrase of a place read after a locative word ("in Grodno on suspicion …"). */
const NAME_END = new Set([',', '.', ';', ':', ')', 'on', 'last', 'this', 'earlier', 'late', 'early', 'after', 'before', 'since', 'for', 'and',
  'in', 'near', 'over', 'amid', 'during', 'when', 'where', 'while', 'to', 'as', 'from']);

/** Capitalised words [from, to) that no list names: no non-name word (not-names.txt, not-places.txt), title, person or body. */
function unknownName(tokens: Token[], from: number, to: number, lexicon: Lexicon): boolean {
  // ("at Jubilee House", "in Baker Street": a building or a street; the city it is in, if named, is the place.)
  if (lexicon.geo.venueNouns.has(tokens[to - 1].key)) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    // (Letters only: "Rs1.1 trillion" is money; "Tsinghua University" is a body by its head noun.)
    if (!LETTERS_ONLY.test(t.text) || lexicon.people.notNames.has(t.text) || lexicon.geo.notPlaces.has(t.text) || lexicon.people.titles.matchAt(tokens, k)) return false;
    if (lexicon.people.leaderTrie.matchAt(tokens, k) || lexicon.organizations.trie.matchAt(tokens, k) || lexicon.organizations.heads.matchAt(tokens, k)) return false;
  }
  return true;
}

/** How many capitalised words a site's name may have ("Marsa Ben M'Hidi"). */
const NAME_WORDS = 4;
// (A lone capital is a part before an apostrophe: "M'Hidi".)
const CAPITALISED = /^\p{Lu}(\p{Ll}|$)/u;
/** CAPITALISED, tested only past the first letter's quick check (most words are not capitalised). */
const isCapitalisedWord = (word: string) => isCapitalized(word) && CAPITALISED.test(word);
const LETTER = /\p{L}/u;
const AT = new Set(['in', 'at', 'near']);
/** Noun phrases of one or two words. */
const NOUN_WORDS = 2;

/** The capitalised words from `i` (joined by hyphens or apostrophes written without spaces), or the index `i`. */
function nameEnd(tokens: Token[], i: number, lexicon: Lexicon): number {
  let to = i;
  let words = 0;
  while (to < tokens.length && words < NAME_WORDS && isCapitalisedWord(tokens[to].text) && !lexicon.people.titles.matchAt(tokens, to)) {
    to++;
    words++;
    // "M'Hidi", "Ras El-Hekma": a hyphen or apostrophe between two parts written together.
    while (to + 1 < tokens.length && /^['’-]$/.test(tokens[to].text) && tokens[to].start === tokens[to - 1].end && tokens[to + 1].start === tokens[to].end) to += 2;
  }
  return to;
}

/** Whether tokens [from, to) hold no word that could be a name's. */
function noNameWords(tokens: Token[], from: number, to: number, lexicon: Lexicon): boolean {
  for (let k = from; k < to; k++) if (!lexicon.people.notNames.has(tokens[k].text) && LETTER.test(tokens[k].text)) return false;
  return true;
}

/** The texts of tokens [from, from + n) joined by spaces, or null when the sentence ends before. */
function wordsAt(tokens: Token[], from: number, n: number): string | null {
  if (from + n > tokens.length) return null;
  let words = tokens[from].text;
  for (let k = from + 1; k < from + n; k++) words += ' ' + tokens[k].text;
  return words;
}

/** The named site starting at token `i` (not the sentence's first word), or null. */
export function matchSite(tokens: Token[], i: number, lexicon: Lexicon): SiteHit | null {
  const lex = lexicon.geo;
  if (i === 0 || !isCapitalisedWord(tokens[i].text) || (isCapitalisedWord(tokens[i - 1].text) && tokens[i - 1].lower !== 'the')) return null;
  const to = nameEnd(tokens, i, lexicon);
  // ("the Congress district", "the State Department region": words that are no names make none.)
  if (to === i || noNameWords(tokens, i, to, lexicon)) return null;
  // "the town of Argyle", "the border town of Marsa Ben M'Hidi".
  if (tokens[i - 1].lower === 'of') {
    const kind = lex.siteNounsOf.get(i > 1 ? tokens[i - 2].lower : '');
    if (kind) return siteHit(i, to, kind);
  }
  // "in Eastleigh, a suburb of Nairobi", "at Argyle, a small town in …": after "in", "at" or "near", the apposition says it.
  if (AT.has(tokens[i - 1].lower) && tokens[to]?.text === ',') {
    const kind = describedAs(tokens, to + 1, lex.siteNounsOf);
    if (kind) return siteHit(i, to, kind);
  }
  // "held their meeting in Gabala, Azerbaijan, on …", "met in Argyle, St Vincent and the Grenadines,": a town and its country.
  const apposed = AT.has(tokens[i - 1].lower) ? countryAfter(tokens, to, lexicon) : null;
  if (apposed) return siteHit(i, to, 'town', apposed.code, apposed.to);
  // "the Jarinje border crossing", "Eastleigh district".
  for (let n = NOUN_WORDS; n >= 1; n--) {
    const noun = wordsAt(tokens, to, n);
    const kind = noun === null ? undefined : lex.siteNounsAfter.get(noun);
    if (kind) return siteHit(i, to, kind);
  }
  // "impounded trucks at the Namanga border": a noun that names a place only after "at the" or "near the".
  const atThe = tokens[i - 1].lower === 'the' && i > 1 && AT.has(tokens[i - 2].lower);
  const afterAt = atThe ? lex.siteNounsAfterAt.get(to < tokens.length ? tokens[to].text : '') : undefined;
  if (afterAt) return siteHit(i, to, afterAt);
  // "detained a Polish citizen in Grodno on …", "the crossing at Kuznica was closed": one or two capitalised words
  // right after a locative word (no article between) and before the phrase ends, that nothing else names.
  if (LOCATIVE_NAME.has(tokens[i - 1].lower) && to - i <= 2 && (to === tokens.length || NAME_END.has(tokens[to].lower)) && unknownName(tokens, i, to, lexicon)) {
    return siteHit(i, to, 'town', undefined, undefined, true);
  }
  // "near Rebun Island", "in the Galwan Valley": a name whose last word says what it is.
  for (let n = NOUN_WORDS; n >= 1; n--) {
    if (to - i <= n) continue;
    const kind = lex.siteNounsFinal.get(wordsAt(tokens, to - n, n)!);
    if (kind) return siteHit(i, to, kind);
  }
  return null;
}

/**
 * ", Azerbaijan" after a place's name ending at token `to`, closing the phrase: the country (and the token after it),
 * which is part of the place's name, not a party of its own ("met in Argyle, St Vincent and the Grenadines, on …").
 * With `code`, only that country (a known city's own).
 */
export function countryAfter(tokens: Token[], to: number, lexicon: Lexicon, code?: string | null): { code: string; to: number } | null {
  if (tokens[to]?.text !== ',') return null;
  const country = matchGeo(tokens, to + 1, lexicon);
  const found = country?.entry.kind === 'name' ? country.entry.code : null;
  if (!country || !found || (code !== undefined && found !== code)) return null;
  return country.to === tokens.length || AFTER_COUNTRY.has(tokens[country.to].lower) ? { code: found, to: country.to } : null;
}

/** What may follow the country of "in <town>, <country>": the end of the phrase, not a list ("in March, Laos and …"). */
const AFTER_COUNTRY = new Set([',', '.', ';', ':', ')', 'on', 'in', 'at', 'last', 'this', 'earlier', 'late', 'early', 'from', 'to', 'for', 'where', 'when', 'during']);

/** How many words may stand between "a" and the noun of an apposition ("a small border town"). */
const APPOSITION_WORDS = 3;

/** ", a city in …", ", a small border town of …" from token `k`: the kind of that noun, or null. */
function describedAs(tokens: Token[], k: number, nouns: Map<string, string>): string | null {
  if (tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'an') return null;
  for (let j = k + 1; j < tokens.length && j <= k + 1 + APPOSITION_WORDS; j++) {
    const kind = nouns.get(tokens[j].text);
    if (kind && (tokens[j + 1]?.lower === 'in' || tokens[j + 1]?.lower === 'of' || tokens[j + 1]?.lower === 'near')) return kind;
    if (!/^[a-z-]+$/.test(tokens[j].text)) return null;
  }
  return null;
}
