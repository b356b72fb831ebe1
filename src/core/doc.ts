// The working document that flows through the pipeline's stages, and its conversion to a record.
import type {
  CountryMention, DocumentInfo, DyadRecord, Evidence, Figure, Organization, Person, Place,
  PloverEvent, Proposal, Quote,
} from './types.ts';

export interface TextRange {
  start: number;
  end: number;
}

export interface Sentence extends TextRange {
  index: number;
  paragraph: number;
}

/** One mention of a person in the text, linked to the person it resolves to. */
export interface PersonMention extends Evidence {
  personId: string;
  /** The surface text, e.g. "President Xi", "Lam". */
  text: string;
  /** Offices stated right at this mention ("Vietnamese President"). */
  offices?: string[];
}

/** A mention of an organisation, linked to its record. */
export interface OrganizationMention extends Evidence {
  organizationId: string;
  text: string;
}

/** A place mention: a city, region or sea, with the country it belongs to. */
export interface PlaceMention extends Evidence {
  name: string;
  country: string | null;
  kind: string;
}

/** A date expression resolved against the publication date. */
export interface DateMention extends Evidence {
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  /** True when the text states a future time ("next week", "in 2026" after publication). */
  future: boolean;
}

export interface Doc {
  /** The article text as read (decoded, BOM removed); every offset points into it. */
  text: string;
  document: DocumentInfo;
  /** Where the article body starts, after header lines (date, headline, byline). */
  bodyStart: number;
  /** Spans that are not article prose: photo captions, editor credits, bylines. */
  excluded: TextRange[];
  paragraphs: TextRange[];
  sentences: Sentence[];
  dates: DateMention[];
  countryMentions: CountryMention[];
  organizations: Organization[];
  organizationMentions: OrganizationMention[];
  places: Place[];
  placeMentions: PlaceMention[];
  people: Person[];
  personMentions: PersonMention[];
  quotes: Quote[];
  proposals: Proposal[];
  figures: Figure[];
  events: PloverEvent[];
}

export type DocField = keyof Doc;

export interface DocInput {
  text: string;
  file?: string | null;
  id?: string;
  /** Publication date supplied from outside (--published, feed metadata); YYYY-MM-DD. */
  published?: string | null;
  title?: string | null;
  source?: string | null;
  byline?: string | null;
  url?: string | null;
}

export function createDoc(input: DocInput): Doc {
  return {
    text: input.text,
    document: {
      id: input.id ?? '',
      file: input.file ?? null,
      title: input.title ?? null,
      source: input.source ?? null,
      published: input.published ?? null,
      publishedFrom: input.published ? 'option' : null,
      dateline: null,
      byline: input.byline ?? null,
      language: 'en',
      url: input.url ?? null,
      warnings: [],
    },
    bodyStart: 0,
    excluded: [],
    paragraphs: [],
    sentences: [],
    dates: [],
    countryMentions: [],
    organizations: [],
    organizationMentions: [],
    places: [],
    placeMentions: [],
    people: [],
    personMentions: [],
    quotes: [],
    proposals: [],
    figures: [],
    events: [],
  };
}

export function toRecord(doc: Doc): DyadRecord {
  return {
    document: doc.document,
    people: doc.people,
    organizations: doc.organizations,
    places: doc.places,
    events: doc.events,
    quotes: doc.quotes,
    proposals: doc.proposals,
    figures: doc.figures,
  };
}

/** The sentence containing offset `pos`, or undefined (binary search over sorted sentences). */
export function sentenceAt(doc: Doc, pos: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function isExcluded(doc: Doc, range: TextRange): boolean {
  return doc.excluded.some((x) => range.start < x.end && range.end > x.start);
}
