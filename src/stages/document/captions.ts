// Recognizers for lines that are not article prose: photo captions, editor and credit lines.
import type { DocumentLexicon } from '../../lexicon/document.ts';
import { isSignOff } from './footer.ts';

export interface ExclusionRule {
  id: string;
  test(line: string, lex: DocumentLexicon): boolean;
}

// A caption ends with a photo credit: "(Xinhua/Ju Peng)", "(AP Photo/Andy Wong)", "[Photo by X / Xinhua]",
// "REUTERS/Tingshu Wang/File Photo". Prose never ends that way.
const SLASH_CREDIT = /\(\s*[\p{Lu}][^()\n]{0,40}\/\s*[^()\n]{2,60}\)\s*$/u;
const PHOTO_BRACKET = /[[(]\s*(?:photos?|file photo|image|video|screenshot)\b[^\])\n]{0,80}[\])]\s*$/iu;
const CAPS_AGENCY_CREDIT = /\b(?:REUTERS|AFP|EPA|AP|KCNA|XINHUA|VNA|YONHAP|KYODO)(?: Photo)?\s*\/\s*[\p{L} .'\-/]{2,60}$/u;
const PHOTO_LABEL = /^(?:photo|photos|file photo|caption|image)\s*[:|]/i;
// "… in New Delhi on June 22, 2024. | Photo Credit: Jane Doe", "… on Monday. Photo: AFP".
const PHOTO_TAIL = /(?:\||\.)\s*(?:photo|image|video|picture)(?:\s+credits?)?\s*:\s*[^|.]{2,60}$/i;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const EDITOR = /^[([]?\s*(?:(?:web|responsible|chief|executive|managing)\s+)?editors?\s*:/i;
const SOURCE = /^[([]?\s*sources?\s*:/i;
const CONTACT_OPENING = /^contact\b/i;
const BRACKETED_EMAIL = /\(\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)/;
const MAX_CONTACT_LINE = 200;

// Speed: the rules run on every line of the body, and the patterns that search the whole line for their end are
// tried only on a line holding a character they need (a slash, a closing bracket, a colon).
export const EXCLUSION_RULES: ExclusionRule[] = [
  { id: 'document.caption-credit', test: (l) => l.includes('/') && (SLASH_CREDIT.test(l) || CAPS_AGENCY_CREDIT.test(l)) },
  {
    id: 'document.caption-photo',
    test: (l) => ((l.includes(')') || l.includes(']')) && PHOTO_BRACKET.test(l)) || PHOTO_LABEL.test(l) || (l.includes(':') && PHOTO_TAIL.test(l)),
  },
  { id: 'document.editor-line', test: (l) => EDITOR.test(l) },
  { id: 'document.source-line', test: (l) => SOURCE.test(l) && l.length < 120 },
  { id: 'document.credit-line', test: (l, lex) => (lex.creditLine.test(l) || lex.creditTail.test(l)) && l.length < 200 },
  { id: 'document.sign-off', test: (l, lex) => l.length < 60 && isSignOff(l, lex) },
  // "jdoe@agency.example": the reporter's address under a story; "Contact reporter Jane Doe (jdoe@paper.example) and
  // editor …": the staff to write to.
  { id: 'document.contact', test: (l) => EMAIL.test(l) || (l.includes('@') && l.length < MAX_CONTACT_LINE && (CONTACT_OPENING.test(l) || BRACKETED_EMAIL.test(l))) },
];

/** The id of the rule that marks `line` as non-prose, or null. */
export function exclusionRule(line: string, lex: DocumentLexicon): string | null {
  for (const r of EXCLUSION_RULES) if (r.test(line, lex)) return r.id;
  return null;
}

export function isCaption(line: string, lex: DocumentLexicon): boolean {
  const id = exclusionRule(line, lex);
  return id === 'document.caption-credit' || id === 'document.caption-photo';
}
