// The organizations stage: party, state, military and international bodies from the lists (with the
// country of generic bodies read from context), acronyms defined inline, and unlisted bodies found by
// their head noun.
import type { Doc, OrganizationMention } from '../../core/doc.ts';
import type { CountryMention, Organization } from '../../core/types.ts';
import type { Stage } from '../../core/stage.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { orgId, type OrgEntry } from '../../lexicon/organizations.ts';
import { isCapitalized, sentenceTokens, type Token } from '../../lexicon/tokens.ts';
import { initialsMatch, parenAcronymAt, withoutParenAcronyms } from './acronyms.ts';
import { countryAfter, countryBefore, countryInside } from './country.ts';
import { findHeadNounOrgs } from './head-noun.ts';

// Words of an acronym's unlisted name: capitalised words and connectors (a module constant: see lexicon/tokens.ts).
const ACRONYM_NAME_WORD = /^(\p{Lu}|of$|and$|the$|for$)/u;

interface Found {
  entry: OrgEntry;
  from: number;
  to: number;
  rule: string;
}

/** The country of a capital or a place mentioned from offset `start` ("in Berlin", "in Darmstadt"), or null. */
function seatAt(doc: Doc, start: number | undefined): string | null {
  if (start === undefined) return null;
  const capital = doc.countryMentions.find((m) => m.start === start && m.kind === 'capital');
  const place = doc.placeMentions.find((m) => m.start === start && m.country && /^[A-Z]{3}$/.test(m.country));
  return capital?.code ?? place?.country ?? null;
}

/** Of bodies that share a name ("SDF": Japan's Self-Defense Forces, Syria's Democratic Forces), the first whose country
 *  the article names, else the first that is no armed group. */
function ofArticle(entries: OrgEntry[], doc: Doc): OrgEntry {
  if (entries.length === 1) return entries[0];
  return entries.find((e) => e.country && doc.countryMentions.some((m) => m.code === e.country)) ?? entries.find((e) => e.sector !== 'REB') ?? entries[0];
}

