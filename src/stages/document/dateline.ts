// Recognizes the dateline that opens a wire story: "HANOI, Dec. 13 (Xinhua) --", "MANILA (Reuters) -",
// "TOKYO —", "NEW DELHI:", "Hanoi, Dec. 13 (VNA) -", "WONSAN, July 12. /TASS/.", "ASTANA. KAZINFORM –",
// "New Delhi [India], July 12 (ANI):", "Baku, July 12, AZERTAC.".
import { findOutlet, type DocumentLexicon } from '../../lexicon/document.ts';
import { titleCase } from '../../lexicon/tokens.ts';
import { findHeaderDate } from './header-date.ts';
import { creditedOutlet } from './outlet.ts';

export interface Dateline {
  /** The place, in title case ("Hanoi"). */
  place: string;
  source: string | null;
  /** YYYY-MM-DD when the dateline writes a full date. */
  published: string | null;
  /** MM-DD when it writes a month and day ("Dec. 13" → "12-13"). */
  monthDay: string | null;
  /** Length of the dateline in the line, separator included. */
  length: number;
  rule: string;
}

const CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.\\-]*[\\p{Lu}.]";
const TITLE_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*";
// "Dec. 13", "JULY 12", "12th July", "July 12, 2024", "12 July 2024".
const MONTH = '(?:\\p{Lu}\\p{Ll}{2,8}|\\p{Lu}{3,9})\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
// A month written in lower case counts only between a day and a year ("DILI, 30 may 2023 (TATOLI)").
const LOWER_MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
// (Also ENA's "July 22/2025", and the day, month and year in figures: "17.05.2022".)
const DATE = `(?:(?:${MONTH}\\s+${DAY}|${DAY}\\s+${MONTH})(?:,?\\s*\\d{4}|/\\d{4})?|${DAY}\\s+${LOWER_MONTH}\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})`;
const REGION = "\\p{Lu}[\\p{L}.']+(?:\\s+\\p{Lu}[\\p{L}.']+){0,2}";
const DASH = '(?:--|—|–|-|:)';
// The outlet's credit: "(Xinhua)", and TASS's "/TASS/".
const CREDIT = '(?:\\(([^()]{2,40})\\)|/([^/\\s][^/]{0,28})/)';
// Module constants (see lexicon/tokens.ts): an outlet credit not in the list must look like a name.
const OUTLET_LIKE = /^\p{Lu}[\p{L}. ]+$/u;
const NOT_LETTER = /[^\p{L}]/gu;
const PLACE_DOT_OUTLET = /^(.+?)\.\s+(.+)$/u;
const FINAL_DOT = /(^|\s)([^\s.]+)\.$/u;

