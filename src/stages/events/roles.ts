// Who did what to whom around one cue: the subject before it (through appositions, relative clauses and
// coordination), the object after it, the "by" agent of a passive, and the owner of a noun ("Xi's visit").
import type { Cue, EventGrammar, EventsLexicon } from '../../lexicon/events.ts';
import { firstChunkFrom, type Chunk } from './chunks.ts';
import { AUX_BEFORE_BASE, type CueSpan } from './cues.ts';
import { CLAUSE_VERB_REACH, clauseOpensAt, datedAt, decisionNounBefore, isPunctWord, shortNameBracketAfter, shortNameBracketBefore } from './clause.ts';
import { APPOSITION_OPENERS, wordAt } from './tokens.ts';
import type { SentenceView } from './view.ts';
import { codeSet, type Party } from './parties.ts';

export interface CueParties {
  subject: Chunk[];
  /** "his", "Xi's" right before a noun cue. */
  owner: Chunk | null;
  object: Chunk[];
  byAgent: Chunk[];
  passive: boolean;
  /** "… visited Beijing and met with …": the actor of the previous cue in the sentence. */
  inherit: boolean;
  /** With `inherit`: the subject of the clause before "and", for when its cue coded no act ("welcomed the
   * transfer of power and commended …"). */
  inherited: Chunk[];
  /** "supported each other": every party acts. */
  reciprocal: boolean;
  /** "summoned the envoy to protest …": an infinitive of purpose shares the subject of the cue before. */
  infinitive: boolean;
  /** "spoke with Anutin and with Hun Manet": the repeated preposition makes each object a separate occurrence. */
  separate: boolean;
}

/** Auxiliaries and adverbs of a finite verb ("were deployed", "also signed"). */
const FINITE_AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'shall', 'did', 'does', 'do',
  'also', 'then', 'later', 'not', "n't", 'never']);
/** Words between a subject and its verb: those, "to" and a few adverbs. */
const AUX = new Set([...FINITE_AUX, 'jointly', 'to', 'reportedly', 'again', 'recently', 'firmly', 'strongly']);
const COORD = new Set(['and', ',', '&', 'or']);
const NOMINAL_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** Verbs of a meeting whose direct object is its topic, no side of it ("discussed Gaza"). */
const TOPIC_VERBS = new Set(['discuss', 'discusses', 'discussed', 'discussing']);
/** Prepositions before "the" and an act named by its verb ("in the killing of"): the act is a topic. */
const TOPIC_PREPS = new Set(['in', 'into', 'over', 'about', 'to', 'with']);
const MODIFIER_MAX = 4;
const MEETING_PREPS = new Set(['with', 'between', 'and']);
/** Nouns of a shared frontier: "the border with Afghanistan" names a neighbour, no side of a meeting. */
const FRONTIER_NOUNS = new Set(['border', 'borders', 'frontier', 'frontiers', 'boundary']);
/** Types whose other side is never a party "at" or "during" something (grammar.yaml venue_prepositions). */
const VENUE_BLIND = new Set(['SUPPORT', 'AGREE']);
/** Participles that open a meeting's topics after a comma (", discussing …"). */
const TOPIC_PARTICIPLES = new Set(['discussing', 'focusing', 'addressing', 'covering', 'reviewing', 'exchanging', 'touching']);
/** Words that end the reach of a cue's object: another clause begins. */
/** Verbs that adopt a text, whose act the text's -ing form or relative clause then tells ("passed a law banning …",
 *  "adopted a resolution that condemns …"). */
const ADOPTING = new Set(['adopted', 'adopts', 'adopt', 'adopting', 'passed', 'passes', 'pass', 'passing', 'approved', 'approves', 'approve',
  'issued', 'issues', 'issue', 'signed', 'signs', 'sign', 'voted', 'votes', 'backed', 'endorsed', 'introduced', 'tabled', 'unanimously']);
/** How far before the text a verb adopting it may stand. */
const ADOPTED_REACH = 5;

const OBJECT_BOUNDARIES = new Set([';', ':', 'who', 'which', 'whom', 'where', 'while', 'whereas', 'because', 'although', 'though', 'but']);
// \p{…} patterns stand in module constants (see lexicon/tokens.ts).
const NO_WORD_CHARACTER = /^[^\p{L}\p{N}-]+$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

export function findParties(view: SentenceView, span: CueSpan, cue: Cue, lex: EventsLexicon): CueParties {
  // "the Hungarian ambassador had been summoned": a by_state pattern that names what was acted on before its passive
  // verb is a passive too.
  const passive = isPassive(view, span, lex) || (cue.byState && span.to - span.from >= 3 && lex.grammar.be.has(view.words[span.to - 2]) && lex.pastForms.has(view.words[span.to - 1]));
  const owner = cue.noun ? ownerOf(view, span.from, lex) : adjectiveOwner(view, span.from, lex, cue.type === 'ASSAULT' || cue.type === 'COERCE');
  // "Russia condemned Tuesday's talks between Japan and South Korea": a noun whose parties follow "between" has no
  // subject of the clause among them.
  const between = cue.noun && view.words[span.to - 1] === 'between';
  // "Biden condemned the attack", "the UN chief condemned the bombing of a school": a verb's pattern read as a noun
  // right after a verb of reaction and a determiner names an act whose agent is not the clause's subject (only its
  // owner or "by" phrase); "teachers began a strike", "witnessed the signing" are the subject's own.
  // So does an act of force named by its noun with "of" its victims and "by" its agent anywhere ("lodged a protest over
  // the killing of a Bangladeshi teenager by Indian border guards": the guards' act, not Dhaka's).
  // (And an act of force named so after a preposition: "named him a person of interest in the killing of a Sikh
  // leader", "linked India to the bombing" tell who is suspected, not that the clause's subject acted.)
  const force = cue.type === 'ASSAULT' || cue.type === 'COERCE';
  const nominal = (!cue.noun && NOMINAL_DETERMINERS.has(wordAt(view.words, span.from - 1)) &&
    (lex.grammar.reactionVerbs.has(wordAt(view.words, span.from - 2)) || (force && wordAt(view.words, span.from - 1) === 'the' && TOPIC_PREPS.has(wordAt(view.words, span.from - 2))) ||
      (force && wordAt(view.words, span.to) === 'of' && byAfterVictims(view, span.to)))) ||
    forceNounByAgent(view, span, cue, lex) || nounByAgent(view, span, cue);
  const joined = owner || cue.ownerOnly || between || nominal ? -1 : joinedBefore(view, span, lex);
  const subj: { chunks: Chunk[]; inherit: boolean; inherited?: Chunk[] } = owner || cue.ownerOnly || between || nominal ? { chunks: [], inherit: false }
    : findSubject(view, joined >= 0 ? { ...span, from: joined } : span, lex, cue.type !== 'CONSULT', cue.subjectAdjacent);
  const byAgent = findByAgent(view, span, cue.agentAfter, lex.grammar, passive);
  // ("…, which Belgrade called a provocation": the party in a slot right after the pattern's first word, one of the cue's
  // `agent_after`, acts, not the clause's subject before it.)
  // (A slot that names no party names no actor either: "…, which analysts called a violation" is nobody's.)
  if (agentSlot(view, span, cue.agentAfter) && span.slot![0] === span.from + 1) {
    subj.chunks = byAgent;
    subj.inherit = false;
  }
  // (With a subject shared from the clause before "and": "met Burhan and reaffirmed Egypt's support for Sudan" acts
  // on Sudan, not on the subject's own country.)
  const subjectCodes = new Set<string>();
  for (const c of subj.chunks) for (const p of c.parties) subjectCodes.add(p.code);
  if (subj.inherit) for (const c of subj.inherited ?? []) for (const p of c.parties) subjectCodes.add(p.code);
  const found = findObject(view, span, cue, lex, subjectCodes);
  // "called Somalia's president on Thursday to discuss the deal": an infinitive of purpose with no party after it acts
  // on the object of the verb of contact before it.
  const contact = found.length === 0 && wordAt(view.words, span.from - 1) === 'to' ? purposeVerbBefore(view, span.from - 1, lex) : -1;
  const object = contact >= 0 ? partiesBetween(view, contact, span.from - 1) : found;
  const separate = object.length > 1 && (object.slice(1).some((c) => repeatedPrep(view, c)) || separatelyNear(view, span, object));
  return { subject: subj.chunks, owner, object, byAgent, passive, inherit: subj.inherit, inherited: subj.inherited ?? [], reciprocal: reciprocalAfter(view.words, span.to), infinitive: !cue.noun && wordAt(view.words, span.from - 1) === 'to' && !objectControlled(view, span, lex) && !decisionOwner(view, span.from - 1, lex), separate };
}

/** A person's name set off by commas at token `k` (a comma before it and after it). */
function appositiveAt(view: SentenceView, k: number): boolean {
  const at = k > 0 && k < view.words.length ? view.chunkAt[k] : -1;
  if (at < 0) return false;
  const c = view.chunks[at];
  return c.from === k && c.kind === 'person' && view.words[k - 1] === ',' && view.words[c.to] === ',';
}

/** How far back from "in" the verb of "joined … in imposing" is looked for. */
const JOIN_REACH = 8;

/**
 * "Japan joined other G7 members in imposing sanctions": the token of the verb of `join_verbs` whose subject does
 * the act of the -ing cue after "in" (the parties joined are company, not the actor), or -1.
 */
function joinedBefore(view: SentenceView, span: CueSpan, lex: EventsLexicon): number {
  const words = view.words;
  if (wordAt(words, span.from - 1) !== 'in' || !words[span.from].endsWith('ing')) return -1;
  for (let k = span.from - 2; k >= 0 && span.from - k <= JOIN_REACH; k--) {
    if (lex.grammar.joinVerbs.has(words[k])) return k;
    if (view.chunkAt[k] < 0 && (isPunctWord(words[k]) || lex.grammar.clauseBoundaries.has(words[k]))) return -1;
  }
  return -1;
}


/** "prompting Algeria to withdraw": the party between a verb of object_control_verbs and "to" does the act. */
function objectControlled(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  const ci = view.chunkAt[span.from - 2] ?? -1;
  if (ci < 0 || view.chunks[ci].parties.length === 0) return false;
  // "forcing thousands of Palestinians to flee": over a quantity and "of" before the object; "prompting nearly all of
  // the region's 100,000 ethnic Armenians to flee": over a few words of its own, no punctuation but a possessive.
  for (let k = view.chunks[ci].from - 1; k >= 0 && view.chunks[ci].from - k <= OBJECT_CONTROL_REACH; k--) {
    const w = view.words[k];
    if (lex.grammar.objectControlVerbs.has(w)) return true;
    if ((isPunctWord(w) && w !== "'s" && w !== "'") || (view.chunkAt[k] >= 0 && view.chunks[view.chunkAt[k]].parties.length > 0)) return false;
  }
  return false;
}
/** How many words may stand between a verb of `object_control_verbs` and its object's party. */
const OBJECT_CONTROL_REACH = 10;

/** "spoke separately with A and B", "held separate calls with …", "met A and B separately": one meeting each. */
function separatelyNear(view: SentenceView, span: CueSpan, object: Chunk[]): boolean {
  const end = Math.min(view.words.length, object[object.length - 1].to + 2);
  for (let k = Math.max(0, span.from - 2); k < end; k++) if (view.words[k] === 'separately' || view.words[k] === 'separate') return true;
  return false;
}

