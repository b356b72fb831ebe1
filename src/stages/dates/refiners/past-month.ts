// Refiner for a month without a year ("in December"): news means the most recent such month
// not after publication, while chrono picks the nearest one, which may lie ahead.
import type { Refiner } from 'chrono-node';

export const PAST_MONTH_TAG = 'refiner/past-month';

export function createPastMonthRefiner(): Refiner {
  return {
    refine(context, results) {
      const ref = context.reference.instant;
      const refYear = ref.getUTCFullYear();
      const refMonth = ref.getUTCMonth() + 1;
      for (const r of results) {
        const s = r.start;
        if (!s.isCertain('month') || s.isCertain('day') || s.isCertain('year')) continue;
        const month = s.get('month') ?? 1;
        const year = month <= refMonth ? refYear : refYear - 1;
        if (s.get('year') !== year) r.addTag(PAST_MONTH_TAG);
        s.imply('year', year);
      }
      return results;
    },
  };
}