// Capitals: "HANOI, Dec. 13 (Xinhua) --", "MANILA, Philippines —", "TOKYO (AP) —", "NEW DELHI:", "LIMA/SANTIAGO (AP) —",
// "WONSAN, July 12. /TASS/.", "MOSCOW. July 12 (Interfax) -", "ASTANA. KAZINFORM –".
// "BRASILIA/BUENOS AIRES, Nov 18 (Reuters) -": a story filed from two places; the first is the dateline.
// Up to five words: "ON BOARD AIR FORCE ONE (Reuters) -", "ABOARD THE PRESIDENTIAL PLANE, Sept 3 (AA) -".
// (A long dash may touch the story's first word: "DILI, 30 may 2023 (TATOLI)—The".)
const CAPS_DATELINE = new RegExp(
  `^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,4})(?:/${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})?(?:,\\s*(${REGION}))?(?:,?\\s+(${DATE}))?\\.?\\s*(?:${CREDIT}\\.?\\s*(${DASH})?|(${DASH}))(?:\\s+|(?<=[—–])(?=\\p{Lu}))(?=\\S)`,
  'u',
);
// A listed outlet written bare after a capitals place and its date, then a colon or a dash: Trend's
// "BAKU, Azerbaijan, Aug. 14. Trend:". Tried only where CAPS_DATELINE found no credit or dash.
const CAPS_BARE_OUTLET = new RegExp(
  `^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})(?:,\\s*(${REGION}))?(?:,?\\s+(${DATE}))?\\.?\\s+(\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+){0,2})\\s*(?::|--|—|–|-)\\s+(?=\\S)`,
  'u',
);
// A dateline on a line of its own: "NEW DELHI".
const CAPS_LINE = new RegExp(`^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}):?$`, 'u');
// A wire dateline on a line of its own, the story below it: "MUSCAT, FEB 11 (ONA)".
const CAPS_WIRE_LINE = new RegExp(`^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,4})(?:,\\s*(${REGION}))?(?:,?\\s+(${DATE}))?\\.?\\s*${CREDIT}\\.?$`, 'u');
// A known place in title case alone on a header line ("Kathmandu", "Istanbul"): the caller checks it is a city.
const TITLE_LINE = new RegExp(`^(${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2})$`, 'u');
// A known place and its country on a line of their own, the story below: "Suva, Fiji", "Nuku'alofa, Tonga".
const PLACE_REGION_LINE = new RegExp(`^(${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2}),\\s+(${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2})$`, 'u');
// A known place and the day on a line of their own, the story below: "Vienna, July 10", "NAIROBI, 12 March".
const PLACE_DATE_LINE = new RegExp(`^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}|${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2}),\\s+(${DATE})$`, 'u');
// The small words inside a place's name: "Santiago de Chile", "Dar es Salaam", "Ciudad del Este".
const PLACE_PARTICLE = '(?:de|del|da|do|dos|es|el|al|la|le)';
// Title case needs a listed outlet to be sure it is a dateline, and a dash unless a date comes first:
// "Hanoi, Oct. 8 (VNA) -", "Jakarta (ANTARA) -", "New Delhi [India], July 12 (ANI):", "Beijing, China (CNN) —",
// "Havana, Jul 12 (Prensa Latina) The", "Santiago de Chile, Jun 10 (Prensa Latina) The".
const MIXED_DATELINE = new RegExp(
  `^(${TITLE_WORD}(?:\\s+(?:${PLACE_PARTICLE}\\s+)?${TITLE_WORD}){0,2})(?:\\s*\\[[^\\]]{2,30}\\]|,\\s+${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2}(?=\\s*\\())?(?:,\\s+(${DATE}))?\\s*\\(([^()]{2,40})\\)\\.?\\s*(${DASH})?\\s+(?=\\S)`,
  'u',
);
// Title case, a date and an outlet between slashes, Kabar's "Bishkek, October 12, 2023 / Kabar /. The …": only where the
// caller knows the place or lists the outlet.
const MIXED_SLASH_DATELINE = new RegExp(`^(${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2}),\\s+(${DATE})\\s*/\\s*([^/]{2,30}?)\\s*/\\.?\\s*(?:${DASH}\\s+)?(?=\\p{Lu})`, 'u');
// A listed outlet written bare after the place and date: "Baku, July 12, AZERTAC.", "Riyadh, July 12, 2024, SPA --",
// "YEREVAN, JULY 12, ARMENPRESS.", "Tehran, IRNA -".
const BARE_OUTLET_DATELINE = new RegExp(
  `^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}|${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2})(?:,\\s+(${DATE}))?,\\s+(\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+){0,2})\\s*(?:(?:${DASH}|\\.)\\s+(?=\\S)|\\.?$)`,
  'u',
);

// A place written in capitals only ("DUSHANBE"), and a dateline that ends in a dash: what an outlet no list knows needs.
const CAPS_ONLY = new RegExp(`^${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}$`, 'u');
const ENDS_IN_DASH = /(?:--|—|–|-)\s+$/u;

// A listed outlet written bare between the place and a long dash: "Tokyo CNN —", "Seoul, South Korea CNN —".
const PLACE_OUTLET_DASH = new RegExp(
  `^(${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2})(?:,\\s+${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2})?\\s+(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})\\s+(?:—|–|--)\\s+(?=\\S)`,
  'u',
);
// The outlet after a capitals dateline's dash, then a full stop: "MOSCOW, February 11 - RIA Novosti. The …".
const OUTLET_AFTER_DASH = /^(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})\.\s+/u;

