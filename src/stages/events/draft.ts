// One coded cue before article-level refinement: its type and mode, actor and recipient, tense, date and place.
import type { Cue, CueKind, EventsLexicon } from '../../lexicon/events.ts';
import { startsWithLetter } from '../../lexicon/tokens.ts';
import { wordAt } from './tokens.ts';
import { aspectOf, clauseOf, datedAt, isPunctWord, WILL, type Clause } from './clause.ts';
import { INTERNATIONAL_CODES, type Chunk } from './chunks.ts';
import { TAKEN_PARTICIPLES, type CueSpan } from './cues.ts';
import { codeSet, countryName, countryParty, isState, partyKey, type Party } from './parties.ts';
import { adoptingVerbBefore, findParties, mainSubjectBefore, mediatorParties, type CueParties } from './roles.ts';
import { pickDate, type PickedDate } from './when.ts';
import { findPlace, hostSeat, placeOfChunk, visitCity, type EventPlace } from './where.ts';
import type { SentenceView } from './view.ts';

export interface Draft {
  cue: Cue;
  type: string;
  /** Further types of the same act, after merging ("pledged …, raising relations": AGREE and SUPPORT). */
  alsoTypes: string[];
  mode: string[];
  kind: CueKind;
  sentence: number;
  /** Character offsets of the cue in the article text. */
  start: number;
  end: number;
  texts: string[];
  actor: Party[];
  recipient: Party[];
  /** The grammatical parties of a meeting, before the coder decides who hosts. */
  hostKnown: boolean;
  date: string | null;
  dateFrom: PickedDate['from'] | 'anchor' | 'context' | 'fallback' | null;
  /** The best date anywhere in the sentence, for acts that turn out to be joint agreements. */
  sentenceDate: string | null;
  future: boolean;
  reported: boolean;
  /** A promise an institution announced in a closing attribution ("Brazil will send aid …, the foreign ministry said"). */
  announced: boolean;
  speculative: boolean;
  /** On a timetable ("is scheduled to travel"). */
  scheduled: boolean;
  /** The type needs a recipient (AID, SANCTION, COOPERATE) and the sentence names none. */
  missingRecipient: boolean;
  /**
   * Aimed at whoever is across the actor's border, with no one named: a measure of trade eased ("lifted the curbs on
   * barley"), the actor's own border crossings closed ("closed two border crossings to tourists"). The actor's own
   * country stands in; in an article, the other of its two countries (refine.ts).
   */
  forOther: boolean;
  /** The actor closed its border ("closed its border with Laos"): an act of its own beside others of its type told with
   *  it ("cut ties with Morocco and closed its border", see merge.ts). */
  closesBorder: boolean;
  /** Recipients of the actor's own country were dropped ("called for a China-Vietnam community"). */
  ownObject: boolean;
  /** Token of the date mention the date came from, or -1. */
  dateTok: number;
  /** Content words of the clause after the cue, stemmed roughly: what was agreed or signed. */
  gist: Set<string>;
  loc: EventPlace | null;
  /** The place is the dateline's, guessed for want of one in the sentence. */
  locGuessed: boolean;
  /** For an agreement to meet, the meeting's place ("offered to host talks in Kuala Lumpur"): the agreement's own
   *  place when the article gives no other. */
  venue: EventPlace | null;
  /** For a visit: the country visited. */
  visitHost: string | null;
  clause: Clause;
  confidence: number;
  /** "welcomed the package": the noun of an act told before, the object; in an article that act's actor is the recipient. */
  anaphor: string | null;
  /** In an article, the act `anaphor` points back to was told in the sentence right before. */
  anaphorNear: boolean;
  /** "spoke with Anutin and with Hun Manet": the recipients of separate meetings, one draft each (see splitSeparate). */
  separate?: Party[][];
  /** "visits to New Delhi and Islamabad": the place of each separate visit, in the order of `separate`. */
  separateLocs?: (EventPlace | null)[];
  /** The grammatical subject's parties (a meeting's actor also holds its "with" partner). */
  subject?: Party[];
}

/** Acts of one side's words: after "X spoke with Y and …" they are X's alone ("… and urged Z to …"). */
const ONE_SIDED_TYPES = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

