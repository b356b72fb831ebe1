// Office phrases around a name: before it ("Vietnamese President", "General Secretary of the CPV
// Central Committee", "Foreign Ministry spokesperson") and in an apposition after it (", head of …,").
import type { TitleEntry } from '../../lexicon/people.ts';
import { isCapitalized, startsLowerCase, startsWithLetter } from '../../lexicon/tokens.ts';
import { isBlocked } from './runs.ts';
import { elementAt, type SentenceContext } from './context.ts';
import type { PhraseMatch } from '../../lexicon/phrase-trie.ts';

export interface OfficePhrase {
  /** First and after-last token of the whole phrase (country words included). */
  from: number;
  to: number;
  /** The offices as written; an apposition can hold several ("… and Chinese president"). */
  offices: string[];
  title: TitleEntry;
  /** The country the phrase names for the person, if any. */
  country: string | null;
  /** Sector from the title, else from a body named in the phrase. */
  sector: string | null;
  /** An official of an international body, who has no country. */
  international: boolean;
  /** The country the person is posted to ("ambassador to Japan"), which is not their own. */
  posted?: string | null;
  /** When the phrase names no country: another person whose country this one shares (else undefined, not
   *  absent: phrases of one hidden class, where a `...(link ? { link } : {})` spread gave each its own). */
  link: CountryLink | undefined;
}

/** A person mentioned at character `at` ("owner": the mention there; "previous": the last one before it,
 *  from character `from` on) whose country a name shares. */
export interface CountryLink {
  kind: 'owner' | 'previous';
  at: number;
  from: number;
}

/** PLOVER's codes for bodies that are not states: they give no person a country. */
export const NOT_A_STATE = new Set(['IGO', 'UNO', 'EUR', 'NGO']);
// "Ambassador to Vietnam", "envoy to the UN" ("for" a country too, below): the country after these is where the person is posted, not
// where they are from. ("in" is not among them: "a fellow at the Lowy Institute in Sydney" is Australian.)
const TOWARD = new Set(['to', 'toward', 'towards']);

/** The first token of the mention (country, place or body) covering token i, or -1. */
function mentionStart(ctx: SentenceContext, i: number): number {
  if (i < 0) return -1;
  const m = ctx.country[i] ?? ctx.org[i] ?? ctx.place[i];
  if (!m) return -1;
  let j = i;
  while (j > 0 && ctx.tokens[j - 1].start >= m.start) j--;
  return j;
}

function mentionEnd(ctx: SentenceContext, i: number): number {
  const m = ctx.country[i] ?? ctx.org[i] ?? ctx.place[i];
  if (!m) return -1;
  let j = i;
  while (j < ctx.tokens.length && ctx.tokens[j].end <= m.end) j++;
  return j;
}

/** How many lower-case words a body owned by a country may have ("Hungary's parliament", "Kenya's upper house"). */
const OWNED_BODY_WORDS = 3;

/** The start of "COUNTRY's body" ending right before token `end`, where "body" is up to three lower-case words; else -1. */
function ownedBodyStart(ctx: SentenceContext, end: number): number {
  const t = ctx.tokens;
  let k = end - 1;
  while (k >= 0 && end - k <= OWNED_BODY_WORDS && /^[a-z]+$/.test(t[k].text) && t[k].text !== 's') k--;
  if (k === end - 1) return -1;
  const apostrophe = possessiveEndingAt(ctx, k + 1);
  if (apostrophe < 1) return -1;
  const c = ctx.country[apostrophe - 1];
  return c && c.kind === 'name' ? mentionStart(ctx, apostrophe - 1) : -1;
}

/** The token of the apostrophe of an "'s" (one token or two) that ends right before token `at`, else -1. */
function possessiveEndingAt(ctx: SentenceContext, at: number): number {
  const s = elementAt(ctx.tokens, at - 1)?.text ?? '';
  const k = s === 's' ? at - 2 : /^['’]s$/.test(s) ? at - 1 : -1;
  return k >= 1 && possessiveAt(ctx, k) ? k : -1;
}

/** "'s" (one token or two) at token k. */
function possessiveAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens;
  return /^['’]s$/.test(elementAt(t, k)?.text ?? '') || (/^['’]$/.test(elementAt(t, k)?.text ?? '') && elementAt(t, k + 1)?.text === 's');
}

/** Country and sector named inside tokens [from, to). `international`: the first body or state the phrase
 *  names is an international body ("a spokesman for the African Union mission in Somalia", "UN envoy to
 *  Somalia"): the person speaks for it, not for a state, and has no country. */
