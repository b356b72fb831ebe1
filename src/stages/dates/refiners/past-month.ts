// Refiner for a month, or a month and day, without a year ("in December", "on March 13"): news means
// the most recent such month not after publication, while chrono picks the nearest one, which may lie
// ahead. A day is read ahead only when it falls within FUTURE_DAYS of publication ("talks on Dec. 5"
// in a story of Nov. 27 are to come; "signed on March 13" in that story was signed last March).
import type { Refiner } from 'chrono-node';
import { textBefore } from './text-before.ts';

export const PAST_MONTH_TAG = 'refiner/past-month';

/** How far ahead a day without a year may lie and still be read as to come. */
export const FUTURE_DAYS = 60;
const DAY_MS = 86_400_000;
/** "last" right before a month ("last January"); the quick reader uses it too. */
export const LAST_BEFORE = /\blast\s+$/i;

export function createPastMonthRefiner(): Refiner {
  return {
    refine(context, results) {
      const ref = context.reference.instant;
      const refYear = ref.getUTCFullYear();
      const refMonth = ref.getUTCMonth() + 1;
      for (const r of results) {
        const s = r.start;
        if (!s.isCertain('month') || s.isCertain('year')) continue;
        const month = s.get('month') ?? 1;
        let year = month <= refMonth ? refYear : refYear - 1;
        // "last January" in a story of January is a year before (the month itself would be "this January").
        if (!s.isCertain('day') && month === refMonth && LAST_BEFORE.test(textBefore(context.text, r.index))) year -= 1;
        if (s.isCertain('day')) {
          const ahead = (Date.UTC(year + 1, month - 1, s.get('day') ?? 1) - ref.getTime()) / DAY_MS;
          if (ahead >= 0 && ahead <= FUTURE_DAYS) year += 1;
        }
        if (s.get('year') !== year) r.addTag(PAST_MONTH_TAG);
        s.imply('year', year);
      }
      return results;
    },
  };
}
