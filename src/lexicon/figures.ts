// Loads data/figures/: currencies, multipliers, qualifiers and countable nouns, and compiles the figure patterns.
import { dataPath, readTsv, readYaml } from './files.ts';
import { alternation } from './speech.ts';

export type Qualifier = 'exact' | 'over' | 'under' | 'about';

export interface FiguresLexicon {
  /** Money with the currency first: "$5 billion", "VND 500 billion". Groups: currency, amount. */
  moneyPrefix: RegExp;
  /** Where an amount may start: a figure, or a number word and a space (global). Every match of the sticky
   *  patterns below (moneySuffix, percent, count, peopleVerb, timesCount, distance, votesTo) starts at one. */
  amountStart: RegExp;
  /** Money with the currency after: "92.18 billion dollars". Groups: amount, currency. */
  moneySuffix: RegExp;
  /** "4.8%", "4.8 per cent". Group: amount. */
  percent: RegExp;
  /** "45 cooperation documents", "five agreements". Groups: amount, modifiers, noun. */
  count: RegExp;
  /** "a population of over 1.5 billion". Groups: noun, amount (with indices). */
  measureNoun: RegExp;
  /** An amount ending a text ("… some 350,000 "), for counts of people named by a demonym. Group: amount. */
  amountBefore: RegExp;
  /** A number and a capitalised plural of one or two words ("8.8 million South Koreans"), for the
   *  figures stage to check against the demonyms. Groups: amount, plural. */
  demonymPlural: RegExp;
  /** Splits an amount into number (or number word) and multiplier. */
  amountParts: RegExp;
  currencies: Map<string, string>;
  multipliers: Map<string, number>;
  numberWords: Map<string, number>;
  qualifiers: Map<string, Qualifier>;
  /** A qualifier phrase ending the text before an amount. Group 1 is the phrase. */
  qualifierBefore: RegExp;
  countables: Map<string, string>;
  /** Countable nouns that only a number in digits counts ("12 officials", not "two officials"). */
  digitsOnly: Set<string>;
  measureNouns: Map<string, string>;
  /** A linking verb ending the text before an amount ("reached", "rose to"). Group 1 is the verb. */
  linkingBefore: RegExp;
  growth: Set<string>;
  decline: Set<string>;
  /** "year-on-year" right after a percentage. */
  yearOnYearAfter: RegExp;
  /** Every year-on-year comparison phrase ("from a year earlier") in a text: global. */
  yearOnYearIn: RegExp;
  measureStop: Set<string>;
  /** Words that break a count: "6 percent of people" is not a count of people. */
  countBreak: Set<string>;
  /** The measure written after an amount: "(of|in …) Russian exports". Group 1 is the phrase. */
  measureAfter: RegExp;
  /** A threshold noun or an intensity adjective right after a percentage ("… percent mark", "100 percent sure"). */
  percentThresholdAfter: RegExp;
  /** "over the same period": the figure takes the period of the figure before it. */
  samePeriod: RegExp;
  /** "a capacity of (about) ": the amount after it is a property, not a figure to chart. */
  unchartedBefore: RegExp;
  /** A word ending the text before a year that makes the year no period ("since ", "a "). */
  yearNotPeriodBefore: RegExp;
  /** A word right after such a year that makes it a period again ("the 2023 fiscal year"). */
  periodNounAfter: RegExp;
  /** A period noun anywhere ("in the last financial year", "in the first quarter"). */
  periodNounIn: RegExp;
  /** A comma clause opened by one of these words (or a participle in -ed) keeps its year to itself. */
  clauseOpener: RegExp;
  /** ", and", "; ": a finite clause of its own starts here. */
  clauseBreak: RegExp;
  /** A past-tense verb (lower-case) anywhere in a text. */
  pastTense: RegExp;
  /** A comparison word ending the text before an amount ("up from "). */
  comparisonBefore: RegExp;
  /** A verb right after an invariant demonym ("… Vietnamese visited"), showing it names people. */
  demonymVerbAfter: RegExp;
  /** "the number of Chinese visitors … reached 1.7 million". Groups: modifiers, noun, amount. */
  numberOf: RegExp;
  /** "the number of South Koreans who visited Japan reached 8.8 million". Groups: the plural, amount. */
  numberOfPlural: RegExp;
  /** Currency forms that mean another currency in an outlet's home country: "$" → AUD in Australia. */
  localCurrencies: Map<string, Map<string, string>>;
  /** Prefix forms read only with a multiplier ("R120 billion", not "R2"). Lower case. */
  needsMultiplier: Set<string>;
  /** "at least 78 died", "12 were killed": a bare number and a verb that counts people. Groups: amount. */
  peopleVerb: RegExp;
  /** "scrambled 704 times in 2024": how often something happened. Groups: count. */
  timesCount: RegExp;
  /** "a 1,340-kilometre border", "flew 350 kilometers": a length. Groups: amount, unit as written. */
  distance: RegExp;
  /** "by 62 votes to 11": the votes against, after those for. Group: the second amount (with indices). */
  votesTo: RegExp;
  /** Unit forms of length as written, lower case ("kilometre", "km") → the unit charted ("kilometres"). */
  distanceUnits: Map<string, string>;
  /** "a year earlier" right after a figure: its year is one before its sentence's. */
  yearBeforeAfter: RegExp;
  /** "on ", "compared with " ending the text before a year: the year is a comparison's base. */
  baseYearBefore: RegExp;
  /** "from 2.4 million in " ending the text between a figure and a year: the year is the base amount's. */
  baseAmountYearBefore: RegExp;
  /** "in the ", "during the " (and a month, day) ending the text before a year that names an event. */
  yearEventBefore: RegExp;
  /** "are estimated", "has risen": an "-ed" word that is no past tense (global). */
  presentPerfectOrPassive: RegExp;
  /** "and is", "which will": a clause of its own after a figure. */
  clauseAfterFigure: RegExp;
}

