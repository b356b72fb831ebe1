// Noun phrases that can be parties to an event, built from the mentions earlier stages found in one sentence:
// people with their titles and appositions, organisations, countries with the noun they qualify ("Chinese coast
// guard ships"), places, pronouns, "the two sides" and "the Southeast Asian country".
import type { Doc, OrganizationMention } from '../../core/doc.ts';
import type { DocContext } from './context.ts';
import type { SentenceMentions } from './view.ts';
import type { EventGrammar, EventsLexicon } from '../../lexicon/events.ts';
import { LOCAL_RANKS } from '../../lexicon/geo.ts';
import type { CountryMention, Organization } from '../../core/types.ts';
import { countryParty, orgParty, partyWith, personParty, withEntityText, type Party } from './parties.ts';
import { isCapitalized, isPunct, tokenRange, wordAt, type Tok } from './tokens.ts';

/** Modifiers between a pair's determiner and its head ("the two leftist leaders"). */
/** Words after which a bare "both" opens a clause ("in which both agreed"); "" is the sentence's start. */
const BOTH_AFTER = new Set(['', 'which', 'where', 'when', 'and', ',']);
/** Verbs in -s that follow a plural subject all the same ("the two peoples has grown", "the two countries was"). */
const VERBS_IN_S = new Set(['is', 'was', 'has', 'does', 'says']);
const PAIR_MODIFIERS = 2;
const PAIR_MODIFIER = /^[A-Za-z-]+$/;

export type ChunkKind = 'person' | 'org' | 'country' | 'place' | 'pronoun' | 'pair' | 'description' | 'group';

export interface PlaceInfo {
  name: string;
  country: string | null;
  kind: string;
  /** For landmarks: the city they stand in. */
  city?: string;
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
  /** A pair named by a bare "the" ("The leaders agreed"): people named before, or no one (not the dyad). */
  barePair: boolean;
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
const UPPER_FIRST = /^\p{Lu}/u;
/** Words before a country's noun that rank it among others ("the first country to …", "the only nation that …"). */
const RANKING = new Set(['first', 'second', 'third', 'only', 'sole']);
const HONORIFIC = /^\p{Lu}\p{Ll}{0,3}$/u;
const LETTER = /\p{L}/u;

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

/** Prepositions before a place that say where, not whose office ("in Abu Dhabi", "at Beijing"). */
const VENUE_LEADS = new Set(['in', 'at', 'near']);
/** Nouns after "his" or "her" that stand for the other side of a meeting ("Wong and his host"), when no name follows. */
export const OTHER_SIDE = new Set(['counterpart', 'host', 'guest']);

// Words between a preposition and its party: determiners, "former" and points of the compass ("in southern Lebanon", "to a
// former Bolivian minister").
/** Verbs of an attempt before an infinitive, after which people named by their nationality act ("Thousands of
 *  Jordanians tried to storm …"). */
const ATTEMPT_VERBS = new Set(['tried', 'attempted', 'sought', 'began', 'continued', 'managed', 'failed']);

/** A member named after its body ("the first EU country"), and the words before that make it one of them. */
const ONE_MEMBER_NOUNS = new Set(['country', 'nation', 'state', 'member', 'government']);
const ONE_OF_BEFORE = new Set(['first', 'second', 'third', 'last', 'only', 'another', 'a', 'an', 'one', 'latest', 'sole']);
/** Codes of international bodies (PLOVER's non-state codes) a country sends envoys to. */
export const INTERNATIONAL_CODES = new Set(['UNO', 'EUR', 'IGO']);
/** Heads of a country's envoy to such a body ("U.N. ambassador", "EU envoy"). */
// Words that make a body named by two states theirs together: "Joint", "Bilateral", "Intergovernmental".
const JOINT_BODY = /\b(?:Joint|Bilateral|Intergovernmental|Inter-Governmental|Binational|Mixed)\b/;
// The heads of a joint body that stands for the article's two countries when its name holds neither state's.
const JOINT_BODY_HEAD = /\b(?:Commission|Committee|Working Group)$/;
const ENVOY_HEADS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'representative', 'representatives', 'delegate', 'delegates', 'delegation', 'mission']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'two', 'three', 'several', 'both', 'former', 'northern', 'southern',
  'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north', 'south', 'east', 'west',
  'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-eastern',
  'north-western', 'south-eastern', 'south-western']);

/**
 * Builds the chunks of one sentence, ordered by position; `words` are the tokens' lower-case texts, `cueStarts`
 * the tokens where an event cue begins.
 */
export function buildChunks(doc: Doc, lex: EventsLexicon, ctx: DocContext, tokens: Tok[], words: string[], mentions: SentenceMentions, cueStarts: Set<number>): Chunk[] {
  return new ChunkBuilder(doc, lex, ctx, tokens, words, mentions, cueStarts).build();
}

/** The agent noun phrase a country word heads or qualifies: where it ends, its sector, whether it is one person. */
interface Head {
  to: number;
  sector: string | null;
  person: boolean;
  head: string;
}

/** Adjectives of other forces a demonym is coordinated with ("Polish and allied aircraft"). */
const ALLY_ADJECTIVES = new Set(['allied', 'partner', 'coalition', 'western', 'foreign', 'other']);

/** Sectors of people a noun names again after "the" (`addNamedAgain`): not officials, forces or police. */
export const CIVILIAN_SECTORS = new Set(['CVL', 'BUS', 'AGR', 'LAB', 'EDU', 'REF', 'JRN', 'MED']);

interface Located<M> {
  m: M;
  s: Span;
}

const nonEmpty = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.end > x.start);

/** Participles of signing, and how far after an agreement's noun one may stand (over "of friendship", "itself was"). */
const SIGNED = new Set(['signed', 'initialled', 'initialed', 'inked']);
const SIGNED_REACH = 5;
/** How far after the participle's "in" or "on" its date may start ("in Kigali in October 2019"). */
const DATE_AFTER_SIGNED = 4;

/**
 * The state of one sentence's chunking, with its steps as methods (helpers written as closures inside one
 * function would be created, and named by the TypeScript loader, again for every sentence).
 */
class ChunkBuilder {
  private readonly g: EventGrammar;
  private readonly claimed: number[];
  private readonly chunks: Chunk[] = [];
  private readonly countries: Located<CountryMention>[];
  private readonly orgs: Located<OrganizationMention>[];
  /** Token → the country or organisation mention covering it. */
  private readonly countryAt: (Located<CountryMention> | undefined)[];
  private readonly orgAt: (Located<OrganizationMention> | undefined)[];
  private readonly personStarts: Set<number>;

  constructor(
    private readonly doc: Doc,
    private readonly lex: EventsLexicon,
    private readonly ctx: DocContext,
    private readonly tokens: Tok[],
    private readonly words: string[],
    private readonly mentions: SentenceMentions,
    private readonly cueStarts: Set<number>,
  ) {
    this.g = lex.grammar;
    this.claimed = new Array<number>(tokens.length).fill(-1);
    this.countries = this.located(mentions.countries);
    this.orgs = this.located(mentions.organizations);
    this.countryAt = new Array(tokens.length);
    this.orgAt = new Array(tokens.length);
    for (const c of this.countries) for (let i = c.s.from; i < c.s.to; i++) this.countryAt[i] = c;
    for (const o of this.orgs) for (let i = o.s.from; i < o.s.to; i++) this.orgAt[i] = o;
    this.personStarts = new Set(nonEmpty(mentions.people).map((m) => this.range(m).from));
  }