/** "… and with Hun Manet": the chunk's preposition stands again right after a coordinator (a determiner between). */
function repeatedPrep(view: SentenceView, c: Chunk): boolean {
  let k = c.from - 1;
  if (['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(view.words[k] ?? '')) k--;
  return c.prep !== null && view.words[k] === c.prep && COORD.has(view.words[k - 1] ?? '');
}

const RECIPROCAL = /\b(each other|one another)\b/;

/** "supported each other", "blamed one another" in the five words from `to`. */
function reciprocalAfter(words: string[], to: number): boolean {
  // Both phrases end in "other": the words are joined and read only when one of them has it.
  for (let k = to; k < to + 5 && k < words.length; k++) {
    if (words[k].includes('other')) return RECIPROCAL.test(words.slice(to, to + 5).join(' '));
  }
  return false;
}

function isPassive(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  const w = view.words[span.from];
  if (!lex.pastForms.has(w)) return false;
  for (let k = span.from - 1; k >= 0 && k >= span.from - 4; k--) {
    const x = view.words[k];
    if (lex.grammar.be.has(x)) return true;
    if (!AUX.has(x) && !lex.grammar.skippable.has(x)) break;
  }
  // A reduced relative: "the vessel seized by Iran" (not "called off a planned visit by the German minister", where
  // "by" follows the noun the cue ends in, nor "met by video link", where a means follows).
  if (wordAt(view.words, span.to) === 'by' && !lex.grammar.meansAfterBy.has(wordAt(view.words, span.to + 1)) && (span.to - span.from === 1 || lex.pastForms.has(view.words[span.to - 1]) || view.words[span.to - 1] === 'off')) return true;
  // "French cyclist Lennart Monterlos, detained in Iran in June, was freed": a participle set off after the sentence's
  // first party describes what was done to it.
  return span.to - span.from === 1 && appositiveParticiple(view, span.from);
}

/** The party opening the sentence when a participle set off by commas follows it and the verb at `from` (over its
 *  auxiliaries) comes right after the closing comma; else null. */
function subjectBeforeParticiple(view: SentenceView, from: number, lex: EventsLexicon): Chunk | null {
  let j = from - 1;
  while (j >= 0 && (AUX.has(view.words[j]) || lex.grammar.be.has(view.words[j]))) j--;
  if (wordAt(view.words, j) !== ',') return null;
  const first = view.chunks.find((c) => c.parties.length > 0 && c.kind !== 'country');
  if (!first || first.to + 1 >= j || !appositiveParticiple(view, first.to + 1) || !lex.pastForms.has(view.words[first.to + 1])) return null;
  return first;
}

/** How far into its sentence the first party may start after its title's words. */
const FIRST_PARTY_REACH = 6;

/** Whether the word at `k` follows a comma that closes the party opening the sentence (up to its third word, or the
 *  first party after its title's words). */
export function appositiveParticiple(view: SentenceView, k: number): boolean {
  if (wordAt(view.words, k - 1) !== ',' || k < 2) return false;
  const ci = view.chunkAt[k - 2];
  if (ci < 0) return false;
  const c = view.chunks[ci];
  // (Not the verb after a party that holds an aside of its own: "Putin, announcing a mobilisation, warned".)
  // (The first party, also after its title's words: "Tunisian opposition figure Jawhar Ben Mbarek, jailed in …,".)
  const first = ci === 0 || (ci === 1 && view.chunks[0].to >= c.from - 1);
  return c.to === k - 1 && (c.from <= 2 || (c.from <= FIRST_PARTY_REACH && first)) && (c.kind === 'person' || c.kind === 'group') && !view.words.slice(c.from, c.to).includes(',');
}

/** The possessive party right before a noun cue, over a few modifiers ("his first overseas state visit"). */
function ownerOf(view: SentenceView, from: number, lex: EventsLexicon): Chunk | null {
  // "at a meeting", "during their talks": a cue that opens with a preposition has its owner inside, if any.
  if (lex.grammar.prepositions.has(view.words[from])) {
    const inner = view.chunkAt[from + 1] ?? -1;
    return inner >= 0 && view.chunks[inner].possessive && view.chunks[inner].parties.length > 0 ? view.chunks[inner] : null;
  }
  for (let k = from - 1; k >= 0 && from - k <= MODIFIER_MAX + 1; k--) {
    const ci = view.chunkAt[k];
    if (ci >= 0) {
      const c = view.chunks[ci];
      // "the Israeli strikes on Iran", "the Russian invasion of Ukraine": a country adjective owns the noun too.
      const adjective = c.kind === 'country' && c.prep === null && !c.headed && (c.mentionKind === 'demonym' || c.mentionKind === 'adjective');
      return (c.possessive || adjective) && c.parties.length > 0 ? c : null;
    }
    const w = view.words[k];
    // ("Ecuador's own 30% levy on …": a percentage is a modifier too.)
    if (lex.grammar.functionWords.has(w) || (NO_WORD_CHARACTER.test(w) && w !== '%')) return null;
  }
  return null;
}

/**
 * "protested Turkish strikes", "condemned the Russian attacks": a verb's form right after a country adjective (or a
 * possessive) is a noun the adjective owns, not a verb of the clause's subject. Not a past form ("Russians attacked"),
 * nor after a plural demonym or a headed chunk ("Russians attack", "Turkish troops strike"), which are subjects.
 */
function adjectiveOwner(view: SentenceView, from: number, lex: EventsLexicon, force: boolean): Chunk | null {
  const ci = from > 0 ? view.chunkAt[from - 1] ?? -1 : -1;
  if (ci < 0) return null;
  const c = view.chunks[ci];
  const w = view.words[from];
  // "condemned Iran's supply of drones to Russia": a verb's form right after a possessive, with "of" after it, is a noun
  // the possessor owns. Not after a pronoun, which the subject names better ("announced their withdrawal"), nor
  // without "of" ("China's demand for Australian coal fell" tells no request).
  if (c.possessive && c.kind !== 'pronoun' && c.to === from && c.parties.length > 0 && wordAt(view.words, from + 1) === 'of') return lex.pastForms.has(w) && !lex.baseForms.has(w) ? null : c;
  // "voiced concern over Kosovo's police raids": an act of force in -s right after a party that is a preposition's
  // object is a plural noun that party owns (no verb has such a subject).
  if (force && c.prep !== null && c.prep !== 'by' && c.to === from && c.kind === 'country' && c.parties.length > 0 && w.endsWith('s') && !w.endsWith('ss')) return c;
  // ("people displaced by Israeli strikes": also after "by", the agent's phrase.)
  if (c.kind !== 'country' || (c.prep !== null && c.prep !== 'by') || c.headed || c.possessive || c.mentionKind !== 'demonym' || c.parties.length === 0) return null;
  if (view.words[c.to - 1].endsWith('s') || (lex.pastForms.has(w) && !lex.baseForms.has(w))) return null;
  return c;
}

/** How many words may stand before the party that opens a headline and speaks before its colon ("Brazil's Lula:"). */
const HEADLINE_SPEAKER_FROM = 2;

/** The party that ends right before the colon at `colon` and opens the sentence ("Tusk:", "Brazil's Lula:"), else null. */
function headlineSpeaker(view: SentenceView, colon: number, lex: EventsLexicon): Chunk | null {
  const ci = view.chunkAt[colon - 1] ?? -1;
  const c = ci >= 0 ? view.chunks[ci] : null;
  return c && c.to === colon && c.from <= HEADLINE_SPEAKER_FROM && usableSubject(c, view, lex) ? c : null;
}

function usableSubject(c: Chunk, view: SentenceView, lex: EventsLexicon): boolean {
  // "Delhi will supply Dhaka": a city standing for its government, at the head of its clause.
  const metonym = c.kind === 'place' && c.place?.kind === 'city' && c.prep === null && (c.from === 0 || [',', 'and', 'that', '--', '-', '—'].includes(view.words[c.from - 1]));
  if (c.parties.length === 0 || (!c.agentive && !metonym) || (c.kind === 'place' && !metonym)) return false;
  if (c.kind === 'pronoun' && (c.possessive || ['him', 'them', 'her'].includes(c.word ?? ''))) return false;
  if (c.prep === null) return true;
  if (c.prep !== 'of') return false;
  // "Thousands of Kenyans protested", "the Directors General of Military Operations of the two armies held":
  // after a quantity noun or a title, the party after "of" is the subject.
  const of = view.words[c.from - 1] === 'of' ? c.from - 1 : c.from - 2;
  const before = view.tokens[of - 1];
  if (!before) return false;
  // ("Ugandan troops of the African Union mission handed over …": people a country word names are that country's, not
  // the body's after "of".)
  const owner = view.chunkAt[of - 1];
  if (owner >= 0 && view.chunks[owner].kind === 'country' && view.chunks[owner].headed && view.chunks[owner].parties.some((p) => p.code)) return false;
  const w = before.lower;
  return lex.grammar.quantityNouns.has(w) || lex.agents.matchEndingAt(view.words, of) !== null ||
    (UPPER_FIRST.test(before.text) && !lex.grammar.functionWords.has(w));
}

/** ("The agreement, which was signed on Tuesday": the article's pair, for that cue only; grammar pair_agreement_nouns.) */
function signedPair(c: Chunk, g: EventGrammar): boolean {
  return c.kind === 'pair' && c.word !== null && g.pairAgreementNouns.has(c.word);
}

/** `agentOfNoun`: "A drone launched by the Houthis struck" may give the subject (not for meetings and visits:
 * "supplies donated by China arrived in Kabul" is no visit by China). */
const OWNER_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'the']);

/** A possessive party right after a past verb (over "his", "her", "its", "their", "the"): the owner of a noun in that
 *  verb's object ("expressed her government's regret"), not the subject of anything after it. */
function ownerInObject(view: SentenceView, c: Chunk, lex: EventsLexicon): boolean {
  if (!c.possessive) return false;
  let k = c.from - 1;
  if (OWNER_DETERMINERS.has(wordAt(view.words, k))) k--;
  // (Not after a verb of saying, whose clause the possessive opens: "said his government's priority was …".)
  return view.chunkAt[k] < 0 && lex.pastForms.has(wordAt(view.words, k)) && !view.attributions.starts[k];
}

