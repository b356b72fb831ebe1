// Loads the news outlets (data/document/outlets.tsv) used to read bylines, datelines and sources.
import { dataPath, readTsv } from './files.ts';
import { escapeRegExp } from './regexp.ts';
import { fold } from './tokens.ts';

export interface Outlet {
  name: string;
  aliases: string[];
  country: string | null;
  /** Its own web address ("dawn.com"), also a way credits write it ("DAWN.COM"). */
  site: string | null;
  /** False for a name that is also an ordinary phrase ("The National"): read in credits only, not as an organisation in prose. */
  inProse: boolean;
  /** Aliases written with a leading "~" in outlets.tsv: forms that are also ordinary words ("Trend"), read in
   *  credits and datelines only, never in prose. Also in `aliases`. */
  creditOnly: string[];
  /** Its pages write dates in figures month first ("01/05/2025" = 5 January): data/document/month-first.tsv. */
  monthFirst: boolean;
}

export interface DocumentLexicon {
  outlets: Outlet[];
  /** Folded, lower-cased name or alias → outlet. */
  outletByName: Map<string, Outlet>;
  /** Matches what may surround a date on a metadata line: labels, times, time zones, separators. */
  dateLineFiller: RegExp;
  /** A label before a publication date ("Published", "Posted"); global, for finding each one. */
  dateLabel: RegExp;
  /** A label before a revision date ("Updated", "Last modified"); global. */
  updateLabel: RegExp;
  /** Text ending with a newsroom job ("Pacific affairs reporter", "India Correspondent"), case-insensitive. */
  job: RegExp;
  /** Folded bylines that sign no person ("staff reporter", "web desk"). */
  noAuthor: Set<string>;
  /** Lower-cased words of a desk or body signing a closing "…, Place" line ("Press Office"). */
  deskWords: Set<string>;
  /** A credit line's closing words ("… contributed to this report."). */
  creditTail: RegExp;
  /** A wire story's closing mark alone on a line ("(END)", "-30-"). */
  endMark: RegExp;
  /** Words that show a short capitalised line is a page section or a body, not a signature ("Middle East"). */
  notSignature: Set<string>;
  /** Capitalised words that open a line like a dateline but are not places ("BREAKING:"). */
  notDatelines: Set<string>;
  /** Matches the start of a credit line ("Reporting by", "Edited by", "Copyright"). */
  creditLine: RegExp;
  /** "Reporter: Jane Doe" on its own line; group 1 is the name part. */
  bylineLabel: RegExp;
  /** A bracketed wire label opening a headline: "(LEAD) ", "(2nd LD) ". */
  titleLabel: RegExp;
  /** A date label alone on its line ("Published", "Updated:"), its date on the next line. */
  labelLine: RegExp;
  /** Page furniture naming the site's outlet ("Why you can trust SCMP"); group 1 is the outlet's words. */
  siteNotices: RegExp[];
  /** Matches a line that any of `siteNotices` may match: one test before trying each (speed). */
  anySiteNotice: RegExp;
  /** Outlets other outlets' stories quote ("told Reuters"), by outletKey: a body's "told X" does not name the story's own. */
  quotedOutlets: Set<string>;
}

/** "Support {outlet} journalism" → /^Support\s+(.{2,50}?)(?:['’]s?)?\s+journalism.*$/i: the outlet in group 1. */
function noticePattern(template: string): RegExp {
  const [before, after] = template.split('{outlet}').map((part) => part.trim().split(/\s+/).filter(Boolean).map(escapeRegExp).join('\\s+'));
  const head = before ? `^${before}\\s+` : '^';
  const tail = after ? `\\s+${after}.*$` : '[.!]?$';
  return new RegExp(`${head}(.{2,50}?)(?:['’]s?)?${tail}`, 'iu');
}

