// Loads the corpus data (data/corpus/): PLOVER event families used to merge reports across articles.
import { dataPath, readTsv } from './files.ts';

export interface CorpusLexicon {
  /** PLOVER type → family ("SUPPORT" → "commitment"). */
  families: Map<string, string>;
}

let cached: CorpusLexicon | undefined;

/** Loaded once per process; small enough that commands which never extract can load it alone. */
export function loadCorpusLexicon(): CorpusLexicon {
  if (cached) return cached;
  const families = new Map<string, string>();
  for (const row of readTsv(dataPath('corpus', 'event-families.tsv'))) {
    if (!/^[A-Z]+$/.test(row.type ?? '') || !row.family) {
      throw new Error(`data/corpus/event-families.tsv: bad row ${JSON.stringify(row)}`);
    }
    families.set(row.type, row.family);
  }
  cached = { families };
  return cached;
}

/** The families of a list of types; an unknown type is its own family. */
export function familiesOf(types: string[], lex: CorpusLexicon): string[] {
  return [...new Set(types.map((t) => lex.families.get(t) ?? t.toLowerCase()))].sort();
}