// "Dar es Salaam. Tanzania yesterday lifted …": a known place in title case (small particles inside) and a full stop,
// East African papers' dateline. Only where the caller knows the place.
// (Also with a dash after the stop, the Latin American papers' style: "Santo Domingo.- President Abinader …".)
const PLACE_DOT_DATELINE = new RegExp(`^(${TITLE_WORD}(?:\\s+(?:${TITLE_WORD}|es|el|al|de|da|do|dos|la|le))*)\\.[-–]?\\s+(?=\\p{Lu})`, 'u');

// A known place in title case with its country or region (in title case or capitals) and a spaced dash: "Doha, Qatar –",
// "Nairobi, Kenya -", "Apia, SAMOA –",
// alone before a dash: "Geneva — ", MAP's "Rabat - ", or with a date: "Rabat, May 22 - ". Only where the caller knows
// the place.
const PLACE_DASH_DATELINE = new RegExp(
  `^(${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2})(?:,\\s+(?:${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2}|${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,2})\\s+(?:--|—|–|-)|,\\s+(${DATE})\\s+(?:--|—|–|-)|\\s+(?:—|–|-)|:(?=\\s+\\p{Lu}))\\s+(?=\\S)`,
  'u',
);
// A known place in capitals, its region and a date, then a full stop: Trend's "BAKU, Azerbaijan, April 15. The …".
const CAPS_DATE_DOT = new RegExp(`^(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})(?:,\\s*${REGION})?,?\\s+(${DATE})\\.\\s+(?=\\p{Lu})`, 'u');

// The date first, then the place in capitals in brackets: Sudan Tribune's "March 4, 2025 (PORT SUDAN) –".
// "TEMPO.CO, Belém - ": an outlet, a comma, a place in title case or capitals, a dash.
const OUTLET_PLACE_DATELINE = new RegExp(`^(\\p{Lu}[\\p{L}.&'\\-]*(?:\\s+\\p{Lu}[\\p{L}.&'\\-]*){0,3}),\\s+(${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2}|${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,2})\\s*(?:--|—|–|-)\\s+(?=\\S)`, 'u');
// The outlet's credit first, then the place in capitals and the day: ANSA's "(ANSAmed) - ROME, 14 SEP - The …".
const CREDIT_PLACE_DATELINE = new RegExp(`^\\(([^()]{2,40})\\)\\s*(?:--|—|–|-)\\s*(${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})(?:,\\s+(${DATE}))?\\s*(?:--|—|–|-)\\s+(?=\\S)`, 'u');
const DATE_PLACE_DATELINE = new RegExp(`^(${DATE})\\s+\\((${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})\\)\\s*(?:${DASH})\\s+(?=\\S)`, 'u');

const fullDate = (date: string | undefined) => (date ? findHeaderDate(date)?.date ?? null : null);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY = /(\p{L}{3})\p{L}*\.?\s+(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3})/u;

/** "Dec. 13" → "12-13", "12th July" → "07-12"; null when the text names no month. */
function monthDay(date: string | undefined): string | null {
  const m = date ? MONTH_DAY.exec(date) : null;
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? m[4]).toLowerCase()) + 1;
  return month ? `${String(month).padStart(2, '0')}-${(m[2] ?? m[3]).padStart(2, '0')}` : null;
}

/** "MOSCOW." → "Moscow", but "WASHINGTON D.C." keeps its dots. */
function placeName(caps: string): string {
  return titleCase(caps.replace(FINAL_DOT, '$1$2'));
}

