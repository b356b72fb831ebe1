// The headline of a list item: its first clause without framing ("it is important to …", "China will …").
import type { SpeechLexicon } from '../../lexicon/speech.ts';
import type { TextRange } from '../../core/doc.ts';

const CLAUSE_END = /[;:]|\s[—–-]\s/;
const TRAILING = /[\s.,;:!?"”’)]+$/;

/** The offsets of the headline inside [start, end) of `text`. */
export function headline(text: string, start: number, end: number, lex: SpeechLexicon): TextRange {
  let from = start;
  for (let i = 0; i < 3; i++) {
    const framing = lex.framingAtStart.exec(text.slice(from, end));
    if (!framing) break;
    from += framing[0].length;
  }
  const subject = lex.subjectModalAtStart.exec(text.slice(from, end));
  if (subject) from += subject[0].length;
  let chunk = text.slice(from, end);
  for (const re of [CLAUSE_END, lex.headlineBreak]) {
    const cut = chunk.search(re);
    if (cut > 0) chunk = chunk.slice(0, cut);
  }
  chunk = chunk.replace(TRAILING, '');
  return { start: from, end: from + chunk.length };
}
