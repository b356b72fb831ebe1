// Scores sentence-level PLOVER coding against a suite of sentences (scoring.md, last paragraph): the event
// type of the first record (accuracy, macro-F1 over the PLOVER types) and the ISO3 countries of its actor and
// recipient, per type.
import { readFileSync } from 'node:fs';
import type { PloverEvent } from '../core/types.ts';
import { createSentenceCoder, type SentenceCoder } from '../services/code.ts';

import { PLOVER_TYPES } from '../core/types.ts';

export { PLOVER_TYPES };

export interface SentenceCase {
  id: string;
  text: string;
  date: string | null;
  /** null: the sentence states no event (negated, hypothetical, no act between parties). */
  event: string | null;
  /** Other types a careful coder would also accept for the main event (the suite's optional "also"). */
  also: string[];
  actor: string[];
  recipient: string[];
}

export interface SentenceOutcome {
  case: SentenceCase;
  event: string | null;
  actor: string[];
  recipient: string[];
  typeOk: boolean;
  actorOk: boolean;
  recipientOk: boolean;
}

export interface TypeRow {
  type: string;
  /** Sentences whose expected type is this one. */
  n: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  actorCorrect: number;
  recipientCorrect: number;
}

export interface SentenceReport {
  file: string;
  outcomes: SentenceOutcome[];
  rows: TypeRow[];
  typeAccuracy: number;
  macroF1: number;
  /** Over sentences that state an event. */
  actorAccuracy: number;
  recipientAccuracy: number;
  problems: string[];
}

/** Reads a suite: JSONL, "#" comment lines allowed; broken lines are reported, not thrown. */
export function readSentenceSuite(file: string): { cases: SentenceCase[]; problems: string[] } {
  const cases: SentenceCase[] = [];
  const problems: string[] = [];
  const text = readFileSync(file, 'utf8');
  text.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) return;
    try {
      const x = JSON.parse(t) as Partial<SentenceCase>;
      if (typeof x.text !== 'string' || !Array.isArray(x.actor) || !Array.isArray(x.recipient)) throw new Error('needs "text", "actor" and "recipient"');
      const also = Array.isArray(x.also) ? x.also.map(String) : [];
      cases.push({ id: String(x.id ?? `line-${i + 1}`), text: x.text, date: x.date ?? null, event: x.event ?? null, also, actor: x.actor, recipient: x.recipient });
    } catch (err) {
      problems.push(`${file}: line ${i + 1}: ${(err as Error).message}`);
    }
  });
  return { cases, problems };
}

const sameCodes = (a: string[], b: string[]) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((c) => y.has(c));
};

export function scoreCase(c: SentenceCase, events: PloverEvent[]): SentenceOutcome {
  const first = events[0];
  const coded = first?.event[0] ?? null;
  // A type the suite also accepts counts as the expected one.
  const event = coded !== null && c.also.includes(coded) ? c.event : coded;
  const actor = first ? first.actor.map((e) => e.code) : [];
  const recipient = first ? first.recipient.map((e) => e.code) : [];
  return {
    case: c,
    event,
    actor,
    recipient,
    typeOk: event === c.event,
    actorOk: c.event !== null && sameCodes(actor, c.actor),
    recipientOk: c.event !== null && sameCodes(recipient, c.recipient),
  };
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function summarize(file: string, outcomes: SentenceOutcome[], problems: string[] = []): SentenceReport {
  const rows: TypeRow[] = PLOVER_TYPES.map((type) => {
    const mine = outcomes.filter((o) => o.case.event === type);
    const tp = mine.filter((o) => o.event === type).length;
    const fp = outcomes.filter((o) => o.event === type && o.case.event !== type).length;
    const fn = mine.length - tp;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : tp + fp + fn > 0 ? 0 : null;
    return {
      type, n: mine.length, tp, fp, fn, precision, recall, f1,
      actorCorrect: mine.filter((o) => o.actorOk).length,
      recipientCorrect: mine.filter((o) => o.recipientOk).length,
    };
  });
  const withEvent = outcomes.filter((o) => o.case.event !== null);
  const scored = rows.filter((r) => r.n > 0 && r.f1 !== null);
  return {
    file,
    outcomes,
    rows,
    typeAccuracy: ratio(outcomes.filter((o) => o.typeOk).length, outcomes.length) ?? 0,
    macroF1: scored.length ? scored.reduce((s, r) => s + (r.f1 ?? 0), 0) / scored.length : 0,
    actorAccuracy: ratio(withEvent.filter((o) => o.actorOk).length, withEvent.length) ?? 0,
    recipientAccuracy: ratio(withEvent.filter((o) => o.recipientOk).length, withEvent.length) ?? 0,
    problems,
  };
}

/** Codes every sentence of the suite and scores it. */
export function evalSentences(file: string, coder: SentenceCoder = createSentenceCoder()): SentenceReport {
  const { cases, problems } = readSentenceSuite(file);
  const outcomes = cases.map((c) => {
    try {
      return scoreCase(c, coder.code(c.text, c.date));
    } catch (err) {
      problems.push(`${c.id}: ${(err as Error).message}`);
      return scoreCase(c, []);
    }
  });
  return summarize(file, outcomes, problems);
}

const pct = (x: number | null) => (x === null ? '    -' : (x * 100).toFixed(1).padStart(5));

/** A per-type table, the totals and the sentences coded wrongly. */
export function formatSentenceReport(r: SentenceReport, showMisses = true): string {
  const lines = [
    `dyad eval --sentences: ${r.outcomes.length} sentence(s) from ${r.file}`,
    '',
    'type        n   type P  type R  type F1  actor  recipient',
    '---------  ---  ------  ------  -------  -----  ---------',
  ];
  for (const row of r.rows) {
    if (row.n === 0 && row.fp === 0) continue;
    const acc = (k: number) => (row.n ? pct(k / row.n) : '    -');
    lines.push(`${row.type.padEnd(9)}  ${String(row.n).padStart(3)}   ${pct(row.precision)}   ${pct(row.recall)}    ${pct(row.f1)}  ${acc(row.actorCorrect)}      ${acc(row.recipientCorrect)}`);
  }
  const none = r.outcomes.filter((o) => o.case.event === null);
  lines.push(`(no event) ${String(none.length).padStart(3)}   coded correctly as no event: ${none.filter((o) => o.typeOk).length}`);
  lines.push('');
  lines.push(`type accuracy ${pct(r.typeAccuracy)} %   macro-F1 ${pct(r.macroF1)} %   actor country ${pct(r.actorAccuracy)} %   recipient country ${pct(r.recipientAccuracy)} %`);
  if (showMisses) {
    const wrong = r.outcomes.filter((o) => !o.typeOk || (o.case.event !== null && (!o.actorOk || !o.recipientOk)));
    if (wrong.length) {
      lines.push('', 'Sentences coded wrongly (expected → got):');
      const fmt = (e: string | null, a: string[], b: string[]) => `${e ?? 'none'} ${a.join(',') || '-'} → ${b.join(',') || '-'}`;
      for (const o of wrong) lines.push(`  ${o.case.id}: ${fmt(o.case.event, o.case.actor, o.case.recipient)}  ⟶  ${fmt(o.event, o.actor, o.recipient)}   "${o.case.text}"`);
    }
  }
  for (const p of r.problems) lines.push(`problem: ${p}`);
  return lines.join('\n') + '\n';
}
