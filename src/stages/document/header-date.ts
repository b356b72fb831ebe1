// Finds a full publication date (year, month and day all written) in a header line.
import * as chrono from 'chrono-node';

export interface HeaderDate {
  /** YYYY-MM-DD as written; no time-zone conversion. */
  date: string;
  index: number;
  text: string;
}

const REF = new Date(Date.UTC(2000, 0, 1));
const pad = (n: number) => String(n).padStart(2, '0');

/** Every date in `s` whose year, month and day are all stated. */
export function findHeaderDates(s: string): HeaderDate[] {
  const out: HeaderDate[] = [];
  for (const r of chrono.strict.parse(s, REF, { forwardDate: false })) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const y = c.get('year');
    const m = c.get('month');
    const d = c.get('day');
    if (y === null || m === null || d === null || y < 1900 || y > 2100) continue;
    out.push({ date: `${y}-${pad(m)}-${pad(d)}`, index: r.index, text: r.text });
  }
  return out;
}

/** The first date in `s` whose year, month and day are all stated, or null. */
export function findHeaderDate(s: string): HeaderDate | null {
  return findHeaderDates(s)[0] ?? null;
}
