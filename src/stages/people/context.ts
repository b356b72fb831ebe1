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
}

/** Marks, for each token, the mention (from a list sorted by start) that covers it. */
function cover<M extends { start: number; end: number }>(tokens: Token[], mentions: M[]): (M | undefined)[] {
  const out = new Array<M | undefined>(tokens.length);
  let j = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (j < mentions.length && mentions[j].end <= t.start) j++;
    for (let k = j; k < mentions.length && mentions[k].start < t.end; k++) {
      if (mentions[k].start <= t.start && mentions[k].end >= t.end) {
        out[i] = mentions[k];
        break;
      }
    }
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

export interface DocMentionIndex {
  countries: CountryMention[];
  places: PlaceMention[];
  orgs: OrganizationMention[];
}

export function sentenceContext(doc: Doc, lexicon: Lexicon, sentence: { start: number; end: number }, index: DocMentionIndex): SentenceContext {
  const { start, end } = sentence;
  const tokens = sentenceTokens(doc.text, sentence);
  const org = cover(tokens, overlapping(index.orgs, start, end));
  const titleEndingAt = new Map<number, PhraseMatch<TitleEntry>>();
  const titleStartingAt = new Map<number, PhraseMatch<TitleEntry>>();
  const inTitle = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; ) {
    const m = org[i] ? null : lexicon.people.titles.matchAt(tokens, i);
    // Role words listed in lower case ("official", "analyst") are no title when capitalised inside a
    // sentence: "the Official Development Assistance program".
    const misplaced = m !== null && i > 0 && startsLowerCase(m.values[0].title) && isCapitalized(tokens[i].text);
    if (!m || misplaced || tokens.slice(m.from, m.to).some((_, k) => org[m.from + k])) {
      i++;
      continue;
    }
    // "a major Western company": an ordinary word is a title before a name only when written as one.
    const entry = m.values[0];
    const written = tokens.slice(m.from, m.to).map((t) => t.text).join(' ');
    if (!entry.exactCase || written === entry.title || written.replace(/ \./g, '.') === entry.title) titleEndingAt.set(m.to, m);
    titleStartingAt.set(m.from, m);
    for (let k = m.from; k < m.to; k++) inTitle[k] = true;
    i = m.to;
  }
  return {
    doc, lexicon, tokens,
    country: cover(tokens, overlapping(index.countries, start, end)),
    place: cover(tokens, overlapping(index.places, start, end)),
    org, titleEndingAt, titleStartingAt, inTitle,
  };
}