  /** The mentions that cover some text, with their tokens. (A loop: .map() gives a holey array once optimised and a
   * packed one before, and this class's readers of the array were deoptimised when the kind changed.) */
  private located<M extends { start: number; end: number }>(mentions: M[]): Located<M>[] {
    const out: Located<M>[] = [];
    for (const m of mentions) if (m.end > m.start) out.push({ m, s: this.range(m) });
    return out;
  }

  /**
   * "… the deportation of 40 Nigerian traders … The traders were arrested by Ghanaian immigration officers": people
   * named again by their noun after "the" are those named before with a country (civilians only: "the troops" may be
   * either side's). The nouns of this sentence's own country phrases are noted for the sentences after it.
   */
  private addNamedAgain(): void {
    const { words, claimed, ctx } = this;
    for (let i = 1; i < words.length; i++) {
      // ("the 14-member delegation": its size between the article and the head.)
      const from = GROUP_SIZE.test(words[i - 1]) ? i - 1 : i;
      if (claimed[i] >= 0 || words[from - 1] !== 'the' || claimed[from - 1] >= 0) continue;
      const a = this.agentAt(i);
      const code = a ? ctx.namedHeads.get(words.slice(i, i + a.length).join(' ')) : undefined;
      if (!a || !code || !this.free({ from: from - 1, to: i + a.length }) || this.modifiesNoun(i + a.length)) continue;
      const party = countryParty(this.lex, code, this.textOf({ from: from - 1, to: i + a.length }), a.value.sector);
      party.group = words.slice(i, i + a.length).join(' ');
      const c = newChunk({ from: from - 1, to: i + a.length }, 'group', [party], true);
      // ("goods seized from the traders' shops": theirs, not them.)
      c.possessive = words[c.to] === "'s" || words[c.to] === "'";
      if (c.possessive) c.to++;
      this.claim(c);
    }
    for (const c of this.chunks) {
      if (c.kind !== 'country' || !c.head || c.parties.length !== 1) continue;
      // ("a Tanzanian delegation" … "the delegation": a visiting party named again by its head, as civilians are.)
      const visiting = VISITING_HEADS.has(c.head);
      if (!visiting && c.mentionKind !== 'demonym' && c.mentionKind !== 'adjective') continue;
      if (!visiting && (!CIVILIAN_SECTORS.has(c.parties[0].sector ?? '') || !c.head.endsWith('s'))) continue;
      // ("two Russian truck drivers" … "the drivers": the head's last word names them again too.)
      const last = c.head.split(' ').at(-1)!;
      for (const head of last === c.head ? [c.head] : [c.head, last]) {
        const known = ctx.namedHeads.get(head);
        ctx.namedHeads.set(head, known === undefined || known === c.parties[0].code ? c.parties[0].code : null);
      }
    }
  }

  build(): Chunk[] {
    this.addPeople();
    this.addOrganizations();
    this.addCountries();
    this.addCollectives();
    this.addPlaces();
    this.addNamedAgain();
    this.addGroups();
    this.addPairs();
    this.addDescriptions();
    this.addPronouns();
    return this.joinAndMark();
  }

  /** Whether a participle of signing within a few words after the noun at `i` is followed by a date ("a treaty of
   *  friendship signed in 1951", "the agreement itself was signed in Kigali in October 2019"). */
  private signedOnDate(i: number): boolean {
    const { words } = this;
    for (let k = i + 1; k < words.length && k <= i + SIGNED_REACH; k++) {
      if (!SIGNED.has(words[k])) continue;
      if (words[k + 1] !== 'in' && words[k + 1] !== 'on') return false;
      const dates = nonEmpty(this.mentions.dates).map((m) => this.range(m).from);
      return dates.some((d) => d > k && d <= k + 1 + DATE_AFTER_SIGNED);
    }
    return false;
  }

  private range(x: { start: number; end: number }): Span {
    const [from, to] = tokenRange(this.tokens, x.start, x.end);
    return { from, to };
  }

  private free(s: Span): boolean {
    for (let i = s.from; i < s.to; i++) if (this.claimed[i] >= 0) return false;
    return s.to > s.from;
  }

  private claim(c: Chunk): void {
    for (let i = c.from; i < c.to; i++) this.claimed[i] = this.chunks.length;
    this.chunks.push(c);
  }

  private textOf(s: Span): string {
    return this.doc.text.slice(this.tokens[s.from].start, this.tokens[s.to - 1].end);
  }

  /** An agent noun phrase starting at i (longest), e.g. "coast guard", "foreign ministers", "settlers". */
  private agentAt(i: number) {
    return i < this.tokens.length ? this.lex.agents.matchAt(this.words, i) ?? this.lex.groups.matchAt(this.words, i) : null;
  }

  // Titles before a name: capitalised words, title words, "of", and countries or organisations inside them.
  /** `joined`: the people stage read a title joined by "and" at this mention ("Deputy Prime Minister and Foreign Minister"). */
  private extendTitleLeft(from: number, joined = false): { from: number; code: string | null } {
    const { tokens, words, g, claimed } = this;
    let best = from;
    let code: string | null = null;
    for (let j = from - 1; j >= 0 && from - j <= 16; ) {
      const t = tokens[j];
      const inCountry = this.countryAt[j];
      const inOrg = this.orgAt[j];
      if (claimed[j] >= 0) break;
      if (inCountry || inOrg) {
        const s = (inCountry ?? inOrg)!.s;
        // ("received today in Abu Dhabi Abbas Araghchi": a place after "in" or "at" is where, no part of a title.)
        if (inCountry && VENUE_LEADS.has(words[s.from - 1] ?? '')) break;
        if (inCountry && !code) code = inCountry.m.code;
        j = s.from - 1;
        best = s.from;
        continue;
      }
      if (t.lower === 'and' && joined && best === j + 1) { joined = false; j--; continue; }
      // "Ethiopia's Abiy Ahmed", "China's Foreign Minister Wang Yi", "Laos' Sonexay Siphandone": a country's possessive
      // opens the title.
      const owner = this.possessorAt(j);
      if (owner && claimed[j - 1] < 0) {
        code ??= owner.m.code;
        best = owner.s.from;
        break;
      }
      if (t.lower === ',' && j === from - 1) {
        const title = this.apposedTitle(j);
        if (title) {
          best = title.from;
          code ??= title.code;
        }
        break;
      }
      if (t.lower === ',' || t.lower === 'and' || t.lower === '-' || t.lower === '—' || t.lower === '–') break;
      // "NEW DELHI, June 22 (PTI) Prime Minister …": a dateline's credit ends the title, as a dash after it would.
      if (t.lower === ')' && this.isCredit(j)) break;
      if (t.lower === '(' || t.lower === ')') { j--; continue; }
      // "Mr. Dissanayake", "Dr. Yang": an abbreviated honorific.
      if (t.lower === '.' && j > 0 && HONORIFIC.test(tokens[j - 1].text)) { best = j - 1; j -= 2; continue; }
      if (isCapitalized(t) && !g.functionWords.has(t.lower) && !isPunct(t)) {
        // (A capitalised word right after "in" or "at" names where: "received today in Abu Dhabi Abbas Araghchi".)
        if (VENUE_LEADS.has(words[j - 1] ?? '')) break;
        best = j;
        j--;
        continue;
      }
      const agent = this.lex.agents.matchEndingAt(words, j + 1);
      if (agent) { best = j + 1 - agent.length; j = best - 1; continue; }
      if (g.titleWords.has(t.lower)) { j--; continue; }
      break;
    }
    while (best < from && (g.titleWords.has(words[best]) && !isCapitalized(tokens[best]) || words[best] === '(' || words[best] === ')')) best++;
    return { from: best, code };
  }

