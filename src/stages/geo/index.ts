// The geo stage: country mentions (names, demonyms, "Sino-", capitals as metonyms, "the Southeast Asian
// country"), and places (cities, regions, seas, landmarks) with the country they lie in.
import type { Doc, PlaceMention } from '../../core/doc.ts';
import type { CountryMention, Evidence, Place } from '../../core/types.ts';
import type { Stage } from '../../core/stage.ts';
import { findOutlet } from '../../lexicon/document.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { GeoLexicon } from '../../lexicon/geo.ts';
import { fold, sentenceTokens, tokenize, type Token } from '../../lexicon/tokens.ts';
import { matchDescriptor, mentionsInAreas, resolveDescriptor, type AreaMentions, type DescriptorHit } from './descriptor.ts';
import { afterLocative } from './context.ts';
import { matchGeo } from './gazetteer.ts';
import { countryAfter, matchSite } from './site.ts';

/** A place mention with every field, in one order (`{ ...span, name, … }` gets a hidden class per object once optimised). */
function placeMention(span: Evidence, name: string, country: string | null, kind: string, city?: string): PlaceMention {
  return { start: span.start, end: span.end, rule: span.rule, name, country, kind, city };
}

export function findGeo(doc: Doc, lexicon: Lexicon): void {
  const lex = lexicon.geo;
  const countryMentions: CountryMention[] = [];
  const placeMentions: PlaceMention[] = [];
  const descriptors: { hit: DescriptorHit; start: number; end: number }[] = [];
  // Places in the order first mentioned, found by country and name (maps of maps: no key string is built per mention).
  const places: Place[] = [];
  const placesByCountry = new Map<string | null, Map<string, Place>>();
  const addPlace = (name: string, country: string | null, kind: string, ev: { start: number; end: number; rule: string }) => {
    let named = placesByCountry.get(country);
    if (!named) placesByCountry.set(country, (named = new Map()));
    let p = named.get(name);
    if (!p) {
      named.set(name, (p = { name, country, kind, mentions: [] }));
      places.push(p);
    }
    p.mentions.push(ev);
  };

  // Demonyms of more than one country, read once the article's other mentions are known.
  const shared: { start: number; end: number; codes: string[] }[] = [];
  const here = datelineCapital(doc.document.dateline, lex);
  // The end of a place of several words matchGeo found but did not read there (see there), or -1.
  const rejected = { to: -1 };
  for (const s of doc.sentences) {
    const tokens = sentenceTokens(doc, s);
    for (let i = 0; i < tokens.length; ) {
      // "HONIARA - … Wong, who arrived in the capital": in a story filed from a capital, "the capital" is that city.
      if (here && bareCapital(tokens, i, lex)) {
        const span = { start: tokens[i].start, end: tokens[i + 1].end, rule: 'geo.dateline-capital' };
        placeMentions.push(placeMention(span, here.name, here.code, 'capital'));
        addPlace(here.name, here.code, 'capital', span);
        i += 2;
        continue;
      }
      // ("the Central African Republic" is a country's name, not a Central African country.)
      const d = matchDescriptor(tokens, i, lex);
      if (d && (matchGeo(tokens, i + 1, lexicon)?.to ?? 0) < d.to) {
        descriptors.push({ hit: d, start: tokens[d.from].start, end: tokens[d.to - 1].end });
        i = d.to;
        continue;
      }
      rejected.to = -1;
      const hit = matchGeo(tokens, i, lexicon, rejected);
      // "South American trade bloc", "Latin American leaders": a region's adjective names no country, not even the
      // one its last word could ("American"); a country's own demonym of as many words wins ("Central African").
      const region = lex.descriptors.matchAt(tokens, i);
      if (region && region.to - i > 1 && (!hit || hit.to < region.to)) {
        i = region.to;
        continue;
      }
      if (!hit) {
        const codes = lex.sharedDemonyms.get(tokens[i].text);
        if (codes) shared.push({ start: tokens[i].start, end: tokens[i].end, codes });
        // "the Jarinje border crossing", "the town of Argyle": a named place the gazetteer lacks.
        const site = matchSite(tokens, i, lexicon);
        if (site && !containsGeo(tokens, site.from, site.to, lexicon)) {
          const name = doc.text.slice(tokens[site.from].start, tokens[site.to - 1].end);
          const span = { start: tokens[site.from].start, end: tokens[(site.spanTo ?? site.to) - 1].end, rule: 'geo.named-site' };
          placeMentions.push(placeMention(span, name, site.country ?? null, site.kind));
          addPlace(name, site.country ?? null, site.kind, span);
          i = site.spanTo ?? site.to;
          continue;
        }
        i = Math.max(i + 1, rejected.to);
        continue;
      }
      const start = tokens[hit.from].start;
      const end = tokens[hit.to - 1].end;
      const e = hit.entry;
      // "in the Iranian capital": the country's capital, as "in Tehran" would be.
      // ("Saudi" is a short name and a demonym: the name reading wins the pick, the capital reading still holds.)
      const capital = (e.kind === 'demonym' || e.kind === 'name') && e.code ? capitalNamed(tokens, hit.from, hit.to, lex.countries.get(e.code)?.capitals, lex) : null;
      if (capital && e.code) {
        const span = { start, end: tokens[hit.to].end, rule: 'geo.demonym-capital' };
        placeMentions.push(placeMention(span, capital, e.code, 'capital'));
        addPlace(capital, e.code, 'capital', span);
        if (!afterLocative(tokens, hit.from - 1, lex)) countryMentions.push({ start: span.start, end: span.end, rule: span.rule, code: e.code, kind: 'capital' });
        i = hit.to + 1;
        continue;
      }
      if (e.kind === 'capital' || e.kind === 'place') {
        const kind = e.placeKind ?? 'place';
        // "in Jeddah, Saudi Arabia, on Monday": the city's own country after a comma is part of its name.
        const own = !hit.metonym && e.code ? countryAfter(tokens, hit.to, lexicon, e.code) : null;
        placeMentions.push(placeMention({ start, end: own ? tokens[own.to - 1].end : end, rule: hit.rule }, e.name, e.code, kind, e.city));
        addPlace(e.name, e.code, kind, { start, end, rule: hit.rule });
        if (hit.metonym && e.code) countryMentions.push({ start, end, rule: hit.rule, code: e.code, kind: 'capital' });
        if (own) {
          i = own.to;
          continue;
        }
      } else if (e.code) {
        countryMentions.push({ start, end, rule: hit.rule, code: e.code, kind: e.kind });
        if (e.kind === 'name') addPlace(e.name, e.code, 'country', { start, end, rule: hit.rule });
      }
      i = hit.to;
    }
  }
  // The mentions each kind of descriptor can refer to, found once per kind (descriptors add none of them).
  const inAreas = new Map<string[], AreaMentions>();
  for (const d of descriptors) {
    let inArea = inAreas.get(d.hit.areas);
    if (!inArea) inAreas.set(d.hit.areas, (inArea = mentionsInAreas(d.hit.areas, countryMentions, lex)));
    const code = resolveDescriptor(d.start, inArea);
    if (code) countryMentions.push({ start: d.start, end: d.end, rule: 'geo.region-descriptor', code, kind: 'descriptor' });
  }
  // "the Korean government" in a story that names South Korea: the one of its countries the article names.
  for (const d of shared) {
    const named = d.codes.filter((code) => countryMentions.some((m) => m.code === code));
    if (named.length === 1) countryMentions.push({ start: d.start, end: d.end, rule: 'geo.shared-demonym', code: named[0], kind: 'demonym' });
  }
  doc.countryMentions = countryMentions.sort((a, b) => a.start - b.start);
  doc.placeMentions = placeMentions;
  doc.places = places;
  doc.datelineCountry = placeCountry(doc.document.dateline, lex);
  // ("The Namibian" on a ban Windhoek imposed: the home of a national paper, when its story names that country.)
  const home = outletHome(doc.document.source, lexicon);
  doc.sourceHome = home;
  doc.sourceCountry = home && countryMentions.some((m) => m.code === home) ? home : null;
}

