// Finds the items of enumerated lists ("First, … Second, …", "1. …", bullets, "…: first, …; second, …")
// and groups them into runs numbered 1, 2, 3 …; a lone "First," is not a list.
import { sentenceAt, type Doc, type Sentence, type TextRange } from '../../core/doc.ts';
import type { SpeechLexicon } from '../../lexicon/speech.ts';

export type ItemKind = 'ordinal' | 'numbered' | 'bullet' | 'inline' | 'series';

export interface ListItem {
  kind: ItemKind;
  ordinal: number;
  /** Where the marker ("First,", "2.", "•") starts. */
  markStart: number;
  /** The item's own words: from after the marker to the end of its first sentence (or clause, inline). */
  bodyStart: number;
  bodyEnd: number;
}

interface Candidate extends Omit<ListItem, 'ordinal'> {
  ordinal: number | 'next';
}

const NUMBERED = /^\(?(\d{1,2})[.)]\s+(?=\S)/;
const BULLET = /^[•●▪◦·*–—-]\s+(?=\S)/;

const HEADING_WORDS = 6;
// A series ends at a dash that closes it ("-- youth exchanges, …, and hydrogen --") or at the sentence end.
const SERIES_END = /\s(?:--|—|–)\s|[.!?]["”’]?\s*$/;
const SERIES_SPLIT = /[,;]\s+/g;
const SEMICOLON_SPLIT = /;\s+/g;
const AND_START = /^(?:and|or)\s+/;
const LAST_AND = /\s+and\s+(?!.*\s+and\s+)/;
const SERIES_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const MAX_SERIES_ITEM_WORDS = 15;
// A series whose number of items the text gives ("three proposals:") is told by that count: its items may be longer.
const MAX_COUNTED_ITEM_WORDS = 25;
const MIN_THAT_ITEMS = 3;
const MIN_THAT_ITEM_WORDS = 3;
const OXFORD_AND = /,\s+and\s+$/;
const LOWER_START = /^[a-z]/;
const SENTENCE_END = /[.!?:;"”]\s*$/;
const PAST = /^[a-z]+ed$/;
const CAPITALISED_WORD = /^[A-Z]/;
const REPORT_REACH = 8;

/** The items of a series "A, B, and C" (or "A; B; and C", whose items may hold commas) starting at `from`
 *  in `text`, as [start, end) pairs. */
function seriesItems(text: string, from: number): [number, number][] {
  const endAt = text.slice(from).search(SERIES_END);
  const end = endAt < 0 ? text.length : from + endAt;
  const items: [number, number][] = [];
  let at = from;
  const split = text.slice(from, end).includes(';') ? SEMICOLON_SPLIT : SERIES_SPLIT;
  for (const m of text.slice(from, end).matchAll(split)) {
    items.push([at, from + (m.index ?? 0)]);
    at = from + (m.index ?? 0) + m[0].length;
  }
  items.push([at, end]);
  // "and C": the last item's conjunction is not part of it.
  const last = items[items.length - 1];
  const and = AND_START.exec(text.slice(last[0], last[1]));
  if (and) last[0] += and[0].length;
  return items.filter(([s, e]) => e > s);
}

const wordsOf = (s: string) => (s.match(SERIES_WORD) ?? []).length;

// How far before a separator its counted noun may start: "suggested three areas for joint cooperation --".
const COUNT_REACH = 90;
// Room for the longest verb of a "proposed that" series before " that ".
const THAT_VERB_REACH = 16;
// A list noun stands among the last words before a separator ("three areas for joint cooperation --", "four
// proposals for the coming year:").
const LIST_NOUN_WORDS = 7;
const WORD_GAP = /[\s,]+/;

/** "suggested three areas -- A, B, and C --": a series whose count is announced; and "proposed that both
 *  countries A, B, and C": a series of at least three actions with a final ", and". The text is scanned for
 *  separators (":", "--", "namely") and for the "proposed that" verbs, which are rare, and only there are the
 *  patterns tried; a sentence gives at most one series. */
function seriesCandidates(doc: Doc, lex: SpeechLexicon): Candidate[] {
  const out: Candidate[] = [];
  const used = new Set<number>();
  const push = (s: Sentence, items: [number, number][]) => {
    used.add(s.index);
    items.forEach(([a, b], i) => out.push({ kind: 'series', ordinal: i + 1, markStart: s.start + a, bodyStart: s.start + a, bodyEnd: s.start + b }));
  };
  /** The series after a separator at [at, at + length), when a counted list noun comes before it. */
  const counted = (at: number, length: number): void => {
    // Cheap first: one of the last few words before the separator is a list noun ("three areas for cooperation:").
    const before = doc.text.slice(Math.max(0, at - COUNT_REACH), at);
    if (!before.split(WORD_GAP).slice(-LIST_NOUN_WORDS).some((w) => lex.listNouns.has(w.toLowerCase()))) return;
    const s = sentenceAt(doc, at);
    if (!s || used.has(s.index)) return;
    const count = lex.countedSeriesBefore.exec(doc.text.slice(Math.max(s.start, at - COUNT_REACH), at));
    if (!count) return;
    const text = doc.text.slice(s.start, s.end);
    const n = lex.countWords.get(count[1].toLowerCase()) ?? Number(count[1]);
    if (!lex.listVerb.test(text.slice(0, at - s.start - count[0].length))) return;
    const from = at + length - s.start;
    // ": first, …; second, …" is an inline list of ordinals, read as such.
    if (lex.ordinalAtStart.test(text.slice(from))) return;
    let items = seriesItems(text, from + (text.slice(from).length - text.slice(from).trimStart().length));
    // "A, B and C" without the final comma: the last "and" divides the last two.
    if (items.length === n - 1) {
      const [a, b] = items[items.length - 1];
      const split = LAST_AND.exec(text.slice(a, b));
      if (split?.index !== undefined) items = [...items.slice(0, -1), [a, a + split.index], [a + split.index + split[0].length, b]];
    }
    if (items.length === n && items.every(([a, b]) => wordsOf(text.slice(a, b)) <= MAX_COUNTED_ITEM_WORDS)) push(s, items);
  };
  /** The series of actions after "proposed that both countries", where " that " starts at `that`. */
  const actions = (that: number): void => {
    const verb = lex.thatSeriesVerbBefore.exec(doc.text.slice(Math.max(0, that - THAT_VERB_REACH), that));
    if (!verb) return;
    const i = that - verb[0].length;
    const at = lex.thatSeriesAt;
    at.lastIndex = i;
    const m = at.exec(doc.text);
    const s = m ? sentenceAt(doc, i) : undefined;
    if (!m || !s || used.has(s.index)) return;
    const text = doc.text.slice(s.start, s.end);
    const from = i + m[0].length - s.start;
    const items = seriesItems(text, from);
    const lastStart = items.at(-1)?.[0] ?? 0;
    const oxford = OXFORD_AND.test(text.slice(Math.max(from, lastStart - 8), lastStart));
    const fits = items.every(([a, b]) => {
      const w = wordsOf(text.slice(a, b));
      return w >= MIN_THAT_ITEM_WORDS && w <= MAX_SERIES_ITEM_WORDS && LOWER_START.test(text.slice(a, b));
    });
    if (items.length >= MIN_THAT_ITEMS && oxford && fits) push(s, items);
  };
  // One scan finds both kinds: a separator (":", "--", "namely") or a "that" after a verb's last letter.
  const trigger = lex.seriesTrigger;
  trigger.lastIndex = doc.bodyStart;
  for (let m = trigger.exec(doc.text); m; m = trigger.exec(doc.text)) {
    if (m[0].endsWith(' that ')) actions(m.index + 1);
    else counted(m.index, m[0].length);
  }
  trigger.lastIndex = 0;
  return out;
}

/** "1. Opening remarks", "4. Documents": a section heading of a readout, not an item. */
function isHeading(body: string): boolean {
  const words = body.trim().split(/\s+/);
  return words.length <= HEADING_WORDS && !SENTENCE_END.test(body.trim()) && !body.includes('\n');
}

/** "(1) The two leaders concurred to launch …", "(2) Prime Minister Ishiba stated that …": a readout
 *  paragraph that reports what was said or done (a subject, then a verb in the past tense). */
function isReport(body: string, lex: SpeechLexicon): boolean {
  const words = body.trim().split(/\s+/, REPORT_REACH).map((w) => w.replace(/[,.;:]+$/, ''));
  for (let i = 1; i < words.length; i++) {
    if (PAST.test(words[i])) return true;
    if (!CAPITALISED_WORD.test(words[i]) && !lex.reportSubjectWords.has(words[i])) return false;
  }
  return false;
}

/** The end of the first sentence that ends after `pos`. */
function sentenceEndAfter(doc: Doc, pos: number): number {
  const s = doc.sentences.find((x) => x.end > pos && x.end - pos > 1);
  return s ? s.end : pos;
}

/** "first" as an adverb after a modal ("will first"), or after an opening phrase's comma ("Under the plan, first,"). */
const FIRST_INSIDE = /\b(?:will|would|should|shall|must)\s+first\s+|^[^,;:]{3,60},\s*first,\s*/i;
// Speed: FIRST_INSIDE is tried at every character; the bare word, looked for first, is in few sentences.
const FIRST_WORD = /first/i;

function candidates(doc: Doc, lex: SpeechLexicon): Candidate[] {
  const out: Candidate[] = seriesCandidates(doc, lex);
  // The ordinal of a marker's word ("Secondly" → 2, "finally" → next) or number ("(2)" → 2).
  const ordinalOf = (m: RegExpExecArray | RegExpMatchArray) => {
    const w = m[1] ?? m[2] ?? m[3];
    return /^\d+$/.test(w) ? Number(w) : lex.ordinals.get(w.toLowerCase().replace(/\s+/g, ' '));
  };
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const m = lex.ordinalAtStart.exec(text);
    if (m) {
      const ordinal = ordinalOf(m);
      if (ordinal !== undefined) out.push({ kind: 'ordinal', ordinal, markStart: s.start, bodyStart: s.start + m[0].length, bodyEnd: s.end });
    }
    // "the two sides will first remove …", "Under the plan, first, …": a first item told inside its sentence, which
    // makes a list only with a "Second, …" sentence after it (a run needs two items).
    const adverb = m || !FIRST_WORD.test(text) ? null : FIRST_INSIDE.exec(text);
    if (adverb) out.push({ kind: 'ordinal', ordinal: 1, markStart: s.start + adverb.index, bodyStart: s.start + adverb.index + adverb[0].length, bodyEnd: s.end });
    // (An exec loop, not [...text.matchAll()]: matchAll copies the pattern, which at every sentence cost five
    // times the search.)
    const inline: RegExpExecArray[] = [];
    const inlineRe = lex.ordinalInline;
    inlineRe.lastIndex = 0;
    for (let im = inlineRe.exec(text); im; im = inlineRe.exec(text)) inline.push(im);
    // One ordinal after a colon opens a list that goes on in the next sentences ("the following: First, …").
    const afterColon = inline.length === 1 && inline[0][0].startsWith(':') ? inline[0] : null;
    if (afterColon?.index !== undefined) {
      const ordinal = ordinalOf(afterColon);
      const bodyStart = s.start + afterColon.index + afterColon[0].length;
      if (ordinal !== undefined) out.push({ kind: 'ordinal', ordinal, markStart: s.start + afterColon.index + 1, bodyStart, bodyEnd: s.end });
    }
    if (inline.length >= 2) {
      inline.forEach((im, i) => {
        const ordinal = ordinalOf(im);
        if (ordinal === undefined || im.index === undefined) return;
        const bodyStart = s.start + im.index + im[0].length;
        const nextMark = inline[i + 1]?.index;
        const clauseEnd = text.slice(bodyStart - s.start).search(/;/);
        const end = nextMark !== undefined ? s.start + nextMark : clauseEnd >= 0 ? bodyStart + clauseEnd : s.end;
        out.push({ kind: 'inline', ordinal, markStart: s.start + im.index, bodyStart, bodyEnd: end });
      });
    }
  }
  const markOf = (text: string) => (NUMBERED.exec(text)?.[0] ?? BULLET.exec(text)?.[0])?.replace(/\d+|\s+/g, '') ?? null;
  doc.paragraphs.forEach((p, pi) => {
    const text = doc.text.slice(p.start, p.end);
    const n = NUMBERED.exec(text);
    const b = n ? null : BULLET.exec(text);
    const m = n ?? b;
    if (!m) return;
    const bodyStart = p.start + m[0].length;
    const body = doc.text.slice(bodyStart, p.end);
    // A heading stands between prose or items of another style ("2. Bilateral relations" → "(1) …");
    // a list of short items has neighbours in its own style ("1. Political trust", "2. Trade").
    const sameStyle = (q: TextRange | undefined) => q !== undefined && markOf(doc.text.slice(q.start, q.end)) === markOf(text);
    const inList = sameStyle(doc.paragraphs[pi - 1]) || sameStyle(doc.paragraphs[pi + 1]);
    if ((isHeading(body) && !inList) || isReport(body, lex)) return;
    out.push({
      kind: n ? 'numbered' : 'bullet',
      ordinal: n ? Number(n[1]) : 'next',
      markStart: p.start,
      bodyStart,
      bodyEnd: Math.min(p.end, sentenceEndAfter(doc, bodyStart)),
    });
  });
  return out.sort((a, b) => a.markStart - b.markStart);
}

/** Runs of list items numbered 1, 2, 3 … of one kind; runs shorter than two items are dropped. */
export function findListRuns(doc: Doc, lex: SpeechLexicon): ListItem[][] {
  const runs: ListItem[][] = [];
  const open = new Map<ItemKind, ListItem[]>();
  const close = (kind: ItemKind) => {
    const run = open.get(kind);
    if (run && run.length >= 2) runs.push(run);
    open.delete(kind);
  };
  for (const c of candidates(doc, lex)) {
    const run = open.get(c.kind);
    const last = run ? run[run.length - 1].ordinal : 0;
    // Bullets are numbered by position; "Finally," continues an open list.
    const ordinal = c.ordinal === 'next' ? (run || c.kind === 'bullet' ? last + 1 : 0) : c.ordinal;
    if (ordinal === 1) {
      close(c.kind);
      open.set(c.kind, [{ ...c, ordinal }]);
    } else if (run && ordinal === last + 1) {
      run.push({ ...c, ordinal });
    }
  }
  for (const kind of [...open.keys()]) close(kind);
  return runs.sort((a, b) => a[0].markStart - b[0].markStart);
}
