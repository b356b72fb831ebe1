// Scores one extracted record against its gold annotation, exactly as ../shared/spec/scoring.md says.
// Pure: no I/O; the name folder (with its honorifics) is passed in.
import type { DyadRecord, EventEntity, Figure, Person, PloverEvent, Proposal, Quote } from '../core/types.ts';
import { foldText, foldUnit, jaccard, tokenSet, type NameFolder } from './fold.ts';
import type { Gold, GoldEvent } from './gold.ts';
import { matchOneToOne } from './match.ts';

export const SET_FIELDS = ['people', 'events', 'quotes', 'proposals', 'figures'] as const;
// title and byline are dyad's own rows beside scoring.md's (published, source, dateline): same text after folding.
export const ACCURACY_FIELDS = ['published', 'source', 'dateline', 'title', 'byline', 'direction', 'location'] as const;
export type SetField = (typeof SET_FIELDS)[number];
export type AccuracyField = (typeof ACCURACY_FIELDS)[number];

/** True positives, false positives, false negatives of one field. */
export interface Tally { tp: number; fp: number; fn: number }
export interface Ratio { correct: number; total: number }

export interface Miss {
  field: SetField | AccuracyField;
  /** missed = gold not found; spurious = prediction with no gold; wrong = matched but a detail differs. */
  kind: 'missed' | 'spurious' | 'wrong';
  text: string;
}

export interface FileScore {
  file: string;
  sets: Record<SetField, Tally>;
  accuracy: Record<AccuracyField, Ratio>;
  misses: Miss[];
}

export interface ScoreOptions {
  foldName: NameFolder;
  /** Folds document.source; by default as text (see createSourceFolder for outlet forms). */
  foldSource?: (s: string) => string;
}

/** Thresholds from scoring.md. */
export const QUOTE_MIN_JACCARD = 0.8;
export const PROPOSAL_MIN_JACCARD = 0.5;
export const EVENT_MIN_JACCARD = 0.5;
export const FIGURE_MAX_RELATIVE_ERROR = 0.005;
/** Predicted events of these types count against precision even when no gold event matches them. */
export const PRECISION_EVENT_TYPES = new Set(['CONSULT', 'SUPPORT', 'AGREE']);

/** An annotated list section of a gold file. */
type GoldList<K extends 'people' | 'quotes' | 'proposals' | 'figures'> = NonNullable<Gold[K]>;

const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const emptyRatio = (): Ratio => ({ correct: 0, total: 0 });
const emptyAccuracy = () => Object.fromEntries(ACCURACY_FIELDS.map((f) => [f, emptyRatio()])) as Record<AccuracyField, Ratio>;
/** Authors in any separator: "Jane Doe and John Roe" = "Jane Doe, John Roe". */
export const foldByline = (s: string) => foldText(s).split(' ').filter((w) => w !== 'and').join(' ');

export function scoreRecord(gold: Gold, record: DyadRecord, file: string, options: ScoreOptions): FileScore {
  const score: FileScore = {
    file,
    sets: { people: emptyTally(), events: emptyTally(), quotes: emptyTally(), proposals: emptyTally(), figures: emptyTally() },
    accuracy: emptyAccuracy(),
    misses: [],
  };
  const names = new NameIndex(record.people, options.foldName);
  scoreDocument(gold, record, score, options.foldSource ?? foldText);
  // A section the gold file leaves out is not annotated: it is not scored (its counts stay 0, shown as "-").
  if (gold.people) scorePeople(gold.people, record.people, names, score);
  if (gold.events) scoreEvents(gold.events, record.events, names, score);
  if (gold.quotes) scoreQuotes(gold.quotes, record.quotes, names, score);
  if (gold.proposals) scoreProposals(gold.proposals, record.proposals, names, score);
  if (gold.figures) scoreFigures(gold.figures, record.figures, score);
  return score;
}

/** Folded names a predicted name stands for: itself plus the aliases of the record's person of that name. */
class NameIndex {
  private readonly byName = new Map<string, Set<string>>();
  constructor(people: Person[], readonly fold: NameFolder) {
    for (const p of people) {
      const key = fold(p.name);
      const set = this.byName.get(key) ?? new Set([key]);
      for (const a of p.aliases ?? []) set.add(fold(a));
      this.byName.set(key, set);
    }
  }
  namesOf(name: string | null | undefined): Set<string> {
    if (!name) return new Set();
    const key = this.fold(name);
    return this.byName.get(key) ?? new Set([key]);
  }
}