function findSubject(view: SentenceView, span: CueSpan, lex: EventsLexicon, agentOfNoun = true, adjacent = false): { chunks: Chunk[]; inherit: boolean; inherited?: Chunk[] } {
  const { words, chunkAt, chunks } = view;
  const g = lex.grammar;
  // "visited Ankara in February, meeting President Erdogan": a pattern that opens with the comma before its participle
  // has the participle's subject.
  if (words[span.from] === ',' && span.to - span.from > 1 && words[span.from + 1].endsWith('ing')) return findSubject(view, { ...span, from: span.from + 1 }, lex, agentOfNoun, adjacent);
  // "Protesters stormed …": a pattern that opens with its actor ("protesters … {storm}") holds its subject.
  const inside = chunkAt[span.from];
  if (inside >= 0 && chunks[inside].from === span.from && chunks[inside].to < span.to && (usableSubject(chunks[inside], view, lex) || signedPair(chunks[inside], g))) {
    return { chunks: [chunks[inside]], inherit: false };
  }
  // "ordered a Russian diplomat to leave the country, accusing him of …", "closed a Russian consulate after blaming
  // Moscow for …": a participle after a comma or a subordinator, with no attribution before it, is done by the
  // subject of the main clause, not by a party acted on before it ("…, the ministry said, accusing …" is the speaker's;
  // one before a closing attribution, "…, accusing him of spying, the ministry said", is not).
  // "Scholz said on Tuesday that no ally would send troops, ruling out …": a participle of speech or stance after the
  // comma that ends a "said that" clause is the speaker's.
  if (wordAt(words, span.from - 1) === ',' && (g.speechParticiples.has(words[span.from]) || g.stanceParticiples.has(words[span.from])) && saidThatBefore(view, span.from - 1, lex) >= 0) {
    const speaker = speakerBefore(view, span.from, lex);
    if (speaker) return { chunks: coordinateRight(view, chunks.indexOf(speaker)), inherit: false };
  }
  const participle = words[span.from].endsWith('ing') && !g.prepositions.has(words[span.from]) && !VENUE_LEADS.has(words[span.from]) && PARTICIPLE_LEADS.has(wordAt(words, span.from - 1)) &&
    view.attributions.first > span.from && (view.attributions.lastClosing < 0 || view.attributions.lastClosing > span.from);
  // "Marape addressed the Australian Parliament during a visit to Canberra": so is a noun cue in a "during a" phrase.
  const during = wordAt(words, span.from - 2) === 'during' && (wordAt(words, span.from - 1) === 'a' || wordAt(words, span.from - 1) === 'an') && span.cues[0]?.noun;
  if (participle || during) {
    // "accused Thailand of violating a ceasefire by firing artillery": a "by" participle inside an "of"/"for" gerund
    // has that gerund's subject; so has a participle right after the gerund's comma ("accused India of shelling
    // villages, killing two women").
    // (Not a participle of speech: "accused Ethiopia of massing troops, warning that …" is the accuser's warning.)
    const gerund = wordAt(words, span.from - 1) === 'by' || (wordAt(words, span.from - 1) === ',' && !g.speechParticiples.has(words[span.from])) ? gerundBefore(view, span.from - 1, lex) : -1;
    if (gerund >= 0) return findSubject(view, { ...span, from: gerund }, lex, agentOfNoun, adjacent);
    // "…, and Algeria responded by closing its airspace": the subject right before the past verb that "by" follows.
    // (Over a date between them: "Moscow responded a week later by expelling …".)
    let verb = span.from - 2;
    while (verb > 0 && (view.dateTok[verb] >= 0 || TIME_WORDS.has(words[verb]))) verb--;
    const doer = wordAt(words, span.from - 1) === 'by' && lex.pastForms.has(wordAt(words, verb)) ? chunkAt[verb - 1] ?? -1 : -1;
    if (doer >= 0 && usableSubject(chunks[doer], view, lex)) return { chunks: coordinateLeft(view, doer, lex), inherit: false };
    // "struck Hodeidah, a day after a Houthi drone hit a building in Tel Aviv, killing one man": a participle right after
    // a clause of its own has that clause's subject.
    // (Participles of what an act did only: "…, accusing them of spying" is still the main subject's.)
    const inner = wordAt(words, span.from - 1) === ',' && RESULT_PARTICIPLES.has(words[span.from]) ? subordinateSubjectBefore(view, span.from - 1, lex) : undefined;
    if (inner) return { chunks: coordinateRight(view, chunks.indexOf(inner)), inherit: false };
    // (Also a pronoun the article resolved: "He chose Ankara for his first trip, meeting Erdogan".)
    const main = resolvedPronounSubject(view, span.from) ?? mainSubject(view, span.from, lex);
    if (main) return { chunks: coordinateRight(view, chunks.indexOf(main)), inherit: false };
  }
  // "handed the Russian envoy a note protesting …", "sent Cambodia a letter thanking …": a participle right after a noun
  // of a text a party sends is its sender's act, the subject of the main clause, not that of a party acted on before.
  if (words[span.from].endsWith('ing') && SENT_TEXTS.has(wordAt(words, span.from - 1))) {
    const main = mainSubject(view, span.from, lex);
    if (main) return { chunks: coordinateRight(view, chunks.indexOf(main)), inherit: false };
  }
  // "welcomed the U.S. decision on Monday to lift the ban": an infinitive after a noun of decision is its owner's act.
  const decider = wordAt(words, span.from - 1) === 'to' ? decisionOwner(view, span.from - 1, lex) : null;
  if (decider) return { chunks: [decider], inherit: false };
  // "Ruto called the two leaders on Thursday to congratulate them": an infinitive of purpose after the object of a
  // verb of contact is the act of that verb's subject.
  const contact = wordAt(words, span.from - 1) === 'to' ? purposeVerbBefore(view, span.from - 1, lex) : -1;
  if (contact >= 0) return findSubject(view, { ...span, from: contact }, lex, agentOfNoun, adjacent);
  // "In a phone call with Netanyahu on Friday, Macron said …": a noun cue in a phrase that opens the sentence belongs to
  // the subject after its comma.
  const after = subjectAfterOpening(view, span, lex);
  if (after) return { chunks: coordinateRight(view, chunks.indexOf(after)), inherit: false };
  // "six companies it said helped ship Iranian oil": a verb right after "said" with the speaker's pronoun before it
  // is a relative clause on the noun before the pronoun (no party), not the speaker's act.
  const saidAt = span.from - 1;
  if ((words[saidAt] === 'said' || words[saidAt] === 'says') && chunkAt[saidAt - 1] >= 0) {
    const speaker = chunks[chunkAt[saidAt - 1]];
    const noun = words[speaker.from - 1] ?? '';
    if (speaker.kind === 'pronoun' && speaker.to === saidAt && chunkAt[speaker.from - 1] < 0 && LOWER_FIRST.test(noun) && !g.functionWords.has(noun)) return { chunks: [], inherit: false };
  }
  // "French cyclist Lennart Monterlos, detained in Iran in June while riding across the country, was freed": the party
  // before a participle set off by commas is the subject of the verb after them.
  const aside = subjectBeforeParticiple(view, span.from, lex);
  if (aside) return { chunks: [aside], inherit: false };
  let onlyAux = true;
  for (let j = span.from - 1; j >= 0 && span.from - j <= 40; j--) {
    const ci = chunkAt[j];
    if (ci >= 0) {
      const c = chunks[ci];
      if (adjacent && !onlyAux) break;
      // ("expressed her government's regret in a telephone call with …": an owner in a past verb's object is no subject.)
      if (ownerInObject(view, c, lex)) {
        j = c.from;
        onlyAux = false;
        continue;
      }
      // ("Japan, the United States and South Korea held talks, condemned …": the search back from a later verb may
      // stop at the first party of the list; the list goes on after it.)
      if (usableSubject(c, view, lex)) {
        const left = coordinateLeft(view, ci, lex);
        return { chunks: left.length > 1 ? left : coordinateRight(view, ci), inherit: false };
      }
      // "Malaysia's anti-corruption commission opened …", "The last Russian peacekeepers have left …": a country's
      // noun the data does not know, right before the verb, acts for the country.
      if (headOfUnknownNoun(view, c, span.from, lex)) return { chunks: [c], inherit: false };
      // "A drone launched by the Houthis struck …": the agent of a participle that qualifies a noun of no party.
      if (agentOfNoun && onlyAux && agentOfQualifiedNoun(view, c, span.from, lex)) return { chunks: [c], inherit: false };
      // "… in Canberra, with both sides pledging to …": the party before a participle after "with" is its subject.
      if (c.prep === 'with' && c.to === span.from && words[span.from].endsWith('ing') && c.parties.length > 0) return { chunks: [c], inherit: false };
      j = c.from;
      onlyAux = false;
      continue;
    }
    const w = words[j];
    // "Anwar, who chairs ASEAN this year, spoke by phone with …": a relative clause set off by commas between the
    // subject and its verb is skipped; the party it hangs on is the subject.
    if (w === ',' && onlyAux) {
      const r = commaRelativeBefore(words, j, lex);
      // "The border commissions of Armenia and Azerbaijan, headed by Deputy Prime Ministers Grigoryan and Mustafayev,
      // held …": the people who lead the body act for it.
      const leaders = r > 0 && LEAD_PARTICIPLES.has(words[r + 1]) ? chunks.filter((c) => c.from > r && c.to <= j && c.kind === 'person' && c.parties.length > 0) : [];
      if (leaders.length > 0) return { chunks: leaders, inherit: false };
      if (r > 0) {
        j = r;
        continue;
      }
    }
    // "Russia said on Monday that the sanctions were illegal and warned …", "… said that the deliveries would prolong
    // the war, warning …": a verb after "and" or a participle after a comma, in a "said that" clause whose subject is
    // no party, is the speaker's next act (the search goes on before "said").
    const next = words[span.from] === 'and' || (wordAt(words, span.from - 1) === ',' && words[span.from].endsWith('ing'));
    if (w === 'that' && next && afterAttribution(view, j, lex)) continue;
    if (w === 'who' || w === 'which' || w === 'that') {
      // "Xi, who paid a state visit …": the party the relative clause hangs on.
      const k = words[j - 1] === ',' ? j - 2 : j - 1;
      const ai = k >= 0 ? chunkAt[k] : -1;
      if (ai >= 0 && chunks[ai].parties.length > 0 && chunks[ai].agentive) return { chunks: coordinateLeft(view, ai, lex), inherit: false };
      // "Portugal's parliament adopted a resolution that condemns …": a text adopted in the clause does what its
      // adopter does; the search goes on before the adopting verb.
      const adopted = w !== 'who' && g.legalTexts.has(wordAt(words, k)) ? adoptingVerbBefore(words, k) : -1;
      if (adopted >= 0) {
        j = adopted;
        continue;
      }
      break;
    }
    // ("responded to \"large-scale provocations\" by Armenian units and accused …": a few words quoted inside the
    // clause are stepped over, with no comma after them.)
    const quoted = QUOTES.has(w) && !commaBetween(words, j, span.from) ? scareQuoteBefore(words, j) : -1;
    if (quoted >= 0) {
      j = quoted;
      continue;
    }
    // "The Economic Community of West African States (ECOWAS) urged …": a party's short name in brackets right after it
    // is stepped over.
    const open = w === ')' ? shortNameBracketBefore(view, j) : -1;
    if (open >= 0) {
      j = open;
      continue;
    }
    // ("said it had "expelled" the vessels": the mark that opens the cue's own scare quote.)
    // (Also with a word or two before the cue inside it: 'Italy "fully supports" Albania'.)
    if (QUOTES.has(w) && scareQuoteAround(words, j, span)) continue;
    // "Putin: ready to meet Zelensky": a headline's words after a colon with no subject of their own are said by the
    // party that opens the headline.
    if (w === ':' && onlyAux) {
      const speaker = headlineSpeaker(view, j, lex);
      if (speaker) return { chunks: [speaker], inherit: false };
    }
    if ((g.clauseBoundaries.has(w) && !(w === 'but' && words[j + 1] === 'to')) || QUOTES.has(w)) break;
    // "recalled its envoy after gunmen killed …": a clause of its own has its subject inside, if any.
    if (clauseOpensAt(view, j, span.from, lex)) break;
    // "went to the embassy and met the ambassador": the verb after "and" has the subject of the verb before (with
    // or without a cue of its own); "after gunmen crossed the border and killed …": that of the clause it is in.
    // "Zakharova said that the sanctions would hurt European consumers, and warned …": after a comma, the verb after
    // "and" is the speaker's next act, not that of a party inside what was said.
    if (w === 'and' && onlyAux) {
      // "Cambodia's defence ministry said the Thai side fired first and called the attack unprovoked": words after "and"
      // that follow what a speaker said are the speaker's next words.
      const speaker = span.cues.some((c) => c.kind === 'statement') ? speakerBefore(view, j, lex) : null;
      if (speaker) return { chunks: [speaker], inherit: false };
      const from = words[j - 1] === ',' ? saidThatBefore(view, j, lex) : -1;
      // "summoned Belarus's envoy and handed him a note": the subject of the verb before, not its object (that
      // object stays the fallback: "A man with a knife killed three people and wounded eight", where no party acts).
      const opens = from < 0 ? subordinateClauseBefore(view, j, lex) : -1;
      const subordinate = opens >= 0;
      // ("spoke by phone with Araghchi and Saar, and urged …": over the comma after a meeting's list of parties too.)
      // In a clause of its own, the verb before inside it: "after Chinese ships fired water cannon at Philippine
      // vessels and rammed a boat" is the ships' ramming.
      let verb = from < 0 ? (words[j - 1] !== ',' ? verbBefore(view, j, lex) : subordinate ? -1 : meetingVerbBefore(view, j - 1, lex)) : -1;
      if (subordinate && verb < opens) verb = -1;
      // "Trump called Putin on Saturday and warned him": a past verb with no cue of its own, right after a subject.
      if (verb < 0 && from < 0 && !subordinate && words[j - 1] !== ',') verb = plainVerbBefore(view, j, lex);
      // "a letter thanking Phnom Penh and pledging to …": a participle after "and" has the subject of the participle
      // before it, not that participle's object.
      // (Over a verb before that participle too: "accused China of ramming and boarding Philippine boats" is China's
      // boarding, not Manila's.)
      if (from < 0 && words[span.from].endsWith('ing')) verb = Math.max(verb, participleBefore(view, j, lex));
      // "expelled three diplomats, accusing them of spying, and closed …": after a participle's clause, the
      // clause's main subject.
      const participle = from < 0 && verb < 0 && !subordinate && words[j - 1] === ',' ? participleClauseBefore(view, j - 1) : -1;
      const main = participle >= 0 ? mainSubject(view, participle, lex) : undefined;
      if (main) return { chunks: coordinateRight(view, chunks.indexOf(main)), inherit: false };
      // "Australia led the mission from 2003 to 2017, and deployed police and troops to Honiara": a past verb after
      // ", and" has the subject of the sentence's main verb, when that verb follows its subject.
      const mainOfVerb = verb < 0 && from < 0 && !subordinate && participle < 0 && words[j - 1] === ',' && lex.pastForms.has(words[span.from]) ? subjectOfMainVerb(view, j, lex) : undefined;
      if (mainOfVerb) return { chunks: [], inherit: true, inherited: coordinateRight(view, chunks.indexOf(mainOfVerb)) };
      const ofVerb = verb >= 0 ? findSubject(view, { ...span, from: verb }, lex, agentOfNoun).chunks : [];
      const before = ofVerb.length ? ofVerb : findSubject(view, { ...span, from: from >= 0 ? from : j }, lex, agentOfNoun).chunks;
      if (subordinate) return { chunks: before, inherit: false };
      return { chunks: [], inherit: true, inherited: before };
    }
    // "…, and allies agreed to strengthen air defences": a clause after ", and" whose subject is a common noun in the
    // plural, no party, has no party before it as subject.
    // (After a comma only: "Russian missiles and drones struck …" is one subject.)
    if (w === 'and' && words[j - 1] === ',' && !onlyAux && pluralNounSubject(view, j + 1, span.from, lex)) return { chunks: [], inherit: false };
    if (!AUX.has(w) && !g.skippable.has(w) && view.dateTok[j] < 0) onlyAux = false;
  }
  // "Speaking at a meeting … with Hue, Xi urged": the subject follows the opening phrase.
  if (view.openerEnd >= 0 && span.from < view.openerEnd) {
    const c = chunks.find((x) => x.from >= view.openerEnd && usableSubject(x, view, lex));
    if (c) return { chunks: [c], inherit: false };
  }
  // ", raising the relations …": a participle after a comma shares the subject of the clause before.
  if (wordAt(words, span.from - 1) === ',' && words[span.from].endsWith('ing')) return { chunks: [], inherit: true };
  return { chunks: [], inherit: false };
}

/** Nouns of a text one party sends another ("a note protesting …"). */
const SENT_TEXTS = new Set(['note', 'letter', 'message', 'memorandum', 'cable', 'telegram', 'communique', 'communiqué']);

/** Words that may stand before a plural noun subject (", and the other members agreed …"). */
const PLURAL_SUBJECT_DETERMINERS = new Set(['the', 'their', 'its', 'other', 'many', 'some', 'western']);

/** Whether words[from, to) are a plural common noun with at most a determiner before it ("allies", "the other
 *  members"): lower-case words, no party, the last in -s. */
function pluralNounSubject(view: SentenceView, from: number, to: number, lex: EventsLexicon): boolean {
  const { words } = view;
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (view.chunkAt[k] >= 0 || view.dateTok[k] >= 0 || !LOWER_FIRST.test(view.tokens[k].text)) return false;
    if (k < to - 1 ? !PLURAL_SUBJECT_DETERMINERS.has(w) : lex.grammar.functionWords.has(w) || AUX.has(w) || lex.grammar.skippable.has(w) || !w.endsWith('s') || w.endsWith('ss')) return false;
  }
  return true;
}

/** How far back from an infinitive's "to" the verb of contact of its object is looked for. */
const PURPOSE_REACH = 12;

/**
 * The token of a verb of grammar `purpose_verbs` whose object (a party) stands between it and the "to" at `to`
 * ("called the leaders of Somalia and Ethiopia on Thursday to …"), over no clause boundary or punctuation but the
 * commas of a list of parties; else -1.
 */
function purposeVerbBefore(view: SentenceView, to: number, lex: EventsLexicon): number {
  const { words, chunkAt } = view;
  let object = false;
  for (let k = to - 1; k >= 0 && to - k <= PURPOSE_REACH; k--) {
    if (chunkAt[k] >= 0) {
      object ||= isDirectObject(view.chunks[chunkAt[k]]);
      continue;
    }
    if (lex.grammar.purposeVerbs.has(words[k])) return object ? k : -1;
    // "summoned the envoys of Germany, France and Britain to …": a comma between two parties lists them.
    if (words[k] === ',' && k > 0 && chunkAt[k - 1] >= 0 && chunkAt[k + 1] >= 0) continue;
    if (isPunctWord(words[k]) || lex.grammar.clauseBoundaries.has(words[k])) return -1;
  }
  return -1;
}

/** A party acted on with no preposition before it, not a place ("met in Jakarta" has no object). */
const isDirectObject = (c: Chunk) => c.parties.length > 0 && c.prep === null && !c.locative && c.kind !== 'place';

/** How far back from "by" an "of"/"for" gerund is looked for. */
const GERUND_REACH = 10;

