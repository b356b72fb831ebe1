// Noun phrases that can be parties to an event, built from the mentions earlier stages found in one sentence:
// people with their titles and appositions, organisations, countries with the noun they qualify ("Chinese coast
// guard ships"), places, pronouns, "the two sides" and "the Southeast Asian country".
import type { Doc } from '../../core/doc.ts';
import type { DocContext } from './context.ts';
import type { SentenceMentions } from './view.ts';
import type { EventsLexicon } from '../../lexicon/events.ts';
import { countryParty, orgParty, personParty, type Party } from './parties.ts';
import { isCapitalized, isPunct, tokenRange, type Tok } from './tokens.ts';

export type ChunkKind = 'person' | 'org' | 'country' | 'place' | 'pronoun' | 'pair' | 'description';

export interface PlaceInfo {
  name: string;
  country: string | null;
  kind: string;
}

export interface Chunk {
  /** Token range [from, to) in the sentence. */
  from: number;
  to: number;
  kind: ChunkKind;
  /** Empty until resolved, for pronouns, pairs and descriptions. */
  parties: Party[];
  /** Can act: "Chinese troops" yes, "Chinese products" no. */
  agentive: boolean;
  /** Ends in 's or is a possessive pronoun. */
  possessive: boolean;
  /** The preposition before it (after determiners), or null. */
  prep: string | null;
  locative: boolean;
  place: PlaceInfo | null;
  /** Pronoun text, or the head of a pair ("sides", "leaders"). */
  word: string | null;
  /** For pairs: whether the pair names people ("the two leaders") or countries ("both sides"). */
  pairOf: 'person' | 'country' | null;
  /** For countries: the mention's kind (name, capital, demonym, adjective). */
  mentionKind: string | null;
  /** For countries: an agent noun follows or precedes ("China Coast Guard", "the presidents of Kenya"). */
  headed: boolean;
  /** Right after a possessive party, it qualifies that party's noun ("Sweden's NATO membership"). */
  modifier: boolean;
  /** The agent noun of a country phrase ("foreign minister" in "the Chinese foreign minister"). */
  head: string | null;
}

interface Span {
  from: number;
  to: number;
}

// "Mr.", "Dr.": a capital and up to three small letters before a full stop (a module constant: see lexicon/tokens.ts).
const HONORIFIC = /^\p{Lu}\p{Ll}{0,3}$/u;

/** The index of the first chunk (of chunks sorted by position) that starts at or after `token`. */
export function firstChunkFrom(chunks: readonly Chunk[], token: number): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid].from < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'two', 'three', 'several', 'both']);