  /**
   * "the Minister of Foreign Affairs, European Union and Cooperation of the Kingdom of Spain, José Manuel Albares": a
   * title written out before the comma at `comma`, opened by one of `apposed_title_heads` after "the" or a country's
   * possessive, of capitalised words, "of", "and", "the" and the countries or bodies it names (a comma inside it only
   * before a capitalised word: "the Foreign Minister of Spain, the Prime Minister of Italy, …" is a list). Its start and
   * country, or null.
   */
  private apposedTitle(comma: number): { from: number; code: string | null } | null {
    const { tokens, words, g, claimed } = this;
    let head = -1;
    let code: string | null = null;
    let named = false;
    for (let j = comma - 1; j >= 0 && comma - j <= 24; j--) {
      if (claimed[j] >= 0) break;
      const inCountry = this.countryAt[j];
      const inOrg = this.orgAt[j];
      if (inCountry || inOrg) {
        if (inCountry) code ??= inCountry.m.code;
        named = true;
        j = (inCountry ?? inOrg)!.s.from;
        continue;
      }
      const w = words[j];
      if (isCapitalized(tokens[j]) && !g.functionWords.has(w) && !isPunct(tokens[j])) {
        if (g.apposedTitleHeads.has(w) && words[j - 1] === 'the') head = j;
        // ("Kenya's Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, Musalia Mudavadi": or
        // after a country's possessive, which opens the title.)
        const owner = this.possessorAt(j - 1);
        if (g.apposedTitleHeads.has(w) && owner && claimed[j - 2] < 0) return { from: owner.s.from, code: code ?? owner.m.code };
        continue;
      }
      if (w === ',' && j + 1 < comma && isCapitalized(tokens[j + 1]) && !g.functionWords.has(words[j + 1])) continue;
      if (w === 'of' || w === 'and' || w === 'for' || (w === 'the' && words[j - 1] === 'of')) continue;
      break;
    }
    return head >= 0 && named ? { from: head, code } : null;
  }

  /**
   * Whether the ")" at `close` ends a news credit: "(PTI)" after a date ("June 22 (PTI)"), or naming the article's
   * source ("NEW DELHI (PTI)"). Not "(CPC)" in "the Communist Party of China (CPC) Central Committee".
   */
  private isCredit(close: number): boolean {
    const { words } = this;
    const open = words.lastIndexOf('(', close);
    if (open < 1 || close - open > 4) return false;
    const source = this.doc.document.source?.toLowerCase();
    return /^\d/.test(words[open - 1]) || (source !== undefined && words.slice(open + 1, close).join(' ') === source);
  }

  // ", chairman of the Standing Committee, China's top legislature": appositions after a name belong to it (each
  // under 30 words: a state leader's titles run long, "general secretary of … and president of …").
  private extendAppositionRight(to: number): number {
    const { tokens, words, g } = this;
    let end = to;
    for (let round = 0; round < 2 && wordAt(words, end) === ','; round++) {
      let k = end + 1;
      const segStart = k;
      while (k < tokens.length && words[k] !== ',' && (!g.clauseBoundaries.has(words[k]) || words[k] === '(' || words[k] === ')') && words[k] !== '.' && k - segStart < 30) k++;
      if (k === segStart || k - segStart >= 30) break;
      let ok = true;
      for (let i = segStart; i < k; i++) if (this.personStarts.has(i) || this.cueStarts.has(i) || g.pronounsPerson.has(words[i])) ok = false;
      const first = words[segStart];
      if (!ok || (g.functionWords.has(first) && !['the', 'a', 'an', 'also'].includes(first))) break;
      end = k;
    }
    return end;
  }

  // People, with the titles before and the appositions after their name.
  private addPeople(): void {
    for (const m of nonEmpty(this.mentions.people)) {
      const s = this.range(m);
      const person = this.ctx.peopleById.get(m.personId);
      if (!person || !this.free(s)) continue;
      const left = this.extendTitleLeft(s.from, m.offices?.some((o) => o.includes(' and ')) ?? false);
      const to = this.extendAppositionRight(s.to);
      const span = { from: left.from, to: s.to };
      const party = personParty(this.lex, person, this.textOf(span), m.offices ?? [], left.code);
      const c = newChunk({ from: left.from, to }, 'person', [party], true);
      c.possessive = wordAt(this.words, s.to) === "'s";
      if (c.possessive && c.to === s.to) c.to = s.to + 1;
      this.claim(c);
    }
  }

  private addOrganizations(): void {
    for (const { m, s } of this.orgs) {
      const org = this.ctx.organizationsById.get(m.organizationId);
      if (!org || !this.free(s)) continue;
      // ("Slovenia became the first European Union country to ban …": one of a body's members, not the body.)
      if (ONE_MEMBER_NOUNS.has(this.words[s.to] ?? '') && ONE_OF_BEFORE.has(this.words[s.from - 1] ?? '')) continue;
      // ("a Kenya Airways Boeing 787", "an Airbus A320": a maker's name before a model number names the craft, not the maker.)
      if (org.sector === 'BUS' && MODEL_NUMBER.test(this.tokens[s.to]?.text ?? '')) continue;
      const before = this.countryAt[s.from - 1];
      const from = before && this.claimed[s.from - 1] < 0 ? before.s.from : s.from;
      // "NATO defence ministers": an agent noun after the organisation names its people.
      const agent = this.claimed[s.to] < 0 && !this.cueStarts.has(s.to) ? this.headAfter(s.to) : null;
      // "the Government of India": the body's own country after "of" is part of its name.
      const ofAt = !agent && this.words[s.to] === 'of' ? (this.words[s.to + 1] === 'the' ? s.to + 2 : s.to + 1) : -1;
      const own = ofAt > 0 ? this.countryAt[ofAt] : undefined;
      const to = agent ? agent.to : own && own.s.from === ofAt && own.m.code === org.country && this.free(own.s) ? own.s.to : s.to;
      // "Sudan's U.N. ambassador", "the Kenyan UN envoy": a country's envoy to an international body speaks for the
      // country, not for the body.
      const owner = before ?? this.possessorAt(s.from - 1);
      if (agent && owner && INTERNATIONAL_CODES.has(org.country ?? '') && ENVOY_HEADS.has(this.words[to - 1])) {
        const ownerFrom = before && this.claimed[s.from - 1] < 0 ? before.s.from : s.from;
        if (this.free({ from: ownerFrom, to })) {
          const c = newChunk({ from: ownerFrom, to }, 'country', [countryParty(this.lex, owner.m.code, this.textOf({ from: ownerFrom, to }), 'GOV', true)], true);
          c.head = this.words.slice(s.to, to).join(' ');
          c.headed = true;
          c.mentionKind = 'name';
          this.claim(c);
          continue;
        }
      }
      const c = newChunk({ from, to }, 'org', this.bodyParties(org, s, from, to, before?.m.code ?? null), true);
      if (agent) c.head = this.words.slice(s.to, to).join(' ');
      c.possessive = this.words[to] === "'s";
      if (c.possessive) c.to++;
      this.claim(c);
    }
  }

