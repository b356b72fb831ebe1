// Loads data/events/: one cue file per PLOVER type, the score table, agent nouns, verb forms and grammar words,
// and compiles every cue pattern once into a single token trie.
import { readdirSync } from 'node:fs';
import countries from 'world-countries';
import { CueTrie, parsePattern } from './cue-trie.ts';
import { dataPath, readTsv, readYaml } from './files.ts';
import { PhraseSet } from './phrase-set.ts';
import { verbForms, type IrregularVerbs } from './verb-forms.ts';

/** How a cue's grammatical parties map onto PLOVER actor and recipient. */
export type CueRoles =
  | 'agent-patient' // subject acts on the object (default)
  | 'patient-agent' // the object acts on the subject ("received aid from")
  | 'joint' // every party is an actor ("clashed", "joint drills")
  | 'meeting' // CONSULT: the host is decided from the place
  | 'visit' // the subject visits the object (a place or country)
  | 'host' // the subject hosts the object
  | 'by' // the parties after "by" act ("documents signed by A and B")
  | 'sender' // the party after "from" acts on the object ("handed him a message from President X")
  | 'displaced' // people who fled: the cause of their flight acts on the country they fled ("fled El Fasher since …")
  | 'report'; // a report that tells of an attack or coercion accuses its perpetrator ("…, Amnesty said in a report")

/**
 * occurrence: a dated happening (meeting, seizure); agreement: a joint act that is logged when it has a date
 * (signing, upgrade, consensus); statement: words (praise, pledges, demands) that an article-level coder logs
 * only with a date of their own and outside reported speech.
 */
export type CueKind = 'occurrence' | 'agreement' | 'statement';

export interface Cue {
  /** Rule id, e.g. "events.consult.meet". */
  id: string;
  type: string;
  mode: string[];
  kind: CueKind;
  roles: CueRoles;
  /** A noun phrase ("visit to", "talks between"): its owner ("his", "Xi's") or "by" phrase is the actor. */
  noun: boolean;
  /** Only the owner or "by" phrase can be the actor, never the clause's subject ("attacks on temples"). */
  ownerOnly: boolean;
  objectRequired: boolean;
  /** An object, if the cue takes one, must follow it directly ("met his counterpart", not "meets the needs of"). */
  objectAdjacent: boolean;
  /** What the object must be: an acting party, a thing owned by a country ("Egypt's proposal"), an organization,
   *  an international body (UNO, EUR, IGO). */
  objectIs: 'agent' | 'thing' | 'org' | 'international' | 'any';
  /** The subject, if any, must stand right before the cue ("the tariffs Beijing imposed on", not "the law imposed on
   *  Hong Kong, Johnson said"). */
  subjectAdjacent: boolean;
  /** Prepositions whose object is preferred as recipient ("extradited X to Y"). */
  recipientAfter: string[];
  /** Prepositions ending a noun cue whose party is its actor, as a "by" phrase's is ("the visit of Ruto to Cairo"). */
  agentAfter: string[];
  /** The cue governs an infinitive or clause ("agreed to", "urged X to"): cues inside it are not events. */
  complement: boolean;
  priority: number;
  minParticipants: number;
  actorIs: 'civilian' | 'state' | 'any';
  /** The event this cue becomes when its actor is a state (a government "protested" = ACCUSE). */
  stateEvent: { event: string; mode: string[] } | null;
  /** The event this cue becomes for an actor of a given sector (a court "ordered" = SANCTION convict). */
  sectorEvent: Map<string, { event: string; mode: string[] }>;
  /** Words right after the cue that cancel it ("declined to comment"). */
  cancelAfter: Set<string>;
  /** Words within some tokens after the cue that cancel it ("called on X in Colombo" is a visit; "called on X to" is not). */
  cancelWithin: { words: Set<string>; reach: number } | null;
  /** Words within some tokens before the cue that cancel it ("at the latter's request" is no request). */
  cancelBefore: { words: Set<string>; reach: number } | null;
  /** The recipient may be far from the cue, across quoted titles ("signed article … published in …"). */
  far: boolean;
  /** A place after the cue is where it happened, never its other side ("signed a treaty in Washington"). */
  placesAreVenues: boolean;
  /** Said in the passive without "by", the act of the state where it happened ("was summoned to the foreign
   *  ministry"): a place in the sentence, else (in an article) the dateline's country. */
  byState: boolean;
  /** The subject calls on the object, its host ("called on Prime Minister X"): who hosts is known without a place. */
  callsOnHost: boolean;
  /** A date after the cue, up to the next comma, is that of what is planned ("invited Xi to attend the summit in
   *  June"): no act of the sentence takes it. */
  plansAhead: boolean;
  /** Agreed to, the act is done, not promised (PLOVER: "has agreed to forgive … loan obligations" is AID). */
  agreedIsAct: boolean;
  /** No event without a recipient, whatever the type says (in an article, the other of its two countries fills it). */
  requiresRecipient?: boolean;
  /**
   * A verb of the broad lexicon (data/events/fallback.tsv), read only where no pattern of the type files
   * matched: its base and -ing forms, which count only after an auxiliary ("will supply", "began deporting").
   */
  fallback: { base: Set<string>; ing: Set<string> } | null;
}

