// Recognizers for header lines (date stamps, bylines, "Source:" lines): each is a pattern plus an
// extract step; the stage owns the loop over lines. A rule that returns facts marks the line as metadata.
import type { DocumentLexicon } from '../../lexicon/document.ts';
import { titleCase } from '../../lexicon/tokens.ts';
import { parseByline } from './byline.ts';
import { isPartialStamp, mayHoldDate, readDateLine, splitDateTail } from './date-line.ts';
import { creditedOutlet, firstCreditedOutlet, isAgency, noticedOutlet } from './outlet.ts';

export interface LineFacts {
  title?: string;
  source?: string;
  byline?: string;
  published?: string;
  /** The published date is a revision date ("Updated …"): a publication date elsewhere in the header wins. */
  updated?: boolean;
  /** The other reading of a published date written "03/06/2024". */
  monthFirst?: string;
  dateline?: string;
  /** "BBC News, Beirut": the place the outlet's reporter files from, a dateline only if the story opens there. */
  bureau?: string;
  /** "By Jane Doe (New York, special correspondent)": a place in brackets after a signature, the dateline if known. */
  place?: string;
}

export interface LineRule {
  id: string;
  /**
   * The rule gives facts only from a stamp, and every stamp readDateLine reads has a year (mayHoldDate): a line
   * without one skips the rule. Speed: most header lines have no year, and these patterns are the costly ones.
   */
  needsYear?: boolean;
  /** Tested against the trimmed line. */
  pattern: RegExp;
  /** Facts the line gives, or null when it is not this kind of line after all. */
  extract(m: RegExpExecArray, lex: DocumentLexicon): LineFacts | null;
}

