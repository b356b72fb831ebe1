// Loads countries (world-countries package + data/geo) and places (data/geo/places.tsv) into one
// phrase trie, with each country's region and subregion for "the Southeast Asian country".
import { createRequire } from 'node:module';
import { dataPath, readLines, readTsv } from './files.ts';
import { PhraseTrie } from './phrase-trie.ts';

export type GeoKind = 'name' | 'demonym' | 'adjective' | 'capital' | 'place';

export interface GeoEntry {
  kind: GeoKind;
  /** ISO3 of the country it names or lies in; null for shared seas and disputed features. */
  code: string | null;
  /** Canonical name: the country's common name, or the place's main name. */
  name: string;
  /** For places: city, region, sea, strait, island, landmark, … */
  placeKind?: string;
  /** For landmarks: the city they stand in ("Great Hall of the People" → Beijing). */
  city?: string;
  /**
   * How to treat a name that is also an ordinary word or a person's name (data/geo/name-rules.tsv); "world":
   * a generated world place (world-places.tsv), read only where the words around it make it a place.
   */
  rule?: 'name-context' | 'locative' | 'world';
}

export interface CountryInfo {
  code: string;
  name: string;
  region: string;
  subregion: string;
  capitals: string[];
  demonym: string | null;
}

export interface GeoLexicon {
  countries: Map<string, CountryInfo>;
  trie: PhraseTrie<GeoEntry>;
  /** "Southeast Asian" → the subregions (or "region:Asia") it covers. */
  descriptors: PhraseTrie<string[]>;
  countryNouns: PhraseTrie<true>;
  /** Lower-case words that make a following city a location, not a metonym. */
  locativeWords: Set<string>;
  /** Lower-case words that make the name before them a place: "Borno state", "Kherson region". */
  placeNouns: Set<string>;
  /** Lower-case currency words that make the name before them part of a currency: "U.S. dollars". */
  currencyNouns: Set<string>;
  /** Capitalised words that make the place name before them part of a venue's name: "Hyderabad House". */
  venueNouns: Set<string>;
  /** Words after a name that make it a river's, its basin's or its delta's ("the Santiago river"), lower case. */
  waterNouns: Set<string>;
  /** Words that after a place name make the two a document's name ("the Ankara Declaration"). */
  documentNouns: Set<string>;
  /** Words after "the Chinese capital" that make "capital" money: "market", "flows". */
  capitalCompounds: Set<string>;
  /** Nouns that make a capitalised name a place the gazetteer lacks: after it ("the Jarinje border crossing"). */
  siteNounsAfter: Map<string, string>;
  /** …or before "of" and it ("the town of Argyle"); values are place kinds. */
  siteNounsOf: Map<string, string>;
  /** Capitalised words that name no place after a locative word ("in Asia", "in Hindi", "at Christmas"). */
  notPlaces: Set<string>;
  /** Demonyms of more than one country ("Korean"), with their countries (shared-demonyms.tsv). */
  sharedDemonyms: Map<string, string[]>;
  /** The country of each country-code domain a site's name may end in ("ie" → IRL), less those used for their letters
   *  (data/geo/generic-tlds.txt). */
  domains: Map<string, string>;
  /** Nouns after a name that make it a place only after "at the", "near the" ("at the Namanga border"). */
  siteNounsAfterAt: Map<string, string>;
  /** Capitalised last words that make a name a place ("Rebun Island", "Galwan Valley"), with the kind given. */
  siteNounsFinal: Map<string, string>;
}

interface WorldCountry {
  cca3: string;
  independent: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital: string[];
  region: string;
  subregion: string;
  tld?: string[];
}

// Territories keep their own code only where PLOVER says so (see data/geo/territories.tsv); Kosovo (UNK, read as KOS) too.
const OWN_CAPITAL = new Set(['HKG', 'PSE', 'TWN', 'UNK']);
/** Demonyms whose plural adds -s: Kenyan, Haitian, Israeli, Filipino. */
const PLURAL_S = /(an|i|o)$/;