export interface EventTypeInfo {
  type: string;
  quad: number;
  score: number;
  modeScores: Map<string, number>;
  requiresRecipient: boolean;
  /** Modes recognised from words in the cue's sentence, in the file's order. */
  modeWords: [string, PhraseSet][];
}

export interface AgentNoun {
  sector: string | null;
  /** The noun names one office holder (president, minister). */
  person: boolean;
}

export interface EventGrammar {
  negators: PhraseSet;
  /** "denied backing": a denial right before an -ing cue cancels it. */
  denials: PhraseSet;
  /** "denied reports that …": what others wrote, whose denial is no act and whose content is no event. */
  disavowed: Set<string>;
  /** "would not hesitate to", "no choice but to": a negator that affirms the act after it. */
  affirmingNegations: PhraseSet;
  future: PhraseSet;
  hypothetical: PhraseSet;
  attribution: PhraseSet;
  /** Words between a source and its closing verb (", the Kremlin press service said"). */
  attributionHeads: Set<string>;
  be: Set<string>;
  skippable: Set<string>;
  dateLead: Set<string>;
  clauseBoundaries: Set<string>;
  /** "after", "when": open a clause of their own when a subject and a verb follow (see roles.ts). */
  subordinators: Set<string>;
  locative: Set<string>;
  anchors: PhraseSet;
  speculative: PhraseSet;
  scheduled: PhraseSet;
  dateNotEvent: Set<string>;
  /** dateNotEvent and the words that open the start of what was agreed ("agreed to cut the tariff from March"). */
  dateNotAgreed: Set<string>;
  placeNouns: Set<string>;
  /** "the war in Sudan": nouns of a state of affairs whose place after "in" is a topic, no venue. */
  placeTopicNouns: Set<string>;
  /** "embassy", "consulate": a place right after one is where words lodged with it were said. */
  missionNouns: Set<string>;
  thingNouns: Set<string>;
  /** Nouns after "X's" that name another party ("Turkey's southern neighbour"). */
  relationalNouns: Set<string>;
  /** "positions" in "shelled Armenian positions": a target that makes the country before it the other side's. */
  militaryTargets: Set<string>;
  /** Weapons that strike with no party named ("was hit by a drone"). */
  weapons: Set<string>;
  /** "welcomed the package": nouns of an act told before, which "the" points back to. */
  eventAnaphors: PhraseSet;
  /** The types of act each anaphor noun may name ("launch" → MOBILIZE, ASSAULT). */
  anaphorTypes: Map<string, Set<string>>;
  pairGenericHeads: PhraseSet;
  pairTopHeads: PhraseSet;
  /** Every form of the verbs of reaction ("condemned", "welcomes"): a verb's pattern read as a noun after one and a
   *  determiner ("condemned the attack") is not an act of the verb's subject. */
  reactionVerbs: Set<string>;
  /** The base forms of force_purpose_verbs ("to drive away North Korean boats" after forces sent). */
  forcePurposeVerbs: Set<string>;
  /** Every form of join_verbs ("Japan joined other G7 members in imposing sanctions"). */
  joinVerbs: Set<string>;
  /** Every form of object_control_verbs ("prompting Algeria to withdraw"). */
  objectControlVerbs: Set<string>;
  /** "called the two leaders to congratulate them": verbs whose object is followed by the subject's purpose. */
  purposeVerbs: Set<string>;
  /** "met by video link", "arrived by road": words after "by" that name a means, not an agent. */
  meansAfterBy: Set<string>;
  /** "will allow X to …": verbs that make room for an act without telling it (present and future forms only). */
  enablingVerbs: Set<string>;
  /** Base forms of cue verbs that are also adjectives ("a free trade deal"). */
  adjectiveVerbs: Set<string>;
  /** Texts that lay down acts ("the law ratifying it"). */
  legalTexts: Set<string>;
  /** Blows of nature ("a powerful earthquake struck …, killing 12 people"). */
  naturalHazards: PhraseSet;
  /** Participles of speech: after "accused X of …ing," their clause is the accuser's, not X's. */
  speechParticiples: Set<string>;
  /** Participles of a stance on what was said ("ruling out", "rejecting"): the speaker's after a "said that" clause. */
  stanceParticiples: Set<string>;
  /** Nouns whose infinitive is their owner's act ("the U.S. decision to lift the ban"). */
  decisionNouns: Set<string>;
  /** Such nouns whose act is yet to come ("a promise by Japan to supply …"). */
  promiseNouns: Set<string>;
  /** A top office in a person's office ("President of Brazil"), not a vice or deputy one. */
  pairTopOffice: RegExp;
  remarksAnchors: PhraseSet;
  occasionAnchors: PhraseSet;
  narrowing: PhraseSet;
  /** "At that meeting", "during that trip": the date of the latest meeting told before. */
  meetingAnchors: PhraseSet;
  pairDeterminers: PhraseSet;
  pairCountryHeads: PhraseSet;
  /** "the nuclear-armed neighbours": heads that name the pair after "the" and a modifier or two. */
  pairDescribedHeads: PhraseSet;
  /** Country heads that name the pair after a bare "the" right before a verb ("The delegations agreed"). */
  pairBareHeads: PhraseSet;
  /** Words allowed between such a pair and its verb ("the leaders also signed"). */
  pairBareAdverbs: Set<string>;
  pairMeetingNouns: Set<string>;
  /** Fighting that opens a sentence with no side named ("The fighting broke out …"): the article's two countries'. */
  pairFightingNouns: Set<string>;
  pairAgreementNouns: Set<string>;
  habitual: Set<string>;
  meetingEnders: Set<string>;
  pairPersonHeads: PhraseSet;
  /** Every word a pair chunk can start with: "the", pair determiners' and person heads' first words, meeting and
   *  agreement nouns (most words start none: one look-up tells). */
  pairStarts: Set<string>;
  countryNouns: PhraseSet;
  /** "The North", "the South": the half of a divided country each names (word → country code). */
  dividedHalves: Map<string, string>;
  /** "the premier": a bare title, with the office words it may be written as in a person's office. */
  bareTitles: PhraseSet<string[]>;
  /** "the Minister of Foreign Affairs of Spain, José Manuel Albares": words that open a title in apposition. */
  apposedTitleHeads: Set<string>;
  /** Words that say forces came to help ("landed in Haiti to lead a UN-backed mission"). */
  helpPurposes: Set<string>;
  /** Words after a deployment that make it disaster relief ("to search for survivors"). */
  reliefPurposes: PhraseSet;
  /** Goods whose flow is aid even when it starts ("began airdropping food"). */
  reliefGoods: PhraseSet;
  /** Capitals that stand for an international body as a party ("Brussels" → EUR). */
  capitalBodies: Map<string, string>;
  multilateral: PhraseSet;
  pronounsPerson: Set<string>;
  pronounsGroup: Set<string>;
  /** "we", "us", "our": the side of a quotation's speaker. */
  pronounsSpeaker: Set<string>;
  pronounsThing: Set<string>;
  /** Every pronoun of the three lists above. */
  pronouns: Set<string>;
  possessivePronouns: Set<string>;
  participialOpeners: Set<string>;
  /** Verbs whose object is the one spoken to ("told Netanyahu", "urged Biden"): the other side of a call told around them. */
  addressVerbs: Set<string>;
  functionWords: Set<string>;
  titleWords: Set<string>;
  prepositions: Set<string>;
  quantityNouns: Set<string>;
  /** "more than", "at least": words of quantity before an object that still follows its verb directly. */
  quantifiers: PhraseSet;
  strictLocative: Set<string>;
  venuePrepositions: Set<string>;
  venueNouns: Set<string>;
  mediatorParticiples: Set<string>;
  mediatorMeetingParticiples: Set<string>;
  mediatorMeetingNouns: Set<string>;
  mediatorNouns: Set<string>;
  /** "linked to", "loyal to": two-word phrases, joined by a space. */
  affiliations: Set<string>;
}