function scoreDocument(gold: Gold, record: DyadRecord, score: FileScore, foldSource: (s: string) => string): void {
  const check = (field: 'published' | 'source' | 'dateline' | 'title' | 'byline', want: string | null, got: string | null | undefined, fold: (s: string) => string) => {
    const ok = (want === null ? null : fold(want)) === (got == null ? null : fold(got));
    score.accuracy[field].total++;
    if (ok) score.accuracy[field].correct++;
    else score.misses.push({ field, kind: 'wrong', text: `gold ${want ?? 'null'}, got ${got ?? 'null'}` });
  };
  check('published', gold.document.published, record.document.published, (s) => s);
  check('source', gold.document.source, record.document.source, foldSource);
  check('dateline', gold.document.dateline, record.document.dateline, foldText);
  check('title', gold.document.title, record.document.title, foldText);
  check('byline', gold.document.byline, record.document.byline, foldByline);
}

function tallyMatching(tally: Tally, pairs: number, unmatchedGold: number, unmatchedPred: number): void {
  tally.tp += pairs;
  tally.fn += unmatchedGold;
  tally.fp += unmatchedPred;
}

function scorePeople(goldPeople: GoldList<'people'>, people: Person[], names: NameIndex, score: FileScore): void {
  const m = matchOneToOne(goldPeople, people, (g, p) => {
    if ((g.country ?? null) !== (p.country ?? null)) return null;
    const want = names.fold(g.name);
    if (names.fold(p.name) === want) return 1;
    return (p.aliases ?? []).some((a) => names.fold(a) === want) ? 0.9 : null;
  });
  tallyMatching(score.sets.people, m.pairs.length, m.unmatchedGold.length, m.unmatchedPred.length);
  for (const i of m.unmatchedGold) score.misses.push({ field: 'people', kind: 'missed', text: `${goldPeople[i].name} (${goldPeople[i].country ?? '?'})` });
  for (const i of m.unmatchedPred) score.misses.push({ field: 'people', kind: 'spurious', text: `${people[i].name} (${people[i].country ?? '?'})` });
}

// ---- events ----

const isCountryCode = (s: string) => /^[A-Z]{3}$/.test(s.trim());

/** A gold event's participants as elements "p:<folded person>" or "c:<ISO3>". */
function goldElements(list: string[], names: NameIndex): Set<string> {
  return new Set(list.map((s) => (isCountryCode(s) ? `c:${s.trim()}` : `p:${names.fold(s)}`)));
}

/**
 * A predicted entity counts as its person if the gold event names that person, else as its
 * country code if the gold names that country, else as itself (an element that matches nothing).
 */
function predElement(e: EventEntity, goldAll: Set<string>, names: NameIndex): string {
  for (const n of names.namesOf(e.identifier_text)) if (goldAll.has(`p:${n}`)) return `p:${n}`;
  const code = (e.code ?? '').toUpperCase();
  if (code && goldAll.has(`c:${code}`)) return `c:${code}`;
  return e.identifier_text ? `x:${names.fold(e.identifier_text)}` : `c:${code}`;
}

function predElements(list: EventEntity[], goldAll: Set<string>, names: NameIndex): Set<string> {
  return new Set(list.map((e) => predElement(e, goldAll, names)));
}

/** A gold date at its own precision matches any predicted date within it ("2024-03" ~ "2024-03-17"). */
export function dateMatches(goldDate: string, predDate: string | null): boolean {
  return predDate !== null && predDate.length >= goldDate.length && predDate.slice(0, goldDate.length) === goldDate;
}

/** Whether a predicted event is one that precision counts even when it matches no gold event. */
export function countsForPrecision(e: PloverEvent): boolean {
  const named = [...e.actor, ...e.recipient].some((x) => Boolean(x.code || x.identifier_text));
  return e.event.some((t) => PRECISION_EVENT_TYPES.has(t.toUpperCase())) && Boolean(e.date) && named;
}

