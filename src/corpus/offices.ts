// Office names compared across articles and the gazetteer: "Chinese President", "President of
// China" and "president" are one office of a Chinese person; "Vice President" is another.
import type { GeoLexicon } from '../lexicon/geo.ts';
import { tokenize } from '../lexicon/tokens.ts';

const COUNTRY_KINDS = new Set(['name', 'demonym', 'adjective']);
/** Words an acronym skips: "Communist Party of Vietnam" is CPV. */
const LINKS = new Set(['of', 'the', 'and', 'for', 'on', '&']);

const words = (s: string): string[] => s.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * Acronyms an office spells out: "Communist Party of Vietnam (CPV)" gives
 * "communist party of vietnam" → "cpv". The words before the parentheses whose initials make the
 * acronym are its long form.
 */
export function acronymsIn(office: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of office.matchAll(/([\p{L}\p{N}' -]+?)\s*\(([A-Z]{2,8})\)/gu)) {
    const before = m[1].trim().split(/\s+/);
    const short = m[2];
    for (let i = before.length - 1; i >= 0; i--) {
      const run = before.slice(i);
      const initials = run.filter((w) => !LINKS.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join('');
      if (initials === short && !LINKS.has(run[0].toLowerCase())) {
        out.set(run.join(' ').toLowerCase(), short.toLowerCase());
        break;
      }
      if (initials.length > short.length) break;
    }
  }
  return out;
}

/**
 * A comparison key: lower case, without parenthesised acronyms, a leading "the", a leading country
 * word ("Vietnamese …", "Vietnam's …") or a trailing "of (the) <country>" — the person's country is
 * known apart. Long forms in `acronyms` become their acronym, so "Communist Party of Vietnam" and
 * "CPV" agree.
 */
export function officeKey(office: string, geo: Pick<GeoLexicon, 'trie'>, acronyms: Map<string, string> = new Map()): string {
  const tokens = tokenize(office.replace(/\([^)]*\)/g, ' ')).filter((t) => /[\p{L}\p{N}]/u.test(t.text) || t.text === "'");
  const countries = geo.trie.scan(tokens).filter((m) => m.values.some((v) => COUNTRY_KINDS.has(v.kind)));
  let from = 0;
  let to = tokens.length;
  const lead = countries.find((m) => m.from === 0);
  if (lead && lead.to < tokens.length) {
    from = lead.to;
    if (tokens[from]?.text === "'" && tokens[from + 1]?.key.toLowerCase() === 's') from += 2;
  }
  const tail = countries.find((m) => m.to === tokens.length);
  if (tail && tail.from > from) {
    let cut = tail.from;
    if (cut - 1 > from && tokens[cut - 1].key.toLowerCase() === 'the') cut--;
    if (cut - 1 > from && tokens[cut - 1].key.toLowerCase() === 'of') to = cut - 1;
  }
  const list = tokens.slice(from, to).map((t) => t.key.toLowerCase());
  if (list[0] === 'the' && list.length > 1) list.shift();
  let key = ` ${list.join(' ').replace(/ ' s\b/g, "'s").replace(/ ' /g, "'")} `;
  for (const [long, short] of [...acronyms].sort((a, b) => b[0].length - a[0].length)) {
    key = key.replaceAll(` ${words(long).join(' ')} `, ` ${short} `);
  }
  return key.trim();
}

/** Whether an office key answers a query key: the same office, or the query is its short form ("general secretary"). */
export function officeMatches(key: string, query: string): boolean {
  return key === query || key.startsWith(`${query} of `);
}