/** The token of an -ing word right after "of" or "for" before `by`, over no punctuation or clause boundary; else -1. */
function gerundBefore(view: SentenceView, by: number, lex: EventsLexicon): number {
  const words = view.words;
  for (let k = by - 1; k > 0 && by - k <= GERUND_REACH; k--) {
    if (words[k].endsWith('ing') && (words[k - 1] === 'of' || words[k - 1] === 'for')) return k;
    if (isPunctWord(words[k]) || lex.grammar.clauseBoundaries.has(words[k])) return -1;
  }
  return -1;
}

/**
 * For the "to" at `to`, the owner of a noun of decision right before it (see clause.ts decisionNounBefore): the party
 * before the noun ("the U.S. decision", "Washington's move", "the Chinese offer") or after it with "by" ("the decision
 * by the United States on Monday to …"); else null.
 */
function decisionOwner(view: SentenceView, to: number, lex: EventsLexicon): Chunk | null {
  const noun = decisionNounBefore(view, to, lex);
  if (!noun) return null;
  const { chunkAt, chunks } = view;
  if (noun.by) return noun.by;
  const owner = noun.at > 0 && chunkAt[noun.at - 1] >= 0 ? chunks[chunkAt[noun.at - 1]] : null;
  return owner && owner.to === noun.at && owner.parties.length > 0 && owner.kind !== 'pronoun' ? owner : null;
}

/** The direct objects between two tokens. */
function partiesBetween(view: SentenceView, from: number, to: number): Chunk[] {
  return view.chunks.filter((c) => c.from > from && c.to <= to && isDirectObject(c));
}

/** How far the comma closing an opening phrase may stand after its noun cue ("In a phone call with … on Friday,"). */
const OPENING_PHRASE_MAX = 12;

/** For a noun cue in a phrase that opens the sentence, the party right after the phrase's comma, if it can act. */
function subjectAfterOpening(view: SentenceView, span: CueSpan, lex: EventsLexicon): Chunk | undefined {
  const { words, chunks, chunkAt } = view;
  if (!span.cues[0]?.noun || !(lex.grammar.prepositions.has(words[span.from]) || words[span.from] === 'during') || !firstWordAt(view, span.from)) return undefined;
  const comma = words.indexOf(',', span.to);
  if (comma < 0 || comma - span.to > OPENING_PHRASE_MAX) return undefined;
  const c = chunks[chunkAt[comma + 1] ?? -1];
  return c && c.from === comma + 1 && c.prep === null && !c.possessive && usableSubject(c, view, lex) ? c : undefined;
}

/** Whether token `k` opens the sentence, after any dateline ("HANOI, Dec. 13 (Xinhua) --"). */
function firstWordAt(view: SentenceView, k: number): boolean {
  return k === 0 || (view.dateline[k - 1] === 1 && !view.dateline[k]);
}

/** The main clause's subject before token `before`: the first party after any opening phrase, not after a preposition. */
function mainSubject(view: SentenceView, before: number, lex: EventsLexicon): Chunk | undefined {
  return view.chunks.find((c) => c.from < before && c.from >= Math.max(0, view.openerEnd) && c.prep === null && !c.possessive && c.kind !== 'pronoun' && usableSubject(c, view, lex) && !view.dateline[c.from]);
}

/** Whether token `k` is an auxiliary, an adverb or a word of a date between a subject and its verb, no party. */
function besideVerb(view: SentenceView, k: number, lex: EventsLexicon): boolean {
  const w = view.words[k];
  return view.chunkAt[k] < 0 && (datedAt(view, k) || AUX.has(w) || lex.grammar.skippable.has(w));
}

/** The sentence's first party before token `before` when it is a subject pronoun the article resolved ("He", "It"),
 *  else undefined. */
function resolvedPronounSubject(view: SentenceView, before: number): Chunk | undefined {
  const first = view.chunks.find((c) => c.from < before && c.from >= Math.max(0, view.openerEnd) && c.prep === null && !view.dateline[c.from]);
  return first?.kind === 'pronoun' && !first.possessive && first.parties.length > 0 ? first : undefined;
}

/** The main subject of the sentence before token `before` when a past verb follows it (over auxiliaries, adverbs
 *  and a date), else undefined. */
function subjectOfMainVerb(view: SentenceView, before: number, lex: EventsLexicon): Chunk | undefined {
  // (Also a pronoun the article resolved: "It led the Regional Assistance Mission …, and deployed …".)
  const main = resolvedPronounSubject(view, before) ?? mainSubject(view, before, lex);
  if (!main) return undefined;
  let k = main.to;
  while (k < before && besideVerb(view, k, lex)) k++;
  return k < before && view.chunkAt[k] < 0 && lex.pastForms.has(view.words[k]) ? main : undefined;
}

/** The main subject of the sentence before token `before`, with its coordinated parties, as a list (none: empty). */
export function mainSubjectBefore(view: SentenceView, before: number, lex: EventsLexicon): Chunk[] {
  const main = mainSubject(view, before, lex);
  return main ? coordinateRight(view, view.chunks.indexOf(main)) : [];
}

/** The start of the cue span opened by a verb in the past that ends before the "and" at `and`, or -1. */
function verbBefore(view: SentenceView, and: number, lex: EventsLexicon): number {
  // (Over a noun cue in the verb's object, "condemned the Turkish strike and summoned …", over what the verb
  // governs, "urged Peru to reopen the border and recalled …", and over a gerund it governs, "denied backing the rebels
  // and accused …".)
  const s = view.spans.findLast((x) => x.to <= and && !x.suppressed && !(x.cues.every((c) => c.noun) || nounUse(view, x)) && !view.words[x.from].endsWith('ing'));
  // (Not over a clause of its own: "held talks with Tinubu, who is on a state visit to China and attending …"; over a
  // place's apposition: "held talks in the Chinese capital, Beijing, and pledged …".)
  if (!s) return -1;
  for (let k = s.to; k < and; k++) {
    const w = view.words[k];
    if (lex.grammar.clauseBoundaries.has(w) || (w === ',' && !placeApposition(view, k) && !nameApposition(view, k))) return -1;
  }
  // (Or a base form after an auxiliary: "Washington does not recognise Maduro's re-election and imposed …".)
  const w = view.words[s.from];
  return lex.pastForms.has(w) || (lex.baseForms.has(w) && AUX_BEFORE_BASE.has(wordAt(view.words, s.from - 1))) ? s.from : -1;
}


/**
 * "Trump called Putin on Saturday and warned him": the nearest past form before the "and" at `and` that stands right
 * after a party with no preposition (over auxiliaries, adverbs and a date), with no punctuation or clause boundary
 * between; else -1. Its subject, not its object, is the subject of the verb after "and".
 */
function plainVerbBefore(view: SentenceView, and: number, lex: EventsLexicon): number {
  const { words, chunkAt, chunks } = view;
  for (let k = and - 1; k > 0; k--) {
    if (isPunctWord(words[k]) || lex.grammar.clauseBoundaries.has(words[k])) return -1;
    if (chunkAt[k] >= 0 || view.dateTok[k] >= 0 || !lex.pastForms.has(words[k])) continue;
    let s = k - 1;
    while (s > 0 && besideVerb(view, s, lex)) s--;
    const c = chunkAt[s] >= 0 ? chunks[chunkAt[s]] : null;
    return c && c.prep === null && c.parties.length > 0 ? k : -1;
  }
  return -1;
}

/** Participles that tell what an act did ("…, killing one man"), which belong to the clause right before them. */
const RESULT_PARTICIPLES = new Set(['killing', 'wounding', 'injuring', 'destroying', 'damaging', 'displacing', 'leaving', 'forcing']);
/** How far back from a participle's comma the clause it follows may open. */
const SUBORDINATE_REACH = 20;

/** The subject of a clause of its own ("after a Houthi drone hit …") that runs, with no comma, up to the comma at
 *  `comma`; else undefined. */
function subordinateSubjectBefore(view: SentenceView, comma: number, lex: EventsLexicon): Chunk | undefined {
  const { words } = view;
  for (let k = comma - 1; k >= 0 && comma - k <= SUBORDINATE_REACH; k--) {
    if (isPunctWord(words[k])) return undefined;
    if (clauseOpensAt(view, k, comma, lex)) return view.chunks.find((x) => x.from > k && x.from <= k + 4 && x.prep === null && usableSubject(x, view, lex));
  }
  return undefined;
}

/** The first token of the cue span in -ing before the "and" at `and`, in its clause, or -1. */
function participleBefore(view: SentenceView, and: number, lex: EventsLexicon): number {
  const s = view.spans.findLast((x) => x.to <= and && !x.suppressed && view.words[x.from].endsWith('ing'));
  if (!s) return -1;
  for (let k = s.to; k < and; k++) if (lex.grammar.clauseBoundaries.has(view.words[k]) || view.words[k] === ',') return -1;
  return s.from;
}

/** How far back from a comma the participle that opens its clause is looked for. */
const PARTICIPLE_CLAUSE_REACH = 15;

/**
 * The token of the participle that opens the clause ending at the comma at `comma` (", accusing them of spying,"),
 * right after a comma and with no punctuation or clause boundary after it; else -1.
 */
function participleClauseBefore(view: SentenceView, comma: number): number {
  const { words } = view;
  for (let k = comma - 1; k > 0 && comma - k <= PARTICIPLE_CLAUSE_REACH; k--) {
    if (!isPunctWord(words[k])) continue;
    const w = wordAt(words, k + 1);
    // (Not a name: "held talks in the Chinese capital, Beijing, and pledged …".)
    return words[k] === ',' && w.endsWith('ing') && !VENUE_LEADS.has(w) && view.chunkAt[k + 1] < 0 && LOWER_FIRST.test(view.tokens[k + 1].text) ? k + 1 : -1;
  }
  return -1;
}

/** Whether the comma at `k` opens or closes a name in apposition that one chunk holds ("summoned the Russian chargé
 *  d'affaires, Pyotr Volokovykh, on Saturday and handed him …"). */
function nameApposition(view: SentenceView, k: number): boolean {
  const { chunkAt, chunks, words } = view;
  if (chunkAt[k] >= 0) return true;
  const before = k > 0 ? chunkAt[k - 1] : -1;
  if (before < 0) return false;
  const c = chunks[before];
  return c.to === k && words.slice(c.from, c.to).includes(',');
}

/** Whether the comma at `k` opens or closes a name set off after a place: "in the Chinese capital, Beijing, and …". */
function placeApposition(view: SentenceView, k: number): boolean {
  const { chunkAt, chunks, words } = view;
  const chunkEndingAt = (end: number) => (end > 0 && chunkAt[end - 1] >= 0 && chunks[chunkAt[end - 1]].to === end ? chunks[chunkAt[end - 1]] : null);
  const place = chunkEndingAt(k);
  const name = k + 1 < words.length && chunkAt[k + 1] >= 0 ? chunks[chunkAt[k + 1]] : null;
  if (place?.kind === 'place' && name && name.from === k + 1 && words[name.to] === ',') return true;
  // (The closing comma: the name ends at it, and the place before the name's own comma.)
  return place !== null && words[place.from - 1] === ',' && chunkEndingAt(place.from - 1)?.kind === 'place';
}

/** The token of a meeting's past verb ("met", "spoke by phone with") whose parties end right before the comma at `comma`. */
function meetingVerbBefore(view: SentenceView, comma: number, lex: EventsLexicon): number {
  const v = verbBefore(view, comma, lex);
  return v >= 0 && view.spans.some((s) => s.from === v && s.cues.every((c) => c.type === 'CONSULT')) ? v : -1;
}

/** A verb's pattern read as a noun after a determiner or an adjective of a country ("the Turkish strike"). */
function nounUse(view: SentenceView, s: CueSpan): boolean {
  const before = view.words[s.from - 1] ?? '';
  const ci = view.chunkAt[s.from - 1] ?? -1;
  const c = ci >= 0 ? view.chunks[ci] : null;
  // (Not after a country's noun phrase: "Somali troops shelled the town and killed …" is a verb.)
  return NOMINAL_DETERMINERS.has(before) || (c !== null && c.kind === 'country' && !c.headed && (c.mentionKind === 'demonym' || c.mentionKind === 'adjective'));
}

/** Whether an attribution verb ("said", "stressed") ends right before token `at`, over
 *  a date or adverbs ("said on Monday that"). */
function afterAttribution(view: SentenceView, at: number, lex: EventsLexicon): boolean {
  let end = at;
  while (end > 0 && (datedAt(view, end - 1) || lex.grammar.skippable.has(view.words[end - 1]))) end--;
  return lex.grammar.attribution.matchEndingAt(view.words, end) !== null;
}


const QUOTES = new Set(['"', '“', '”']);

/** How many words a quotation inside a clause may hold ("\"large-scale provocations\""). */
const SCARE_QUOTE_MAX = 6;

/**
 * For the closing quotation mark at `close`, the opening one of a few words quoted inside a clause (no comma or
 * colon before it or inside: not a quotation of speech); else -1.
 */
function scareQuoteBefore(words: string[], close: number): number {
  for (let k = close - 1; k > 0 && close - k <= SCARE_QUOTE_MAX + 1; k--) {
    const w = words[k];
    if (QUOTES.has(w)) return k < close - 1 && words[k - 1] !== ',' && words[k - 1] !== ':' ? k : -1;
    if (w === ',' || w === ':' || w === '.') return -1;
  }
  return -1;
}

/**
 * Whether the quotation mark at `open` opens a scare quote of a few words around the cue: at most two words between it
 * and the cue, none of them a mark, and the closing mark within two words after the cue ('"fully supports"').
 */
function scareQuoteAround(words: string[], open: number, span: CueSpan): boolean {
  if (span.from - open > 3 || span.to - span.from > 2) return false;
  for (let k = open + 1; k < span.from; k++) if (QUOTES.has(words[k]) || words[k] === ',') return false;
  for (let k = span.to; k <= span.to + 2 && k < words.length; k++) {
    if (QUOTES.has(words[k])) return true;
    if (words[k] === ',') return false;
  }
  return false;
}

