// Decides what a lone header text is: a headline, the article's lead sentence, or a photo caption.
import type { DocumentLexicon } from '../../lexicon/document.ts';
import { isCaption } from './captions.ts';
import { findDateline } from './dateline.ts';

export type HeaderTextKind = 'headline' | 'lead' | 'caption';

// Headlines are short and do not end with a full stop; lead sentences do, and run longer.
const MAX_HEADLINE_WORDS = 30;
const SENTENCE_END = /[.]["'”’)]?$/;

export function classifyHeaderText(text: string, lex: DocumentLexicon): HeaderTextKind {
  if (isCaption(text, lex)) return 'caption';
  const words = text.split(/\s+/).length;
  if (findDateline(text, lex)) return 'lead';
  if (SENTENCE_END.test(text) && words >= 6) return 'lead';
  if (words > MAX_HEADLINE_WORDS) return 'lead';
  return 'headline';
}
