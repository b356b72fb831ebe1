// Where a generic body's country comes from: "Vietnam's Foreign Ministry", "the Chinese Embassy",
// "Ministry of Foreign Affairs of Japan"; and the country named inside an unlisted body's name.
import type { Doc } from '../../core/doc.ts';
import type { CountryMention } from '../../core/types.ts';
import type { Token } from '../../lexicon/tokens.ts';

/** A country named right before token `from` ("Chinese", "Vietnam's"). */
export function countryBefore(tokens: Token[], from: number, byEnd: Map<number, CountryMention>): string | null {
  const prev = tokens[from - 1];
  if (!prev) return null;
  const direct = byEnd.get(prev.end);
  if (direct) return direct.code;
  // "Vietnam's Foreign Ministry": skip the possessive.
  if (prev.text === 's' && /^['’]$/.test(tokens[from - 2]?.text ?? '')) return byEnd.get(tokens[from - 2].start)?.code ?? null;
  return null;
}

/** "of Vietnam" or "of the Philippines" right after token `to`. */
export function countryAfter(tokens: Token[], to: number, byStart: Map<number, CountryMention>): string | null {
  if (tokens[to]?.text !== 'of') return null;
  const at = tokens[to + 1]?.text === 'the' ? to + 2 : to + 1;
  const m = tokens[at] ? byStart.get(tokens[at].start) : undefined;
  return m && m.kind === 'name' ? m.code : null;
}

const SUBJECT_AFTER = /^\s+([A-Za-z]+)/;
const SUBJECT_LIST = /^,(?:\s+(?:\p{Lu}[\p{L}'-]*|and)|,)*\s+(\p{Lu}\p{L}*)$/u;

/** The one country named inside [start, end) by a country or place mention; null when none or several.
 *  A country that is the body's subject ("Center for Japanese Studies", `subjects`) does not count. */
export function countryInside(doc: Doc, start: number, end: number, subjects?: Map<string, string>): string | null {
  const codes = new Set<string>();
  for (const m of doc.countryMentions) {
    if (m.start < start || m.end > end) continue;
    const next = SUBJECT_AFTER.exec(doc.text.slice(m.end, m.end + 40))?.[1];
    if (next && subjects?.get(next) === 'noun') continue;
    // "Institute of Russian, Eastern European and Central Asian Studies": one of a list of subjects before the noun.
    const list = SUBJECT_LIST.exec(doc.text.slice(m.end, end))?.[1];
    if (list && subjects?.get(list) === 'noun') continue;
    codes.add(m.code);
  }
  if (codes.size === 0) for (const p of doc.placeMentions) if (p.start >= start && p.end <= end && p.country) codes.add(p.country);
  return codes.size === 1 ? [...codes][0] : null;
}
