// One sentence prepared for coding: tokens, the date mentions and parties in it, and its cue spans.
import { bySentence, type DateMention, type Doc, type OrganizationMention, type PersonMention, type PlaceMention, type Sentence } from '../../core/doc.ts';
import type { CountryMention, Quote } from '../../core/types.ts';
import type { EventsLexicon } from '../../lexicon/events.ts';
import { buildChunks, type Chunk } from './chunks.ts';
import { findAttributions, type Attributions } from './clause.ts';
import { resolveChunks, type DocContext } from './context.ts';
import { findCueSpans, type CueSpan } from './cues.ts';
import { firstTokenFrom, tokenize, tokenRange, type Tok } from './tokens.ts';

export interface SentenceView {
  sentence: Sentence;
  tokens: Tok[];
  words: string[];
  dates: DateMention[];
  /** Token → index into `dates`, or -1. */
  dateTok: number[];
  /** Tokens where a date mention starts, in order. */
  dateStarts: number[];
  chunks: Chunk[];
  /** Token → index into `chunks`, or -1. */
  chunkAt: number[];
  /** Token inside a direct quotation (1). */
  quoted: number[];
  /** Token in a dateline ("SEOUL, July 19 (Yonhap) --"): its date is the publication's, not an act's. */
  dateline: number[];
  /** Token after a sentence-initial participial phrase ("Speaking at …, Xi said"), or -1. */
  openerEnd: number;
  spans: CueSpan[];
  /** Read only for sentences with cues. */
  attributions: Attributions;
}

/** What earlier stages found in one sentence: mentions and dates inside it, quotes that overlap it. */
export interface SentenceMentions {
  dates: DateMention[];
  quotes: Quote[];
  countries: CountryMention[];
  organizations: OrganizationMention[];
  people: PersonMention[];
  places: PlaceMention[];
}

/** The mentions of every sentence, by position in `doc.sentences`. */
export function mentionsBySentence(doc: Doc): SentenceMentions[] {
  const dates = bySentence(doc, doc.dates);
  const quotes = bySentence(doc, doc.quotes, true);
  const countries = bySentence(doc, doc.countryMentions);
  const organizations = bySentence(doc, doc.organizationMentions);
  const people = bySentence(doc, doc.personMentions);
  const places = bySentence(doc, doc.placeMentions);
  // A loop, not .map(): optimised, .map() gives a holey array and unoptimised a packed one, and the readers of an
  // array were deoptimised when its kind changed.
  const out: SentenceMentions[] = [];
  for (let i = 0; i < doc.sentences.length; i++) {
    out.push({ dates: dates[i], quotes: quotes[i], countries: countries[i], organizations: organizations[i], people: people[i], places: places[i] });
  }
  return out;
}

const QUOTE_OPEN = new Set(['"', '“']);
const QUOTE_CLOSE = new Set(['"', '”']);

/** What a sentence's cues are read from: its tokens, their words and dates, and the cue spans. */
export interface SentenceCues {
  tokens: Tok[];
  words: string[];
  dateTok: number[];
  dateStarts: number[];
  spans: CueSpan[];
}

/**
 * The cue spans of one sentence. (The coder reads those of every sentence of an article before anything else: the
 * cue trie, large and read at every token, then stays in the processor's cache; read between the chunks of each
 * sentence, the same matching took about four times as long.)
 */
export function findSentenceCues(doc: Doc, lex: EventsLexicon, sentence: Sentence, mentions: SentenceMentions): SentenceCues {
  const tokens = tokenize(doc.text, sentence.start, sentence.end);
  // A loop, not .map(): optimised, .map() gives a holey array and unoptimised a packed one, and every reader of the
  // words (cue trie, phrase sets, clause rules) was deoptimised when the kind changed.
  const words: string[] = [];
  for (const t of tokens) words.push(t.lower);
  const dates = mentions.dates;
  // Plain arrays, not typed ones: a typed array of more than 64 bytes is allocated outside the heap, which
  // costs a microsecond, and a sentence has several.
  const dateTok = new Array<number>(tokens.length).fill(-1);
  dates.forEach((d, k) => {
    const [a, b] = tokenRange(tokens, d.start, d.end);
    for (let i = a; i < b; i++) dateTok[i] = k;
  });
  const dateStarts: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (dateTok[k] >= 0 && !(k > 0 && dateTok[k - 1] === dateTok[k])) dateStarts.push(k);
  const spans = findCueSpans(tokens, words, dateTok, lex);
  return { tokens, words, dateTok, dateStarts, spans };
}

/** What a sentence's chunks give before they are resolved: themselves, the tokens they and the attributions cover. */
export interface SentenceChunks {
  chunks: Chunk[];
  chunkAt: number[];
  dateline: number[];
  quoted: number[];
  openerEnd: number;
  attributions: Attributions;
}

