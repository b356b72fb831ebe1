// Turns an evaluation result into the per-field table and miss list that `dyad eval` prints, or JSON.
import { ACCURACY_FIELDS, SET_FIELDS, accuracyOf, summarize, type AccuracyField, type SetField } from './score.ts';
import type { EvalResult } from './run.ts';

export interface FieldRow {
  field: SetField | AccuracyField;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  accuracy: number | null;
  /** tp/fp/fn for set fields, correct/total for accuracy fields. */
  counts: Record<string, number>;
}

// Document fields first, then the entity lists, then the two event details, as an analyst reads a record.
const ROW_ORDER: (SetField | AccuracyField)[] = [
  'published', 'source', 'dateline', 'title', 'byline', 'people', 'events', 'direction', 'location', 'quotes', 'proposals', 'figures',
];

export function fieldRows(result: EvalResult): FieldRow[] {
  return ROW_ORDER.map((field): FieldRow => {
    if ((SET_FIELDS as readonly string[]).includes(field)) {
      const t = result.totals.sets[field as SetField];
      return { field, ...summarize(t), accuracy: null, counts: { ...t } };
    }
    const r = result.totals.accuracy[field as AccuracyField];
    return { field, precision: null, recall: null, f1: null, accuracy: accuracyOf(r), counts: { ...r } };
  });
}

const num = (x: number | null) => (x === null ? '-' : x.toFixed(3));

function countsText(row: FieldRow): string {
  const c = row.counts;
  return 'tp' in c ? `tp ${c.tp}  fp ${c.fp}  fn ${c.fn}` : `${c.correct}/${c.total}`;
}

const LABELS: Partial<Record<string, string>> = {
  direction: 'CONSULT direction',
  location: 'event location',
};

export function formatTable(result: EvalResult): string {
  const rows = fieldRows(result);
  const head = ['field', 'precision', 'recall', 'F1', 'accuracy', 'counts'];
  const body = rows.map((r) => [LABELS[r.field] ?? r.field, num(r.precision), num(r.recall), num(r.f1), num(r.accuracy), countsText(r)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function formatMisses(result: EvalResult): string {
  const out: string[] = [];
  for (const f of result.files) {
    if (f.misses.length === 0) continue;
    out.push(`${f.file}`);
    for (const m of f.misses) out.push(`  ${m.field.padEnd(9)} ${m.kind.padEnd(8)} ${m.text}`);
  }
  return out.length ? out.join('\n') : 'no misses';
}

export function formatReport(result: EvalResult): string {
  const parts = [
    `dyad eval: ${result.files.length} article(s) scored against ${result.goldDir}`,
    '',
    formatTable(result),
    '',
    'Misses (missed = gold not found, spurious = predicted without gold, wrong = detail differs)',
    formatMisses(result),
  ];
  return parts.join('\n') + '\n';
}

export function toJson(result: EvalResult): unknown {
  return {
    gold: result.goldDir,
    corpus: result.corpusDir,
    articles: result.files.length,
    fields: Object.fromEntries(fieldRows(result).map(({ field, ...rest }) => [field, rest])),
    files: result.files,
    problems: result.problems,
  };
}
