// The dyad record: the contract every front end, the store and outside evaluation read.
// Field names here are fixed by the project's issues; change them only with the README.

/** Character offsets into the article text: `text.slice(start, end)` is the evidence. */
export interface Evidence {
  start: number;
  end: number;
  /** Id of the rule that found it, e.g. "people.title-before-name". */
  rule: string;
}

export interface DocumentInfo {
  id: string;
  file: string | null;
  title: string | null;
  source: string | null;
  /** YYYY-MM-DD, the anchor for every relative date; null when none could be found. */
  published: string | null;
  /** Where `published` came from: "header", "dateline", "footer", "url" (a date in the web address), "option" (--published), "metadata" or null. */
  publishedFrom: string | null;
  dateline: string | null;
  byline: string | null;
  language: string;
  url?: string | null;
  /** Problems a reader should know about (no date found, truncated input, …). */
  warnings: string[];
}

export interface Person {
  id: string;
  /** Canonical full name, no honorifics. */
  name: string;
  /** ISO 3166-1 alpha-3, or null when unknown. */
  country: string | null;
  /** Offices as the article states them ("Vietnamese President"). */
  offices: string[];
  aliases: string[];
  mentions: Evidence[];
  /** Offices from the gazetteer that held on the publication date (e.g. "President"). */
  knownOffices?: string[];
  /** PLOVER sector code derived from offices (GOV, MIL, PTY, LEG, …). */
  sector?: string | null;
}

export interface Organization {
  id: string;
  name: string;
  country: string | null;
  aliases: string[];
  mentions: Evidence[];
  sector?: string | null;
}

export interface Place {
  name: string;
  /** ISO3 of the country the place is in (a country's own name maps to itself). */
  country: string | null;
  /** "country" | "capital" | "city" | "region" | "sea" | … */
  kind?: string;
  mentions: Evidence[];
}

/** A reference to a country in text: a name, demonym, capital used as metonym, or "the two countries". */
export interface CountryMention extends Evidence {
  code: string;
  /** "name" | "demonym" | "capital" | "adjective" */
  kind: string;
}

export interface Quote extends Evidence {
  speaker: string | null;
  speakerId: string | null;
  /** The organisation that speaks when no person does ("…," the Foreign Ministry said); speaker stays null. */
  speakerOrganization?: string | null;
  text: string;
}

export interface Proposal extends Evidence {
  speaker: string | null;
  speakerId: string | null;
  ordinal: number;
  text: string;
  /** Theme label used to align proposals across meetings (political trust, security, …). */
  theme?: string | null;
}

export interface Figure extends Evidence {
  measure: string;
  value: number;
  /** ISO 4217 for money, "percent", "people", else the plural noun counted. */
  unit: string;
  /** The year (or YYYY-MM) the figure refers to, or null. */
  period: string | null;
  qualifier: 'exact' | 'over' | 'under' | 'about';
  text: string;
}

/** PLOVER entity information object. */
export interface EventEntity {
  /** ISO3, or "IGO" for international organisations. */
  code: string;
  sector: string | null;
  entity_text: string;
  /** Canonical person or organisation name from the record, or the country name. */
  identifier_text: string;
  office?: string | null;
}

export interface PloverEvent {
  id: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY: the precision the text gives. */
  date: string | null;
  event: string[];
  mode: string[];
  context: string[];
  actor: EventEntity[];
  recipient: EventEntity[];
  event_loc: { name: string; country: string | null } | null;
  event_text: string[];
  quad_code: number;
  event_scale: number;
  text_info: { sequence: number; start: number; end: number };
  rule: string;
  confidence: number;
}

export interface DyadRecord {
  document: DocumentInfo;
  people: Person[];
  organizations: Organization[];
  places: Place[];
  events: PloverEvent[];
  quotes: Quote[];
  proposals: Proposal[];
  figures: Figure[];
}

/** The sixteen PLOVER event types, in the manual's order (cooperation first, then conflict). */
export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;
