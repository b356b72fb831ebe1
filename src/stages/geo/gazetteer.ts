// Recognizer: country names, demonyms, combining forms, capitals and places from the geography trie.
import type { GeoEntry } from '../../lexicon/geo.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { Token } from '../../lexicon/tokens.ts';
import { afterLocative, afterOwnCountry, afterVenue, beforeOwnBody, beforePlaceNoun, insideName, arabicFamilyName, titledName } from './context.ts';

/** Particles inside Spanish, Portuguese and Italian place names ("del Táchira", "de la Cruz", "do Sul"). */
const NAME_PARTICLES = new Set(['del', 'de', 'do', 'da', 'dos', 'das', 'di']);
const PARTICLE_ARTICLES = new Set(['la', 'las', 'los', 'el']);
const UPPER_START = /^\p{Lu}/u;

/** The end of the name a particle at `k - 1` goes on with: its capitalised word after an article ("de la Cruz"), else
 *  -1. */
function particleNameEnd(tokens: readonly Token[], k: number): number {
  if (PARTICLE_ARTICLES.has(tokens[k]?.text ?? '')) k++;
  return UPPER_START.test(tokens[k]?.text ?? '') ? k + 1 : -1;
}

export interface GeoHit {
  entry: GeoEntry;
  from: number;
  to: number;
  /** For capitals: used as a stand-in for the country ("Beijing and Hanoi agreed"), not as a location. */
  metonym: boolean;
  rule: string;
}

// When one span is several things (Guam is a territory name and a place), the country reading wins.
const KIND_ORDER: GeoEntry['kind'][] = ['name', 'capital', 'place', 'demonym', 'adjective'];

function pick(values: GeoEntry[]): GeoEntry {
  // (The first of the best kind, as a stable sort would put first, without copying and sorting.)
  let best = values[0];
  for (let k = 1; k < values.length; k++) if (KIND_ORDER.indexOf(values[k].kind) < KIND_ORDER.indexOf(best.kind)) best = values[k];
  return best;
}

const RULE: Record<GeoEntry['kind'], string> = {
  name: 'geo.country-name',
  demonym: 'geo.demonym',
  adjective: 'geo.combining-form',
  capital: 'geo.capital',
  place: 'geo.place',
};

/** Words after a demonym and a hyphen that make it a language's name ("Italian-speaking", "French-language") or a time
 *  ("Soviet-era jets"). */
const NO_COUNTRY_TAILS = new Set(['speaking', 'speaker', 'speakers', 'language', 'languages', 'medium', 'era']);

