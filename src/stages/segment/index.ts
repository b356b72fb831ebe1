// Splits the body into paragraphs (lines) and sentences, with offsets into the original text.
import type { Doc, Sentence, TextRange } from '../../core/doc.ts';
import type { Stage } from '../../core/stage.ts';
import type { Lexicon, TextLexicon } from '../../lexicon/index.ts';

// A sentence ends at . ! or ? (plus closing quotes or brackets) followed by space and a
// character that can start a sentence. Abbreviations are checked separately.
const END = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])/g;

export function splitParagraphs(text: string, from: number): TextRange[] {
  const out: TextRange[] = [];
  let pos = from;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let start = pos;
    let end = nl;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
    pos = nl + 1;
  }
  return out;
}

/** Two capitalised words ahead: the rest of a name ("Ma. Teresa Cruz"), not a new sentence ("Ma. The"). */
const NAME_AHEAD = /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** An opening quotation mark ahead: no name goes on after an initial so ('…," he wrote on X. "That ends today."'). */
const QUOTE_AHEAD = /^\s+["“‘]/;

/**
 * A lower-case word before the letter and a word that opens sentences after it: no initial ("said in a post on X. A
 * team was flown …"; "External Affairs Minister S. Jaishankar", "talks with S. Jaishankar" keep theirs).
 */
const LOWER_BEFORE = /(?:^|\s)[a-z]+\s+$/;
const OPENER_AHEAD = /^\s+(?:A|An|The|In|It|He|She|They|We|This|That|These|Those|But|His|Her|Its|Their|On|At|After)\s/;

/** Whether the full stop at `at`, after a single capital letter, ends a sentence all the same (see LOWER_BEFORE). */
function sentenceEndAfterLetter(chunk: string, at: number): boolean {
  return LOWER_BEFORE.test(chunk.slice(Math.max(0, at - 21), at - 1)) && OPENER_AHEAD.test(chunk.slice(at + 1, at + 10));
}

export function splitSentences(text: string, para: TextRange, lex: TextLexicon): TextRange[] {
  const out: TextRange[] = [];
  const chunk = text.slice(para.start, para.end);
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(chunk); m; m = END.exec(chunk)) {
    const word = /([A-Za-z.]+)$/.exec(chunk.slice(Math.max(start, m.index - 12), m.index))?.[1] ?? '';
    const isAbbreviation = m[0].startsWith('.') && m[0].length === 1 &&
      (lex.abbreviations.has(word) || (/^[A-Z]$/.test(word) && !QUOTE_AHEAD.test(chunk.slice(m.index + 1, m.index + 4)) && !sentenceEndAfterLetter(chunk, m.index)) || /^([A-Za-z]\.)+[A-Za-z]$/.test(word) ||
        (lex.nameAbbreviations.has(word) && NAME_AHEAD.test(chunk.slice(m.index + 1, m.index + 40))));
    if (isAbbreviation) continue;
    const end = m.index + m[0].length;
    out.push({ start: para.start + start, end: para.start + end });
    start = end;
    while (start < chunk.length && /\s/.test(chunk[start])) start++;
  }
  if (start < chunk.length) out.push({ start: para.start + start, end: para.end });
  return out;
}

export const segmentStage: Stage = {
  name: 'segment',
  requires: ['text', 'bodyStart', 'excluded'],
  provides: ['paragraphs', 'sentences'],
  run(doc: Doc, lexicon: Lexicon) {
    doc.paragraphs = splitParagraphs(doc.text, doc.bodyStart).filter(
      (p) => !doc.excluded.some((x) => p.start >= x.start && p.end <= x.end),
    );
    const sentences: Sentence[] = [];
    doc.paragraphs.forEach((para, paragraph) => {
      for (const s of splitSentences(doc.text, para, lexicon.text)) {
        // A literal, not { ...s, index, paragraph }: V8 gives each spread-plus-new-keys object a map of its own
        // once the code is optimised, which makes every site that reads sentences megamorphic.
        sentences.push({ start: s.start, end: s.end, index: sentences.length, paragraph });
      }
    });
    doc.sentences = sentences;
  },
};
