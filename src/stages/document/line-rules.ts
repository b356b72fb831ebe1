// Recognizers for header lines (date stamps, bylines, "Source:" lines): each is a pattern plus an
// extract step; the stage owns the loop over lines. A rule that returns facts marks the line as metadata.
import { findOutlet, type DocumentLexicon } from '../../lexicon/document.ts';
import { parseByline } from './byline.ts';
import { findHeaderDates } from './header-date.ts';

export interface LineFacts {
  title?: string;
  source?: string;
  byline?: string;
  published?: string;
}

export interface LineRule {
  id: string;
  /** Tested against the trimmed line. */
  pattern: RegExp;
  /** Facts the line gives, or null when it is not this kind of line after all. */
  extract(m: RegExpExecArray, lex: DocumentLexicon): LineFacts | null;
}

// Every full date has a year: skip the date parser on lines without one.
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;

/** A line made of a date and nothing but labels, times and separators: "Updated: 2024-04-09 07:15". */
function dateOnly(s: string, lex: DocumentLexicon): string | null {
  if (!YEAR.test(s)) return null;
  // "Posted Thu 21 Mar 2024 at 6:02am, updated Thu 21 Mar 2024 at 9:30am": the first date is the one.
  const dates = findHeaderDates(s);
  if (dates.length === 0) return null;
  let rest = s;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.text.length);
  return lex.dateLineFiller.test(rest) ? dates[0].date : null;
}

const sourceName = (s: string, lex: DocumentLexicon) => findOutlet(lex, s)?.name ?? s.replace(/[\s.;,]+$/, '');

export const LINE_RULES: LineRule[] = [
  {
    id: 'document.source-line',
    pattern: /^(?:Source|From)\s*:\s*(.{2,80})$/i,
    extract: (m, lex) => ({ source: sourceName(m[1], lex) }),
  },
  {
    id: 'document.editor-line',
    pattern: /^[([]?\s*(?:(?:web|responsible|chief|executive|managing)\s+)?editors?\s*:.{0,120}$/i,
    extract: () => ({}),
  },
  {
    // "By Jane Doe, Associated Press"; "By ZHANG YI | China Daily | Updated: 2024-04-09 07:15"
    id: 'document.byline',
    pattern: /^By\s+(.{3,200})$/,
    extract: (m, lex) => parseByline(m[1], lex),
  },
  {
    // "09:10, May 27, 2024 By Zhang Wei ( China Daily"
    id: 'document.time-date-byline',
    pattern: /^\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?,?\s+(.{6,60}?)(?:\s+By\s+(.+))?$/,
    extract: (m, lex) => {
      const published = dateOnly(m[1], lex);
      if (!published) return null;
      return m[2] ? { published, ...parseByline(m[2], lex) } : { published };
    },
  },
  {
    // "Xinhua) 15:13, January 18, 2025": an outlet credit run into the time stamp.
    id: 'document.outlet-time',
    pattern: /^\(?\s*([^()]{2,40}?)\s*\)\s*(\d{1,2}:\d{2}.{6,60})$/,
    extract: (m, lex) => {
      const outlet = findOutlet(lex, m[1]);
      const published = dateOnly(m[2], lex);
      return outlet && published ? { source: outlet.name, published } : null;
    },
  },
  {
    // "Jane Doe | China Daily | Updated: 2024-04-09": every part must be a name, an outlet or a date.
    id: 'document.pipe-metadata',
    pattern: /^[^|]{2,80}(?:\|[^|]{2,80}){1,4}$/,
    extract: (m, lex) => {
      const facts: LineFacts = {};
      for (const part of m[0].split('|').map((p) => p.trim())) {
        const outlet = findOutlet(lex, part);
        const date = outlet ? null : dateOnly(part, lex);
        const by = outlet || date ? null : parseByline(part.replace(/^By\s+/, ''), lex);
        if (outlet) facts.source ??= outlet.name;
        else if (date) facts.published ??= date;
        else if (by) facts.byline ??= by.byline;
        else return null;
      }
      return facts;
    },
  },
  {
    // "2023-12-13 23:33:30", "Tuesday, April 15, 2025", "Updated: 2024-04-09 07:15 BJT"
    id: 'document.date-line',
    pattern: /^.{6,80}$/,
    extract: (m, lex) => {
      const published = dateOnly(m[0], lex);
      return published ? { published } : null;
    },
  },
];

/** "Headline text-Xinhua", "Headline | Reuters": the title with the outlet's name appended. */
export const TITLE_SUFFIX: LineRule = {
  id: 'document.title-outlet-suffix',
  pattern: /^(.{8,300}?)\s*(?:[-–—|]|::)\s*([^-–—|:]{2,50})$/,
  extract: (m, lex) => {
    const outlet = findOutlet(lex, m[2]);
    return outlet ? { title: m[1].trim(), source: outlet.name } : null;
  },
};

export function applyLineRules(line: string, rules: LineRule[], lex: DocumentLexicon): { rule: string; facts: LineFacts } | null {
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    const m = rule.pattern.exec(line);
    if (!m) continue;
    const facts = rule.extract(m, lex);
    if (facts) return { rule: rule.id, facts };
  }
  return null;
}