/** Whether a comma stands among words[from, to). */
function commaBetween(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k] === ',') return true;
  return false;
}

/** The party that speaks in the attribution verb opening the sentence before `at` ("X said …"), if it can act. */
function speakerBefore(view: SentenceView, at: number, lex: EventsLexicon): Chunk | null {
  const said = view.attributions.first;
  if (!Number.isFinite(said) || said >= at || said < 1) return null;
  const ci = view.chunkAt[said - 1];
  const c = ci >= 0 ? view.chunks[ci] : null;
  return c !== null && c.to === said && usableSubject(c, view, lex) ? c : null;
}

/** How far back from ", and" the "said that" of its sentence is looked for. */
const SAID_THAT_REACH = 40;

/** The token of the last "that" before `to` right after an attribution verb ("said on Monday that"), or -1. */
function saidThatBefore(view: SentenceView, to: number, lex: EventsLexicon): number {
  for (let k = to - 1; k > 0 && to - k <= SAID_THAT_REACH; k--) if (view.words[k] === 'that' && afterAttribution(view, k, lex)) return k;
  return -1;
}

/** Words a country's unknown noun phrase may not hold: a verb form, a thing ("Chinese imports hit …"). */
const NOUN_PHRASE_MAX = 5;

/** How many words an "of" phrase after an unknown noun may hold ("barrage of missiles and drones"). */
const OF_PHRASE_MAX = 4;

/**
 * Whether the words from the possessive or demonym country chunk `c` up to the cue at `cue` are a noun phrase the
 * data does not know ("Malaysia's anti-corruption commission", "Sudan's main protest movement", "German Patriot air
 * defence systems"): 1–5 words, none a function word, a thing noun, a date, a verb form or punctuation.
 */
function headOfUnknownNoun(view: SentenceView, c: Chunk, cue: number, lex: EventsLexicon): boolean {
  if (c.kind !== 'country' || c.prep !== null || c.headed || c.parties.length === 0) return false;
  if (!c.possessive && c.mentionKind !== 'demonym' && c.mentionKind !== 'adjective') return false;
  let end = cue;
  // (Over a date too: "Venezuela's electoral council on Tuesday revoked …".)
  while (end > c.to && (AUX.has(view.words[end - 1]) || lex.grammar.skippable.has(view.words[end - 1]) || datedAt(view, end - 1))) end--;
  // ("A massive Russian barrage of missiles and drones targeted …": an "of" phrase of plain words may follow the head.)
  const of = view.words.indexOf('of', c.to + 1);
  const head = of > 0 && of < end && end - of - 1 <= OF_PHRASE_MAX ? of : end;
  const n = head - c.to;
  if (n < 1 || n > NOUN_PHRASE_MAX || head + 1 === end) return false;
  const g = lex.grammar;
  for (let k = c.to; k < end; k++) {
    const w = view.words[k];
    if (k === head || (k > head && w === 'and')) continue;
    if (view.chunkAt[k] >= 0 || view.dateTok[k] >= 0 || NO_WORD_CHARACTER.test(w) || g.functionWords.has(w) || g.thingNouns.has(w) ||
      lex.pastForms.has(w) || g.clauseBoundaries.has(w)) return false;
  }
  return true;
}

/**
 * Whether `c` is the "by" agent of a past participle that qualifies a noun naming no party, right before an active
 * cue ("A drone launched by the Houthis struck", "warheads sent by Russia reached"), not "rebels backed by Uganda"
 * (the rebels are the party) nor a passive ("missiles supplied by Washington were delivered").
 */
function agentOfQualifiedNoun(view: SentenceView, c: Chunk, cue: number, lex: EventsLexicon): boolean {
  const { words } = view;
  if (c.prep !== 'by' || c.parties.length === 0 || !c.agentive || lex.grammar.be.has(words[cue - 1] ?? '') || HAVE_BE.has(words[cue - 1] ?? '')) return false;
  let by = c.from - 1;
  while (by > 0 && words[by] !== 'by') by--;
  const participle = words[by - 1] ?? '';
  const noun = by - 2;
  if (noun < 0 || !(lex.pastForms.has(participle) || participle.endsWith('ed'))) return false;
  const w = words[noun];
  if (view.chunkAt[noun] >= 0 || lex.grammar.be.has(w) || HAVE_BE.has(w) || lex.grammar.functionWords.has(w) || NO_WORD_CHARACTER.test(w)) return false;
  // ("The 50 percent tariff announced by Washington hit garment makers": a measure is no weapon its maker wields.)
  return !MEASURE_NOUNS.has(w);
}
/** Nouns of an economic or legal measure, which "hit" or "strike" only in a figure of speech. */
const MEASURE_NOUNS = new Set(['tariff', 'tariffs', 'duty', 'duties', 'levy', 'levies', 'sanctions', 'ban', 'bans', 'restrictions', 'curbs', 'measures',
  'measure', 'policy', 'policies', 'decision', 'law', 'rules', 'quotas', 'embargo']);

const HAVE_BE = new Set(['has', 'have', 'had']);

/** Participles before "by" that name who leads a body (", headed by …,"); not its company (", accompanied by …,"). */
const LEAD_PARTICIPLES = new Set(['led', 'headed', 'chaired', 'co-chaired']);

/** Words of a lapse of time between a verb and "by" ("responded a week later by expelling", "hit back swiftly by"). */
const TIME_WORDS = new Set(['later', 'earlier', 'afterwards', 'then', 'soon', 'immediately', 'quickly', 'swiftly', 'promptly', 'a', 'an', 'one',
  'two', 'three', 'few', 'day', 'days', 'week', 'weeks', 'month', 'months', 'hours']);

/** Prepositions and determiners that open a phrase set off between a subject and its verb ("in a meeting …"). */
const ASIDE_PREPOSITIONS = new Set(['in', 'at', 'during', 'after', 'on']);
const ASIDE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/**
 * For a comma at `j` that closes ", who|which … ," or ", led by … ," (a past participle and its agent), the index of the
 * comma that opens it, else -1. A quotation inside it must close there too ("Milei, who had called Lula a "corrupt
 * communist" during his campaign, thanked …").
 */
function commaRelativeBefore(words: string[], j: number, lex: EventsLexicon): number {
  let marks = 0;
  for (let k = j - 1; k > 0 && j - k <= 25; k--) {
    const w = words[k];
    if (w === ',') return -1;
    if (w === '"' || w === '“' || w === '”') marks++;
    const agent = words[k + 1] === 'by' && (lex.participles.has(w) || w.endsWith('ed'));
    // (Also a phrase opened by a preposition: "Lopez, in a meeting that both sides called cordial, held talks …".)
    // (And a noun phrase in apposition: "The drivers, both residents of the Pskov Region, were detained …".)
    const phrase = (ASIDE_PREPOSITIONS.has(w) && ASIDE_DETERMINERS.has(words[k + 1] ?? '')) || APPOSITION_OPENERS.has(w);
    if ((w === 'who' || w === 'which' || w === 'whose' || agent || phrase) && words[k - 1] === ',') return marks % 2 === 0 ? k - 1 : -1;
  }
  return -1;
}

/** "Lavrov and his North Korean counterpart Choe": a possessive before the second party is its determiner. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its']);

/** The chunk at `ci` and those coordinated before it: "China and Vietnam", "Kenya, Uganda and Tanzania". */
function coordinateLeft(view: SentenceView, ci: number, lex: EventsLexicon): Chunk[] {
  const out = [view.chunks[ci]];
  let c = view.chunks[ci];
  for (;;) {
    let k = c.from - 1;
    // ("the Kansas Department of Agriculture and Paraguay's Ministry of Agriculture": over the owner whose possessive
    // opens the party's name.)
    const owner = k > 0 && view.words[k] === "'s" ? view.chunks[view.chunkAt[k]] : undefined;
    if (owner && owner !== c && owner.kind === 'country' && owner.parties[0]?.code === c.parties[0]?.code) k = owner.from - 1;
    // ("he and then Thai prime minister Srettha", "Arévalo and outgoing President Giammattei": a word of tenure before a
    // title says when the office was held.)
    if (view.words[k] === 'the' || (TENURE_WORDS.has(view.words[k]) && view.chunkAt[k] < 0) || POSSESSIVE_DETERMINERS.has(view.words[k])) k--;
    if (k < 1 || !COORD.has(view.words[k])) break;
    if (view.words[k] === 'and' && view.words[k - 1] === ',') k--;
    // ("when Tokayev, on a state visit to Tashkent, and Mirziyoyev signed": over a phrase set off by commas.)
    if (view.words[k] === ',') k = asideBefore(view, k, lex);
    // ("the Democratic Republic of the Congo (DRC) and Rwanda": over the first party's short name in brackets.)
    const open = view.words[k - 1] === ')' ? shortNameBracketBefore(view, k - 1) : -1;
    if (open > 0) k = open;
    const pi = view.chunkAt[k - 1];
    if (pi < 0) break;
    const p = view.chunks[pi];
    // ("The commissions on the border of Armenia and Azerbaijan held …": a party after "of" whose noun the data does
    // not know shares the subject with the party coordinated after it, which has no preposition of its own.)
    const ofPhrase = p.prep === 'of' && c.prep === null;
    if (!p.agentive || p.parties.length === 0 || p.kind === 'place' || (p.prep !== null && !ofPhrase && !usableSubject(p, view, lex))) break;
    out.unshift(p);
    c = p;
  }
  return out;
}

/** How many words a phrase set off by commas between two coordinated parties may have. */
const ASIDE_MAX = 8;

/** "Tokayev, on a state visit to Tashkent, and Mirziyoyev": the comma that opens a prepositional phrase closed by the
 *  comma at `close`, or `close` itself when there is none. */
function asideBefore(view: SentenceView, close: number, lex: EventsLexicon): number {
  for (let k = close - 1; k > 0 && close - k <= ASIDE_MAX; k--) {
    if (view.words[k] !== ',') continue;
    return lex.grammar.prepositions.has(view.words[k + 1]) && view.chunkAt[k - 1] >= 0 ? k : close;
  }
  return close;
}

/** The first chunk of the coordination `ci` belongs to ("by China and Vietnam" from "Vietnam"). */
function coordinationStart(view: SentenceView, ci: number): number {
  let i = ci;
  for (;;) {
    const c = view.chunks[i];
    let k = c.from - 1;
    if (view.words[k] === 'the' || (TENURE_WORDS.has(view.words[k] ?? '') && view.chunkAt[k] < 0)) k--;
    if (k < 1 || !COORD.has(view.words[k])) return i;
    if (view.words[k] === 'and' && view.words[k - 1] === ',') k--;
    const pi = view.chunkAt[k - 1];
    if (pi < 0 || view.chunks[pi].agentive !== c.agentive || view.chunks[pi].parties.length === 0) return i;
    i = pi;
  }
}

/** Words of tenure before a title ("outgoing President", "former Prime Minister"), no part of the person's chunk. */
const TENURE_WORDS = new Set(['outgoing', 'incoming', 'former', 'acting', 'interim', 'caretaker', 'new', 'then']);