export function findOrganizations(doc: Doc, lexicon: Lexicon): void {
  const lex = lexicon.organizations;
  const byId = new Map<string, Organization>();
  const mentions: OrganizationMention[] = [];
  const countryByEnd = new Map<number, CountryMention>();
  const countryByStart = new Map<number, CountryMention>();
  const geoEnds = new Set<number>();
  for (const m of doc.countryMentions) {
    countryByEnd.set(m.end, m);
    countryByStart.set(m.start, m);
    geoEnds.add(m.end);
  }
  for (const m of doc.placeMentions) geoEnds.add(m.end);
  // Acronyms defined in this article ("Foreign Relations Commission (FRC)") → their organisation.
  const defined = new Map<string, OrgEntry>();

  const record = (f: Found, tokens: Token[]) => {
    const start = tokens[f.from].start;
    const end = tokens[f.to - 1].end;
    let e = f.entry;
    const owned = !e.generic && ownedTail(e, tokens, f, countryByEnd);
    if (owned) {
      const text = doc.text.slice(start, end);
      const country = lexicon.geo.countries.get(owned);
      e = { id: orgId(text, owned), name: country ? `${text} of ${country.name}` : text, aliases: [], country: owned, sector: 'GOV', generic: false };
    } else if (e.generic) {
      const code = countryBefore(tokens, f.from, countryByEnd) ?? countryAfter(tokens, f.to, countryByStart);
      const country = code ? lexicon.geo.countries.get(code) : undefined;
      // (A literal with the fields in the lexicon's order, not a spread: entries of one hidden class, see
      // segment/index.ts.)
      e = { id: orgId(e.name, code), name: country ? `${e.name} of ${country.name}` : e.name, aliases: e.aliases, country: code, sector: e.sector, generic: e.generic };
    }
    let org = byId.get(e.id);
    if (!org) byId.set(e.id, (org = { id: e.id, name: e.name, country: e.country, aliases: [], mentions: [], sector: e.sector }));
    const text = doc.text.slice(start, end);
    if (text !== org.name && !org.aliases.includes(text)) org.aliases.push(text);
    org.mentions.push({ start, end, rule: f.rule });
    mentions.push({ start, end, rule: f.rule, organizationId: org.id, text });
  };

  for (const s of doc.sentences) {
    const tokens = sentenceTokens(doc, s);
    const covered = new Array<boolean>(tokens.length).fill(false);
    const found: Found[] = [];

    // 1. Listed bodies, reading through "(ACR)" groups.
    const { view, index } = withoutParenAcronyms(tokens);
    for (let i = 0; i < view.length; ) {
      const m = lex.trie.matchAt(view, i);
      const local = m || defined.size === 0 ? undefined : defined.get(view[i].text);
      if (m && lastWordOfName(view, i, m.to, m.values[0].name, geoEnds, lexicon.people.notNames)) i++;
      else if (m || local) {
        const from = index ? index[i] : i;
        const to = m ? (index ? index[m.to - 1] : m.to - 1) + 1 : from + 1;
        found.push({ entry: m ? ofArticle(m.values, doc) : local!, from, to, rule: m ? 'org.gazetteer' : 'org.acronym' });
        for (let k = from; k < to; k++) covered[k] = true;
        i = m ? m.to : i + 1;
      } else i++;
    }

    // 2. Unlisted bodies by head noun; their country from the places and countries they name.
    for (const h of findHeadNounOrgs(tokens, covered, lex, lexicon.people.topicWords, lexicon.people.titles, countryByStart)) {
      // "South Korea's National Security Office": the owner is the country, not part of the name.
      const owner = countryByStart.get(tokens[h.from].start);
      let ownerCode: string | null = null;
      if (owner) {
        let k = h.from;
        while (k < h.to && tokens[k].end <= owner.end) k++;
        if (/^['’]$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 's' && k + 2 < h.to) {
          h.from = k + 2;
          ownerCode = owner.code;
        }
      }
      const start = tokens[h.from].start;
      const end = tokens[h.to - 1].end;
      const name = doc.text.slice(start, end);
      const parent = found.find((f) => f.from === h.to + 1 || f.from === h.to + 2);
      const viaOf = parent && /^of$/.test(tokens[h.to]?.text ?? '') ? parent.entry : undefined;
      // "the Carnegie Russia Eurasia Center in Berlin": a country word inside an unlisted body's name gives
      // way to the city or place the body is said to be in.
      const inside = countryInside(doc, start, end, lexicon.people.topicWords);
      // Not when the body opens with its country ("the Indian High Commission in London" is India's).
      const opensWithCountry = countryByStart.has(start);
      const seat = inside && !opensWithCountry && tokens[h.to]?.text === 'in' ? seatAt(doc, tokens[h.to + 1]?.start) : null;
      const code = ownerCode ?? seat ?? inside ?? viaOf?.country ?? null;
      const sector = viaOf?.sector && h.sector === 'GOV' ? viaOf.sector : h.sector;
      found.push({ entry: { id: orgId(name, code), name, aliases: [], country: code, sector, generic: false }, from: h.from, to: h.to, rule: 'org.head-noun' });
      for (let k = h.from; k < h.to; k++) covered[k] = true;
    }

    // 3. "Name (ACR)": later bare ACR mentions resolve to the name before the brackets (a sentence with such a
    // group has an index to its view).
    for (let p = 0; index && p < tokens.length; p++) {
      if (!parenAcronymAt(tokens, p)) continue;
      const acr = tokens[p + 1].text;
      const before = found.filter((f) => f.from < p).sort((a, b) => b.to - a.to)[0];
      const named = before && before.to === p ? before.entry : innerEntry(tokens, p, lexicon);
      if (named && !named.aliases.includes(acr)) defined.set(acr, named);
      if (!named) {
        let k = p;
        while (k > 0 && ACRONYM_NAME_WORD.test(tokens[k - 1].text)) k--;
        while (k < p && !isCapitalized(tokens[k].text)) k++;
        const words = tokens.slice(k, p).map((t) => t.text);
        // "the Democratic Republic of the Congo (DRC)" is the country, with its short form, not a body.
        if (k < p && isCountryName(doc, tokens[k].start, tokens[p - 1].end)) continue;
        if (initialsMatch(words, acr)) {
          const name = doc.text.slice(tokens[k].start, tokens[p - 1].end);
          const code = countryInside(doc, tokens[k].start, tokens[p - 1].end, lexicon.people.topicWords);
          const entry: OrgEntry = { id: orgId(name, code), name, aliases: [acr], country: code, sector: null, generic: false };
          defined.set(acr, entry);
          found.push({ entry, from: k, to: p, rule: 'org.inline-acronym' });
        }
      }
    }
    for (const f of found.sort((a, b) => a.from - b.from)) record(f, tokens);
  }
  doc.organizations = [...byId.values()];
  doc.organizationMentions = mentions.sort((a, b) => a.start - b.start);
}

/** Nouns after "Russia's Security Council" that make it the United Nations' body, where the country sits. */
const SEAT_NOUNS = new Set(['veto', 'vetoes', 'seat', 'seats', 'resolution', 'resolutions', 'membership', 'presidency', 'vote', 'votes', 'bid', 'term', 'member']);

/**
 * "the secretary of Russia's Security Council": an international body's name cut to its last words (the short form
 * "Security Council" of "United Nations Security Council") right after a country's possessive or demonym is that
 * country's own body of the name, unless a noun of a seat in the international one follows ("Russia's Security
 * Council veto"): the country's code, else null.
 */
function ownedTail(e: OrgEntry, tokens: Token[], f: Found, countryByEnd: Map<number, CountryMention>): string | null {
  if (e.country !== 'UNO' && e.country !== 'IGO') return null;
  const words = tokens.slice(f.from, f.to).map((t) => t.text).join(' ');
  if (words === e.name || !e.name.endsWith(' ' + words)) return null;
  if (SEAT_NOUNS.has(tokens[f.to]?.lower ?? '')) return null;
  return countryBefore(tokens, f.from, countryByEnd);
}

function isCountryName(doc: Doc, start: number, end: number): boolean {
  return doc.countryMentions.some((m) => m.kind === 'name' && m.start === start && m.end === end);
}

/** The listed body whose name ends right before the "(" at `p` (inside a longer match). */
const NAME_WORD = /^\p{Lu}\p{Ll}/u; // a module constant: see the note in lexicon/tokens.ts

/**
 * "Foreign Minister Therese Kayikwamba Wagner": a body's one-word short form right after a capitalised
 * word inside the sentence (no country, place or word that is never a name's: "The IMF") is the last
 * word of a person's name, not the body.
 */
function lastWordOfName(view: Token[], i: number, to: number, name: string, geoEnds: Set<number>, notNames: Set<string>): boolean {
  if (to !== i + 1 || view[i].text === name || i <= 1) return false;
  const prev = view[i - 1];
  return NAME_WORD.test(prev.text) && !notNames.has(prev.text) && prev.end < view[i].start && !geoEnds.has(prev.end);
}

function innerEntry(tokens: Token[], p: number, lexicon: Lexicon): OrgEntry | undefined {
  for (let k = p - 1; k >= Math.max(0, p - 10); k--) {
    const m = lexicon.organizations.trie.matchAt(tokens.slice(0, p), k);
    if (m && m.to === p) return m.values[0];
  }
  return undefined;
}

export const organizationsStage: Stage = {
  name: 'organizations',
  requires: ['sentences', 'countryMentions'],
  provides: ['organizations', 'organizationMentions'],
  run: findOrganizations,
};
