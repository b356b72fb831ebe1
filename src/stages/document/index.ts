// The document stage: reads header lines (date, headline, byline, source, dateline), finds where the
// body starts, and marks captions, credits and editor lines so later stages do not read them as prose.
import type { Doc, TextRange } from '../../core/doc.ts';
import type { Stage } from '../../core/stage.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { findOutlet, outletKey } from '../../lexicon/document.ts';
import { exclusionRule } from './captions.ts';
import { findDateline, findDatelineLine } from './dateline.ts';
import { hasMatch, readDateLine } from './date-line.ts';
import { titleEndDate } from './header-date.ts';
import { parseByline } from './byline.ts';
import { closingCredit, firstPublishedDate, footerDate, isUrlLine, urlDate } from './footer.ts';
import { creditedOutlet, isQuotedOutlet } from './outlet.ts';
import { hasWholeWords, titleCase, tokenize } from '../../lexicon/tokens.ts';
import { classifyHeaderText } from './headline.ts';
import { applyLineRules, BREADCRUMB, BYLINE_LINE, LINE_RULES, TITLE_SUFFIX, type LineFacts } from './line-rules.ts';
import { splitLines, type Line } from './lines.ts';
import { readingByBodyDates } from './numeric-order.ts';

/** How far down the page header lines are looked for. */
const MAX_HEADER_LINES = 12;
/** How many body paragraphs may hold the dateline (a caption can come first). */
const DATELINE_PARAGRAPHS = 3;
/** How many items, each opening with a dateline of its own place, make a page a roundup with no one dateline. */
const ROUNDUP_ITEMS = 3;
/** A paragraph that may open with a dateline in capitals ("JAKARTA - ", "PORT OF SPAIN, Trinidad (CMC):"): the
 *  dateline is looked for only there. */
const ITEM_OPENING = /^\p{Lu}{2}/u;
/** How many closing lines may credit the outlet ("(PNA)", "-- BERNAMA", "Copyright © ANTARA 2025"). */
const CLOSING_LINES = 4;
/** How long a stamp line printed after the lead may be. */
const MAX_STAMP_LINE = 100;
const STAMP_TIME = /\b\d{1,2}[:.]\d{2}\b/;
/** Header rules whose lines are only a date stamp (with labels, times, zones). */
const STAMP_RULES = new Set(['document.date-line', 'document.time-date-byline', 'document.pipe-metadata']);
/** A signature alone on a line: two to four capitalised words ("Anirban Ghosh", "Tan Wei Ling"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** A signature line: names, "and", "in Place", an outlet after a comma or in brackets; no figures or sentence punctuation. */
const SIGNATURE_LINE = /^\p{Lu}[\p{L}'’.\- ,()]*$/u;
const MAX_SIGNATURE = 60;
/** Header lines that may follow a standfirst: stamps and signatures, not "Source:" or "Editor:" lines. */
const STANDFIRST_FOLLOWERS = new Set(['document.date-line', 'document.byline', 'document.posted-by', 'document.byline-stamp', 'document.time-date-byline', 'document.pipe-metadata']);
/** Page furniture between header lines ("Share", "2 min read", "POLITICS", "Follow us"): at most this many words, no full stop. */
const MAX_JUNK_WORDS = 6;
/** How many lines (furniture, and one standfirst) may stand between two header lines. */
const MAX_GAP = 3;
const SENTENCE_END = /[.!?]["'”’)]?$/;
/** A point of a summary list under a headline ("• The President toured …"). */
const BULLET = /^[•●▪*]\s/;
const MAX_JUNK_CHARS = 60;
const MAX_CAPTION = 400;
const MAX_STANDFIRST = 400;
/** The longest header line looked for past a standfirst ("By …, Associated Press | Updated …"). */
const MAX_HEADER_LINE = 200;
/** A job line under a signature ("India Correspondent"), at most this many words. */
const MAX_JOB_LINE_WORDS = 5;
/** "…, a Kyodo News correspondent reported.": an outlet's own reporter credited at the end of the lead. */
const OWN_REPORTER = /,\s+(?:an?\s+)?(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3})\s+(?:correspondent|reporter|journalist)\s+(?:reports|reported|says|said)\.$/u;
/** A section label above a headline: one or two words in capitals ("DIPLOMACY", "WORLD NEWS"). */
const KICKER = /^\p{Lu}{3,}(?:\s+\p{Lu}{2,})?$/u;
/** "No. 94/2025": a press release's number. */
const RELEASE_NUMBER = /^No\.?\s*\d+(?:[/-]\d+)?$/;
/** The line under a government site's masthead: "Official website of the President …", "Government of …", "Press
 *  Release", "Press service › Events". */
const MASTHEAD_TAGLINE = /^(?:Official (?:web)?site of\b|Government of\b|Press (?:[Rr]eleases?|[Ss]ervice|[Cc]ent(?:er|re))\b|Home\s*[/›>])/;
const MAX_MASTHEAD = 80;
/** An agency's name written out under its short name: "TASS" over "Russian News Agency", "MAP Express" over "Maghreb
 *  Arabe Presse". */
const AGENCY_NAME = /^[\p{L} .'’-]{2,60}\b(?:News Agency|Press Agency|Presse|Press Service|News Service)$/u;
const SECTION_WORD = /[\p{L}-]+/gu;
/** A site's name written as a name: capitalised words and the small words between them ("Kun.uz", "The Harbour
 *  Post", "Ministry of Foreign Affairs of Ruritania"), at most MAX_MASTHEAD_WORDS of them. */
const NAME_WORDS = /^\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|of|the|and|for|on|&|de|du|del|la|le|el))*$/u;
const MAX_MASTHEAD_WORDS = 6;
/** A brand written in lower case with hyphens ("in-cyprus"): a site's masthead only over a label and a headline. */
const LOWER_BRAND = /^\p{Ll}[\p{Ll}\p{N}]*(?:-[\p{Ll}\p{N}]+)+$/u;
/** A site's web address as its name: "Novinite.com", "24.kg". */
const WEB_NAME = /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,6}$/u;
/** An outlet's tagline under its masthead, a few words ending in a word for the press: "Swiss news", "Belize's
 *  Independent Newspaper", "Kenya's leading daily". */
