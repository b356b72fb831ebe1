// What every record must satisfy whatever the input: offsets inside the text, finite numbers, real calendar dates.
import type { DyadRecord } from '../../src/core/types.ts';

/** A YYYY, YYYY-MM or YYYY-MM-DD value that names a day, month or year that exists. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Problems found in a record, as readable lines (empty when the record is sound). */
export function recordProblems(record: DyadRecord, text: string): string[] {
  const problems: string[] = [];
  const walk = (v: unknown, where: string): void => {
    if (typeof v === 'number' && !Number.isFinite(v)) problems.push(`${where}: ${v} is not a finite number`);
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${where}[${i}]`));
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      if (!(o.start >= 0 && o.start <= o.end && o.end <= text.length)) problems.push(`${where}: span ${o.start}-${o.end} outside the text (length ${text.length})`);
    }
    for (const [k, x] of Object.entries(o)) walk(x, `${where}.${k}`);
  };
  walk(record, 'record');
  const dates = [record.document.published, ...record.events.map((e) => e.date)];
  for (const d of dates) if (d !== null && d !== undefined && !isCalendarDate(d)) problems.push(`date "${d}" is not a calendar date`);
  return problems;
}
