// "Published on 06-10-2021" is 6 October or 10 June. When no dateline and no outlet's house style settles it, the
// body's own dates without a year ("on June 3", "4 June") do: a story tells of the days just before it was
// published, so each votes for the reading it falls closer before, within WINDOW_DAYS.
import { MONTHS } from '../../lexicon/dates.ts';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
// "June 3" or "3 June"; a year after it ("June 3, 2019") makes it no date of the story's weeks.
const BODY_DATE = new RegExp(`\\b(?:${MONTH} (\\d{1,2})|(\\d{1,2}) ${MONTH})\\b(?!,? \\d{4})`, 'g');
/** How far before publication a body date may fall and still count for a reading. */
const WINDOW_DAYS = 45;
const DAY_MS = 86_400_000;

/** Days from the month and day (0-based month) back to the reading's date, the latest such day on or before it. */
function daysBefore(reading: string, month: number, day: number): number {
  const [y, m, d] = reading.split('-').map(Number);
  const at = Date.UTC(y, m - 1, d);
  let then = Date.UTC(y, month, day);
  if (then > at) then = Date.UTC(y - 1, month, day);
  return (at - then) / DAY_MS;
}

/** Of two readings (YYYY-MM-DD) of one date in figures, the one more of the body's dates fall closest before,
 *  within WINDOW_DAYS; null when they count the same. */
export function readingByBodyDates(body: string, readings: [string, string]): string | null {
  const counts = [0, 0];
  for (const m of body.matchAll(BODY_DATE)) {
    const month = MONTHS.indexOf((m[1] ?? m[4]).toLowerCase());
    const day = +(m[2] ?? m[3]);
    if (day < 1 || day > 31) continue;
    const [a, b] = readings.map((r) => daysBefore(r, month, day));
    if (Math.min(a, b) <= WINDOW_DAYS && a !== b) counts[a < b ? 0 : 1]++;
  }
  if (counts[0] === counts[1]) return null;
  return counts[0] > counts[1] ? readings[0] : readings[1];
}