export function outletKey(s: string): string {
  return fold(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function loadDocument(): DocumentLexicon {
  const outlets: Outlet[] = readTsv(dataPath('document', 'outlets.tsv')).map((r) => ({
    name: r.name,
    aliases: r.aliases ? r.aliases.split('|').map((a) => a.trim().replace(/^~/, '')).filter(Boolean) : [],
    country: r.country || null,
    site: r.site || null,
    inProse: r.prose !== 'no',
    creditOnly: r.aliases ? r.aliases.split('|').map((a) => a.trim()).filter((a) => a.startsWith('~')).map((a) => a.slice(1)) : [],
    monthFirst: false,
  }));
  // "01/05/2025" month first in these outlets' pages (data/document/month-first.tsv).
  const monthFirst = readTsv(dataPath('document', 'month-first.tsv'));
  const monthFirstCountries = new Set(monthFirst.filter((r) => r.kind === 'country').map((r) => r.value));
  const monthFirstNames = new Set(monthFirst.filter((r) => r.kind === 'outlet').map((r) => r.value));
  for (const o of outlets) o.monthFirst = monthFirstNames.has(o.name) || (o.country !== null && monthFirstCountries.has(o.country));
  for (const name of monthFirstNames) if (!outlets.some((o) => o.name === name)) throw new Error(`month-first.tsv: "${name}" is not in outlets.tsv`);
  const outletByName = new Map<string, Outlet>();
  for (const o of outlets) {
    for (const n of [o.name, ...o.aliases, ...(o.site ? [o.site] : [])]) {
      const k = outletKey(n);
      if (outletByName.has(k) && outletByName.get(k) !== o) throw new Error(`outlets.tsv: "${n}" is listed twice`);
      outletByName.set(k, o);
    }
  }
  const words = readTsv(dataPath('document', 'header-words.tsv'));
  const byRole = (role: string) => words.filter((w) => w.role === role).map((w) => w.word);
  const alt = (list: string[]) => list.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const labels = alt([...byRole('date-label'), ...byRole('update-label')]);
  // A metadata line is a date plus only these: "Updated: 2024-04-09 07:15 GMT+8 |", "Updated 2 hours ago".
  const time = '\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?';
  const age = `(?:an?|\\d{1,3})\\s+(?:${alt(byRole('age-unit'))})s?\\s+ago`;
  // "2 min read", "4 minute read": the reading time some pages print beside the stamp.
  const readTime = '\\d{1,3}[-\\s]+min(?:ute)?s?\\s+read';
  // A zone's offset left alone when the date parser took the zone's name with the time ("GMT+700").
  const offset = '[+\\-]\\s?\\d{1,2}(?::?\\d{2})?(?!\\d)';
  // "News ID: 85421907": the story's number beside its stamp.
  const storyId = `(?:${alt(byRole('id-label'))})\\s*:?\\s*\\d+`;
  // "September 19, 2025, Friday // 11:20": the day of the week after the date.
  const weekday = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
  // "at 5:20 am (Paris time)", "(local time)": a zone named in words, in brackets.
  const namedZone = '\\((?:[^()\\d\\s]+\\s){1,2}time\\)';
  // (A full stop among the separators: "17.05.2022." ends with one.)
  const dateLineFiller = new RegExp(
    `^(?:[\\s|,.:;()[\\]/\\-–—•●·@]|\\b(?:${labels})\\b|\\b${weekday}\\b|\\b${time}|\\b${age}\\b|\\b${readTime}\\b|\\b${storyId}\\b|${offset}|${namedZone}|\\b(?:${alt(byRole('timezone'))})(?:[+\\-]\\d{1,2}(?::?\\d{2})?)?\\b)*$`,
    'i',
  );
  const dateLabel = new RegExp(`\\b(?:${alt(byRole('date-label'))})\\b`, 'gi');
  const updateLabel = new RegExp(`\\b(?:${alt(byRole('update-label'))})\\b`, 'gi');
  const job = new RegExp(`(?:^|\\s)(?:${alt(byRole('job'))})s?$`, 'i');
  const creditTail = new RegExp(`\\b(?:${alt(byRole('credit-tail'))})\\.?$`, 'i');
  const endMark = new RegExp(`^[([]?\\s*(?:${alt(byRole('end-mark'))})\\s*[)\\]]?$`);
  const creditLine = new RegExp(`^[([]?\\s*(?:${alt(byRole('credit'))})\\b`, 'i');
  const bylineLabel = new RegExp(`^(?:${alt(byRole('byline-label'))})\\s*:?\\s+(.{3,80})$`, 'i');
  const titleLabel = new RegExp(`^\\((?:\\d+(?:st|nd|rd|th)\\s+)?(?:${alt(byRole('title-label'))})\\)\\s+`, 'i');
  const labelLine = new RegExp(`^(?:${labels})\\s*:?$`, 'i');
  const siteNotices = byRole('site-notice').map(noticePattern);
  return {
    labelLine,
    siteNotices,
    anySiteNotice: new RegExp(siteNotices.map((re) => `(?:${re.source})`).join('|'), 'iu'),
    outlets, outletByName, dateLineFiller, dateLabel, updateLabel, job, creditTail, endMark,
    noAuthor: new Set(byRole('no-author').map(outletKey)),
    deskWords: new Set(byRole('desk-word').map((w) => w.toLowerCase())),
    notSignature: new Set(byRole('not-signature')),
    notDatelines: new Set(byRole('not-dateline')), creditLine, bylineLabel, titleLabel,
    quotedOutlets: new Set(byRole('quoted-outlet').map(outletKey)),
  };
}

/** The outlet named by `s` ("Xinhua", "(Xinhua)", "The Associated Press", "www.dawn.com"), or undefined. */
export function findOutlet(lex: DocumentLexicon, s: string): Outlet | undefined {
  const k = outletKey(s.replace(/^[\s([/]+|[\s)\]/]+$/g, '').replace(/^(?:https?:\/\/)?www\./i, ''));
  return lex.outletByName.get(k) ?? lex.outletByName.get(k.replace(/^the /, ''));
}
