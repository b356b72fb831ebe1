// Tells reported speech from quotation marks around the name of a thing (a title, slogan or term).
import type { SpeechLexicon } from '../../lexicon/speech.ts';
import { isCapitalized } from '../../lexicon/tokens.ts';
import type { QuoteSpan } from './marks.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const HAS_LETTER = /\p{L}/u;
const TRAILING_PUNCTUATION = /[\s.,;:!?]+$/;
// The end of the words before a quotation that a speech verb and its comma fit in: the words before a quote
// in a long paragraph are not read again for every quote.
const VERB_REACH = 200;

/**
 * True when the quotation opens inside a sentence as part of it ('friendship featuring "…"'), false when
 * it opens the sentence or follows a colon or a speech verb ('She said: "…"', 'He added, "…"').
 */
export function isEmbedded(text: string, sentenceStart: number, q: QuoteSpan, lex: SpeechLexicon): boolean {
  const before = text.slice(sentenceStart, q.open).trimEnd();
  if (before === '' || before.endsWith(':')) return false;
  return !(before.endsWith(',') && lex.verbAtEnd.test(before.slice(-VERB_REACH)));
}

/**
 * Why the quoted words name a thing rather than report speech, or null when they may be speech.
 * Embedded fragments that look like names (Title Case, or a short phrase opening with a capital:
 * a campaign, a strategy, a movement) are names; so are words after "titled", "so-called" and the
 * political terms listed in data/speech/scare-terms.txt.
 */
export function namesAThing(text: string, q: QuoteSpan, embedded: boolean, lex: SpeechLexicon): string | null {
  const quoted = text.slice(q.start, q.end);
  if (!HAS_LETTER.test(quoted)) return 'no-words';
  if (lex.scareTerms.has(quoted.replace(TRAILING_PUNCTUATION, '').toLowerCase())) return 'listed-term';
  if (lex.titleCueBefore.test(text.slice(Math.max(0, q.open - 40), q.open))) return 'title-cue';
  if (!embedded) return null;
  const words = quoted.match(WORD) ?? [];
  if (words.length < 2 && isCapitalized(words[0] ?? '')) return 'capitalised-word';
  const long = words.filter((w) => w.length >= 4);
  if (long.length > 0 && long.every((w) => isCapitalized(w)) && isCapitalized(words[0] ?? '')) return 'title-case';
  if (words.length <= 4 && isCapitalized(words[0] ?? '')) return 'capitalised-phrase';
  return null;
}