export interface EventsLexicon {
  trie: CueTrie<Cue>;
  cues: Cue[];
  types: Map<string, EventTypeInfo>;
  agents: PhraseSet<AgentNoun>;
  /** Groups that act or are acted on without naming their country ("police", "gunmen", "protesters"). */
  groups: PhraseSet<AgentNoun>;
  /** Names of a fixed group of countries ("koreas", "baltic states"), with their ISO3 codes. */
  collectives: PhraseSet<string[]>;
  /** Every word a collective's chunk can start with ("the", a pair determiner, a count, a collective's first word):
   *  most words start none, and one look-up tells. */
  collectiveStarts: Set<string>;
  /** International bodies named in officials' titles ("Secretary-General of the United Nations" → UNO). */
  bodies: PhraseSet<string>;
  grammar: EventGrammar;
  /** Past tense and past participle forms of every cue verb ("met", "signed", "struck"). */
  pastForms: Set<string>;
  /** Past participles of every cue verb ("met", "spoken", "taken"): a simple past ("spoke", "took") is none. */
  participles: Set<string>;
  /** Base forms of every cue verb ("meet", "cut"): a past form that is also one ("cut") may be an infinitive. */
  baseForms: Set<string>;
  /** ISO3 → country name, for identifier_text of country parties. */
  countryNames: Map<string, string>;
  /** The city where each country's foreign ministry sits: data/geo/seats.tsv, else the first capital world-countries gives. */
  seats: Map<string, string>;
  /** Countries whose capital bears the country's name (Singapore, Luxembourg, Monaco): a visit to one is to that city. */
  cityStates: Set<string>;
  /** Whole number words ("a" 1, "two" 2 … "twelve" 12), from data/figures/number-words.tsv. */
  numberWords: Map<string, number>;
}

