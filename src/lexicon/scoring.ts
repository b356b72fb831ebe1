// Loads the words that scoring needs (honorifics stripped before names are compared).
import { dataPath, readLines } from './files.ts';

export interface ScoringLexicon {
  /** Titles and forms of address written before names ("President", "Mr."). */
  honorifics: string[];
}

export function loadScoring(): ScoringLexicon {
  return { honorifics: readLines(dataPath('eval', 'honorifics.txt')).map((l) => l.trim()) };
}