  /**
   * The parties an organisation stands for: itself, or, for a joint body of two states named by both and by a word
   * that says it is theirs together ("the Joint Norwegian-Russian Fisheries Commission", "the Kenya-Uganda Joint
   * Permanent Commission"), the two states.
   */
  private bodyParties(org: Organization, s: Span, from: number, to: number, fallbackCode: string | null): Party[] {
    const entityText = this.textOf({ from, to });
    if (!org.country && JOINT_BODY.test(org.name)) {
      const codes = new Set<string>();
      // (Not by countryAt: "Norwegian-Russian" is one token with two mentions.)
      for (const c of this.countries) if (c.s.from >= s.from && c.s.to <= s.to) codes.add(c.m.code);
      if (codes.size === 2) return [...codes].map((code) => countryParty(this.lex, code, entityText, 'GOV'));
      // "The Joint Border Committee met in Vanimo": a joint commission, committee or working group named by no state
      // is that of the article's two countries.
      if (codes.size === 0 && JOINT_BODY_HEAD.test(org.name) && this.ctx.dyad.length === 2) {
        return this.ctx.dyad.map((p) => countryParty(this.lex, p.code, entityText, 'GOV'));
      }
    }
    return [orgParty(this.lex, org, entityText, fallbackCode)];
  }

  /** The country mention whose possessive mark stands at `k` ("Ethiopia's", "Laos'"), else undefined. */
  private possessorAt(k: number): Located<CountryMention> | undefined {
    const w = this.words[k];
    return w === "'s" || (w === "'" && wordAt(this.words, k - 1).endsWith('s')) ? this.countryAt[k - 1] : undefined;
  }

  // The agent noun phrase after a country word: "coast guard ships", "foreign ministry spokesperson".
  private headAfter(i: number): Head | null {
    const { tokens, words, g } = this;
    let k = i;
    let skipped = 0;
    while (k < tokens.length && !this.agentAt(k) && skipped < 3) {
      const w = tokens[k];
      if (isPunct(w) && w.lower !== '-' || g.functionWords.has(w.lower) || this.cueStarts.has(k) || this.countryAt[k] || this.claimed[k] >= 0) return null;
      k++;
      skipped++;
    }
    let a = this.agentAt(k);
    if (!a) return null;
    let sector = a.value.sector;
    let person = a.value.person;
    let to = k + a.length;
    let head = words.slice(k, to).join(' ');
    while ((a = this.agentAt(to)) && !this.cueStarts.has(to)) {
      // The last noun is the head: "court workers" are workers, "coast guard ships" keep the coast guard's sector.
      person = a.value.person;
      sector = a.value.sector ?? sector;
      head = words.slice(to, to + a.length).join(' ');
      to += a.length;
    }
    return { to, sector, person, head };
  }

  // "Polish and Czech tourists": a demonym takes the head noun of the demonym it is coordinated with.
  private coordinatedHead(i: number): Head | null {
    if (!['and', 'or', ','].includes(this.words[i])) return null;
    // ("Polish and allied aircraft": a demonym and an adjective of allies share the noun.)
    if (ALLY_ADJECTIVES.has(this.words[i + 1] ?? '')) {
      const head = this.headAfter(i + 2);
      return head ? { to: i, sector: head.sector, person: head.person, head: head.head } : null;
    }
    const next = this.countryAt[i + 1];
    if (!next) return null;
    const head = this.headAfter(next.s.to) ?? this.headOfClaimed(next.s.to) ?? this.coordinatedHead(next.s.to);
    return head ? { to: i, sector: head.sector, person: head.person, head: head.head } : null; // (a literal: see segment/index.ts)
  }

  /**
   * The agent noun that ends the body named from token `k` on, already chunked ("Taliban forces" in "Pakistani and
   * Afghan Taliban forces": the Pakistani side's forces too), or null.
   */
  private headOfClaimed(k: number): Head | null {
    const owner = this.claimed[k] ?? -1;
    if (owner < 0) return null;
    for (let j = k; j < this.words.length && this.claimed[j] === owner; j++) {
      const a = this.agentAt(j);
      if (a && j + a.length - 1 < this.words.length && this.claimed[j + a.length - 1] === owner && this.claimed[j + a.length] !== owner) {
        return { to: j + a.length, sector: a.value.sector, person: a.value.person, head: this.words.slice(j, j + a.length).join(' ') };
      }
    }
    return null;
  }

  /** A relational noun ("neighbour", "ally") at `k`, after at most two lower-case modifiers ("southern", "closest"). */
  private relationalAfter(k: number): boolean {
    for (let j = k; j < k + 3 && j < this.words.length; j++) {
      if (this.g.relationalNouns.has(this.words[j])) return true;
      if (!/^[a-z-]+$/.test(this.tokens[j].text)) return false;
    }
    return false;
  }

  // Countries: names, capitals and demonyms, with the noun phrase they head or qualify.
  private addCountries(): void {
    const { tokens, words, g, doc } = this;
    for (const [n, { m, s }] of this.countries.entries()) {
      if (!this.free(s)) continue;
      let from = s.from;
      let to = s.to;
      // "French-Moroccan tourists", "the Russian-Belarusian exercises": two demonyms joined by a hyphen name both.
      const joined = this.countries[n + 1];
      const pair = (m.kind === 'demonym' || m.kind === 'adjective') && joined && (joined.m.kind === 'demonym' || joined.m.kind === 'adjective') &&
        doc.text.slice(m.end, joined.m.start) === '-' && joined.m.code !== m.code && (joined.s.from === s.from || this.free(joined.s)) ? joined : null;
      if (pair) to = Math.max(to, pair.s.to);
      let agentive = true;
      let sector: string | null = 'GOV';
      let personlike = false;
      let possessive = false;
      let head: string | null = null;
      let taken: Head | null = null;
      const demonym = m.kind === 'demonym' || m.kind === 'adjective';
      // ("China-Vietnam community": a name joined to another by a hyphen; not a name with a hyphen of its own, which is
      // the whole word: "Guinea-Bissau summoned …", "Timor-Leste took Australia to court".)
      const named = doc.text.slice(m.start, m.end);
      const compound = /-/.test(tokens[s.from].text) ? tokens[s.from].text !== named : named.includes('-');
      if (!demonym && words[to] === "'s") {
        // "Turkey's southern neighbour": another party, which the country only locates.
        if (this.relationalAfter(to + 1)) continue;
        possessive = true;
        taken = this.headAfter(to + 1);
        // "the governor of Kyrgyzstan's Batken region": the head of the country's region or city acts for it.
        const local = taken ? null : this.localHeadBefore(from);
        const region = local ? this.placeOfAt(to + 1, m.code) : -1;
        if (local && region > 0) {
          taken = { to: this.withPlaceNoun(region), sector: local.sector, person: true, head: local.head };
          from = local.from;
          possessive = false;
        } else if (!taken) { to += 1; agentive = false; sector = null; }
      } else if (demonym) {
        taken = this.headAfter(to) ?? this.coordinatedHead(to);
        if (taken) { /* the head noun read below */ }
        else if (/s$/.test(words[s.to - 1]) && (to >= tokens.length || isPunct(tokens[to]) || g.functionWords.has(words[to]) || this.cueStarts.has(to) || this.lex.pastForms.has(words[to]) || ATTEMPT_VERBS.has(words[to]))) sector = 'CVL'; // "Kenyans protested", "Americans held in Iran", "Jordanians tried to storm"
        else { agentive = false; sector = null; }
      } else {
        // "U.S. B-2 bombers": a model name may stand between the country and its agent noun.
        let k = to;
        while (k < to + 2 && k < tokens.length && /\d/.test(words[k]) && this.claimed[k] < 0) k++;
        const a = this.agentAt(k);
        if (a && !this.cueStarts.has(k)) taken = { to: k + a.length, sector: a.value.sector, person: a.value.person, head: words.slice(k, k + a.length).join(' ') };
        else if (compound || g.thingNouns.has(words[to] ?? '')) { agentive = false; sector = null; } // "China-Vietnam community", "U.S. dollars"
      }
      if (taken) {
        to = Math.max(to, taken.to);
        sector = taken.sector;
        personlike = taken.person;
        head = taken.head;
      }
      if (!demonym && !possessive) {
        // "the presidents of Kenya", "ministers from Brazil": the agent noun before "of"/"from".
        let k = from - 1;
        if (words[k] === 'the') k--;
        if ((words[k] === 'of' || words[k] === 'from') && k > 0) {
          const agent = this.lex.agents.matchEndingAt(words, k);
          if (agent && this.claimed[k - agent.length] < 0) {
            from = k - agent.length;
            sector = agent.value.sector;
            personlike = agent.value.person;
            head = words.slice(from, k).join(' ');
            agentive = true;
          }
        }
      }
      const parties = [countryParty(this.lex, m.code, this.textOf({ from, to }), sector, personlike)];
      if (pair) parties.push(countryParty(this.lex, pair.m.code, this.textOf({ from, to }), sector, personlike));
      const c = newChunk({ from, to }, 'country', parties, agentive);
      // ("Burkina Faso's junta" ends in its head, not in 's: it is no possessive.)
      c.possessive = possessive && !taken;
      c.mentionKind = m.kind;
      c.head = head;
      c.headed = head !== null || (demonym && agentive);
      if (m.kind === 'capital') c.place = { name: doc.text.slice(m.start, m.end), country: m.code, kind: 'capital' };
      this.claim(c);
    }
  }

