// The quotes stage: words inside quotation marks that a person said, with the speaker resolved to a person.
import { sentenceAt, type Doc, type TextRange } from '../../core/doc.ts';
import type { Stage } from '../../core/stage.ts';
import type { Quote } from '../../core/types.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { isEmbedded, namesAThing } from './classify.ts';
import { findQuoteSpans, type QuoteSpan } from './marks.ts';
import { SpeakerResolver, type Speaker } from './speaker.ts';

export { SpeakerResolver, type Speaker } from './speaker.ts';
export { findQuoteSpans, type QuoteSpan } from './marks.ts';

// At most this many words between a closing mark and its speech verb: '…," the visiting minister told reporters'.
const MAX_WORDS_TO_VERB = 6;
const MAX_WORDS_TO_NAMED_VERB = 16;
const WORDS = /[A-Za-z][\w'’-]*/g;
const SOURCE_OF_RULE = /^quotes\.[a-z-]+/;
const HANDS_OVER = /[,!?—–-]$/;
const HANDS_OVER_AFTER = /^\s*[,—–-]/;
const QUOTE_MARK = /["“”]/;
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+$/i;

interface Attribution {
  speaker: Speaker | null;
  /** An organisation that speaks when no person does ("the ministry said"). */
  organization?: string | null;
  rule: string;
}

const ORG_GAP = /^\s*(?:also\s+|then\s+)?$/;
const ORG_GAP_AFTER = /^\s*(?:the\s+)?$/i;

/** '…," Xi said' / '…," said Xi' / '…," the Vietnamese leader added': a speech verb just after the quote. */
function attributeAfter(doc: Doc, q: QuoteSpan, resolver: SpeakerResolver, lexicon: Lexicon, orgs: OrganizationIndex): Attribution | null {
  if (!q.closed) return null;
  let sentence = sentenceAt(doc, q.close);
  let tailStart = q.close + 1;
  // '"…,"' closing its paragraph, and 'Gantz said at the signing.' opening the next: the attribution set apart, as
  // web pages that put the quote in a block of its own print it.
  if (sentence && sentence.end <= q.close + 1 && HANDS_OVER.test(doc.text.slice(q.start, q.end))) {
    const next = doc.paragraphs.find((p) => p.start > q.close);
    const own = next && doc.text.slice(q.close + 1, next.start).trim() === '' ? sentenceAt(doc, next.start) : undefined;
    if (own && !QUOTE_MARK.test(doc.text.slice(own.start, own.end))) {
      sentence = own;
      tailStart = own.start;
    }
  }
  if (!sentence || sentence.end <= tailStart) return null;
  const tail = doc.text.slice(tailStart, sentence.end);
  // The quote hands over to its attribution with a comma (or ? ! —) inside or right after the mark;
  // '"a necessary step" and urging …' goes on with the sentence instead.
  if (!HANDS_OVER.test(doc.text.slice(q.start, q.end)) && !HANDS_OVER_AFTER.test(tail)) return null;
  // '"a humiliation", while Y said …': the verb belongs to the next clause.
  if (lexicon.speech.clauseOpenerAtStart.test(tail)) return null;
  // A quotation mark between the quote and its verb ends the attribution, so the verb is looked for before the
  // next mark only (not across the rest of a paragraph of quotes).
  const mark = tail.search(QUOTE_MARK);
  // (exec, not matchAll: matchAll copies the pattern at each call.)
  const verbRe = lexicon.speech.verbRe;
  verbRe.lastIndex = 0;
  const verb = verbRe.exec(mark < 0 ? tail : tail.slice(0, mark));
  verbRe.lastIndex = 0;
  if (!verb || verb.index === undefined) return null;
  const gap = tail.slice(0, verb.index);
  const start = tailStart + verb.index;
  const end = start + verb[0].length;
  const speaker = resolver.speakerOfVerb(sentence, start, end, false);
  // A name may carry a long title or apposition: '…," Pakistan's foreign office spokesperson NAME told …'.
  // So may a relayed speaker: '…," Z quoted the visiting prime minister as saying'.
  const named = speaker?.how === 'name' || speaker?.how === 'apposition' || lexicon.speech.relayBefore.test(gap);
  if ((gap.match(WORDS) ?? []).length > (named ? MAX_WORDS_TO_NAMED_VERB : MAX_WORDS_TO_VERB)) return null;
  if (speaker) return { speaker, rule: `quotes.after-verb.${speaker.how}` };
  const organization = organizationNextTo(doc, orgs, start, end);
  return { speaker: null, organization, rule: `quotes.after-verb.${organization ? 'organization' : 'unresolved'}` };
}

/** 'Xi said: "…"' / '…, saying "…"' / 'he said that "…" is …': the last speech verb before the quote. */
function attributeBefore(doc: Doc, q: QuoteSpan, resolver: SpeakerResolver, previousClose: number, orgs: OrganizationIndex, lexicon: Lexicon): Attribution | null {
  const sentence = sentenceAt(doc, q.open);
  if (!sentence) return null;
  const verb = resolver.lastVerb(Math.max(sentence.start, previousClose), q.open);
  // 'The bridge was described as "…"': a passive names nobody who spoke.
  if (!verb || PASSIVE_BEFORE.test(doc.text.slice(Math.max(0, verb.start - 12), verb.start))) return null;
  // '…, whose office said the deal would "…"': the office speaks, not the person named before it.
  if (lexicon.speech.proxyBefore.test(doc.text.slice(Math.max(0, verb.start - 40), verb.start))) return { speaker: null, organization: null, rule: 'quotes.before-verb.proxy' };
  const speaker = resolver.speakerOfVerb(sentence, verb.start, verb.end, true);
  if (speaker) return { speaker, rule: `quotes.before-verb.${speaker.how}` };
  const organization = organizationNextTo(doc, orgs, verb.start, verb.end);
  return { speaker: null, organization, rule: `quotes.before-verb.${organization ? 'organization' : 'unresolved'}` };
}

// How far from a speech verb an organisation that speaks may start: its name and a few words between fit in far
// fewer characters, and looking only there keeps a paragraph of quotes from re-reading every mention per quote.
const ORG_REACH = 300;

/** The organisations of an article: mentions by position, names by id. */
interface OrganizationIndex {
  mentions: Doc['organizationMentions'];
  names: Map<string, string>;
}

function organizationIndex(doc: Doc): OrganizationIndex {
  const names = new Map<string, string>();
  // The first organisation with an id names it, as a search of the list would find.
  for (const o of doc.organizations) if (!names.has(o.id)) names.set(o.id, o.name);
  return { mentions: [...doc.organizationMentions].sort((a, b) => a.start - b.start), names };
}

/** '…," the Foreign Ministry said' / 'said the ministry': an organisation right next to the verb. */
function organizationNextTo(doc: Doc, orgs: OrganizationIndex, verbStart: number, verbEnd: number): string | null {
  // The first mention that starts within reach of the verb.
  let lo = 0;
  let hi = orgs.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orgs.mentions[mid].start < verbStart - ORG_REACH) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < orgs.mentions.length && orgs.mentions[i].start <= verbEnd + ORG_REACH; i++) {
    const m = orgs.mentions[i];
    const before = m.end <= verbStart && ORG_GAP.test(doc.text.slice(m.end, verbStart));
    const after = m.start >= verbEnd && ORG_GAP_AFTER.test(doc.text.slice(verbEnd, m.start));
    if (before || after) return orgs.names.get(m.organizationId) ?? m.text;
  }
  return null;
}