/** Acts of words: their place is where they were said, seldom a place named after them. */
const VERBAL_TYPES = new Set(['AGREE', 'SUPPORT', 'CONCEDE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

/** Future cooperation is AGREE; a future retreat is CONCEDE; future force or sanctions are threats (manual). */
const FUTURE_TYPE: Record<string, string> = {
  CONSULT: 'AGREE', SUPPORT: 'AGREE', COOPERATE: 'AGREE', AID: 'AGREE',
  RETREAT: 'CONCEDE', SANCTION: 'THREATEN', COERCE: 'THREATEN', ASSAULT: 'THREATEN', MOBILIZE: 'THREATEN',
};

/** Sectors of people whose travel is no visit: refugees and migrants, students (civilians: no meeting either). */
const PEOPLE_ON_THE_MOVE = new Set(['REF', 'EDU']);

function uniqueParties(list: Party[]): Party[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const k = partyKey(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const AFTER = new Set(['after', 'following']);

/** Sectors of armed parties outside the state: rebels and criminal gangs. */
const ARMED = new Set(['REB', 'CRM']);
/** Heads of people held by another side, whom a hand-over returns ("fishermen were handed over to Bangladesh"). */
const CAPTIVES = new Set(['fishermen', 'fisherman', 'sailors', 'crew', 'prisoners', 'prisoners of war', 'detainees', 'hostages', 'captives', 'soldiers', 'soldier', 'nationals', 'citizens', 'pilgrims', 'workers', 'migrants', 'herders', 'shepherds', 'traders', 'drivers', 'truck drivers']);

/** Acts several countries do together, somewhere that is no party to them. */
const TOGETHER = new Set(['AGREE', 'SUPPORT', 'CONCEDE', 'CONSULT', 'COOPERATE']);
const VENUES = new Set(['in', 'at', 'near', 'off', 'inside', 'during']);

const STARTS = new Set(['began', 'begun', 'begin', 'begins', 'started', 'start', 'starts', 'resumed', 'resume', 'resumes']);

/** Acts only a state does: done by the state where they happen when the sentence names no one. */
const STATE_ACTS = new Set(['COERCE', 'RETREAT', 'CONCEDE', 'SANCTION', 'MOBILIZE']);

/** The country of the sentence's first place of an act ("in Yangon", "across France"), as a state party (not one passed
 *  "through": "deported through the Islam Qala crossing" names the way out, not where the act was done). */
function placeCountry(view: SentenceView, lex: EventsLexicon): Party | null {
  // ("arrested near Igolo, on the Beninese side of the crossing": a country's side of a border is in that country.)
  const c = view.chunks.find((x) => x.locative && x.prep !== 'through' && (x.kind === 'place' || (x.kind === 'country' && (!x.headed || view.words[x.to - 1] === 'side'))) &&
    x.parties[0]?.code && !NOT_STATE.has(x.parties[0].code));
  return c ? countryParty(lex, c.parties[0].code, view.words.slice(c.from, c.to).join(' '), 'GOV') : null;
}

/** The cue of a plane, ship or convoy carrying relief (aid.yaml `aid-carrier`). */
const CARRIER_CUE = 'events.aid.aid-carrier';
/** The cue of a thing given told with its giver after "by" ("vaccines donated by China"). */
const GIVEN_BY_CUE = 'events.aid.given-by';

/** The country of the dateline's place that opens the sentence ("PORT VILA -"), or null. */
function datelineCountry(view: SentenceView, lex: EventsLexicon): Party | null {
  const c = view.chunks[0];
  const code = c && c.from === 0 && view.dateline[0] && c.kind === 'place' ? c.parties[0]?.code : undefined;
  return code && !NOT_STATE.has(code) ? countryParty(lex, code, countryName(lex, code), null) : null;
}

/** Nouns of a proposal or bid whose maker is what a passive verb after them acts on. */
const PROPOSAL_NOUNS = new Set(['proposal', 'proposals', 'offer', 'offers', 'bid', 'bids', 'request', 'requests', 'plan', 'plans', 'initiative',
  'application', 'applications', 'candidacy', 'demand', 'demands', 'appeal', 'appeals']);

/**
 * "A proposal by Mexico to mediate between the United States and Venezuela was turned down by Washington", "Bhutan's
 * bid to join the WTO was endorsed by India": the subject of a passive that is a proposal or bid is its maker's (the
 * owner, or the party after "by"/"from"), not a party named inside it. Null when the subject is no such noun.
 */
function ownerOfProposal(view: SentenceView, from: number, to: number): Party[] | null {
  const { words, chunkAt, chunks } = view;
  for (let k = Math.max(0, from); k < to; k++) {
    if (!PROPOSAL_NOUNS.has(words[k])) continue;
    const own = chunkAt[k - 1] ?? -1;
    if (own >= 0 && chunks[own].possessive && chunks[own].parties.length > 0) return partiesOf([chunks[own]]);
    let n = k + 1;
    if (words[n] !== 'by' && words[n] !== 'from') return null;
    n++;
    while (['the', 'a', 'an'].includes(words[n] ?? '')) n++;
    const maker = chunkAt[n] ?? -1;
    return maker >= 0 && chunks[maker].parties.length > 0 ? partiesOf([chunks[maker]]) : null;
  }
  return null;
}

/** Someone the sentence does not name ("were killed"). */
function unknownParty(lex: EventsLexicon, view: SentenceView, span: CueSpan): Party {
  return countryParty(lex, '', view.words.slice(span.from, span.to).join(' '), null);
}

const NOT_STATE = new Set(['IGO', 'UNO', 'EUR', 'NGO']);

const HOME_COERCION = new Set(['arrest', 'restrict', 'curfew', 'martial-law', 'censor']);
const HOME_PROTEST = new Set(['riot', 'hunger']);
/** A court's verdict on people it names no country for is given at home ("a Jakarta court sentenced the governor"). */
const HOME_SANCTION = new Set(['convict']);

/** Prepositions of where forces are sent ("sent troops to Manipur"), not where they are ("mobilisation in Russia"). */
const SENT_TO = new Set(['to', 'into', 'onto', 'toward', 'towards', 'across', 'around']);

/** Words before a meeting noun that make it one talked of, not held ("a planned meeting between …"). */
const PLANNED = new Set(['planned', 'proposed', 'expected', 'possible', 'potential', 'future', 'upcoming', 'mooted']);

/** Words after a protest that say what it is aimed at ("against the reform", "to demand …"). */
const AIMED = new Set(['against', 'demand', 'demanding', 'denounce', 'denouncing']);

/** Words before "to" whose infinitive tells what was only plotted. */
const PLOTS = new Set(['plot', 'plots', 'plotted', 'plotting', 'conspiracy', 'conspiring', 'conspired', 'scheme', 'scheming']);

/** Nouns of fighting whose "with" names the other side ("killed in a clash with Thai troops"). */
const FIGHTING_NOUNS = new Set(['clash', 'clashes', 'fighting', 'firefight', 'gunfight', 'battle', 'skirmish', 'skirmishes', 'fire', 'gunfire']);

/** Articles before the noun of an act of force ("in an Israeli airstrike"). */
const ARTICLE_WORDS = new Set(['a', 'an', 'the']);

/** "was killed in an Israeli airstrike": the country whose adjective stands before an act of force right after the
 *  cue's "in" (over the place where it struck, "… in Beirut"). */
function meansOwner(view: SentenceView, span: CueSpan): Party | null {
  if (view.words[span.to] !== 'in') return null;
  const k = ARTICLE_WORDS.has(view.words[span.to + 1] ?? '') ? span.to + 2 : span.to + 1;
  const c = view.chunks[view.chunkAt[k] ?? -1];
  if (!c || c.from !== k || c.kind !== 'country' || (c.mentionKind !== 'adjective' && c.mentionKind !== 'demonym')) return null;
  // (The act's noun may head the chunk: "Israeli airstrikes".)
  return view.spans.some((s) => s.from > c.from && s.from <= c.to && s.cues.some((q) => q.type === 'ASSAULT')) ? c.parties[0] ?? null : null;
}

/** For an act told in the passive, the party after "with" right after a noun of fighting in its clause, not of the victims' country. */
function clashOpponent(view: SentenceView, span: CueSpan, found: CueParties, victims: string | undefined): Chunk | null {
  for (const c of found.object) {
    if (c.prep !== 'with' || c.from <= span.to || c.parties.length === 0 || c.parties.some((p) => !p.code || p.code === victims)) continue;
    // ("in a clash with", "in an exchange of fire with", "in heavy fighting with the": a determiner stays outside the chunk.)
    const w = wordAt(view.words, c.from - 1) === 'with' ? c.from - 1 : c.from - 2;
    const noun = wordAt(view.words, w) === 'with' ? wordAt(view.words, w - 1) : '';
    if (FIGHTING_NOUNS.has(noun)) return c;
  }
  return null;
}

/** What a country closes at its border (`sanction.yaml` `close-border`, `coerce.yaml` `blockade`). */
const BORDER_WORDS = new Set(['border', 'borders', 'crossing', 'crossings', 'frontier', 'frontiers', 'checkpoint', 'checkpoints']);

/** A party with a country, or a named person or organisation (the gold may name them). */
export const isKnown = (p: Party) => Boolean(p.code || p.personId || p.orgId);

function withoutUnknown(list: Party[]): Party[] {
  return list.some(isKnown) ? list.filter(isKnown) : list;
}


function partiesOf(chunks: Chunk[]): Party[] {
  const out: Party[] = [];
  for (const c of chunks) out.push(...c.parties);
  return out;
}

/** Modifiers allowed between "the" and the noun of an act told before ("the new sanctions package"). */
const ANAPHOR_MODIFIERS = 3;
/** Words after such a noun that open its own parties ("the package of sanctions against Russia"), unless a date follows. */
const OWN_PARTIES_AFTER = new Set(['of', 'by', 'between', 'with', 'on', 'against', 'to', 'from']);

/** "welcomed the (joint) statement": "the", up to a few modifiers and a noun of `event_anaphors` right after the cue. */
function anaphorAfter(view: SentenceView, from: number, to: number, lex: EventsLexicon): string | null {
  return anaphorAt(view, from, to, lex)?.noun ?? null;
}

/** anaphorAfter's noun, the token after it, and whether an "of" there names the victims of an act of force. */
function anaphorAt(view: SentenceView, from: number, to: number, lex: EventsLexicon): { noun: string; end: number; victims: boolean } | null {
  const words = view.words;
  // ("condemned what it called the illegal detention": the speaker's naming of the act is stepped over.)
  from = afterWhatCalled(words, from);
  if (words[from] !== 'the') return null;
  for (let k = from + 1; k < to && k <= from + 1 + ANAPHOR_MODIFIERS; k++) {
    if (view.chunkAt[k] >= 0) return null;
    // (Before the function words: after "the", "meeting" is the noun.)
    const m = lex.grammar.eventAnaphors.matchAt(words, k);
    if (!m && lex.grammar.functionWords.has(words[k])) return null;
    if (!m) continue;
    // The noun ends the phrase: "the package of sanctions against Russia" names its own parties ("on Monday" is a date).
    // (Only with a party in that phrase: "the immediate release of the vessel" names none, and points back.)
    // (An act of force "of" a party names its victims, not who did it: "the detention of Georgian citizens" still points
    // back to the detention told before.)
    const noun = words[k + m.length - 1];
    const after = words[k + m.length] ?? '';
    // (Not "the release of Navalny", whose people after "of" are the ones the words are about.)
    const victims = after === 'of' && noun !== 'release' && [...(lex.grammar.anaphorTypes.get(noun) ?? [])].some((t) => FORCE_TYPES.has(t));
    const own = !victims && view.dateTok[k + m.length + 1] < 0 && OWN_PARTIES_AFTER.has(after) && partyWithin(view, k + m.length + 1, OWN_PARTY_REACH);
    return own ? null : { noun, end: k + m.length, victims };
  }
  return null;
}

/** Verbs of naming in "what it called …", "what Tbilisi described as …". */
const NAMING_VERBS = new Set(['called', 'termed', 'labelled', 'labeled', 'described', 'branded', 'dubbed']);

/** The token after "what <one or two words> called|described as" at `from`, else `from`. */
function afterWhatCalled(words: string[], from: number): number {
  if (words[from] !== 'what') return from;
  for (let k = from + 2; k <= from + 3; k++) {
    if (!NAMING_VERBS.has(words[k] ?? '')) continue;
    return words[k + 1] === 'as' ? k + 2 : k + 1;
  }
  return from;
}

/** How many words after "of", "against", … the party of an act's own phrase may stand ("of the two Koreas"). */
const OWN_PARTY_REACH = 4;

/** Whether a party's chunk starts among the `reach` tokens from `from`. */
function partyWithin(view: SentenceView, from: number, reach: number): boolean {
  for (let k = from; k < Math.min(view.words.length, from + reach); k++) {
    const ci = view.chunkAt[k];
    if (ci >= 0 && view.chunks[ci].parties.length > 0) return true;
  }
  return false;
}

/** ", a move Moscow condemned", ", a step Kyiv welcomed", ", which Moscow condemned": the subject at `from` opens a
 *  relative clause on the act told before the comma (grammar event_anaphors). */
function relativeOnAct(view: SentenceView, from: number, lex: EventsLexicon): boolean {
  const words = view.words;
  if (wordAt(words, from - 1) === 'which' && wordAt(words, from - 2) === ',') return true;
  // (Over the subject's "the": ", a charge the Taliban denied".)
  const subject = wordAt(words, from - 1) === 'the' ? from - 1 : from;
  for (let k = subject - 1; k >= 1 && k >= subject - 3; k--) {
    const m = lex.grammar.eventAnaphors.matchAt(words, k);
    if (!m || k + m.length !== subject) continue;
    const det = words[k - 1];
    return (det === 'a' || det === 'an') && words[k - 2] === ',';
  }
  return false;
}

/** Prepositions before the target of fire ("at Israel", "toward the Israeli town of …"). */
const FIRED_AT = new Set(['at', 'toward', 'towards', 'on', 'into', 'against']);

/** Words before a weapon's name ("by a drone", "by two Russian missiles", "an improvised explosive device"). */
const WEAPON_LEAD = new Set(['a', 'an', 'the', 'two', 'three', 'several', 'suspected', 'unidentified', 'unmanned', 'armed', 'explosive', 'kamikaze',
  'improvised', 'homemade', 'roadside', 'car', 'suicide']);
/** The most words a weapon's name holds in grammar.yaml weapons ("improvised explosive device"). */
const WEAPON_WORDS = 3;

/** Whether a weapon (grammar.yaml weapons) is named at `from`, over a determiner and modifiers, before `to`. */
function weaponAt(view: SentenceView, from: number, to: number, lex: EventsLexicon): boolean {
  let k = from;
  while (k < to && k < from + 4 && WEAPON_LEAD.has(view.words[k])) k++;
  // (From any of the modifiers: "an explosive device", "an improvised explosive device".)
  for (let j = from; j <= k; j++) {
    for (let n = WEAPON_WORDS; n >= 1; n--) if (j + n <= to && lex.grammar.weapons.has(view.words.slice(j, j + n).join(' '))) return true;
  }
  return false;
}

/** Whether the passive's agent is a weapon, with no party: "was hit by a drone" (grammar.yaml weapons). */
function byWeapon(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  // ("was hit on Tuesday by explosives dropped from drones": over the date.)
  let by = span.to;
  while (by < span.to + 4 && (view.dateTok[by] >= 0 || (wordAt(view.words, by) !== 'by' && lex.grammar.dateLead.has(wordAt(view.words, by)) && view.dateTok[by + 1] >= 0))) by++;
  return wordAt(view.words, by) === 'by' && weaponAt(view, by + 1, view.words.length, lex);
}

/** Whether the sentence opens with a weapon as the subject of the cue ("An improvised explosive device planted on the
 *  road … killed four gendarmes"), and no party stands before the cue but places. */
function weaponSubject(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  if (view.chunks.some((c) => c.from < span.from && c.parties.length > 0 && !(c.locative || c.kind === 'place' || c.place))) return false;
  return weaponAt(view, 0, span.from, lex);
}

/** The country a passive act of force came "from" ("were fired from Lebanon"): a country chunk right after the verb. */
function firedFrom(view: SentenceView, span: CueSpan): Party[] {
  const c = view.chunks.find((x) => x.prep === 'from' && x.kind === 'country' && x.from > span.from && x.from <= span.from + 2);
  return c ? c.parties.filter((p) => p.code) : [];
}

/** The countries of the sentence's first party when it names two or more ("India and China", "Both countries"). */
function openingCountries(view: SentenceView): Party[] {
  const first = view.chunks.find((c) => c.parties.length > 0 && c.prep === null && !c.possessive);
  if (!first || (first.kind !== 'country' && first.kind !== 'pair')) return [];
  const parties: Party[] = [];
  for (let k = view.chunks.indexOf(first); k < view.chunks.length; k++) {
    const c = view.chunks[k];
    if (c !== first && !(c.kind === 'country' && c.prep === null && (view.words[c.from - 1] === 'and' || view.words[c.from - 1] === ','))) break;
    for (const p of c.parties) if (p.code && !parties.some((q) => q.code === p.code)) parties.push(p);
  }
  return parties.length >= 2 ? parties : [];
}

/** Codes one cue span; `previous` is the last draft of the same sentence (for "… and met with"). */
/** How far an aside between a subject and its verb may reach. */
const ASIDE_REACH = 20;

/**
 * "Foreign Minister Ana Lopez, in a meeting that both sides called cordial, held talks with …": a meeting named by
 * its noun in an aside set off between a subject and its verb is the one the verb after the aside tells.
 */
function meetingAside(view: SentenceView, span: CueSpan): boolean {
  if (!span.cues.every((c) => c.type === 'CONSULT' && c.noun && c.roles === 'meeting')) return false;
  let open = span.from - 1;
  while (open >= 0 && open >= span.from - 3 && view.words[open] !== ',') open--;
  if (open < 1 || view.words[open] !== ',') return false;
  // ("Foreign Minister Gedion Timothewos (PhD), in a meeting …": a bracket after the name is stepped over.)
  const before = view.words[open - 1] === ')' ? view.words.lastIndexOf('(', open - 1) - 1 : open - 1;
  if (before < 0 || view.chunkAt[before] < 0) return false;
  let close = span.to;
  while (close < view.words.length && close < span.to + ASIDE_REACH && view.words[close] !== ',') close++;
  if (view.words[close] !== ',') return false;
  return view.spans.some((x) => x.from > close && x.from <= close + 3 && x.cues.some((c) => c.type === 'CONSULT' && !c.noun));
}

/** Participles of holding someone, before "by" and the captor ("held by Burkinabe gendarmes"). */
const HELD = new Set([...TAKEN_PARTICIPLES, 'held', 'taken', 'intercepted']);

/** The captor named after "held by" (or "detained by" …) between the subject and the verb of a release, or null. */
function captorBefore(view: SentenceView, subject: Chunk[], span: CueSpan): Party | null {
  const from = subject.at(-1)?.to ?? -1;
  if (from < 0) return null;
  for (let k = from; k < span.from - 1; k++) {
    if (view.words[k] !== 'by' || !HELD.has(view.words[k - 1] ?? '')) continue;
    const c = view.chunks.find((x) => x.from > k && x.from <= k + 3 && x.to <= span.from && x.parties.some(isKnown));
    return c ? c.parties.find(isKnown)! : null;
  }
  return null;
}

export function draftSpan(view: SentenceView, span: CueSpan, lex: EventsLexicon, previous: Draft | null): Draft | null {
  if (nounOfParty(view, span) || comparedOnly(view, span) || statistic(view, span) || delayedAct(view, span) || describedAct(view, span) || describesParty(view, span, lex) || attributiveParticiple(view, span, lex) || textsAct(view, span, lex) || tally(view, span) || stateSince(view, span, lex) || firstToAct(view, span) || habitual(view, span, lex) || meetingStopped(view, span, lex) ||
    mannerOfForce(view, span, lex) || naturalBlow(view, span, lex) || sportsScore(view, span) || meetingAside(view, span) || nounNeverHeld(view, span)) return null;
  const clause = clauseOf(view, span, lex);
  // "declined to comment on reports that Japan would expel Chinese diplomats": what a report or rumour says is hearsay.
  // So is what is denied or contested ("denied that Egypt had sent troops", "rejected claims that it had armed …").
  if (hearsay(view, clause.from)) return null;
  const first = findParties(view, span, span.cues[0], lex);
  // Modals and "will" count from the subject on: "the two sides should …" does not reach "Xi made the remarks".
  const subjectEnd = (first.owner ?? first.subject.at(-1))?.to ?? -1;
  const aspect = aspectOf(view, span, clause, lex, subjectEnd);
  // "Putin said Russian forces could seize the city": force a speaker says may come is a threat (PLOVER
  // THREATEN); other hypothetical acts are no events.
  const threat = aspect.hypothetical && aspect.reported && !aspect.negated && span.cues.some((c) => FUTURE_TYPE[c.type] === 'THREATEN');
  if (aspect.negated || (aspect.hypothetical && !threat)) return null;
  // "linked him to a plot to set fire to buses": what a plot would do is no act, nor anyone's threat.
  if (wordAt(view.words, span.from - 1) === 'to' && PLOTS.has(wordAt(view.words, span.from - 2))) return null;
  for (const cue of span.cues) {
    const parties = cue === span.cues[0] ? first : findParties(view, span, cue, lex);
    const draft = assemble(view, span, cue, parties, clause, previous, lex);
    if (!draft) continue;
    if (aspect.untilDate >= 0) {
      draft.date = view.dates[aspect.untilDate].value;
      draft.dateFrom = 'clause';
    }
    // A threat is made by its own side ("Putin said Russian forces could …"), not by analysts who guess.
    if (threat && !spokenBy(view, draft.actor)) continue;
    // "Before leaving New York, Tô Lâm received …": people who leave a place, told by a verb of the broad lexicon, travel;
    // forces withdraw.
    if (cue.fallback && draft.type === 'RETREAT' && draft.mode.includes('withdraw') && draft.actor.length > 0 && draft.actor.every((p) => p.personId)) continue;
    // "Sikorski summoned Belarus's envoy, ministry spokesman Wronski told reporters": a past act its own side tells in
    // a closing attribution is reported as done, not hearsay.
    // So is a past verb of the speaker's own after "and" ("Baku said its troops had responded … and accused Yerevan of
    // planting mines": said and accused).
    const pastOwn = lex.pastForms.has(view.words[span.from]) && spokenBy(view, draft.actor);
    // A threat its own side tells is made, not reported ("The Kremlin said it would respond by …").
    // (So is a state's act it tells of itself after "said it": "China's coast guard said it had "expelled" the Philippine
    // vessels"; not a meeting a person says she had, which the article does not date: "said she had discussed … with".)
    const ownStateAct = STATE_ACTS.has(draft.type) && saidOfItself(view, draft.actor);
    draft.reported = aspect.reported && !(pastOwn && (attributionCommaAfter(view, span) >= 0 || speakersNextVerb(view, span) || ownStateAct)) &&
      // (Also force or sanctions told in the future, which applyTense makes a threat: "Israel's foreign ministry said it
      // would expel South Africa's senior diplomat".)
      !((draft.type === 'THREATEN' || (aspect.future && FUTURE_TYPE[draft.type] === 'THREATEN')) && (spokenBy(view, draft.actor) || saidOfItself(view, draft.actor)));
    draft.speculative = aspect.speculative;
    draft.scheduled = aspect.scheduled;
    applyTense(draft, aspect.future || span.promised || threat, lex, planFrom(view, span, clause), inForceFrom(view, span, clause), conditionAfter(view, span, clause));
    // "Brazil will send aid to Bolivia, the foreign ministry said": a promise (a verb's, not a planned meeting) an institution
    // announces in a closing attribution (its own side's, when it reports another's words) is made, not reported; a
    // person's words stay words ("China will work with …, Xi said").
    if (draft.future && draft.type === 'AGREE' && cue.type !== 'CONSULT' && !cue.noun && institutionAfter(view, span) && (!draft.reported || spokenBy(view, draft.actor))) {
      draft.reported = false;
      draft.announced = true;
    }
    // ("warned that his government would suspend the commission unless Bulgaria dropped …": the actor's own side after
    // "that" is the one who would act, not the one threatened.)
    if (draft.type === 'THREATEN' && (draft.recipient.length === 0 || ownSideOnly(draft.recipient, draft.actor))) {
      const conditioned = conditionParties(view, draft.actor);
      if (conditioned.length > 0 || draft.recipient.length === 0) draft.recipient = conditioned;
    }
    return draft;
  }
  return null;
}

/** "offered to host talks in Kuala Lumpur", "agreed to meet in Geneva": the place of a meeting in the complement of an
 *  agreement (a cue of meeting the agreement suppressed), or null. */
function plannedVenue(view: SentenceView, span: CueSpan, clause: Clause, lex: EventsLexicon): EventPlace | null {
  for (const s of view.spans) {
    if (s.from < span.to || s.from >= clause.to) continue;
    if (s.suppressed && s.cues[0].type === 'CONSULT') return findPlace(view, s, { from: s.from, to: clause.to }, lex, false);
  }
  return null;
}

/** Whether the cue's words end in "between" ("talks between"): its sides follow it. */
function namesBetween(view: SentenceView, span: CueSpan): boolean {
  return view.words[span.to - 1] === 'between';
}

/** "Beijing has signed similar deals with Laos": an act told to compare, with no date in its sentence, is not one
 *  reported ("signed a similar accord with Australia in 2022" is). */
function comparedOnly(view: SentenceView, span: CueSpan): boolean {
  let similar = wordAt(view.words, span.from - 1) === 'similar';
  for (let k = span.from + 1; k < span.to && !similar; k++) similar = view.words[k] === 'similar';
  return similar && !view.dateTok.some((t) => t >= 0);
}

/** Nouns of an act held back: the -ing form after them and "in" is not done ("Italy's delay in ratifying the agreement"). */
const DELAY_NOUNS = new Set(['delay', 'delays', 'slowness', 'hesitation', 'reluctance', 'failure', 'difficulty', 'difficulties']);

/** "condemns Italy's delay in ratifying the agreement": an act whose delay is told is not done. */
function delayedAct(view: SentenceView, span: CueSpan): boolean {
  return view.words[span.from].endsWith('ing') && wordAt(view.words, span.from - 1) === 'in' && DELAY_NOUNS.has(wordAt(view.words, span.from - 2));
}

/** Verbs of a figure's change: an act's noun as their subject is counted, not told ("requests … rose by 12 percent"). */
const CHANGE_VERBS = new Set(['rose', 'rises', 'risen', 'fell', 'falls', 'fallen', 'increased', 'decreased', 'dropped', 'declined', 'doubled',
  'tripled', 'halved', 'climbed', 'surged', 'jumped', 'soared', 'slumped', 'plunged']);
/** How far after the act's noun the verb of change may stand ("Requests for extradition received by Spain rose"). */
const STATISTIC_REACH = 6;

/** "Requests for extradition received by Spain rose by 12 percent", "The number of red notices fell to 12,000": acts
 *  named by a plural noun (or after "the number of") that are the subject of a verb of change are a statistic, not an
 *  act told. */
function statistic(view: SentenceView, span: CueSpan): boolean {
  const words = view.words;
  const counted = wordAt(words, span.from - 1) === 'of' && wordAt(words, span.from - 2) === 'number';
  // (A plural noun: a noun cue, or a verb's form in "-s" that opens the sentence, after its dateline or not, or follows
  // a determiner.)
  const nominal = span.cues.some((c) => c.noun) || span.from === 0 || view.dateline[span.from - 1] || NOUN_DETERMINERS.has(wordAt(words, span.from - 1));
  if (!counted && !(span.to - span.from <= 2 && /s$/.test(words[span.from]) && nominal)) return false;
  for (let k = span.to; k < words.length && k - span.to <= STATISTIC_REACH; k++) {
    if (CHANGE_VERBS.has(words[k])) return true;
    if (isPunctWord(words[k])) return false;
  }
  return false;
}

/** Relative pronouns before a verb in the present that says what a party does, not what it did. */
const RELATIVE_SUBJECTS = new Set(['that', 'which', 'who']);

/** "accused Congo of working with militias that threaten its territory": a verb in the simple present right after a
 *  relative pronoun describes the party it hangs on, no act told (one in the past does: "militias that attacked …"). */
function describesParty(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  if (!RELATIVE_SUBJECTS.has(wordAt(view.words, span.from - 1))) return false;
  // (Not a text adopted in the clause: "adopted a resolution that condemns the coup" is the adopter's condemnation.)
  if (textAdopted(view.words, span.from - 2, lex)) return false;
  const w = view.words[span.from];
  if (lex.pastForms.has(w)) return false;
  // ("threaten", "threatens", "reaches", "supplies")
  return [w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ies$/, 'y')].some((f) => lex.baseForms.has(f));
}

/** Determiners that open a noun phrase: before a participle that qualifies its noun ("a detained American", "the
 *  seized tanker") or before an act's noun ("an exchange of prisoners"). */
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'two', 'three', 'several', 'many']);

/** "released a detained American citizen": a past participle between a determiner and its noun qualifies the noun;
 *  the act it names is not told here (not "a Chinese-detained …" nor "the tanker seized by Iran", a clause). */
function attributiveParticiple(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  if (span.to - span.from !== 1 || !NOUN_DETERMINERS.has(wordAt(view.words, span.from - 1))) return false;
  const w = view.words[span.from];
  const next = wordAt(view.words, span.to);
  return lex.participles.has(w) && w.endsWith('ed') && next !== '' && !isPunctWord(next) && !lex.grammar.prepositions.has(next) && !lex.grammar.functionWords.has(next);
}

/** "ruled the Iraqi law ratifying it unconstitutional", "a resolution condemning the coup": an -ing form right after
 *  a text that lays down acts (grammar `legal_texts`) says what the text does; no act is told. */
function textsAct(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  const w = view.words[span.from];
  if (w.length <= 4 || !w.endsWith('ing') || !lex.grammar.legalTexts.has(wordAt(view.words, span.from - 1))) return false;
  // (Not a text adopted in the clause: "adopted a resolution condemning the coup" is the council's condemnation.)
  return !textAdopted(view.words, span.from - 1, lex);
}

/** Whether the word at `at` is a text (grammar `legal_texts`) that a verb before it adopts ("adopted a resolution"). */
function textAdopted(words: string[], at: number, lex: EventsLexicon): boolean {
  return lex.grammar.legalTexts.has(wordAt(words, at)) && adoptingVerbBefore(words, at) >= 0;
}

/** Forms of "be" after an act's noun that make it the subject of a description. */
const DESCRIBED_BY = new Set(['was', 'is', 'were', 'are']);

/** "Congo said the capture was a declaration of war": an act named by "the" and its noun alone, as the subject of
 *  "be", is one told before and now described, no act of its own. */
function describedAct(view: SentenceView, span: CueSpan): boolean {
  return span.to - span.from === 1 && wordAt(view.words, span.from - 1) === 'the' && DESCRIBED_BY.has(wordAt(view.words, span.to));
}

/** A date's value of day precision. */
const DAY = 'YYYY-MM-DD';
const TALLY_NOUNS = new Set(['rounds', 'meetings', 'sessions', 'times', 'visits', 'trips']);
const COUNT = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several|many|numerous)$/;
/** A scope of the whole world, which makes an act of force a statistic. */
const WORLDWIDE = /\b(?:around|across) the (?:world|globe)\b|\bworldwide\b|\bglobally\b/;

