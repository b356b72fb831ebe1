// The article's lines with offsets, trimmed: header recognizers work line by line.
import type { TextRange } from '../../core/doc.ts';

export interface Line extends TextRange {
  /** The trimmed line; `start`/`end` bound exactly this text. */
  text: string;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let start = pos;
    let end = nl;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    out.push({ start, end, text: text.slice(start, end) });
    pos = nl + 1;
  }
  return out;
}
