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

export function codeDoc(doc: Doc, lex: EventsLexicon, mode: CodingMode): PloverEvent[] {
  const ctx = createContext(doc, lex);
  const views = new Map<number, SentenceView>();
  const drafts: Draft[] = [];
  for (const sentence of doc.sentences) {
    const view = buildView(doc, lex, ctx, sentence);
    views.set(sentence.index, view);
    let previous: Draft | null = null;
    for (const span of view.spans) {
      if (span.suppressed) continue;
      const d = draftSpan(view, span, lex, previous);
      if (!d) continue;
      d.texts = [doc.text.slice(d.start, d.end)];
      drafts.push(d);
      previous = d;
      ctx.lastActors = d.actor;
    }
    noteSentence(ctx, view.chunks);
  }
  let events = mergeInSentence(refine(drafts, views, doc, lex, mode));
  if (mode === 'article') events = mergeInArticle(events);
  const prefix = doc.document.id || 'event';
  return events.map((d, i) => toPloverEvent(d, lex, `${prefix}-e${i + 1}`));
}
