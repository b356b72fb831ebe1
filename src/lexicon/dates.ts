// Loads the words the dates stage needs: prepositions before bare years, period words, count nouns, qualifiers.
import { dataPath, readLines, readTsv } from './files.ts';

export type QualifierDirection = 'future' | 'past' | 'none';

export interface DatesLexicon {
  /** Words that make a following bare year a date ("in", "since"). */
  yearPrepositions: string[];
  /** Period phrases between the preposition and the year ("the end of", "early"). */
  yearPeriods: string[];
  /** Words that show a number before them counts something ("troops", "percent"). */
  countNouns: Set<string>;
  /** Words before a date that narrow it, and whether they point to the future ("later"). */
  qualifiers: Map<string, QualifierDirection>;
}

export function loadDates(): DatesLexicon {
  const qualifiers = new Map<string, QualifierDirection>();
  for (const row of readTsv(dataPath('dates', 'relative-qualifiers.txt'))) {
    const dir = row.direction as QualifierDirection;
    if (!['future', 'past', 'none'].includes(dir)) throw new Error(`data/dates/relative-qualifiers.txt: "${row.qualifier}" has direction "${row.direction}" (use future, past or none)`);
    qualifiers.set(row.qualifier.toLowerCase(), dir);
  }
  return {
    yearPrepositions: readLines(dataPath('dates', 'year-prepositions.txt')).map((l) => l.trim().toLowerCase()),
    yearPeriods: readLines(dataPath('dates', 'year-periods.txt')).map((l) => l.trim().toLowerCase()),
    countNouns: new Set(readLines(dataPath('dates', 'count-nouns.txt')).map((l) => l.trim().toLowerCase())),
    qualifiers,
  };
}
