// The document stage: reads header lines (date, headline, byline, source, dateline), finds where the
// body starts, and marks captions, credits and editor lines so later stages do not read them as prose.
import type { Doc, TextRange } from '../../core/doc.ts';
import type { Stage } from '../../core/stage.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { exclusionRule } from './captions.ts';
import { findDateline, findDatelineLine } from './dateline.ts';
import { parseByline } from './byline.ts';
import { tokenize } from '../../lexicon/tokens.ts';
import { classifyHeaderText } from './headline.ts';
import { applyLineRules, LINE_RULES, TITLE_SUFFIX, type LineFacts } from './line-rules.ts';
import { splitLines, type Line } from './lines.ts';

/** How far down the page header lines are looked for. */
const MAX_HEADER_LINES = 12;
/** How many body paragraphs may hold the dateline (a caption can come first). */
const DATELINE_PARAGRAPHS = 3;
/** " date 2025-04-15 Headline…": a crawler's date stamp run into the first text of the page. */
const DATE_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s*/;

interface HeaderFacts {
  title: string | null;
  source: string | null;
  byline: string | null;
  published: { date: string; from: 'header' | 'dateline' } | null;
  dateline: string | null;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether YYYY-MM-DD names a day that exists (not 2024-02-31 or 2023-02-29). */
function isCalendarDay(ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number);
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

function note(h: HeaderFacts, f: LineFacts, from: 'header' | 'dateline' = 'header'): void {
  h.title ??= f.title ?? null;
  h.source ??= f.source ?? null;
  h.byline ??= f.byline ?? null;
  if (f.published && !h.published) h.published = { date: f.published, from };
}

/** Whether the whole name is a place or capital in the geography lexicon ("New Delhi"). */
function isPlaceName(name: string, lexicon: Lexicon): boolean {
  const tokens = tokenize(name);
  const m = lexicon.geo.trie.matchAt(tokens, 0);
  return m !== null && m.to === tokens.length && m.values.some((v) => v.kind === 'capital' || v.kind === 'place');
}

export function readDocument(doc: Doc, lexicon: Lexicon): void {
  const lex = lexicon.document;
  const lines = splitLines(doc.text);
  const h: HeaderFacts = { title: null, source: null, byline: null, published: null, dateline: null };
  const excluded: TextRange[] = [];
  let bodyStart: number | null = null;
  let titleKey: string | null = null;
  let content = 0;

  const firstContentAfter = (i: number): Line | undefined => lines.slice(i + 1).find((l) => l.text !== '');

  for (let i = 0; i < lines.length && content < MAX_HEADER_LINES; i++) {
    const line = lines[i];
    if (!line.text) continue;
    content++;
    let text = line.text;
    let start = line.start;
    if (content === 1) {
      const p = DATE_PREFIX.exec(text);
      if (p) {
        // A stamp that names no real day is reported and left out: a later line may still give the date.
        if (isCalendarDay(p[1])) note(h, { published: p[1] });
        else doc.document.warnings.push(`the header date ${p[1]} is not a calendar date; not used as the publication date`);
        text = text.slice(p[0].length);
        start += p[0].length;
        if (!text) continue;
        const kind = classifyHeaderText(text, lex);
        const key = squash(text);
        const repeated = kind === 'lead' && lines.slice(i + 1).some((l) => squash(l.text) === key);
        if (kind === 'caption' || repeated) {
          excluded.push({ start: line.start, end: line.end });
          continue;
        }
        if (kind === 'lead') {
          bodyStart = start;
          break;
        }
        h.title ??= text;
        titleKey = squash(text);
        continue;
      }
    }
    if (titleKey !== null && squash(text) === titleKey) {
      excluded.push({ start, end: line.end });
      continue;
    }
    const hit = applyLineRules(text, LINE_RULES, lex) ?? (h.title === null && content <= 3 ? applyLineRules(text, [TITLE_SUFFIX], lex) : null);
    if (hit) {
      note(h, hit.facts);
      if (hit.facts.title) titleKey = squash(hit.facts.title);
      excluded.push({ start, end: line.end });
      continue;
    }
    if (exclusionRule(text, lex)) {
      excluded.push({ start, end: line.end });
      continue;
    }
    const alone = h.dateline ? null : findDatelineLine(text, lex, (name) => isPlaceName(name, lexicon));
    if (alone) {
      h.dateline = alone.place;
      excluded.push({ start, end: line.end });
      continue;
    }
    if (h.title === null && titleKey === null && content === 1 && firstContentAfter(i) && classifyHeaderText(text, lex) === 'headline') {
      h.title = text;
      titleKey = squash(text);
      continue;
    }
    bodyStart = start;
    break;
  }
  if (bodyStart === null) bodyStart = lines.find((l) => l.text && !excluded.some((x) => x.start <= l.start && l.end <= x.end))?.start ?? doc.text.length;

  // The dateline opens one of the first body paragraphs.
  let seen = 0;
  for (const line of h.dateline ? [] : lines) {
    if (line.end <= bodyStart || !line.text || excluded.some((x) => x.start <= line.start && line.end <= x.end)) continue;
    const d = findDateline(doc.text.slice(Math.max(line.start, bodyStart), line.end), lex);
    if (d) {
      h.dateline = d.place;
      note(h, { source: d.source ?? undefined, published: d.published ?? undefined }, 'dateline');
      break;
    }
    if (++seen >= DATELINE_PARAGRAPHS) break;
  }

  // Captions, credits, editor lines and a "Reporter: …" footer anywhere in the body.
  for (const line of lines) {
    if (line.start < bodyStart || !line.text) continue;
    const label = lex.bylineLabel.exec(line.text);
    const by = label ? parseByline(label[1], lex) : null;
    if (by) h.byline ??= by.byline;
    if (by || exclusionRule(line.text, lex)) excluded.push({ start: line.start, end: line.end });
  }

  const d = doc.document;
  d.title ??= h.title?.replace(lex.titleLabel, '') ?? null;
  d.source ??= h.source;
  d.byline ??= h.byline;
  d.dateline = h.dateline;
  if (h.published) {
    if (d.published && d.published !== h.published.date) {
      d.warnings.push(`publication date in the text (${h.published.date}) differs from the one given (${d.published}); using the text`);
    }
    d.published = h.published.date;
    d.publishedFrom = h.published.from;
  } else if (!d.published) {
    d.warnings.push('no publication date found');
  }
  doc.bodyStart = bodyStart;
  doc.excluded = excluded.sort((a, b) => a.start - b.start);
}

export const documentStage: Stage = {
  name: 'document',
  requires: ['text', 'document'],
  provides: ['document', 'bodyStart', 'excluded'],
  run: readDocument,
};
