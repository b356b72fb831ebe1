// What the people recognizers see of one sentence: its tokens and, per token, the country, place,
// organisation and title mentions that cover it.
import type { Doc, OrganizationMention, PlaceMention } from '../../core/doc.ts';
import type { CountryMention } from '../../core/types.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { PhraseMatch } from '../../lexicon/phrase-trie.ts';
import type { TitleEntry } from '../../lexicon/people.ts';
import { isCapitalized, sentenceTokens, startsLowerCase, type Token } from '../../lexicon/tokens.ts';

export interface Span {
  from: number;
  to: number;
}

export interface SentenceContext {
  doc: Doc;
  lexicon: Lexicon;
  tokens: Token[];
  country: (CountryMention | undefined)[];
  place: (PlaceMention | undefined)[];
  org: (OrganizationMention | undefined)[];
  /** Title matches by the index of their last token + 1 (where a name after them would start). */
  titleEndingAt: Map<number, PhraseMatch<TitleEntry>>;
  /** Title matches by their first token. */
  titleStartingAt: Map<number, PhraseMatch<TitleEntry>>;
  inTitle: boolean[];
  /** The countries the whole article names (ISO3). */
  docCountries: Set<string>;
}

/** Marks, for each token, the first mention (from a list sorted by start) that covers it. */
function cover<M extends { start: number; end: number }>(tokens: Token[], mentions: M[]): (M | undefined)[] {
  const out = new Array<M | undefined>(tokens.length);
  // Mention by mention, not token by token: mentions come in many shapes, so each read of their offsets is a
  // slow (megamorphic) one, and a sentence has far fewer mentions than tokens.
  let first = 0;
  for (const m of mentions) {
    const { start, end } = m;
    while (first < tokens.length && tokens[first].start < start) first++;
    for (let k = first; k < tokens.length && tokens[k].start < end; k++) if (tokens[k].end <= end && out[k] === undefined) out[k] = m;
  }
  return out;
}

/** The mentions (of a list sorted by start, ends in order) that overlap [start, end). */
function overlapping<M extends { start: number; end: number }>(list: M[], start: number, end: number): M[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: M[] = [];
  for (let i = lo; i < list.length && list[i].start < end; i++) out.push(list[i]);
  return out;
}

/**
 * list[i], or undefined when i is outside the list (before a sentence's first token, after its last). A read at
 * a negative index takes V8's slow, generic path, and the line that made it once stays on that path for every
 * later read: names that open a sentence made the reads of the token before a name several times slower. A read
 * past the end deoptimises the function it was compiled into the first time it happens.
 */
export const elementAt = <T>(list: readonly T[], i: number): T | undefined => (i >= 0 && i < list.length ? list[i] : undefined);

const DIGITS = /^\d+$/;
const JOINS = new Set(['and', '&', ',']);
const LINKS = new Set(['for', 'of']);

/** A portfolio (capitalised, or in lower case beside a title in lower case; not part of a body) at token i: its match, or null. */
function portfolioMatchAt(tokens: Token[], i: number, org: unknown[], lexicon: Lexicon, lower: boolean): PhraseMatch<string | null> | null {
  const t = tokens[i];
  if (!t || !(isCapitalized(t.text) || (lower && startsLowerCase(t.text))) || org[i]) return null;
  const p = lexicon.people.portfolios.matchAt(tokens, i);
  return p && !org.slice(p.from, p.to).some(Boolean) ? p : null;
}

/** "the Minister of Finance", "the Secretary for Trade": a title that takes portfolios, with one after its link word. */
function portfolioAfter(tokens: Token[], m: PhraseMatch<TitleEntry>, org: unknown[], lexicon: Lexicon): boolean {
  if (!m.values[0].portfolio || !LINKS.has(tokens[m.to]?.text ?? '')) return false;
  const k = tokens[m.to + 1]?.text === 'the' ? m.to + 2 : m.to + 1;
  return portfolioMatchAt(tokens, k, org, lexicon, false) !== null;
}

/** A minister's or secretary's title with the portfolios written around it: "Planning Minister",
 *  "Minister for Trade and Industry", "Coordinating Minister for Infrastructure and Regional Development".
 *  A title in lower case takes portfolios in lower case ("the energy secretary", "security minister"). */