/** The dateline opening `line`; `isPlace` lets a title-case place without an outlet count ("Doha, Qatar –"). */
export function findDateline(line: string, lex: DocumentLexicon, isPlace?: (name: string) => boolean): Dateline | null {
  let m = CAPS_DATELINE.exec(line);
  // ("TEMPO.CO, Belém -": an outlet in capitals is no place; OUTLET_PLACE_DATELINE reads it below.)
  if (m && findOutlet(lex, m[1])) m = null;
  if (m) {
    const [all, capsPlace, , date, bracketText, slashText, dashAfterOutlet, dashAlone] = m;
    let place = capsPlace;
    let outletText = bracketText ?? slashText;
    const dash = dashAfterOutlet ?? dashAlone;
    // "ASTANA. KAZINFORM –": a listed outlet after the place's full stop; "ST. PETERSBURG" stays whole.
    const dot = PLACE_DOT_OUTLET.exec(place);
    if (dot && !outletText && findOutlet(lex, dot[2])) {
      place = dot[1];
      outletText = dot[2];
    }
    if (lex.notDatelines.has(place) || place.replace(NOT_LETTER, '').length < 2 || findOutlet(lex, place)) return null;
    // Without a dash the outlet in brackets is what marks it: "NEW DELHI, Feb 25 (PTI) India and …"; an outlet no list
    // knows between slashes after a date is marked enough ("YEREVAN, July 10. /ARKA/. The …").
    if (!dash && !(outletText && (findOutlet(lex, outletText) || (slashText && date)))) return null;
    // "US-CHINA: …" is a headline label, not a place: a colon opening needs a plain place name.
    if (dash === ':' && !date && !outletText && /[-.]/.test(place)) return null;
    const outlet = outletText ? creditedOutlet(lex, outletText) : undefined;
    if (outletText && !outlet && !OUTLET_LIKE.test(outletText)) return null;
    const after = outletText ? null : OUTLET_AFTER_DASH.exec(line.slice(all.length));
    const named = after ? creditedOutlet(lex, after[1]) : undefined;
    return {
      place: placeName(place),
      source: outlet ?? named ?? outletText?.trim() ?? null,
      published: fullDate(date),
      monthDay: monthDay(date),
      length: all.length + (named && after ? after[0].length : 0),
      rule: 'document.dateline-caps',
    };
  }
  m = CAPS_BARE_OUTLET.exec(line);
  if (m) {
    const [all, place, , date, outletText] = m;
    const outlet = creditedOutlet(lex, outletText);
    if (outlet && !lex.notDatelines.has(place) && !findOutlet(lex, place)) {
      return { place: placeName(place), source: outlet, published: fullDate(date), monthDay: monthDay(date), length: all.length, rule: 'document.dateline-caps' };
    }
  }
  m = MIXED_DATELINE.exec(line);
  if (m) {
    const [all, place, date, outletText, dash] = m;
    const outlet = creditedOutlet(lex, outletText);
    if (!outlet || (!dash && !date)) return null;
    return { place, source: outlet, published: fullDate(date), monthDay: monthDay(date), length: all.length, rule: 'document.dateline-mixed' };
  }
  m = MIXED_SLASH_DATELINE.exec(line);
  if (m) {
    const [all, place, date, outletText] = m;
    const outlet = creditedOutlet(lex, outletText);
    if ((outlet || isPlace?.(place)) && fullDate(date) && OUTLET_LIKE.test(outletText) && !lex.notDatelines.has(place)) {
      return { place, source: outlet ?? outletText, published: fullDate(date), monthDay: monthDay(date), length: all.length, rule: 'document.dateline-mixed' };
    }
  }
  m = BARE_OUTLET_DATELINE.exec(line);
  if (m) {
    const [all, place, date, outletText] = m;
    const outlet = creditedOutlet(lex, outletText);
    if (outlet && !lex.notDatelines.has(place) && !findOutlet(lex, place)) return { place: placeName(place), source: outlet, published: fullDate(date), monthDay: monthDay(date), length: all.length, rule: 'document.dateline-outlet' };
    // ("DUSHANBE, September 24, 2024, Asia-Plus —": an outlet not listed, after a known place in capitals, a full date
    // and before a dash.)
    if (!outlet && date && fullDate(date) && CAPS_ONLY.test(place) && ENDS_IN_DASH.test(all) && isPlace?.(placeName(place)) && !lex.notDatelines.has(place)) {
      return { place: placeName(place), source: outletText, published: fullDate(date), monthDay: monthDay(date), length: all.length, rule: 'document.dateline-outlet' };
    }
  }
  m = PLACE_OUTLET_DASH.exec(line);
  if (m) {
    const outlet = creditedOutlet(lex, m[2]);
    if (outlet && !findOutlet(lex, m[1])) return { place: m[1], source: outlet, published: null, monthDay: null, length: m[0].length, rule: 'document.dateline-outlet' };
  }
  // "TEMPO.CO, Belém - …": a listed outlet first, then the place it files from.
  m = OUTLET_PLACE_DATELINE.exec(line);
  if (m) {
    const outlet = creditedOutlet(lex, m[1]);
    const place = placeName(m[2]);
    if (outlet && !findOutlet(lex, m[2]) && !lex.notDatelines.has(m[2]) && (!isPlace || isPlace(place))) return { place, source: outlet, published: null, monthDay: null, length: m[0].length, rule: 'document.dateline-outlet' };
  }
  m = CREDIT_PLACE_DATELINE.exec(line);
  if (m && OUTLET_LIKE.test(m[1]) && !findOutlet(lex, m[2]) && !lex.notDatelines.has(m[2]) && (findOutlet(lex, m[1]) || isPlace?.(placeName(m[2])))) {
    return { place: placeName(m[2]), source: creditedOutlet(lex, m[1]) ?? m[1], published: fullDate(m[3]), monthDay: monthDay(m[3]), length: m[0].length, rule: 'document.dateline-credit-place' };
  }
  m = DATE_PLACE_DATELINE.exec(line);
  if (m && fullDate(m[1]) && !findOutlet(lex, m[2]) && !lex.notDatelines.has(m[2])) {
    return { place: placeName(m[2]), source: null, published: fullDate(m[1]), monthDay: monthDay(m[1]), length: m[0].length, rule: 'document.dateline-date-place' };
  }
  m = isPlace ? CAPS_DATE_DOT.exec(line) : null;
  if (m && isPlace?.(placeName(m[1])) && !lex.notDatelines.has(m[1])) {
    return { place: placeName(m[1]), source: null, published: fullDate(m[2]), monthDay: monthDay(m[2]), length: m[0].length, rule: 'document.dateline-place' };
  }
  m = isPlace ? PLACE_DASH_DATELINE.exec(line) ?? PLACE_DOT_DATELINE.exec(line) : null;
  if (m && isPlace?.(m[1])) {
    const date = m[2];
    return { place: m[1], source: null, published: fullDate(date), monthDay: monthDay(date), length: m[0].length, rule: 'document.dateline-place' };
  }
  return null;
}

