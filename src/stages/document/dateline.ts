// Recognizes the dateline that opens a wire story: "HANOI, Dec. 13 (Xinhua) --", "MANILA (Reuters) -",
// "TOKYO —", "NEW DELHI:", "Hanoi, Dec. 13 (VNA) -".
import { findOutlet, type DocumentLexicon } from '../../lexicon/document.ts';
import { titleCase } from '../../lexicon/tokens.ts';
import { findHeaderDate } from './header-date.ts';

export interface Dateline {
  /** The place, in title case ("Hanoi"). */
  place: string;
  source: string | null;
  /** YYYY-MM-DD when the dateline writes a full date. */
  published: string | null;
  /** Length of the dateline in the line, separator included. */
  length: number;
  rule: string;
}

const CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.\\-]*[\\p{Lu}.]";
const DATE = '\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?';
const REGION = "\\p{Lu}[\\p{L}.']+(?:\\s+\\p{Lu}[\\p{L}.']+){0,2}";
const DASH = '(?:--|—|–|-|:)';
// Module constants (see lexicon/tokens.ts): an outlet credit not in the list must look like a name.
const OUTLET_LIKE = /^\p{Lu}[\p{L}. ]+$/u;
const NOT_LETTER = /[^\p{L}]/gu;

// Capitals: "HANOI, Dec. 13 (Xinhua) --", "MANILA, Philippines —", "TOKYO (AP) —", "NEW DELHI:".
const CAPS_DATELINE = new RegExp(
  `^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})(?:,\\s*(${REGION}))?(?:,?\\s+(${DATE}))?\\s*(?:\\(([^()]{2,40})\\)\\s*(${DASH})?|(${DASH}))\\s+(?=\\S)`,
  'u',
);
// A dateline on a line of its own: "NEW DELHI".
const CAPS_LINE = new RegExp(`^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})$`, 'u');
// Title case needs both a date and an outlet to be sure it is a dateline: "Hanoi, Dec. 13 (VNA) -".
const MIXED_DATELINE = new RegExp(
  `^(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2})(?:,\\s+(${DATE}))?\\s*\\(([^()]{2,40})\\)\\s*${DASH}\\s+(?=\\S)`,
  'u',
);

export function findDateline(line: string, lex: DocumentLexicon): Dateline | null {
  let m = CAPS_DATELINE.exec(line);
  if (m) {
    const [all, place, , date, outletText, dashAfterOutlet, dashAlone] = m;
    const dash = dashAfterOutlet ?? dashAlone;
    if (lex.notDatelines.has(place) || place.replace(NOT_LETTER, '').length < 2) return null;
    // Without a dash the outlet in brackets is what marks it: "NEW DELHI, Feb 25 (PTI) India and …".
    if (!dash && !(outletText && findOutlet(lex, outletText))) return null;
    // "US-CHINA: …" is a headline label, not a place: a colon opening needs a plain place name.
    if (dash === ':' && !date && !outletText && /[-.]/.test(place)) return null;
    const outlet = outletText ? findOutlet(lex, outletText) : undefined;
    if (outletText && !outlet && !OUTLET_LIKE.test(outletText)) return null;
    return {
      place: titleCase(place),
      source: outlet?.name ?? outletText?.trim() ?? null,
      published: date ? findHeaderDate(date)?.date ?? null : null,
      length: all.length,
      rule: 'document.dateline-caps',
    };
  }
  m = MIXED_DATELINE.exec(line);
  if (m) {
    const outlet = findOutlet(lex, m[3]);
    if (!outlet) return null;
    return { place: m[1], source: outlet.name, published: m[2] ? findHeaderDate(m[2])?.date ?? null : null, length: m[0].length, rule: 'document.dateline-mixed' };
  }
  return null;
}

/** A line that is only a place in capitals ("NEW DELHI"), when `isPlace` knows the name. */
export function findDatelineLine(line: string, lex: DocumentLexicon, isPlace: (name: string) => boolean): Dateline | null {
  const m = CAPS_LINE.exec(line);
  if (!m || lex.notDatelines.has(m[1])) return null;
  const place = titleCase(m[1]);
  return isPlace(place) ? { place, source: null, published: null, length: line.length, rule: 'document.dateline-line' } : null;
}