/** The home country of the outlet `source`: the list's, else that of a site no list knows named after one country or
 *  its capital ("in-cyprus", "Kigali Today"); null for none or an international outlet. */
function outletHome(source: string | null, lexicon: Lexicon): string | null {
  if (!source) return null;
  const listed = findOutlet(lexicon.document, source);
  return listed ? listed.country || null : siteHome(source, lexicon.geo) ?? null;
}

// A word's first letter (module constant, see lexicon/tokens.ts).
const WORD_START = /(?<![\p{L}'’])\p{Ll}/gu;

// "DutchNews": a word joined to the next in camel case.
const CAMEL_JOIN = /(\p{Ll})(\p{Lu})/gu;
const HOME_KINDS = new Set(['name', 'capital', 'demonym', 'adjective']);

/** The one country whose name, capital or people the words of a site's name hold ("Kigali Today", "DutchNews.nl",
 *  "Saudi Gazette"), else that of the country-code domain it ends in ("TheJournal.ie"). */
function siteHome(name: string, lex: GeoLexicon): string | undefined {
  const tokens = tokenize(name.replace(/-/g, ' ').replace(CAMEL_JOIN, '$1 $2').replace(WORD_START, (c) => c.toUpperCase()));
  const codes = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.trie.matchAt(tokens, i);
    const v = m?.values.find((x) => x.code && HOME_KINDS.has(x.kind));
    if (v?.code) codes.add(v.code);
  }
  // ("TheJournal.ie", "stuff.co.nz": else the country of its domain.)
  if (codes.size === 0) {
    const domain = DOMAIN_END.exec(name)?.[1].toLowerCase();
    return domain ? lex.domains.get(domain) : undefined;
  }
  return codes.size === 1 ? [...codes][0] : undefined;
}
const DOMAIN_END = /\.([A-Za-z]{2})\s*$/;

/** The capital "the <demonym> capital" names at tokens [from, to) + "capital", or null. */
function capitalNamed(tokens: Token[], from: number, to: number, capitals: string[] | undefined, lex: GeoLexicon): string | null {
  if (from === 0 || tokens[from - 1]?.lower !== 'the' || tokens[to]?.lower !== 'capital' || !capitals || capitals.length !== 1) return null;
  return lex.capitalCompounds.has(tokens[to + 1]?.lower ?? '') ? null : capitals[0];
}

/** The dateline's place as its country's capital ("HONIARA" → Honiara, SLB), or null when it is no capital. */
function datelineCapital(dateline: string | null, lex: GeoLexicon): { name: string; code: string } | null {
  const code = placeCountry(dateline, lex);
  const name = dateline ? fold(dateline).toLowerCase() : '';
  const capital = code ? lex.countries.get(code)?.capitals.find((c) => fold(c).toLowerCase() === name) : undefined;
  return code && capital ? { name: capital, code } : null;
}

/** "in the capital" at token `i`: "the capital" after a locative word, not "the capital of …" nor "capital markets". */
function bareCapital(tokens: Token[], i: number, lex: GeoLexicon): boolean {
  if (tokens[i].text !== 'the' || tokens[i + 1]?.text !== 'capital' || !afterLocative(tokens, i, lex)) return false;
  const next = tokens[i + 2]?.lower ?? '';
  return next !== 'of' && !lex.capitalCompounds.has(next);
}

/** Whether a geography name the gazetteer reads there starts inside tokens [from, to) ("the Pakistani Kashmir region"). */
function containsGeo(tokens: Token[], from: number, to: number, lexicon: Lexicon): boolean {
  for (let k = from; k < to; k++) if (matchGeo(tokens, k, lexicon)) return true;
  return false;
}

/** The country of a place's name ("New Delhi" → IND, "Bali" → IDN), when the whole name is in the gazetteer. */
function placeCountry(name: string | null, lex: GeoLexicon): string | null {
  if (!name) return null;
  const tokens = tokenize(name);
  const m = lex.trie.matchAt(tokens, 0);
  return m && m.to === tokens.length ? m.values.find((v) => v.code)?.code ?? null : null;
}

export const geoStage: Stage = {
  name: 'geo',
  requires: ['sentences', 'document'],
  provides: ['countryMentions', 'places', 'placeMentions', 'datelineCountry', 'sourceHome', 'sourceCountry'],
  run: findGeo,
};