const LATIN = /^[\p{Script=Latin}\p{M}\s.'’(),-]+$/u;

/** Every entry has every field, in one order: entries of one shape keep the sites that read them fast. */
function geoEntry(kind: GeoKind, code: string | null, name: string, placeKind?: string, city?: string, rule?: GeoEntry['rule']): GeoEntry {
  return { kind, code, name, placeKind, city, rule };
}

export function loadGeo(): GeoLexicon {
  const require = createRequire(import.meta.url);
  const world = require('world-countries/countries.json') as WorldCountry[];
  const fold = new Map(readTsv(dataPath('geo', 'territories.tsv')).map((r) => [r.code, r.sovereign]));
  const rules = new Map(readTsv(dataPath('geo', 'name-rules.tsv')).map((r) => [r.name, r.rule]));
  const countries = new Map<string, CountryInfo>();
  const trie = new PhraseTrie<GeoEntry>();
  const add = (phrase: string, entry: GeoEntry) => {
    const rule = rules.get(phrase);
    if (rule === 'skip' || !phrase.trim()) return;
    trie.add(phrase, rule ? geoEntry(entry.kind, entry.code, entry.name, entry.placeKind, entry.city, rule as GeoEntry['rule']) : entry);
  };

  for (const c of world) {
    const code = fold.get(c.cca3) ?? c.cca3;
    if (code === c.cca3 || !countries.has(code)) {
      const demonym = c.demonyms?.eng?.m || null;
      countries.set(code, { code, name: c.name.common, region: c.region, subregion: c.subregion, capitals: c.capital, demonym });
    }
  }
  const aliases = readTsv(dataPath('geo', 'country-aliases.tsv'));
  // Names and demonyms the alias file gives to one country are not also read as another's from the package.
  const listed = new Map(aliases.filter((r) => r.kind === 'demonym' || r.kind === 'name').map((r) => [r.alias, r.code]));
  const elsewhere = (alias: string, code: string) => listed.has(alias) && listed.get(alias) !== code;
  for (const c of world) {
    const code = fold.get(c.cca3) ?? c.cca3;
    const name = countries.get(code)?.name ?? c.name.common;
    add(c.name.common, geoEntry('name', code, name));
    add(c.name.official, geoEntry('name', code, name));
    const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].flatMap((x) => (x ? x.split(/,\s*/) : [])));
    // ("Thai", "Togolese" are also among the alternative spellings: they stay demonyms.)
    for (const alt of c.altSpellings) if (alt.length > 3 && LATIN.test(alt) && !alt.includes(',') && !demonyms.has(alt) && !elsewhere(alt, code)) add(alt, geoEntry('name', code, name));
    for (const d of demonyms) {
      // "Dominican" is Dominica's and the Dominican Republic's: the alias file says which one news means.
      if (elsewhere(d, code)) continue;
      add(d, geoEntry('demonym', code, name));
      // "Thousands of Kenyans", "Bangladeshis", "Filipinos": the people of the country ("Chinese", "Swiss",
      // "British" have no plural in -s).
      if (PLURAL_S.test(d)) add(`${d}s`, geoEntry('demonym', code, name));
    }
    if (c.independent || OWN_CAPITAL.has(c.cca3)) {
      for (const cap of c.capital) add(cap, geoEntry('capital', code, cap, 'capital'));
    }
  }
  for (const r of aliases) {
    const kind = r.kind as GeoKind;
    if (r.kind === 'capital') add(r.alias, geoEntry(kind, r.code, r.alias.replace(/,? D\.C\.$/, ''), 'capital'));
    else {
      const entry = geoEntry(kind, r.code, countries.get(r.code)?.name ?? r.alias);
      add(r.alias, entry);
      // ("Hundreds of Nepalis", "Emiratis": the listed demonyms' plurals too; not "Englishman".)
      if (r.kind === 'demonym' && PLURAL_S.test(r.alias) && !r.alias.endsWith('man')) add(`${r.alias}s`, entry);
    }
  }
  for (const r of readTsv(dataPath('geo', 'places.tsv'))) {
    const entry = geoEntry('place', r.country || null, r.name, r.kind, r.city || undefined);
    add(r.name, entry);
    for (const a of r.aliases ? r.aliases.split('|') : []) add(a.trim(), entry);
  }
  // After the hand-made places, which win where a phrase is both.
  for (const r of readTsv(dataPath('geo', 'world-places.tsv'))) {
    add(r.name, geoEntry('place', fold.get(r.country) ?? r.country, r.name, r.kind, undefined, 'world'));
  }

  const descriptors = new PhraseTrie<string[]>();
  for (const r of readTsv(dataPath('geo', 'region-descriptors.tsv'))) descriptors.add(r.descriptor, r.areas.split('|'));
  const countryNouns = new PhraseTrie<true>(true);
  for (const n of readLines(dataPath('geo', 'country-nouns.txt'))) countryNouns.add(n.trim(), true);
  const locativeWords = new Set(readLines(dataPath('geo', 'locative-words.txt')).map((w) => w.trim()));
  const placeNouns = new Set(readLines(dataPath('geo', 'place-nouns.txt')).map((w) => w.trim()));
  const currencyNouns = new Set(readLines(dataPath('geo', 'currency-nouns.txt')).map((w) => w.trim()));
  const venueNouns = new Set(readLines(dataPath('geo', 'venue-nouns.txt')).map((w) => w.trim()));
  const sharedDemonyms = new Map(readTsv(dataPath('geo', 'shared-demonyms.tsv')).map((r) => [r.demonym, r.countries.split(' ')]));
  const waterNouns = new Set(readLines(dataPath('geo', 'water-nouns.txt')).map((w) => w.trim().toLowerCase()));
  const documentNouns = new Set(readLines(dataPath('geo', 'document-nouns.txt')).map((w) => w.trim()));
  const capitalCompounds = new Set(readLines(dataPath('geo', 'capital-compounds.txt')).map((w) => w.trim()));
  const siteNounsAfter = new Map<string, string>();
  const siteNounsOf = new Map<string, string>();
  const siteNounsFinal = new Map<string, string>();
  const siteNounsAfterAt = new Map<string, string>();
  const byReading: Record<string, Map<string, string>> = { of: siteNounsOf, final: siteNounsFinal, 'after-at': siteNounsAfterAt };
  for (const r of readTsv(dataPath('geo', 'site-nouns.tsv'))) (byReading[r.reads] ?? siteNounsAfter).set(r.noun, r.kind);
  const notPlaces = new Set(readLines(dataPath('geo', 'not-places.txt')));
  const generic = new Set(readLines(dataPath('geo', 'generic-tlds.txt')).map((w) => w.trim()));
  const domains = new Map<string, string>();
  for (const c of world) {
    const code = fold.get(c.cca3) ?? c.cca3;
    for (const t of c.tld ?? []) if (/^\.[a-z]{2}$/.test(t) && !generic.has(t.slice(1))) domains.set(t.slice(1), code);
  }
  return { countries, trie, descriptors, countryNouns, locativeWords, placeNouns, currencyNouns, venueNouns, waterNouns, documentNouns, capitalCompounds, siteNounsAfter, siteNounsOf, siteNounsFinal, siteNounsAfterAt, notPlaces, domains, sharedDemonyms };
}

/** True when the country lies in one of `areas` (subregion names, or "region:Asia"). */
export function inAreas(c: CountryInfo, areas: string[]): boolean {
  return areas.some((a) => (a.startsWith('region:') ? c.region === a.slice(7) : a.startsWith('code:') ? c.code === a.slice(5) : c.subregion === a));
}

/** Words of rank between a region's or city's possessive and the head of its office ("Bavaria's state premier",
 *  "Berlin's governing mayor"), read by the geo and events stages alike. */
export const LOCAL_RANKS = new Set(['state', 'provincial', 'regional', 'city', 'governing', 'deputy', 'lord', 'vice']);