const OUTLET_TAGLINE = /^(?:[\p{L}'’-]+\s+){0,4}(?:news|newspaper|daily|weekly|magazine)$/iu;
/** A short name in capitals, a dash or pipe, and a name: "TFN - The First News", "SCMP | South China Morning Post". */
const SHORT_AND_NAME = /^(\p{Lu}{2,6})\s+[-–—|]\s+(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){1,5})$/u;

/** Whether `short` is made of the first letters of the words of `name`, with or without a leading "The". */
function spellsOut(short: string, name: string): boolean {
  const initials = name.split(/\s+/).map((w) => w[0]).join('');
  return initials === short || (name.startsWith('The ') && initials.slice(1) === short);
}

/** A section under a masthead: one to three capitalised words, maybe a pipe, slash or dot between them ("Occupied
 *  Territories", "Pacific", "News | Caribbean", "News · Canary Islands"). */
const SECTION_LINE = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:[|/>›»&·]\s+)?\p{Lu}[\p{L}'’-]*){0,2}$/u;
/** …or a section and, after a pipe or an arrow, its subjects listed with commas and "&" ("News | Democracy, Human
 *  Rights & Governance"). */
const SECTION_PATH = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+[|>›»]\s+\p{Lu}[\p{L}'’-]*(?:(?:,|\s+&)?\s+\p{Lu}[\p{L}'’-]*){0,5}$/u;

/** A line of one to three section words ("Politics", "World News", "Press Release"), header-words.tsv not-signature,
 *  the first of several may be a country's adjective or name ("Russian Politics & Diplomacy", "Kenya News"); or a
 *  country's name alone, a national news section ("Argentina"). */
function sectionWords(text: string, lexicon: Lexicon): boolean {
  const words = text.match(SECTION_WORD) ?? [];
  if (words.length === 0 || words.length > 3) return false;
  if (wholeGeoName(text, lexicon, COUNTRY_NAME)) return true;
  const rest = words.length > 1 && isCountryWord(words[0] ?? '', lexicon) ? words.slice(1) : words;
  return rest.every((w) => lexicon.document.notSignature.has(w));
}

/** Whether `word` alone names a country or is its adjective ("Russian", "Kenya"). */
function isCountryWord(word: string, lexicon: Lexicon): boolean {
  return wholeGeoName(word, lexicon, COUNTRY_KINDS);
}
const COUNTRY_KINDS = new Set(['name', 'adjective', 'demonym']);
const COUNTRY_NAME = new Set(['name']);
const PLACE_KINDS = new Set(['capital', 'place']);

/** Whether the whole of `text` is a name the gazetteer knows, of one of `kinds`. */
function wholeGeoName(text: string, lexicon: Lexicon, kinds: ReadonlySet<string>): boolean {
  const tokens = tokenize(text);
  const m = lexicon.geo.trie.matchAt(tokens, 0);
  return m !== null && m.to === tokens.length && m.values.some((v) => kinds.has(v.kind));
}
const CAPTION_RULES = new Set(['document.caption-credit', 'document.caption-photo']);
/** "told The Jordan Times", "told Sudan Tribune", "told the Tehran Times": the capitalised words after "told" (group
 *  1; "told the National Assembly" names no outlet "The National": the words must be the outlet's name, all of them),
 *  not before a noun of a medium ("told the ARD broadcaster" is another's). */
const TOLD_OUTLET = /\btold\s+(?:the\s+)?((?:The\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,4})(?!\s+(?:broadcaster|newspaper|paper|daily|weekly|magazine|television|radio|network|channel|station|website|agency|programme|program|show|podcast)\b)/gu;
/** "Morocco World News learned from a judicial source", "The Citizen has learnt": a paper's own reporting (group 1). */
const OUTLET_LEARNED = /((?:The\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,4})\s+(?:has\s+)?(?:learned|learnt)\b/gu;

/** The listed outlet `name` names, unless others' stories quote it. */
function ownOutletTold(lex: Lexicon['document'], name: string): string | undefined {
  const outlet = findOutlet(lex, name);
  if (!outlet || isQuotedOutlet(lex, outlet)) return undefined;
  return creditedOutlet(lex, name);
}