function withPortfolios(tokens: Token[], m: PhraseMatch<TitleEntry>, org: unknown[], lexicon: Lexicon): PhraseMatch<TitleEntry> {
  let { from, to } = m;
  const lower = startsLowerCase(tokens[m.from].text);
  const portfolioAt = (i: number) => portfolioMatchAt(tokens, i, org, lexicon, lower);
  let sector: string | null = null;
  // Before: "Trade and Industry Minister".
  for (let guard = 0; guard < 4; guard++) {
    const end = guard === 0 ? from : JOINS.has(elementAt(tokens, from - 1)?.text ?? '') ? from - 1 : -1;
    let found: PhraseMatch<string | null> | null = null;
    for (let s = Math.max(0, end - 4); end > 0 && s < end && !found; s++) {
      const p = portfolioAt(s);
      if (p && p.to === end) found = p;
    }
    if (!found) break;
    from = found.from;
    sector ??= found.values[0];
  }
  // After: "Minister for Foreign Affairs", "Secretary of Agriculture".
  if (LINKS.has(tokens[to]?.text ?? '')) {
    let k = tokens[to + 1]?.text === 'the' ? to + 2 : to + 1;
    // (A joined portfolio may take "the" too: "Minister for International Development and the Pacific".)
    const joinedAt = (j: number) => (tokens[j + 1]?.text === 'the' ? portfolioAt(j + 2) : portfolioAt(j + 1));
    for (let p = portfolioAt(k); p; p = JOINS.has(tokens[k]?.text ?? '') ? joinedAt(k) : null) {
      to = k = p.to;
      sector ??= p.values[0];
    }
  }
  if (from === m.from && to === m.to) return m;
  const entry = m.values[0];
  // (The entry with its sector written out, not `{ ...entry, sector }`: a spread gives it another hidden class.)
  return { from, to, values: [sector ? { title: entry.title, sector, kind: entry.kind, exactCase: entry.exactCase, portfolio: entry.portfolio, plural: entry.plural } : entry] };
}

const NAME_WORD = /^\p{Lu}\p{Ll}/u; // a module constant: see the note in tokens.ts

/** "Hassan Sheikh Mohamud", "Mohamed Haji Ali": a title that is also a word of names, between two words of
 *  a name, is part of the name, not a title before the last one. */
function insideName(tokens: Token[], m: PhraseMatch<TitleEntry>, lexicon: Lexicon, blocked: (k: number) => boolean): boolean {
  const word = tokens[m.from]?.text ?? '';
  const inName = lexicon.people.titlesInNames.has(word);
  const surname = lexicon.people.surnameTitles.has(word);
  if (m.to !== m.from + 1 || m.from === 0 || !(inName || surname)) return false;
  const nameWord = (k: number) => {
    const t = tokens[k];
    return t !== undefined && NAME_WORD.test(t.text) && !blocked(k) && !lexicon.people.notNames.has(t.text) && !lexicon.people.titles.matchAt(tokens, k);
  };
  // ("Madeleine King met …": a family name that is also a title ends the name.)
  if (surname) return nameWord(m.from - 1) && !nameWord(m.to);
  return nameWord(m.from - 1) && nameWord(m.to);
}

/** Title `m` as written, its words joined by spaces (or "No." without one), is `title`. */
function writtenAs(tokens: Token[], m: PhraseMatch<TitleEntry>, title: string): boolean {
  const written = tokens.slice(m.from, m.to).map((t) => t.text).join(' ');
  return written === title || written.replace(/ \./g, '.') === title;
}

// (Helpers rather than closures in sentenceContext's loop: a closure that captured its match made every
// token of every sentence allocate a scope.)

/** The first token of title `m`, counted from its start, covered by a body that runs out of the title; else -1. */
function bodyCrossing(tokens: Token[], m: PhraseMatch<TitleEntry>, org: (OrganizationMention | undefined)[]): number {
  const from = tokens[m.from].start;
  const to = tokens[m.to - 1].end;
  for (let k = m.from; k < m.to; k++) {
    const o = org[k];
    if (o && (o.start < from || o.end > to)) return k - m.from;
  }
  return -1;
}

/** The index of the token that starts at offset `start`, or -1. */
function tokenAt(tokens: Token[], start: number): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].start === start) return k;
  return -1;
}

