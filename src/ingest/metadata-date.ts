// Reads the publication dates web pages and feeds give in their metadata (ISO 8601, RFC 822).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function realDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar day a metadata date names, as written (the day in the writer's own time zone, not
 * converted to UTC), or null when the value is not a date.
 */
export function metadataDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(v);
  if (iso) return realDay(+iso[1], +iso[2], +iso[3]);
  // RFC 822 as in RSS: "Tue, 15 Apr 2025 08:23:00 +0800".
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})/.exec(v);
  if (rfc) {
    const m = MONTHS.indexOf(rfc[2].toLowerCase());
    if (m >= 0) return realDay(+rfc[3], m + 1, +rfc[1]);
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (compact) return realDay(+compact[1], +compact[2], +compact[3]);
  return null;
}

const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// A page's own date stamp in its text: "2024-07-03 01:12:40", "2024/07/03", "July 3, 2024", "3 Jul 2024".
const STAMPS: { re: RegExp; day: (m: RegExpExecArray) => string | null }[] = [
  { re: /(?<![\d.-])((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.]*\d)/, day: (m) => realDay(+m[1], +m[2], +m[3]) },
  { re: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`, 'i'), day: (m) => realDay(+m[3], MONTHS.indexOf(m[1].toLowerCase()) + 1, +m[2]) },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME},?\\s+((?:19|20)\\d\\d)\\b`, 'i'), day: (m) => realDay(+m[3], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]) },
];

/**
 * The first full date (day, month and year) written in a stretch of a page's text, such as the time
 * stamp next to a headline; null when there is none.
 */
export function textStampDay(text: string): string | null {
  let best: { at: number; day: string } | null = null;
  for (const { re, day } of STAMPS) {
    const m = re.exec(text);
    const d = m ? day(m) : null;
    if (m && d && (!best || m.index < best.at)) best = { at: m.index, day: d };
  }
  return best?.day ?? null;
}

/** The date in a page address ("/2024-07/03/", "/2024/07/03/", "/20240703/"), or null. */
export function urlDay(url: string | null): string | null {
  const m = url ? /\/((?:19|20)\d\d)[-/]?(\d\d)[-/]?(\d\d)(?=[/_.-]|$)/.exec(url.replace(/[?#].*$/, '')) : null;
  return m ? realDay(+m[1], +m[2], +m[3]) : null;
}
