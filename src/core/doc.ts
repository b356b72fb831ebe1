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
  /** For landmarks: the city they stand in. */
  city?: string;
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
  /** Where the dateline that opens the body ends ("YEREVAN, October 16, ARMENPRESS. "), or -1 when there is none. */
  datelineEnd: number;
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
  /** The country of the dateline's place ("HANOI, Dec. 13 (Xinhua) --" → VNM), or null. */
  datelineCountry: string | null;
  /** The day the dateline gives the story when it is a few days before the publication date ("YANGON, 10 April —" in
   *  a paper of 11 April): what "this morning" and "today" mean. Null when the dateline gives no day or that day. */
  datelineDay: string | null;
  /** The home country of the outlet credited as the source: the outlet list's (data/document/outlets.tsv), else that
   *  of a site no list knows named after one country or its capital ("in-cyprus"); null for none. */
  sourceHome: string | null;
  /** sourceHome, when the text names that country too; else null. */
  sourceCountry: string | null;
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
    datelineEnd: -1,
    excluded: [],
    paragraphs: [],
    sentences: [],
    dates: [],
    countryMentions: [],
    organizations: [],
    organizationMentions: [],
    places: [],
    placeMentions: [],
    datelineCountry: null,
    datelineDay: null,
    sourceHome: null,
    sourceCountry: null,
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

/**
 * The items of each sentence, by position in `doc.sentences`, in the items' own order: those inside it, or
 * with `overlapping`, those that share a character with it. One binary search per item instead of a scan
 * of every item for every sentence, which grows with the square of the article's length.
 */
export function bySentence<T extends TextRange>(doc: Doc, items: readonly T[], overlapping = false): T[][] {
  const sentences = doc.sentences;
  // (A loop, not .map(), which gives a holey array once optimised and a packed one before: its readers were
  // deoptimised when the kind changed.)
  const out: T[][] = [];
  for (let i = 0; i < sentences.length; i++) out.push([]);
  for (const x of items) {
    // Sentences are sorted and do not overlap, so their ends are sorted too: find the first that can hold x.
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (overlapping ? sentences[mid].end <= x.start : sentences[mid].end < x.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sentences.length && (overlapping ? sentences[i].start < x.end : sentences[i].start <= x.start); i++) out[i].push(x);
  }
  return out;
}