/** The chunk at `ci` and those coordinated after it: "with France and Britain". */
function coordinateRight(view: SentenceView, ci: number): Chunk[] {
  const out = [view.chunks[ci]];
  let c = view.chunks[ci];
  for (;;) {
    let k = shortNameBracketAfter(view, c.to);
    if (!COORD.has(view.words[k] ?? '')) break;
    if (view.words[k] === ',' && view.words[k + 1] === 'and') k++;
    let n = k + 1;
    // "with Anutin and with Hun Manet": the preposition of the first party may be repeated.
    if (out[0].prep && view.words[n] === out[0].prep) n++;
    // (A determiner may open the next party's name: "and the Netherlands".)
    if (['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(view.words[n] ?? '') && view.chunks[view.chunkAt[n] ?? -1]?.from !== n) n++;
    // ("President-elect Arévalo and outgoing President Giammattei": a word of tenure before the next person's title.)
    if (TENURE_WORDS.has(view.words[n] ?? '') && (view.chunkAt[n] ?? -1) < 0) n++;
    const ni = view.chunkAt[n] ?? -1;
    if (ni < 0 || view.chunks[ni].from !== n) break;
    const next = view.chunks[ni];
    if (next.parties.length === 0 || next.agentive !== c.agentive) break;
    // "… to Ukraine, the government in Berlin said": after a bare comma, the speaker of a closing attribution.
    if (view.words[k] === ',' && speakerAt(view, next)) break;
    out.push(next);
    c = next;
  }
  return out;
}

/** Whether an attribution verb ("said", "told") follows the chunk within a few words, before any comma. */
function speakerAt(view: SentenceView, c: Chunk): boolean {
  for (let k = c.to; k < view.words.length && k < c.to + 6; k++) {
    if (view.attributions.starts[k]) return true;
    if (view.words[k] === ',' || view.attributions.first < k) return false;
  }
  return false;
}

/** Whether the pattern's <X> slot follows one of its `agent_after` prepositions ("aid from <X> arrived"): it holds the agent. */
function agentSlot(view: SentenceView, span: CueSpan, agentAfter: string[]): boolean {
  return span.slot !== undefined && agentAfter.includes(view.words[span.slot[0] - 1]);
}

/** How far after a cue its "by" agent may stand when a passive verb ("was approved") comes right before "by". */
const PASSIVE_BY_REACH = 16;

function findByAgent(view: SentenceView, span: CueSpan, agentAfter: string[] = [], g?: EventGrammar, passive = false): Chunk[] {
  // "the 2022 visit of Ruto to Cairo": a noun cue ending in one of its `agent_after` prepositions.
  if (agentAfter.includes(view.words[span.to - 1])) return partiesRightAfter(view, span.to, g);
  // "aid from Turkey arrived": or in a slot after one of them, inside the span.
  if (agentSlot(view, span, agentAfter)) return partiesRightAfter(view, span.slot![0], g);
  for (let k = span.from + 1; k < view.tokens.length && k < span.to + PASSIVE_BY_REACH; k++) {
    // "was summoned over remarks by Hungary's foreign minister": a "by" inside the matter of the act is no agent.
    if (k >= span.to && MATTER_PREPS.has(view.words[k])) break;
    if (k >= span.to + 6 && (view.words[k] === ',' || OBJECT_BOUNDARIES.has(view.words[k]))) break;
    if (view.words[k] !== 'by') continue;
    // ("Kenya's demand for talks was rejected by Sudan": the agent of a passive verb of reaction after the cue reacts
    // to the act, and did not do it.)
    if (g && k > span.to && reactionPassiveVerb(view.words, ADVERB_LY.test(wordAt(view.words, k - 2)) ? k - 3 : k - 2, g) === k - 1) break;
    // ("A $250 million grant to Somalia for drought resilience was approved by the World Bank": further than six words,
    // only the agent of the passive verb of the clause, or of the cue's own: "was awarded the Grand Cross of the Order of
    // Makarios III by Cypriot President Nikos Christodoulides".)
    // (Also with the passive's place and day between: "was announced in Kampala on Tuesday by Uganda's foreign ministry".)
    if (k >= span.to + 6 && !passive && !(g && g.be.has(wordAt(view.words, k - 2)) && view.words[k - 1].endsWith('ed')) && !(g && passiveOverSetting(view, span.to, k, g))) continue;
    return partiesRightAfter(view, k + 1, g);
  }
  return [];
}

/** Whether the cue names its act by a noun: a noun pattern, or a verb's form after a determiner or a possessive
 *  ("the strike", "Ghana's demand"). */
function nounPhrase(view: SentenceView, span: CueSpan, cue: Cue): boolean {
  const before = wordAt(view.words, span.from - 1);
  return cue.noun || NOMINAL_DETERMINERS.has(before) || before === "'s";
}

/**
 * The token of the verb of reaction in a passive opened by the form of "be" at `be` ("was condemned", "were flatly
 * rejected"), or -1.
 */
function reactionPassiveVerb(words: readonly string[], be: number, g: EventGrammar): number {
  if (!g.be.has(wordAt(words, be))) return -1;
  const verb = ADVERB_LY.test(wordAt(words, be + 1)) ? be + 2 : be + 1;
  const w = wordAt(words, verb);
  return g.reactionVerbs.has(w) && !w.endsWith('ing') ? verb : -1;
}
const ADVERB_LY = /^[a-z]+ly$/;

/**
 * Whether a passive verb ("was announced") stands between `from` and the "by" at `by` with only its setting after it:
 * dates, and places after "in" or "at" ("was announced in Praia on Wednesday by …").
 */
function passiveOverSetting(view: SentenceView, from: number, by: number, g: EventGrammar): boolean {
  let k = by - 1;
  while (k > from) {
    if (view.dateTok[k] >= 0 || g.dateLead.has(view.words[k])) k--;
    else if (view.chunkAt[k] >= 0 && (view.words[view.chunks[view.chunkAt[k]].from - 1] === 'in' || view.words[view.chunks[view.chunkAt[k]].from - 1] === 'at')) k = view.chunks[view.chunkAt[k]].from - 2;
    else break;
  }
  return k < by - 1 && k > from && view.words[k].endsWith('ed') && g.be.has(view.words[k - 1]);
}

/**
 * "closed the crossing after attacks by Cambodian troops", "citing raids by …": an act of force named by a noun with
 * "by" a party of a known country right after it, and no party right before it, is that party's act, not the clause
 * subject's. (Not a passive participle: "Thailand was attacked by …".)
 */
function forceNounByAgent(view: SentenceView, span: CueSpan, cue: Cue, lex: EventsLexicon): boolean {
  if ((cue.type !== 'ASSAULT' && cue.type !== 'COERCE') || wordAt(view.words, span.to) !== 'by' || span.to - span.from !== 1) return false;
  const w = view.words[span.from];
  if (lex.pastForms.has(w) || w.endsWith('ed') || (span.from > 0 && view.chunkAt[span.from - 1] >= 0)) return false;
  return knownPartyAfter(view, span.to);
}

/**
 * "Kenya welcomed the release of 12 Kenyan fishermen by Uganda": a noun cue with "by" a party of a known country right
 * after it is that party's act, not the clause subject's.
 */
function nounByAgent(view: SentenceView, span: CueSpan, cue: Cue): boolean {
  return cue.noun && wordAt(view.words, span.to) === 'by' && knownPartyAfter(view, span.to);
}

/** Whether a party of a known country stands right after the "by" at `by`. */
function knownPartyAfter(view: SentenceView, by: number): boolean {
  return partiesRightAfter(view, by + 1).some((c) => c.parties.some((p) => p.code));
}

/** "the killing of a Bangladeshi teenager by Indian border guards": a "by" within a few words after "of". */
function byAfterVictims(view: SentenceView, of: number): boolean {
  for (let k = of + 1; k < view.words.length && k <= of + 8; k++) {
    const w = view.words[k];
    // (Only an agent of a known country: "by the Gupta family" leaves the act to the clause.)
    if (w === 'by') return knownPartyAfter(view, k);
    if (w === ',' || OBJECT_BOUNDARIES.has(w)) return false;
  }
  return false;
}

/** Participles that open a phrase of setting, not an act of the main clause's subject (", following a meeting in …"). */
const VENUE_LEADS = new Set(['following', 'during', 'including', 'concerning', 'regarding', 'according']);

/** Words before a participle that make it an adjunct of the main clause (", accusing …", "after blaming …"). */
const PARTICIPLE_LEADS = new Set([',', 'after', 'before', 'while', 'when', 'by', 'without', 'despite']);

/** Prepositions that open what an act is about, after which a "by" names that matter's agent, not the act's. */
const MATTER_PREPS = new Set(['over', 'about', 'regarding', 'concerning']);

/** The party at token `n` (over an article), with those coordinated with it, or none; with the grammar, also over
 *  words of quantity ("by tens of thousands of opposition supporters", "by a group of PKK fighters"). */
function partiesRightAfter(view: SentenceView, n: number, g?: EventGrammar): Chunk[] {
  // ("was received by his Montenegrin counterpart Milojko Spajic": a possessive before the party too.)
  while (['the', 'a', 'an', 'his', 'her', 'their'].includes(view.words[n] ?? '') && view.chunkAt[n] < 0) n++;
  // ("was received at the Assembly by its President, Augusto Santos Silva": a body's title set off before a person; not
  // "abuses by its troops".)
  if (view.words[n] === 'its' && view.chunkAt[n] < 0) {
    const person = titledNameAt(view, n + 1);
    if (person !== null) n = person;
  }
  if (g && view.chunkAt[n] < 0) {
    let k = n;
    for (let steps = 0; steps < 4 && view.chunkAt[k] < 0; steps++) {
      if (g.quantityNouns.has(view.words[k]) && view.words[k + 1] === 'of') k += 2;
      else if (/^\d[\d,.]*$/.test(view.words[k] ?? '') || ['the', 'a', 'an'].includes(view.words[k] ?? '')) k++;
      else break;
    }
    if (view.chunkAt[k] >= 0) n = k;
  }
  if (view.chunkAt[n] < 0) n = titledNameAt(view, n) ?? n;
  const ci = view.chunkAt[n] ?? -1;
  return ci >= 0 && view.chunks[ci].parties.length > 0 ? coordinateRight(view, ci) : [];
}

/** How many words a title set off before a name may have ("President of the Council of Ministers"). */
const SET_OFF_TITLE_WORDS = 8;
const TITLE_GLUE = new Set(['of', 'the', 'and', 'for']);

/** "by the President of the Council of Ministers, Faure Gnassingbé,": a capitalised title (a body's name may stand in
 *  it) set off by a comma before a person: the person's token, else null. */
function titledNameAt(view: SentenceView, n: number): number | null {
  if (!UPPER_FIRST.test(view.tokens[n]?.text ?? '')) return null;
  for (let k = n + 1; k < view.words.length && k <= n + SET_OFF_TITLE_WORDS; k++) {
    const ci = view.chunkAt[k];
    if (view.words[k] === ',') {
      const next = view.chunkAt[k + 1] ?? -1;
      return next >= 0 && view.chunks[next].kind === 'person' ? k + 1 : null;
    }
    if (ci >= 0 ? view.chunks[ci].kind !== 'org' : !(UPPER_FIRST.test(view.tokens[k].text) || TITLE_GLUE.has(view.words[k]))) return null;
  }
  return null;
}

/** Whether the token `k` opens a venue's name: no chunk, or a place. */
function venueAt(view: SentenceView, k: number): boolean {
  const ci = view.chunkAt[k];
  return ci < 0 || view.chunks[ci].kind === 'place';
}

/** Offices named before the body they head ("the head of", "the president of"). */
const HEAD_OF_NOUNS = new Set(['head', 'chief', 'president', 'director', 'director-general', 'leader', 'chairman', 'chairwoman', 'chair',
  'commander', 'governor', 'secretary-general', 'administrator', 'speaker']);

/** Determiners and counts that may open the noun phrase of an object. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'two', 'three', 'four', 'several', 'some']);

/**
 * Right after the cue, over determiners, numbers, words of quantity ("more than 200", "a group of", "21 of the 34") and
 * up to two adjectives ("met senior Chinese officials").
 */
function adjacentTo(view: SentenceView, span: CueSpan, g: EventGrammar, c: Chunk): boolean {
  const words = view.words;
  let k = span.to;
  let adjectives = 0;
  while (k < c.from) {
    const w = words[k];
    // (The mark closing the cue's scare quote: 'Italy "fully supports" Albania'.)
    if (view.dateTok[k] >= 0 || (g.dateLead.has(w) && view.dateTok[k + 1] >= 0) || (k === span.to && QUOTES.has(w))) {
      k++;
      continue;
    }
    // ("received at Bayan Palace on Sunday Iraqi Foreign Minister Fuad Hussein", "received today in Abu Dhabi Abbas
    // Araghchi": a venue after the verb, before or after a date.)
    if (adjectives === 0 && (w === 'at' || w === 'in') && UPPER_FIRST.test(view.tokens[k + 1]?.text ?? '') && venueAt(view, k + 1)) {
      k++;
      while (k < c.from && UPPER_FIRST.test(view.tokens[k].text) && view.dateTok[k] < 0 && venueAt(view, k)) k++;
      continue;
    }
    // Quantities open the noun phrase, before its adjectives ("the same number of its soldiers" is no quantity).
    const quantity = adjectives === 0 ? g.quantifiers.matchAt(words, k) : null;
    if (quantity && k + quantity.length <= c.from) {
      k += quantity.length;
      // ("some of the Thai workers", "most of the detainees".)
      if (words[k] === 'of' && words[k + 1] === 'the') k++;
    }
    else if (adjectives === 0 && g.quantityNouns.has(w) && words[k + 1] === 'of') k += 2;
    // ("met the head of Uganda's police, Abbas Byakagaba": the office of a body, over the body's owner.)
    else if (adjectives === 0 && HEAD_OF_NOUNS.has(w) && words[k + 1] === 'of') {
      k += 2;
      if (words[k] === 'the') k++;
      const owner = view.chunkAt[k] >= 0 ? view.chunks[view.chunkAt[k]] : null;
      if (owner && owner !== c && owner.possessive && owner.from === k) k = owner.to;
      // ("the president of Türkiye's Disaster and Emergency Management Authority (AFAD), Yunus Sezer": a body of no
      // chunk's, its short form in brackets and the comma before the person in apposition.)
      let j = k;
      while (j < c.from && view.chunkAt[j] < 0 && (UPPER_FIRST.test(view.tokens[j].text) || words[j] === 'and' || words[j] === 'of')) j++;
      if (j > k && words[j] === '(' && words[j + 2] === ')') j += 3;
      if (j > k && words[j] === ',' && j + 1 === c.from && c.kind === 'person') return true;
    }
    else if (adjectives === 0 && (OBJECT_OPENERS.has(w) || /^\d/.test(w)) && words[k + 1] === 'of') k += 2;
    else if (OBJECT_OPENERS.has(w) || /^\d/.test(w)) k++;
    else if (adjectives < 2 && LOWER_FIRST.test(view.tokens[k].text) && !g.functionWords.has(w) && !g.prepositions.has(w)) { k++; adjectives++; }
    else break;
  }
  return k === c.from || c.from < span.to;
}

/** A party of another country than the subject's. */
function isForeign(c: Chunk, subjectCodes: Set<string>): boolean {
  // A group whose country is unknown ("troops") is not taken for a foreign party.
  return c.parties.some((p) => (p.code || c.kind !== 'group') && !subjectCodes.has(p.code));
}

/** The coordination the chunk belongs to, from its first member ("by China and Vietnam"). */
function coordinationOf(view: SentenceView, c: Chunk): Chunk[] {
  return coordinateRight(view, coordinationStart(view, chunkIndex(view, c)));
}

/** The index of a chunk of the view: where its first token points, unless chunks overlap. */
/** Whether a party is where or when something happened: "at the White House", "during Marcos's visit", "in the
 *  presence of Trump" (grammar.yaml venue_prepositions, venue_nouns). */
function atVenue(words: string[], c: Chunk, g: EventGrammar): boolean {
  let k = c.from - 1;
  while (k >= 0 && k >= c.from - 2 && VENUE_DETERMINERS.has(words[k])) k--;
  if (k < 0) return false;
  if (g.venuePrepositions.has(words[k]) || (words[k] === 'of' && g.venueNouns.has(words[k - 1] ?? ''))) return true;
  // "during a visit by Tanzanian President Samia", "during the state visit of …": the party of the venue's noun.
  if (words[k] !== 'by' && words[k] !== 'of') return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (g.venuePrepositions.has(words[j])) return j < k - 1;
    if (!LOWER_FIRST.test(words[j])) return false;
  }
  return false;
}
const VENUE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

function chunkIndex(view: SentenceView, c: Chunk): number {
  const i = view.chunkAt[c.from];
  return view.chunks[i] === c ? i : view.chunks.indexOf(c);
}

/**
 * The object: the first acting party after the cue; for conflict and other non-meeting cues, else a country's
 * thing ("Egypt's proposal", "Chinese oil drilling"), else a place ("struck targets in Kyiv").
 */
/**
 * ", and Barrot travelled to Algiers": after a comma, "and" with a party and a verb opens a clause with a subject
 * of its own, whose parties the cue before does not act on ("to Kenya, Uganda, and Tanzania" is a list).
 */
function newSubjectAt(view: SentenceView, k: number, lex: EventsLexicon): boolean {
  if (view.words[k] !== 'and' || view.words[k - 1] !== ',') return false;
  // (", and in April it expelled …": a date may open the clause.)
  let j = k + 1;
  while (j < view.words.length && (view.dateTok[j] >= 0 || (lex.grammar.dateLead.has(view.words[j]) && view.dateTok[j + 1] >= 0))) j++;
  // (", and the African Union sent …": over an article.)
  if (view.words[j] === 'the' && view.chunkAt[j] < 0) j++;
  if (view.chunkAt[j] < 0) return false;
  let end = view.chunks[view.chunkAt[j]].to;
  // (Over the head noun the chunk qualifies and auxiliaries: ", and NATO-led peacekeepers were deployed".)
  for (let n = 0; n < 2 && LOWER_FIRST.test(view.tokens[end]?.text ?? '') && !lex.grammar.functionWords.has(view.words[end]) && !lex.pastForms.has(view.words[end]) && !spanStartsAt(view, end); n++) end++;
  // (Not over "to": "urged Argentina, Chile, and Peru to reopen the border" is a list and the object's infinitive.)
  while (end < view.words.length && (FINITE_AUX.has(view.words[end]) || lex.grammar.be.has(view.words[end]))) end++;
  return lex.pastForms.has(view.words[end]) || spanStartsAt(view, end);
}

/** Where a clause of its own (clauseOpensAt) opens in the clause before the "and" at `and`, or -1. */
function subordinateClauseBefore(view: SentenceView, and: number, lex: EventsLexicon): number {
  for (let k = and - 2; k >= 0 && and - k <= CLAUSE_VERB_REACH; k--) {
    if (clauseOpensAt(view, k, and - 1, lex)) return k;
    if (lex.grammar.clauseBoundaries.has(view.words[k])) return -1;
  }
  return -1;
}

/** Whether a cue span starts at token `k` (spans are sorted by their first token). */
function spanStartsAt(view: SentenceView, k: number): boolean {
  let lo = 0;
  let hi = view.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.spans[mid].from < k) lo = mid + 1;
    else hi = mid;
  }
  return lo < view.spans.length && view.spans[lo].from === k;
}