/** A line that is only a place in capitals ("NEW DELHI"), when `isPlace` knows the name. */
export function findDatelineLine(line: string, lex: DocumentLexicon, isPlace: (name: string) => boolean): Dateline | null {
  const wire = CAPS_WIRE_LINE.exec(line);
  const credit = wire ? wire[4] ?? wire[5] : undefined;
  if (wire && credit && findOutlet(lex, credit) && !lex.notDatelines.has(wire[1]) && !findOutlet(lex, wire[1])) {
    return { place: placeName(wire[1]), source: creditedOutlet(lex, credit) ?? null, published: fullDate(wire[3]), monthDay: monthDay(wire[3]), length: line.length, rule: 'document.dateline-line' };
  }
  const region = PLACE_REGION_LINE.exec(line);
  if (region && !lex.notDatelines.has(region[1]) && isPlace(region[1])) {
    return { place: region[1], source: null, published: null, monthDay: null, length: line.length, rule: 'document.dateline-line' };
  }
  const dated = PLACE_DATE_LINE.exec(line);
  const m = dated ?? CAPS_LINE.exec(line) ?? TITLE_LINE.exec(line);
  if (!m || lex.notDatelines.has(m[1])) return null;
  const place = titleCase(m[1]);
  const date = dated?.[2];
  return isPlace(place) ? { place, source: null, published: fullDate(date), monthDay: monthDay(date), length: line.length, rule: 'document.dateline-line' } : null;
}
