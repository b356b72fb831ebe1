// Reads the outlet and a date stamp from a story's closing lines: "(PNA)", "-- BERNAMA", "==Kyodo", "Copyright © ANTARA 2025".
import type { DocumentLexicon } from '../../lexicon/document.ts';
import { creditedOutlet, firstCreditedOutlet, noticedOutlet } from './outlet.ts';
import { findHeaderDate } from './header-date.ts';

// Module constants (see lexicon/tokens.ts).
/** "… in 2015. (PNA)": a bracketed credit closing the last paragraph. */
const END_CREDIT = /\(([^()]{2,40})\)\s*$/u;
/** "-- BERNAMA", "==Kyodo", "— AFP": a sign-off line. */
const SIGN_OFF = /^(?:--|==|—|–|-)\s*(\p{L}[\p{L} .'-]{1,40})$/u;
/** "Copyright © ANTARA 2025", "© 2025 Reuters. All rights reserved.", "(c) Copyright Agence France-Presse 2024",
 *  "All rights reserved. Copyright Anadolu Agency", "©2025 Bloomberg L.P." (the company's form after the name). */
const COPYRIGHT = /^(?:all rights reserved\.?\s*)?(?:(?:copyright|©|\(c\))\s*){1,2}(?:\d{4}\s+)?(.{2,60}?)(?:,?\s+(?:L\.?P\.?|LLC|Inc\.?|Ltd\.?|Limited|Corp\.?|plc))?(?:\s+\d{4})?(?:[.,]\s*all rights reserved\.?)?$/iu;
/** "Kyodo News" alone as the last line: the masthead signs the story off. */
const BARE_OUTLET = /^([^.!?]{2,50})$/u;
const SOURCE_LINE = /^sources?\s*:\s*(.{2,80})$/iu;
/** "www.kcna.kp (Juche113.6.12.)": the outlet's web address on a line of its own. */
const WEB_ADDRESS = /^((?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)(?:\s|$)/u;

/** "FRANCE 24 with AFP and Reuters": the outlet and the agencies it wrote with. */
const WITH_AGENCIES = /^(.{2,40}?)\s+with\s+\S.{0,60}$/iu;
/** "… on Wednesday. MercoPress": the masthead's name after the last sentence (capitalised words only). */
const END_MASTHEAD = /[.!?]["'”’]?\s+(\p{Lu}[\p{L}\d.'’&-]*(?:\s+\p{Lu}[\p{L}\d.'’&-]*){0,3})$/u;

/** "Jane Doe is the Guardian's senior political correspondent": the writer's note names the outlet. */
const WRITER_NOTE = /^\p{Lu}[\p{L}'’.\- ]{2,60}\s+is\s+(?:the\s+)?(.{2,40}?)['’]s?\s+(?:[\p{L}-]+\s+){0,4}(?:correspondent|editor|reporter|writer|journalist|columnist)\.?$/u;
/** "Jane Doe is a senior correspondent for Reuters." */
const WRITER_FOR = /^\p{Lu}[\p{L}'’.\- ]{2,60}\s+is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}(?:correspondent|editor|reporter|writer|journalist|columnist)\s+(?:for|at|with)\s+(.{2,40}?)\.?$/u;

const CLOSING_FORMS = [END_CREDIT, SIGN_OFF, COPYRIGHT, SOURCE_LINE, WEB_ADDRESS, WITH_AGENCIES, END_MASTHEAD, WRITER_NOTE, WRITER_FOR, BARE_OUTLET];

/** The outlet a closing line credits, as written, or undefined. */
export function closingCredit(line: string, lex: DocumentLexicon): string | undefined {
  for (const re of CLOSING_FORMS) {
    const m = re.exec(line);
    const outlet = m ? firstCreditedOutlet(lex, m[1]) : undefined;
    if (outlet) return outlet;
  }
  return noticedOutlet(lex, line);
}

/** A line that only signs the story off: "-- BERNAMA", "==Kyodo", "(END)", "-30-". */
export function isSignOff(line: string, lex: DocumentLexicon): boolean {
  if (lex.endMark.test(line)) return true;
  const m = SIGN_OFF.exec(line);
  return m !== null && creditedOutlet(lex, m[1]) !== undefined;
}

/** Words a footer date stamp may carry besides the date: "Published", "Updated", a time, a zone. */
const STAMP_REST = /^(?:[\p{L}]{1,12}:?|\d{1,2}[:.]\d{2}(?::\d{2})?|[ap]\.?m\.?|\(?[A-Z]{2,5}\)?|[|,·:()\-–—])$/u;
const MAX_STAMP_REST = 3;

/** The date of a line that is only a date stamp, or null ("The deal was signed on 12 March 2024." is no stamp). */
export function footerDate(text: string): string | null {
  if (text.length > 60) return null;
  const found = findHeaderDate(text);
  if (!found) return null;
  const rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.text.length)).split(/\s+/).filter(Boolean);
  return rest.length <= MAX_STAMP_REST && rest.every((w) => STAMP_REST.test(w)) ? found.date : null;
}

/** "This article was first published on 14 August 2025.", "Originally published by The Conversation on …": a note
 *  closing the story that dates its first publication. */
const FIRST_PUBLISHED = /\b(?:first|originally)\s+(?:published|appeared)\b(.{6,100})$/iu;

/** The date a closing "first published on …" note gives, or null. */
export function firstPublishedDate(text: string): string | null {
  const m = FIRST_PUBLISHED.exec(text);
  return m ? findHeaderDate(m[1])?.date ?? null : null;
}

/** A web address alone on a line ("https://www.example.com/world/2025/08/14/talks"). */
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/iu;
/** A date in a web address's path: "/2025/08/14/", "/2025-08-14-", "/20250814/", Xinhua's "/2025-08/14/". */
const URL_DATE = /\/((?:19|20)\d\d)(?:([-/])(\d{2})[-/](\d{2})|(\d{2})(\d{2}))(?=[/._-]|$)/u;

/** Whether the line is only a web address. */
export const isUrlLine = (text: string): boolean => URL_LINE.test(text);

/** YYYY-MM-DD from a date in a web address's path, or null (the caller checks the day exists). */
export function urlDate(url: string): string | null {
  const m = URL_DATE.exec(url);
  if (!m) return null;
  const month = m[3] ?? m[5];
  const day = m[4] ?? m[6];
  return +month >= 1 && +month <= 12 && +day >= 1 && +day <= 31 ? `${m[1]}-${month}-${day}` : null;
}