  /** The end of a place's name at `to`, taking the noun of its kind after it when free ("Batken region"). */
  private withPlaceNoun(to: number): number {
    return this.g.placeNouns.has(this.words[to] ?? '') && this.claimed[to] < 0 ? to + 1 : to;
  }

  /** The token after a place mention of country `code` that starts at token `at` and is free, or -1. */
  private placeOfAt(at: number, code: string): number {
    for (const p of nonEmpty(this.mentions.places)) {
      const r = this.range(p);
      if (r.from === at && p.country === code && this.free(r)) return r.to;
    }
    return -1;
  }

  // "The two Koreas", "both Sudans", "the Baltic states": a fixed group of countries (data/events/collectives.tsv)
  // that acts as all of them together; its determiner belongs to it.
  /** "five" in "the five Central Asian states": a count of a collective's members (two or more), or undefined. */
  private memberCount(word: string): number | undefined {
    const n = this.lex.numberWords.get(word);
    return n !== undefined && n >= 2 ? n : undefined;
  }

  private addCollectives(): void {
    const { tokens, words, g } = this;
    for (let i = 0; i < tokens.length; i++) {
      if (!this.lex.collectiveStarts.has(words[i])) continue;
      const det = g.pairDeterminers.matchAt(words, i) ?? (words[i] === 'the' ? { length: 1 } : null);
      let at = det ? i + det.length : i;
      let m = this.lex.collectives.matchAt(words, at);
      // "the five Central Asian states", "six Gulf states": a count of its members belongs to the name.
      const count = this.memberCount(words[at]);
      if (!m && count) {
        const counted = this.lex.collectives.matchAt(words, at + 1);
        if (counted && counted.value.length === count) [m, at] = [counted, at + 1];
      }
      if (!m || !this.free({ from: i, to: at + m.length })) continue;
      // "three Gulf states": a count that is not the group's own names only some of its members.
      const before = this.memberCount(words[i - 1] ?? '');
      if (before && before !== m.value.length) continue;
      const to = at + m.length;
      // "the presidents of five Central Asian nations", "leaders of the Baltic states": the agent noun before "of", as
      // for a country.
      let from = i;
      let sector = 'GOV';
      let personlike = false;
      let head: string | null = null;
      if ((words[i - 1] === 'of' || words[i - 1] === 'from') && i > 1) {
        const agent = this.lex.agents.matchEndingAt(words, i - 1);
        if (agent && this.claimed[i - 1 - agent.length] < 0) {
          from = i - 1 - agent.length;
          sector = agent.value.sector ?? 'GOV';
          personlike = agent.value.person;
          head = words.slice(from, i - 1).join(' ');
        }
      }
      const text = this.textOf({ from, to });
      // (Parties lists are built in loops, not with .map(): see located().)
      const parties: Party[] = [];
      for (const code of m.value) parties.push(countryParty(this.lex, code, text, sector, personlike));
      const c = newChunk({ from, to }, 'country', parties, true);
      c.head = head;
      c.headed = head !== null;
      c.mentionKind = 'name';
      c.possessive = words[to] === "'s" || words[to] === "'";
      if (c.possessive) c.to++;
      this.claim(c);
      i = c.to - 1;
    }
  }

  // Places (cities, regions, seas): where an event happens, or the destination of a visit.
  private addPlaces(): void {
    for (const p of nonEmpty(this.mentions.places)) {
      const s = this.range(p);
      if (!this.free(s)) {
        // "at the White House", "at the Kremlin": a body named after the building it sits in is also where an event
        // held there took place (its city).
        const org = this.claimed[s.from] >= 0 ? this.chunks[this.claimed[s.from]] : null;
        // (So is one whose building's name holds it: "at United Nations headquarters".)
        const within = org !== null && org.from === s.from && org.to < s.to && p.kind === 'landmark';
        if (org?.kind === 'org' && p.city && ((org.to >= s.to && org.to - s.to <= 1) || within)) org.place = { name: p.name, country: p.country, kind: p.kind, city: p.city };
        continue;
      }
      // "The governor of Mombasa", "the Chairman of Sughd region": the head of a region or city acts for its country.
      const local = p.country ? this.localHeadBefore(s.from) : null;
      if (local) {
        const to = this.withPlaceNoun(s.to);
        // (A party, as "the governor of Kenya's Mombasa county" is: the place it heads is not where it acts.)
        const c = newChunk({ from: local.from, to }, 'country', [countryParty(this.lex, p.country!, this.textOf({ from: local.from, to }), local.sector, true)], true);
        c.mentionKind = 'name';
        c.head = local.head;
        c.headed = true;
        this.claim(c);
        continue;
      }
      // "Bavaria's state premier", "Prague's mayor": so does the head after the region's or city's possessive.
      const owned = p.country ? this.localHeadAfter(s.to) : null;
      if (owned) {
        const c = newChunk({ from: s.from, to: owned.to }, 'country', [countryParty(this.lex, p.country!, this.textOf({ from: s.from, to: owned.to }), owned.sector, true)], true);
        c.mentionKind = 'name';
        c.head = owned.head;
        c.headed = true;
        this.claim(c);
        continue;
      }
      const c = newChunk(s, 'place', p.country ? [countryParty(this.lex, p.country, p.name, 'GOV')] : [], false);
      c.place = { name: p.name, country: p.country, kind: p.kind, ...(p.city ? { city: p.city } : {}) };
      this.claim(c);
    }
  }

  /** "the governor of (the) …": a head of a region or city (LOCAL_HEADS) and "of" right before token `at`, free. */
  private localHeadBefore(at: number): { from: number; head: string; sector: string | null } | null {
    let k = at - 1;
    if (this.words[k] === 'the') k--;
    if (this.words[k] !== 'of' || k < 1) return null;
    const agent = this.lex.agents.matchEndingAt(this.words, k);
    if (!agent || this.claimed[k - agent.length] >= 0) return null;
    const head = this.words.slice(k - agent.length, k).join(' ');
    return LOCAL_HEADS.has(head) ? { from: k - agent.length, head, sector: agent.value.sector } : null;
  }