// Parts of a header line: "Jane Doe | China Daily | Updated: …", "Jane Doe · CBC News · Posted: …". Module
// constant (see lexicon/tokens.ts).
const PART_SEPARATOR = /\||\s\/\s|\s[·•]\s/;
const MAX_PARTS = 5;
const MAX_PART = 80;
// "KYODO NEWS - Jun 3, 2024 - 12:05 | World, All": the outlet, its stamp, then the site's sections.
const OUTLET_STAMP = /^(?=.{6,120}$)(.{2,40}?)(?:\s+[-–—|/]|\s*,)\s+(.+?)(?:\s*\|\s*[^|\d]{1,40})?$/u;
// "17 July 2025 12:20 am - 4 - 2,318": a stamp followed by the page's counts of comments and views.
const COUNTERS = /(?:\s+[-|·•]\s+[\d,]+)+$/;
// "On March 20, 2025 6:42 pm In News by Jane Doe": a blog theme's stamp, section and author.
const ON_IN_BY = /^On\s+(.{6,60}?)\s+In\s+[^,]{2,40}?\s+by\s+(\p{Lu}.{2,60})$/u;
// "Politics 10:12 June 03, 2024": a site section before the stamp.
const LEADING_WORDS = /^((?:\p{Lu}\p{L}*\s+){1,3})(.+)$/u;
// "By Jane Doe", "by Jane Doe", "BY JANE DOE", "By: Jane Doe", "Written by Jane Doe".
export const BYLINE_LINE = /^(?:(?:Written|Posted|Reported)\s+)?(?:By|by|BY)\s*:?\s+(?=\p{Lu})(.{3,200})$/u;
// "By Jane Doe", "Article By: Jane Doe": a signature's label in a part of a pipe-separated line.
const BY_LABEL = /^(?:(?:Article|Story|Report|Written|Posted|Reported)\s+)?By\s*:?\s+/i;
// "Posted by Jane Doe on August 14, 2025": a blog-style signature and stamp.
const POSTED_BY = /^(?:Posted|Published|Written|Submitted)\s+by\s+(\p{Lu}.{2,60}?)\s+(?:on|[|,–—-])\s+(.{6,60})$/u;
/** The longest line read as a signature followed by an unlabelled stamp. */
const MAX_SIGNED_STAMP = 80;
const PART_LABEL = /^(sources?|editors?)\s*:\s*(.+)$/i;
const TIME_PART = /^\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?$/i;
/** "Published: Thursday | October 9, 2025": a weekday, maybe after a label, in a part of its own before the date. */
/** "News > Inter-Korea", "Politics » DIPLOMACY", "Home / Press Center / Press releases": a page's path. */
export const BREADCRUMB = /^[\p{L} &'-]{2,30}(?:\s+[>›»\/]\s+[\p{L} &'-]{2,30}){1,4}$/u;
/** "Victoria, Seychelles", "Dili": a place in a pipe-separated stamp line (the stage keeps it only when it is a known place). */
const PLACE_PART = /^(\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,2})(?:,\s*\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,2})?$/u;
const WEEKDAY_PART = /^(?:[\p{L} ]{2,20}:\s*)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/iu;
// "BBC News, Beijing", "Reuters in Tokyo": an outlet with the place it reports from.
// "DAILY SABAH WITH AA": the outlet and the agency it wrote with; "MercoPress. South Atlantic News Agency":
// a masthead and its motto.
const WITH_PARTNER = /^(.{2,40}?)\s+with\s+\S.{0,40}$/iu;
// "The Japan News by The Yomiuri Shimbun": the masthead and the house that publishes it; "EL PAÍS English": an edition.
const BY_OWNER = /^(.{2,40}?)\s+by\s+\p{Lu}.{0,40}$/u;
const EDITION = /^(.{2,40}?)\s+(?:English|English Edition|in English|International Edition)$/u;
const MOTTO = /^(.{2,40}?)(?:\.|\s[-–—|:])\s+\p{Lu}[\p{L} ]{2,60}$/u;
// "Anadolu Agency | World, Middle East": the outlet, then the site's sections (no date among them).
const SECTIONS = /^(.{2,50}?)\s+\|\s+[^|\d]{2,60}$/u;
const DESK_LINE = /^\p{Lu}\D*$/u;
const MAX_DESK_WORDS = 5;
const OUTLET_AT = /^(.{2,50}?)(?:\s*,\s*|\s+in\s+|\s+[-–—]\s+)(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2})$/u;
// "Kyiv · Ukrinform": the place, a dot, then the outlet.
const PLACE_DOT_OUTLET = /^(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2})\s*[·•]\s*(.{2,50})$/u;
const TRAILING_PLACE = /\s[-–—|]\s*(\p{Lu}[\p{Lu}'. ]*\p{Lu})$/u;
// "Jakarta ● Fri, January 10, 2025", "Dhaka, 16 October 2025": the place, a separator, the stamp (the stage checks the
// place is one).
const LEADING_PLACE = /^(\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,2})\s*[●•|–—,-]\s*(.{6,80})$/u;

/** "Source: Xinhua"; "Source: Al Jazeera and news agencies" names the first listed outlet; else the text. */
const sourceName = (s: string, lex: DocumentLexicon) => firstCreditedOutlet(lex, s) ?? s.replace(/[\s.;,]+$/, '');

/** A stamp's facts: its date, and whether it is a revision date. */
function stampFacts(s: string, lex: DocumentLexicon): LineFacts | null {
  const stamp = readDateLine(s, lex);
  if (!stamp) return null;
  return { published: stamp.date, ...(stamp.updated ? { updated: true } : {}), ...(stamp.monthFirst ? { monthFirst: stamp.monthFirst } : {}) };
}

export const LINE_RULES: LineRule[] = [
  {
    id: 'document.source-line',
    pattern: /^(?:Source|From)\s*:\s*([^|]{2,80})$/i,
    extract: (m, lex) => ({ source: sourceName(m[1], lex) }),
  },
  {
    // "Why you can trust SCMP", "Published by Al Jazeera": site furniture naming the outlet.
    id: 'document.site-notice',
    pattern: /^.{6,200}$/,
    extract: (m, lex) => {
      const outlet = noticedOutlet(lex, m[0]);
      return outlet ? { source: outlet } : null;
    },
  },
  {
    id: 'document.editor-line',
    pattern: /^[([]?\s*(?:(?:web|responsible|chief|executive|managing)\s+)?editors?\s*:.{0,120}$/i,
    extract: () => ({}),
  },
  {
    // "By Jane Doe, Associated Press"; "By ZHANG YI | China Daily | Updated: 2024-04-09 07:15"
    id: 'document.byline',
    pattern: BYLINE_LINE,
    extract: (m, lex) => parseByline(m[1], lex),
  },
  {
    // "Posted by Jane Doe on August 14, 2025", "Written by Jane Doe | 14 Aug 2025": a blog-style signature and stamp.
    id: 'document.posted-by',
    needsYear: true,
    pattern: POSTED_BY,
    extract: (m, lex) => {
      const by = parseByline(m[1], lex);
      const stamp = by ? stampFacts(m[2], lex) : null;
      return by && stamp ? { ...by, ...stamp } : null;
    },
  },
  {
    // "09:10, May 27, 2024 By Zhang Wei ( China Daily"
    id: 'document.time-date-byline',
    needsYear: true,
    pattern: /^\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?,?\s+(.{6,60}?)(?:\s+By\s+(.+))?$/,
    extract: (m, lex) => {
      const stamp = stampFacts(m[1], lex);
      if (!stamp) return null;
      return m[2] ? { ...stamp, ...parseByline(m[2], lex) } : stamp;
    },
  },
  {
    // "Xinhua) 15:13, January 18, 2025": an outlet credit run into the time stamp.
    id: 'document.outlet-time',
    needsYear: true,
    pattern: /^\(?\s*([^()]{2,40}?)\s*\)\s*(\d{1,2}:\d{2}.{6,60})$/,
    extract: (m, lex) => {
      const outlet = creditedOutlet(lex, m[1]);
      const stamp = stampFacts(m[2], lex);
      return outlet && stamp ? { source: outlet, ...stamp } : null;
    },
  },
  {
    // "Jane Doe | China Daily | Updated: 2024-04-09", "TOI News Desk / TIMESOFINDIA.COM / Updated: Jun 3,
    // 2024": every part must be a name, an outlet or a date.
    id: 'document.pipe-metadata',
    pattern: /^.{5,420}$/,
    extract: (m, lex) => {
      const parts = m[0].split(PART_SEPARATOR).map((p) => p.trim());
      if (parts.length < 2 || parts.length > MAX_PARTS || parts.some((p) => p.length < 2 || p.length > MAX_PART)) return null;
      // ("News · Canary Islands": a page's section path, no signature.)
      if (lex.notSignature.has(parts[0])) return null;
      const facts: LineFacts = {};
      let carried = '';
      for (const whole of parts) {
        // The weekday and its label are read with the date after them, which must follow.
        if (WEEKDAY_PART.test(whole)) {
          carried = `${whole} `;
          continue;
        }
        const part = carried + whole;
        if (carried && !stampFacts(part, lex)) return null;
        carried = '';
        // "Source: Xinhua| 2024-06-03 21:04:11|Editor: huaxia"
        const label = PART_LABEL.exec(part);
        if (label && label[1].toLowerCase().startsWith('editor')) continue;
        // "… | Published 3 December 2025 | 17:42": the time of the stamp before it.
        if (TIME_PART.test(part)) continue;
        if (label) {
          facts.source ??= sourceName(label[2], lex);
          continue;
        }
        const outlet = creditedOutlet(lex, part);
        const stamp = outlet ? null : stampFacts(part, lex);
        const by = outlet || stamp ? null : parseByline(part.replace(BY_LABEL, ''), lex);
        if (outlet) facts.source ??= outlet;
        else if (stamp) {
          if (!facts.published || (facts.updated && !stamp.updated)) Object.assign(facts, { updated: undefined }, stamp);
        } else if (by) {
          facts.byline ??= by.byline;
          facts.source ??= by.source;
        } else if (BREADCRUMB.test(part)) continue;
        // "Victoria, Seychelles | September 19, 2025 | By Jane Doe": the place filed from, first.
        else if (part === parts[0] && PLACE_PART.test(part)) facts.dateline = PLACE_PART.exec(part)![1];
        else return null;
      }
      if (carried) return null;
      if (!facts.updated) delete facts.updated;
      return facts;
    },
  },
  {
    // "BBC News, Beijing", "Al Jazeera", "Daily Sabah | Politics": an outlet credit on a line of its own.
    id: 'document.outlet-line',
    pattern: /^.{2,80}$/,
    extract: (m, lex) => {
      const credited = (part: string | undefined) => (part ? creditedOutlet(lex, part) : undefined);
      const at = OUTLET_AT.exec(m[0]);
      const dot = PLACE_DOT_OUTLET.exec(m[0]);
      const outlet = creditedOutlet(lex, m[0]) ?? credited(at?.[1]) ?? credited(dot?.[2]) ?? credited(WITH_PARTNER.exec(m[0])?.[1]) ?? credited(BY_OWNER.exec(m[0])?.[1]) ?? credited(EDITION.exec(m[0])?.[1]) ?? credited(MOTTO.exec(m[0])?.[1]) ?? credited(SECTIONS.exec(m[0])?.[1]);
      // "Kyiv · Ukrinform": the agency's dateline, the place before the outlet (the stage keeps it only when
      // it is a known place). "BBC News, Sydney" under a signature is the reporter's bureau, no dateline (the stage
      // takes it for one only when the story opens there).
      const place = outlet && !credited(at?.[1]) && dot && credited(dot[2]) ? dot[1] : undefined;
      if (outlet && place) return { source: outlet, dateline: place };
      // "PAP, TVP World": a second outlet after the comma is no bureau; an agency credited beside a paper or a
      // broadcaster lent it the story, which the other publishes.
      const partner = outlet && at ? credited(at[2]) : undefined;
      if (outlet && partner && isAgency(lex, outlet) && !isAgency(lex, partner)) return { source: partner };
      // "Gulf News Report", "Reuters Staff": the outlet signs, no person does.
      const desk = outlet || !DESK_LINE.test(m[0]) || m[0].split(' ').length > MAX_DESK_WORDS ? undefined : parseByline(m[0], lex);
      if (desk?.source && !desk.byline) return { source: desk.source };
      const bureau = outlet && at && !partner && !creditedOutlet(lex, m[0]) && credited(at[1]) ? at[2] : undefined;
      return outlet ? { source: outlet, bureau } : null;
    },
  },
  {
    id: 'document.on-in-by',
    needsYear: true,
    pattern: ON_IN_BY,
    extract: (m, lex) => {
      const stamp = stampFacts(m[1], lex);
      const by = stamp ? parseByline(m[2], lex) : null;
      return stamp && by?.byline ? { ...stamp, byline: by.byline } : null;
    },
  },
  {
    // "2023-12-13 23:33:30", "Tuesday, April 15, 2025", "Updated: 2024-04-09 07:15 BJT",
    // "Published - June 22, 2024 04:35 pm IST - NEW DELHI"
    id: 'document.date-line',
    needsYear: true,
    pattern: /^.{6,100}$/,
    extract: (m, lex) => {
      const stamp = stampFacts(m[0], lex) ?? (COUNTERS.test(m[0]) ? stampFacts(m[0].replace(COUNTERS, ''), lex) : null);
      if (stamp) return stamp;
      const section = LEADING_WORDS.exec(m[0]);
      if (section && section[1].trim().split(/\s+/).every((w) => lex.notSignature.has(w))) {
        const after = stampFacts(section[2], lex);
        if (after) return after;
      }
      const place = TRAILING_PLACE.exec(m[0]);
      if (!place || lex.notDatelines.has(place[1].trim())) return null;
      const before = stampFacts(m[0].slice(0, place.index), lex);
      return before ? { ...before, dateline: titleCase(place[1].trim()) } : null;
    },
  },
  {
    id: 'document.place-date',
    needsYear: true,
    pattern: LEADING_PLACE,
    extract: (m, lex) => {
      // ("Ahram Online , Monday 3 Feb 2025": an outlet before the stamp is its credit, read by another rule.)
      if (m[1].split(/\s+/).some((w) => lex.notSignature.has(w)) || lex.notDatelines.has(m[1]) || creditedOutlet(lex, m[1])) return null;
      const stamp = stampFacts(m[2], lex);
      return stamp ? { ...stamp, dateline: m[1] } : null;
    },
  },
  {
    id: 'document.outlet-stamp',
    needsYear: true,
    pattern: OUTLET_STAMP,
    extract: (m, lex) => {
      const outlet = creditedOutlet(lex, m[1]);
      const stamp = outlet ? stampFacts(m[2], lex) : null;
      return stamp ? { source: outlet, ...stamp } : null;
    },
  },
  {
    // "3 JUN, 17:21": a stamp without a year gives no date, but the line is metadata.
    id: 'document.partial-stamp',
    pattern: /^.{6,40}$/,
    extract: (m) => (isPartialStamp(m[0]) ? {} : null),
  },
  {
    // "Amina Qureshi Published June 8, 2024 Updated June 8, 2024 09:14am": a signature, then the stamp.
    id: 'document.byline-stamp',
    needsYear: true,
    pattern: /^.{10,160}$/,
    extract: (m, lex) => {
      // "Jane Doe  June 8, 2024 09:14": on a short line the stamp may follow the name without a label.
      const tail = splitDateTail(m[0], lex, m[0].length <= MAX_SIGNED_STAMP);
      if (!tail) return null;
      const by = parseByline(tail.head.replace(/^By\s+/, ''), lex);
      if (!by) return null;
      return { ...by, published: tail.stamp.date, ...(tail.stamp.updated ? { updated: true } : {}) };
    },
  },
];

// "Headline | India News - Times of India": a site section left before the outlet, after a pipe (headlines
// hold dashes, not pipes). Module constant (see lexicon/tokens.ts).
const PIPE_SECTION = /^(.{8,}?)\s+\|\s+[^|]{2,40}$/;

/** "Headline text-Xinhua", "Headline | Reuters", "Headline – DW – 03/06/2025": the title with the outlet's name appended. */
export const TITLE_SUFFIX: LineRule = {
  id: 'document.title-outlet-suffix',
  pattern: /^(.{8,300}?)\s*(?:[-–—|]|::)\s*([^-–—|:]{2,50}?)(?:\s*[-–—|]\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4})?$/,
  extract: (m, lex) => {
    const outlet = creditedOutlet(lex, m[2]);
    const title = m[1].trim();
    return outlet ? { title: PIPE_SECTION.exec(title)?.[1] ?? title, source: outlet } : null;
  },
};

export function applyLineRules(line: string, rules: LineRule[], lex: DocumentLexicon): { rule: string; facts: LineFacts } | null {
  const dated = mayHoldDate(line);
  for (const rule of rules) {
    if (rule.needsYear && !dated) continue;
    rule.pattern.lastIndex = 0;
    const m = rule.pattern.exec(line);
    if (!m) continue;
    const facts = rule.extract(m, lex);
    if (facts) return { rule: rule.id, facts };
  }
  return null;
}