function scoreEvents(goldEvents: GoldEvent[], events: PloverEvent[], names: NameIndex, score: FileScore): void {
  const goldSets = goldEvents.map((g) => goldElements([...g.actor, ...g.recipient], names));
  const m = matchOneToOne(goldEvents, events, (g, p, gi) => {
    const types = new Set(g.event.map((t) => t.toUpperCase()));
    if (!p.event.some((t) => types.has(t.toUpperCase()))) return null;
    if (!dateMatches(g.date, p.date)) return null;
    const overlap = jaccard(goldSets[gi], predElements([...p.actor, ...p.recipient], goldSets[gi], names));
    if (overlap < EVENT_MIN_JACCARD) return null;
    // A prediction at the gold's own precision is the better partner when several match.
    return overlap + (p.date?.length === g.date.length ? 0.01 : 0);
  });
  // Precision's denominator: every predicted CONSULT/SUPPORT/AGREE with a date and a named
  // participant, plus any other predicted event that matched gold (so precision never exceeds 1).
  const spurious = m.unmatchedPred.filter((i) => countsForPrecision(events[i]));
  tallyMatching(score.sets.events, m.pairs.length, m.unmatchedGold.length, spurious.length);
  for (const i of m.unmatchedGold) score.misses.push({ field: 'events', kind: 'missed', text: describeGoldEvent(goldEvents[i]) });
  for (const i of spurious) score.misses.push({ field: 'events', kind: 'spurious', text: describePredEvent(events[i]) });

  for (const [gi, pi] of m.pairs) {
    const g = goldEvents[gi];
    const p = events[pi];
    if (g.event.includes('CONSULT') && g.mode.includes('visit')) {
      const want = goldElements(g.actor, names);
      const got = predElements(p.actor, goldSets[gi], names);
      const ok = [...want].every((x) => got.has(x));
      score.accuracy.direction.total++;
      if (ok) score.accuracy.direction.correct++;
      else score.misses.push({ field: 'direction', kind: 'wrong', text: `${describeGoldEvent(g)}; got ${describePredEvent(p)}` });
    }
    if (g.location) {
      const ok = locationMatches(g.location, p.event_loc?.name ?? null);
      score.accuracy.location.total++;
      if (ok) score.accuracy.location.correct++;
      else score.misses.push({ field: 'location', kind: 'wrong', text: `${describeGoldEvent(g)}; got ${p.event_loc?.name ?? 'no location'}` });
    }
  }
}

/** Same place after folding, or one name containing the other (Guangxi ~ Guangxi Zhuang Autonomous Region). */
export function locationMatches(goldLoc: string, predLoc: string | null): boolean {
  if (!predLoc) return false;
  const g = foldText(goldLoc);
  const p = foldText(predLoc);
  if (!g || !p) return false;
  return g === p || ` ${g} `.includes(` ${p} `) || ` ${p} `.includes(` ${g} `);
}

function describeGoldEvent(g: GoldEvent): string {
  const mode = g.mode.length ? `/${g.mode.join(',')}` : '';
  const where = g.location ? ` in ${g.location}` : '';
  return `${g.event.join('|')}${mode} ${g.date} ${g.actor.join(', ') || '-'} → ${g.recipient.join(', ') || '-'}${where}`;
}

function describePredEvent(p: PloverEvent): string {
  const who = (l: EventEntity[]) => l.map((e) => e.identifier_text || e.code).join(', ') || '-';
  const mode = p.mode.length ? `/${p.mode.join(',')}` : '';
  const where = p.event_loc ? ` in ${p.event_loc.name}` : '';
  return `${p.event.join('|')}${mode} ${p.date ?? '????'} ${who(p.actor)} → ${who(p.recipient)}${where}`;
}

// ---- quotes, proposals, figures ----

function speakerMatches(goldSpeaker: string | null, predSpeaker: string | null, names: NameIndex): boolean {
  if (goldSpeaker === null || predSpeaker === null) return goldSpeaker === predSpeaker;
  return names.namesOf(predSpeaker).has(names.fold(goldSpeaker));
}

const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function scoreQuotes(goldQuotes: GoldList<'quotes'>, quotes: Quote[], names: NameIndex, score: FileScore): void {
  const m = matchOneToOne(goldQuotes, quotes, (g, p) => {
    if (!speakerMatches(g.speaker, p.speaker, names)) return null;
    const overlap = jaccard(tokenSet(g.text), tokenSet(p.text));
    return overlap >= QUOTE_MIN_JACCARD ? overlap : null;
  });
  tallyMatching(score.sets.quotes, m.pairs.length, m.unmatchedGold.length, m.unmatchedPred.length);
  for (const i of m.unmatchedGold) score.misses.push({ field: 'quotes', kind: 'missed', text: `${goldQuotes[i].speaker ?? '?'}: “${short(goldQuotes[i].text)}”` });
  for (const i of m.unmatchedPred) score.misses.push({ field: 'quotes', kind: 'spurious', text: `${quotes[i].speaker ?? '?'}: “${short(quotes[i].text)}”` });
}