  /** "'s state premier", "'s governing mayor": a possessive mark at `at`, words of rank, and a head of a region or city
   *  (LOCAL_HEADS), free: the token after the head and the head, else null. */
  private localHeadAfter(at: number): { to: number; head: string; sector: string | null } | null {
    if (this.words[at] !== "'s" && this.words[at] !== "'") return null;
    let k = at + 1;
    while (LOCAL_RANKS.has(this.words[k] ?? '')) k++;
    const agent = this.lex.agents.matchAt(this.words, k);
    if (!agent || this.claimed[k] >= 0) return null;
    const head = this.words.slice(k, k + agent.length).join(' ');
    return LOCAL_HEADS.has(head) ? { to: k + agent.length, head, sector: agent.value.sector } : null;
  }

  // "Police", "gunmen", "protesters": a group named without its country, which resolveChunks takes from the
  // place of the act. An agent noun right after it is its head ("government forces", "opposition leaders").
  private addGroups(): void {
    const { tokens, words, claimed } = this;
    for (let i = 0; i < tokens.length; i++) {
      if (claimed[i] >= 0) continue;
      const m = this.lex.groups.matchAt(words, i);
      // "Hundreds of thousands": a quantity before "of" counts what follows it.
      if (!m || (words[i + m.length] === 'of' && this.g.quantityNouns.has(words[i]))) continue;
      // ("The two men had spoken by telephone": the pair of people named before, addPairs'.)
      if (((words[i - 1] === 'two' && words[i - 2] === 'the') || words[i - 1] === 'both') && this.g.pairPersonHeads.matchAt(words, i)) continue;
      let to = i + m.length;
      let sector = m.value.sector;
      const head = this.lex.agents.matchAt(words, to);
      if (head && !this.cueStarts.has(to)) {
        to += head.length;
        sector = head.value.sector ?? sector;
      }
      if (!this.free({ from: i, to }) || this.modifiesNoun(to)) continue;
      // "ELN rebels", "Hamas fighters": the group noun heads the organisation or country named before it.
      const prev = i > 0 && claimed[i - 1] >= 0 ? this.chunks[claimed[i - 1]] : null;
      if (prev && prev.to === i && !prev.possessive && (prev.kind === 'org' || (prev.kind === 'country' && !prev.headed))) {
        for (let k = i; k < to; k++) claimed[k] = claimed[i - 1];
        prev.to = to;
        prev.agentive = true;
        const parties: Party[] = [];
        for (const p of prev.parties) parties.push(partyWith(p, { sector: p.sector ?? sector, entityText: this.textOf(prev) }));
        prev.parties = parties;
        i = to - 1;
        continue;
      }
      const party = countryParty(this.lex, '', this.textOf({ from: i, to }), sector);
      party.group = words.slice(i, to).join(' ');
      const c = newChunk({ from: i, to }, 'group', [party], true);
      // "his government": whose it is, resolveChunks reads from the pronoun.
      if (i > 0 && this.g.possessivePronouns.has(words[i - 1]) && claimed[i - 1] < 0) c.word = words[i - 1];
      c.possessive = words[to] === "'s";
      if (c.possessive) c.to++;
      this.claim(c);
      i = c.to - 1;
    }
  }

  /** "military exercises", "police station", "government plans": a lower-case word after a group noun that is
   *  neither a verb of a cue, a past form, a function word, a preposition ("nurses across the country") nor an
   *  adverb makes the group noun a modifier. */
  private modifiesNoun(k: number): boolean {
    const t = this.tokens[k];
    if (!t || isPunct(t) || isCapitalized(t)) return false;
    const w = t.lower;
    return w !== "'s" && !this.cueStarts.has(k) && !this.lex.pastForms.has(w) && !this.g.functionWords.has(w) && !this.g.prepositions.has(w) && !this.g.skippable.has(w) && !/ed$/.test(w);
  }

  // "the two sides", "both countries", "the general secretaries of the two parties".
  /**
   * "the two leftist leaders", "the two neighbouring countries": after a pair's determiner, up to two modifiers (free words
   * of letters, no function word and no cue) before a pair head; `at` itself when no head follows them.
   */
  private pastPairModifiers(at: number): number {
    const { words, g, claimed } = this;
    if (g.pairPersonHeads.matchAt(words, at) || g.pairCountryHeads.matchAt(words, at)) return at;
    for (let k = at; k < at + PAIR_MODIFIERS && k < words.length; k++) {
      if (claimed[k] >= 0 || g.functionWords.has(words[k]) || this.cueStarts.has(k) || !PAIR_MODIFIER.test(this.tokens[k].text)) return at;
      if (g.pairPersonHeads.matchAt(words, k + 1) || g.pairCountryHeads.matchAt(words, k + 1)) return k + 1;
    }
    return at;
  }

  private addPairs(): void {
    const { tokens, words, g, claimed } = this;
    for (let i = 0; i < tokens.length; i++) {
      if (claimed[i] >= 0 || !g.pairStarts.has(words[i])) continue;
      // "Talks on a peace treaty resumed in Almaty in May": talks that open the sentence with no party named are
      // the article's two countries', when a cue opens with them.
      // (So is fighting that opens it, also after "The": "The fighting broke out near the temple".)
      const fighting = g.pairFightingNouns.has(words[i]) && (i === 0 || (i === 1 && words[0] === 'the'));
      if ((g.pairMeetingNouns.has(words[i]) || fighting) && this.cueStarts.has(i) && words[i + 1] !== 'between' && (fighting || i === 0 || (i === 1 && isCapitalized(tokens[0]) && !g.functionWords.has(words[0])))) {
        const c = newChunk({ from: i, to: i + 1 }, 'pair', [], true);
        c.pairOf = 'country';
        c.word = words[i];
        this.claim(c);
        continue;
      }
      // "The agreement, which was signed on Tuesday, …": likewise for an agreement signed with no party named.
      // (It is no acting party of the sentence's other verbs: "… , sets out joint patrols" is no act.)
      // (Anywhere in the sentence when a date follows its participle: "ties rest on a treaty of friendship signed in 1951".)
      if (g.pairAgreementNouns.has(words[i]) && this.cueStarts.has(i) && (i === 0 || (i === 1 && (words[0] === 'the' || words[0] === 'this')) || this.signedOnDate(i))) {
        const c = newChunk({ from: i, to: i + 1 }, 'pair', [], false);
        c.pairOf = 'country';
        c.word = words[i];
        this.claim(c);
        continue;
      }
      const described = this.describedPair(i);
      if (described > i) {
        const c = newChunk({ from: i, to: described }, 'pair', [], true);
        c.pairOf = 'country';
        c.word = words[described - 1];
        this.claim(c);
        i = c.to - 1;
        continue;
      }
      const named = g.pairDeterminers.matchAt(words, i);
      const det = named ?? this.bareSubjectPair(i);
      const at = det ? this.pastPairModifiers(i + det.length) : i;
      // (A country head counts only after a determiner: "both sides", not "sides".)
      // (Not a head that modifies a plural noun after it, "their air services agreements": a verb after a plural subject
      // takes no -s, but for VERBS_IN_S; nouns in -us are singular, "the two sides focus".)
      const headed = det ? g.pairCountryHeads.matchAt(words, at) : null;
      const after = words[at + (headed?.length ?? 0)] ?? '';
      const country = headed && !(this.modifiesNoun(at + headed.length) && /[^su]s$/.test(after) && !VERBS_IN_S.has(after)) ? headed : null;
      const person = g.pairPersonHeads.matchAt(words, at);
      if (det && country && !person) {
        const c = newChunk({ from: i, to: at + country.length }, 'pair', [], true);
        c.pairOf = 'country';
        c.word = words.slice(at, at + country.length).join(' ');
        this.claim(c);
        i = c.to - 1;
      } else if (person) {
        // ("ministers from the two countries" too.)
        const link = words[at + person.length];
        const ofTwo = ((link === 'of' || link === 'from') && g.pairDeterminers.matchAt(words, at + person.length + 1)) || null;
        const tail = ofTwo ? g.pairCountryHeads.matchAt(words, at + person.length + 1 + ofTwo.length) : null;
        if (!det && !tail) continue;
        const to = tail && ofTwo ? at + person.length + 1 + ofTwo.length + tail.length : at + person.length;
        // "Defense ministers of the two countries": the title word before belongs to the pair.
        const from = !det && i > 0 && claimed[i - 1] < 0 && isCapitalized(tokens[i - 1]) && !g.functionWords.has(words[i - 1]) ? i - 1 : i;
        const c = newChunk({ from, to }, 'pair', [], true);
        c.pairOf = 'person';
        c.barePair = !named && Boolean(det);
        c.word = words.slice(at, at + person.length).join(' ');
        this.claim(c);
        i = c.to - 1;
      } else if (words[i] === 'both' && BOTH_AFTER.has(words[i - 1] ?? '') && this.cueStarts.has(g.pairBareAdverbs.has(words[i + 1] ?? '') ? i + 2 : i + 1)) {
        // "…, in which both agreed to …", "Both pledged …": a bare "both" opening a clause right before a cue's verb
        // is the two people named before, as "the two" is (not "Kenya and Uganda both agreed": that list is the subject).
        const c = newChunk({ from: i, to: i + 1 }, 'pair', [], true);
        c.pairOf = 'person';
        c.word = 'two';
        this.claim(c);
      } else if (named && words[i] === 'the' && words[at - 1] === 'two' && this.cueStarts.has(g.pairBareAdverbs.has(words[at] ?? '') ? at + 1 : at)) {
        // "…, where the two signed a memorandum": "the two" with no head right before a cue's verb is the two people
        // named before (else the two countries).
        const c = newChunk({ from: i, to: at }, 'pair', [], true);
        c.pairOf = 'person';
        c.word = 'two';
        this.claim(c);
        i = c.to - 1;
      }
    }
  }