export function readPhrase(ctx: SentenceContext, from: number, to: number): { country: string | null; orgSector: string | null; international: boolean; posted: string | null } {
  let country: string | null = null;
  let posted: string | null = null;
  let orgCountry: string | null = null;
  let placeCountry: string | null = null;
  let bodyCountry: string | null = null;
  let orgSector: string | null = null;
  let first: 'state' | 'international' | null = null;
  for (let i = from; i < to; i++) {
    // Only inside the phrase: "handed to Australian writer X" starts with the person's own country.
    // A mention of several words is read at its first ("to the United States": not again at "States").
    const c = ctx.country[i] !== elementAt(ctx.country, i - 1) ? ctx.country[i] : undefined;
    const previous = elementAt(ctx.tokens, i - 1)?.text;
    const word = previous === 'the' ? elementAt(ctx.tokens, i - 2)?.text : previous;
    // "envoy for Yemen" is posted for Yemen, but "a spokesman for the Philippine defense department" speaks for it, as
    // does "a spokesman for Turkey's defence ministry".
    // (Not a part of a state: "Secretary of State for Northern Ireland" holds an office of the United Kingdom.)
    const part = c?.kind === 'name' && (ctx.lexicon.geo.trie.matchAt(ctx.tokens, i)?.values.some((v) => v.placeKind === 'region') ?? false);
    const toward = i > from && (TOWARD.has(word ?? '') || (word === 'for' && c?.kind === 'name' && !part && !ctx.org[i] && !possessiveAt(ctx, mentionEnd(ctx, i))));
    if (c && c.kind !== 'descriptor' && toward) posted ??= c.code;
    if (c && c.kind !== 'descriptor' && !toward && !isSubject(ctx, i)) {
      if (inBodyName(ctx, i)) bodyCountry ??= c.code;
      else country ??= c.code;
    }
    if (c && c.kind !== 'descriptor') first ??= 'state';
    const o = ctx.org[i] !== elementAt(ctx.org, i - 1) ? ctx.org[i] : undefined;
    if (o) {
      const org = ctx.doc.organizations.find((x) => x.id === o.organizationId);
      if (org && !orgCountry && org.country && !NOT_A_STATE.has(org.country) && !toward) orgCountry = org.country;
      if (org?.country) first ??= NOT_A_STATE.has(org.country) ? 'international' : 'state';
      if (org?.sector && !orgSector) orgSector = org.sector;
    }
    const p = ctx.place[i] !== elementAt(ctx.place, i - 1) ? ctx.place[i] : undefined;
    if (p?.country && !placeCountry && !toward) placeCountry = p.country;
  }
  if (first === 'international') return { country: null, orgSector, international: true, posted };
  return { country: country ?? orgCountry ?? placeCountry ?? bodyCountry, orgSector, international: false, posted };
}

/** The country mention at token i is a word inside the name of a body the lists do not know, between
 *  capitalised words ("the Carnegie Russia Eurasia Center in Berlin"): the body is where the place after
 *  it says, if the phrase names one. */
function inBodyName(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens;
  const from = mentionStart(ctx, i);
  const to = mentionEnd(ctx, i);
  const word = (k: number) => elementAt(t, k) !== undefined && startsWithLetter(t[k].text) && isCapitalized(t[k].text) && !ctx.inTitle[k] && !ctx.country[k] && !ctx.lexicon.people.notNames.has(t[k].text);
  // "the German-Polish Institute in Darmstadt": the second of two joined countries before a capitalised
  // word names a bilateral body, which is where the place after it says.
  const joined = elementAt(t, from - 1)?.text === '-' && t[from - 1].end === t[from].start && !!elementAt(ctx.country, from - 2);
  return (word(from - 1) || joined) && word(to);
}

/** The country mention at token i is what a body or a person studies, or the first part of a hyphenated
 *  nationality ("Chinese-Australian": the person is Australian), not where the person is from. */
function isSubject(ctx: SentenceContext, i: number): boolean {
  const end = mentionEnd(ctx, i);
  const next = ctx.tokens[end];
  if (!next) return false;
  // Nationalities only: in "the Vietnam-China Friendship Association" the first country is the body's.
  if (next.text === '-' && next.start === ctx.tokens[end - 1].end && ctx.country[i]!.kind === 'demonym' && ctx.country[end + 1]?.kind === 'demonym') return true;
  // "Japanese Studies", "a scholar of Chinese history": the subject nouns are listed capitalised.
  const topics = ctx.lexicon.people.topicWords;
  const topic = topics.get(next.text) ?? topics.get(next.text.charAt(0).toUpperCase() + next.text.slice(1));
  // "Polish Culture Minister": a portfolio inside a title is the minister's charge, not a subject studied.
  if (topic === 'noun' && ctx.inTitle[end]) return false;
  return topic === 'noun' || (topic === 'expert' && ctx.country[i]!.kind === 'name') || subjectList(ctx, end);
}

/** How many tokens a list of subjects before its noun may have. */
const SUBJECT_LIST = 10;