interface RawCue {
  id?: string;
  patterns?: string[];
  mode?: string[];
  kind?: CueKind;
  roles?: CueRoles;
  noun?: boolean;
  owner_only?: boolean;
  object?: 'required' | 'optional' | 'adjacent';
  subject?: 'adjacent';
  object_is?: Cue['objectIs'];
  recipient_after?: string[];
  agent_after?: string[];
  complement?: boolean;
  priority?: number;
  min_participants?: number;
  actor_is?: Cue['actorIs'];
  state_event?: { event: string; mode?: string[] };
  sector_event?: Record<string, { event: string; mode?: string[] }>;
  cancel_after?: string[];
  cancel_within?: { words: string[]; reach: number };
  cancel_before?: { words: string[]; reach: number };
  far?: boolean;
  places_are_venues?: boolean;
  by_state?: boolean;
  calls_on_host?: boolean;
  plans_ahead?: boolean;
  agreed_is_act?: boolean;
  requires_recipient?: boolean;
}

interface RawTypeFile {
  type?: string;
  kind?: CueKind;
  requires_recipient?: boolean;
  mode_words?: Record<string, string[]>;
  cues?: RawCue[];
}

/** km²: a country smaller than this whose capital bears its name is visited in that city (Guatemala; not Mexico). */
const CITY_STATE_AREA = 120_000;
const ROLES = new Set(['agent-patient', 'patient-agent', 'joint', 'meeting', 'visit', 'host', 'by', 'sender', 'displaced', 'report']);
const KINDS = new Set(['occurrence', 'agreement', 'statement']);

function loadIrregularVerbs(): IrregularVerbs {
  const table: IrregularVerbs = new Map();
  for (const row of readTsv(dataPath('events', 'verbs.tsv'))) {
    table.set(row.base, { s: row.s || undefined, past: row.past || undefined, participle: row.participle || undefined, ing: row.ing || undefined });
  }
  return table;
}