/** "have held 12 rounds of border talks since 2018", "have met 40 times", "visited Cairo three times last year":
 *  meetings counted over a span of time, with no day of their own (no date in the sentence, one after "since", or
 *  only a month or a year), are a tally, not a meeting reported (nor one per repetition); so are wars ("have fought
 *  three wars since independence") and a toll counted worldwide. */
function tally(view: SentenceView, span: CueSpan): boolean {
  const consult = span.cues.some((c) => c.type === 'CONSULT');
  if (!consult && !span.cues.some((c) => c.type === 'ASSAULT')) return false;
  const { words } = view;
  // ("A record 383 aid workers were killed around the world last year": a toll counted worldwide.)
  if (!consult && WORLDWIDE.test(words.join(' '))) return true;
  let counted = false;
  for (let k = span.from; k < Math.min(words.length - 1, span.to + 3) && !counted; k++) counted = COUNT.test(words[k]) && (consult ? TALLY_NOUNS.has(words[k + 1]) : words[k + 1] === 'wars');
  return counted && (view.dateStarts.every((k) => view.dates[view.dateTok[k]].value.length < DAY.length) || words.includes('since'));
}

/** "China has repeatedly sent ships into the area": an act told as a habit (grammar `habitual`, right before the cue
 *  over auxiliaries), in a sentence that gives no day, is background. */