/** "the Institute of Russian, Eastern European and Central Asian Studies": from token `k`, a list of capitalised
 *  subjects joined by commas or "and", ending in a topic noun (not one inside a title: "Foreign Affairs Minister"). */
function subjectList(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens;
  let joined = false;
  for (let j = k; j < t.length && j - k < SUBJECT_LIST; j++) {
    const w = t[j].text;
    if (w === ',' || w === 'and') {
      joined = true;
      continue;
    }
    if (!isCapitalized(w)) return false;
    if (joined && ctx.lexicon.people.topicWords.get(w) === 'noun') return !ctx.inTitle[j];
  }
  return false;
}

function text(ctx: SentenceContext, from: number, to: number): string {
  return ctx.doc.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end);
}

/** "General Secretary of the Lao People's Revolutionary Party (LPRP) Central Committee" + name at `nameFrom`. */
export function officeBefore(ctx: SentenceContext, nameFrom: number, nameTo?: number): OfficePhrase | null {
  const t = ctx.tokens;
  // "the Taliban government's acting defence minister, Mullah Mohammad Yaqoob": a form of address after the comma
  // stands between the office and the name.
  const address = ctx.titleEndingAt.get(nameFrom);
  if (address?.values[0].kind === 'honorific' && elementAt(t, address.from - 1)?.text === ',') {
    const office = officeBefore(ctx, address.from, nameTo);
    if (office) return office;
  }
  // "Kyiv's mayor, Vitali Klitschko,": the title may stand before a comma when it names a country.
  const comma = elementAt(t, nameFrom - 1)?.text === ',';
  let k = comma ? nameFrom - 1 : nameFrom;
  let title = ctx.titleEndingAt.get(k);
  // A country's subdivision named by its noun (geo place-nouns.txt): "Sughd region", "the province of Sindh".
  const placeNounAt = (i: number) => ctx.lexicon.geo.placeNouns.has(elementAt(t, i)?.text ?? '');
  // Walk back over "of (the) BODY" / "to COUNTRY" pieces until a title:
  // "Speaker of the National Assembly of Vietnam Vuong Dinh Hue", "High Commissioner to Sri Lanka, …".
  for (let guard = 0; !title && guard < 4; guard++) {
    // ("the Chief Executive of the Ghana Cocoa Board (COCOBOD), Randy Abbey,": the body's short form in brackets.)
    const e = elementAt(t, k - 1)?.text === ')' && elementAt(t, k - 3)?.text === '(' ? k - 3 : k;
    // ("The Chairman of Sughd region X": a place and the noun of its kind.)
    let j = mentionStart(ctx, placeNounAt(e - 1) && elementAt(ctx.place, e - 2) ? e - 2 : e - 1);
    // ("The head of Hungary's parliament, Laszlo Kover,": a body no list names, owned by a country.)
    if (j < 0) j = ownedBodyStart(ctx, e);
    // "a professor of Polish Culture": a nationality ends no office phrase; the word after it is no name.
    if (j < 0 || ctx.country[k - 1]?.kind === 'demonym') break;
    while (elementAt(t, j - 1)?.text === ')' && elementAt(t, j - 3)?.text === '(' && mentionStart(ctx, j - 4) >= 0) j = mentionStart(ctx, j - 4);
    // "the head of the Chinese Embassy, X,": a nationality before the body is part of it.
    if (ctx.org[j] && elementAt(ctx.country, j - 1) && ctx.country[j - 1]!.kind !== 'descriptor') j = mentionStart(ctx, j - 1);
    // ("the Director-General of Côte d'Ivoire's Coffee and Cocoa Council, X,": the body's owner before it.)
    else if (ctx.org[j] && j >= 3 && isPossessiveS(t, j - 1) && elementAt(ctx.country, j - 3)) j = mentionStart(ctx, j - 3);
    // ("the governor of the Mexican state of Quintana Roo, X": a country's subdivision named by its noun before the place.)
    if (elementAt(t, j - 1)?.text === 'of' && placeNounAt(j - 2)) j = ctx.country[j - 3]?.kind === 'demonym' ? mentionStart(ctx, j - 3) : j - 2;
    if (elementAt(t, j - 1)?.text === 'the' && LINKS.has(elementAt(t, j - 2)?.text ?? '')) k = j - 2;
    else if (LINKS.has(elementAt(t, j - 1)?.text ?? '')) k = j - 1;
    else break;
    title = ctx.titleEndingAt.get(k);
  }
  if (!title) return null;
  // A plural title ("the two ministers", "officials") names people only before a pair: "Foreign Ministers A and B".
  if (title.values[0].plural && (nameTo === undefined || t[nameTo]?.text !== 'and')) return null;
  let end = comma ? nameFrom - 1 : nameFrom;
  // "Foreign Minister Datuk Seri Mohamad Hasan": the office before a form of address is the title.
  for (let office = ctx.titleEndingAt.get(title.from); title.values[0].kind === 'honorific' && office; office = ctx.titleEndingAt.get(title.from)) {
    end = title.from;
    title = office;
  }
  const from = extendBack(ctx, title.from);
  const entry = title.values[0];
  let { country, orgSector, international, posted } = readPhrase(ctx, from, end);
  // "Turkish and Syrian foreign ministers A and B": the first country is the first name's.
  if (entry.plural) country = countryPairBefore(ctx, title.from, true)?.[0] ?? country ?? countryPairBefore(ctx, title.from)?.[0] ?? null;
  // "the chief negotiators, A and B,": a plural title before a comma is closed by the pair.
  const pairAfter = entry.plural && nameTo !== undefined && t[nameTo]?.text === 'and';
  if (comma && !country && !international && !pairAfter && !closedApposition(ctx, from, nameTo)) return null;
  const offices = NO_OFFICE.has(entry.kind) ? [] : [text(ctx, from, end)];
  // "Turkey's defence ministry spokesman, Rear Admiral Zeki Akturk": an office before a comma and a rank.
  const outer = !comma && !country && !international && elementAt(t, from - 1)?.text === ',' ? ctx.titleEndingAt.get(from - 1) : undefined;
  if (outer) {
    const outerFrom = extendBack(ctx, outer.from);
    const read = readPhrase(ctx, outerFrom, from - 1);
    if (read.country || read.international) {
      ({ country, international } = read);
      orgSector ??= read.orgSector;
      if (!NO_OFFICE.has(outer.values[0].kind)) offices.unshift(text(ctx, outerFrom, from - 1));
    }
  }
  const link = country || international ? undefined : linkBefore(ctx, from, entry);
  return { from, to: end, offices, title: entry, country, sector: entry.sector ?? orgSector, international, posted, link: link ?? undefined };
}

