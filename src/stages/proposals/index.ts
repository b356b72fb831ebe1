// The proposals stage: items of enumerated lists with their speaker, ordinal, headline and theme.
import { sentenceAt, type Doc, type TextRange } from '../../core/doc.ts';
import type { Stage } from '../../core/stage.ts';
import type { Proposal } from '../../core/types.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { SpeakerResolver, type Speaker } from '../quotes/speaker.ts';
import { headline } from './headline.ts';
import { findListRuns, type ListItem } from './items.ts';
import { themeOf } from './theme.ts';

// How far past an item's headline its theme may still be read from (the item's elaboration).
const THEME_CONTEXT = 1500;

/** Who enumerates: the speaker of the sentence that announces the list ("X proposed six measures:"),
 *  else the latest subject before the first item. */
function listSpeaker(doc: Doc, first: ListItem, resolver: SpeakerResolver, lexicon: Lexicon): Speaker | null {
  const own = sentenceAt(doc, first.markStart);
  const intro =
    own && first.markStart > own.start
      ? { start: own.start, end: first.markStart }
      : own && own.index > 0
        ? doc.sentences[own.index - 1]
        : undefined;
  if (intro) {
    const verb = resolver.lastVerb(intro.start, intro.end);
    const sentence = sentenceAt(doc, intro.start) ?? intro;
    const reported = verb ? reportedProposer(doc, intro, verb.end, resolver, lexicon) : null;
    if (reported) return reported;
    const speaker = verb ? resolver.speakerOfVerb(sentence, verb.start, verb.end, true) : null;
    if (speaker) return speaker;
    if (lexicon.speech.listIntro.test(doc.text.slice(intro.start, intro.end))) {
      // ("Sosa presented a four-point agenda on behalf of the government of President Luis Arce: 1) …": the subject
      // of the verb that puts the list forward, not a later name.)
      const listVerb = lexicon.speech.listVerb.exec(doc.text.slice(intro.start, intro.end));
      const subject = (listVerb ? resolver.subjectBefore(intro.start + listVerb.index) : null) ?? resolver.subjectBefore(intro.end);
      if (subject && subject.start >= intro.start) return { personId: subject.personId, how: 'intro-subject' };
    }
  }
  const subject = resolver.subjectBefore(first.markStart);
  return subject ? { personId: subject.personId, how: 'latest-subject' } : null;
}

/**
 * "Alam said the chief adviser had put three proposals to the Italian side:": a list told in the words of another is
 * put forward by the subject of the verb that puts it (after the verb of saying), not by the one who tells it.
 */
function reportedProposer(doc: Doc, intro: TextRange, saidEnd: number, resolver: SpeakerResolver, lexicon: Lexicon): Speaker | null {
  const text = doc.text.slice(saidEnd, intro.end);
  if (!lexicon.speech.listIntro.test(text)) return null;
  const listVerb = lexicon.speech.listVerb.exec(text);
  if (!listVerb) return null;
  const at = saidEnd + listVerb.index;
  const subject = resolver.subjectBefore(at);
  if (subject && subject.start >= saidEnd) return { personId: subject.personId, how: 'reported-subject' };
  const described = resolver.speakerStartingAt(saidEnd, at);
  return described?.how === 'description' ? described : null;
}

// "The agreements signed were: (1) …": a list of documents signed, not of proposals.
const SIGNED = /\b(?:signed|inked|exchanged|concluded)\b/i;
const NOT_LETTERS = /[^\p{L}]+/u;
const DOCUMENTS = /\b(?:agreements?|memorand(?:um|a|ums)|MoUs?|documents|accords?|deals|treaties|protocols?|contracts)\b/i;

/** Whether the sentence that announces the list (its own start, else the sentence before) names documents signed,
 *  and no proposals ("after the two sides signed 12 agreements, Xi put forward four proposals:" is a list of them). */
function signedDocuments(doc: Doc, first: ListItem, lexicon: Lexicon): boolean {
  const own = sentenceAt(doc, first.markStart);
  const intro = own && first.markStart > own.start ? doc.text.slice(own.start, first.markStart) : own && own.index > 0 ? doc.text.slice(doc.sentences[own.index - 1].start, doc.sentences[own.index - 1].end) : '';
  return SIGNED.test(intro) && DOCUMENTS.test(intro) && !intro.split(NOT_LETTERS).some((w) => lexicon.speech.listNouns.has(w.toLowerCase()));
}

export function findProposals(doc: Doc, lexicon: Lexicon): Proposal[] {
  // (A loop, not .map(): see quotes/index.ts.)
  const quoted: TextRange[] = [];
  for (const q of doc.quotes) quoted.push({ start: q.start, end: q.end });
  const resolver = new SpeakerResolver(doc, lexicon.speech, quoted);
  const out: Proposal[] = [];
  for (const run of findListRuns(doc, lexicon.speech)) {
    if (signedDocuments(doc, run[0], lexicon)) continue;
    const speaker = listSpeaker(doc, run[0], resolver, lexicon);
    run.forEach((item, i) => {
      const h = headline(doc.text, item.bodyStart, item.bodyEnd, lexicon.speech);
      if (h.end <= h.start) return;
      const text = doc.text.slice(h.start, h.end);
      const contextEnd = Math.min(run[i + 1]?.markStart ?? Infinity, item.bodyStart + THEME_CONTEXT, doc.text.length);
      out.push({
        speaker: speaker ? resolver.nameOf(speaker.personId) : null,
        speakerId: speaker?.personId ?? null,
        ordinal: item.ordinal,
        text,
        theme: themeOf(text, doc.text.slice(item.bodyStart, contextEnd), lexicon.speech),
        start: h.start,
        end: h.end,
        rule: `proposals.${item.kind}.${speaker?.how ?? 'no-speaker'}`,
      });
    });
  }
  return out;
}

export const proposalsStage: Stage = {
  name: 'proposals',
  requires: ['sentences', 'paragraphs', 'people', 'personMentions', 'quotes'],
  provides: ['proposals'],
  run(doc: Doc, lexicon: Lexicon) {
    doc.proposals = findProposals(doc, lexicon);
  },
};
