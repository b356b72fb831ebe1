// Pairs quotation marks inside one paragraph: curly “…”, straight "…", single curly ‘…’ (not apostrophes)
// and straight single '…' around a whole sentence.
import type { TextRange } from '../../core/doc.ts';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on into the next paragraph. */
  close: number;
  /** The quoted words: `start` is after the opening mark, `end` at the closing mark, both trimmed. */
  start: number;
  end: number;
  closed: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;

// The marks as character codes: text[i] of a character above U+00FF is a new string each time, and comparing
// one with a mark deoptimised findQuoteSpans (compiled for the shared one-character strings of Latin-1).
const LEFT_DOUBLE = '“'.charCodeAt(0);
const RIGHT_DOUBLE = '”'.charCodeAt(0);
const STRAIGHT_DOUBLE = '"'.charCodeAt(0);
const LEFT_SINGLE = '‘'.charCodeAt(0);
const RIGHT_SINGLE = '’'.charCodeAt(0);
const STRAIGHT_SINGLE = "'".charCodeAt(0);

function span(text: string, open: number, close: number, closed: boolean): QuoteSpan {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { open, close, start, end, closed };
}

/** Quotation spans of one paragraph, in order. Nested single quotes stay inside their double quote. */
export function findQuoteSpans(text: string, para: TextRange): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openDouble = -1;
  let openSingle = -1;
  for (let i = para.start; i < para.end; i++) {
    const c = text.charCodeAt(i);
    if (c === LEFT_DOUBLE || (c === STRAIGHT_DOUBLE && openDouble < 0)) {
      if (openDouble < 0) {
        openDouble = i;
        openSingle = -1;
      }
    } else if (c === RIGHT_DOUBLE || c === STRAIGHT_DOUBLE) {
      if (openDouble >= 0) {
        out.push(span(text, openDouble, i, true));
        openDouble = -1;
      }
    } else if (openDouble < 0 && c === LEFT_SINGLE && (i === para.start || !LETTER.test(text[i - 1]))) {
      openSingle = i;
    } else if (openDouble < 0 && c === RIGHT_SINGLE && openSingle >= 0 && !LETTER.test(text[i + 1] ?? '')) {
      out.push(span(text, openSingle, i, true));
      openSingle = -1;
    } else if (openDouble < 0 && c === STRAIGHT_SINGLE) {
      // Straight single quotes only around whole sentences ('We are ready,' she said): an opening mark
      // before a capital, a closing one after , . ! or ?; apostrophes (Kenya's, ministers') are neither.
      if (openSingle < 0 && (i === para.start || /[\s(]/.test(text[i - 1])) && /[A-Z]/.test(text[i + 1] ?? '')) openSingle = i;
      else if (openSingle >= 0 && /[,.!?]/.test(text[i - 1]) && !LETTER.test(text[i + 1] ?? '')) {
        out.push(span(text, openSingle, i, true));
        openSingle = -1;
      }
    }
  }
  // News style leaves a quote open at the end of a paragraph when it continues in the next one.
  if (openDouble >= 0 && para.end - openDouble > 1) out.push(span(text, openDouble, para.end, false));
  return out.filter((q) => q.end > q.start);
}