export interface DocMentionIndex {
  countries: CountryMention[];
  places: PlaceMention[];
  orgs: OrganizationMention[];
  /** The countries the whole article names (ISO3). */
  codes: Set<string>;
}

export function sentenceContext(doc: Doc, lexicon: Lexicon, sentence: { start: number; end: number }, index: DocMentionIndex): SentenceContext {
  const { start, end } = sentence;
  const tokens = sentenceTokens(doc, sentence);
  const org = cover(tokens, overlapping(index.orgs, start, end));
  const titleEndingAt = new Map<number, PhraseMatch<TitleEntry>>();
  const titleStartingAt = new Map<number, PhraseMatch<TitleEntry>>();
  const inTitle = new Array<boolean>(tokens.length).fill(false);
  const country = cover(tokens, overlapping(index.countries, start, end));
  const place = cover(tokens, overlapping(index.places, start, end));
  for (let i = 0; i < tokens.length; ) {
    let m = lexicon.people.titles.matchAt(tokens, i);
    // A body named inside a title is part of it ("Party chief"); a title that runs into a body or out of
    // one gives way to the shorter one ("president of the University of …").
    const crossing = m ? bodyCrossing(tokens, m, org) : -1;
    // "Philippine Navy chief": a title whose first words end a body named before it takes the body in.
    const bodyStart = m && crossing === 0 ? tokenAt(tokens, org[m.from]!.start) : -1;
    if (m && crossing === 0 && bodyStart >= 0 && org[m.from]!.end <= tokens[m.to - 1].end) m = { ...m, from: bodyStart };
    else if (m && crossing === 0) m = null;
    else if (m && crossing > 0) m = lexicon.people.titles.matchAt(tokens.slice(0, m.from + crossing), i);
    // Role words listed in lower case ("official", "analyst") are no title when capitalised inside a
    // sentence: "the Official Development Assistance program".
    // "at 3 PM GMT", "No. 2 Commander": after a number a word is a time or a count, not a title.
    // "the General Intelligence Service": a title that is also an ordinary word, after "the", starts a name.
    const misplaced = m !== null && i > 0 && ((startsLowerCase(m.values[0].title) && isCapitalized(tokens[i].text) && !org[i]) || DIGITS.test(tokens[i - 1].text) ||
      (m.values[0].exactCase && /^the$/i.test(tokens[i - 1].text) && isCapitalized(tokens[i].text) && !portfolioAfter(tokens, m, org, lexicon)));
    if (!m || misplaced || insideName(tokens, m, lexicon, (k) => !!(country[k] || place[k] || org[k] || inTitle[k]))) {
      i++;
      continue;
    }
    // "a major Western company": an ordinary word is a title before a name only when written as one.
    const entry = m.values[0];
    // "Coast Guard chief X", "the head of the Military Administration, X": beside a body, the word is its
    // title in lower case too.
    // "the head of the Chinese Embassy": a nationality may stand before the body.
    let bodyAt = tokens[m.to + 1]?.text === 'the' ? m.to + 2 : m.to + 1;
    if (country[bodyAt] && !org[bodyAt]) bodyAt++;
    const ofBody = tokens[m.to]?.text === 'of' && !!org[bodyAt];
    // "the UAE's representative, X,": after a country's possessive the word is that country's officer.
    const possessed = i > 2 && tokens[i - 1].text === 's' && /^['’]$/.test(tokens[i - 2].text) && !!country[i - 3];
    const asWritten = !entry.exactCase || writtenAs(tokens, m, entry.title) || (i > 0 && !!org[i - 1]) || ofBody || possessed;
    const full = entry.portfolio ? withPortfolios(tokens, m, org, lexicon) : m;
    if (asWritten || full !== m) titleEndingAt.set(full.to, full);
    // Plural titles are read only before a pair of names (offices.ts), never as an apposition's title.
    if (!entry.plural) titleStartingAt.set(full.from, full);
    for (let k = full.from; k < full.to; k++) inTitle[k] = true;
    i = full.to;
  }
  return {
    doc, lexicon, tokens,
    country, place, org, docCountries: index.codes, titleEndingAt, titleStartingAt, inTitle,
  };
}
