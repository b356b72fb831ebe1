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
