// Plain-text tables and CSV for the corpus commands' --format table|csv.

export interface Column<T> {
  label: string;
  value: (row: T) => string | number | null | undefined;
  /** Right-aligned (numbers). */
  right?: boolean;
  /** Longest cell before it is cut with "…" (tables only). */
  max?: number;
}

const cell = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

function cut(s: string, max: number | undefined): string {
  const one = s.replace(/\s+/g, ' ');
  return max && one.length > max ? one.slice(0, max - 1) + '…' : one;
}

/** Columns padded to their widest cell, a rule under the header. */
export function formatTable<T>(columns: Column<T>[], rows: T[]): string {
  const cells = rows.map((r) => columns.map((c) => cut(cell(c.value(r)), c.max)));
  const widths = columns.map((c, i) => Math.max(c.label.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) => values.map((v, i) => (columns[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(columns.map((c) => c.label)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function csvLine(values: (string | number | null | undefined)[]): string {
  return values.map((v) => {
    const s = cell(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',') + '\r\n';
}

export function formatCsv<T>(columns: Column<T>[], rows: T[]): string {
  return csvLine(columns.map((c) => c.label)) + rows.map((r) => csvLine(columns.map((c) => c.value(r)))).join('');
}
