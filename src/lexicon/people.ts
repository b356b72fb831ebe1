// Loads the people data: known leaders with dated offices, titles, title modifiers, family names by
// name style, and capitalised words that are never names (data/people/).
import { dataPath, readLines, readTsv, readYaml } from './files.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { tokenize } from './tokens.ts';

export interface LeaderOffice {
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when unknown. */
  from: string | null;
  to: string | null;
  /** For a person of no country (an official of an international body now): the state this office was held for
   *  (every office the data loads has the field, null when none). */
  country?: string | null;
}

export interface Leader {
  id: string;
  name: string;
  /** ISO3; null for officials of international bodies, who speak for the body, not their state. */
  country: string | null;
  aliases: string[];
  offices: LeaderOffice[];
}

export interface LeaderHit {
  leader: Leader;
  /** False for a one-word short name ("Xi"): it counts only when it stands alone. */
  full: boolean;
}

export interface TitleEntry {
  title: string;
  sector: string | null;
  kind: 'office' | 'role' | 'relation' | 'family' | 'honorific';
  /** Also an ordinary word ("major", "head"): before a name it counts only written as listed. */
  exactCase: boolean;
  /** Takes portfolios before or after it: "Planning Minister", "Minister for Trade and Industry". */
  portfolio: boolean;
  /** The plural form ("Foreign Ministers", "chief negotiators"), written before two names joined by "and". */
  plural: boolean;
}

export type NameStyleId = 'chinese' | 'korean' | 'vietnamese';

export interface NameStyle {
  style: NameStyleId;
  countries: string[];
}

export interface PeopleLexicon {
  leaders: Leader[];
  leaderTrie: PhraseTrie<LeaderHit>;
  /** Leaders of full names of three words or more by their first word ("Brice" → Brice Oligui Nguema), for a name
   *  written with another given name inside it. */
  leadersByFirst: Map<string, Leader[]>;
  titles: PhraseTrie<TitleEntry>;
  titleModifiers: PhraseTrie<true>;
  /** Portfolios of ministers and secretaries ("Trade", "Regional Development") → their sector, or null for GOV. */
  portfolios: PhraseTrie<string | null>;
  /** Family name → the name styles it belongs to. */
  surnames: Map<string, NameStyle[]>;
  notNames: Set<string>;
  /** Words right before a name that show it is a person's ("led by", "met with"). */
  nameCues: PhraseTrie<true>;
  /** Verbs by which a country sends or appoints its own people ("Japan sent Kenji Takata"). */
  sendingVerbs: PhraseTrie<true>;
  /** Nouns after a name that make it a thing named after a person ("Sheikh Zayed Road"), and the lead words that may come between. */
  namedAfter: { nouns: Set<string>; leads: Set<string> };
  /** Countries whose people are referred to by their first name ("Retno"). */
  givenNameCountries: Set<string>;
  /** Words after a country that make it a subject ("Japanese Studies", "a China specialist"): noun or expert. */
  topicWords: Map<string, 'noun' | 'expert'>;
  /** Endings of patronymics, left out of canonical names ("Vladimirovich"). */
  patronymicEndings: string[];
  /** Countries whose names are written given name first in English ("ISHIBA Shigeru" → "Shigeru Ishiba"). */
  givenFirstCountries: Set<string>;
  /** Titles that are also words inside names ("Hassan Sheikh Mohamud"). */
  titlesInNames: Set<string>;
  /** Titles that are also family names ("Madeleine King"), read as the name's last word at its end. */
  surnameTitles: Set<string>;
  /** Words of lineage that open a name ("Syed"): kept in the name, which is also known without them (name-forms.tsv). */
  lineageFirst: Set<string>;
  /** Known leaders by the last word of their name, read only right after a title ("President Museveni"): see
   *  surnamesAfterTitle. */
  surnamesAfterTitle: Map<string, Leader>;
}

interface RawLeader {
  name?: unknown;
  country?: unknown;
  aliases?: unknown;
  offices?: { title?: unknown; from?: unknown; to?: unknown; country?: unknown }[];
}