/** The geography name starting at token `i`, after context checks, or null. */
export function matchGeo(tokens: Token[], i: number, lexicon: Lexicon, rejected?: { to: number }): GeoHit | null {
  const lex = lexicon.geo;
  const m = lex.trie.matchAt(tokens, i);
  if (!m) return null;
  const entry = pick(m.values);
  if (entry.rule === 'name-context' && insideName(tokens, m.from, m.to, lexicon)) return null;
  // (Read once, within the list: a read past the end deoptimises.)
  const next = m.to < tokens.length ? tokens[m.to] : undefined;
  // A place in capitals at a sentence's start before a comma, bracket or dash ("HANOI, Dec. 13 (Xinhua) --", "ABIDJAN -")
  // is a dateline: where the story was filed.
  const dateline = m.from === 0 && /^[,(\-—–:]/.test(next?.text ?? '') && tokens.slice(m.from, m.to).every((t) => t.text === t.text.toUpperCase());
  if (entry.rule === 'locative' && (!(afterLocative(tokens, m.from, lex) || dateline) || insideName(tokens, m.from, m.to, lexicon))) return null;
  const ownBody = entry.rule === 'world' && beforeOwnBody(tokens, m.to);
  if (entry.rule === 'world' && (!(afterLocative(tokens, m.from, lex) || dateline || beforePlaceNoun(tokens, m.to, lex) || ownBody || afterOwnCountry(tokens, m.from, entry.code, lexicon)) || insideName(tokens, m.from, m.to, lexicon, ownBody))) {
    // ("A New South Wales court", "the New Mexico governor": a place of several words, too little known to be read
    // here, still holds the country's name inside it: no word of it names a country.)
    if (rejected && m.to - m.from > 1) rejected.to = m.to;
    return null;
  }
  if ((entry.kind === 'place' || entry.kind === 'capital') && (titledName(tokens, m.from, m.to, lexicon) || arabicFamilyName(tokens, m.from, lexicon))) return null;
  // "U.S. dollars", "Chinese yuan": a currency, not the place.
  if (lex.currencyNouns.has(next?.text.toLowerCase() ?? '')) return null;
  // "US$40 million", "NZ$1.5 million": a dollar sign written onto the country's letters is the currency's.
  if (next?.text === '$' && next.start === tokens[m.to - 1].end) return null;
  // "Hyderabad House", "Kensington Palace": a building or street named after the place, not the place.
  if ((entry.kind === 'place' || entry.kind === 'capital') && lex.venueNouns.has(next?.key ?? '')) return null;
  // "the Santiago river", "the Congo River", "the Niger Delta": a river, its basin or delta, not the place or country.
  if ((entry.kind === 'place' || entry.kind === 'capital' || entry.kind === 'name') && lex.waterNouns.has(next?.text.toLowerCase() ?? '')) return null;
  // "the Ankara Declaration", "the Singapore Declaration": a document named after the place or country.
  if ((entry.kind === 'place' || entry.kind === 'capital' || entry.kind === 'name') && lex.documentNouns.has(next?.key ?? '')) return null;
  // "San Antonio del Táchira", "Santa Elena de Uairén": a place's name that goes on with a particle and a capital is
  // a longer name, another place: in the country of the place after the particle (Táchira), else of none the
  // gazetteer knows (not "Santiago de Chile", which names its country).
  if ((entry.kind === 'place' || entry.kind === 'capital') && NAME_PARTICLES.has(next?.text ?? '')) {
    const end = particleNameEnd(tokens, m.to + 1);
    const after = end > 0 ? lex.trie.matchAt(tokens, end - 1) : null;
    const within = after ? pick(after.values) : null;
    if (end > 0 && within?.kind !== 'name') {
      const name = tokens.slice(m.from, end).map((t) => t.text).join(' ');
      return { entry: { ...entry, kind: 'place', code: within?.code ?? null, name, city: undefined }, from: m.from, to: end, metonym: false, rule: RULE.place };
    }
  }
  // "the Pan-American Highway", "pan-African unity": a demonym after "Pan-" names a continent's peoples, no country.
  const hyphen = m.from >= 2 ? tokens[m.from - 1] : undefined;
  if (entry.kind === 'demonym' && hyphen?.text === '-' && hyphen.end === tokens[m.from].start && tokens[m.from - 2].end === hyphen.start && tokens[m.from - 2].text.toLowerCase() === 'pan') return null;
  // "the Italian-speaking canton", "French-language media": a language, no country; "Soviet-era jets": a time.
  if ((entry.kind === 'demonym' || entry.kind === 'adjective') && next?.text === '-' && next.start === tokens[m.to - 1].end && NO_COUNTRY_TAILS.has(tokens[m.to + 1]?.text.toLowerCase() ?? '')) return null;
  // "Sino-" and friends only count when a word follows the hyphen.
  if (entry.kind === 'adjective' && tokens[m.to - 1].text === '-' && next?.start !== tokens[m.to - 1].end) return null;
  const metonym = entry.kind === 'capital' && !dateline && !afterLocative(tokens, m.from, lex) && !afterVenue(tokens, m.from, lex);
  return { entry, from: m.from, to: m.to, metonym, rule: metonym ? 'geo.capital-metonym' : RULE[entry.kind] };
}
