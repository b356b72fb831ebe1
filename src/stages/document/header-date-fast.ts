// The common forms of a header date line read without chrono: "Published: April 8, 2024", "Thursday, 05 October
// 2023 15:06 WIB", "2024-04-08 14:02:00", "08.04.2024", "Posted Thu 21 Mar 2021 at 9:02am, updated Thu 28 Mar 2021
// at 10:30am". Speed: chrono's parse was about 40 % of the document stage, and most date lines take one of these
// forms. A line read here gives exactly what chrono gives (header-date-fast.test.ts compares the two, form by form);
// a line in any other form, or with any number out of range, gets undefined and goes to chrono.
import type { HeaderDate } from './header-date.ts';

// A label chrono reads no date in, and the space, colon or dash after it: "Updated: ", "updated - ".
const LABEL_TEXT = '(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast updated|[Ff]irst published)(?: - |:? )';
const LABEL = new RegExp(LABEL_TEXT, 'y');
// A stamp ends at the end of the line or where ", ", " | " or " " and the next stamp's label follow.
const BETWEEN = / \| |,? /y;
const STAMP_END = `(?=$|(?: \\| |,? )${LABEL_TEXT})`;
// chrono joins a weekday written before the date to it ("Thursday, October 17, 2015").
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun),? )?';
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?)';
// and a time written after it, with a zone it knows: " 10:30", " at 9:02am", " 15:06:00 WIB".
const ZONE = '(?: (?:UTC|GMT|IST|WIB|PHT|SGT|HKT|JST|KST|EST|EDT|CET|CEST|BST|MSK|EAT|SAST))?';
const CLOCK = `(?: (?:at )?(\\d{1,2}):(\\d\\d)(?::(\\d\\d))?(?: ?(am|pm|AM|PM))?${ZONE})?${STAMP_END}`;
// Each form reads one stamp after its label: the date's groups, then the clock's (hour, minute, second, am/pm).
const MONTH_DAY_YEAR = new RegExp(`${WEEKDAY}${MONTH} (\\d{1,2}), (\\d{4})${CLOCK}`, 'y');
const DAY_MONTH_YEAR = new RegExp(`${WEEKDAY}(\\d{1,2}) ${MONTH} (\\d{4})${CLOCK}`, 'y');
const ISO = new RegExp(`(\\d{4})-(\\d\\d)-(\\d\\d)(?:T(\\d\\d):(\\d\\d)(?::(\\d\\d))?(?:Z|[+-]\\d\\d:?\\d\\d)?${STAMP_END}|${CLOCK})`, 'y');
// Read day first, as header-date rewrites it for chrono (only a year 19xx or 20xx is rewritten).
const DAY_FIRST = new RegExp(`(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d\\d)${CLOCK}`, 'y');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day in 1900–2099 (the years header-date keeps and takes for a written year), as YYYY-MM-DD; else null. */
function calendarDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Whether a clock chrono takes as a time (groups hour, minute, second, am/pm; all absent when there is none). */
function validClock(h: string | undefined, min: string | undefined, sec: string | undefined, ampm: string | undefined): boolean {
  if (h === undefined) return true;
  const hour = +h;
  return (ampm ? hour >= 1 && hour <= 12 : hour <= 23) && +min! <= 59 && (sec === undefined || +sec <= 59);
}

/**
 * What findHeaderDates gives for `s` when the line is only date stamps in common forms, each but the first after
 * its label ("Posted …, updated …"); undefined when chrono must read it.
 */
export function readCommonHeaderDate(s: string): HeaderDate[] | undefined {
  const out: HeaderDate[] = [];
  let pos = at(LABEL, s, 0) ? LABEL.lastIndex : 0;
  for (;;) {
    const stamp = readStamp(s, pos);
    if (!stamp) return undefined;
    out.push({ date: stamp.date, index: pos, text: s.slice(pos, stamp.end) });
    if (stamp.end === s.length) return out;
    // A stamp ends only where a separator and a label follow (STAMP_END).
    if (!at(BETWEEN, s, stamp.end) || !at(LABEL, s, BETWEEN.lastIndex)) return undefined;
    pos = LABEL.lastIndex;
  }
}

/** The date of the stamp at `index` and where the stamp ends, or null when chrono must read it. */
function readStamp(s: string, index: number): { date: string; end: number } | null {
  let date: string | null = null;
  let m: RegExpExecArray | null;
  if ((m = at(MONTH_DAY_YEAR, s, index))) {
    date = validClock(m[4], m[5], m[6], m[7]) ? calendarDate(+m[3], monthNumber(m[1]), +m[2]) : null;
  } else if ((m = at(DAY_MONTH_YEAR, s, index))) {
    date = validClock(m[4], m[5], m[6], m[7]) ? calendarDate(+m[3], monthNumber(m[2]), +m[1]) : null;
  } else if ((m = at(ISO, s, index))) {
    const clockOk = m[4] !== undefined ? validClock(m[4], m[5], m[6], undefined) : validClock(m[7], m[8], m[9], m[10]);
    date = clockOk ? calendarDate(+m[1], +m[2], +m[3]) : null;
  } else if ((m = at(DAY_FIRST, s, index))) {
    date = validClock(m[5], m[6], m[7], m[8]) ? calendarDate(+m[4], +m[3], +m[1]) : null;
  }
  return date && m ? { date, end: index + m[0].length } : null;
}

function at(re: RegExp, s: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(s);
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
