// Refiner for a weekday on its own ("on Monday", "here Wednesday"): news means the most recent
// such day on or before publication; chrono gives the nearest, which may be after it. With a word of
// the future in its clause ("will travel to Baghdad on Tuesday", "On Tuesday, he will travel") it means the coming such day.
import type { Refiner } from 'chrono-node';
import { futureAround } from './text-before.ts';

/** A weekday with one of these words is meant as stated ("next Friday", "this coming Monday"). */
const EXPLICIT = /\b(?:next|this|coming|upcoming|following)\b/i;
const DAY_MS = 86_400_000;

export const PAST_WEEKDAY_TAG = 'refiner/past-weekday';

/** `futureMarker`: matches a word of the future (data/dates/future-markers.txt). */
export function createPastWeekdayRefiner(futureMarker: RegExp): Refiner {
  return {
    refine(context, results) {
      const ref = context.reference.instant;
      const refDay = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
      for (const r of results) {
        const s = r.start;
        if (!s.isCertain('weekday') || s.isCertain('day') || EXPLICIT.test(r.text)) continue;
        const day = Date.UTC(s.get('year') ?? 0, (s.get('month') ?? 1) - 1, s.get('day') ?? 1);
        if (futureAround(context.text, r.index, r.index + r.text.length, futureMarker)) {
          // chrono's nearest day may be the last one: the coming one instead.
          if (day < refDay) {
            const ahead = new Date(day + 7 * DAY_MS);
            s.imply('year', ahead.getUTCFullYear());
            s.imply('month', ahead.getUTCMonth() + 1);
            s.imply('day', ahead.getUTCDate());
          }
          continue;
        }
        if (day <= refDay) continue;
        const back = new Date(day - 7 * DAY_MS);
        s.imply('year', back.getUTCFullYear());
        s.imply('month', back.getUTCMonth() + 1);
        s.imply('day', back.getUTCDate());
        r.addTag(PAST_WEEKDAY_TAG);
      }
      return results;
    },
  };
}