  /**
   * "The leaders agreed", "the delegations then signed": "the" and a pair head right before a cue's verb (or
   * "also", "then" and one) name the pair as a subject, as "the two leaders" does; "the leaders of the G7" and
   * "met the leaders" do not.
   */
  private bareSubjectPair(i: number): { length: number } | null {
    const { words, g } = this;
    if (words[i] !== 'the') return null;
    const head = g.pairPersonHeads.matchAt(words, i + 1) ?? g.pairBareHeads.matchAt(words, i + 1);
    if (!head) return null;
    let k = i + 1 + head.length;
    if (g.pairBareAdverbs.has(words[k] ?? '')) k++;
    return this.cueStarts.has(k) ? { length: 1 } : null;
  }

  /** The end of "the nuclear-armed neighbours" (the, one or two free modifiers, a described head) at `i`, else -1. */
  private describedPair(i: number): number {
    const { words, g, claimed } = this;
    if (words[i] !== 'the') return -1;
    for (let k = i + 1; k <= i + 2 && k < words.length; k++) {
      if (claimed[k] >= 0 || g.functionWords.has(words[k]) || this.cueStarts.has(k) || isPunct(this.tokens[k])) return -1;
      const head = g.pairDescribedHeads.matchAt(words, k + 1);
      if (head && claimed[k + 1] < 0) return k + 1 + head.length;
    }
    return -1;
  }

  // "the Southeast Asian country": a description of the last country named.
  private addDescriptions(): void {
    const { tokens, words, g, claimed } = this;
    for (let i = 0; i < tokens.length; i++) {
      if (words[i] !== 'the' || claimed[i] >= 0) continue;
      for (let k = i + 1; k <= i + 4 && k < tokens.length && claimed[k] < 0; k++) {
        const noun = g.countryNouns.matchAt(words, k);
        // ("Uganda was the first country to send troops": a country ranked by an ordinal is told of, not referred back to.)
        if (noun && k > i && RANKING.has(words[i + 1])) break;
        if (noun && k > i) {
          const c = newChunk({ from: i, to: k + noun.length }, 'description', [], true);
          c.possessive = words[k + noun.length] === "'s";
          if (c.possessive) c.to++;
          this.claim(c);
          break;
        }
        if (g.functionWords.has(words[k]) || isPunct(tokens[k])) break;
      }
      // "the premier's visit", "the president said": a bare title, resolved to the latest person named holding it
      // (resolveChunks). Not "the president of Kenya" nor "the president Xi".
      const title = claimed[i] < 0 && claimed[i + 1] < 0 ? g.bareTitles.matchAt(words, i + 1) : null;
      const end = title ? i + 1 + title.length : 0;
      if (title && claimed[end - 1] < 0 && words[end] !== 'of' && !(tokens[end] && UPPER_FIRST.test(tokens[end].text))) {
        const c = newChunk({ from: i, to: end }, 'description', [], true);
        c.head = words.slice(i + 1, end).join(' ');
        c.possessive = words[end] === "'s";
        if (c.possessive) c.to++;
        this.claim(c);
        continue;
      }
      // "The North fired …": a half of a divided country, resolved only where the article names it (resolveChunks).
      const half = tokens[i + 1];
      const after = tokens[i + 2];
      if (half && claimed[i] < 0 && claimed[i + 1] < 0 && g.dividedHalves.has(words[i + 1]) && UPPER_FIRST.test(half.text) &&
        !(after && (words[i + 2] === 'of' || UPPER_FIRST.test(after.text)))) {
        const c = newChunk({ from: i, to: i + 2 }, 'description', [], true);
        c.word = words[i + 1];
        c.possessive = words[i + 2] === "'s";
        if (c.possessive) c.to++;
        this.claim(c);
      }
    }
  }

  // Pronouns; "his" before a noun phrase that is already a party is only a determiner.
  private addPronouns(): void {
    const { tokens, words, g, claimed } = this;
    for (let i = 0; i < tokens.length; i++) {
      const w = words[i];
      if (claimed[i] >= 0 || !g.pronouns.has(w)) continue;
      // ("her" before a function word or punctuation is the object: "urged her to", "handed her a letter".)
      const possessive = g.possessivePronouns.has(w) && !(w === 'her' && (g.functionWords.has(words[i + 1]) || !LETTER.test(words[i + 1] ?? '.')));
      const head = possessive && claimed[i + 1] < 0 ? this.headAfter(i + 1) : null;
      // "Their defence ministers signed …": "their" and the people it heads act as "they" would (not "their
      // counterparts", the others, nor people owning what follows: "their annual leaders' dialogue").
      // (So does "its" before armed men or their weapons: "its forces fired on …", "its warplanes struck …".)
      const armed = w === 'its' && head !== null && (head.sector === 'MIL' || head.sector === 'COP');
      if ((w === 'their' || armed) && head && !head.head.startsWith('counterpart') && !this.cueStarts.has(head.to - 1) && words[head.to] !== "'" && words[head.to] !== "'s") {
        const c = newChunk({ from: i, to: head.to }, 'pronoun', [], true);
        c.word = w;
        c.head = head.head;
        this.claim(c);
        continue;
      }
      // "Lawrence Wong and his host witnessed the signing", "Ruto and his counterpart": the other side of the meeting.
      if ((w === 'his' || w === 'her') && claimed[i + 1] < 0 && OTHER_SIDE.has(words[i + 1] ?? '') && !UPPER_FIRST.test(this.tokens[i + 2]?.text ?? '')) {
        const c = newChunk({ from: i, to: i + 2 }, 'pronoun', [], true);
        c.word = words[i + 1];
        this.claim(c);
        i++;
        continue;
      }
      if (possessive && (claimed[i + 1] >= 0 || head)) continue;
      const c = newChunk({ from: i, to: i + 1 }, 'pronoun', [], true);
      c.word = w;
      c.possessive = possessive;
      this.claim(c);
    }
  }

