// The headline of a list item: its first clause without framing ("it is important to …", "China will …").
import type { SpeechLexicon } from '../../lexicon/speech.ts';
import type { TextRange } from '../../core/doc.ts';

// A clause break, or the close of a quotation the item stands in ('Third, a hotline," he said').
const CLAUSE_END = /[;:]|\s[—–-]\s|[,.!?]["”’]/;
const TRAILING = /[\s.,;:!?"”’)]+$/;
const TRAILING_CONJUNCTION = /\s+(?:and|or)$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
// Words an item may have and keep its examples: "build supply chains in manufacturing, including chips".
const MAX_ITEM_WITH_EXAMPLES = 16;

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
  // Examples after ", including" stay in a short item and leave a long one.
  const examples = chunk.search(lex.elaborationBreak);
  if (examples > 0 && (chunk.match(WORD) ?? []).length > MAX_ITEM_WITH_EXAMPLES) chunk = chunk.slice(0, examples);
  // ", Tinubu said." after the last item; "and" before the next inline item ("(2) …, and (3) …").
  const tail = lex.attributionTail.exec(chunk);
  if (tail) chunk = chunk.slice(0, tail.index);
  chunk = chunk.replace(TRAILING, '').replace(TRAILING_CONJUNCTION, '').replace(TRAILING, '');
  return { start: from, end: from + chunk.length };
}