interface FigureWords {
  percent: string[];
  linking: string[];
  growth: string[];
  decline: string[];
  yearOnYear: string[];
  measureStop: string[];
  countBreak: string[];
  measureAfterLead: string[];
  percentThreshold: string[];
  samePeriod: string[];
  uncharted: string[];
  yearNotPeriodBefore: string[];
  periodNouns: string[];
  clauseOpeners: string[];
  pastIrregular: string[];
  clauseBreak: string[];
  comparisonBefore: string[];
  demonymVerbs: string[];
  numberOfLinks: string[];
  capacityVerbs: string[];
  peopleVerbs: string[];
  percentIntensity: string[];
  timesAfter: string[];
  yearBeforeAfter: string[];
  baseYearBefore: string[];
  presentAuxiliaries: string[];
  clauseVerbs: string[];
  yearEventBefore: string[];
}

function tsvMap<V>(file: string, key: string, col: string, parse: (v: string, k: string) => V): Map<string, V> {
  const out = new Map<string, V>();
  for (const row of readTsv(file)) out.set(row[key], parse(row[col], row[key]));
  return out;
}

function positiveNumber(file: string) {
  return (v: string, k: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${file}: "${k}" needs a positive number, got "${v}"`);
    return n;
  };
}

// An optional month and day before a year ("January 8, 2023"; "March 2023").
const MONTH_DAY = String.raw`(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?`;

export function loadFigures(): FiguresLexicon {
  const file = (name: string) => dataPath('figures', name);
  const currencyRows = readTsv(file('currencies.tsv'));
  const currencies = new Map<string, string>();
  const prefixForms: string[] = [];
  const needsMultiplier = new Set<string>();
  const suffixForms: string[] = [];
  for (const r of currencyRows) {
    if (!/^[A-Z]{3}$/.test(r.code)) throw new Error(`data/figures/currencies.tsv: "${r.form}" has no ISO 4217 code`);
    currencies.set(r.form.toLowerCase(), r.code);
    if (r.position === 'prefix' || r.position === 'both' || r.position === 'prefix-multiplier') prefixForms.push(r.form);
    if (r.position === 'prefix-multiplier') needsMultiplier.add(r.form.toLowerCase());
    if (r.position === 'suffix' || r.position === 'both') suffixForms.push(r.form);
  }
  const multRows = readTsv(file('multipliers.tsv'));
  const multipliers = new Map<string, number>();
  for (const r of multRows) multipliers.set(r.form.toLowerCase(), positiveNumber('data/figures/multipliers.tsv')(r.value, r.form));
  // Money patterns are case-sensitive ("TRY 5" is lira, "try 5" is not), so multipliers list their cases.
  const cases = (f: string) => [f, f[0].toUpperCase() + f.slice(1), f.toUpperCase()];
  const spaced = multRows.filter((r) => r.attached !== 'yes').flatMap((r) => cases(r.form));
  const attached = multRows.filter((r) => r.attached === 'yes').flatMap((r) => cases(r.form));
  const numberWords = tsvMap(file('number-words.tsv'), 'word', 'value', positiveNumber('data/figures/number-words.tsv'));
  const qualifiers = tsvMap(file('qualifiers.tsv'), 'phrase', 'qualifier', (v, k) => {
    if (!['over', 'under', 'about', 'exact'].includes(v)) throw new Error(`data/figures/qualifiers.tsv: bad qualifier "${v}" for "${k}"`);
    return v as Qualifier;
  });
  // Looked up by the lower-cased noun as written ("MoUs" → "mous").
  const countableRows = readTsv(file('countables.tsv'));
  const countables = new Map(countableRows.map((r) => [r.noun.toLowerCase(), r.unit]));
  const digitsOnly = new Set(countableRows.filter((r) => r.spelled === 'no').map((r) => r.noun.toLowerCase()));
  for (const r of countableRows) {
    if (r.spelled !== 'yes' && r.spelled !== 'no') throw new Error(`data/figures/countables.tsv: "${r.noun}" needs spelled yes or no`);
  }
  const distanceUnits = tsvMap(file('distance-units.tsv'), 'form', 'unit', (v) => v);
  const localCurrencies = new Map<string, Map<string, string>>();
  for (const r of readTsv(file('local-currencies.tsv'))) {
    if (!/^[A-Z]{3}$/.test(r.code) || !/^[A-Z]{3}$/.test(r.country)) throw new Error(`data/figures/local-currencies.tsv: "${r.form}" needs an ISO 3166 country and an ISO 4217 code`);
    if (!currencies.has(r.form.toLowerCase())) throw new Error(`data/figures/local-currencies.tsv: "${r.form}" is not in currencies.tsv`);
    const byCountry = localCurrencies.get(r.form.toLowerCase()) ?? new Map<string, string>();
    byCountry.set(r.country, r.code);
    localCurrencies.set(r.form.toLowerCase(), byCountry);
  }
  const measureNouns = tsvMap(file('measure-nouns.tsv'), 'noun', 'unit', (v) => v);
  const words = readYaml<FigureWords>(file('figure-words.yaml'));
  for (const key of ['percent', 'linking', 'growth', 'decline', 'yearOnYear', 'measureStop', 'countBreak', 'measureAfterLead', 'percentThreshold', 'percentIntensity', 'samePeriod', 'uncharted', 'yearNotPeriodBefore', 'periodNouns', 'clauseOpeners', 'pastIrregular', 'clauseBreak', 'comparisonBefore', 'demonymVerbs', 'numberOfLinks', 'capacityVerbs', 'peopleVerbs', 'timesAfter', 'yearBeforeAfter', 'baseYearBefore', 'presentAuxiliaries', 'clauseVerbs', 'yearEventBefore'] as const) {
    if (!Array.isArray(words?.[key])) throw new Error(`data/figures/figure-words.yaml: "${key}" must be a list`);
  }

  // (Also thousands set off by spaces, "40 000 people", and a decimal comma before a multiplier, "US$111,6 million".)
  const num = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d{1,3},\d{1,2}(?=[ \u00a0](?:million|billion|trillion)\b)|\d+)(?:\.\d+)?`;
  // A multiplier word may be hyphenated to its number when the amount is an adjective ("a ₹5,000-crore package").
  const mult = `(?:(?:\\s*|-)(?:${alternation(spaced)})\\b|(?:${alternation(attached)})\\b)`;
  const numberWord = `(?:${alternation([...numberWords.keys()].flatMap((w) => cases(w).slice(0, 2)))})`;
  // Spelled-out counts with no multiplier start at "two" ("five agreements"); "a" and "one" count nothing.
  const countWord = `(?:${alternation([...numberWords].filter(([, v]) => v >= 2).flatMap(([w]) => cases(w).slice(0, 2)))})`;
  // A number with an optional multiplier, or a number word that a multiplier must follow.
  const amount = `(?:${num}(?:${mult})?|\\b${numberWord}\\s+(?:${alternation(spaced)})\\b)`;
  const amountSpaced = `(?:${num}(?:(?:\\s+|-)(?:${alternation(spaced)})\\b)?|\\b${numberWord}\\s+(?:${alternation(spaced)})\\b)`;
  // A word between a count and its noun: "cooperation", "U.S.", "97-meter", "China-based".
  const modifier = String.raw`(?:[A-Za-z][\w'’-]*(?:\.[A-Za-z]+)+\.?|[A-Za-z][\w'’-]*|\d+(?:\.\d+)?-[A-Za-z][\w-]*)`;
  // Currency signs ($, €, ₹ …) as a character class: no amount starts right after one but a money amount.
  const signs = [...new Set(prefixForms.join('').replace(/[A-Za-z0-9\s.]/g, ''))].map((c) => `\\${c}`).join('');
  const suffixAlt = alternation(suffixForms);
  const prefixAlt = alternation(prefixForms);
  const percentForms = words.percent.map((p) => p.trim());
  // Speed (the figures stage runs these over every article): a pattern whose every match starts with a digit or
  // a number word opens with \b, which its look-behind already implies but which the regular expression engine
  // tests far faster at each position; the money-prefix pattern opens with a look-ahead for the first characters
  // of its currency forms. Neither changes what matches.
  const prefixStart = `(?=[${[...new Set(prefixForms.map((f) => f[0]))].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `\\${c}`)).join('')}])`;
  // The measure after an amount may join nouns with "and" ("road and rail corridor") but stops at other
  // function words, and never starts with a preposition ("£4m over three years" names no measure).
  const afterBreak = [...words.countBreak.filter((w) => w !== 'and'), 'more', 'over', 'under', 'up', 'down', 'from', 'into', 'onto', 'through', 'last', 'this', 'next'];

  return {
    // (What every amount starts with: a figure (`num`), or a number word (`numberWord`, `countWord`) and a space. Only
    // its first character is taken, so that no start within one ("half a million") is passed over.)
    amountStart: new RegExp(`(?<!\\w)(?=\\d|(?:${alternation(numberWords.keys())})\\s)\\w`, 'gi'),
    moneyPrefix: new RegExp(`${prefixStart}(?<![A-Za-z0-9$])(${prefixAlt})\\s?(${amount})(?![\\w%])`, 'g'),
    // "a 50-billion-euro fund": an amount used as an adjective joins its currency with a hyphen.
    moneySuffix: new RegExp(`\\b(?<![\\w.${signs}-])(${amountSpaced})(?:\\s+|-)(${suffixAlt})\\b`, 'y'),
    percent: new RegExp(`(?<![\\w.-])(${num})\\s?(?:%|(?:${alternation(percentForms.filter((p) => p !== '%'))})\\b)`, 'iy'),
    count: new RegExp(
      `\\b(?<![\\w.,:${signs}-])(${amountSpaced}|\\b${countWord})\\s+((?:${modifier}\\s+){0,3}?)(${alternation(countables.keys())})\\b`,
      'iy',
    ),
    measureNoun: new RegExp(
      // "the death toll from the floods rose to 41": a short phrase with no number may come between the noun and its verb.
      `\\b(${alternation(measureNouns.keys())})(?:\\s+(?:from|in|of|among)\\s+[^.;:!?\\d]{1,50}?)?\\s+(?:${alternation(['of', 'at', 'is', 'was', 'reached', 'exceeds', 'exceeded', 'stands at', 'stood at', 'totals', 'totaled', 'totalled', 'hit', 'hits', 'tops', 'topped', ...words.numberOfLinks])})\\s+(?:(?:${alternation(qualifiers.keys())})\\s+)?(${amountSpaced})(?![\\w%])(?!\\s+(?:${alternation(countables.keys())})\\b)`,
      'gid',
    ),
    demonymPlural: new RegExp(`\\b(?<![\\w.,${signs}-])(${amountSpaced}|\\b${countWord})\\s+((?:[A-Z][a-z]+\\s+)?[A-Z][a-z]+s)\\b`, 'g'),
    amountBefore: new RegExp(`(?<![\\w.,${signs}-])(${amountSpaced})\\s+$`),
    amountParts: new RegExp(`^(${num}|${numberWord})[\\s-]*(${alternation(multipliers.keys())})?$`, 'i'),
    currencies,
    multipliers,
    numberWords,
    qualifiers,
    qualifierBefore: new RegExp(`\\b(${alternation(qualifiers.keys())})\\s*$`, 'i'),
    countables,
    digitsOnly,
    measureNouns,
    linkingBefore: new RegExp(`\\b(${alternation(words.linking)})\\s*$`, 'i'),
    growth: new Set(words.growth.map((w) => w.toLowerCase())),
    decline: new Set(words.decline.map((w) => w.toLowerCase())),
    yearOnYearAfter: new RegExp(`^\\s*(?:${alternation(words.yearOnYear)})\\b`, 'i'),
    yearOnYearIn: new RegExp(`\\b(?:${alternation(words.yearOnYear)})\\b`, 'gi'),
    measureStop: new Set(words.measureStop.map((w) => w.toLowerCase())),
    countBreak: new Set(words.countBreak.map((w) => w.toLowerCase())),
    percentThresholdAfter: new RegExp(`^\\s+(?:${alternation([...words.percentThreshold, ...words.percentIntensity])})\\b`, 'i'),
    samePeriod: new RegExp(`\\b(?:${alternation(words.samePeriod)})\\b`, 'i'),
    unchartedBefore: new RegExp(
      `(?:\\b(?:${alternation(words.uncharted)})\\s+of\\s+(?:(?:${alternation(qualifiers.keys())})\\s+)?|\\b(?:${alternation(words.capacityVerbs)})\\s+up\\s+to\\s+)$`,
      'i',
    ),
    // A month and day may stand between the word and the year: "the January 8, 2023 riots".
    yearNotPeriodBefore: new RegExp(`\\b(?:${alternation(words.yearNotPeriodBefore.flatMap((w) => cases(w).slice(0, 2)))})\\s+${MONTH_DAY}$`),
    yearEventBefore: new RegExp(`(?:^|\\s)(?:${alternation(words.yearEventBefore)})\\s+${MONTH_DAY}$`),
    peopleVerb: new RegExp(`\\b(?<![\\w.,${signs}-])(${amountSpaced}|\\b${countWord})\\s+(?:${alternation(words.peopleVerbs)})\\b`, 'y'),
    timesCount: new RegExp(`(?<![\\w.,:${signs}-])(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+times(?=\\s*(?:[,.;)]|$)|\\s+(?:${alternation(words.timesAfter)})\\b)`, 'y'),
    // The unit may be hyphenated to its number when the length is an adjective ("the 1,340-kilometre border"),
    // or glued to it ("800km"); a unit may be of two words ("90 nautical miles").
    distance: new RegExp(`\\b(?<![\\w.,:${signs}-])(${amountSpaced}|\\b${countWord})(?:\\s*|-)(${alternation(distanceUnits.keys())})\\b`, 'iy'),
    distanceUnits,
    // (Each amount in groups of three digits, from the start of its run only: a long run of "1,000," is read in linear time.)
    votesTo: /(?<![\w.,])\d{1,3}(?:,\d{3})*\s+votes\s+to\s+(\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]\d)/dy,
    yearBeforeAfter: new RegExp(`^\\s*,?\\s*(?:${alternation(words.yearBeforeAfter)})\\b`, 'i'),
    baseYearBefore: new RegExp(`\\b(?:${alternation(words.baseYearBefore)})\\s+$`, 'i'),
    presentPerfectOrPassive: new RegExp(`\\b(?:${alternation(words.presentAuxiliaries)})\\s+(?:[a-z]+\\s+)?[a-z]{2,}ed\\b`, 'gi'),
    clauseAfterFigure: new RegExp(`\\b(?:and|but|which|that|who)\\s+(?:${alternation(words.clauseVerbs)})\\b`, 'i'),
    periodNounAfter: new RegExp(`^[\\s-]+(?:${alternation(words.periodNouns)})\\b`, 'i'),
    periodNounIn: new RegExp(`\\b(?:${alternation(words.periodNouns)})\\b`, 'i'),
    clauseOpener: new RegExp(`^\\s*(?:(?:${alternation(words.clauseOpeners)})|[A-Za-z]+ed)\\b`, 'i'),
    clauseBreak: new RegExp(`;|,\\s*(?:${alternation(words.clauseBreak)})\\b`, 'i'),
    // Case-sensitive: "United" or "Based" in a name is no verb.
    pastTense: new RegExp(`\\b(?:(?:${alternation(words.pastIrregular)})|[a-z]{2,}ed)\\b`),
    localCurrencies,
    needsMultiplier,
    baseAmountYearBefore: new RegExp(
      `\\b(?:${alternation(words.comparisonBefore)})\\s+(?:(?:${alternation(qualifiers.keys())})\\s+)?\\S*\\d[\\d.,]*(?:\\s*[A-Za-z]+){0,2}\\s+in\\s+$`,
      'i',
    ),
    comparisonBefore: new RegExp(`\\b(?:${alternation(words.comparisonBefore)})\\s+(?:(?:${alternation(qualifiers.keys())})\\s+)?$`, 'i'),
    demonymVerbAfter: new RegExp(`^\\s+(?:(?:${alternation(words.demonymVerbs)}|${alternation(words.pastIrregular)})\\b|[a-z]{2,}ed\\b)`),
    numberOfPlural: new RegExp(
      `\\bnumber\\s+of\\s+((?:[A-Z][a-z]+\\s+)?[A-Z][a-z]+s)\\b[^.;:!?]{0,60}?\\s(?:${alternation(words.numberOfLinks)})\\s+(?:(?:${alternation(qualifiers.keys())})\\s+)?(${amountSpaced})(?![\\w%])`,
      'gd',
    ),
    numberOf: new RegExp(
      `\\bnumber\\s+of\\s+((?:${modifier}\\s+){0,3}?)(${alternation(countables.keys())})\\b[^.;:!?]{0,60}?\\s(?:${alternation(words.numberOfLinks)})\\s+(?:(?:${alternation(qualifiers.keys())})\\s+)?(${amountSpaced})(?![\\w%])(?!\\s+(?:${modifier}\\s+){0,3}?(?:${alternation(countables.keys())})\\b)`,
      'gid',
    ),
    measureAfter: new RegExp(`^\\s+(?:(?:${alternation(words.measureAfterLead)})\\s+)?(?!(?:${alternation(afterBreak)})\\b)((?:[A-Za-z][\\w-]*)(?:\\s+(?!(?:${alternation(afterBreak)})\\b)[A-Za-z][\\w-]*){0,3})`, 'i'),
  };
}
