// Reads the text after "By": author names, and the outlet or date written beside them.
import { outletKey, type DocumentLexicon } from '../../lexicon/document.ts';
import { isAllCaps, isCapitalized, titleCase } from '../../lexicon/tokens.ts';
import { readDateLine, splitDateTail } from './date-line.ts';
import { creditedOutlet } from './outlet.ts';

export interface BylineFacts {
  /** The person or people who signed it; absent when an outlet or desk signs ("By Reuters", "By Web Desk"). */
  byline?: string;
  source?: string;
  published?: string;
  /** "Jane Doe (New York, special correspondent)": the place first in a bracket after the name, where the story was
   *  filed if it is a place (the caller knows places). */
  place?: string;
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.\-]*|(?:al|el|ad|ar|as|ash|at|az)-\p{Lu}[\p{L}'’.\-]*|de|da|van|von|der|bin|binti|al|el)$/u;
// Lower-case words before the name ("staff reporter Jane Doe"), and "in/for Place" after it; module
// constants, see lexicon/tokens.ts.
const LEADING_LOWER_WORDS = /^(?:\p{Ll}[\p{L}-]*\s+)+/u;
const TRAILING_PLACE = /\s+(?:in|for)\s+(\p{Lu}[\p{L} .'-]*)$/u;
const DASHED_TAIL = /\s+[-–—]\s+([^-–—]{2,40})$/u;
// "Jane Doe - Reporter / @JDoeINQ": a social-media handle beside the name; "Jane Doe with Reuters, AFP":
// agencies that contributed, not the story's outlet.
const HANDLE = /\s*(?:\/\s*)?@\w+/gu;
const CONTRIBUTORS = /\s+with\s+[^|()[\]]+$/iu;
/** Capitalised words first in a bracket after the name, before a comma or its end ("New York, special correspondent"). */
const BRACKETED_PLACE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?:,|$)/u;
/** An outlet's desk or staff: "RFE/RL's Balkan Service" (group 1 the outlet, then lower-case or desk words). */
const OUTLET_DESK = /^(.{2,40}?)['’]s?\s+\S.{0,40}$/u;
/** A job after the name: its first word may be capitalised, the rest are lower case ("Defence correspondent"). */
const JOB_TAIL = /^\S+(?:\s+\p{Ll}\S*)*$/u;
/** At most this many words of job description before the name ("Pacific affairs reporter"). */
const MAX_JOB_WORDS = 5;
/** An outlet written after the name without a comma: "JOEY REYES Associated Press". */
const MAX_OUTLET_WORDS = 5;
/** How many words a desk's signature may have ("Recorder Report", "The Daily Monitor Staff"). */
const MAX_DESK_SIGNATURE_WORDS = 4;

/** "Recorder Report", "Monitor Staff": a short signature ending in a word that signs no person (header-words.tsv
 *  no-author) is the paper's, whatever short name it signs with. */
function deskSignature(part: string, lex: DocumentLexicon): boolean {
  const words = part.split(/\s+/);
  return words.length >= 2 && words.length <= MAX_DESK_SIGNATURE_WORDS && lex.noAuthor.has(outletKey(words[words.length - 1]));
}

const isJob = (s: string, lex: DocumentLexicon) => s.split(/\s+/).length <= MAX_JOB_WORDS && lex.job.test(s) && JOB_TAIL.test(s);

/** "Tomas Lindqvist Defence correspondent" → "Tomas Lindqvist": a name followed by its job. */
function stripJobTail(s: string, lex: DocumentLexicon): string {
  if (!lex.job.test(s)) return s;
  const words = s.split(/\s+/);
  for (let k = Math.min(MAX_JOB_WORDS, words.length - 2); k >= 1; k--) {
    const head = words.slice(0, -k).join(' ');
    if (isJob(words.slice(-k).join(' '), lex) && isName(head)) return head;
  }
  return s;
}

/** A Mongolian signature, the father's initial written against the name ("B.Khulan"). */
const INITIAL_NAME = /^\p{Lu}\.\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

function isName(s: string): boolean {
  const words = s.split(/\s+/);
  return (words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)) && isCapitalized(words[0])) || INITIAL_NAME.test(s);
}

const displayName = (n: string) => (isAllCaps(n.replace(/[\s.'-]/g, '')) ? titleCase(n) : n);

/** "Pacific affairs reporter Jane Doe" → "Jane Doe"; "Xinhua writers Li Wei" → outlet Xinhua, "Li Wei". */
function stripJob(s: string, lex: DocumentLexicon): { rest: string; source?: string } {
  const words = s.split(/\s+/);
  for (let i = Math.min(MAX_JOB_WORDS, words.length - 2); i >= 1; i--) {
    if (!lex.job.test(words.slice(0, i).join(' '))) continue;
    let source: string | undefined;
    for (let j = i - 1; j >= 1 && !source; j--) source = creditedOutlet(lex, words.slice(0, j).join(' '));
    return { rest: words.slice(i).join(' '), source };
  }
  return { rest: s };
}

/** One comma-separated part: names ("Jane Doe and John Roe"), an outlet, or names then an outlet. */
function readPart(part: string, lex: DocumentLexicon, facts: BylineFacts, names: string[]): boolean {
  // "RFE/RL's Balkan Service", "Al Jazeera's diplomatic editor": the outlet's own desk or staff.
  const desk = OUTLET_DESK.exec(part);
  const deskOutlet = desk ? creditedOutlet(lex, desk[1]) : undefined;
  if (deskOutlet) {
    facts.source ??= deskOutlet;
    return true;
  }
  const outlet = creditedOutlet(lex, part);
  if (outlet) {
    facts.source ??= outlet;
    return true;
  }
  if (lex.noAuthor.has(outletKey(part))) return true;
  const words = part.split(/\s+/);
  // "Reuters Staff", "AFP Newsdesk": the outlet signs, no person does.
  // "Nikkei staff writer", "RNZ Pacific Journalist": the outlet and a job, no person.
  for (let k = 1; k < words.length; k++) {
    const signer = creditedOutlet(lex, words.slice(0, k).join(' '));
    const rest = words.slice(k).join(' ');
    if (signer && (lex.noAuthor.has(outletKey(rest)) || lex.noAuthor.has(outletKey(rest).replace(/s$/, '')) || isJob(rest, lex))) {
      facts.source ??= signer;
      return true;
    }
  }
  if (deskSignature(part, lex)) return true;
  // "Jane Doe, Chief Reporter": a job after a name, in title case too.
  if (names.length > 0 && words.length <= MAX_JOB_WORDS && lex.job.test(part)) return true;
  for (let k = Math.min(MAX_OUTLET_WORDS, words.length - 2); k >= 1; k--) {
    const tail = creditedOutlet(lex, words.slice(-k).join(' '));
    // "JOEY REYES Associated Press", "JANE DOE and JOHN ROE Associated Press".
    const heads = words.slice(0, -k).join(' ').split(/\s+(?:and|&)\s+/);
    if (tail && heads.every(isName)) {
      facts.source ??= tail;
      names.push(...heads.map(displayName));
      return true;
    }
  }
  // "Ake Prihantari and political reporter Tom Lowrey": each author may carry lower-case job words.
  for (let n of part.split(/\s+(?:and|&)\s+/).map((x) => x.replace(LEADING_LOWER_WORDS, ''))) {
    const place = TRAILING_PLACE.exec(n);
    if (place) {
      const at = creditedOutlet(lex, place[1]);
      if (at) facts.source ??= at;
      n = n.slice(0, place.index).trim();
    }
    if (!isName(n)) return false;
    names.push(displayName(n));
  }
  return true;
}

/** "Cao Desheng ( China Daily", "JANE DOE and JOHN ROE, Reuters", "Zhang Yi | China Daily | Updated: 2024-04-09 07:15". */
export function parseByline(rest: string, lex: DocumentLexicon): BylineFacts | null {
  const facts: BylineFacts = {};
  // "Global Times Published: Nov 15, 2025 01:18 AM": the stamp follows the signature.
  const tail = splitDateTail(rest, lex, true);
  if (tail) {
    rest = tail.head;
    facts.published = tail.stamp.date;
  }
  // "By political reporter Jane Doe": job words are lower case, names are not.
  rest = rest.replace(HANDLE, '').replace(CONTRIBUTORS, '').replace(LEADING_LOWER_WORDS, '');
  // "Jane Doe - Reporter": the job after the name; "AFP - Agence France Presse": the outlet's long name.
  const dash = DASHED_TAIL.exec(rest);
  if (dash && lex.job.test(dash[1])) rest = rest.slice(0, dash.index);
  else if (dash && creditedOutlet(lex, dash[1])) {
    facts.source = creditedOutlet(lex, dash[1]);
    rest = rest.slice(0, dash.index);
  }
  // "TARO KIMURA/ Staff Writer": a slash with a space beside it separates parts ("RFE/RL" does not).
  const parts = rest.split(/\s*[|()[\]]\s*|\s*\/\s+|\s+\/\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  const job = stripJob(parts[0], lex);
  if (job.source) facts.source = job.source;
  const names: string[] = [];
  for (const cp of job.rest.split(/\s*,\s*/).filter(Boolean).map((p) => stripJobTail(p, lex))) {
    if (!readPart(cp, lex, facts, names)) {
      if (names.length === 0) return null;
      break;
    }
  }
  if (names.length === 0 && !facts.source && !lex.noAuthor.has(outletKey(parts[0])) && !deskSignature(parts[0], lex)) return null;
  for (const p of parts.slice(1)) {
    const outlet = creditedOutlet(lex, p);
    if (outlet) facts.source ??= outlet;
    else facts.published ??= readDateLine(p, lex)?.date;
    const place = BRACKETED_PLACE.exec(p);
    if (!outlet && place && rest.includes(`(${p}`)) facts.place ??= place[1];
  }
  if (!facts.published) delete facts.published;
  if (names.length) facts.byline = names.join(' and ');
  return facts;
}