const MARKS = /\p{M}/gu; // a module constant: see the note in tokens.ts

export function personId(name: string): string {
  return 'person:' + name.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function readDate(v: unknown, where: string): string | null {
  if (v === undefined || v === null) return null;
  // YAML reads 2013-03-14 as a Date and 2013 as a number.
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  if (!DATE.test(s)) throw new Error(`data/people/leaders.yaml: ${where}: bad date "${s}"`);
  return s;
}

export function loadPeople(): PeopleLexicon {
  const raw = readYaml<RawLeader[]>(dataPath('people', 'leaders.yaml'));
  if (!Array.isArray(raw)) throw new Error('data/people/leaders.yaml: expected a list of people');
  const leaders: Leader[] = raw.map((r, i) => {
    if (typeof r.name !== 'string' || !(typeof r.country === 'string' || r.country === null)) {
      throw new Error(`data/people/leaders.yaml: entry ${i + 1} needs a name and a country (null for international officials)`);
    }
    const name = r.name;
    return {
      id: personId(name),
      name,
      country: r.country as string | null,
      aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
      offices: (r.offices ?? []).map((o) => ({ title: String(o.title), from: readDate(o.from, name), to: readDate(o.to, name), country: typeof o.country === 'string' ? o.country : null })),
    };
  });
  const leaderTrie = new PhraseTrie<LeaderHit>();
  for (const l of leaders) {
    for (const v of spellingVariants(l.name)) leaderTrie.add(v, { leader: l, full: true });
    for (const a of l.aliases) for (const v of spellingVariants(a)) leaderTrie.add(v, { leader: l, full: tokenize(a).length > 1 });
  }
  const leadersByFirst = new Map<string, Leader[]>();
  for (const l of leaders) {
    const words = l.name.split(' ');
    if (words.length < 3) continue;
    const list = leadersByFirst.get(words[0]);
    if (list) list.push(l);
    else leadersByFirst.set(words[0], [l]);
  }
  const titles = new PhraseTrie<TitleEntry>(true);
  for (const r of readTsv(dataPath('people', 'titles.tsv'))) {
    // (Every entry has every field, `plural` too: entries of one hidden class keep the sites that read them fast.)
    const entry: TitleEntry = { title: r.title, sector: r.sector || null, kind: r.kind as TitleEntry['kind'], exactCase: r.case === 'exact', portfolio: r.portfolio === 'yes', plural: false };
    titles.add(r.title, entry);
    const plural = entry.kind === 'office' || entry.kind === 'role' ? pluralTitle(r.title) : null;
    if (plural) titles.add(plural, { title: plural, sector: entry.sector, kind: entry.kind, exactCase: entry.exactCase, portfolio: false, plural: true });
  }
  const portfolios = new PhraseTrie<string | null>(true);
  for (const r of readTsv(dataPath('people', 'portfolios.tsv'))) portfolios.add(r.portfolio, r.sector || null);
  const titleModifiers = new PhraseTrie<true>(true);
  for (const m of readLines(dataPath('people', 'title-modifiers.txt'))) titleModifiers.add(m.trim(), true);
  const surnames = new Map<string, NameStyle[]>();
  for (const r of readTsv(dataPath('people', 'name-styles.tsv'))) {
    const style: NameStyle = { style: r.style as NameStyleId, countries: r.countries.split('|') };
    for (const s of r.surnames.split(/\s+/)) {
      const list = surnames.get(s) ?? [];
      if (!list.some((x) => x.style === style.style)) list.push(style);
      surnames.set(s, list);
    }
  }
  const notNames = new Set(readLines(dataPath('people', 'not-names.txt')).map((w) => w.trim()));
  const nameCues = new PhraseTrie<true>(true);
  for (const c of readLines(dataPath('people', 'name-cues.txt'))) nameCues.add(c.trim(), true);
  const sendingVerbs = new PhraseTrie<true>(true);
  for (const v of readLines(dataPath('people', 'sending-verbs.txt'))) sendingVerbs.add(v.trim(), true);
  const givenNameCountries = new Set(readLines(dataPath('people', 'given-name-countries.txt')).map((c) => c.trim()));
  const forms = readTsv(dataPath('people', 'name-forms.tsv'));
  const patronymicEndings = forms.filter((r) => r.kind === 'patronymic-ending').map((r) => r.value);
  const givenFirstCountries = new Set(forms.filter((r) => r.kind === 'given-first').map((r) => r.value));
  const titlesInNames = new Set(forms.filter((r) => r.kind === 'title-in-name').map((r) => r.value));
  const surnameTitles = new Set(forms.filter((r) => r.kind === 'surname-title').map((r) => r.value));
  const lineageFirst = new Set(forms.filter((r) => r.kind === 'lineage-first').map((r) => r.value));
  const topicWords = new Map(readTsv(dataPath('people', 'topic-words.tsv')).map((r) => [r.word, r.kind as 'noun' | 'expert']));
  const namedAfterRows = readLines(dataPath('people', 'named-after-nouns.txt')).map((w) => w.trim().split(/\t/));
  const namedAfter = {
    nouns: new Set(namedAfterRows.filter((r) => r.length === 1).map((r) => r[0])),
    leads: new Set(namedAfterRows.filter((r) => r[0] === 'lead').map((r) => r[1])),
  };
  const noSurnameLast = new Set(forms.filter((r) => r.kind === 'no-surname-last').map((r) => r.value));
  const styleCountries = new Set([...surnames.values()].flat().flatMap((st) => st.countries));
  const skipCountries = new Set([...styleCountries, ...givenNameCountries, ...noSurnameLast]);
  const afterTitle = surnamesAfterTitle(leaders, skipCountries, surnames);
  return { namedAfter, leaders, leaderTrie, leadersByFirst, titles, titleModifiers, portfolios, surnames, notNames, nameCues, sendingVerbs, givenNameCountries, patronymicEndings, givenFirstCountries, topicWords, titlesInNames, surnameTitles, lineageFirst, surnamesAfterTitle: afterTitle };
}

/** A family name as the press writes it after a title: a capital, then small letters ("Museveni", "O'Neill"). */
const FAMILY_NAME = /^\p{Lu}[\p{Ll}'’]{2,}$/u;
/** A word of a name that opens with a capital (not a particle such as "der" in "von der Leyen"). */
const FAMILY_START = /^\p{Lu}/u;
/** Words of Arabic names after which the last word is a father's or a dynasty's name ("bin Salman", "Al Thani"). */
const LINEAGE_WORD = /^(?:bin|bint|ibn|ben|al|el|abu|ould)$/i;
/** The Arabic article glued to a name ("al-Thani"). */
const ARTICLE_PREFIX = /^(?:al|el)-/i;

/**
 * The leaders the data gives no one-word alias, by the last word of their name, for "President Museveni" or
 * "Foreign Minister Vieira": the press names them so after a title, and the data lists only the short names safe to
 * read alone. Left out: names of countries whose names do not end with the family name the press uses (Chinese,
 * Korean and Vietnamese styles; countries whose press uses the given name; name-forms.tsv's no-surname-last), Arabic
 * names whose last word is a father's or a dynasty's, a last word after a lower-case particle ("von der Leyen"),
 * and a last word two leaders share, that opens another leader's name, or that a name style lists (a common family
 * name).
 */
function surnamesAfterTitle(leaders: Leader[], skipCountries: Set<string>, styleSurnames: Map<string, NameStyle[]>): Map<string, Leader> {
  const byLast = new Map<string, Leader[]>();
  const firstWords = new Set<string>();
  for (const l of leaders) {
    const words = l.name.split(' ');
    firstWords.add(words[0]);
    const last = words[words.length - 1];
    byLast.set(last, [...(byLast.get(last) ?? []), l]);
  }
  const out = new Map<string, Leader>();
  for (const [last, list] of byLast) {
    if (list.length > 1 || firstWords.has(last) || styleSurnames.has(last) || !FAMILY_NAME.test(last)) continue;
    const l = list[0];
    const words = l.name.split(' ');
    if (words.length < 2 || (l.country !== null && skipCountries.has(l.country))) continue;
    if (l.aliases.some((a) => !a.includes(' '))) continue;
    if (words.some((w) => LINEAGE_WORD.test(w) || ARTICLE_PREFIX.test(w)) || !FAMILY_START.test(words[words.length - 2])) continue;
    out.set(last, l);
  }
  return out;
}

/** Whether a dated office covers `day` (YYYY-MM-DD); partial dates cover their whole month or year. */
export function officeHeldOn(o: LeaderOffice, day: string): boolean {
  const after = o.from === null || day.slice(0, o.from.length) >= o.from;
  const before = o.to === null || day.slice(0, o.to.length) < o.to || (o.to.length < 10 && day.slice(0, o.to.length) === o.to);
  return after && before;
}

/**
 * The plural of a title: its head noun, the word before "of", "for" or "to", or else the last word, in
 * the plural ("Foreign Ministers", "Ministers of Foreign Affairs", "Deputy Secretaries", "fishermen"). Abbreviations,
 * hyphenated heads and words already in the plural have none.
 */
/** Arabic name parts that the press joins to the next word with a space or a hyphen ("Abdel Fattah", "Abdel-Fattah"). */
const JOINED_PREFIX = /\b(Abdel|Abdul|Abd|Abdal|Abdol|Abdur|Abdus|Abu|Abou)([ -])(?=\p{Lu})/gu;

/** A name as written in the data and with its Arabic compounds joined the other way ("Abdel Fattah al-Sisi",
 *  "Abdel-Fattah al-Sisi"). */
export function spellingVariants(name: string): string[] {
  const other = name.replace(JOINED_PREFIX, (_, prefix: string, sep: string) => `${prefix}${sep === ' ' ? '-' : ' '}`);
  const out = other === name ? [name] : [name, other];
  // ("S. Jaishankar" is also written "S Jaishankar": an initial without its dot.)
  for (const v of [...out]) {
    const undotted = v.replace(INITIAL_DOT, '$1 ');
    if (undotted !== v) out.push(undotted);
  }
  // ("Ahmed al-Sharaa" is also written "Ahmed Al Sharaa" and "Ahmed Al-Sharaa": the Arabic article's spellings.)
  for (const v of [...out]) {
    for (const form of ARTICLE_FORMS) {
      // (The article keeps its vowel: "el-Sisi" is also "El Sisi".)
      const w = v.replace(ARABIC_ARTICLE, (_, a: string) => form.replace('a', a[0].toLowerCase()).replace('A', a[0].toUpperCase()));
      if (!out.includes(w)) out.push(w);
    }
  }
  return out;
}
/** The Arabic article before a capitalised family name ("al-Sharaa", "Al Sabah", "el-Sisi"). */
const ARABIC_ARTICLE = /(?<=\s)(al|Al|el|El)[ -](?=\p{Lu})/gu;
const ARTICLE_FORMS = ['al-', 'Al-', 'Al '];
/** An initial and its dot before a space ("S. "). */
const INITIAL_DOT = /\b(\p{Lu})\. /gu;

export function pluralTitle(title: string): string | null {
  const words = title.split(' ');
  const link = words.findIndex((w) => w === 'of' || w === 'for' || w === 'to');
  const at = link > 0 ? link - 1 : words.length - 1;
  const head = words[at];
  if (!/^[A-Za-z]{3,}$/.test(head) || /s$/.test(head) || head === head.toUpperCase()) return null;
  // "spokesmen", "fishermen", "chairwomen": compounds of "man" and "woman" change the vowel.
  const plural = /man$/.test(head) ? head.slice(0, -3) + 'men' : /[^aeiou]y$/.test(head) ? head.slice(0, -1) + 'ies' : /(ch|sh|x)$/.test(head) ? head + 'es' : head + 's';
  return [...words.slice(0, at), plural, ...words.slice(at + 1)].join(' ');
}