/** Builds the chunks of one sentence, ordered by position; `cueStarts` are tokens where an event cue begins. */
export function buildChunks(doc: Doc, lex: EventsLexicon, ctx: DocContext, tokens: Tok[], mentions: SentenceMentions, cueStarts: Set<number>): Chunk[] {
  const g = lex.grammar;
  const words = tokens.map((t) => t.lower);
  const claimed = new Int32Array(tokens.length).fill(-1);
  const chunks: Chunk[] = [];
  const within = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.end > x.start);
  const range = (x: { start: number; end: number }): Span => {
    const [from, to] = tokenRange(tokens, x.start, x.end);
    return { from, to };
  };
  const free = (s: Span) => {
    for (let i = s.from; i < s.to; i++) if (claimed[i] >= 0) return false;
    return s.to > s.from;
  };
  const claim = (c: Chunk) => {
    for (let i = c.from; i < c.to; i++) claimed[i] = chunks.length;
    chunks.push(c);
  };
  const newChunk = (s: Span, kind: ChunkKind, parties: Party[], agentive: boolean): Chunk => ({
    from: s.from, to: s.to, kind, parties, agentive, possessive: false, prep: null, locative: false, place: null, word: null, pairOf: null,
    mentionKind: null, headed: false, modifier: false, head: null,
  });
  const textOf = (s: Span) => doc.text.slice(tokens[s.from].start, tokens[s.to - 1].end);

  const countries = within(mentions.countries).map((m) => ({ m, s: range(m) }));
  const orgs = within(mentions.organizations).map((m) => ({ m, s: range(m) }));
  const countryAt = new Map<number, (typeof countries)[number]>();
  for (const c of countries) for (let i = c.s.from; i < c.s.to; i++) countryAt.set(i, c);
  const orgAt = new Map<number, (typeof orgs)[number]>();
  for (const o of orgs) for (let i = o.s.from; i < o.s.to; i++) orgAt.set(i, o);
  const personStarts = new Set(within(mentions.people).map((m) => range(m).from));

  /** An agent noun phrase starting at i (longest), e.g. "coast guard", "foreign ministers". */
  const agentAt = (i: number) => (i < tokens.length ? lex.agents.matchAt(words, i) : null);

  // Titles before a name: capitalised words, title words, "of", and countries or organisations inside them.
  const extendTitleLeft = (from: number): { from: number; code: string | null } => {
    let best = from;
    let code: string | null = null;
    for (let j = from - 1; j >= 0 && from - j <= 16; ) {
      const t = tokens[j];
      const inCountry = countryAt.get(j);
      const inOrg = orgAt.get(j);
      if (claimed[j] >= 0) break;
      if (inCountry || inOrg) {
        const s = (inCountry ?? inOrg)!.s;
        if (inCountry && !code) code = inCountry.m.code;
        j = s.from - 1;
        best = s.from;
        continue;
      }
      if (t.lower === ',' || t.lower === 'and' || t.lower === '-' || t.lower === '—' || t.lower === '–') break;
      if (t.lower === '(' || t.lower === ')') { j--; continue; }
      // "Mr. Dissanayake", "Dr. Yang": an abbreviated honorific.
      if (t.lower === '.' && j > 0 && HONORIFIC.test(tokens[j - 1].text)) { best = j - 1; j -= 2; continue; }
      if (isCapitalized(t) && !g.functionWords.has(t.lower) && !isPunct(t)) { best = j; j--; continue; }
      const agent = lex.agents.matchEndingAt(words, j + 1);
      if (agent) { best = j + 1 - agent.length; j = best - 1; continue; }
      if (g.titleWords.has(t.lower)) { j--; continue; }
      break;
    }
    while (best < from && (g.titleWords.has(words[best]) && !isCapitalized(tokens[best]) || words[best] === '(' || words[best] === ')')) best++;
    return { from: best, code };
  };

  // ", chairman of the Standing Committee, China's top legislature": appositions after a name belong to it.
  const extendAppositionRight = (to: number): number => {
    let end = to;
    for (let round = 0; round < 2 && words[end] === ','; round++) {
      let k = end + 1;
      const segStart = k;
      while (k < tokens.length && words[k] !== ',' && (!g.clauseBoundaries.has(words[k]) || words[k] === '(' || words[k] === ')') && words[k] !== '.' && k - segStart < 22) k++;
      if (k === segStart || k - segStart >= 22) break;
      let ok = true;
      for (let i = segStart; i < k; i++) if (personStarts.has(i) || cueStarts.has(i) || g.pronounsPerson.has(words[i])) ok = false;
      const first = words[segStart];
      if (!ok || (g.functionWords.has(first) && !['the', 'a', 'an', 'also'].includes(first))) break;
      end = k;
    }
    return end;
  };

  // People, with the titles before and the appositions after their name.
  for (const m of within(mentions.people)) {
    const s = range(m);
    const person = ctx.peopleById.get(m.personId);
    if (!person || !free(s)) continue;
    const left = extendTitleLeft(s.from);
    const to = extendAppositionRight(s.to);
    const span = { from: left.from, to: s.to };
    const party = personParty(lex, person, textOf(span), m.offices ?? [], left.code);
    const c = newChunk({ from: left.from, to }, 'person', [party], true);
    c.possessive = words[s.to] === "'s";
    if (c.possessive && c.to === s.to) c.to = s.to + 1;
    claim(c);
  }

  // Organisations.
  for (const { m, s } of orgs) {
    const org = ctx.organizationsById.get(m.organizationId);
    if (!org || !free(s)) continue;
    const before = countryAt.get(s.from - 1);
    const from = before && claimed[s.from - 1] < 0 ? before.s.from : s.from;
    const c = newChunk({ from, to: s.to }, 'org', [orgParty(lex, org, textOf({ from, to: s.to }), before?.m.code ?? null)], true);
    c.possessive = words[s.to] === "'s";
    if (c.possessive) c.to++;
    claim(c);
  }

  // The agent noun phrase after a country word: "coast guard ships", "foreign ministry spokesperson".
  const headAfter = (i: number): { to: number; sector: string | null; person: boolean; head: string } | null => {
    let k = i;
    let skipped = 0;
    while (k < tokens.length && !agentAt(k) && skipped < 3) {
      const w = tokens[k];
      if (isPunct(w) && w.lower !== '-' || g.functionWords.has(w.lower) || cueStarts.has(k) || countryAt.has(k) || claimed[k] >= 0) return null;
      k++;
      skipped++;
    }
    let a = agentAt(k);
    if (!a) return null;
    const sector = a.value.sector;
    let person = a.value.person;
    let to = k + a.length;
    let head = words.slice(k, to).join(' ');
    while ((a = agentAt(to)) && !cueStarts.has(to)) {
      person = a.value.person;
      head = words.slice(to, to + a.length).join(' ');
      to += a.length;
    }
    return { to, sector, person, head };
  };

  // Countries: names, capitals and demonyms, with the noun phrase they head or qualify.
  for (const { m, s } of countries) {
    if (!free(s)) continue;
    let from = s.from;
    let to = s.to;
    let agentive = true;
    let sector: string | null = 'GOV';
    let personlike = false;
    let possessive = false;
    let head: string | null = null;
    const take = (h: { to: number; sector: string | null; person: boolean; head: string }) => {
      to = Math.max(to, h.to);
      sector = h.sector;
      personlike = h.person;
      head = h.head;
    };
    const demonym = m.kind === 'demonym' || m.kind === 'adjective';
    const compound = doc.text.slice(m.start, m.end).includes('-') || /-/.test(tokens[s.from].text);
    if (!demonym && words[to] === "'s") {
      possessive = true;
      const h = headAfter(to + 1);
      if (h) take(h);
      else { to += 1; agentive = false; sector = null; }
    } else if (demonym) {
      const h = headAfter(to) ?? coordinatedHead(to);
      if (h) take(h);
      else if (/s$/.test(words[s.to - 1]) && (to >= tokens.length || isPunct(tokens[to]) || g.functionWords.has(words[to]) || cueStarts.has(to))) sector = 'CVL'; // "Kenyans protested"
      else { agentive = false; sector = null; }
    } else {
      const a = agentAt(to);
      if (a && !cueStarts.has(to)) take({ to: to + a.length, sector: a.value.sector, person: a.value.person, head: words.slice(to, to + a.length).join(' ') });
      else if (compound || g.thingNouns.has(words[to] ?? '')) { agentive = false; sector = null; } // "China-Vietnam community", "U.S. dollars"
      // "the presidents of Kenya", "ministers from Brazil": the agent noun before "of"/"from".
      let k = from - 1;
      if (words[k] === 'the') k--;
      if ((words[k] === 'of' || words[k] === 'from') && k > 0) {
        const agent = lex.agents.matchEndingAt(words, k);
        if (agent && claimed[k - agent.length] < 0) {
          from = k - agent.length;
          sector = agent.value.sector;
          personlike = agent.value.person;
          head = words.slice(from, k).join(' ');
          agentive = true;
        }
      }
    }
    const c = newChunk({ from, to }, 'country', [countryParty(lex, m.code, textOf({ from, to }), sector, personlike)], agentive);
    c.possessive = possessive;
    c.mentionKind = m.kind;
    c.head = head;
    c.headed = head !== null || (demonym && agentive);
    if (m.kind === 'capital') c.place = { name: doc.text.slice(m.start, m.end), country: m.code, kind: 'capital' };
    claim(c);
  }

  // "Polish and Czech tourists": a demonym takes the head noun of the demonym it is coordinated with.
  function coordinatedHead(i: number): { to: number; sector: string | null; person: boolean; head: string } | null {
    if (!['and', 'or', ','].includes(words[i])) return null;
    const next = countryAt.get(i + 1);
    if (!next) return null;
    const head = headAfter(next.s.to) ?? coordinatedHead(next.s.to);
    return head ? { ...head, to: i } : null;
  }

  // Places (cities, regions, seas): where an event happens, or the destination of a visit.
  for (const p of within(mentions.places)) {
    const s = range(p);
    if (!free(s)) continue;
    const c = newChunk(s, 'place', p.country ? [countryParty(lex, p.country, p.name, 'GOV')] : [], false);
    c.place = { name: p.name, country: p.country, kind: p.kind };
    claim(c);
  }

  // "the two sides", "both countries", "the general secretaries of the two parties".
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] >= 0) continue;
    const det = g.pairDeterminers.matchAt(words, i);
    const at = det ? i + det.length : i;
    const country = g.pairCountryHeads.matchAt(words, at);
    const person = g.pairPersonHeads.matchAt(words, at);
    if (det && country && !person) {
      const c = newChunk({ from: i, to: at + country.length }, 'pair', [], true);
      c.pairOf = 'country';
      c.word = words.slice(at, at + country.length).join(' ');
      claim(c);
      i = c.to - 1;
    } else if (person) {
      const ofTwo = (words[at + person.length] === 'of' && g.pairDeterminers.matchAt(words, at + person.length + 1)) || null;
      const tail = ofTwo ? g.pairCountryHeads.matchAt(words, at + person.length + 1 + ofTwo.length) : null;
      if (!det && !tail) continue;
      const to = tail && ofTwo ? at + person.length + 1 + ofTwo.length + tail.length : at + person.length;
      // "Defense ministers of the two countries": the title word before belongs to the pair.
      const from = !det && i > 0 && claimed[i - 1] < 0 && isCapitalized(tokens[i - 1]) && !g.functionWords.has(words[i - 1]) ? i - 1 : i;
      const c = newChunk({ from, to }, 'pair', [], true);
      c.pairOf = 'person';
      c.word = words.slice(at, at + person.length).join(' ');
      claim(c);
      i = c.to - 1;
    }
  }

  // "the Southeast Asian country": a description of the last country named.
  for (let i = 0; i < tokens.length; i++) {
    if (words[i] !== 'the' || claimed[i] >= 0) continue;
    for (let k = i + 1; k <= i + 4 && k < tokens.length && claimed[k] < 0; k++) {
      const noun = g.countryNouns.matchAt(words, k);
      if (noun && k > i) {
        const c = newChunk({ from: i, to: k + noun.length }, 'description', [], true);
        c.possessive = words[k + noun.length] === "'s";
        if (c.possessive) c.to++;
        claim(c);
        break;
      }
      if (g.functionWords.has(words[k]) || isPunct(tokens[k])) break;
    }
  }

  // Pronouns; "his" before a noun phrase that is already a party is only a determiner.
  for (let i = 0; i < tokens.length; i++) {
    const w = words[i];
    if (claimed[i] >= 0) continue;
    const person = g.pronounsPerson.has(w);
    const group = g.pronounsGroup.has(w);
    const thing = g.pronounsThing.has(w);
    if (!person && !group && !thing) continue;
    const possessive = g.possessivePronouns.has(w);
    if (possessive && (claimed[i + 1] >= 0 || headAfter(i + 1))) continue;
    const c = newChunk({ from: i, to: i + 1 }, 'pronoun', [], true);
    c.word = w;
    c.possessive = possessive;
    claim(c);
  }

  chunks.sort((a, b) => a.from - b.from);
  // "A Vietnamese delegation led by Le Hoai Trung": the person who leads it is the party.
  for (let i = 0; i + 1 < chunks.length; i++) {
    const c = chunks[i];
    const next = chunks[i + 1];
    if ((words[c.to] === 'led' || words[c.to] === 'headed') && words[c.to + 1] === 'by' && next.from === c.to + 2 && next.kind === 'person') {
      c.parties = next.parties.map((p) => ({ ...p, entityText: textOf({ from: c.from, to: next.to }) }));
      c.kind = 'person';
      c.to = next.to;
      chunks.splice(i + 1, 1);
    }
  }
  // "his Japanese counterpart, Yoshimasa Hayashi,": a title and the name in apposition are one party.
  for (let i = 0; i + 1 < chunks.length; i++) {
    const c = chunks[i];
    const next = chunks[i + 1];
    if (c.kind === 'country' && c.parties[0]?.personlike && words[c.to] === ',' && next.from === c.to + 1 && next.kind === 'person' && next.parties[0]?.code === c.parties[0].code) {
      c.parties = next.parties.map((p) => ({ ...p, entityText: textOf({ from: c.from, to: next.to }) }));
      c.kind = 'person';
      c.to = next.to;
      chunks.splice(i + 1, 1);
    }
  }
  chunks.forEach((c, i) => {
    const before = chunks[i - 1];
    if (before?.possessive && before.to === c.from) c.modifier = true;
  });
  for (const c of chunks) {
    let k = c.from - 1;
    while (k >= 0 && DETERMINERS.has(words[k]) && k >= c.from - 2) k--;
    const prep = k >= 0 && g.prepositions.has(words[k]) ? words[k] : null;
    c.prep = prep;
    c.locative = prep !== null && g.locative.has(prep);
  }
  return chunks;
}