// The last line "Maryna Synytsia, Kyiv", or the name alone, "Hoai Nam": a name of two or three words, a comma and a
// place; none of the words a place, a listed non-name, a body's head noun or a desk word (header-words.tsv).
const SIGNER = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`;
/** A dash before a closing signature ("— Mariana Restrepo", "-- Jane Doe"). */
const SIGN_DASH = String.raw`(?:[—–]|--?)?\s*`;
const CLOSING_SIGNATURE = new RegExp(String.raw`^${SIGN_DASH}${SIGNER},\s+(\p{Lu}[\p{L}'’. -]{1,30})$`, 'u');
const CLOSING_NAME = new RegExp(`^${SIGN_DASH}${SIGNER}$`, 'u');
/** "(By Jane Doe)": the author credited under the story. */
const BRACKETED_BY = /^\((?:By|by)\s+(\p{Lu}[^()]{2,60})\)$/u;
/** "and HANS MÜLLER": a second author on the line under the first. */
const AND_NAME = /^and\s+(\p{Lu}[\p{L}'’.\- ]{2,40})$/u;
/** " date 2025-04-15 Headline…": a crawler's date stamp run into the first text of the page. */
const DATE_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s*/;

/**
 * Where a source credit was read, strongest first. The wire credit in the dateline names who wrote the
 * story even on another outlet's page ("BEIJING (Xinhua) --" under "| People's Daily"); a page's title
 * suffix names only the site; a closing credit is the last resort.
 */
const SOURCE_RANK = { dateline: 0, header: 1, title: 2, closing: 3 } as const;
type SourceFrom = keyof typeof SOURCE_RANK;

interface HeaderFacts {
  title: string | null;
  source: { name: string; from: SourceFrom } | null;
  byline: string | null;
  /** `updated`: only a revision date was found so far, which a publication date replaces. */
  published: { date: string; from: 'header' | 'dateline' | 'footer' | 'url'; updated: boolean; monthFirst?: string } | null;
  dateline: string | null;
  /** The place a reporter's outlet credit files from ("BBC News, Beirut"). */
  bureau: string | null;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/**
 * Whether the trimmed `line` squashes to `key`. Speed: a headline is compared with every line of the article, so
 * a line whose first character, lower-cased, does not open `key` is rejected before it is squashed (lower-casing
 * a first character alone gives what it gives in the line: final sigma, the one rule that reads the letters
 * around, never applies to the first).
 */
function squashesTo(line: string, key: string): boolean {
  // (Length first: codePointAt past the end deoptimises.)
  if (line.length > 0 && !key.startsWith(String.fromCodePoint(line.codePointAt(0)!).toLowerCase())) return false;
  return squash(line) === key;
}

// (\p{…} patterns stand in module constants: see lexicon/tokens.ts.)
const INITIALS = /^\p{Lu}{2,5}$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** Whether `short` is written as the initials of `long`: "HT" of "Helsinki Times", "T.N.A." of "The National Age". */
function initialsOf(short: string, long: string): boolean {
  const letters = short.replace(/\./g, '');
  if (!INITIALS.test(letters)) return false;
  const words = long.split(/\s+/).filter((w) => CAPITAL_FIRST.test(w));
  const firsts = (ws: string[]) => ws.map((w) => w[0]).join('');
  return words.length >= 2 && (firsts(words) === letters || (words[0] === 'The' && firsts(words.slice(1)) === letters));
}

/** Whether `name` is the outlet's own ("HAVANA TIMES" opening a story of Havana Times, "By The Yucatan Times"). */
function isOwnOutlet(h: HeaderFacts, name: string): boolean {
  return h.source !== null && outletKey(name) === outletKey(h.source.name);
}

function noteSource(h: HeaderFacts, name: string | undefined, from: SourceFrom): void {
  if (!name) return;
  // "ARKA News Agency" in the masthead and "/ARKA/" in the dateline: one outlet, named in full by the longer.
  const known = h.source;
  if (known && (name.startsWith(known.name + ' ') || known.name.startsWith(name + ' '))) {
    if (name.length > known.name.length) h.source = { name, from: known.from };
    return;
  }
  if (!h.source || SOURCE_RANK[from] < SOURCE_RANK[h.source.from]) h.source = { name, from };
}

/** Whether YYYY-MM-DD names a day that exists (not 2024-02-31 or 2023-02-29). */
function isCalendarDay(ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number);
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/**
 * The first date `read` finds in `items` that names a day that exists. (A loop rather than .map().find() in
 * readDocument, a big function: a .map makes arrays of another elements kind once optimised, and a new kind
 * reaching the .find threw readDocument's optimised code away; see events/parties.ts codeSet.)
 */
function firstDay<T>(items: readonly T[], read: (x: T) => string | null | undefined): string | null {
  for (const x of items) {
    const s = read(x);
    if (s && isCalendarDay(s)) return s;
  }
  return null;
}

function note(h: HeaderFacts, f: LineFacts, from: 'header' | 'dateline' = 'header', sourceFrom: SourceFrom = from): void {
  h.title ??= f.title ?? null;
  noteSource(h, f.source, f.title ? 'title' : sourceFrom);
  h.byline ??= f.byline ?? null;
  h.dateline ??= f.dateline ?? null;
  h.bureau ??= f.bureau ?? null;
  if (f.published && (!h.published || (h.published.updated && !f.updated && from === 'header'))) {
    h.published = { date: f.published, from, updated: f.updated ?? false, monthFirst: f.monthFirst };
  }
}

/** A reporter's bureau after a name (" in Nairobi"), before " and ", a comma or the end. */
const BUREAU = /\s+in\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*(?=\s+and\s|\s*,|$)/gu;

/** "Duncan Miriri in Nairobi and Elias Biryabarema in Kampala; Editing by Tom Hale": the reporters only. */
function withoutBureaus(credit: string): string {
  return credit.split(';')[0].replace(BUREAU, '').trim();
}

/** Whether the whole name is a place or capital in the geography lexicon ("New Delhi"). */
function isPlaceName(name: string, lexicon: Lexicon): boolean {
  return wholeGeoName(name, lexicon, PLACE_KINDS);
}

/** The reporter signing the last line `line` ("Maryna Synytsia, Kyiv", "Hoai Nam"), or null: not a person the story tells of
 *  ("Xi Jinping, Beijing" under a photo), nor a desk or a body ("Press Office, Georgetown"). */
function closingSignature(doc: Doc, line: Line, bodyStart: number, lexicon: Lexicon): string | null {
  const lex = lexicon.document;
  // (Or the name alone, "Hoai Nam", as some papers sign; not an outlet's name, "Agence France Presse".)
  const signed = CLOSING_SIGNATURE.exec(line.text) ?? (findOutlet(lex, line.text) ? null : CLOSING_NAME.exec(line.text));
  if (!signed || (signed[2] !== undefined && !isPlaceName(signed[2], lexicon)) || doc.text.lastIndexOf(signed[1], line.start - 1) >= bodyStart) return null;
  const bodyWord = (w: string) =>
    isPlaceName(w, lexicon) || lexicon.people.notNames.has(w) || lexicon.organizations.heads.matchAt(tokenize(w), 0) !== null || lex.deskWords.has(w.toLowerCase());
  return signed[1].split(/\s+/).some(bodyWord) ? null : parseByline(signed[1], lex)?.byline ?? null;
}

/**
 * "Headline - Pakistan - DAWN.COM" with the outlet cut off still ends with the site's section; when the
 * next line repeats the headline without it, that line is the title.
 */
function sectionless(title: string, next: string | undefined): string {
  if (!next || next.length >= title.length || !title.startsWith(next)) return title;
  return /^\s*[-–—|:]/.test(title.slice(next.length)) ? next : title;
}

export function readDocument(doc: Doc, lexicon: Lexicon): void {
  const lex = lexicon.document;
  const lines = splitLines(doc.text);
  const h: HeaderFacts = { title: null, source: null, byline: null, published: null, dateline: null, bureau: null };
  const excluded: TextRange[] = [];
  let bodyStart: number | null = null;
  let titleKey: string | null = null;
  let content = 0;
  let mastheadName: string | null = null;

  const isPlace = (name: string) => isPlaceName(name, lexicon);
  const nextContent = (i: number, n: number): Line[] => {
    const out: Line[] = [];
    for (let j = i + 1; j < lines.length && out.length < n; j++) if (lines[j].text) out.push(lines[j]);
    return out;
  };
  // (NAME_LINE first: it fails at once on prose, where the others read the whole line.)
  const isJobLine = (text: string) => NAME_LINE.test(text) && lex.job.test(text) && text.split(/\s+/).length <= MAX_JOB_LINE_WORDS;
  // Lines are tested more than once (looking ahead, then in turn): each text's header rule is computed once.
  const ruleCache = new Map<string, ReturnType<typeof applyLineRules>>();
  const lineRule = (text: string) => {
    let hit = ruleCache.get(text);
    if (hit === undefined) ruleCache.set(text, (hit = applyLineRules(text, LINE_RULES, lex)));
    return hit;
  };
  const isStamp = (text: string) => lineRule(text) !== null || isJobLine(text);
  const exclusions = new Map<string, string | null>();
  const exclusionOf = (text: string) => {
    let r = exclusions.get(text);
    if (r === undefined) exclusions.set(text, (r = exclusionRule(text, lex)));
    return r;
  };
  const datelines = new Map<string, ReturnType<typeof findDateline>>();
  const datelineOf = (text: string) => {
    let d = datelines.get(text);
    if (d === undefined) datelines.set(text, (d = findDateline(text, lex, isPlace)));
    return d;
  };
  const isPlaceLine = (text: string) => findDatelineLine(text, lex, isPlace) !== null;
  // The stamp above line i, past furniture ("6:12 pm on 5 January 2025" / "Share this" / "Jane Doe").
  const stampBefore = (i: number): boolean => {
    let junk = 0;
    for (let j = i - 1; j >= 0 && junk <= 2; j--) {
      const t = lines[j].text;
      if (!t) continue;
      if (isStamp(t)) return true;
      if (!isJunk(t)) return false;
      junk++;
    }
    return false;
  };
  // "Anirban Ghosh", "Jane Doe in Beijing" alone on a line: the signature, when a stamp or a job line
  // stands beside it. Its name words must be no page section ("Middle East") and no place.
  const signature = (text: string, i: number, prev: string | null): { name: string; source?: string } | null => {
    if (text.length > MAX_SIGNATURE || !SIGNATURE_LINE.test(text) || creditedOutlet(lex, text) || isJobLine(text)) return null;
    const by = parseByline(text, lex);
    const name = by?.byline;
    // "Middle East", "Manila Philippines" are no one's name; "Farah Idris" is, though Farah is also a town.
    if (!name) return null;
    const words = name.split(/\s+/);
    if (words.some((w) => lex.notSignature.has(w)) || words.every((w) => isPlaceName(w, lexicon))) return null;
    const [next, after] = nextContent(i, 2);
    const stampNext = next && (isStamp(next.text) || (after && isPlaceLine(next.text) && isStamp(after.text)));
    return (prev !== null && isStamp(prev)) || stampBefore(i) || stampNext ? { name, source: by.source } : null;
  };
  // A standfirst under the headline is prose, but the stamp or signature right after it is a header line.
  const signsOrDates = (text: string) => NAME_LINE.test(text) || STANDFIRST_FOLLOWERS.has(lineRule(text)?.rule ?? '');
  const isFurniture = (text: string) => text.length <= MAX_JUNK_CHARS && text.split(/\s+/).length <= MAX_JUNK_WORDS && !SENTENCE_END.test(text);
  const junk = new Map<string, boolean>();
  const isJunk = (text: string) => {
    let j = junk.get(text);
    if (j === undefined) junk.set(text, (j = isFurniture(text) || (text.length <= MAX_CAPTION && CAPTION_RULES.has(exclusionOf(text) ?? ''))));
    return j;
  };
  const isSigned = (text: string, j: number, prev: string | null) => h.title !== null && signature(text, j, prev) !== null;
  // Furniture and at most one standfirst between this line and a later header line ("Share", "2 min",
  // a section name, a standfirst, then "By Jane Doe"): the lines to pass over, or null when the header ends here.
  // A standfirst must be followed by a stamp or a signature, as before; no line may open with a dateline.
  const headerGap = (i: number, standfirstSeen: boolean): Line[] | null => {
    const gap: Line[] = [];
    let long = standfirstSeen;
    for (let j = i; j < lines.length && gap.length <= MAX_GAP; j++) {
      const text = lines[j].text;
      if (!text) continue;
      // A paragraph longer than any standfirst or header line ends the header.
      if (text.length > MAX_STANDFIRST || (long && text.length > MAX_HEADER_LINE)) return null;
      if (gap.length > 0) {
        const signed = isSigned(text, j, gap[gap.length - 1].text);
        if (signed || signsOrDates(text) || isStamp(text)) return gap;
        if (findDatelineLine(text, lex, isPlace) && gap.every((g) => isJunk(g.text))) return gap;
      }
      const furniture = isJunk(text);
      // ("In Summary" and its points, "• …" line after line: one standfirst.)
      const morePoints = BULLET.test(text) && gap.length > 0 && BULLET.test(gap[gap.length - 1].text);
      if (!furniture && long && !morePoints) return null;
      if (datelineOf(text)) return null;
      long ||= !furniture;
      gap.push(lines[j]);
    }
    return null;
  };
  // A label above the headline: a section in capitals or in section words ("DIPLOMACY", "Politics", "Press Release"),
  // a breadcrumb ("News > Inter-Korea", "Home / Press Center / Press releases") or a release number ("No. 94/2025").
  const isLabel = (text: string) => KICKER.test(text) || BREADCRUMB.test(text) || SECTION_PATH.test(text) || RELEASE_NUMBER.test(text) || sectionWords(text, lexicon);
  // A longer headline among the next lines: what a label or a masthead stands above.
  const headlineBelow = (i: number, text: string) => nextContent(i, 4).some((n) => n.text.length > text.length && classifyHeaderText(n.text, lex) === 'headline');
  // The page's first line, a name ("Kun.uz", "The Harbour Post", "Ministry of Foreign Affairs of Ruritania"), over a
  // label or a date stamp and a longer headline: the site's masthead, though no list knows the outlet.
  // (A web address or an agency's name written out needs no label under it: "Novinite.com" right over the headline.)
  const unknownMasthead = (i: number, text: string) => {
    if (text.length <= MAX_MASTHEAD && (WEB_NAME.test(text) || AGENCY_NAME.test(text))) return headlineBelow(i, text);
    if (text.length > MAX_MASTHEAD || text.split(/\s+/).length > MAX_MASTHEAD_WORDS || !(NAME_WORDS.test(text) || LOWER_BRAND.test(text))) return false;
    const next = nextContent(i, 1)[0];
    // (Or over the page's date stamp and a longer headline: "Island Ledger" / "Wednesday, 9 April 2025 00:10" / …)
    if (next !== undefined && (isLabel(next.text) || OUTLET_TAGLINE.test(next.text) || readDateLine(next.text, lex) !== null) && headlineBelow(lines.indexOf(next), text)) return true;
    // (Or a name in title case over a headline in sentence case, a section at most between, and the date stamp under
    // it: a page writes its headline in one case, so the name is no headline: "Harbour Post" / "Ruritania and …
    // agree …" / "Saturday, July 13, 2024".)
    // (A byline may stand between the headline and the stamp: "By Kari Lund".)
    const below = nextContent(i, 4);
    const at = below.findIndex((n) => n.text.length > text.length && !NAME_WORDS.test(n.text) && !SECTION_LINE.test(n.text) && classifyHeaderText(n.text, lex) === 'headline');
    const stamp = BYLINE_LINE.test(below[at + 1]?.text ?? '') ? at + 2 : at + 1;
    // (The stamp may share its line with the signature: "Jun 8, 2021, 12:14 PM | Article By: Jane Doe".)
    const stampText = below[stamp]?.text ?? '';
    return (at === 0 || (at === 1 && SECTION_LINE.test(below[0].text))) && (readDateLine(stampText, lex) !== null || lineRule(stampText)?.facts.published != null);
  };
  // Whether the page's first line was its masthead (a listed outlet, a government site's or an agency's name).
  let mastheadFirst = false;
  let standfirst: number | null = null;
  let prev: string | null = null;
  let proseSeen = false;
  let pendingLabel: string | null = null;

  for (let i = 0; i < lines.length && content < MAX_HEADER_LINES; i++, prev = lines[i - 1]?.text || prev) {
    const line = lines[i];
    if (!line.text) continue;
    content++;
    let text = line.text;
    let start = line.start;
    if (content === 1) {
      const p = DATE_PREFIX.exec(text);
      if (p) {
        // A stamp that names no real day is reported and left out: a later line may still give the date.
        if (isCalendarDay(p[1])) note(h, { published: p[1] });
        else doc.document.warnings.push(`the header date ${p[1]} is not a calendar date; not used as the publication date`);
        text = text.slice(p[0].length);
        start += p[0].length;
        if (!text) continue;
        const kind = classifyHeaderText(text, lex);
        const key = squash(text);
        const repeated = kind === 'lead' && lines.slice(i + 1).some((l) => squashesTo(l.text, key));
        if (kind === 'caption' || repeated) {
          excluded.push({ start: line.start, end: line.end });
          continue;
        }
        if (kind === 'lead') {
          bodyStart = start;
          break;
        }
        h.title ??= text;
        titleKey = squash(text);
        continue;
      }
    }
    // "TFN - The First News": the page's first line, a short name, a dash and the name it stands for, is the masthead.
    const short = content === 1 ? SHORT_AND_NAME.exec(text) : null;
    if (short && spellsOut(short[1], short[2])) {
      // (A masthead so plain is the source before a wire credited at the foot: "(PAP)".)
      noteSource(h, short[2], 'header');
      mastheadFirst = true;
      excluded.push({ start, end: line.end });
      continue;
    }
    if (titleKey !== null && squashesTo(text, titleKey)) {
      excluded.push({ start, end: line.end });
      continue;
    }
    // "Published" alone, its date on the next line (The Straits Times, the BBC).
    if (lex.labelLine.test(text)) {
      pendingLabel = text;
      excluded.push({ start, end: line.end });
      continue;
    }
    // "By Jane Doe" / "and" / "John Roe": authors on lines of their own.
    // "By CLAIRE DUBOIS" / "and HANS MÜLLER": the second author on a line that starts with "and".
    if (h.byline && text === 'and') {
      const next = nextContent(i, 1)[0];
      const more = next && NAME_LINE.test(next.text) ? parseByline(next.text, lex)?.byline : undefined;
      if (more) {
        h.byline = `${h.byline} and ${more}`;
        excluded.push({ start, end: line.end }, { start: next.start, end: next.end });
        i = lines.indexOf(next);
        continue;
      }
    }
    const andMore = h.byline && AND_NAME.exec(text);
    const more = andMore ? parseByline(andMore[1], lex)?.byline : undefined;
    if (more) {
      h.byline = `${h.byline} and ${more}`;
      excluded.push({ start, end: line.end });
      continue;
    }
    const labelled = pendingLabel ? `${pendingLabel} ${text}` : text;
    pendingLabel = null;
    const hit = lineRule(labelled) ?? (h.title === null && content <= 3 ? applyLineRules(text, [TITLE_SUFFIX], lex) : null);
    if ((hit?.rule === 'document.place-date' || hit?.rule === 'document.outlet-line' || hit?.rule === 'document.pipe-metadata') && hit.facts.dateline && !isPlaceName(titleCase(hit.facts.dateline), lexicon)) delete hit.facts.dateline;
    // "New Delhi | Updated: May 11, 2025 09:40 IST": a known place first in a stamp line is where it was filed, no signature.
    if (hit?.rule === 'document.pipe-metadata' && hit.facts.byline && !hit.facts.dateline && text.startsWith(hit.facts.byline) && isPlaceName(hit.facts.byline, lexicon)) {
      hit.facts.dateline = hit.facts.byline;
      delete hit.facts.byline;
    }
    // "By Jane Doe (New York, special correspondent)": a known place in brackets after the signature is where it was filed.
    if (hit?.facts.place) {
      if (isPlaceName(hit.facts.place, lexicon)) hit.facts.dateline ??= hit.facts.place;
      delete hit.facts.place;
    }
    if (hit) {
      const facts = hit.facts.title ? { ...hit.facts, title: sectionless(hit.facts.title, nextContent(i, 1)[0]?.text) } : hit.facts;
      // An outlet named alone on the page's first line is the site's masthead, like a title suffix.
      note(h, facts, 'header', content === 1 && hit.rule === 'document.outlet-line' ? 'title' : 'header');
      if (content === 1 && hit.rule === 'document.outlet-line') mastheadFirst = true;
      if (facts.title) titleKey = squash(facts.title);
      excluded.push({ start, end: line.end });
      continue;
    }
    if (exclusionOf(text)) {
      excluded.push({ start, end: line.end });
      continue;
    }
    // "WRITER: Somchai Boonmee", "Reporter: Jane Doe" in the header.
    const label = h.byline ? null : lex.bylineLabel.exec(text);
    const labelledBy = label ? parseByline(label[1], lex) : null;
    // "WRITER: Online Reporters" signs no person but is a header line all the same.
    if (labelledBy?.byline || (labelledBy && label && lex.noAuthor.has(outletKey(label[1])))) {
      note(h, labelledBy);
      excluded.push({ start, end: line.end });
      continue;
    }
    // The line between a masthead and a longer headline is the site's section ("Occupied Territories", "Pacific",
    // "News | Caribbean"), even when it names a place.
    if (mastheadFirst && content === 2 && h.title === null && titleKey === null && (SECTION_LINE.test(text) || OUTLET_TAGLINE.test(text)) && headlineBelow(i, text)) {
      excluded.push({ start, end: line.end });
      continue;
    }
    const alone = h.dateline ? null : findDatelineLine(text, lex, isPlace);
    if (alone) {
      h.dateline = alone.place;
      excluded.push({ start, end: line.end });
      continue;
    }
    // A label above the headline (isLabel), or a government site's masthead and its tagline ("Ministry of Foreign
    // Affairs" over "Government of the People's Republic of Bangladesh"; "Akorda" over "Official website of the
    // President …"), whose name is the source when nothing else credits the story, or an agency's masthead ("TASS" over
    // "Russian News Agency").
    if (h.title === null && titleKey === null && !proseSeen) {
      // (The cheap tests of the line first: the lines after it are read only for a label.)
      const labelled = isLabel(text) && headlineBelow(i, text);
      // ("AZERNEWS" over "Politics" and the headline: a word in capitals first over a section of its own is the masthead,
      // no section over a section; so is one over the outlet's tagline, and one that is no section's word over a
      // headline and the date stamp: "AMANDALA" / headline / "Wednesday, May 18, 2022".)
      const below = labelled && content === 1 && KICKER.test(text) ? nextContent(i, 1)[0]?.text ?? '' : null;
      const capsMasthead = below !== null && (isLabel(below) || OUTLET_TAGLINE.test(below) || (!sectionWords(titleCase(text), lexicon) && unknownMasthead(i, text)));
      const section = labelled && !capsMasthead;
      const tagline = MASTHEAD_TAGLINE.test(text);
      const firstLine = content === 1 && !tagline && !section && text.length <= MAX_MASTHEAD && !SENTENCE_END.test(text);
      const taglineBelow = firstLine && nextContent(i, 2).some((n) => MASTHEAD_TAGLINE.test(n.text));
      const siteName = firstLine && !taglineBelow && (capsMasthead || unknownMasthead(i, text));
      const masthead = taglineBelow || siteName;
      // (An agency's short name and its name written out are both the masthead.)
      const agency = content <= 2 && text.length <= MAX_MASTHEAD && (AGENCY_NAME.test(text) || (content === 1 && AGENCY_NAME.test(nextContent(i, 1)[0]?.text ?? '')));
      if (section || tagline || masthead || agency) {
        if (masthead || (content === 1 && AGENCY_NAME.test(text))) mastheadName = text;
        // (A site's own name over its section and headline is its source before a wire credited at the foot: "(CNA)".)
        if (siteName) noteSource(h, text, 'title');
        if (content === 1 && (masthead || agency)) mastheadFirst = true;
        excluded.push({ start, end: line.end });
        continue;
      }
    }
    if (h.title === null && titleKey === null && !proseSeen && nextContent(i, 1).length && classifyHeaderText(text, lex) === 'headline') {
      h.title = text;
      titleKey = squash(text);
      continue;
    }
    const signed = h.title !== null && h.byline === null ? signature(text, i, prev) : null;
    if (h.title !== null && (signed || isJobLine(text))) {
      h.byline ??= signed?.name ?? null;
      noteSource(h, signed?.source, 'header');
      excluded.push({ start, end: line.end });
      continue;
    }
    const gap: Line[] | null = h.title !== null ? headerGap(i, standfirst !== null) : null;
    if (gap) {
      proseSeen = true;
      for (const g of gap) {
        if (isJunk(g.text)) excluded.push({ start: g.start, end: g.end });
        else standfirst ??= g.start;
      }
      content += gap.length - 1;
      i = lines.indexOf(gap[gap.length - 1]);
      continue;
    }
    // "Save", "Getty Images" just above the first paragraph: furniture, not prose.
    // (Captions were excluded above.)
    if (h.title !== null && isFurniture(text) && nextContent(i, 1).length && !datelineOf(text)) {
      proseSeen = true;
      excluded.push({ start, end: line.end });
      continue;
    }
    bodyStart = standfirst ?? start;
    break;
  }
  if (bodyStart === null) bodyStart = standfirst ?? lines.find((l) => l.text && !excluded.some((x) => x.start <= l.start && l.end <= x.end))?.start ?? doc.text.length;

  // The dateline opens one of the first body paragraphs.
  let seen = 0;
  let datelineEnd = -1;
  let datelineMonthDay: string | null = null;
  // A place line in the header ("NEW DELHI", "Seoul") keeps its place, but the body's dateline still gives
  // its date and credit ("SEOUL, March 3, 2024 (Yonhap) --").
  for (const line of lines) {
    if (line.end <= bodyStart || !line.text || excluded.some((x) => x.start <= line.start && line.end <= x.end)) continue;
    const d = datelineOf(line.start >= bodyStart ? line.text : doc.text.slice(bodyStart, line.end));
    if (d) {
      datelineEnd = Math.max(line.start, bodyStart) + d.length;
      // ("HAVANA TIMES – The last 104 doctors …": the outlet's own name opening the body is its credit, no place.)
      if (!isOwnOutlet(h, d.place)) h.dateline ??= d.place;
      datelineMonthDay = d.monthDay;
      note(h, { source: d.source ?? undefined, published: d.published ?? undefined }, 'dateline');
      // "03/06/2024" over "KUALA LUMPUR, June 3 (Bernama)": the dateline's month and day settle the order.
      const p = h.published;
      if (p?.monthFirst && d.monthDay && p.date.slice(5) !== d.monthDay && p.monthFirst.slice(5) === d.monthDay) p.date = p.monthFirst;
      if (p?.monthFirst && d.monthDay && [p.date, p.monthFirst].some((x) => x.slice(5) === d.monthDay)) p.monthFirst = undefined;
      break;
    }
    if (++seen >= DATELINE_PARAGRAPHS) break;
  }

  // "Jane Doe / BBC News, Beirut" over a story that opens in Beirut: the reporter filed from where it happened, and
  // the bureau is the dateline (a bureau the first paragraphs do not name, "BBC News, Sydney" over talks in
  // Canberra, is only where the reporter works).
  if (!h.dateline && h.bureau && isPlace(h.bureau)) {
    const bureau = h.bureau;
    const opening = lines.filter((l) => l.start >= bodyStart && l.text && !excluded.some((x) => x.start <= l.start && l.end <= x.end)).slice(0, DATELINE_PARAGRAPHS);
    if (opening.some((l) => hasWholeWords(l.text, bureau))) h.dateline = bureau;
  }

  // "BANGKOK - …" / "JAKARTA - …" / "MALÉ - …": a page of several items, each opening with a dateline of another
  // place (a roundup, a page of briefs), has no one dateline; the first item's place is only its own.
  if (datelineEnd >= 0 && h.dateline) {
    const first = h.dateline;
    const others = new Set<string>();
    for (const line of lines) {
      if (line.start <= datelineEnd || !ITEM_OPENING.test(line.text)) continue;
      const place = datelineOf(line.text)?.place;
      if (place && place !== first) others.add(place);
      if (others.size >= ROUNDUP_ITEMS - 1) {
        h.dateline = null;
        break;
      }
    }
  }

  // "Warsaw (AFP) - Poland on Thursday …\n\nPublished: 27/11/2025 - 14:05": a labelled or timed stamp printed
  // right after the lead gives the date the header did not (a bare date there may head a section: not read).
  const afterLead = h.published ? undefined : lines.filter((l) => l.start >= bodyStart && l.text)[1];
  if (afterLead && afterLead.text.length <= MAX_STAMP_LINE && (STAMP_TIME.test(afterLead.text) || hasMatch(lex.dateLabel, afterLead.text) || hasMatch(lex.updateLabel, afterLead.text))) {
    const hit = applyLineRules(afterLead.text, LINE_RULES, lex);
    if (hit?.facts.published && STAMP_RULES.has(hit.rule)) {
      note(h, { published: hit.facts.published, updated: hit.facts.updated, monthFirst: hit.facts.monthFirst });
      excluded.push({ start: afterLead.start, end: afterLead.end });
    }
  }

  // "…, an Ukrinform correspondent reports.": the lead names the outlet whose reporter wrote it.
  const lead = h.source ? undefined : lines.find((l) => l.start >= bodyStart && l.text && !excluded.some((x) => x.start <= l.start && l.end <= x.end));
  const own = lead ? OWN_REPORTER.exec(lead.text) : null;
  if (own) noteSource(h, creditedOutlet(lex, own[1]), 'closing');

  // Captions, credits, editor lines and a "Reporter: …" footer anywhere in the body.
  for (const line of lines) {
    if (line.start < bodyStart || !line.text) continue;
    const label = lex.bylineLabel.exec(line.text) ?? BRACKETED_BY.exec(line.text);
    const by = label ? parseByline(withoutBureaus(label[1]), lex) : null;
    if (by) h.byline ??= by.byline ?? null;
    if (by || exclusionOf(line.text)) excluded.push({ start: line.start, end: line.end });
  }

  // The closing lines may credit the outlet when nothing above did.
  if (!h.source) {
    let left = CLOSING_LINES;
    for (let i = lines.length - 1; i >= 0 && left > 0 && lines[i].start >= bodyStart; i--) {
      if (!lines[i].text) continue;
      left--;
      noteSource(h, closingCredit(lines[i].text, lex), 'closing');
      if (h.source) break;
    }
  }

  // "…, a Jordanian official told The Jordan Times", "… the Tehran Times", "Morocco World News learned": a paper's own
  // reporting, when nothing else named the outlet
  // (not an outlet others quote: "the minister told Reuters", header-words.tsv quoted-outlet).
  if (!h.source) {
    for (const line of lines) {
      if (line.start < bodyStart || !line.text) continue;
      // (The words looked for first: the patterns are tried at every capital of a line that has them.)
      const told = line.text.includes('told') ? [...line.text.matchAll(TOLD_OUTLET)] : [];
      const learned = line.text.includes('learn') ? [...line.text.matchAll(OUTLET_LEARNED)] : [];
      for (const m of [...told, ...learned]) {
        noteSource(h, ownOutletTold(lex, m[1]), 'closing');
        if (h.source) break;
      }
      if (h.source) break;
    }
  }

  // A government site's masthead names the body that issued the release, when nothing else credits it.
  if (!h.source && mastheadName) noteSource(h, mastheadName, 'closing');
  // (A credit in the masthead's initials, "Written by HT / STT" under "Helsinki Times", is the masthead's own.)
  else if (h.source && mastheadName && initialsOf(h.source.name, mastheadName)) h.source = { name: mastheadName, from: h.source.from };

  // "Maryna Synytsia, Kyiv" closing the story: the reporter and the place they filed from.
  const closing = lines.findLast((l) => l.text);
  const signedBy = !h.byline && closing && closing.start >= bodyStart ? closingSignature(doc, closing, bodyStart, lexicon) : null;
  if (signedBy && closing) {
    h.byline = signedBy;
    excluded.push({ start: closing.start, end: closing.end });
  }

  // Or a date stamp as the last line: "2024/02/07 15:20 KST", "Published 12 March 2024".
  const last = lines.findLast((l) => l.text);
  if (!h.published && last && last.start >= bodyStart) {
    const stamp = footerDate(last.text);
    if (stamp && isCalendarDay(stamp)) h.published = { date: stamp, from: 'footer', updated: false, monthFirst: undefined };
  }
  // "This article was first published on 14 August 2025." among the closing lines.
  if (!h.published) {
    const closingLines = lines.filter((l) => l.text && l.start >= bodyStart).slice(-CLOSING_LINES);
    const stamp = firstDay(closingLines, (l) => firstPublishedDate(l.text));
    if (stamp) h.published = { date: stamp, from: 'footer', updated: false, monthFirst: undefined };
  }
  // A headline that ends with its day ("Transcript of the Weekly Press Briefing …, Friday, 26 September 2025",
  // "Answers of the Spokesperson … at the briefing of 6 February 2025"): a transcript is published on the day it
  // records, when no stamp dates the page.
  if (!h.published && h.title) {
    const day = titleEndDate(h.title);
    if (day && isCalendarDay(day)) h.published = { date: day, from: 'header', updated: false, monthFirst: undefined };
  }
  // Last resort, when neither the text nor the caller dates the page: a date in the page's web address
  // ("…/2025/08/14/…"), given with the page or on a line of its own in the header or among the closing lines.
  if (!h.published && !doc.document.published) {
    const texts = lines.filter((l) => l.text);
    const urls = [doc.document.url];
    for (const l of [...texts.slice(0, MAX_HEADER_LINES), ...texts.slice(-CLOSING_LINES)]) if (isUrlLine(l.text)) urls.push(l.text);
    const stamp = firstDay(urls, (u) => (u ? urlDate(u) : null));
    if (stamp) h.published = { date: stamp, from: 'url', updated: false, monthFirst: undefined };
  }

  // "01/05/2025" that no dateline settled: the outlet's house style decides (month first in American pages).
  const p = h.published;
  if (p?.monthFirst && h.source && findOutlet(lex, h.source.name)?.monthFirst) p.date = p.monthFirst;
  // Else the body's dates ("on June 3") do.
  else if (p?.monthFirst) p.date = readingByBodyDates(doc.text.slice(bodyStart), [p.date, p.monthFirst]) ?? p.date;

  // "By Jane Doe, New Delhi": the reporter's bureau is no author.
  if (h.byline) h.byline = h.byline.split(' and ').filter((n) => !isPlaceName(n, lexicon)).join(' and ') || null;
  // ("By The Yucatan Times": the outlet signing its own story names no author.)
  if (h.byline && isOwnOutlet(h, h.byline)) h.byline = null;
  const d = doc.document;
  d.title ??= h.title?.replace(lex.titleLabel, '') ?? null;
  d.source ??= h.source?.name ?? null;
  d.byline ??= h.byline;
  d.dateline = h.dateline;
  if (h.published) {
    if (d.published && d.published !== h.published.date) {
      d.warnings.push(`publication date in the text (${h.published.date}) differs from the one given (${d.published}); using the text`);
    }
    d.published = h.published.date;
    d.publishedFrom = h.published.from;
  } else if (!d.published) {
    d.warnings.push('no publication date found');
  }
  doc.bodyStart = bodyStart;
  doc.datelineEnd = datelineEnd;
  doc.datelineDay = d.published && datelineMonthDay ? dayBefore(d.published, datelineMonthDay) : null;
  doc.excluded = excluded.sort((a, b) => a.start - b.start);
}

/** How many days before the publication date a dateline's day may be and still date the story. */
const DATELINE_DAYS = 7;
const DAY_MS = 86_400_000;

/** The day `monthDay` (MM-DD) falls on within DATELINE_DAYS before `published` (YYYY-MM-DD), or null (the same day too). */
function dayBefore(published: string, monthDay: string): string | null {
  const year = Number(published.slice(0, 4));
  for (const y of [year, year - 1]) {
    const day = `${y}-${monthDay}`;
    const gap = (Date.parse(published) - Date.parse(day)) / DAY_MS;
    if (gap >= 1 && gap <= DATELINE_DAYS) return day;
  }
  return null;
}

export const documentStage: Stage = {
  name: 'document',
  requires: ['text', 'document'],
  provides: ['document', 'bodyStart', 'datelineEnd', 'datelineDay', 'excluded'],
  run: readDocument,
};
