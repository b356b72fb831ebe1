// Held-out PLOVER sentence set: codes every sentence with the `dyad code` coder and prints how well it generalises.
// Only loose floors are asserted (a collapsed coder fails); the numbers are reported, not tuned to (see README.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { PloverEvent } from '../../src/core/types.ts';
import { createSentenceCoder } from '../../src/services/code.ts';
import { formatSentenceReport, PLOVER_TYPES, scoreCase, summarize, type SentenceCase } from '../../src/eval/sentences.ts';

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout.jsonl');

interface HeldoutCase extends SentenceCase {
  event: string;
  mode: string | null;
  /** Other types a coder may return instead of `event` (a conviction with a prison term is also COERCE). */
  also: string[];
}

function readHeldout(): HeldoutCase[] {
  return readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line, i) => {
    const x = JSON.parse(line) as Partial<HeldoutCase>;
    if (typeof x.id !== 'string' || typeof x.text !== 'string' || typeof x.event !== 'string' || !Array.isArray(x.actor) || !Array.isArray(x.recipient)) {
      throw new Error(`${FILE}: line ${i + 1} needs id, text, event, actor[] and recipient[]`);
    }
    return { id: x.id, text: x.text, date: x.date ?? null, event: x.event, mode: x.mode ?? null, actor: x.actor, recipient: x.recipient, also: x.also ?? [] };
  });
}

const CODE = /^([A-Z]{3})$/;
const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)} %`);

test('held-out set: 15 sentences per PLOVER type, well-formed codes, unique ids', () => {
  const cases = readHeldout();
  assert.equal(new Set(cases.map((c) => c.id)).size, cases.length);
  for (const type of PLOVER_TYPES) assert.equal(cases.filter((c) => c.event === type).length, 15, type);
  for (const c of cases) {
    for (const code of [...c.actor, ...c.recipient]) assert.match(code, CODE, `${c.id}: "${code}" is not an ISO3 code or IGO`);
    assert.ok(c.actor.length > 0, `${c.id}: every main event has an actor`);
    assert.match(c.date ?? '', /^\d{4}-\d{2}-\d{2}$/, `${c.id}: publication date`);
  }
});

test('held-out set: coder generalisation report (loose floors only)', () => {
  const cases = readHeldout();
  const coder = createSentenceCoder();
  const problems: string[] = [];
  const started = performance.now();
  const coded = cases.map((c) => {
    let events: PloverEvent[] = [];
    try {
      events = coder.code(c.text, c.date);
    } catch (err) {
      problems.push(`${c.id}: ${(err as Error).message}`);
    }
    const got = events[0]?.event[0] ?? null;
    // An accepted alternative counts as the expected type.
    const expected = got !== null && c.also.includes(got) ? got : c.event;
    return { c, events, outcome: scoreCase({ ...c, event: expected }, events) };
  });
  const seconds = (performance.now() - started) / 1000;
  const report = summarize(path.relative(process.cwd(), FILE), coded.map((x) => x.outcome), problems);

  // Modes are scored only where the type is right and the manual gives the type a mode here.
  const modeCases = coded.filter((x) => x.outcome.typeOk && x.c.mode !== null);
  const modeOk = modeCases.filter((x) => x.events[0]?.mode.includes(x.c.mode!)).length;
  // Participants (actor ∪ recipient) forgive direction and the all-in-actor convention.
  const sameSet = (a: string[], b: string[]) => new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));
  const participantsOk = coded.filter((x) => sameSet([...x.outcome.actor, ...x.outcome.recipient], [...x.c.actor, ...x.c.recipient])).length;
  const noEvent = coded.filter((x) => x.events.length === 0).length;

  const lines = [
    formatSentenceReport(report, true).trimEnd(),
    '',
    'per-type accuracy (first record has the expected type):',
    ...report.rows.map((r) => `  ${r.type.padEnd(9)} ${String(r.tp).padStart(2)}/${r.n}  ${pct(r.tp, r.n)}`),
    `mode accuracy (type right, mode expected): ${modeOk}/${modeCases.length}  ${pct(modeOk, modeCases.length)}`,
    `participants (actor ∪ recipient) right: ${participantsOk}/${cases.length}  ${pct(participantsOk, cases.length)}`,
    `sentences with no event at all: ${noEvent}`,
    `coding speed: ${(cases.length / seconds).toFixed(0)} sentences/s (${cases.length} in ${seconds.toFixed(2)} s)`,
  ];
  console.log(lines.join('\n'));

  assert.deepEqual(problems, [], 'no sentence makes the coder throw');
  assert.ok(report.typeAccuracy >= 0.5, `type accuracy ${report.typeAccuracy.toFixed(3)} fell below the 0.5 floor`);
  assert.ok(report.macroF1 >= 0.4, `type macro-F1 ${report.macroF1.toFixed(3)} fell below the 0.4 floor`);
  assert.ok(report.actorAccuracy >= 0.4, `actor accuracy ${report.actorAccuracy.toFixed(3)} fell below the 0.4 floor`);
});
