// Refiner that joins a month and a relative year written after it ("in March last year",
// "December next year"), which chrono returns as two results, into one month of that year.
import type { ParsingResult, Refiner } from 'chrono-node';

const RELATIVE_YEAR = /^(?:last|this|next)\s+year$/i;

export const MONTH_RELATIVE_YEAR_TAG = 'refiner/month-relative-year';

export function createMonthRelativeYearRefiner(): Refiner {
  return {
    refine(context, results) {
      const out: ParsingResult[] = [];
      for (let i = 0; i < results.length; i++) {
        const month = results[i];
        const year = results[i + 1];
        const gap = year ? context.text.slice(month.index + month.text.length, year.index) : '';
        const monthOnly = month.start.isCertain('month') && !month.start.isCertain('day') && !month.start.isCertain('year');
        if (year && monthOnly && /^\s*$/.test(gap) && RELATIVE_YEAR.test(year.text.trim())) {
          month.start.assign('year', year.start.get('year') ?? 0);
          month.text = context.text.slice(month.index, year.index + year.text.length);
          month.addTag(MONTH_RELATIVE_YEAR_TAG);
          out.push(month);
          i++;
          continue;
        }
        out.push(month);
      }
      return out;
    },
  };
}