function loadScores(): Map<string, { quad: number; score: number; modes: Record<string, number> }> {
  const raw = readYaml<{ types: Record<string, { quad: number; score: number; modes?: Record<string, number> }> }>(dataPath('events', 'scores.yaml'));
  return new Map(Object.entries(raw.types).map(([t, v]) => [t, { quad: v.quad, score: v.score, modes: v.modes ?? {} }]));
}

function toCue(raw: RawCue, file: RawTypeFile, where: string): Cue {
  const type = file.type as string;
  if (!raw.id) throw new Error(`${where}: a cue has no id`);
  const roles = raw.roles ?? 'agent-patient';
  if (!ROLES.has(roles)) throw new Error(`${where}: cue "${raw.id}" has unknown roles "${roles}"`);
  const kind = raw.kind ?? file.kind ?? 'occurrence';
  if (!KINDS.has(kind)) throw new Error(`${where}: cue "${raw.id}" has unknown kind "${kind}"`);
  return {
    id: `events.${type.toLowerCase()}.${raw.id}`,
    type,
    mode: raw.mode ?? [],
    kind,
    roles,
    noun: raw.noun ?? false,
    ownerOnly: raw.owner_only ?? false,
    objectRequired: raw.object === 'required',
    objectAdjacent: raw.object === 'adjacent',
    objectIs: raw.object_is ?? 'any',
    subjectAdjacent: raw.subject === 'adjacent',
    recipientAfter: raw.recipient_after ?? [],
    agentAfter: raw.agent_after ?? [],
    complement: raw.complement ?? false,
    priority: raw.priority ?? 1,
    minParticipants: raw.min_participants ?? 1,
    actorIs: raw.actor_is ?? 'any',
    stateEvent: raw.state_event ? { event: raw.state_event.event, mode: raw.state_event.mode ?? [] } : null,
    sectorEvent: new Map(Object.entries(raw.sector_event ?? {}).map(([sector, v]) => [sector, { event: v.event, mode: v.mode ?? [] }])),
    cancelAfter: new Set((raw.cancel_after ?? []).map((w) => w.toLowerCase())),
    cancelWithin: raw.cancel_within ? { words: new Set(raw.cancel_within.words.map((w) => w.toLowerCase())), reach: raw.cancel_within.reach } : null,
    cancelBefore: raw.cancel_before ? { words: new Set(raw.cancel_before.words.map((w) => w.toLowerCase())), reach: raw.cancel_before.reach } : null,
    far: raw.far ?? false,
    placesAreVenues: raw.places_are_venues ?? false,
    byState: raw.by_state ?? false,
    callsOnHost: raw.calls_on_host ?? false,
    plansAhead: raw.plans_ahead ?? false,
    agreedIsAct: raw.agreed_is_act ?? false,
    requiresRecipient: raw.requires_recipient ?? false,
    fallback: null,
  };
}