function scoreProposals(goldProposals: GoldList<'proposals'>, proposals: Proposal[], names: NameIndex, score: FileScore): void {
  const m = matchOneToOne(goldProposals, proposals, (g, p) => {
    if (g.ordinal !== p.ordinal || !speakerMatches(g.speaker, p.speaker, names)) return null;
    const overlap = jaccard(tokenSet(g.text), tokenSet(p.text));
    return overlap >= PROPOSAL_MIN_JACCARD ? overlap : null;
  });
  tallyMatching(score.sets.proposals, m.pairs.length, m.unmatchedGold.length, m.unmatchedPred.length);
  const describe = (x: { speaker: string | null; ordinal: number; text: string }) => `${x.speaker ?? '?'} #${x.ordinal}: ${short(x.text)}`;
  for (const i of m.unmatchedGold) score.misses.push({ field: 'proposals', kind: 'missed', text: describe(goldProposals[i]) });
  for (const i of m.unmatchedPred) score.misses.push({ field: 'proposals', kind: 'spurious', text: describe(proposals[i]) });
}

/** A gold period matches a predicted one at the same or finer precision, or the other way round ("2024" ~ "2024-05"). */
export function periodMatches(goldPeriod: string | null, predPeriod: string | null): boolean {
  if (goldPeriod === null) return true;
  if (predPeriod === null) return false;
  const [a, b] = goldPeriod.length <= predPeriod.length ? [goldPeriod, predPeriod] : [predPeriod, goldPeriod];
  return b === a || b.startsWith(`${a}-`);
}

function relativeError(goldValue: number, predValue: number): number {
  if (goldValue === 0) return predValue === 0 ? 0 : Infinity;
  return Math.abs(predValue - goldValue) / Math.abs(goldValue);
}

function scoreFigures(goldFigures: GoldList<'figures'>, figures: Figure[], score: FileScore): void {
  const m = matchOneToOne(goldFigures, figures, (g, p) => {
    if (foldUnit(g.unit) !== foldUnit(p.unit ?? '')) return null;
    const err = relativeError(g.value, p.value);
    if (!(err <= FIGURE_MAX_RELATIVE_ERROR)) return null;
    return periodMatches(g.period, p.period ?? null) ? 1 - err : null;
  });
  tallyMatching(score.sets.figures, m.pairs.length, m.unmatchedGold.length, m.unmatchedPred.length);
  const describe = (x: { measure: string; value: number; unit: string; period: string | null }) =>
    `${x.value} ${x.unit}${x.period ? ` (${x.period})` : ''} ${short(x.measure, 50)}`;
  for (const i of m.unmatchedGold) score.misses.push({ field: 'figures', kind: 'missed', text: describe(goldFigures[i]) });
  for (const i of m.unmatchedPred) score.misses.push({ field: 'figures', kind: 'spurious', text: describe(figures[i]) });
}

// ---- totals ----

export interface FieldSummary {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Precision, recall and F1; null where the count they divide by is zero. */
export function summarize(t: Tally): FieldSummary {
  const precision = t.tp + t.fp === 0 ? null : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? null : t.tp / (t.tp + t.fn);
  const f1 = t.tp + t.fp + t.fn === 0 ? null : (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
  return { precision, recall, f1 };
}

export function accuracyOf(r: Ratio): number | null {
  return r.total === 0 ? null : r.correct / r.total;
}

export interface Totals {
  sets: Record<SetField, Tally>;
  accuracy: Record<AccuracyField, Ratio>;
}

/** Micro-averaged totals over files: counts are added, then ratios are taken. */
export function sumScores(files: FileScore[]): Totals {
  const totals: Totals = {
    sets: { people: emptyTally(), events: emptyTally(), quotes: emptyTally(), proposals: emptyTally(), figures: emptyTally() },
    accuracy: emptyAccuracy(),
  };
  for (const f of files) {
    for (const k of SET_FIELDS) {
      totals.sets[k].tp += f.sets[k].tp;
      totals.sets[k].fp += f.sets[k].fp;
      totals.sets[k].fn += f.sets[k].fn;
    }
    for (const k of ACCURACY_FIELDS) {
      totals.accuracy[k].correct += f.accuracy[k].correct;
      totals.accuracy[k].total += f.accuracy[k].total;
    }
  }
  return totals;
}