function habitual(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  const words = view.words;
  let k = span.from - 1;
  while (k >= 0 && ['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'also'].includes(words[k])) k--;
  if (k < 0 || !lex.grammar.habitual.has(words[k])) return false;
  return view.dateStarts.every((d) => view.dates[view.dateTok[d]].value.length < DAY.length);
}

/** "suspended defence consultations with Rwanda", "broke off negotiations with the IAEA": a meeting noun after a verb
 *  that stops or refuses it (grammar `meeting_enders`, over up to three lower-case words) is no meeting. */
function meetingStopped(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  if (!span.cues.every((c) => c.type === 'CONSULT' && c.noun)) return false;
  for (let k = span.from - 1; k >= 0 && k >= span.from - 4; k--) {
    const w = view.words[k];
    if (lex.grammar.meetingEnders.has(w)) return true;
    if (!/^[a-z-]+$/.test(w) || lex.grammar.prepositions.has(w)) break;
  }
  return stoppedAfter(view, span.to, lex) || neverHeld(view, span.to);
}

/** "An exchange of prisoners that the two sides had been expected to carry out on Tuesday did not take place": an act
 *  named by its noun that did not take place is none (a meeting: meetingStopped). */
function nounNeverHeld(view: SentenceView, span: CueSpan): boolean {
  const noun = span.cues.every((c) => c.noun) || NOUN_DETERMINERS.has(wordAt(view.words, span.from - 1));
  return noun && neverHeld(view, span.to);
}

/** "did not take place", "never happened", "was not held": told of a meeting noun, it was no meeting. */
const NOT_HELD = /\b(?:(?:did|does|has|have|had) not (?:take place|taken place|happen|materiali[sz]e)|never (?:took place|taken place|take place|happened|happen|materiali[sz]ed)|(?:was|were) not held|not been held)\b/;
/** How far after a meeting noun its "did not take place" may stand, over a relative clause with no comma. */
const NOT_HELD_REACH = 24;

/** "A meeting between the two leaders that had been planned for the sidelines of the UN General Assembly in New York
 *  last month did not take place": no comma or semicolon between the noun and the words that say it never happened. */
function neverHeld(view: SentenceView, from: number): boolean {
  const words = view.words;
  for (let k = from; k < words.length && k < from + NOT_HELD_REACH; k++) {
    if (words[k] === ',' || words[k] === ';' || words[k] === '.') return false;
    if ((words[k] === 'not' || words[k] === 'never') && NOT_HELD.test(words.slice(Math.max(0, k - 2), k + 3).join(' '))) return true;
  }
  return false;
}

/** Types of force whose verb a noun "in a raid" may qualify. */
const FORCE_TYPES = new Set(['ASSAULT', 'COERCE']);

/** "Pakistani forces killed eight militants in a raid near the border": a verb's pattern read as a noun after "in a",
 *  after a verb of force in the past, tells how that act was done; it is no act of its own. */
function mannerOfForce(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  const words = view.words;
  if (span.cues.some((c) => c.noun) || wordAt(words, span.from - 2) !== 'in' || (wordAt(words, span.from - 1) !== 'a' && wordAt(words, span.from - 1) !== 'an')) return false;
  return view.spans.some((s) => s.to < span.from && !s.suppressed && lex.pastForms.has(words[s.from]) && s.cues.some((c) => FORCE_TYPES.has(c.type)));
}

/** A match's score ("1-0", "3–2"). */
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;
/** How far after the cue a score may stand ("beat Portugal 1-0", "beat the hosts 3-1"). */
const SCORE_REACH = 5;
/** How far after the cue a match's shoot-out or prize may be told ("beat France on penalties to win the World Cup"). */
const PRIZE_REACH = 8;
/** What a match is won for: "to win the World Cup", "to win the title". */
const PRIZES = new Set(['cup', 'title', 'trophy', 'championship', 'tournament', 'medal', 'final', 'series', 'league', 'crown', 'gold']);

/** Units of a match's winning margin ("by six wickets", "by 45 runs"). */
const MARGINS = new Set(['wickets', 'runs', 'goals', 'points', 'strokes', 'sets', 'innings', 'tries', 'lengths']);

/** Words of a vote before ", beating": the rival lost an election. */
const VOTE_WORDS = new Set(['elected', 're-elected', 'won', 'wins', 'election', 'runoff', 'vote', 'ballot', 'race']);

/** "Morocco beat Portugal 1-0 in Doha", "beat France on penalties to win the World Cup", "beat Pakistan by six wickets":
 *  an act of force with a score, a shoot-out, a winning margin or a prize right after it is a match won, no attack. */
function sportsScore(view: SentenceView, span: CueSpan): boolean {
  if (!span.cues.some((c) => FORCE_TYPES.has(c.type))) return false;
  const words = view.words;
  // "was elected chairman of the AU Commission on Saturday, beating Kenya's Raila Odinga": a rival beaten in a vote.
  if (words[span.from] === 'beating' && words[span.from - 1] === ',' && words.slice(0, span.from).some((w) => VOTE_WORDS.has(w))) return true;
  for (let k = span.to; k < Math.min(words.length, span.to + SCORE_REACH); k++) {
    if (SCORE.test(words[k])) return true;
    if (isPunctWord(words[k])) break;
  }
  // "Argentina beat France on penalties to win the World Cup": a shoot-out, or a prize won right after.
  for (let k = span.to; k < Math.min(words.length, span.to + PRIZE_REACH); k++) {
    if (words[k] === 'on' && (words[k + 1] === 'penalties' || words[k + 1] === 'aggregate')) return true;
    // ("India beat Pakistan by six wickets", "won by 45 runs": a winning margin.)
    if (words[k] === 'by' && MARGINS.has(words[k + 2] ?? '')) return true;
    if (words[k] === 'to' && words[k + 1] === 'win' && words.slice(k + 2, k + 6).some((w) => PRIZES.has(w))) return true;
  }
  return false;
}

/** How far into the sentence its subject may name a blow of nature. */
const HAZARD_REACH = 6;
/** Prepositions that name the cause of a harm right after it ("injured in the earthquake", "killed by floods"). */
const HAZARD_PREPS = new Set(['in', 'by', 'during']);
/** How many words after such a preposition the blow of nature may stand ("in last week's earthquake"). */
const HAZARD_AFTER_REACH = 4;

/** Types whose act a blow of nature may seem to do: force, and a threat ("a tropical storm threatened to dump rain"). */
const HAZARD_TYPES = new Set([...FORCE_TYPES, 'THREATEN']);

/** "A powerful earthquake struck eastern Turkey on Monday, killing 12 people": an act of force or a threat in a
 *  sentence whose subject, before any party and the cue, is a blow of nature (grammar `natural_hazards`; not "a storm
 *  of drones"). */
function naturalBlow(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  if (!span.cues.some((c) => HAZARD_TYPES.has(c.type))) return false;
  const words = view.words;
  // ("eight Syrians injured in last week's earthquake", "were killed by the floods": the blow of nature named right
  // after the act, over a determiner or a time's possessive.)
  if (HAZARD_PREPS.has(wordAt(words, span.to))) {
    for (let k = span.to + 1; k <= span.to + HAZARD_AFTER_REACH && k < words.length; k++) {
      if (view.chunkAt[k] >= 0) break;
      if (lex.grammar.naturalHazards.matchAt(words, k)) return true;
    }
  }
  // (After the dateline: "BELIZE CITY - A tropical storm threatened …".)
  let start = 0;
  while (start < span.from && view.dateline[start]) start++;
  for (let k = start; k < Math.min(span.from, start + HAZARD_REACH); k++) {
    if (view.chunkAt[k] >= 0 && view.chunks[view.chunkAt[k]].parties.length > 0) return false;
    const m = lex.grammar.naturalHazards.matchAt(words, k);
    if (m && words[k + m.length] !== 'of') return !partyClauseBetween(view, k + m.length, span.from, lex);
  }
  return false;
}

/**
 * Whether a clause of its own with a party in it opens in tokens [from, to) ("Floods hit Kenya after Ethiopian troops
 * attacked …"; not "struck … before dawn, flattening buildings as people slept and killing 2,000").
 */
function partyClauseBetween(view: SentenceView, from: number, to: number, lex: EventsLexicon): boolean {
  const words = view.words;
  let k = from;
  while (k < to && !lex.grammar.subordinators.has(words[k]) && !lex.grammar.clauseBoundaries.has(words[k])) k++;
  // (A party anywhere after the first such word: any later clause lies within that stretch too.)
  for (let j = k + 1; j < to; j++) if (view.chunkAt[j] >= 0 && view.chunks[view.chunkAt[j]].parties.length > 0) return true;
  return false;
}

/** Nouns whose "that" clause is hearsay, no act reported as done ("reports that …", "speculation that …"; not "said in
 *  a report that …", the findings of a report: accuse.yaml `report`). */
const HEARSAY = new Set(['reports', 'rumours', 'rumors', 'rumour', 'rumor', 'speculation', 'suggestions', 'claims', 'allegations',
  'accusations', 'denied', 'denies', 'deny', 'denying']);

/** A clause opened by "that" after a noun of `HEARSAY` or a verb of denial, over a date ("denied on Monday that …"). */
function hearsay(view: SentenceView, from: number): boolean {
  if (wordAt(view.words, from - 1) !== 'that') return false;
  let k = from - 2;
  while (k > 0 && datedAt(view, k)) k--;
  return HEARSAY.has(view.words[k] ?? '');
}

/** How far after a meeting noun the passive that stops it is looked for ("visit to Uganda was postponed"). */
const ENDER_REACH = 10;

/** "The foreign minister's visit to Uganda was postponed", "talks have been called off": a passive of
 *  `meeting_enders` after the noun, in its clause. */
function stoppedAfter(view: SentenceView, from: number, lex: EventsLexicon): boolean {
  const words = view.words;
  for (let k = from; k < words.length && k < from + ENDER_REACH; k++) {
    if (isPunctWord(words[k]) || lex.grammar.clauseBoundaries.has(words[k])) return false;
    if (!lex.grammar.be.has(words[k])) continue;
    let j = k + 1;
    while (words[j] === 'been' || words[j] === 'later' || words[j] === 'also' || words[j] === 'abruptly') j++;
    if (words[j] === 'called' && words[j + 1] === 'off') return true;
    return lex.grammar.meetingEnders.has(words[j]) && words[j] !== 'off';
  }
  return false;
}

/** Participles after a comma that make what follows the doing of the clause before (", forcing residents to flee"). */
const FORCING = new Set(['forcing', 'prompting', 'causing', 'driving', 'sending', 'leading']);

/** How far before a cue its forcing participle may stand (", prompting nearly all of the region's 100,000 ethnic
 *  Armenians to flee"). */
const FORCING_REACH = 12;

/** ", forcing thousands of residents to flee": the token of a forcing participle after a comma within a few words
 *  before `from`, else -1. */
function forcingAt(view: SentenceView, from: number): number {
  for (let k = from - 1; k >= 1 && k >= from - FORCING_REACH; k--) {
    if (FORCING.has(view.words[k]) && view.words[k - 1] === ',') return k;
    if (view.words[k] === ',' || view.words[k] === ';') return -1;
  }
  return -1;
}

const PERFECT_AUX = new Set(['has', 'have', 'had']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she']);
/** How far after the verb of a state of things its "since" is looked for ("has hosted X since", "has fought Y since"). */
const STATE_SINCE_REACH = 12;

/** Verbs of lasting, after which a participle tells a state ("remained suspended"). */
const LASTING = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);

/** "has hosted Sheikh Hasina since August 2024": a guest hosted over a span of time lives there; it is no visit (nor
 *  is one a country "which hosts"). So is any act in the perfect over a span from a date: "has fought the Houthis since
 *  2015", "has imposed sanctions on Iran since 1979" tell a state of things, no act of the day ("has arrested dozens
 *  since Russia's invasion", counted from an act, still is one); so is one over years told without their start ("has
 *  carried out air strikes on PKK positions for years"). */
function stateSince(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  const words = view.words;
  // "Trade through the crossing remained suspended on Sunday", "the border stays closed": a participle after a verb of
  // lasting tells a state, no act.
  if (LASTING.has(wordAt(words, span.from - 1)) && !span.cues.some((c) => c.noun)) return true;
  // "Turkey, which hosts some Hamas political leaders, …": a host in the present, told in a relative clause, is a state.
  if (span.cues.every((c) => c.roles === 'host') && words[span.from] === 'hosts' && (wordAt(words, span.from - 1) === 'which' || wordAt(words, span.from - 1) === 'that')) return true;
  const before = wordAt(words, span.from - 1);
  if (!PERFECT_AUX.has(before) && !(PERFECT_AUX.has(wordAt(words, span.from - 2)) && (before.endsWith('ly') || before === 'long' || before === 'also'))) return false;
  for (let k = span.to; k < words.length && k - span.to <= STATE_SINCE_REACH; k++) {
    // (The date mention may hold its "since": "since 2015".)
    if (words[k] === 'since') return view.dateTok[k] >= 0 || view.dateTok[k + 1] >= 0;
    if (words[k] === ',' || words[k] === ';' || view.dateTok[k] >= 0) return false;
    // ("has freed eight drivers held since January", "… it had held since January": the span is the object's own.)
    if (k > span.to && (lex.participles.has(words[k]) || PERFECT_AUX.has(words[k]))) return false;
    // ("has carried out air strikes on PKK positions for years": a span of years, told without its start.)
    if (words[k] === 'for' && spanOfTime(words, k + 1)) return true;
  }
  return false;
}

/** Words of a long span of time after "for" ("for years", "for the past decade"). */
const LONG_SPANS = new Set(['years', 'decades', 'months', 'decade']);
const SPAN_LEADS = new Set(['a', 'many', 'several', 'the', 'past', 'last', 'more', 'than']);

/** Whether a long span of time opens at token `k` ("years", "many years", "the past decade"). */
function spanOfTime(words: readonly string[], k: number): boolean {
  let j = k;
  while (j < words.length && j - k < 4 && SPAN_LEADS.has(words[j])) j++;
  return LONG_SPANS.has(wordAt(words, j));
}

const FIRST_WORDS = new Set(['first', 'second', 'third', 'last', 'only', 'latest']);
const FIRST_DETERMINERS = new Set(['the', 'its', 'his', 'her']);
/** Verbs before "the first …" that make it a predicate ("It was the first meeting …"). */
const PREDICATE_BE = new Set(['was', 'is', 'were', 'are', 'marked', 'marks']);
/** How far before "to" the ordinal of "the first German chancellor to visit" may stand. */
const FIRST_REACH = 5;

/** "Scholz is the first German chancellor to visit Kazakhstan since 2010": a visit or meeting in an infinitive after
 *  "the first/last/only …" says who someone is, no meeting of its own (the visit itself is told elsewhere). */
function firstToAct(view: SentenceView, span: CueSpan): boolean {
  if (!span.cues.every((c) => c.type === 'CONSULT')) return false;
  // "It was the first direct meeting between the two leaders since …": a meeting named after "was the first" is the
  // one told before, compared with the past.
  if (span.cues.every((c) => c.noun)) {
    for (let k = span.from - 1; k >= 2 && span.from - 1 - k <= FIRST_REACH; k--) {
      if (FIRST_WORDS.has(view.words[k])) return FIRST_DETERMINERS.has(view.words[k - 1]) && PREDICATE_BE.has(view.words[k - 2]);
    }
    return false;
  }
  if (wordAt(view.words, span.from - 1) !== 'to') return false;
  for (let k = span.from - 2; k >= 0 && span.from - 1 - k <= FIRST_REACH; k--) {
    const w = view.words[k];
    if (FIRST_WORDS.has(w)) return FIRST_DETERMINERS.has(view.words[k - 1] ?? '');
    if (w === ',' || w === 'and') return false;
  }
  return false;
}

/**
 * "on Israeli ships", "Chinese supplies": a verb of the broad lexicon that heads a party's noun phrase is a noun. And
 * a noun cue inside a body's name is the name ("the Kenya-Uganda Joint Permanent Commission met").
 */
function nounOfParty(view: SentenceView, span: CueSpan): boolean {
  const ci = view.chunkAt[span.from];
  if (ci < 0) return false;
  const c = view.chunks[ci];
  if (c.kind === 'org' && span.to <= c.to && span.cues.every((q) => q.noun)) return true;
  return c.from < span.from && span.cues.every((q) => q.fallback);
}

const CAUSES = new Set(['since', 'after', 'following', 'amid']);

/** The parties of a cause told after `from` ("since Myanmar's army launched …", "after gangs set fire …"). */
function causeAfter(view: SentenceView, from: number): Party[] {
  const at = view.words.findIndex((w, k) => k >= from && CAUSES.has(w));
  if (at < 0) return [];
  const c = view.chunks.find((x) => x.from > at && x.from <= at + 4 && x.parties.some((p) => p.code) && x.kind !== 'pronoun');
  return c ? c.parties.filter((p) => p.code) : [];
}

const CONDITIONS = new Set(['if', 'unless']);
/** Nouns of "in response to", "in retaliation for", "in reply to". */
const RESPONSES = new Set(['response', 'retaliation', 'reply']);

/**
 * "… would strike back if Washington moved to block its exports": a threat that names no one it is aimed at is aimed
 * at the parties of its condition (the subjects of the "if" or "unless" clause, up to its comma), not the actor's own.
 */
function conditionParties(view: SentenceView, actor: Party[]): Party[] {
  const own = new Set(actor.map((p) => p.code));
  const { words } = view;
  // "… would take military action in response to the latest drills by the United States and South Korea": so is one
  // in response to what others did (their "by" phrase or possessive names them).
  const response = words.findIndex((w, k) => RESPONSES.has(w) && words[k - 1] === 'in' && (words[k + 1] === 'to' || words[k + 1] === 'for'));
  const condition = words.findIndex((w) => CONDITIONS.has(w));
  const at = condition >= 0 ? condition : response;
  if (at < 0) return [];
  const answering = at === response;
  const out: Party[] = [];
  let last = at;
  for (const c of view.chunks) {
    if (c.from <= at) continue;
    // A comma ends the condition, unless it lists parties ("unless Britain, France and Germany …").
    const comma = view.words.slice(last, c.from).lastIndexOf(',');
    if (comma >= 0 && !(out.length > 0 && c.from - (last + comma) <= 2 && c.prep === null)) break;
    last = c.to;
    if ((c.prep !== null && !(answering && c.prep === 'by')) || (c.possessive && !answering) || c.kind === 'place' || c.kind === 'pronoun') continue;
    for (const p of c.parties) if (p.code && !own.has(p.code)) out.push(p);
  }
  return uniqueParties(out);
}

/** Whether every party of `recipient` is of a country of `actor`. */
function ownSideOnly(recipient: Party[], actor: Party[]): boolean {
  return recipient.every((r) => r.code !== '' && actor.some((a) => a.code === r.code));
}

/** Whether the speaker of the sentence's attribution ("X said", ", X said") is of one of `parties`' countries. */
function spokenBy(view: SentenceView, parties: Party[]): boolean {
  const speaker = speakerOf(view);
  const codes = new Set(parties.map((p) => p.code));
  return speaker !== null && speaker.parties.some((p) => codes.has(p.code));
}

/** "… and said it would respond": the attribution is followed by a pronoun that stands for the actor itself. */
function saidOfItself(view: SentenceView, actor: Party[]): boolean {
  const at = view.attributions.first + 1;
  const ci = Number.isFinite(at) && at < view.chunkAt.length ? view.chunkAt[at] : -1;
  const c = ci >= 0 ? view.chunks[ci] : null;
  return c !== null && c.kind === 'pronoun' && c.parties.length > 0 && c.parties.every((p) => actor.some((a) => a.code === p.code));
}

/** A verb right after "and" told after the sentence's opening attribution ("X said … and accused"). */
function speakersNextVerb(view: SentenceView, span: CueSpan): boolean {
  return wordAt(view.words, span.from - 1) === 'and' && view.attributions.first < span.from;
}

/** The comma that sets off an attribution closing the sentence after the cue (", the ministry said"), or -1. */
function attributionCommaAfter(view: SentenceView, span: CueSpan): number {
  const at = view.attributions.first;
  if (!Number.isFinite(at) || at < span.to) return -1;
  const comma = view.words.lastIndexOf(',', at);
  return comma >= span.to ? comma : -1;
}

/** Whether the sentence closes with an attribution after the cue whose speaker is no person (", the foreign ministry
 *  said", "…, according to the government"), read from the comma before it to the sentence's end. */
function institutionAfter(view: SentenceView, span: CueSpan): boolean {
  const comma = attributionCommaAfter(view, span);
  return comma >= 0 && !view.chunks.some((c) => c.from > comma && (c.kind === 'person' || c.kind === 'pronoun'));
}

/** The chunk that speaks the sentence's attribution ("X said", ", X said"), if any. */
function speakerOf(view: SentenceView): Chunk | null {
  const { first, lastClosing } = view.attributions;
  const at = (k: number) => (k >= 0 && k < view.chunkAt.length && view.chunkAt[k] >= 0 ? view.chunks[view.chunkAt[k]] : null);
  return (Number.isFinite(first) ? at(first - 1) : null) ?? at(lastClosing + 1) ?? at(lastClosing - 1);
}

/** "Poland's foreign ministry said the Hungarian ambassador had been summoned": a state's act told in the passive
 *  without "by" by a state's speaker was that state's, when the speaker is not of the country acted on. */
function speakingState(view: SentenceView, lex: EventsLexicon, actedOn: Party[]): Party | null {
  const speaker = speakerOf(view);
  const p = speaker?.parties.find((x) => x.code && !NOT_STATE.has(x.code));
  if (!p || actedOn.some((x) => x.code === p.code)) return null;
  return countryParty(lex, p.code, countryName(lex, p.code), 'GOV');
}

/** "Sanctions were imposed on three Russian banks by Britain": a passive whose subject is a thing, not a party, acts
 *  on the party after the verb (not a place it happened in). */
function partiesActedOn(found: CueParties): Party[] {
  return partiesOf(found.object.filter((c) => c.kind !== 'place' && !c.locative));
}

/** Verbs of telling whose object is the press ("told Lusa", "told Reuters"). */
const TOLD = new Set(['told', 'tells', 'tell', 'telling']);

/** The party that told the press chunk `c` ("Monteiro told Lusa"): the chunk right before the verb, if any. */
function tellerOf(view: SentenceView, c: Chunk | undefined): Party[] | null {
  if (!c || !TOLD.has(wordAt(view.words, c.from - 1))) return null;
  const k = view.chunkAt[c.from - 2] ?? -1;
  return k >= 0 && view.chunks[k].parties.length > 0 ? [...view.chunks[k].parties] : null;
}

function assemble(view: SentenceView, span: CueSpan, cue: Cue, found: CueParties, clause: Clause, previous: Draft | null, lex: EventsLexicon): Draft | null {
  let subject = found.owner ? found.owner.parties : partiesOf(found.subject);
  // ("Monteiro told Lusa today, after talks in Canberra with King": the press told is no side of the talks; the
  // sentence's main subject is.)
  if (cue.type === 'CONSULT' && subject.length > 0 && subject.every((p) => p.sector === 'JRN')) subject = tellerOf(view, found.subject[0]) ?? subject;
  // "Iraq condemned the Turkish strike and summoned Ankara's ambassador": the act before is the strike told in the
  // object, not the verb whose subject goes on; that subject is inherited instead.
  const inherited = partiesOf(found.inherited);
  const unrelated = previous !== null && inherited.length > 0 && !previous.actor.some((p) => inherited.some((q) => q.code === p.code));
  const joined = (subject.length === 0 && found.inherit && previous !== null && !unrelated) || (found.infinitive && previous !== null && !found.owner);
  if (joined) {
    // "held talks with Hayashi and agreed to …": what follows a meeting was done by everyone at it; what follows a
    // visit ("landed in Benghazi to help …") by the visitor.
    // "spoke with Sisi by phone and urged Israel to …": words of one side are the subject's, not the partner's.
    const own = (ONE_SIDED_TYPES.has(cue.type) || (cue.type === 'SUPPORT' && cue.kind === 'statement')) && previous!.subject && previous!.subject.length > 0 ? previous!.subject : null;
    subject = own ?? (previous!.type === 'CONSULT' && !previous!.visitHost && cue.type !== 'CONSULT' ? [...previous!.actor, ...previous!.recipient] : previous!.actor);
  } else if (subject.length === 0 && found.inherit) subject = inherited;
  // "The agreement was signed by A and B after talks in Cairo": the talks are those of the act's parties before them
  // (the subject found, if any, is one of them: "B").
  // (Not talks that name their sides: "following talks between Abiy and Hassan Sheikh" after "Ethiopia and Somalia agreed".)
  if (cue.roles === 'meeting' && cue.noun && previous && !previous.future && (AFTER.has(view.words[span.from]) || AFTER.has(wordAt(view.words, span.from - 1))) &&
    !namesBetween(view, span)) {
    const theirs = [...previous.actor, ...previous.recipient];
    const keys = new Set(theirs.map(partyKey));
    if (subject.every((p) => keys.has(partyKey(p)))) subject = theirs;
  }
  const object = partiesOf(found.object);
  // "Fidan met reporters": a meeting with the press is no meeting of parties.
  if (cue.type === 'CONSULT' && object.length > 0 && object.every((p) => p.sector === 'JRN')) return null;
  const by = partiesOf(found.byAgent);
  const passive = found.passive && by.length > 0;
  // (The roles are read in a function of their own: TurboFan compiles assemble, with all it inlines, in some 250 ms,
  // and compiled it all again whenever a branch of the roles first taken late in a run deoptimised it.)
  const roles = rolesOf(view, span, cue, found, clause, previous, lex, subject, object, by, passive);
  if (!roles) return null;
  let { actor, recipient, loc } = roles;
  // "Zimbabwe used vaccines donated by China": the party after "by" gave the thing, and the clause's subject had it.
  if (cue.id === GIVEN_BY_CUE && subject.length > 0 && found.object[0]?.from === span.to && actor.every((p) => subject.includes(p)) && recipient.every((p) => object.includes(p))) {
    [actor, recipient] = [object, subject];
  }
  const { visitHost, visitedCountry, visits, displacedFrom, passiveSubject } = roles;
  let relief = false;
  // "a swap brokered by the UAE", "talks hosted by Kazakhstan": a third party takes no side in the act.
  const mediators = mediatorParties(view, span, lex.grammar);
  if (mediators.size > 0) {
    // (A deal "brokered by Qatar and Egypt" with no other side named is no act of its own.)
    if (actor.length > 0 && actor.every((p) => mediators.has(p))) return null;
    actor = actor.filter((p) => !mediators.has(p));
    recipient = recipient.filter((p) => !mediators.has(p));
  }
  // "a bilateral meeting between Marcos and Thuong": with no one before it, the parties between are all at it.
  // (Not "a planned meeting between …", "an upcoming summit between …": a meeting talked of, not one held.)
  const talkedOf = PLANNED.has(wordAt(view.words, span.from - 1)) || lex.grammar.future.occursIn(view.words, Math.max(0, span.from - 3), span.from);
  if (actor.length === 0 && cue.roles === 'meeting' && cue.noun && view.words[span.to - 1] === 'between' && !talkedOf) [actor, recipient] = [recipient, []];
  if (found.reciprocal) {
    actor = [...actor, ...recipient];
    recipient = [];
  }
  // "Police arrested two Belarusians in Lublin": a state's act by a body the sentence gives no country was done by
  // the state where it happened.
  if (STATE_ACTS.has(cue.type) && actor.length > 0 && !actor.some(isKnown)) actor = [placeCountry(view, lex) ?? actor[0]];
  // "Poland's closure of the border was condemned by Minsk": words on an act named by its owner's noun, said in the
  // passive with its speaker after "by", are aimed at the owner.
  if (VERBAL_TYPES.has(cue.type) && found.passive && found.byAgent.length > 0 && found.subject.length === 0 && recipient.every((p) => actor.some((a) => partyKey(a) === partyKey(p)))) {
    // (Or by its country's adjective: "The Israeli strike on the convoy was condemned by Jordan".)
    const owner = view.chunks.find((c) => c.from >= clause.from && c.to < span.from && c.kind === 'country' && c.parties.length > 0 &&
      (c.possessive || (c.prep === null && !c.headed && (c.mentionKind === 'demonym' || c.mentionKind === 'adjective'))));
    if (owner) recipient = [...owner.parties];
  }
  // A group whose country the sentence does not tell ("swapped 90 prisoners") adds nothing beside known parties,
  // and nothing at all as a recipient.
  actor = withoutUnknown(uniqueParties(actor));
  recipient = recipient.filter(isKnown);
  const actorKeys = new Set(actor.map(partyKey));
  // (Unnamed attackers of the victims' own country keep the victims: "three Thai soldiers were killed".)
  recipient = uniqueParties(recipient).filter((p) => passiveSubject || !actorKeys.has(partyKey(p)));
  // "pledged $100 million in relief for the two countries": beside a foreign party, the actor's own country is no
  // recipient of an act between states. (Acts of force keep it: "killed two Syrians and a Turk" may hit both.)
  if (!FORCE_TYPES.has(cue.type) && !passiveSubject) {
    const own = new Set(actor.map((p) => p.code));
    if (recipient.some((p) => p.code && !own.has(p.code))) recipient = recipient.filter((p) => !p.code || !own.has(p.code));
  }
  // "India suspended the treaty a day after gunmen killed 26 people in Pahalgam": a state sanctions no party of its own.
  if (cue.type === 'SANCTION') recipient = recipient.filter((p) => !p.code || !actor.some((a) => a.code === p.code));
  if (actor.length === 0) return null;

  // "Five Thai workers were freed by Hamas", "Americans held in Iran were freed": the subject of a passive is what
  // was acted on, when the sentence says by whom or the act is one only a state does.
  // (Only after a form of "be": "Rebels backed by Uganda remained …", "figures released by the ministry" are
  // reduced relatives that qualify a noun; a verb of the broad lexicon needs its agent: "were left without heating".)
  const bePassive = [1, 2, 3].some((k) => lex.grammar.be.has(view.words[span.from - k] ?? ''));
  const patientSubject = found.passive && found.object.length === 0 && !found.owner && bePassive && (by.length > 0 || (STATE_ACTS.has(cue.type) && !cue.fallback));
  let patient = patientSubject ? found.subject : found.object;
  // "criticized the agreement as an attempt to push Moscow out": a party after "as" that follows a noun of an act
  // told before is what the act is called, not its object.
  // So is one after "of" an act of force named so, its victims ("condemned the detention of Georgian citizens": the act
  // told before is the one aimed at).
  const pointed = patient.length > 0 && !patientSubject && VERBAL_TYPES.has(cue.type) ? anaphorAt(view, span.to, clause.to, lex) : null;
  // (The speaker of "what it called" is none either.)
  const named = pointed ? afterWhatCalled(view.words, span.to) : span.to;
  if (pointed && patient.every((c) => view.words.slice(span.to, c.from).includes('as') || (c.from >= span.to && c.to <= named) ||
      (pointed.victims && c.kind === 'country' && c.prep === 'of' && view.words.lastIndexOf('of', c.from) === pointed.end))) {
    patient = [];
    if (!passive) recipient = [];
  }
  // "Zelensky welcomed the package on Monday": words about an act told before, with no party of their own.
  // (In a pattern's slot too: "called the sanctions illegal".)
  // (Also of a cue that is words when a state says them: "Nairobi protested the deportations".)
  const verbal = VERBAL_TYPES.has(cue.type) || (cue.stateEvent !== null && VERBAL_TYPES.has(cue.stateEvent.event));
  const anaphor = patient.length === 0 && verbal ? anaphorAfter(view, span.slot ? span.slot[0] : span.to, span.slot ? span.slot[1] : clause.to, lex) : null;
  // "Ukraine struck a refinery on Monday, a move Moscow condemned as terrorism", "…, which Kyiv welcomed": words about
  // the act of the clause before are aimed at its actor.
  // (The act was not where the clause before says it happened: "… in Samara, a move Moscow condemned".)
  const onAct = patient.length === 0 && !anaphor && recipient.length === 0 && previous !== null && VERBAL_TYPES.has(cue.type) &&
    cue.kind !== 'agreement' && cue.roles !== 'host' && found.subject.length > 0 && relativeOnAct(view, found.subject[0].from, lex);
  if (onAct) {
    const own = new Set(actor.map((p) => p.code));
    recipient = previous!.actor.filter((p) => isKnown(p) && !own.has(p.code));
  }
  // (A subject pronoun for the actor itself is no other party: "Kenya said it must protect its borders".)
  const ownPronouns = patient.length > 0 && patient.every((c) => c.kind === 'pronoun' && SUBJECT_PRONOUNS.has(c.word ?? '') && c.parties.every((p) => actorKeys.has(partyKey(p))));
  if (cue.objectRequired && (patient.length === 0 || ownPronouns) && !(cue.roles === 'host' && passive) && !anaphor && !onAct) return null;
  const obj = patient[0];
  if (obj && cue.objectIs === 'agent' && !obj.agentive) return null;
  // "welcomed Albanese's remarks": a guest's words or deeds are no guest (but "received Modi's envoy" is).
  if (obj && cue.objectIs === 'agent' && obj.possessive && obj.kind !== 'country' && ownsThing(view, obj.to, lex)) return null;
  if (cue.objectIs === 'thing' && (!obj || obj.agentive) && !anaphor) return null;
  if (cue.objectIs === 'org' && (!obj || (obj.kind !== 'org' && !obj.parties.some((p) => p.code === 'IGO')))) return null;
  // (A body joined "in" an act is joined in that act: "joined the European Union in lifting sanctions".)
  if (cue.objectIs === 'international' && (!obj?.parties.some((p) => INTERNATIONAL_CODES.has(p.code)) ||
    (wordAt(view.words, obj.to) === 'in' && wordAt(view.words, obj.to + 1).endsWith('ing')))) return null;

  let type = cue.type;
  let mode = [...cue.mode];
  const state = actor.some(isState);
  // Armed groups and criminals are no civilians either: "al-Shabaab fighters stormed a hotel" is an attack (the
  // broad lexicon's reading), not a protest.
  if (cue.actorIs === 'civilian' && !state && actor.some((p) => p.sector && ARMED.has(p.sector))) return null;
  if (cue.actorIs === 'civilian' && state) {
    if (!cue.stateEvent) return null;
    type = cue.stateEvent.event;
    mode = [...cue.stateEvent.mode];
  }
  if (cue.actorIs === 'state' && !state) return null;
  // (A loop: .map() gives arrays of two elements kinds, optimised or not, and a .find() on them deoptimised assemble.)
  let bySector: { event: string; mode: string[] } | undefined;
  for (const p of actor) if (!bySector && p.sector) bySector = cue.sectorEvent.get(p.sector);
  if (bySector) {
    type = bySector.event;
    mode = [...bySector.mode];
  }
  // "The first 400 Kenyan police officers landed in Haiti", "troops arrived in Belarus": forces arriving are no
  // visit; they came to help (AID) when the words after say so, else they were deployed (MOBILIZE).
  // ("An Indian Air Force aircraft carrying the supplies landed in Yangon": forces that deliver the aid of their clause
  // bring it.)
  // Rescuers and medics who arrive come to help whatever follows ("Turkish rescuers arrived in Kathmandu").
  const crews = actor.length > 0 && actor.every((p) => !p.personlike && !p.personId);
  if (cue.roles === 'visit' && crews && actor.every((p) => p.sector === 'MIL' || p.sector === 'COP')) {
    const delivering = view.spans.some((x) => x !== span && x.from >= clause.from && x.to <= clause.to && x.cues.some((c) => c.type === 'AID'));
    type = delivering || view.words.slice(span.to, Math.min(clause.to, span.to + 15)).some((w) => lex.grammar.helpPurposes.has(w)) ? 'AID' : 'MOBILIZE';
    mode = [];
  } else if (cue.roles === 'visit' && crews && actor.every((p) => p.sector === 'MED')) {
    type = 'AID';
    mode = [];
  }
  // "Ecuador sent 10,000 soldiers to search for survivors", "Brazil sent firefighting aircraft to Bolivia": forces
  // sent for disaster relief bring aid (the sentence suites' convention), not a mobilisation.
  if (type === 'MOBILIZE' && lex.grammar.reliefPurposes.occursIn(view.words, Math.max(clause.from, span.from - 2), Math.min(clause.to, span.to + 15))) {
    type = 'AID';
    mode = [];
    relief = true;
  }
  // "Two million Bangladeshis travelled to India", "Migrants from Libya arrived in Italy": a country's people, migrants
  // or students on the move are no meeting or visit (their gathering was read as a protest just above).
  // (Refugees or students who meet officials still meet them: "Rohingya refugees met UN officials".)
  const onTheMove = (p: Party) => (p.sector === 'CVL' || (cue.roles === 'visit' && PEOPLE_ON_THE_MOVE.has(p.sector ?? ''))) && !p.personId && !p.orgId;
  if (type === 'CONSULT' && actor.every(onTheMove)) return null;
  // Drills and deployments of two countries together are joint military exercises: COOPERATE (manual).
  if (type === 'MOBILIZE' && codeSet(actor).size >= 2) {
    type = 'COOPERATE';
    mode = [];
  }
  // "32 Bangladeshi fishermen who had been detained in August were handed over to Bangladesh": captives handed over in
  // the passive are released (RETREAT, as `retreat.yaml` `return-people` reads the active), not a judicial hand-over.
  // (Also after "and" in a passive: "were released on Sunday and handed over to Ghanaian immigration officers".)
  const subjectEnd = found.subject.at(-1)?.to ?? span.from;
  const conjoinedPassive = wordAt(view.words, span.from - 1) === 'and' && view.words.slice(subjectEnd, span.from).some((w) => lex.grammar.be.has(w));
  // (So are captives "handed back to" their country, which `cede` reads as land handed back.)
  if ((cue.id === 'events.cooperate.extradite' || cue.id === 'events.retreat.cede') && ((found.passive && bePassive) || conjoinedPassive) && found.subject.some((c) => CAPTIVES.has(c.head ?? ''))) {
    type = 'RETREAT';
    mode = ['release'];
  }
  // "began supplying gas to", "resumed shipping": a flow that starts or resumes is economic exchange; one of relief
  // goods ("began airdropping food to") is still aid.
  const reliefFlow = lex.grammar.reliefGoods.occursIn(view.words, span.from, Math.min(clause.to, span.to + 3));
  if (type === 'AID' && cue.fallback && STARTS.has(wordAt(view.words, span.from - 1)) && view.words[span.from].endsWith('ing') && !reliefFlow) type = 'COOPERATE';

  // "Armenia and Azerbaijan agreed to meet again in Washington", "… signed the accord at the UN in New York": where
  // two or more countries agree, cooperate or meet is no party to it.
  if (TOGETHER.has(type) && cue.roles !== 'visit' && codeSet(actor).size >= 2) {
    const placed = new Set(found.object.filter((c) => VENUES.has(c.prep ?? '') && (c.kind === 'place' || (c.kind === 'country' && !c.headed) || c.kind === 'org')).flatMap((c) => c.parties));
    recipient = recipient.filter((p) => !placed.has(p));
  }
  // Acts at home: a country's own recipient is dropped ("protesters blocked an avenue in Tbilisi"), unless
  // others share it ("called on China and Vietnam"), which the article coder judges as a whole.
  const actorCodes = new Set(actor.map((p) => p.code));
  // Two countries acting together do not act on either of them ("signed a deal allowing their troops …"), nor, when
  // they agree, cooperate or meet, on a country that is one of them ("agreed that the Tajik-Iranian commission …").
  // (A meeting keeps them: the host of a visit is read from them.)
  const jointAct = TOGETHER.has(type) && type !== 'CONSULT';
  if (actorCodes.size > 1) recipient = recipient.filter((p) => !actorCodes.has(p.code) || (!p.group && !(jointAct && !p.personId)));
  const ownSide = recipient.length > 0 && recipient.every((p) => actorCodes.has(p.code) && !p.personId);
  // A domestic act on the country's own people or institutions keeps them as recipient ("police detained
  // opposition MPs", "rallied against the government's decision"); a place does not ("blocked an avenue in Tbilisi"),
  // nor the forces a country moves ("massed thousands of fighters").
  // (The subject of a passive was acted on: "three Thai soldiers were killed in Narathiwat".)
  const patients = passiveSubject ? found.subject : found.object;
  // (A thing struck there is the country's: "a gas field in Iraq was hit by a drone".)
  const actedOn = (type !== 'MOBILIZE' && patients.some((c) => c.kind === 'group' || c.kind === 'org' || c.kind === 'person' || (c.kind === 'country' && (c.headed || c.possessive)))) ||
    (passiveSubject && type === 'ASSAULT');
  const homeOnly = ownSide && !actedOn;
  if (cue.roles !== 'meeting' && cue.roles !== 'joint' && homeOnly) recipient = [];
  // "Officials said Iran was behind the attack": an accusation that needs a party accused, whose only one is the
  // accuser's own country, names no accuser the sentence knows.
  if (homeOnly && cue.objectRequired && type === 'ACCUSE') return null;
  // "Sri Lanka lifted the curfew", "opposition leaders demanded the minister's resignation", "marched against the
  // tax": a concession, or a demand or protest by a country's own people aimed at something, that names nobody
  // else is made to that country's people or government (a protest with no target has no recipient).
  const [own] = actorCodes;
  // (A boycott is aimed at what it stays away from: "the opposition boycotted the first session of parliament".)
  const aimed = type === 'PROTEST' && (view.words.slice(span.to, clause.to).some((w) => AIMED.has(w)) || cue.mode.includes('boycott'));
  let tradeEased = false;
  if (recipient.length === 0 && actorCodes.size === 1 && own && !NOT_STATE.has(own) && (type === 'CONCEDE' || ((type === 'REQUEST' || aimed) && !state))) {
    recipient = [countryParty(lex, own, countryName(lex, own), null)];
    // (An article may tell whose goods they were: refine.ts aims it at the other of its two countries.)
    // ("imposed tariffs on Australian wine in 2021 and lifted them in March": the measures named before "them".)
    const named = (w: string) => TRADE_MEASURES.has(w);
    tradeEased = type === 'CONCEDE' && (view.words.slice(span.from, span.to).some(named) ||
      (MEASURE_PRONOUNS.has(wordAt(view.words, span.to)) && view.words.slice(clause.from, span.from).some(named)));
  }
  // Forces sent to a place at home ("sent 10,000 troops to Manipur"): the country is the recipient (the sentence
  // suites' convention), as a place abroad is; not a mobilisation "in" the country.
  const sentHome = type === 'MOBILIZE' && found.object.find((c) => SENT_TO.has(c.prep ?? '') && (c.kind === 'place' || (c.kind === 'country' && !c.headed && !c.possessive)));
  if (sentHome && recipient.length === 0 && actorCodes.size === 1 && own && sentHome.parties[0]?.code === own) {
    recipient = [countryParty(lex, own, countryName(lex, own), null)];
  }
  if (cue.roles === 'visit' && visitHost && actorCodes.has(visitHost)) return null;
  // "A UAE aircraft carrying food landed in Rawalpindi": a carrier of relief that lands pays no visit.
  if (cue.roles === 'visit' && view.spans.some((x) => x.to <= span.from && x.from >= clause.from && x.cues.some((c) => c.id === CARRIER_CUE))) return null;

  const participants = uniqueParties([...actor, ...recipient]);
  // "NATO defence ministers met in Brussels": the members of one body meeting one another.
  const collective = cue.roles === 'meeting' && found.subject.length === 1 && found.object.length === 0 && (found.subject[0].head ?? '').endsWith('s');
  if (participants.length < cue.minParticipants && !collective) return null;
  const info = lex.types.get(type);
  if (mode.length === 0 && info) mode = modeFromWords(view, span, clause, info.modeWords);
  // "suspended the Indus Waters Treaty with Pakistan and closed the main border crossing": a state's act joined to the
  // act before it, naming no one itself, is aimed at that act's other state (not at the actor's own country).
  if (recipient.length === 0 && joined && STATE_ACTS.has(type) && !actedOn) {
    recipient = previous!.recipient.filter((p) => p.code && !actorCodes.has(p.code) && !NOT_STATE.has(p.code));
  }
  // A state's restrictions and arrests that name no one else ("imposed a nationwide curfew", "police detained a
  // lawyer"), a court's verdict, a riot and a hunger strike are acts within the country: it is the recipient (the convention of the
  // sentence suites written without seeing the coder, dev and dev2; the older heldout suite leaves it empty). Not a seizure, deportation or hacking (often of foreigners), nor an
  // internet shutdown (the manual's withhold).
  if (recipient.length === 0 && actorCodes.size === 1 && own && !NOT_STATE.has(own) && (type === 'COERCE' ? state && mode.some((m) => HOME_COERCION.has(m)) : type === 'SANCTION' ? mode.some((m) => HOME_SANCTION.has(m)) : type === 'PROTEST' && mode.some((m) => HOME_PROTEST.has(m)))) {
    recipient = [countryParty(lex, own, countryName(lex, own), null)];
  }
  // "FARC rebels handed in their weapons to UN monitors": an armed group disarms before the state it fought, not
  // before the monitors or the place ("burned their rifles near Sulaymaniyah"); "to the Azerbaijani army" names it.
  const toStateNamed = recipient.some((p) => p.code && !NOT_STATE.has(p.code)) && !found.object.every((c) => c.locative || c.kind === 'place');
  if (mode.includes('disarm') && !state && actorCodes.size === 1 && own && !NOT_STATE.has(own) && !toStateNamed) {
    recipient = [countryParty(lex, own, countryName(lex, own), null)];
  }
  // "sent 2,000 soldiers to Hatay to search for survivors": relief goes to the place's country, at home too.
  // ("PORT VILA - A plane carrying tents landed at the airport": a carrier of relief that lands at no place the data
  // knows brings it to the dateline's country.)
  const carrier = cue.id === CARRIER_CUE;
  if ((relief || carrier) && recipient.length === 0) {
    const dest = view.chunks.find((c) => c.from >= span.to && (c.kind === 'place' || (c.kind === 'country' && !c.headed)) && c.prep !== null && SENT_TO.has(c.prep) && c.parties[0]?.code);
    const abroad = carrier ? datelineCountry(view, lex) : null;
    const where = dest ? countryParty(lex, dest.parties[0].code, countryName(lex, dest.parties[0].code), null) : placeCountry(view, lex) ?? (abroad && !actorCodes.has(abroad.code) ? abroad : null);
    if (where) recipient = [where];
  }
  // People driven from their own country by its own forces: the country is the recipient too.
  if (displacedFrom && recipient.length === 0) recipient = [countryParty(lex, displacedFrom, countryName(lex, displacedFrom), null)];
  // "Thailand closed two border crossings to tourists": a country closing its own border acts on whoever is across it
  // (refine.ts takes the article's other country; a sentence alone keeps the closure with no recipient, and its other
  // checks at the border keep the country, as other acts at home do).
  const closesBorder = (mode.includes('restrict') || mode.includes('discontinue')) && actorCodes.size === 1 &&
    view.words.slice(span.from, span.to).some((w) => BORDER_WORDS.has(w));
  const ownBorder = closesBorder && recipient.every((p) => actorCodes.has(p.code) && !p.personId);
  const missingRecipient = Boolean((info?.requiresRecipient || cue.requiresRecipient) && recipient.length === 0 && actor.length < 2 && !closesBorder);

  const clauseOnly = cue.kind === 'statement';
  const notEvent = cue.complement ? lex.grammar.dateNotAgreed : lex.grammar.dateNotEvent;
  // "… was signed by Manele and Wong, who arrived on Monday": a date only in a relative clause after the cue,
  // about what someone else did, does not date the act (a visit's own clause may: "…, who is on a visit from …").
  const picked = pickDate(view, span, clause, clauseOnly, notEvent);
  // So does one about the guest or the thing of a meeting or signing ("met Abiy, who took office in 2018"), unless
  // it tells the visit under way ("held talks with Ruto, who is on a state visit from April 22 to 26").
  const aside = picked && !picked.own && cue.roles !== 'visit' &&
    (cue.kind === 'agreement' || ((cue.type === 'CONSULT' || cue.type === 'SUPPORT') && !tellsVisit(view, clause.to, picked.token)));
  const date = aside ? null : picked;
  const anywhere = clauseOnly ? pickDate(view, span, clause, false, notEvent) : date;
  // A visit to a country happened somewhere in it: no place more precise than the text gives (a city of it the
  // sentence names with "in" or "at").
  if (!visitedCountry) loc ??= findPlace(view, span, clause, lex, VERBAL_TYPES.has(type), type === 'ASSAULT', mode.includes('withdraw'), type === 'MOBILIZE' || type === 'AID', cue.placesAreVenues);
  else loc = visitCity(view, visitHost, lex);
  // A phone call took place nowhere ("held talks by telephone and discussed a summit in Tashkent").
  if (mode.includes('phone')) loc = null;
  // "was received by President Niinisto at the Presidential Palace": the palace of the host, where its government sits.
  if (loc?.everyCountry && type === 'CONSULT') loc = hostSeat(recipient, lex) ?? loc;
  const start = view.tokens[span.from].start;
  const end = view.tokens[span.to - 1].end;
  return {
    cue,
    type,
    alsoTypes: [],
    mode,
    kind: cue.kind,
    sentence: view.sentence.index,
    start,
    end,
    texts: [],
    actor,
    recipient,
    hostKnown: cue.roles === 'visit' || cue.roles === 'host' || cue.callsOnHost,
    date: date?.value ?? null,
    dateFrom: date?.from ?? null,
    // (A date in a relative clause after the cue, "…, which met in Brasília in January 2024", is that clause's.)
    sentenceDate: anywhere && !anywhere.mention.future && anywhere.own ? anywhere.value : null,
    future: Boolean(date?.mention.future),
    reported: false,
    announced: false,
    speculative: false,
    scheduled: false,
    missingRecipient: missingRecipient && !anaphor,
    forOther: tradeEased || ownBorder,
    closesBorder,
    anaphor,
    anaphorNear: false,
    // (The comparisons first: after ownSide, rarely true, they had no type feedback when assemble was optimised, and
    // the first draft of its own side deoptimised it.)
    ownObject: cue.roles !== 'meeting' && cue.roles !== 'joint' && ownSide,
    dateTok: date ? date.token : -1,
    gist: gistOf(view, span.to, clause.to, lex),
    loc: onAct ? null : loc,
    locGuessed: false, // (set here, not added later by guessDateline: drafts of one hidden class)
    venue: type === 'AGREE' && !loc ? plannedVenue(view, span, clause, lex) : null,
    visitHost,
    clause,
    confidence: confidenceOf(cue, found, date),
    separate: visits ? visits.map((v) => v.recipient) : found.separate && (cue.roles === 'meeting' || cue.callsOnHost) && !found.passive ? found.object.map((c) => c.parties.filter((p) => recipient.includes(p))) : undefined,
    separateLocs: visits ? visits.map((v) => v.loc) : undefined,
    subject: found.passive ? undefined : subject.filter(isKnown),
  };
}

/** The parties of an act as its cue's roles place them, and what a visit or people fleeing add. */
interface Roles {
  actor: Party[];
  recipient: Party[];
  visitHost: string | null;
  loc: EventPlace | null;
  visitedCountry: boolean;
  visits: { recipient: Party[]; loc: EventPlace | null }[] | null;
  displacedFrom: string | null;
  passiveSubject: boolean;
}

/** Prepositions of what an act is about, whose party takes no part in it. */
const TOPIC_PREPOSITIONS = new Set(['about', 'regarding', 'concerning']);

/** The roles of assemble's parties, or null when the cue makes no act of them. */
function rolesOf(
  view: SentenceView, span: CueSpan, cue: Cue, found: CueParties, clause: Clause, previous: Draft | null, lex: EventsLexicon,
  subject: Party[], object: Party[], by: Party[], passive: boolean,
): Roles | null {
  let actor: Party[];
  let recipient: Party[];
  let visitHost: string | null = null;
  let loc: EventPlace | null = null;
  let visitedCountry = false;
  let visits: { recipient: Party[]; loc: EventPlace | null }[] | null = null;
  let displacedFrom: string | null = null;
  let passiveSubject = false;
  switch (cue.roles) {
    case 'patient-agent':
    case 'host':
      [actor, recipient] = passive ? [subject, by] : [object, subject];
      break;
    case 'joint': {
      // "gathered in Doha", "battled in the streets of Khan Younis": a place where they act is no party acting with them.
      // (Nor is a party they act about, nor one after it: "talked for an hour about Algeria and Morocco".)
      const topic = found.object.find((c) => TOPIC_PREPOSITIONS.has(c.prep ?? ''))?.from ?? Infinity;
      actor = [...subject, ...partiesOf(found.object.filter((c) => !((c.locative || c.prep !== null) && (c.kind === 'place' || (c.kind === 'country' && !c.headed && c.locative))) &&
        c.from < topic)), ...(found.owner ? [] : by)];
      // "India and China agreed …, to rebuild ties frozen after the deadly clash in Galwan Valley in June 2020": a joint
      // act named by its noun with no party of its own, and a date of its own after it, is between the countries the
      // sentence opens with ("traded barbs over the clash" only points back to one).
      if (actor.length === 0 && !view.words[span.from].endsWith('ed') && view.dateStarts.some((k) => k >= span.to && k < clause.to)) actor = openingCountries(view);
      recipient = [];
      break;
    }
    case 'by':
      actor = by.length > 0 ? by : object;
      recipient = [];
      break;
    case 'sender': {
      // "handed him a written message from President Pezeshkian": the sender's message to the one handed it; the
      // messenger only carries it.
      if (by.length === 0) return null;
      const senders = new Set(by.map(partyKey));
      actor = by;
      recipient = object.filter((p) => !senders.has(partyKey(p)));
      break;
    }
    case 'displaced': {
      // "More than 30,000 people have fled El Fasher since RSF fighters overran the city": people fleeing are driven
      // out (SANCTION expel) by the cause the "since" or "after" clause names, from the country of the place they
      // fled (else their own); only civilians flee so (not "the president fled the country").
      if (subject.length === 0 || subject.some((p) => p.personId || isState(p))) return null;
      // The place fled is the verb's object or after "from" ("fled El Fasher", "fled from Goma"), not where they went.
      const from = view.chunks.find((c) => c.from >= span.to && c.from <= span.to + 6 && (c.kind === 'place' || c.kind === 'country') && (c.prep === null || c.prep === 'from'));
      const home = from?.parties[0] ?? subject.find((p) => p.code);
      const cause = causeAfter(view, span.to);
      if (!home?.code) return null;
      displacedFrom = home.code;
      recipient = [countryParty(lex, home.code, countryName(lex, home.code), null)];
      // "M23 fighters seized the town, forcing thousands of residents to flee": driven out by the act before, else by
      // the subject of the clause before ("Azerbaijan retook the region in September 2023, prompting … to flee").
      const forcing = cause.length === 0 ? forcingAt(view, span.from) : -1;
      const driver = forcing < 0 ? [] : previous ? previous.actor.filter(isKnown) : partiesOf(mainSubjectBefore(view, forcing, lex)).filter(isKnown);
      actor = cause.length > 0 ? cause : driver.length > 0 ? driver : [countryParty(lex, home.code, countryName(lex, home.code), 'GOV')];
      break;
    }
    case 'visit': {
      actor = subject.length > 0 ? subject : by;
      const dest = found.object[0];
      // ("paid a two-day visit", `consult.yaml` `visit-unnamed`: no destination told; an article's other country fills it.)
      if (!dest && cue.requiresRecipient) {
        recipient = [];
        break;
      }
      if (!dest) return null;
      recipient = dest.parties.slice(0, 1);
      visitHost = recipient[0]?.code || null;
      // "To Lam welcomed Xi on his state visit to Vietnam": "his" is the person from elsewhere.
      const viaPronoun = (found.owner ?? found.subject[0])?.kind === 'pronoun';
      if (viaPronoun && visitHost && actor.length > 0 && actor.every((p) => p.code === visitHost)) {
        const other = view.chunks.find((c) => c.kind === 'person' && c.parties[0]?.code && c.parties[0].code !== visitHost);
        if (other) actor = [other.parties[0]];
      }
      loc = dest.kind === 'place' || dest.place ? placeOfChunk(dest, lex) : null;
      visitedCountry = !loc;
      // "made visits to New Delhi and Islamabad", "a tour of Kenya, Tanzania and Uganda": one visit to each country.
      const dests = found.object.filter((c) => (c.kind === 'place' || c.kind === 'country') && c.parties[0]?.code);
      if (dests.length > 1 && new Set(dests.map((c) => c.parties[0].code)).size === dests.length) {
        visits = dests.map((c) => ({ recipient: c.parties.slice(0, 1), loc: c.kind === 'place' || c.place ? placeOfChunk(c, lex) : null }));
      }
      break;
    }
    default:
      if (found.passive && by.length === 0 && subject.length > 0 && !found.owner) {
        // "Two journalists were arrested in Yangon": the subject was acted on; a state's act (an arrest, a
        // release) was done by the state where it happened, anyone else's by someone the sentence does not name.
        // Attackers the sentence does not name ("three soldiers were killed by a roadside bomb in Narathiwat") are of
        // the country where the attack happened, else of the victims' (the sentence suites' convention).
        const victims = subject.find((p) => p.code && !NOT_STATE.has(p.code));
        // "A Cambodian soldier was killed in a clash with Thai troops": the other side of the fighting killed.
        const opponent = cue.type === 'ASSAULT' ? clashOpponent(view, span, found, victims?.code) : null;
        const means = cue.type === 'ASSAULT' ? meansOwner(view, span) : null;
        // "Fourteen Ghanaian traders who had been held by Burkinabe gendarmes were released": their captors release them.
        const captor = cue.type === 'RETREAT' ? captorBefore(view, found.subject, span) : null;
        const where = captor ?? (opponent ? opponent.parties[0] : means ?? (cue.byState ? speakingState(view, lex, subject) ?? placeCountry(view, lex)
          : STATE_ACTS.has(cue.type) ? placeCountry(view, lex)
          : cue.type === 'ASSAULT' ? placeCountry(view, lex) ?? (victims ? countryParty(lex, victims.code, countryName(lex, victims.code), null) : null) : null));
        // "2,000 National Guard troops were sent into Los Angeles": forces moved act for their own country.
        if (cue.type === 'MOBILIZE' && subject.some(isKnown)) [actor, recipient] = [subject, []];
        else {
          [actor, recipient] = [[where ?? unknownParty(lex, view, span)], subject];
          passiveSubject = true;
        }
      } else if ((found.passive || cue.byState) && subject.length === 0 && by.length === 0 && !found.owner && (STATE_ACTS.has(cue.type) || cue.byState) &&
        (placeCountry(view, lex) || (cue.byState && found.passive && partiesActedOn(found).length > 0))) {
        // "The curfew in Nairobi was lifted on Friday", "Mobile internet was suspended across Balochistan": a state's
        // act told in the passive of a thing, with no party as agent ("by the interior ministry" names no country),
        // is the act of the state where it happened, on the parties after the verb; a restriction lifted there
        // eases it for that country's people.
        // (A by_state act with no place, on a party after the verb, is the speaker's state's, else one the article's
        // dateline gives: "a man wanted at home for fraud was extradited to Peru".)
        const acted = partiesActedOn(found);
        const where = placeCountry(view, lex) ?? speakingState(view, lex, acted) ?? unknownParty(lex, view, span);
        [actor, recipient] = [[where], acted.length > 0 ? acted : cue.type === 'CONCEDE' ? [where] : []];
        passiveSubject = cue.type === 'CONCEDE' && acted.length === 0;
      } else if (!found.passive && subject.length === 0 && by.length === 0 && !found.owner && cue.type === 'ASSAULT' && object.length > 0 && weaponSubject(view, span, lex)) {
        // "An improvised explosive device planted on the road between Bamenda and Bali killed four gendarmes": a weapon
        // as the subject, with no one named, is an attacker of the country where it struck, else of the victims'.
        const victims = object.find((p) => p.code && !NOT_STATE.has(p.code));
        const where = placeCountry(view, lex) ?? (victims ? countryParty(lex, victims.code, countryName(lex, victims.code), null) : null);
        if (!where) return null;
        [actor, recipient] = [[where], object];
        passiveSubject = true;
      } else if (found.passive && by.length === 0 && subject.length === 0 && !found.owner && cue.type === 'ASSAULT' && byWeapon(view, span, lex) && placeCountry(view, lex)) {
        // "A gas field in Iraq's Kurdistan region was hit by a drone": a strike by a weapon no one is named for, on a
        // thing of no party, is on the country where it happened, by an attacker of that country (as above).
        const where = placeCountry(view, lex)!;
        [actor, recipient] = [[where], [where]];
        passiveSubject = true;
      } else if (found.passive && by.length === 0 && subject.length === 0 && cue.type === 'ASSAULT' && firedFrom(view, span).length > 0) {
        // "Rockets were fired from Lebanon toward the Israeli town of Metula": fire from a country, by no one named, is
        // that country's.
        const target = view.chunks.find((c) => c.from > span.from && c.from <= span.to + 2 && c.prep !== null && FIRED_AT.has(c.prep) && c.parties.some((p) => p.code));
        [actor, recipient] = [firedFrom(view, span), target ? target.parties : object];
      } else [actor, recipient] = passive ? [by, ownerOfProposal(view, clause.from, span.from) ?? (subject.length > 0 ? subject : partiesActedOn(found))] : [subject.length > 0 ? subject : found.owner ? [] : by, object];
  }
  return { actor, recipient, visitHost, loc, visitedCountry, visits, displacedFrom, passiveSubject };
}

/** One draft per separate recipient ("spoke with A and with B": two meetings), else the draft itself. */
export function splitSeparate(d: Draft): Draft[] {
  const groups = d.separate?.filter((g) => g.length > 0) ?? [];
  if (groups.length < 2) return [d];
  if (d.separateLocs) {
    return d.separate!.map((recipient, i) => ({ ...d, recipient, visitHost: recipient[0].code, loc: d.separateLocs![i], separate: undefined, separateLocs: undefined }));
  }
  return groups.map((recipient) => ({ ...d, recipient, separate: undefined }));
}

function gistOf(view: SentenceView, from: number, to: number, lex: EventsLexicon): Set<string> {
  const out = new Set<string>();
  for (let k = from; k < to && k < from + 20; k++) {
    const w = view.words[k];
    if (w.length < 4 || lex.grammar.functionWords.has(w) || !startsWithLetter(w)) continue;
    out.add(w.slice(0, 5));
  }
  return out;
}

function modeFromWords(view: SentenceView, span: CueSpan, clause: Clause, modeWords: [string, { occursIn(w: readonly string[], f: number, t: number): boolean }][]): string[] {
  for (const [mode, words] of modeWords) {
    if (words.occursIn(view.words, Math.max(clause.from, span.from - 3), clause.to)) return [mode];
  }
  return [];
}

/** Measures on another country's goods: one eased with no one named is not the country's own concession. */
const TRADE_MEASURES = new Set(['tariffs', 'tariff', 'duties', 'curbs', 'embargo', 'quotas']);

/** Pronouns that stand for measures named before them ("lifted them"). */
const MEASURE_PRONOUNS = new Set(['them', 'it']);

/** Words before a date that say when a measure takes effect ("from Oct. 1", "starting January 1"). */
const IN_FORCE_FROM = new Set(['from', 'starting', 'effective', 'beginning']);
/** Modes of a state's restrictions that take effect on a day (applyTense). */
const MEASURES_IN_FORCE = new Set(['curfew', 'restrict', 'martial-law', 'censor']);

/** Edges of a period between "from the" and "of" and its date ("from the start of next month"). */
const PERIOD_EDGES = new Set(['start', 'beginning', 'end', 'middle']);

/** "will impose a 100 percent tariff on … from Oct. 1", "from the start of next month": a measure given the day it
 *  takes effect is decided. */
function inForceFrom(view: SentenceView, span: CueSpan, clause: Clause): boolean {
  const { words, dateTok } = view;
  for (let k = span.to; k + 1 < clause.to; k++) {
    if (!IN_FORCE_FROM.has(words[k])) continue;
    if (dateTok[k + 1] >= 0) return true;
    if (words[k + 1] === 'the' && PERIOD_EDGES.has(wordAt(words, k + 2)) && words[k + 3] === 'of' && k + 4 < clause.to && dateTok[k + 4] >= 0) return true;
  }
  return false;
}

/** Where what is planned starts: the "will", "would" or "shall" before the cue in its clause ("would meet in Kampala in
 *  September to discuss …": September is the plan's), else the cue's end. */
function planFrom(view: SentenceView, span: CueSpan, clause: Clause): number {
  for (let k = span.from - 1; k >= clause.from; k--) if (WILL.has(view.words[k])) return k;
  return span.to;
}

/** "would walk off the job next week unless the government raised pay", "will take Iran to court if it keeps diverting
 *  rivers": "unless" or "if" after the cue in its clause. */
function conditionAfter(view: SentenceView, span: CueSpan, clause: Clause): boolean {
  for (let k = span.to; k < clause.to; k++) if (CONDITIONS.has(view.words[k])) return true;
  return false;
}

/** `planStart`: where what is planned starts (planFrom); `decided`: a measure given the day it takes effect;
 *  `conditional`: "unless" or "if" follows the cue (a protest or a lawsuit to come unless something is done is a threat). */
function applyTense(d: Draft, futureWords: boolean, lex: EventsLexicon, planStart: number, decided = false, conditional = false): void {
  // "agreed to reopen the crossing from Feb. 1": the agreeing is done; only what was agreed lies ahead.
  const agreedAhead = d.type === 'AGREE' && d.cue.type === 'AGREE' && d.cue.complement && !futureWords;
  const future = futureWords || (d.future && !agreedAhead);
  // The act of agreeing or announcing happens now; a future date is the date of what was agreed. So is a date after
  // a meeting or visit of the future in its clause ("will visit Peru again in May"), even one read as past; so is
  // one after any wished act ("wants to sign a deal by December").
  const planned = futureWords && d.dateFrom === 'clause' && d.dateTok >= planStart;
  if (planned && d.sentenceDate === d.date) d.sentenceDate = null;
  if (d.future || planned) {
    d.date = null;
    d.dateFrom = null;
    d.dateTok = -1;
  }
  d.future = future;
  if (!future) return;
  const to = FUTURE_TYPE[d.type] ?? ((d.type === 'PROTEST' || d.type === 'ACCUSE') && conditional ? 'THREATEN' : undefined);
  if (!to) return;
  // Sanctions decided with the day they take effect are sanctions (the sentence suites' convention), not threats;
  // so are a state's restrictions at home ("imposes a nationwide curfew from midnight").
  // (The day given is when they take effect, not when they were decided.)
  if ((d.type === 'SANCTION' || (d.type === 'COERCE' && d.mode.some((m) => MEASURES_IN_FORCE.has(m)))) && decided) {
    d.date = null;
    d.dateFrom = null;
    d.dateTok = -1;
    return;
  }
  // A planned meeting or visit is an announced agreement; promised help or support is only words.
  d.kind = d.type === 'CONSULT' ? 'agreement' : d.type === 'SUPPORT' || d.type === 'COOPERATE' || d.type === 'AID' ? 'statement' : d.kind;
  d.type = to;
  d.mode = [];
  if (!lex.types.has(to)) throw new Error(`unknown event type ${to}`);
}

function confidenceOf(cue: Cue, found: CueParties, date: PickedDate | null): number {
  let c = 0.9;
  if (cue.noun) c -= 0.05;
  if (found.inherit || found.subject.some((x) => x.kind === 'pronoun' || x.kind === 'pair')) c -= 0.1;
  if (!date) c -= 0.1;
  return Math.round(c * 100) / 100;
}

/** Whether the noun phrase from `k` (after a possessive) names a thing, not a person: a lower-case word no agent noun. */
function ownsThing(view: SentenceView, k: number, lex: EventsLexicon): boolean {
  const w = view.tokens[k]?.text ?? '';
  return /^[a-z]/.test(w) && !lex.agents.matchAt(view.words, k) && !lex.groups.matchAt(view.words, k);
}

/** Words of a visit or stay under way. */
const VISIT_WORDS = new Set(['visit', 'visits', 'trip', 'tour', 'stay', 'arrived', 'visiting', 'touring']);

/** Whether a word of a visit stands in tokens [from, to). */
function tellsVisit(view: SentenceView, from: number, to: number): boolean {
  return view.words.slice(Math.max(0, from), to).some((w) => VISIT_WORDS.has(w));
}
