// Refiner that takes a qualifier written just before a date into the match ("later this year",
// "earlier this month") and tags its direction: "later this year" is future although this year
// contains the publication day; "later on Saturday" names a day, future only if after publication.
import type { Refiner } from 'chrono-node';
import type { QualifierDirection } from '../../../lexicon/dates.ts';
import { textBefore } from './text-before.ts';

// The word (with a hyphen, "mid-") and spaces before a date; a module constant: see lexicon/tokens.ts.
const WORD_BEFORE = /([\p{L}]+-?)(\s*)$/u;

export const qualifierTag = (direction: QualifierDirection) => `qualifier/${direction}`;

export function createQualifierRefiner(qualifiers: Map<string, QualifierDirection>): Refiner {
  return {
    refine(context, results) {
      for (const r of results) {
        const before = WORD_BEFORE.exec(textBefore(context.text, r.index));
        if (!before) continue;
        let direction = qualifiers.get(before[1].toLowerCase());
        if (!direction) continue;
        // "Later on Saturday, he was received by …": later that day, which is as past or future as the day itself.
        if (direction === 'future' && (r.start.isCertain('day') || r.start.isCertain('weekday'))) direction = 'none';
        const start = r.index - before[0].length;
        r.text = context.text.slice(start, r.index + r.text.length);
        r.index = start;
        r.addTag(qualifierTag(direction));
      }
      return results;
    },
  };
}
