// Codes the events of a Doc: cues sentence by sentence, then the article-level refinements and merges.
import type { Doc } from '../../core/doc.ts';
import type { PloverEvent } from '../../core/types.ts';
import type { EventsLexicon } from '../../lexicon/events.ts';
import { createContext, noteSentence } from './context.ts';
import { draftSpan, type Draft } from './draft.ts';
import { mergeInArticle, mergeInSentence } from './merge.ts';
import { toPloverEvent } from './record.ts';
import { refine, type CodingMode } from './refine.ts';
import { buildView, type SentenceView } from './view.ts';

const RELATIVE = new Set(['where', 'which', 'who', 'whom', 'whose', 'when']);

/**
 * "arrived in Canberra from Wellington, where he met Peters on Monday": a relative clause with an event of its
 * own keeps its date to itself.
 */
function keepRelativeDatesPrivate(view: SentenceView, drafts: Draft[], lex: EventsLexicon): void {
  const clauseStart = (k: number) => {
    let b = k;
    while (b > 0 && !lex.grammar.clauseBoundaries.has(view.words[b - 1])) b--;
    return b - 1;
  };
  const tokenOf = (d: Draft) => view.tokens.findIndex((t) => t.start >= d.start);
  for (const d of drafts) {
    if (d.dateFrom !== 'sentence' || d.dateTok < 0) continue;
    const b = clauseStart(d.dateTok);
    if (b < 0 || !RELATIVE.has(view.words[b])) continue;
    // "visited New Zealand, where he held talks … on Monday": the visit's own destination shares the date.
    const antecedent = view.chunks[view.chunkAt[view.words[b - 1] === ',' ? b - 2 : b - 1] ?? -1];
    if (antecedent && d.visitHost && antecedent.parties.some((p) => p.code === d.visitHost)) continue;
    if (drafts.some((e) => e !== d && clauseStart(tokenOf(e)) === b)) {
      d.date = null;
      d.dateFrom = null;
      d.sentenceDate = null;
    }
  }
}

export function codeDoc(doc: Doc, lex: EventsLexicon, mode: CodingMode): PloverEvent[] {
  const ctx = createContext(doc, lex);
  const views = new Map<number, SentenceView>();
  const drafts: Draft[] = [];
  for (const sentence of doc.sentences) {
    const view = buildView(doc, lex, ctx, sentence);
    views.set(sentence.index, view);
    let previous: Draft | null = null;
    const mine: Draft[] = [];
    for (const span of view.spans) {
      if (span.suppressed) continue;
      const d = draftSpan(view, span, lex, previous);
      if (!d) continue;
      d.texts = [doc.text.slice(d.start, d.end)];
      mine.push(d);
      previous = d;
      ctx.lastActors = d.actor;
    }
    keepRelativeDatesPrivate(view, mine, lex);
    drafts.push(...mine);
    noteSentence(ctx, view.chunks);
  }
  let events = mergeInSentence(refine(drafts, views, doc, lex, mode, ctx.dyad));
  if (mode === 'article') events = mergeInArticle(events);
  const prefix = doc.document.id || 'event';
  return events.map((d, i) => toPloverEvent(d, lex, `${prefix}-e${i + 1}`));
}