function loadGrammar(irregular: IrregularVerbs): EventGrammar {
  const g = readYaml<Record<string, string[]>>(dataPath('events', 'grammar.yaml'));
  const list = (key: string): string[] => {
    const v = g[key];
    if (!Array.isArray(v)) throw new Error(`data/events/grammar.yaml: "${key}" is missing or not a list`);
    return v.map((x) => String(x).toLowerCase());
  };
  const phrases = (key: string) => PhraseSet.of(list(key));
  const set = (key: string) => new Set(list(key));
  const pronouns = ['pronouns_person', 'pronouns_group', 'pronouns_thing', 'pronouns_speaker'];
  return {
    negators: phrases('negators'),
    denials: phrases('denials'),
    disavowed: set('disavowed'),
    affirmingNegations: phrases('affirming_negations'),
    future: phrases('future'),
    hypothetical: phrases('hypothetical'),
    attribution: phrases('attribution'),
    attributionHeads: set('attribution_heads'),
    be: set('be'),
    skippable: set('skippable'),
    dateLead: set('date_lead'),
    clauseBoundaries: set('clause_boundaries'),
    subordinators: set('subordinators'),
    locative: set('locative'),
    anchors: phrases('anchors'),
    speculative: phrases('speculative'),
    scheduled: phrases('scheduled'),
    dateNotEvent: set('date_not_event'),
    dateNotAgreed: new Set([...set('date_not_event'), ...set('date_starts_what_was_agreed')]),
    placeNouns: set('place_nouns'),
    placeTopicNouns: set('place_topic_nouns'),
    missionNouns: set('mission_nouns'),
    thingNouns: set('thing_nouns'),
    relationalNouns: set('relational_nouns'),
    militaryTargets: set('military_targets'),
    weapons: set('weapons'),
    eventAnaphors: phrases('event_anaphors'),
    anaphorTypes: new Map(list('anaphor_types').map((x) => {
      const [word, ...types] = x.split(/\s+/);
      return [word, new Set(types.map((t) => t.toUpperCase()))];
    })),
    pairGenericHeads: phrases('pair_generic_heads'),
    pairTopHeads: phrases('pair_top_heads'),
    reactionVerbs: new Set(list('reaction_verbs').flatMap((v) => Object.values(verbForms(v, irregular)))),
    forcePurposeVerbs: new Set(list('force_purpose_verbs')),
    joinVerbs: new Set(list('join_verbs').flatMap((v) => Object.values(verbForms(v, irregular)))),
    objectControlVerbs: new Set(list('object_control_verbs').flatMap((v) => Object.values(verbForms(v, irregular)))),
    enablingVerbs: set('enabling_verbs'),
    adjectiveVerbs: set('adjective_verbs'),
    naturalHazards: phrases('natural_hazards'),
    legalTexts: set('legal_texts'),
    meansAfterBy: set('means_after_by'),
    purposeVerbs: new Set(list('purpose_verbs').flatMap((v) => Object.values(verbForms(v, irregular)))),
    speechParticiples: new Set(list('speech_participles')),
    stanceParticiples: new Set(list('stance_participles')),
    decisionNouns: set('decision_nouns'),
    promiseNouns: set('promise_nouns'),
    pairTopOffice: new RegExp(`(?<!\\b(?:vice|deputy|former|acting)[\\s-])\\b(?:${[...set('pair_top_offices')].map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i'),
    remarksAnchors: phrases('remarks_anchors'),
    occasionAnchors: phrases('occasion_anchors'),
    narrowing: phrases('narrowing'),
    meetingAnchors: phrases('meeting_anchors'),
    pairDeterminers: phrases('pair_determiners'),
    pairCountryHeads: phrases('pair_country_heads'),
    pairDescribedHeads: phrases('pair_described_heads'),
    pairBareHeads: phrases('pair_bare_heads'),
    pairBareAdverbs: set('pair_bare_adverbs'),
    pairMeetingNouns: set('pair_meeting_nouns'),
    pairFightingNouns: set('pair_fighting_nouns'),
    pairAgreementNouns: set('pair_agreement_nouns'),
    habitual: set('habitual'),
    meetingEnders: set('meeting_enders'),
    pairPersonHeads: phrases('pair_person_heads'),
    pairStarts: new Set(['the', ...list('pair_meeting_nouns'), ...list('pair_fighting_nouns'), ...list('pair_agreement_nouns'),
      ...[...list('pair_determiners'), ...list('pair_person_heads')].map((p) => p.trim().split(/\s+/)[0]).filter(Boolean)]),
    countryNouns: phrases('country_nouns'),
    dividedHalves: new Map(list('divided_halves').map((x) => {
      const [word, code] = x.split(/\s+/);
      return [word, code.toUpperCase()];
    })),
    bareTitles: bareTitles(list('bare_titles')),
    apposedTitleHeads: set('apposed_title_heads'),
    helpPurposes: set('help_purposes'),
    reliefPurposes: phrases('relief_purposes'),
    reliefGoods: phrases('relief_goods'),
    capitalBodies: new Map(list('capital_bodies').map((x) => {
      const [word, code] = x.split(/\s+/);
      return [word, code.toUpperCase()];
    })),
    multilateral: phrases('multilateral'),
    pronounsPerson: set('pronouns_person'),
    pronounsGroup: set('pronouns_group'),
    pronounsThing: set('pronouns_thing'),
    pronounsSpeaker: set('pronouns_speaker'),
    pronouns: new Set(pronouns.flatMap(list)),
    possessivePronouns: set('possessive_pronouns'),
    participialOpeners: set('participial_openers'),
    addressVerbs: set('address_verbs'),
    functionWords: set('function_words'),
    titleWords: set('title_words'),
    prepositions: set('prepositions'),
    quantityNouns: set('quantity_nouns'),
    quantifiers: phrases('quantifiers'),
    strictLocative: set('strict_locative'),
    venuePrepositions: set('venue_prepositions'),
    venueNouns: set('venue_nouns'),
    mediatorParticiples: set('mediator_participles'),
    mediatorMeetingParticiples: set('mediator_meeting_participles'),
    mediatorMeetingNouns: set('mediator_meeting_nouns'),
    mediatorNouns: set('mediator_nouns'),
    affiliations: set('affiliations'),
  };
}

/** PLOVER sectors of people outside the state: their act of force against property is a protest (riot). */
const CIVILIAN_SECTORS = ['CVL', 'OPP', 'EDU', 'LAB', 'AGR', 'MED', 'REL', 'JRN', 'REF'];

/** The broad verb lexicon: one cue per verb, below every pattern of the type files (priority 0). */
function loadFallback(trie: CueTrie<Cue>, cues: Cue[], types: Map<string, EventTypeInfo>, kinds: Map<string, CueKind>, irregular: IrregularVerbs, pastForms: Set<string>, baseForms: Set<string>, participles: Set<string>): void {
  const where = 'data/events/fallback.tsv';
  for (const row of readTsv(dataPath('events', 'fallback.tsv'))) {
    const [verb, ...particles] = row.verb.trim().toLowerCase().split(/\s+/);
    if (!types.has(row.type)) throw new Error(`${where}: "${row.verb}" has unknown type "${row.type}"`);
    const roles = (row.roles || 'agent-patient') as CueRoles;
    if (!ROLES.has(roles)) throw new Error(`${where}: "${row.verb}" has unknown roles "${roles}"`);
    const object = row.object || '';
    if (object && object !== 'required' && object !== 'adjacent') throw new Error(`${where}: "${row.verb}" has unknown object "${object}"`);
    const civilian = row.by_civilians ? row.by_civilians.trim().split(/\s+/) : null;
    if (civilian && !types.has(civilian[0])) throw new Error(`${where}: "${row.verb}" has unknown by_civilians type "${civilian[0]}"`);
    const f = verbForms(verb, irregular);
    pastForms.add(f.past);
    pastForms.add(f.participle);
    participles.add(f.participle);
    baseForms.add(f.base);
    const cue: Cue = {
      ...toCue({ id: `lexicon-${[verb, ...particles].join('-')}`, mode: row.mode ? [row.mode] : [], roles, recipient_after: row.recipient_after ? row.recipient_after.split(',').map((x) => x.trim()) : [], priority: 0 }, { type: row.type, kind: kinds.get(row.type) }, where),
      objectRequired: object === 'required',
      objectAdjacent: object === 'adjacent',
      fallback: { base: new Set([f.base]), ing: new Set([f.ing]) },
    };
    if (row.cancel_within) {
      const [word, reach] = row.cancel_within.trim().split(/\s+/);
      if (!word || !(Number(reach) > 0)) throw new Error(`${where}: "${row.verb}" has a bad cancel_within "${row.cancel_within}" (a word and a reach)`);
      cue.cancelWithin = { words: new Set(word.toLowerCase().split('|')), reach: Number(reach) };
    }
    if (civilian) for (const sector of CIVILIAN_SECTORS) cue.sectorEvent.set(sector, { event: civilian[0], mode: civilian.slice(1) });
    cues.push(cue);
    trie.add(parsePattern([`{${verb}}`, ...particles].join(' '), irregular), cue);
  }
}

export function loadEvents(): EventsLexicon {
  const irregular = loadIrregularVerbs();
  const scores = loadScores();
  const trie = new CueTrie<Cue>();
  const cues: Cue[] = [];
  const types = new Map<string, EventTypeInfo>();
  const pastForms = new Set<string>();
  const baseForms = new Set<string>();
  const participles = new Set<string>();
  const kinds = new Map<string, CueKind>();
  const dir = dataPath('events', 'types');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const where = `data/events/types/${name}`;
    const file = readYaml<RawTypeFile>(dataPath('events', 'types', name));
    const type = file.type;
    const score = type ? scores.get(type) : undefined;
    if (!type || !score) throw new Error(`${where}: "type" must be one of the types in data/events/scores.yaml`);
    types.set(type, {
      type,
      quad: score.quad,
      score: score.score,
      modeScores: new Map(Object.entries(score.modes)),
      requiresRecipient: file.requires_recipient ?? false,
      modeWords: Object.entries(file.mode_words ?? {}).map(([mode, words]) => [mode, PhraseSet.of(words.map((w) => w.toLowerCase()))]),
    });
    kinds.set(type, file.kind ?? 'occurrence');
    for (const raw of file.cues ?? []) {
      const cue = toCue(raw, file, where);
      cues.push(cue);
      for (const pattern of raw.patterns ?? []) {
        for (const verb of pattern.matchAll(/\{([a-z-]+)\}/gi)) {
          const f = verbForms(verb[1], irregular);
          pastForms.add(f.past);
          pastForms.add(f.participle);
          participles.add(f.participle);
          baseForms.add(f.base);
        }
        try {
          trie.add(parsePattern(pattern, irregular), cue);
        } catch (err) {
          throw new Error(`${where}: ${(err as Error).message}`);
        }
      }
    }
  }
  loadFallback(trie, cues, types, kinds, irregular, pastForms, baseForms, participles);
  trie.compact();
  const agents = new PhraseSet<AgentNoun>();
  for (const row of readTsv(dataPath('events', 'agents.tsv'))) {
    agents.add(row.noun.toLowerCase(), { sector: row.sector || null, person: row.person === 'yes' });
  }
  const groups = new PhraseSet<AgentNoun>();
  for (const row of readTsv(dataPath('events', 'groups.tsv'))) groups.add(row.noun.toLowerCase(), { sector: row.sector || null, person: false });
  const grammar = loadGrammar(irregular);
  const collectives = new PhraseSet<string[]>();
  const collectiveStarts = new Set(grammar.pairStarts);
  for (const row of readTsv(dataPath('events', 'collectives.tsv'))) {
    collectives.add(row.name.toLowerCase(), row.codes.split('|'));
    collectiveStarts.add(row.name.toLowerCase().trim().split(/\s+/)[0]);
  }
  const bodies = new PhraseSet<string>();
  for (const row of readTsv(dataPath('events', 'bodies.tsv'))) bodies.add(row.name.toLowerCase(), row.code);
  const countryNames = new Map(countries.map((c) => [c.cca3, c.name.common]));
  const seats = new Map(countries.filter((c) => c.capital?.[0]).map((c) => [c.cca3, c.capital[0]]));
  // (A code the package does not use, given in territories.tsv: Kosovo, "UNK" there, is KOS, with its name and seat.)
  for (const row of readTsv(dataPath('geo', 'territories.tsv'))) {
    const name = countryNames.get(row.code);
    if (!name || countryNames.has(row.sovereign)) continue;
    countryNames.set(row.sovereign, name);
    const seat = seats.get(row.code);
    if (seat) seats.set(row.sovereign, seat);
  }
  for (const row of readTsv(dataPath('geo', 'seats.tsv'))) seats.set(row.country, row.seat);
  // (A small country whose capital bears its name: "Singapore", "Kuwait City", "Panama City"; not Mexico.)
  const cityStates = new Set(countries.filter((c) => c.independent && c.area < CITY_STATE_AREA && (c.capital ?? []).some((city) => city.includes(c.name.common))).map((c) => c.cca3));
  const numberWords = new Map<string, number>();
  for (const row of readTsv(dataPath('figures', 'number-words.tsv'))) if (Number.isInteger(Number(row.value))) numberWords.set(row.word.toLowerCase(), Number(row.value));
  for (const [word, n] of numberWords) if (n >= 2) collectiveStarts.add(word);
  return { trie, cues, types, agents, groups, collectives, collectiveStarts, bodies, grammar, pastForms, participles, baseForms, countryNames, seats, cityStates, numberWords };
}

/** "premier=prime minister" → "premier" with the titles ["premier", "prime minister"]; "president" → ["president"]. */
function bareTitles(rows: string[]): PhraseSet<string[]> {
  const set = new PhraseSet<string[]>();
  for (const row of rows) {
    const [title, ...also] = row.split('=').map((x) => x.trim().toLowerCase());
    set.add(title, [title, ...also]);
  }
  return set;
}