/** "The home secretary, Yvette Cooper, said", "the Conservative leader, Kemi Badenoch,", "His chief of staff,
 *  Kang Hoon-sik,": a title after "the" or "his" (and up to two words) and a name closed by a comma or
 *  the sentence's end. ("After meeting the president, Lee flew home" has neither.) */
function closedApposition(ctx: SentenceContext, from: number, nameTo: number | undefined): boolean {
  const t = ctx.tokens;
  // The name closes the apposition with a comma or ends the sentence ("according to the head of the
  // city's administration, Tymur Tkachenko.").
  if (nameTo === undefined || !(t[nameTo]?.text === ',' || nameTo === t.length || (nameTo === t.length - 1 && /^[.!?]$/.test(t[nameTo].text)))) return false;
  // "Abiy's spokeswoman, Billene Seyoum,": a person's possessive before the title.
  if (ownerEndingAt(ctx, from)) return true;
  for (let k = from - 1, words = 0; k >= 0 && words < 3; k--, words++) {
    if (/^(the|his|her|their|its|a|an)$/i.test(t[k].text)) return true;
    // "the country's foreign minister, Kwame Mensah,": a noun's possessive, read back to its article. (Not
    // "the embassy's": its staff are the sending state's, which nothing here tells.)
    if (t[k].text === 's' && /^['’]$/.test(elementAt(t, k - 1)?.text ?? '') && startsLowerCase(elementAt(t, k - 2)?.text ?? '') && !POSTINGS.has(t[k - 2].text)) k -= 2;
    else if (!startsWithLetter(t[k].text)) return false;
  }
  return false;
}

const POSTINGS = new Set(['embassy', 'consulate', 'mission', 'delegation']);

/** Kinds of title that say who a person is to someone, or how to address them, but are no office. */
const NO_OFFICE = new Set(['honorific', 'relation', 'family']);
const OWN = new Set(['his', 'her', 'their']);

/** Another person whose country this one shares: the owner in "Lee's national security adviser", or the
 *  person named before "his wife". */
function linkBefore(ctx: SentenceContext, from: number, entry: TitleEntry): CountryLink | null {
  const t = ctx.tokens;
  if (entry.kind === 'family') return OWN.has(elementAt(t, from - 1)?.text.toLowerCase() ?? '') ? { kind: 'previous', at: t[from - 1].start, from: t[0].start } : null;
  // "his Thai counterpart": the counterpart of someone is from another country.
  if (entry.kind === 'relation' || entry.kind === 'honorific') return null;
  // "His chief of staff, Kang Hoon-sik,": the office of the person last named, maybe in an earlier sentence.
  if (OWN.has(elementAt(t, from - 1)?.text.toLowerCase() ?? '')) return { kind: 'previous', at: t[from - 1].start, from: 0 };
  let k = from - 1;
  while (k >= 0 && from - 1 - k < MAX_GAP && gapWord(t[k].text) && !isPossessiveS(t, k) && !verbAfterNoun(t, k)) k--;
  return ownerEndingAt(ctx, k + 1);
}

const isPossessiveS = (t: SentenceContext['tokens'], k: number) => t[k].text === 's' && /^['’]$/.test(elementAt(t, k - 1)?.text ?? '');

/** "Lee's": a capitalised word, no country, place or body, with a possessive, ending right before token `at`. */
function ownerEndingAt(ctx: SentenceContext, at: number): CountryLink | null {
  const t = ctx.tokens;
  const owner = at - 3;
  if (owner < 0 || t[at - 1]?.text !== 's' || !/^['’]$/.test(t[at - 2].text)) return null;
  const w = t[owner].text;
  if (!startsWithLetter(w) || !isCapitalized(w) || isBlocked(ctx, owner) || ctx.lexicon.people.notNames.has(w)) return null;
  return { kind: 'owner', at: t[owner].start, from: t[0].start };
}

/** The token after "Lee's" (three tokens from `k`), or after a titled owner's possessive ("U.S. President Donald
 *  Trump's": a country, a title and a few capitalised names before it). */
function titledOwnerEnd(ctx: SentenceContext, k: number): number {
  const t = ctx.tokens;
  let m = k;
  while (ctx.country[m]) m = mentionEnd(ctx, m);
  const title = ctx.titleStartingAt.get(m);
  if (!title || title.values[0].kind === 'honorific') return k + 3;
  m = title.to;
  const names = m;
  while (m < t.length && m - names < 4 && startsWithLetter(t[m].text) && isCapitalized(t[m].text) && !isBlocked(ctx, m)) m++;
  return m > names && /^['’]$/.test(t[m]?.text ?? '') && t[m + 1]?.text === 's' ? m + 2 : k + 3;
}

/** "an aide to President Vladimir Putin", "an adviser to Yermak": the person served, whose country an
 *  adviser shares, named right after the title. */
function servedAfter(ctx: SentenceContext, titleTo: number): CountryLink | null {
  const t = ctx.tokens;
  if (t[titleTo]?.text !== 'to') return null;
  let k = titleTo + 1;
  k = ctx.titleStartingAt.get(k)?.to ?? k;
  const w = t[k];
  if (!w || !startsWithLetter(w.text) || !isCapitalized(w.text) || isBlocked(ctx, k) || ctx.lexicon.people.notNames.has(w.text)) return null;
  return { kind: 'owner', at: w.start, from: t[0].start };
}

const LINKS = new Set(['of', 'to', 'in', 'for']);
/** Lower-case words allowed between a country and its title: "Pakistan's foreign office spokesperson". */
const MAX_GAP = 3;
/** Words that end such a gap: "the sister of leader Kim" is not a leader. */
const GAP_STOP = new Set(['of', 'at', 'in', 'for', 'to', 'with', 'from', 'by', 'on', 'and', 'or', 'the', 'a', 'an', 'who', 'which', 'that']);
const gapWord = (w: string | undefined) => w !== undefined && startsLowerCase(w) && !GAP_STOP.has(w);
/** "Ecuadorian police arrested former vice president X": a past form after a lower-case noun is a clause's verb, which
 *  no office phrase spans ("Japan's newly appointed ambassador", "Pakistan's jailed former prime minister" still do). */
const verbAfterNoun = (t: SentenceContext['tokens'], k: number) =>
  t[k].text.endsWith('ed') && k > 0 && gapWord(t[k - 1].text) && !t[k - 1].text.endsWith('ly') && !isPossessiveS(t, k - 1);

/** The start of an office phrase whose title starts at `from`: bodies, countries and other titles before it
 *  belong to it ("Chinese Foreign Ministry spokesperson", "Saudi Foreign Minister Prince",
 *  "Deputy Prime Minister and Foreign Minister"). */
/** The start of "NATIONALITY embassy's" (a mission of `POSTINGS` with its country) right before token `at`, else -1. */
function postingOwnerEndingAt(ctx: SentenceContext, at: number): number {
  const t = ctx.tokens;
  const apostrophe = possessiveEndingAt(ctx, at);
  if (apostrophe < 1) return -1;
  const noun = apostrophe - 1;
  if (!POSTINGS.has(t[noun].text.toLowerCase())) return -1;
  const c = elementAt(ctx.country, noun - 1);
  return c && c.kind !== 'descriptor' ? mentionStart(ctx, noun - 1) : -1;
}

function extendBack(ctx: SentenceContext, from: number): number {
  const t = ctx.tokens;
  for (let guard = 0; guard < 5; guard++) {
    const prev = from - 1;
    if (prev < 0) break;
    const before = ctx.titleEndingAt.get(from);
    if (before && before.values[0].kind !== 'honorific') {
      from = before.from;
      continue;
    }
    const chained = t[prev].text === 'and' ? ctx.titleEndingAt.get(prev) : undefined;
    if (chained) {
      from = chained.from;
      continue;
    }
    // One country per phrase: "met his Lao counterpart" does not reach back to the country before "met".
    const owner = possessiveOrCountryEndingAt(ctx, from);
    if (owner >= 0) return owner;
    // "the Israeli embassy's charge d'affaires": the mission of a country named by its nationality.
    const posting = postingOwnerEndingAt(ctx, from);
    if (posting >= 0) return posting;
    const j = ctx.org[prev] ? mentionStart(ctx, prev) : -1;
    if (j >= 0) {
      from = j;
      continue;
    }
    // "Jubaland leader Ahmed Madobe", "Odesa Governor X": a region or city right before the title is where
    // the office is; not after a preposition ("talks in Tokyo Foreign Minister X …" is a missing comma).
    const place = ctx.place[prev] ? mentionStart(ctx, prev) : -1;
    if (place >= 0 && !PLACE_PREPOSITIONS.has(elementAt(t, place - 1)?.text.toLowerCase() ?? '')) return place;
    // "Kenyan Interior Cabinet Secretary": a portfolio before a body's title belongs to it.
    const portfolio = portfolioEndingAt(ctx, from);
    if (portfolio >= 0) {
      from = portfolio;
      continue;
    }
    // "Pakistan's foreign office spokesperson", "South Korea's Unification Minister": a few lower-case or
    // capitalised words, then the country.
    const between = (w: string) => gapWord(w) || (startsWithLetter(w) && isCapitalized(w) && !ctx.lexicon.people.notNames.has(w));
    let gap = prev;
    while (gap >= 0 && prev - gap < MAX_GAP && between(t[gap].text) && !isBlocked(ctx, gap) && !(t[gap].text === 's' && /^['’]$/.test(elementAt(t, gap - 1)?.text ?? '')) && !verbAfterNoun(t, gap)) gap--;
    const country = gap < prev ? possessiveOrCountryEndingAt(ctx, gap + 1) : -1;
    // (Or a body, a lower-case noun of it and its possessive, right before or across them: "the Taliban government's
    // acting defence minister".)
    const across = country >= 0 ? country : bodyNounPossessiveEndingAt(ctx, gap + 1);
    // "Houthi military spokesman": a body before the lower-case words.
    const body = across < 0 && gap < prev && gap >= 0 && ctx.org[gap] ? mentionStart(ctx, gap) : -1;
    return across >= 0 ? across : body >= 0 ? body : from;
  }
  return from;
}

/** Start of a capitalised portfolio ("Interior", "Home Affairs") ending right before token `at`, or -1. */
function portfolioEndingAt(ctx: SentenceContext, at: number): number {
  for (let s = Math.max(0, at - 3); s < at; s++) {
    if (!isCapitalized(ctx.tokens[s].text) || isBlocked(ctx, s)) continue;
    const m = ctx.lexicon.people.portfolios.matchAt(ctx.tokens, s);
    if (m && m.to === at) return s;
  }
  return -1;
}

/** Start of "Vietnamese" or "Vietnam's" ending right before token `at`, or -1. */
/** How many lower-case words of a body may stand before its possessive ("the Taliban government's"). */
const BODY_NOUN_WORDS = 2;

/** Start of "BODY noun's" ending right before token `at` ("the Taliban government's"), or -1. */
function bodyNounPossessiveEndingAt(ctx: SentenceContext, at: number): number {
  const apostrophe = possessiveEndingAt(ctx, at);
  if (apostrophe < 0) return -1;
  let n = apostrophe - 1;
  while (n >= 0 && apostrophe - 1 - n < BODY_NOUN_WORDS && !ctx.org[n] && /^[a-z]+$/.test(ctx.tokens[n].text)) n--;
  return n >= 0 && n < apostrophe - 1 && ctx.org[n] ? mentionStart(ctx, n) : -1;
}

function possessiveOrCountryEndingAt(ctx: SentenceContext, at: number): number {
  const t = ctx.tokens;
  const prev = at - 1;
  if (prev < 0) return -1;
  if (t[prev].text === 's' && /^['’]$/.test(elementAt(t, prev - 1)?.text ?? '') && elementAt(ctx.country, prev - 2)) return mentionStart(ctx, prev - 2);
  return ctx.country[prev] ? mentionStart(ctx, prev) : -1;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'across', 'via', 'of']);
const STOP = new Set([',', ';', ':', '"', '“', '”', '—', '–']);
const CLAUSE = new Set(['who', 'which', 'that', 'said', 'says', 'told', 'added', 'noted', 'stressed']);

/** ", head of the Foreign Relations Commission of …," after the name ending at `nameTo`. */
/** "Kwame Asante, 45, a cocoa farmer": the token after the name, past an age set off by commas. */
function pastAge(t: SentenceContext['tokens'], nameTo: number): number {
  return t[nameTo]?.text === ',' && /^\d{1,3}$/.test(t[nameTo + 1]?.text ?? '') && t[nameTo + 2]?.text === ',' ? nameTo + 2 : nameTo;
}

export function appositionAfter(ctx: SentenceContext, at: number): OfficePhrase | null {
  const t = ctx.tokens;
  const nameTo = pastAge(t, at);
  if (t[nameTo]?.text !== ',') return null;
  let k = nameTo + 1;
  const skipModifiers = () => {
    for (let m = ctx.lexicon.people.titleModifiers.matchAt(t, k); m && !ctx.titleStartingAt.has(k); m = ctx.lexicon.people.titleModifiers.matchAt(t, k)) k = m.to;
  };
  skipModifiers();
  // "Wi Sung-lac, Lee's national security adviser,": the owner's country is this person's.
  // ("Richard Grenell, U.S. President Donald Trump's special envoy,": over the owner's own title and given names.)
  const ownerEnd = titledOwnerEnd(ctx, k);
  const owner = ownerEndingAt(ctx, ownerEnd);
  if (owner) {
    k = ownerEnd;
    skipModifiers();
  }
  const officeFrom = k;
  // "the Chinese-Australian writer": every part of a hyphenated nationality.
  while (ctx.country[k]) {
    k = mentionEnd(ctx, k);
    if (t[k]?.text === '-' && ctx.country[k + 1]) k++;
    if (/^['’]$/.test(t[k]?.text ?? '') && t[k + 1]?.text === 's') k += 2;
    skipModifiers();
  }
  // "Ukraine's parliamentary human rights commissioner", "a security analyst": a few lower-case words; after
  // an article capitalised ones too ("a former Indus waters commissioner").
  const described = ARTICLES.has(t[nameTo + 1]?.text ?? '');
  // "a Caracas-based analyst": a hyphen glued on both sides joins two gap words.
  const glued = (i: number) => t[i]?.text === '-' && t[i - 1]?.end === t[i].start && t[i + 1]?.start === t[i].end;
  const gapAt = (i: number) => gapWord(t[i]?.text) || (described && t[i] !== undefined && ((startsWithLetter(t[i].text) && !GAP_STOP.has(t[i].text.toLowerCase())) || glued(i)));
  for (let gap = 0; gap < MAX_GAP && !ctx.titleStartingAt.has(k) && gapAt(k); gap++) k++;
  const title = ctx.titleStartingAt.get(k);
  if (!title) return null;
  // "his wife Ana Cruz, Trade Minister Ben Tan and …": a title before another name is that person's.
  const next = t[title.to];
  if (next && startsWithLetter(next.text) && isCapitalized(next.text) && !isBlocked(ctx, title.to) && !ctx.lexicon.people.notNames.has(next.text)) return null;
  let end = title.to;
  while (end < t.length && !STOP.has(t[end].text) && !CLAUSE.has(t[end].text)) {
    // A bracketed acronym stays inside: "(CPC)".
    if (t[end].text === '(' && t[end + 2]?.text === ')') end += 3;
    else if (t[end].text === '(' || t[end].text === ')') break;
    else end++;
  }
  while (end > title.to && /^[.!?]$/.test(t[end - 1].text)) end--;
  const entry = title.values[0];
  let { country, orgSector, international, posted } = readPhrase(ctx, officeFrom, end);
  // "Norman Gobbi, the State Councillor who heads Ticino's Department of Institutions,": the body headed gives the country.
  if (!country && !international && t[end]?.text === 'who' && HEAD_VERBS.has(t[end + 1]?.text ?? '')) {
    let stop = end + 2;
    while (stop < t.length && !STOP.has(t[stop].text) && !CLAUSE.has(t[stop].text) && t[stop].text !== '.') stop++;
    country = readPhrase(ctx, end + 2, stop).country;
  }
  const offices: string[] = [];
  if (!NO_OFFICE.has(entry.kind)) {
    // "general secretary of the CPC Central Committee and Chinese president": two offices.
    let partFrom = officeFrom;
    for (let i = title.to; i < end; i++) {
      if (t[i].text !== 'and') continue;
      let next = i + 1;
      const modifier = ctx.lexicon.people.titleModifiers.matchAt(t, next);
      if (modifier && !ctx.titleStartingAt.has(next)) next = modifier.to;
      if (ctx.titleStartingAt.has(next) || (ctx.country[next] && ctx.titleStartingAt.has(mentionEnd(ctx, next)))) {
        offices.push(text(ctx, partFrom, i));
        partFrom = i + 1;
      }
    }
    offices.push(text(ctx, partFrom, end));
  }
  const link = country || international || entry.kind === 'relation' ? undefined : owner ?? servedAfter(ctx, title.to);
  return { from: nameTo, to: end, offices, title: entry, country, sector: entry.sector ?? orgSector, international, posted, link: link ?? undefined };
}

const ARTICLES = new Set(['a', 'an', 'the']);
/** Verbs of heading a body, in a relative clause after an office ("who heads …"). */
const HEAD_VERBS = new Set(['heads', 'headed', 'leads', 'led', 'chairs', 'chaired', 'runs', 'ran']);
const DESCRIPTION_END = new Set([...STOP, '.', '(', ')', 'who', 'whose', 'which', 'that']);
const FROM = new Set(['from', 'in']);

/** ", a 52-year-old Somali tea seller," or ", one of the three deported lawyers," after the name ending at
 *  `at` (past an age: "X, 45, a farmer"): the nationality it gives (or the country of the place after "from"
 *  or "in"), and whether a speech verb follows it. Null with neither. */
export function descriptionAfter(ctx: SentenceContext, at: number): { country: string | null; speaks: boolean } | null {
  const t = ctx.tokens;
  const nameTo = pastAge(t, at);
  if (t[nameTo]?.text !== ',') return null;
  const oneOf = t[nameTo + 1]?.text.toLowerCase() === 'one' && t[nameTo + 2]?.text === 'of';
  if (!oneOf && !ARTICLES.has(t[nameTo + 1]?.text ?? '')) return null;
  let country: string | null = null;
  let k = nameTo + (oneOf ? 3 : 2);
  for (; k < t.length && k < nameTo + 14 && !DESCRIPTION_END.has(t[k].text); k++) {
    const c = ctx.country[k];
    if (!country && c && (c.kind === 'demonym' || (FROM.has(t[k - 1].text) && c.kind === 'name')) && !isSubject(ctx, k)) country = c.code;
    const p = ctx.place[k];
    if (!country && p?.country && FROM.has(t[k - 1].text)) country = p.country;
  }
  const end = t[k];
  const speaks = end?.text === ',' && ctx.lexicon.speech.verbAtStart.test(ctx.doc.text.slice(end.end, end.end + 40));
  // "a spokeswoman for the African Union mission in Somalia": an international body's people have no country.
  if (country && (NOT_A_STATE.has(country) || readPhrase(ctx, nameTo + 1, k).international)) country = null;
  return country || speaks ? { country, speaks } : null;
}

/**
 * The last two countries joined by "and" before token `at` in the sentence (right before it when
 * `adjacent`), in order: "Turkish and Syrian" before a plural title, or "the border of Armenia and
 * Azerbaijan, headed by Deputy Prime Ministers A and B" (English lists the people in the countries'
 * order); null when there are none.
 */
export function countryPairBefore(ctx: SentenceContext, at: number, adjacent = false): [string, string] | null {
  for (let k = at - 1; k >= (adjacent ? at - 1 : 2); k--) {
    const second = ctx.country[k];
    const j = second ? mentionStart(ctx, k) : -1;
    const first = j > 1 && ctx.tokens[j - 1].text === 'and' ? ctx.country[j - 2] : undefined;
    if (first && second && first.code !== second.code) return [first.code, second.code];
  }
  return null;
}

/**
 * "Foreign Ministers A and B", "the chief negotiators, A and B,": for the name starting at token `nameFrom`
 * after "and", the plural title before the name before it, and the country of the second of a pair
 * ("Turkish and Syrian foreign ministers"); null when no plural title stands there.
 */
export function pluralTitleBefore(ctx: SentenceContext, nameFrom: number): { title: PhraseMatch<TitleEntry>; country: string | null } | null {
  const t = ctx.tokens;
  if (elementAt(t, nameFrom - 1)?.text !== 'and') return null;
  // Back over the first name (at most six tokens, no punctuation but a hyphen) to the title's end.
  for (let k = nameFrom - 2; k >= Math.max(0, nameFrom - 8); k--) {
    // Function words end the first name ("leaders of the Sinaloa and …").
    if ((!startsWithLetter(t[k].text) && t[k].text !== '-') || GAP_STOP.has(t[k].text)) return null;
    const end = elementAt(t, k - 1)?.text === ',' ? k - 1 : k;
    const title = ctx.titleEndingAt.get(end);
    if (title?.values[0].plural && isCapitalized(t[k].text)) {
      const own = readPhrase(ctx, extendBack(ctx, title.from), end);
      return { title, country: countryPairBefore(ctx, title.from, true)?.[1] ?? own.country ?? countryPairBefore(ctx, title.from)?.[1] ?? null };
    }
  }
  return null;
}