const NUMBER = /^\d[\d,.]*$/;
const COUNT_WORDS = new Set(['hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'dozens']);

/** Whether a number stands in tokens [from, to) ("more than 2.5 million"). */
function countedBefore(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NUMBER.test(view.words[k]) || COUNT_WORDS.has(view.words[k])) return true;
  return false;
}

/** Acts of force: their patients are victims, never what a reaction to the act is aimed at. */
const FORCE_TYPES = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE']);

/** Participles of an occasion's host or company ("a ceremony hosted by", "a summit chaired by"). */
const OCCASION_PARTICIPLES = new Set(['hosted', 'attended', 'witnessed', 'chaired', 'co-chaired', 'organised', 'organized', 'presided', 'moderated', 'convened']);

/** "initialled a peace agreement … in a ceremony hosted by Trump": the agent after "by" of a participle of an occasion
 *  after the cue is its host or company, no object of the cue. */
function agentOfOtherParticiple(view: SentenceView, c: Chunk, span: CueSpan): boolean {
  if (c.prep !== 'by') return false;
  let by = c.from - 1;
  while (by > span.to && view.words[by] !== 'by') by--;
  const participle = by - 1;
  return participle >= span.to && view.words[by] === 'by' && OCCASION_PARTICIPLES.has(view.words[participle]);
}

/**
 * "condemned the attack on a Red Cross convoy", "denounced the killing of two soldiers by jihadists": a verb of reaction
 * (grammar `reaction_verbs`) whose object is an act of force is aimed at that act's owner ("the Israeli strike") or "by"
 * agent, if the sentence names one, and never at its victims; null when the object is no such act.
 */
function reactionToForce(view: SentenceView, span: CueSpan, lex: EventsLexicon): Chunk[] | null {
  const { words } = view;
  if (!lex.grammar.reactionVerbs.has(words[span.from]) || !NOMINAL_DETERMINERS.has(wordAt(words, span.to))) return null;
  const act = view.spans.find((s) => s.from > span.to && s.from <= span.to + 1 + MODIFIER_MAX);
  if (!act || !act.cues.some((c) => FORCE_TYPES.has(c.type))) return null;
  for (let k = span.to + 1; k < act.from; k++) {
    if (view.chunkAt[k] < 0 && (lex.grammar.functionWords.has(words[k]) || NO_WORD_CHARACTER.test(words[k]))) return null;
  }
  // ("the latest UN Security Council sanctions": a party right before the act's noun is its owner too.)
  const before = view.chunks[view.chunkAt[act.from - 1]];
  const owner = ownerOf(view, act.from, lex) ?? (before && before.from > span.to && before.prep === null && before.parties.length > 0 ? before : null);
  return owner ? [owner] : findByAgent(view, act);
}

/** How many words after the cue the object is looked for. */
const OBJECT_REACH = 12;

/**
 * "sent patrol ships to the Yamato Bank fishing ground in the Sea of Japan to drive away North Korean squid boats": forces
 * sent with an infinitive of purpose (grammar `force_purpose_verbs`) within the object's reach are sent against what
 * that verb acts on, which may stand past the reach; the words the reach gains (0 without such an infinitive).
 */
function purposeReach(view: SentenceView, span: CueSpan, lex: EventsLexicon): number {
  const end = Math.min(view.words.length - 1, span.to + OBJECT_REACH);
  for (let k = span.to; k < end; k++) if (view.words[k] === 'to' && lex.grammar.forcePurposeVerbs.has(view.words[k + 1])) return k - span.to;
  return 0;
}

function findObject(view: SentenceView, span: CueSpan, cue: Cue, lex: EventsLexicon, subjectCodes: Set<string>): Chunk[] {
  const { words, chunks } = view;
  const g = lex.grammar;
  const reaction = reactionToForce(view, span, lex);
  if (reaction) return reaction;
  const sides = agreementSides(view, span, cue, g);
  if (sides) return sides;
  // "In a phone call on Friday, Macron told Netanyahu …": a meeting in an opening phrase that names no other side is with
  // the one its subject then addresses (the party right after the subject's verb).
  if (cue.roles === 'meeting') {
    const subject = subjectAfterOpening(view, span, lex);
    const comma = subject ? subject.from - 1 : -1;
    if (subject && !words.slice(span.to, comma).includes('with')) {
      const addressed = chunks[chunks.indexOf(subject) + 1];
      if (addressed && addressed.from === subject.to + 1 && addressed.prep === null && (addressed.kind === 'person' || addressed.kind === 'country') && lex.grammar.addressVerbs.has(words[subject.to])) return [addressed];
    }
  }
  const reach = cue.far ? 45 : cue.type === 'MOBILIZE' ? OBJECT_REACH + purposeReach(view, span, lex) : OBJECT_REACH;
  let stop = Math.min(view.tokens.length, span.to + reach);
  const between = words[span.to - 1] === 'between';
  for (let k = span.to; k < stop; k++) {
    const w = words[k];
    // (After "between", a person counts as one word of the reach, however long the title: "talks between Azerbaijan's
    // Minister of Digital Development and Transport, Rashad Nabiyev, and Kazakhstan's Minister of Transport, …".)
    const at = view.chunkAt[k];
    if (between && at >= 0 && chunks[at].from === k && chunks[at].kind === 'person') stop = Math.min(view.tokens.length, stop + chunks[at].to - k - 1);
    // (So does a title of words before a name set off by commas: "between the Foreign Minister of the Government of
    // National Accord, Mohamed Siala, and …".)
    if (between && w === ',' && appositiveAt(view, k + 1)) stop = Math.min(view.tokens.length, stop + k - span.to);
    // A "far" cue (a signed article) looks past the article's quoted title and the "which was published" clause.
    const boundary = cue.far ? w === ';' || w === ':'
      : OBJECT_BOUNDARIES.has(w) ||
        (view.quoted[k] && !view.quoted[k - 1] && view.chunkAt[k] < 0) ||
        // "criticized the strikes, saying operations on Iraqi soil …": words said after the comma are no object; nor are
        // those after "and said" ("called the expulsion a provocation and said Moscow would respond").
        (words[k - 1] === ',' && view.attributions.starts[k] && w.endsWith('ing')) || (w === 'and' && view.attributions.starts[k + 1] === true) ||
        // "held talks in Seoul on Monday, discussing North Korea's missile launches": a participle's clause after a meeting
        // names its topics, no side of it.
        (cue.type === 'CONSULT' && words[k - 1] === ',' && TOPIC_PARTICIPLES.has(w)) ||
        // "held a phone call on Sunday to discuss efforts to revive the Gaza talks": nor does an infinitive of purpose
        // after a meeting name a side of it.
        (cue.type === 'CONSULT' && (cue.roles === 'meeting' || cue.roles === 'host') && w === 'to' && k >= span.to && lex.baseForms.has(words[k + 1] ?? '')) ||
        // "The Israeli strike on the convoy was condemned by Jordan": an act named by a noun ends at a passive verb of
        // reaction; what follows reacts to the act. (Not every passive: "Japan's request … was handed to Thai
        // authorities" goes on to its recipient.)
        (k > span.to && nounPhrase(view, span, cue) && reactionPassiveVerb(words, k, g) >= 0);
    // "signed a trade agreement in 2022 after Petro restored relations": the other side of a signing, or of a meeting
    // ("held talks on Wednesday, a day after their countries reached …"), is never in a clause of its own after it (a
    // protest "after militants attacked" is aimed at them; a concession or an agreement "after protesters had marched"
    // is made to them).
    const ownClause = (cue.type === 'SUPPORT' || cue.type === 'CONSULT') && clauseOpensAt(view, k, words.length - 1, lex);
    // "spoke with Sisi by phone and urged Israel to …": a past verb after "and", past words of the meeting's own, is
    // the subject's next act, whose object is no party at the meeting. (Other acts keep the object told after a list
    // of acts: "suspended the treaty, closed the border and ordered Pakistani advisers to leave" is aimed at Pakistan.)
    const nextAct = (cue.type === 'CONSULT' || (cue.type === 'SUPPORT' && cue.kind === 'agreement')) && w === 'and' && (k > span.to || span.to - span.from > 1) && lex.pastForms.has(words[k + 1] ?? '') && LOWER_FIRST.test(view.tokens[k + 1]?.text ?? '');
    if (boundary || ownClause || nextAct || newSubjectAt(view, k, lex)) { stop = k; break; }
    // "cut ties in 1980 after Cairo signed a peace treaty with Israel": of a clause of its own after the cue, only its
    // subject may be acted on ("protested after militants attacked …"), not what that clause acts on.
    if (clauseOpensAt(view, k, words.length - 1, lex)) {
      const first = view.chunks[firstChunkFrom(view.chunks, k + 1)];
      // (Over a determiner or two: "after a Chinese military drone flew …".)
      stop = first && first.from - k <= 3 ? first.to : k;
      break;
    }
  }
  // ", Kazinform reported": the source of the words after the comma is no party to the act.
  // (However far the attribution: "delivered … to Ukraine, the government in Berlin said" ends at the comma.)
  const said = view.attributions.lastClosing;
  if (said > span.to) {
    let k = said - 1;
    while (k > span.to && view.words[k] !== ',') k--;
    if (view.words[k] === ',' && k < stop) stop = k;
  }
  // Parties inside the cue's gaps count ("summoned the Bangladeshi envoy"); a possessive pronoun ("their
  // respective modernization") and a noun owned by someone ("Sweden's NATO membership") are not acted on.
  const inReach: Chunk[] = [];
  // (A slot that holds the agent holds nothing acted on.)
  const agentInSlot = agentSlot(view, span, cue.agentAfter);
  for (let i = firstChunkFrom(chunks, agentInSlot ? span.slot![1] : span.from + 1); i < chunks.length && chunks[i].from < stop; i++) {
    const c = chunks[i];
    // ("freed 52 prisoners, among them two Polish nationals": "them" are the prisoners, the nationals the party.)
    // A possessive pronoun is no party acted on, unless it owns the territory entered ("entered its territorial waters").
    const owner = c.kind === 'pronoun' && c.possessive && ownsTerritory(view.words, c.to) && c.parties.every((p) => !subjectCodes.has(p.code));
    if (c.parties.length > 0 && !c.modifier && (owner || !(c.kind === 'pronoun' && (c.possessive || c.prep === 'among'))) && !agentOfOtherParticiple(view, c, span)) inReach.push(c);
  }

  // ("handed the two men over to Kenyan police": a pattern that ends in its recipient's preposition holds what is
  // handed in its slot, and the party after it receives.)
  const toAfter = cue.recipientAfter.includes(view.words[span.to - 1]);
  if (span.slot && !agentInSlot && !toAfter) {
    const inSlot = inReach.find((c) => c.from >= span.slot![0] && c.from < span.slot![1]);
    // ("Gazprom warned it could start cutting deliveries to Moldova": a pronoun for the subject itself is no one warned.)
    const itself = inSlot?.kind === 'pronoun' && inSlot.prep === null && inSlot.parties.every((p) => subjectCodes.has(p.code));
    if (inSlot && !itself) return startingBefore(coordinationOf(view, inSlot), stop);
  }
  if (cue.recipientAfter.length > 0) {
    const preferred = inReach.find((c) => c.from >= span.to && c.prep !== null && cue.recipientAfter.includes(c.prep) && (c.agentive || c.kind === 'place' || c.place || c.possessive) && isForeign(c, subjectCodes) &&
      !afterFrontier(words, c));
    if (preferred) return startingBefore(coordinationOf(view, preferred), stop);
  }
  const mustTouch = cue.objectRequired || cue.objectAdjacent;
  if (cue.roles === 'visit') {
    // A visit goes to a place, a country's name or capital, or "the Southeast Asian country" – not to "Chinese officials".
    const dest = inReach.find((c) => c.from >= span.to && isDestination(c));
    if (!dest || (mustTouch && !adjacentTo(view, span, g, dest))) return [];
    // "visits to New Delhi and Islamabad": the places coordinated with it too (draft.ts makes one visit of each).
    const dests = [dest];
    for (const c of inReach) {
      const last = dests[dests.length - 1];
      if (c.from <= last.from) continue;
      const between = view.words.slice(last.to, c.from);
      if (!isDestination(c) || between.length === 0 || between.length > 3 || !between.every((w) => COORD.has(w) || w === 'the')) break;
      dests.push(c);
    }
    return dests;
  }
  let chosen: Chunk | undefined;
  if (cue.roles === 'meeting' || cue.roles === 'host') {
    // The other side of a meeting is "with" it or its direct object; "of the G20 summit" is the setting; a party
    // counted after a verb of hosting is a population, no guest ("hosts 2.5 million Pakistani workers").
    // (What is discussed is the topic: "discussed Gaza", "discussed Ukraine with Putin" is with Putin only.)
    const topic = TOPIC_VERBS.has(words[span.from]);
    // ("discussed the war between Russia and Ukraine": after a verb of topic, the parties "between" are the topic's.)
    const agents = inReach.filter((c) => c.agentive && c.kind !== 'place' && (c.prep === null ? !topic : (MEETING_PREPS.has(c.prep) && !(topic && c.prep === 'between')) || adjacentTo(view, span, g, c)) &&
      !(cue.roles === 'host' && countedBefore(view, span.to, c.from)) && !afterFrontier(words, c));
    chosen = agents.find((c) => isForeign(c, subjectCodes)) ?? agents[0];
  } else {
    // The first party acted on, agent or thing ("condemned Iran's detention", "declined an American request"),
    // before places ("struck energy facilities in Kyiv"); parties of another country before one's own.
    // A signing or an agreement "at the White House" or "during Marcos's visit" is aimed at no one there.
    // Praise or a welcome for a party counted is for a population, not a state ("welcomed 2,000 Ghanaian tourists").
    const near = inReach.filter((c) => c.kind !== 'place' && !atVenueOf(view, span, cue, g, c) && (!c.prep || !g.strictLocative.has(c.prep) || adjacentTo(view, span, g, c) || claimFrom(words, c)));
    // A signing "in Washington" was held there, not with the United States (places_are_venues); one "with
    // Somaliland" was with the region's state.
    const far = inReach.filter((c) => !near.includes(c) && !atVenueOf(view, span, cue, g, c) && (!cue.placesAreVenues || c.prep === 'with'));
    // Forces sent at home go to a place ("deployed troops to Mombasa"), not to the troops themselves.
    const homePlace = cue.type === 'MOBILIZE' ? inReach.find((c) => c.from >= span.to && c.prep !== null && cue.recipientAfter.includes(c.prep) && (c.kind === 'place' || c.place)) : undefined;
    chosen = near.find((c) => isForeign(c, subjectCodes)) ?? far.find((c) => isForeign(c, subjectCodes)) ?? homePlace ?? near[0] ?? far[0];
  }
  if (chosen && mustTouch && !adjacentTo(view, span, g, chosen) && !span.slot) {
    // "freed 52 prisoners in September, among them two Polish nationals": the party the object is narrowed to.
    const touching = inReach.find((c) => adjacentTo(view, span, g, c));
    if (touching && narrows(view, g, touching, chosen)) return startingBefore(coordinationOf(view, chosen), stop);
    return [];
  }
  if (!chosen) return [];
  return startingBefore(coordinationOf(view, chosen), stop);
}

/** The verb adopting the text at `text` ("adopted a resolution"), within ADOPTED_REACH words before it, or -1. */
export function adoptingVerbBefore(words: string[], text: number): number {
  for (let k = text - 1; k >= 0 && text - k <= ADOPTED_REACH; k--) if (ADOPTING.has(words[k])) return k;
  return -1;
}

/** "welcomed the agreement that Ethiopia and Somalia signed": the parties opening a relative clause on the agreement a
 *  cue of support (not a signing) ends with are its sides, acted on (though other sides are never in a clause of their
 *  own). */
function agreementSides(view: SentenceView, span: CueSpan, cue: Cue, g: EventGrammar): Chunk[] | null {
  const { words, chunks, chunkAt } = view;
  if (cue.type !== 'SUPPORT' || cue.kind === 'agreement' || words[span.to] !== 'that' || !g.pairAgreementNouns.has(words[span.to - 1])) return null;
  // (Over a "the" that opens no chunk of its own: "the deal that the two countries reached".)
  const at = chunkAt[span.to + 1] < 0 && words[span.to + 1] === 'the' ? span.to + 2 : span.to + 1;
  const ci = chunkAt[at] ?? -1;
  const c = chunks[ci];
  return c && c.prep === null && c.parties.length > 0 ? coordinateRight(view, ci) : null;
}

/** Nouns of a state's territory, which a possessive pronoun before them owns ("its territorial waters"). */
const TERRITORY = new Set(['waters', 'airspace', 'territory', 'soil', 'zone', 'coast', 'coastline', 'border', 'borders', 'island', 'islands']);

/** Whether a noun of `TERRITORY` stands in the two words from `at`. */
const ownsTerritory = (words: string[], at: number) => TERRITORY.has(words[at] ?? '') || TERRITORY.has(words[at + 1] ?? '');

/**
 * Whether `c` is a country named after "border with" ("the tension on Pakistan's border with Afghanistan"): a
 * neighbour, not "the border with Cambodia's ambassador".
 */
function afterFrontier(words: string[], c: Chunk): boolean {
  if (c.prep !== 'with' || c.kind !== 'country' || c.possessive || c.headed) return false;
  // ("with" stands right before the country or before its determiners: see the chunks' `prep`.)
  let k = c.from - 1;
  while (k > c.from - 3 && k > 0 && words[k] !== 'with') k--;
  return words[k] === 'with' && FRONTIER_NOUNS.has(words[k - 1] ?? '');
}

/** Nouns of what one party puts to another, whose author follows "from" ("accusations from Niger's military"). */
const CLAIM_NOUNS = new Set(['accusation', 'accusations', 'claim', 'claims', 'allegation', 'allegations', 'charge', 'charges', 'demand', 'demands',
  'call', 'calls', 'request', 'requests', 'criticism', 'pressure', 'proposal', 'proposals', 'offer', 'offers', 'threat', 'threats', 'overtures', 'appeal', 'appeals']);

/** Whether `c` follows "from" after a noun of `CLAIM_NOUNS`: the author of what is acted on, not a place. */
function claimFrom(words: string[], c: Chunk): boolean {
  if (c.prep !== 'from') return false;
  const at = words[c.from - 1] === 'from' ? c.from - 1 : c.from - 2;
  return words[at] === 'from' && CLAIM_NOUNS.has(words[at - 1] ?? '');
}

/** A place, a country's name or capital, or "the Southeast Asian country": where a visit may go. */
const isDestination = (c: Chunk) => c.kind === 'place' || c.kind === 'description' || (c.kind === 'country' && !c.headed && c.mentionKind !== 'demonym' && c.mentionKind !== 'adjective');

// (Module functions, not closures inside findObject: the TypeScript loader names every closure as it is created.)
/** The chunks of `list` that start before token `stop`. */
function startingBefore(list: Chunk[], stop: number): Chunk[] {
  return list.filter((c) => c.from < stop);
}

/** A party where the act took place, not one it is aimed at (see findObject). */
function atVenueOf(view: SentenceView, span: CueSpan, cue: Cue, g: EventGrammar, c: Chunk): boolean {
  return (VENUE_BLIND.has(cue.type) && atVenue(view.words, c, g)) || (cue.type === 'SUPPORT' && countedBefore(view, span.to, c.from));
}

/**
 * Whether `part` names some of `whole` after it: ", among them", ", including", "mostly" (grammar `narrowing`) with
 * only dates and commas before and a count or a word after ("among them two", "including three").
 */
/** Words a narrowed part may have before it ("among them two", "including about 30"). */
const NARROWED_COUNT = 2;

function narrows(view: SentenceView, g: EventGrammar, whole: Chunk, part: Chunk): boolean {
  const words: string[] = [];
  for (let k = whole.to; k < part.from; k++) {
    const date = view.dateTok[k] >= 0 || (g.dateLead.has(view.words[k]) && view.dateTok[k + 1] >= 0);
    if (date || view.words[k] === ',' || /^\d/.test(view.words[k])) continue;
    words.push(view.words[k]);
  }
  const m = g.narrowing.matchAt(words, 0);
  return m !== null && words.length - m.length <= NARROWED_COUNT;
}

/**
 * The parties who broker, mediate, host or oversee an act rather than take a side in it (grammar.yaml
 * mediator_*): "a swap brokered by the UAE", "talks hosted by Kazakhstan", "under the auspices of the OSCE", "under
 * Chinese mediation". A participle that is the cue itself makes no mediator of its agent ("was sponsored by"), except
 * after a meeting noun ("talks hosted by"; "Xi was hosted by Putin" is a visit).
 */
export function mediatorParties(view: SentenceView, span: CueSpan, g: EventGrammar): Set<Party> {
  let found = MEDIATORS.get(view);
  if (!found) MEDIATORS.set(view, (found = findMediators(view, g)));
  const out = new Set<Party>();
  for (const m of found) if (m.participle < span.from || m.participle >= span.to) for (const p of m.parties) out.add(p);
  return out;
}

interface Mediator {
  parties: Party[];
  /** The token of a participle that makes the party a mediator unless it is the cue, else -1. */
  participle: number;
}

/** Read once per sentence: a sentence has many cues and may have many chunks. */
const MEDIATORS = new WeakMap<SentenceView, Mediator[]>();

function findMediators(view: SentenceView, g: EventGrammar): Mediator[] {
  const { words, chunks } = view;
  const out: Mediator[] = [];
  const add = (ci: number, participle: number) => out.push({ parties: coordinateRight(view, ci).flatMap((c) => c.parties), participle });
  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci];
    if (c.parties.length === 0) continue;
    let k = c.from - 1;
    while (k > 0 && ['the', 'a', 'an'].includes(words[k])) k--;
    const before = words[k - 1] ?? '';
    // ("talks hosted by Kazakhstan" even when "hosted" is the cue: the talks, not a guest, were hosted.)
    if (words[k] === 'by' && g.mediatorMeetingParticiples.has(before) && g.mediatorMeetingNouns.has(words[k - 2] ?? '')) add(ci, -1);
    // ("The talks were co-chaired by Foreign Secretary Pema Choden and India's Foreign Secretary Vikram Misri": co-chairs
    // of two countries are the talks' two sides.)
    else if (words[k] === 'by' && g.mediatorParticiples.has(before) && !(before === 'co-chaired' && codeSet(coordinateRight(view, ci).flatMap((x) => x.parties)).size >= 2)) add(ci, k - 1);
    else if (words[k] === 'of' && g.mediatorNouns.has(before)) add(ci, -1);
    // ("under Chinese mediation"; not "commended Qatar's mediation", which names the mediator as the one praised.)
    else if (c.kind === 'country' && !c.headed && !c.possessive && (c.mentionKind === 'demonym' || c.mentionKind === 'adjective') && g.mediatorNouns.has(words[c.to] ?? '')) add(ci, -1);
    // ("with Venezuelan and Cuban officials attending as guarantors", "with Norway as facilitator": the last of the
    // coordinated parties carries the role.)
    else if (thirdPartyRoleAt(words, c.to)) {
      let first = ci;
      while (first > 0 && chunks[first - 1].to === chunks[first].from - 1 && COORD.has(words[chunks[first].from - 1])) first--;
      add(first, -1);
    }
  }
  return out;
}

/** Roles of a third party at talks, named after "as". */
const THIRD_PARTY_ROLES = new Set(['guarantor', 'guarantors', 'mediator', 'mediators', 'facilitator', 'facilitators', 'observer', 'observers']);
const THIRD_PARTY_VERBS = new Set(['acting', 'attending', 'serving']);

/** "… attending as guarantors", "… acting as mediators", "… as facilitator" right after a party at `k`. */
function thirdPartyRoleAt(words: string[], k: number): boolean {
  if (THIRD_PARTY_VERBS.has(wordAt(words, k))) k++;
  return wordAt(words, k) === 'as' && THIRD_PARTY_ROLES.has(wordAt(words, k + 1));
}
