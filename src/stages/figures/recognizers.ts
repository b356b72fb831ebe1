// The figure recognizers: each has a pattern compiled in the lexicon and reads one match into a raw figure.
import type { Doc } from '../../core/doc.ts';
import type { FiguresLexicon } from '../../lexicon/figures.ts';
import type { GeoLexicon } from '../../lexicon/geo.ts';
import { tokenize } from '../../lexicon/tokens.ts';
import { looksLikeYear, parseAmount } from './amount.ts';

export interface RawFigure {
  /** Offsets into the text the pattern ran over. */
  start: number;
  end: number;
  value: number;
  unit: string;
  kind: 'money' | 'percent' | 'count';
  rule: string;
  /** For counts: the counted noun phrase ("bilateral cooperation documents"). */
  counted: string | undefined;
  /** For money: the currency as written ("$", "dollars"), whose meaning may depend on the outlet. */
  currency: string | undefined;
}
// (Every raw figure is a literal with all the fields, in this order, `undefined` where none: figures of one
// hidden class, which scan and findFigures read without turning generic; see segment/index.ts.)

export interface FigureRecognizer {
  id: string;
  /** Global, searched for over the text; or sticky, when every match starts with an amount: tried only where one
   *  may start (lex.amountStart). */
  pattern(lex: FiguresLexicon): RegExp;
  extract(m: RegExpExecArray, lex: FiguresLexicon): RawFigure | null;
}

const at = (m: RegExpExecArray) => m.index;
const CAPITAL = /^[A-Z]/;
const POSSESSIVE = /^(?:its|their|our|his|her|the)$/i;
const DIGIT = /\d/;
// "the two agreements", "both three …": a spelled-out number after these refers back to things already counted.
const DEFINITE_BEFORE = /\b(?:the|these|those|its|their|our|his|her|both|all|other)\s+$/i;

/** A spelled-out count with no multiplier ("five agreements") must be two or more, count a noun that
 *  spelled-out numbers may count (`noun`, when given), and not refer back ("the two agreements"). */
function spelledCountOk(m: RegExpExecArray, amount: string, value: number, lex: FiguresLexicon, noun?: string): boolean {
  if (DIGIT.test(amount) || /[\s-]/.test(amount.trim())) return true;
  if (noun && lex.digitsOnly.has(noun.toLowerCase().replace(/\s+/g, ' '))) return false;
  return value >= 2 && !DEFINITE_BEFORE.test(m.input.slice(Math.max(0, at(m) - 12), at(m)));
}

