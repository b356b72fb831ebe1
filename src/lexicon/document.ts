// Loads the news outlets (data/document/outlets.tsv) used to read bylines, datelines and sources.
import { dataPath, readTsv } from './files.ts';
import { escapeRegExp } from './regexp.ts';
import { fold } from './tokens.ts';

export interface Outlet {
  name: string;
  aliases: string[];
  country: string | null;
}

export interface DocumentLexicon {
  outlets: Outlet[];
  /** Folded, lower-cased name or alias → outlet. */
  outletByName: Map<string, Outlet>;
  /** Matches what may surround a date on a metadata line: labels, time zones, separators. */
  dateLineFiller: RegExp;
  /** Capitalised words that open a line like a dateline but are not places ("BREAKING:"). */
  notDatelines: Set<string>;
  /** Matches the start of a credit line ("Reporting by", "Edited by", "Copyright"). */
  creditLine: RegExp;
  /** "Reporter: Jane Doe" on its own line; group 1 is the name part. */
  bylineLabel: RegExp;
  /** A bracketed wire label opening a headline: "(LEAD) ", "(2nd LD) ". */
  titleLabel: RegExp;
}

export function outletKey(s: string): string {
  return fold(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function loadDocument(): DocumentLexicon {
  const outlets: Outlet[] = readTsv(dataPath('document', 'outlets.tsv')).map((r) => ({
    name: r.name,
    aliases: r.aliases ? r.aliases.split('|').map((a) => a.trim()).filter(Boolean) : [],
    country: r.country || null,
  }));
  const outletByName = new Map<string, Outlet>();
  for (const o of outlets) {
    for (const n of [o.name, ...o.aliases]) {
      const k = outletKey(n);
      if (outletByName.has(k) && outletByName.get(k) !== o) throw new Error(`outlets.tsv: "${n}" is listed twice`);
      outletByName.set(k, o);
    }
  }
  const words = readTsv(dataPath('document', 'header-words.tsv'));
  const byRole = (role: string) => words.filter((w) => w.role === role).map((w) => w.word);
  const alt = (list: string[]) => list.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // A metadata line is a date plus only these: "Updated: 2024-04-09 07:15 GMT+8 |".
  const dateLineFiller = new RegExp(
    `^(?:[\\s|,:;()\\-–—]|\\b(?:${alt(byRole('date-label'))})\\b|\\b(?:${alt(byRole('timezone'))})(?:[+\\-]\\d{1,2}(?::?\\d{2})?)?\\b)*$`,
    'i',
  );
  const creditLine = new RegExp(`^[([]?\\s*(?:${alt(byRole('credit'))})\\b`, 'i');
  const bylineLabel = new RegExp(`^(?:${alt(byRole('byline-label'))})\\s*:?\\s+(.{3,80})$`, 'i');
  const titleLabel = new RegExp(`^\\((?:\\d+(?:st|nd|rd|th)\\s+)?(?:${alt(byRole('title-label'))})\\)\\s+`, 'i');
  return { outlets, outletByName, dateLineFiller, notDatelines: new Set(byRole('not-dateline')), creditLine, bylineLabel, titleLabel };
}

/** The outlet named by `s` ("Xinhua", "(Xinhua)", "The Associated Press"), or undefined. */
export function findOutlet(lex: DocumentLexicon, s: string): Outlet | undefined {
  const k = outletKey(s.replace(/^[\s([]+|[\s)\]]+$/g, ''));
  return lex.outletByName.get(k) ?? lex.outletByName.get(k.replace(/^the /, ''));
}
