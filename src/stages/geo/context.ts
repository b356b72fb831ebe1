// Context checks for geography names that are also ordinary words or parts of people's names.
import { LOCAL_RANKS, type GeoLexicon } from '../../lexicon/geo.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { isCapitalized, type Token } from '../../lexicon/tokens.ts';

const APOSTROPHES = new Set(["'", '\u2019']);
const GLUE = new Set(['the', 'and', 'of', 'a', 'an']);
const WORD = /^\p{L}/u;

/** A capitalised word beside the match that is not a place, a title or a common word: the match is part of a name. */
function nameWordAt(tokens: Token[], i: number, lexicon: Lexicon): boolean {
  // (i >= 0 first: one read at a negative index puts a line's array reads on V8's slow, generic path for good;
  // one past the end deoptimises.)
  const t = i >= 0 && i < tokens.length ? tokens[i] : undefined;
  if (!t || !WORD.test(t.text) || !isCapitalized(t.text)) return false;
  const lower = t.lower;
  if (GLUE.has(lower) || lexicon.geo.locativeWords.has(lower) || lexicon.people.notNames.has(t.text)) return false;
  // "Saudi Foreign Minister": a title after the name makes it an adjective, not part of a name.
  return lexicon.geo.trie.matchAt(tokens, i) === null && lexicon.people.titles.matchAt(tokens, i) === null;
}

/** "Michael Jordan", "Vuong Dinh Hue", "Jordan Peterson": the geography name sits inside a person's name. A name
 *  before one of its own bodies ("the Kansas Department of Agriculture", `ownBody`) is read only on its left. */
export function insideName(tokens: Token[], from: number, to: number, lexicon: Lexicon, ownBody = false): boolean {
  return nameWordAt(tokens, from - 1, lexicon) || (!ownBody && nameWordAt(tokens, to, lexicon));
}

/** "Khaled al-Sabah", "Ahmed al-Basra": a place's name glued after "al-" or "el-" that follows a name word is a family name. */
export function arabicFamilyName(tokens: Token[], from: number, lexicon: Lexicon): boolean {
  if (from < 2) return false;
  const hyphen = tokens[from - 1];
  const article = tokens[from - 2];
  if (hyphen?.text !== '-' || hyphen.end !== tokens[from].start || !article || (article.lower !== 'al' && article.lower !== 'el') || article.end !== hyphen.start) return false;
  return nameWordAt(tokens, from - 3, lexicon);
}

/** "in Hue", "visited Beijing": the word before makes the name a location. */
export function afterLocative(tokens: Token[], from: number, lex: GeoLexicon): boolean {
  const prev = from > 0 ? tokens[from - 1] : undefined;
  return prev !== undefined && lex.locativeWords.has(prev.lower);
}

/** "Borno state", "Kherson region": the word after makes the name a place. */
export function beforePlaceNoun(tokens: Token[], to: number, lex: GeoLexicon): boolean {
  const next = tokens[to];
  return next !== undefined && lex.placeNouns.has(next.key.toLowerCase());
}

/** Heads of a region's or city's own bodies and offices, capitalised, after its name or its possessive ("Ticino's
 *  Department of …", "Kansas Governor"). */
const OWN_BODY_HEADS = new Set(['Department', 'Ministry', 'Government', 'Council', 'Parliament', 'Assembly', 'Legislature',
  'Cabinet', 'Premier', 'Governor', 'Mayor', 'Police', 'Senate']);

/** "Ticino's Department of Institutions", "Victoria's Premier", "Jalisco's governor", "Kansas Governor Laura Kelly": a
 *  place named as the owner of one of its bodies or offices. */
export function beforeOwnBody(tokens: Token[], to: number): boolean {
  const mark = tokens[to]?.text;
  if (OWN_BODY_HEADS.has(mark ?? '')) return true;
  if ((mark !== "'" && mark !== '’') || tokens[to + 1]?.text !== 's') return false;
  // ("Jalisco's governor", "Berlin's governing mayor": after the possessive, in lower case too, past words of rank.)
  let k = to + 2;
  while (k < tokens.length && LOCAL_RANKS.has(tokens[k].lower)) k++;
  const head = k < tokens.length ? tokens[k].text : '';
  return OWN_BODY_HEADS.has(head) || OWN_BODY_HEADS.has(head.charAt(0).toUpperCase() + head.slice(1));
}


/** How many capitalised words a venue's name before ", City" may have ("at the Great Hall of the People"). */
const VENUE_WORDS = 6;

/** Capitalised words of dates: "In January, Kathmandu protested" names no venue before its comma. */
const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** "at State House, Nairobi", "in the Kremlin, Moscow": a city after a comma that follows a place named after a
 *  locative word is where that place is, not a stand-in for the government ("In January, Kathmandu" is a date's). */
export function afterVenue(tokens: Token[], from: number, lex: GeoLexicon): boolean {
  if (from === 0 || tokens[from - 1]?.text !== ',') return false;
  for (let k = from - 2, n = 0; k >= 0 && n < VENUE_WORDS; k--, n++) {
    const t = tokens[k];
    if (lex.locativeWords.has(t.lower)) return n > 0;
    if (!(isCapitalized(t.text) || GLUE.has(t.lower)) || CALENDAR_WORDS.has(t.lower)) return false;
  }
  return false;
}

/** "in Russia's Saratov": a place right after its own country's possessive is that country's place. */
export function afterOwnCountry(tokens: Token[], from: number, code: string | null, lexicon: Lexicon): boolean {
  // (The tokens are "Russia", "'", "s"; "Russia’s" has a curly apostrophe.)
  if (!code || from < 2 || tokens[from - 1]?.lower !== 's' || !APOSTROPHES.has(tokens[from - 2]?.text ?? '')) return false;
  for (let k = from - 3; k >= 0 && from - 3 - k < 4; k--) {
    const m = lexicon.geo.trie.matchAt(tokens, k);
    if (m && m.to === from - 2) return m.values.some((v) => v.kind === 'name' && v.code === code);
  }
  return false;
}

/** How many words a person's title may have ("Deputy Crown Prince"). */
const TITLE_WORDS = 4;

/** "Crown Prince Sabah Khaled al-Sabah", "Emir Sheikh Tamim": a place's name right after a person's title and before
 *  another word of a name is the person's name. */
export function titledName(tokens: Token[], from: number, to: number, lexicon: Lexicon): boolean {
  if (!nameWordAt(tokens, to, lexicon)) return false;
  for (let k = from - 1; k >= 0 && from - k <= TITLE_WORDS; k--) {
    const m = lexicon.people.titles.matchAt(tokens, k);
    if (m && m.to === from) return true;
  }
  return false;
}