const WORD_BEFORE = /(^|[.!?:;"“”(]\s*|\n\s*|\s)([A-Z][\w'’-]*)\s+$/;
/** "handed over to Sudan 23 soldiers": a name after one of these prepositions is their object, no model name. */
const OBJECT_PREPOSITION_BEFORE = /\b(?:to|from|in|into|for|with|at)\s+$/i;

/** "Boeing 737 aircraft", "Airbus 320 planes": a capitalised name right before the number makes it a model. */
function afterModelName(m: RegExpExecArray, lex: FiguresLexicon): boolean {
  const w = WORD_BEFORE.exec(m.input.slice(Math.max(0, m.index - 40), m.index));
  if (!w || /^[.!?:;"“”(\n]/.test(w[1]) || w[1] === '' || /['’]s$/.test(w[2])) return false;
  if (OBJECT_PREPOSITION_BEFORE.test(w.input.slice(0, w.index + w[1].length))) return false;
  return !lex.qualifiers.has(w[2].toLowerCase());
}

/** "French and British troops": an "and" between two capitalised words joins them; elsewhere it breaks the count.
 *  (A function of the module, not a closure made per match: a call to a fresh closure deoptimised `extract` when
 *  it was compiled for the first one; the indices are tested before the reads for the same reason.) */
function joinsAt(modifiers: string[], i: number, noun: string): boolean {
  return modifiers[i] === 'and' && i > 0 && CAPITAL.test(modifiers[i - 1]) && CAPITAL.test(i + 1 < modifiers.length ? modifiers[i + 1] : noun);
}

/** "$260 billion", "VND 500 billion", "€3m". */
export const moneyPrefix: FigureRecognizer = {
  id: 'figures.money-prefix',
  pattern: (lex) => lex.moneyPrefix,
  extract(m, lex) {
    const value = parseAmount(m[2], lex);
    const unit = lex.currencies.get(m[1].toLowerCase());
    if (value === null || !unit) return null;
    if (lex.needsMultiplier.has(m[1].toLowerCase()) && !/[A-Za-z]/.test(m[2])) return null;
    return { start: at(m), end: at(m) + m[0].length, value, unit, kind: 'money', rule: this.id, counted: undefined, currency: m[1] };
  },
};

/** "92.18 billion dollars", "229.8 billion U.S. dollars", "1.2 trillion yuan". */
export const moneySuffix: FigureRecognizer = {
  id: 'figures.money-suffix',
  pattern: (lex) => lex.moneySuffix,
  extract(m, lex) {
    const value = parseAmount(m[1], lex);
    const unit = lex.currencies.get(m[2].toLowerCase());
    if (value === null || !unit) return null;
    return { start: at(m), end: at(m) + m[0].length, value, unit, kind: 'money', rule: this.id, counted: undefined, currency: m[2] };
  },
};

/** "4.8%", "4.8 percent", "4.8 per cent". */
export const percent: FigureRecognizer = {
  id: 'figures.percent',
  pattern: (lex) => lex.percent,
  extract(m, lex) {
    const value = Number(m[1].replace(/,/g, ''));
    if (!Number.isFinite(value) || lex.percentThresholdAfter.test(m.input.slice(at(m) + m[0].length, at(m) + m[0].length + 20))) return null;
    const unit = /points?$/i.test(m[0]) ? 'percentage points' : 'percent';
    return { start: at(m), end: at(m) + m[0].length, value, unit, kind: 'percent', rule: this.id, counted: undefined, currency: undefined };
  },
};

/** "45 cooperation documents", "1,200 tourists", "2 million visitors": a number and a countable noun. */
export const count: FigureRecognizer = {
  id: 'figures.count',
  pattern: (lex) => lex.count,
  extract(m, lex) {
    if (looksLikeYear(m[1]) || afterModelName(m, lex)) return null;
    const modifiers = m[2].trim().split(/\s+/).filter(Boolean);
    // "230 of its citizens" counts citizens; otherwise "of", "percent", "years" … break the count.
    const partOf = modifiers.length >= 2 && modifiers[0].toLowerCase() === 'of' && POSSESSIVE.test(modifiers[1]) ? 2 : 0;
    if (modifiers.slice(partOf).some((w, i) => lex.countBreak.has(w.toLowerCase()) && !joinsAt(modifiers, i + partOf, m[3]))) return null;
    const value = parseAmount(m[1], lex, true);
    const unit = lex.countables.get(m[3].toLowerCase().replace(/\s+/g, ' '));
    if (value === null || !unit || !spelledCountOk(m, m[1], value, lex, m[3])) return null;
    const counted = [...modifiers.slice(partOf), m[3]].join(' ');
    return { start: at(m), end: at(m) + m[0].length, value, unit, kind: 'count', rule: this.id, counted, currency: undefined };
  },
};

/** "a population of over 1.5 billion": the noun before the number says what is counted. */
export const measureNoun: FigureRecognizer = {
  id: 'figures.measure-noun',
  pattern: (lex) => lex.measureNoun,
  extract(m, lex) {
    const span = m.indices?.[2];
    const unit = lex.measureNouns.get(m[1].toLowerCase());
    const value = parseAmount(m[2], lex);
    if (!span || value === null || !unit || looksLikeYear(m[2])) return null;
    return { start: span[0], end: span[1], value, unit, kind: 'count', rule: this.id, counted: m[1], currency: undefined };
  },
};

/** "the number of Chinese visitors to Vietnam reached 1.7 million": the counted noun comes before the verb. */
export const numberOf: FigureRecognizer = {
  id: 'figures.number-of',
  pattern: (lex) => lex.numberOf,
  extract(m, lex) {
    const span = m.indices?.[3];
    const noun = m.indices?.[2];
    const unit = lex.countables.get(m[2].toLowerCase().replace(/\s+/g, ' '));
    const value = parseAmount(m[3], lex);
    if (!span || !noun || value === null || !unit || looksLikeYear(m[3])) return null;
    // The measure reads "number of Chinese visitors", found again in the sentence by countMeasure.
    const counted = m.input.slice(at(m), noun[1]);
    return { start: span[0], end: span[1], value, unit, kind: 'count', rule: this.id, counted, currency: undefined };
  },
};

/** "at least 78 died", "12 were killed": a bare number that a verb shows to count people. */
export const peopleVerb: FigureRecognizer = {
  id: 'figures.people-verb',
  pattern: (lex) => lex.peopleVerb,
  extract(m, lex) {
    if (looksLikeYear(m[1]) || afterModelName(m, lex)) return null;
    const value = parseAmount(m[1], lex, true);
    if (value === null || !spelledCountOk(m, m[1], value, lex)) return null;
    const end = at(m) + m[1].length;
    return { start: at(m), end, value, unit: 'people', kind: 'count', rule: this.id, counted: 'people', currency: undefined };
  },
};

/** "704 times in fiscal 2024": how often an act was repeated (scrambles, incursions, violations), in digits. */
export const timesCount: FigureRecognizer = {
  id: 'figures.times',
  pattern: (lex) => lex.timesCount,
  extract(m) {
    const value = Number(m[1].replace(/,/g, ''));
    if (value < 2 || looksLikeYear(m[1])) return null;
    return { start: at(m), end: at(m) + m[0].length, value, unit: 'times', kind: 'count', rule: this.id, counted: 'times', currency: undefined };
  },
};

const SPEED_AFTER = /^\s*(?:\/\s*h\b|per\s+hour|an\s+hour)/i;
const UNIT_AND_BRACKET_BEFORE = /([A-Za-z]+)\s*\(\s*(?:(?:about|some|roughly|nearly|around)\s+)?$/;

/** "a 586-kilometer (364-mile) frontier": the length in brackets after another is the same length converted. */
function isConversion(m: RegExpExecArray, lex: FiguresLexicon): boolean {
  const w = UNIT_AND_BRACKET_BEFORE.exec(m.input.slice(Math.max(0, m.index - 30), m.index));
  return w !== null && lex.distanceUnits.has(w[1].toLowerCase());
}

/** "the 1,340-kilometre land border", "flew about 350 kilometers", "90 nautical miles off": a length. */
export const distance: FigureRecognizer = {
  id: 'figures.distance',
  pattern: (lex) => lex.distance,
  extract(m, lex) {
    if (looksLikeYear(m[1]) || isConversion(m, lex) || SPEED_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    // ("Seven Mile Beach": a spelled number before a capitalised unit names a place.)
    if (!DIGIT.test(m[1]) && /^[A-Z]/.test(m[2])) return null;
    const value = parseAmount(m[1], lex, true);
    const unit = lex.distanceUnits.get(m[2].toLowerCase().replace(/\s+/g, ' '));
    if (value === null || !unit || !spelledCountOk(m, m[1], value, lex)) return null;
    // A length used as an adjective measures the noun after it ("the 1,340-kilometre land border").
    const end = at(m) + m[0].length;
    const measured = m[0].slice(m[1].length).startsWith('-') ? lex.measureAfter.exec(m.input.slice(end, end + 60))?.[1] : undefined;
    return { start: at(m), end, value, unit, kind: 'count', rule: this.id, counted: measured ? `length of ${measured}` : 'distance', currency: undefined };
  },
};

/** "passed by 62 votes to 11": the number after "votes to" counts votes too. */
export const votesTo: FigureRecognizer = {
  id: 'figures.votes-to',
  pattern: (lex) => lex.votesTo,
  extract(m) {
    const span = m.indices?.[1];
    if (!span) return null;
    return { start: span[0], end: span[1], value: Number(m[1].replace(/,/g, '')), unit: 'votes', kind: 'count', rule: this.id, counted: 'votes', currency: undefined };
  },
};

/** In order of precedence: an earlier recognizer's figure wins over an overlapping later one
 *  (a count "98 million people" before the bare "population of 98 million"). */
export const RECOGNIZERS: FigureRecognizer[] = [moneyPrefix, moneySuffix, percent, count, measureNoun, numberOf, peopleVerb, timesCount, distance, votesTo];

// A plural demonym ("Filipinos") or one that is its own plural ("Chinese", "Swiss"), not used as an adjective.
const PEOPLE_DEMONYM = /(?:s|ese|ss)$/;
const INVARIANT_DEMONYM = /(?:ese|ss)$/;
const ADJECTIVE_USE = /^\s+[a-z]/;

/** "350,000 Filipinos", "some 5,000 Americans": a number before a demonym the geo stage found counts people. */
export function demonymCounts(doc: Doc, lex: FiguresLexicon, geo: GeoLexicon): RawFigure[] {
  const out: RawFigure[] = [];
  for (const c of doc.countryMentions) {
    if (c.kind !== 'demonym') continue;
    const word = doc.text.slice(c.start, c.end);
    if (!PEOPLE_DEMONYM.test(word)) continue;
    // "Chinese" before a noun ("100 Chinese fishing boats") is an adjective, before a verb ("5,000 Chinese
    // live here") a noun; "Filipinos" never is an adjective.
    const after = doc.text.slice(c.end, c.end + 20);
    if (INVARIANT_DEMONYM.test(word) && ADJECTIVE_USE.test(after) && !lex.demonymVerbAfter.test(after)) continue;
    const m = lex.amountBefore.exec(doc.text.slice(Math.max(0, c.start - 40), c.start));
    if (!m || looksLikeYear(m[1])) continue;
    const value = parseAmount(m[1], lex);
    if (value === null) continue;
    out.push({ start: c.start - m[0].length, end: c.end, value, unit: 'people', kind: 'count', rule: 'figures.demonym-count', counted: word, currency: undefined });
  }
  // Plurals of demonyms the geography knows in the singular: "8.8 million South Koreans", "two million Bangladeshis".
  const re = lex.demonymPlural;
  re.lastIndex = doc.bodyStart;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (looksLikeYear(m[1]) || !isDemonym(m[2], geo)) continue;
    const value = parseAmount(m[1], lex, true);
    if (value === null || !spelledCountOk(m, m[1], value, lex)) continue;
    out.push({ start: at(m), end: at(m) + m[0].length, value, unit: 'people', kind: 'count', rule: 'figures.demonym-count', counted: m[2], currency: undefined });
  }
  re.lastIndex = 0;
  // "the number of South Koreans who visited Japan reached 8.8 million" (a cheap check first: the phrase is rare).
  if (doc.text.includes('number of')) {
    const of = lex.numberOfPlural;
    of.lastIndex = doc.bodyStart;
    for (let m = of.exec(doc.text); m; m = of.exec(doc.text)) {
      const span = m.indices?.[2];
      if (!span || looksLikeYear(m[2]) || !isDemonym(m[1], geo)) continue;
      const value = parseAmount(m[2], lex);
      if (value === null) continue;
      out.push({ start: span[0], end: span[1], value, unit: 'people', kind: 'count', rule: 'figures.number-of', counted: m[1], currency: undefined });
    }
    of.lastIndex = 0;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when the whole phrase, or its singular ("South Koreans" → "South Korean"), is a demonym. */
function isDemonym(phrase: string, geo: GeoLexicon): boolean {
  for (const form of [phrase, phrase.slice(0, -1)]) {
    const tokens = tokenize(form);
    const hit = geo.trie.matchAt(tokens, 0);
    if (hit && hit.to === tokens.length && hit.values.some((v) => v.kind === 'demonym')) return true;
  }
  return false;
}