/**
 * Chunks need nothing from the sentences before (resolveChunks, in buildView, does): the coder builds those of every
 * sentence in one pass too, for the same reason as the cues (findSentenceCues).
 */
export function findSentenceChunks(doc: Doc, lex: EventsLexicon, ctx: DocContext, mentions: SentenceMentions, cues: SentenceCues): SentenceChunks {
  const { tokens, words, spans } = cues;
  const dateline = datelineTokens(words, tokens, doc.datelineEnd);
  // "WASHINGTON, June 3 (Reuters) -": the outlet credited in a dateline is no party of the sentence (no subject of a
  // body named without a country, nor what "it" stands for).
  const chunks = buildChunks(doc, lex, ctx, tokens, words, mentions, new Set(spans.map((s) => s.from)))
    .filter((c) => !(dateline[c.from] && c.kind === 'org' && c.parties.every((p) => p.sector === 'JRN')));
  const chunkAt = new Array<number>(tokens.length).fill(-1);
  chunks.forEach((c, k) => {
    for (let i = c.from; i < c.to; i++) chunkAt[i] = k;
  });
  const attributions = spans.length > 0 ? findAttributions(words, chunkAt, chunks, lex) : { first: Infinity, lastClosing: -1, closingFrom: -1, starts: [] };
  return { chunks, chunkAt, dateline, quoted: quotedTokens(mentions.quotes, tokens), openerEnd: participialOpenerEnd(words, lex), attributions };
}

export function buildView(doc: Doc, ctx: DocContext, sentence: Sentence, mentions: SentenceMentions, cues: SentenceCues, chunked: SentenceChunks): SentenceView {
  const { tokens, words, dateTok, dateStarts, spans } = cues;
  const { chunks, chunkAt, dateline, quoted, openerEnd, attributions } = chunked;
  resolveChunks(ctx, chunks, openerEnd, (c) => doc.text.slice(tokens[c.from].start, tokens[c.to - 1].end), words);
  return { sentence, tokens, words, dates: mentions.dates, dateTok, dateStarts, chunks, chunkAt, quoted, dateline, openerEnd, spans, attributions };
}

/** "Speaking at a meeting …," / "After meeting X," / "Recalling his visit …,": the token after its comma. */
function participialOpenerEnd(words: string[], lex: EventsLexicon): number {
  const first = words[0] ?? '';
  const second = words[1] ?? '';
  // "Angered by the death …, protesters …": a past participle with its agent opens the sentence too.
  const opens = (first.endsWith('ing') && !lex.grammar.functionWords.has(first)) || first === 'speaking' || first === 'recalling' ||
    (first.endsWith('ed') && second === 'by') ||
    (lex.grammar.participialOpeners.has(first) && second.endsWith('ing'));
  if (!opens) return -1;
  const comma = words.indexOf(',');
  return comma > 0 ? comma + 1 : -1;
}

const DASHES = new Set(['--', '—', '–', '-']);

/**
 * Tokens of the dateline the document stage found (`datelineEnd`: "YEREVAN, October 16, ARMENPRESS. ", "Bogotá, Sep 18
 * (EFE).- "), and those before a dateline's dash ("HANOI, Dec. 13 (Xinhua) --") near the start of a sentence.
 */
function datelineTokens(words: string[], tokens: Tok[], datelineEnd: number): number[] {
  const out = new Array<number>(words.length).fill(0);
  if (tokens.length > 0 && tokens[0].start < datelineEnd) for (let k = 0; k < tokens.length && tokens[k].end <= datelineEnd; k++) out[k] = 1;
  let dash = -1;
  for (let k = 1; k < Math.min(words.length, 14); k++) {
    if (DASHES.has(words[k]) && (words[k - 1] === ')' || DASHES.has(words[k + 1] ?? '') || words[k + 1] === '-')) { dash = k; break; }
  }
  for (let k = 0; k < dash; k++) out[k] = 1;
  return out;
}

/** Tokens between quotation marks, within the sentence or inside a quote (of those overlapping it) the quotes stage found. */
function quotedTokens(quotes: Quote[], tokens: Tok[]): number[] {
  const out = new Array<number>(tokens.length).fill(0);
  let open = false;
  tokens.forEach((t, i) => {
    // (Quotation marks are tokens of one character: longer words need no look-up.)
    const mark = t.text.length === 1;
    if (!open && mark && QUOTE_OPEN.has(t.text)) open = true;
    else if (open && mark && QUOTE_CLOSE.has(t.text)) open = false;
    else if (open) out[i] = 1;
  });
  for (const q of quotes) {
    // Tokens are in order and do not overlap: those inside the quote follow one another from its start.
    const first = firstTokenFrom(tokens, q.start);
    for (let i = first; i >= 0 && i < tokens.length && tokens[i].end <= q.end; i++) out[i] = 1;
  }
  return out;
}