  /** Orders the chunks, joins a party to the description it leads or stands in apposition to, and marks
   *  modifiers and the preposition before each chunk. */
  private joinAndMark(): Chunk[] {
    const { chunks, words, g } = this;
    chunks.sort((a, b) => a.from - b.from);
    // "A Vietnamese delegation led by Le Hoai Trung": the person who leads it is the party.
    for (let i = 0; i + 1 < chunks.length; i++) {
      const c = chunks[i];
      const next = chunks[i + 1];
      if ((words[c.to] === 'led' || words[c.to] === 'headed') && words[c.to + 1] === 'by' && next.from === c.to + 2 && next.kind === 'person') {
        const text = this.textOf({ from: c.from, to: next.to });
        c.parties = withEntityText(next.parties, text);
        c.kind = 'person';
        c.to = next.to;
        chunks.splice(i + 1, 1);
      }
    }
    // "Hackers linked to North Korea": a group of no country tied to a party takes its country (grammar.yaml
    // affiliations); the party stays a chunk of its own.
    for (let i = 0; i + 1 < chunks.length; i++) {
      const c = chunks[i];
      let n = c.to + 2;
      if (words[n] === 'the') n++;
      const next = chunks[i + 1];
      if (c.kind !== 'group' || c.parties.length !== 1 || c.parties[0].code) continue;
      // ("two officers of China's Ministry of State Security", "hackers from Russia's military intelligence": so is one
      // "of" or "from" a body or a country's agent, not one "of" a thing, "victims of Israeli strikes".)
      const of = words[c.to] === 'of' || words[c.to] === 'from' ? (words[c.to + 1] === 'the' ? c.to + 2 : c.to + 1) : -1;
      const member = next.from === of && (next.kind === 'org' || (next.kind === 'country' && next.agentive && next.headed));
      if (!member && (next.from !== n || !g.affiliations.has(`${words[c.to]} ${words[c.to + 1]}`))) continue;
      const code = next.parties.find((p) => p.code)?.code;
      if (code) c.parties = [partyWith(c.parties[0], { code })];
    }
    // "Gabriela Sommerfeld of Ecuador and Laura Sarabia of Colombia": a person's country after "of" is part of the
    // person's name phrase, no party of its own.
    for (let i = 0; i + 1 < chunks.length; i++) {
      const c = chunks[i];
      const next = chunks[i + 1];
      const code = c.parties[0]?.code;
      if (c.kind === 'person' && c.parties.length === 1 && words[c.to] === 'of' && next.from === c.to + 1 && next.kind === 'country' && next.mentionKind === 'name' &&
        !next.headed && !next.possessive && next.parties.length === 1 && (!code || code === next.parties[0].code)) {
        if (!code) c.parties = [partyWith(c.parties[0], { code: next.parties[0].code })];
        c.to = next.to;
        chunks.splice(i + 1, 1);
      }
    }
    // "his Japanese counterpart, Yoshimasa Hayashi,": a title and the name in apposition are one party.
    for (let i = 0; i + 1 < chunks.length; i++) {
      const c = chunks[i];
      const next = chunks[i + 1];
      if (c.kind === 'country' && c.parties[0]?.personlike && words[c.to] === ',' && next.from === c.to + 1 && next.kind === 'person' && next.parties[0]?.code === c.parties[0].code) {
        const text = this.textOf({ from: c.from, to: next.to });
        c.parties = withEntityText(next.parties, text);
        c.kind = 'person';
        c.to = next.to;
        chunks.splice(i + 1, 1);
      }
    }
    for (let i = 1; i < chunks.length; i++) {
      const before = chunks[i - 1];
      if (before.possessive && before.to === chunks[i].from) chunks[i].modifier = true;
    }
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i];
      let k = c.from - 1;
      while (k >= 0 && DETERMINERS.has(words[k]) && k >= c.from - 2) k--;
      const prep = k >= 0 && g.prepositions.has(words[k]) && !countOpening(words, k) ? words[k] : null;
      c.prep = prep;
      c.locative = prep !== null && g.locative.has(prep);
      // "held talks in the Chinese capital, Beijing, and …": a name set off after a place is where, like the place.
      const place = i > 0 ? chunks[i - 1] : null;
      if (prep === null && place !== null && place.kind === 'place' && place.locative && place.to === c.from - 1 && words[place.to] === ',' && words[c.to] === ',') {
        c.prep = place.prep;
        c.locative = true;
      }
      // "in the eastern city of Lublin": the place noun's locative preposition reaches the name.
      if (prep === 'of' && c.kind === 'place' && g.placeNouns.has(words[k - 1] ?? '')) {
        for (let j = k - 2; j >= 0 && j >= k - 5; j--) {
          if (g.locative.has(words[j])) {
            c.locative = true;
            break;
          }
          if (g.prepositions.has(words[j])) break;
        }
      }
      // "Orban slammed Brussels": the capital stands for the body seated there, not for its country.
      const body = c.mentionKind === 'capital' && !c.locative && c.to - c.from === 1 ? g.capitalBodies.get(words[c.from]) : undefined;
      if (body) c.parties = [countryParty(this.lex, body, this.textOf(c), 'GOV')];
    }
    return chunks;
  }
}

/** A model's number after its maker's name: "777", "A320", "737-800". */
const MODEL_NUMBER = /^[A-Z]?\d{3}(?:-\d+)?$/;

/** Heads of a visiting party that the article names again with "the" ("the delegation"). */
const VISITING_HEADS = new Set(['delegation', 'delegations']);
/** "14-member": a group's size before its head. */
const GROUP_SIZE = /^\d+-(?:member|strong|person)$/;

/** Heads of a country's regions and cities, which act for the country ("the governor of Mombasa"). */
const LOCAL_HEADS = new Set(['governor', 'governors', 'mayor', 'mayors', 'premier', 'premiers', 'chief minister', 'chief ministers', 'chairman']);

/** Counts that open a subject with "of" ("The first of several UAE aircraft landed", "Two of the Kenyan ministers"). */
const OPENING_COUNTS = new Set(['first', 'last', 'second', 'third', 'one', 'two', 'three', 'four', 'five', 'some', 'most', 'many', 'several', 'all', 'each', 'both', 'half']);

/** Whether the "of" at `of` follows such a count at the start of the sentence or after a dateline's dash or colon. */
function countOpening(words: string[], of: number): boolean {
  if (words[of] !== 'of' || !OPENING_COUNTS.has(words[of - 1] ?? '')) return false;
  let j = of - 2;
  if (words[j] === 'the') j--;
  return j < 0 || words[j] === '--' || words[j] === '-' || words[j] === '—' || words[j] === ':';
}

// Every field, barePair too (set later on pairs): chunks of one hidden class, read all over the events stage.
function newChunk(s: Span, kind: ChunkKind, parties: Party[], agentive: boolean): Chunk {
  const c: Chunk = {
    from: s.from, to: s.to, kind: 'pair', parties, agentive, possessive: false, prep: null, locative: false, place: null, word: null,
    pairOf: null, mentionKind: null, headed: false, modifier: false, head: null, barePair: false,
  };
  // (Written apart: V8 takes a field no object has had rewritten for a constant, and the first chunk to change
  // kind, rare and late (joinAndMark), threw away the optimised code of some twenty functions that read chunks.)
  c.kind = kind;
  return c;
}
