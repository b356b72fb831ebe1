// What a figure measures, read from the words around it: "trade … reached $5 billion" → "trade".
import type { FiguresLexicon, Qualifier } from '../../lexicon/figures.ts';

const WORD = /[^\s]+/g;
const LEADING_FILLER = /^(?:and|or|the|a|an|its|their|his|her|our|total\s+of)\s+/i;
// Fewer words than this between two figures means the second continues the first ("rose 5% to $2 billion").
const CONTINUES = 4;
const SHORT_LINKS = new Set(['worth', 'of', 'valued at', 'at']);
const PAST_TENSE = /^[a-z]+ed$/;

export function qualifierOf(before: string, lex: FiguresLexicon): Qualifier {
  const m = lex.qualifierBefore.exec(before);
  return m ? lex.qualifiers.get(m[1].toLowerCase().replace(/\s+/g, ' ')) ?? 'exact' : 'exact';
}

/**
 * The noun phrase before the linking verb that ends `before` ("…, trade between A and B reached "),
 * read backwards to a clause break; null when there is no linking verb, measure null when no phrase.
 */
export function subjectMeasure(before: string, lex: FiguresLexicon): { measure: string | null; verb: string } | null {
  const withoutQualifier = before.replace(lex.qualifierBefore, (q) => (lex.linkingBefore.test(q) ? q : ''));
  const link = lex.linkingBefore.exec(withoutQualifier);
  if (!link) return null;
  const head = withoutQualifier.slice(0, link.index);
  const clause = head.split(/[,;:()]|\s(?:[—–]|--)\s/).pop() ?? '';
  const words = clause.match(WORD) ?? [];
  const verb = link[1].toLowerCase().replace(/\s+/g, ' ');
  // After "worth", "of", "valued at" the measure is a short noun phrase: "(affected) exports worth …".
  const short = SHORT_LINKS.has(verb);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < (short ? 3 : 10); i--) {
    const w = words[i];
    if (lex.measureStop.has(w.toLowerCase()) || /\d/.test(w) || (short && PAST_TENSE.test(w))) break;
    kept.unshift(w);
  }
  let measure = kept.join(' ');
  while (LEADING_FILLER.test(measure)) measure = measure.replace(LEADING_FILLER, '');
  measure = measure.replace(/[.,;:]+$/, '');
  return { measure: measure || null, verb };
}

/** True when the words between two figures are too few to name a new measure. */
export function continuesPrevious(between: string): boolean {
  return (between.match(/[A-Za-z][\w'-]*/g) ?? []).length <= CONTINUES;
}

/** "growth" / "decline" for a percentage after a change verb ("rose 4.8%"), else null ("fell to 4.2%" is a level). */
export function changeOf(verb: string | null, lex: FiguresLexicon): 'growth' | 'decline' | null {
  if (!verb || verb.endsWith(' to')) return null;
  const head = verb.split(/\s+/)[0];
  if (lex.growth.has(head)) return 'growth';
  if (lex.decline.has(head)) return 'decline';
  return null;
}