/** An unattributed full quote continues the latest speaker: the previous quote's or the latest subject's
 *  (a name, or a description opening the quote's own sentence: 'The visiting minister was blunt: "…"'). */
function attributeContinuation(doc: Doc, q: QuoteSpan, resolver: SpeakerResolver, previous: { close: number; speaker: Speaker | null } | null): Attribution | null {
  const sentence = sentenceAt(doc, q.open);
  const opening = sentence && sentence.start < q.open ? resolver.speakerStartingAt(sentence.start, q.open) : null;
  if (opening) return { speaker: opening, rule: `quotes.continuation.${opening.how}` };
  const subject = resolver.subjectBefore(q.open);
  if (previous && (!subject || previous.close > subject.end)) {
    // '"…," a senior official told reporters. "…"': the words go on in the mouth of nobody named.
    if (!previous.speaker) return null;
    return { speaker: { personId: previous.speaker.personId, how: 'previous-quote' }, rule: 'quotes.continuation.previous-quote' };
  }
  return subject ? { speaker: { personId: subject.personId, how: 'subject' }, rule: 'quotes.continuation.subject' } : null;
}

export function findQuotes(doc: Doc, lexicon: Lexicon): Quote[] {
  const spans = doc.paragraphs.flatMap((p, paragraph) => findQuoteSpans(doc.text, p).map((q) => ({ q, paragraph })));
  // (A loop, not .map(): a .map() in optimised code makes a holey array, in the interpreter a packed one, and
  // SpeakerResolver's optimised code was thrown away when the other kind came.)
  const quoted: TextRange[] = [];
  for (const { q } of spans) quoted.push({ start: q.open, end: q.close + 1 });
  const resolver = new SpeakerResolver(doc, lexicon.speech, quoted);
  const orgs = organizationIndex(doc);
  const out: Quote[] = [];
  const emit = (q: QuoteSpan, attribution: Attribution) => {
    const speakerId = attribution.speaker?.personId ?? null;
    // Words nobody can be named for ("Warsaw said it 'strongly protests'", an unnamed source): no quote of a speaker.
    if (!speakerId && !attribution.organization) return;
    out.push({
      speaker: speakerId ? resolver.nameOf(speakerId) : null,
      speakerId,
      ...(attribution.organization ? { speakerOrganization: attribution.organization } : {}),
      text: doc.text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      rule: attribution.rule,
    });
  };
  // A quote left open at a paragraph end runs on into the next paragraph's quote, whose attribution
  // ('…," she said') names the speaker of both.
  let runOn: { q: QuoteSpan; paragraph: number; attribution: Attribution | null }[] = [];
  const flushRunOn = (next: Attribution | null) => {
    for (const r of runOn) {
      const a = next?.speaker ? { ...next, rule: `quotes.runs-on.${next.speaker.how}` } : r.attribution;
      if (a) emit(r.q, a);
    }
    runOn = [];
  };
  let previous: { close: number; paragraph: number; speaker: Speaker | null } | null = null;
  let lastStated: { sentence: number; attribution: Attribution } | null = null;
  let previousClose = 0;
  for (const { q, paragraph } of spans) {
    const sentence = sentenceAt(doc, q.open) ?? sentenceAt(doc, q.start);
    if (!sentence) continue;
    const embedded = isEmbedded(doc.text, sentence.start, q, lexicon.speech);
    if (namesAThing(doc.text, q, embedded, lexicon.speech)) continue;
    const recent: { close: number; speaker: Speaker | null } | null = previous && paragraph - previous.paragraph <= 1 ? previous : null;
    // A verb after the quote names the speaker first; if it names nobody, a verb before it may.
    const after = attributeAfter(doc, q, resolver, lexicon, orgs);
    const before = after?.speaker ? null : attributeBefore(doc, q, resolver, previousClose, orgs, lexicon);
    // A second quoted phrase in the sentence shares the first one's verb: 'said it was "…" that would "…"'.
    const prior = lastStated as { sentence: number; attribution: Attribution } | null;
    const shared: Attribution | null = prior?.sentence === sentence.index
      ? { ...prior.attribution, rule: prior.attribution.rule.replace(SOURCE_OF_RULE, 'quotes.same-sentence') }
      : null;
    const stated: Attribution | null = (after?.speaker ? after : before?.speaker ? before : after ?? before) ?? shared;
    if (stated) lastStated = { sentence: sentence.index, attribution: stated };
    const attribution: Attribution | null = stated ?? (embedded ? null : attributeContinuation(doc, q, resolver, recent));
    previousClose = q.close + 1;
    const continuesRunOn = runOn.length > 0 && paragraph === runOn[runOn.length - 1].paragraph + 1 && q.open === doc.paragraphs[paragraph].start;
    if (!continuesRunOn) flushRunOn(null);
    if (!q.closed) {
      runOn.push({ q, paragraph, attribution });
      continue;
    }
    if (continuesRunOn) flushRunOn(stated);
    if (!attribution) continue;
    emit(q, attribution);
    previous = { close: q.close, paragraph, speaker: attribution.speaker };
  }
  flushRunOn(null);
  return out.sort((a, b) => a.start - b.start);
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'paragraphs', 'countryMentions', 'organizations', 'organizationMentions', 'people', 'personMentions'],
  provides: ['quotes'],
  run(doc: Doc, lexicon: Lexicon) {
    doc.quotes = findQuotes(doc, lexicon);
  },
};
