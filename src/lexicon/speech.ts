// Loads data/speech/: speech verbs, pronouns, role nouns, list ordinals and themes for quotes and proposals.
import { dataPath, readLines, readTsv, readYaml } from './files.ts';

/** A regex alternation of phrases, longest first, with spaces matching any run of spaces. */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'))
    .join('|');
}

export interface Theme {
  label: string;
  keywords: RegExp;
}

// "is", "is to", after an ordinal and at most one noun: "the first is …", "the second step is to …".
const ORDINAL_COPULA = '(?:[a-z]+\\s+)?is\\s+(?:to\\s+)?';

export interface SpeechLexicon {
  /** Speech verbs anywhere in a text (global, case-insensitive, whole words). */
  verbRe: RegExp;
  /** A speech verb at the start of a text, after optional spaces. */
  verbAtStart: RegExp;
  /** A speech verb ending a text, optionally followed by a comma or colon ("she said, "). */
  verbAtEnd: RegExp;
  pronouns: Set<string>;
  /** A pronoun ending a text / starting a text / anywhere (global). */
  pronounBefore: RegExp;
  pronounAfter: RegExp;
  pronounAny: RegExp;
  /** A description such as "the Vietnamese leader" ending at the end of a text; group 1 is the role. */
  descriptionBefore: RegExp;
  /** A description at the start of a text; group 1 is the role. */
  descriptionAfter: RegExp;
  /** Role → whether it must appear in the person's offices ("office") or fits anyone ("any"),
   *  with a pattern that finds the role inside an office title. */
  roles: Map<string, { match: 'office' | 'any'; inOffice: RegExp }>;
  objectCues: Set<string>;
  /** Lower-case words inside titles before a name ("his … counterpart"), stepped over when looking for object cues. */
  titleFillers: Set<string>;
  /** Words before an opening quotation mark that make the quoted words a name ("titled"). */
  titleCueBefore: RegExp;
  scareTerms: Set<string>;
  ordinals: Map<string, number | 'next'>;
  /** An ordinal word opening an item: "First," / "Secondly ,"; group 1 is the word. */
  ordinalAtStart: RegExp;
  /** The same ordinal after ":" or ";" inside a sentence ("…: first, …; second, …"). */
  ordinalInline: RegExp;
  /** ", Tinubu said." closing an item: the attribution, not part of what is proposed. */
  attributionTail: RegExp;
  /** Framing at the start of an item ("it is important to"). */
  framingAtStart: RegExp;
  /** A short subject and a modal at the start of an item ("China will ", "the two sides should "). */
  subjectModalAtStart: RegExp;
  /** ", starting with" and other clause openers that end an item's headline. */
  headlineBreak: RegExp;
  /** ", including" and other openers of examples, which end only a long item's headline. */
  elaborationBreak: RegExp;
  /** A sentence announcing a list: "six measures", "the following points", "a four-point proposal". */
  listIntro: RegExp;
  /** "whose office", "his spokesman" ending a text: a proxy speaks, not the person named before. */
  proxyBefore: RegExp;
  /** Lower-case words of a readout paragraph's subject before its verb ("the two leaders stated"). */
  reportSubjectWords: Set<string>;
  /** Speech verbs whose object comes after them ("called Y a …", "told Y"): no speaker after them. */
  objectVerbs: Set<string>;
  /** "quoted Y as" / "cited Y as" ending a text: Y is the speaker; group 1 starts at Y. */
  relayBefore: RegExp;
  /** A word opening a new clause right after a quotation's comma ("…", while Y said …). */
  clauseOpenerAtStart: RegExp;
  /** A determiner ending a text: a quotation after it may modify a noun ('its "free and active" policy'). */
  determinerAtEnd: RegExp;
  /** Words after a closing mark that carry the sentence on rather than being a modified noun. */
  notModifiedNouns: Set<string>;
  /** A separator before a series (":", "--", "namely") or " that " after the last letter of a verb of
   *  thatSeriesAt ("d that "), anywhere (global): one scan for both kinds of series. */
  seriesTrigger: RegExp;
  /** "suggested three areas for cooperation" ending a text before a separator: group 1 is the count. */
  countedSeriesBefore: RegExp;
  /** "proposed that both countries " at lastIndex (sticky): the series of actions follows the match. */
  thatSeriesAt: RegExp;
  /** A verb of thatSeriesAt ending a text ("… proposed"), read before " that ". */
  thatSeriesVerbBefore: RegExp;
  /** The nouns that announce a list ("measures", "areas"), lower case. */
  listNouns: Set<string>;
  /** A speech verb that puts a list forward, anywhere in a text. */
  listVerb: RegExp;
  /** Number words ("three" → 3) for counted series. */
  countWords: Map<string, number>;
  themes: Theme[];
}

interface SeriesWords {
  list_verbs: string[];
  separators: string[];
  that_verbs: string[];
  joint_subjects: string[];
}

interface AttributionWords {
  object_verbs: string[];
  relay_verbs: string[];
  clause_openers: string[];
  modifier_determiners: string[];
  not_modified_nouns: string[];
}

const word = (phrases: Iterable<string>) => `\\b(?:${alternation(phrases)})\\b`;

export function loadSpeech(): SpeechLexicon {
  const file = (name: string) => dataPath('speech', name);
  const verbs = readLines(file('verbs.txt')).map((v) => v.trim().toLowerCase());
  const pronouns = readLines(file('pronouns.txt')).map((v) => v.trim().toLowerCase());
  const roleRows = readTsv(file('roles.txt'));
  const roles = new Map<string, { match: 'office' | 'any'; inOffice: RegExp }>();
  for (const r of roleRows) {
    if (r.match !== 'office' && r.match !== 'any') throw new Error(`data/speech/roles.txt: bad match "${r.match}" for "${r.role}"`);
    roles.set(r.role.toLowerCase(), { match: r.match, inOffice: new RegExp(word([r.role]), 'i') });
  }
  const roleAlt = alternation(roles.keys());
  // "the Vietnamese leader", "the visiting Australian prime minister": up to three words between.
  const description = `\\b[Tt]he\\s+(?:[A-Za-z][\\w'’.-]*\\s+){0,3}?(${roleAlt})\\b`;
  const ordinalRows = readTsv(file('ordinals.tsv'));
  const ordinals = new Map<string, number | 'next'>();
  const copulaOnly: string[] = [];
  for (const r of ordinalRows) {
    const n = r.ordinal === 'next' ? 'next' : Number(r.ordinal);
    if (n !== 'next' && !Number.isInteger(n)) throw new Error(`data/speech/ordinals.tsv: bad ordinal for "${r.word}"`);
    ordinals.set(r.word.toLowerCase(), n);
    if (r.only === 'copula') copulaOnly.push(r.word.toLowerCase());
  }
  const ordinalAlt = alternation([...ordinals.keys()].filter((w) => !copulaOnly.includes(w)));
  const copulaAlt = alternation(copulaOnly);
  const listNouns = readLines(file('list-nouns.txt')).map((v) => v.trim());
  const numberish = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';
  const attribution = readYaml<AttributionWords>(file('attribution.yaml'));
  for (const k of ['object_verbs', 'relay_verbs', 'clause_openers', 'modifier_determiners', 'not_modified_nouns'] as const) {
    if (!Array.isArray(attribution?.[k])) throw new Error(`data/speech/attribution.yaml: ${k} must be a list of words`);
  }
  const series = readYaml<SeriesWords>(file('series.yaml'));
  for (const k of ['list_verbs', 'separators', 'that_verbs', 'joint_subjects'] as const) {
    if (!Array.isArray(series?.[k])) throw new Error(`data/speech/series.yaml: ${k} must be a list`);
  }
  const countWords = new Map<string, number>();
  for (const r of readTsv(dataPath('figures', 'number-words.tsv'))) {
    const n = Number(r.value);
    if (Number.isInteger(n) && n >= 2 && n <= 12) countWords.set(r.word.toLowerCase(), n);
  }
  const themeData = readYaml<Record<string, string[]>>(file('themes.yaml'));
  if (!themeData || typeof themeData !== 'object') throw new Error('data/speech/themes.yaml: expected a mapping of theme → keywords');
  return {
    verbRe: new RegExp(word(verbs), 'gi'),
    verbAtStart: new RegExp(`^\\s*(?:${alternation(verbs)})\\b`, 'i'),
    verbAtEnd: new RegExp(`${word(verbs)}\\s*[,:]?\\s*$`, 'i'),
    pronouns: new Set(pronouns),
    pronounBefore: new RegExp(`\\b(?:${alternation(pronouns)})\\s*$`, 'i'),
    pronounAfter: new RegExp(`^\\s*(?:${alternation(pronouns)})\\b`, 'i'),
    pronounAny: new RegExp(word(pronouns), 'gi'),
    descriptionBefore: new RegExp(`${description}\\s*$`, 'i'),
    descriptionAfter: new RegExp(`^\\s*${description}`, 'i'),
    roles,
    objectCues: new Set(readLines(file('object-cues.txt')).map((v) => v.trim().toLowerCase())),
    titleFillers: new Set(readLines(file('title-fillers.txt')).map((v) => v.trim().toLowerCase())),
    titleCueBefore: new RegExp(`${word(readLines(file('title-cues.txt')).map((v) => v.trim()))}[\\s:,]*$`, 'i'),
    scareTerms: new Set(readLines(file('scare-terms.txt')).map((v) => v.trim().toLowerCase())),
    ordinals,
    // "First, …" or "The first (step) is (to) …"; the ordinal is group 1 or 2.
    // "First, …", "The first (step) is (to) …", "A third is …", "One is to …", "Another (step) is to …" ("One is a
    // banker" is no item).
    ordinalAtStart: new RegExp(`^\\s*["“‘]?(?:(${ordinalAlt})\\s*[,:]\\s*|(?:the|a)\\s+(${ordinalAlt})\\s+${ORDINAL_COPULA}|(${copulaAlt})\\s+(?:[a-z]+\\s+)?is\\s+to\\s+)`, 'i'),
    // "…: first, …; second, …", "the first is …; the second is …", "(1) …, (2) …", ": 1) …; 2) …; and 4) …": group 1, 2
    // or 3.
    ordinalInline: new RegExp(
      `[:;,]\\s*(?:and\\s+)?(${ordinalAlt})\\s*,\\s*|(?:^|[:;]\\s*(?:and\\s+)?)["“‘]?the\\s+(${ordinalAlt})\\s+${ORDINAL_COPULA}|(?:^|[\\s:;,])(?:and\\s+)?\\(?(\\d{1,2})\\)\\s+`,
      'gi',
    ),
    attributionTail: new RegExp(`,\\s+(?:he|she|they|(?:[A-Z][\\w'’.-]*\\s+){0,3}[A-Z][\\w'’.-]*)\\s+(?:${alternation(verbs)})\\b[^]*$`),
    framingAtStart: new RegExp(`^(?:${alternation(readLines(file('framing.txt')).map((v) => v.trim()))})\\s+`, 'i'),
    subjectModalAtStart: new RegExp(`^(?:[A-Za-z][\\w'’-]*\\s+){1,4}?(?:${alternation(readLines(file('modals.txt')).map((v) => v.trim()))})\\s+(?=[a-z])`),
    headlineBreak: new RegExp(`,\\s+(?:${alternation(readLines(file('headline-breaks.txt')).map((v) => v.trim()))})\\b`, 'i'),
    elaborationBreak: new RegExp(`,\\s+(?:${alternation(readLines(file('elaboration-breaks.txt')).map((v) => v.trim()))})\\b`, 'i'),
    listIntro: new RegExp(
      `(?:\\b${numberish}(?:-point)?\\s+(?:[a-z-]+\\s+){0,2}(?:${alternation(listNouns)})\\b|\\bthe\\s+following\\b|\\b${numberish}-point\\b|:\\s*$)`,
      'i',
    ),
    proxyBefore: new RegExp(`\\b(?:whose|his|her|their)\\s+(?:${alternation(readLines(file('proxy-nouns.txt')).map((v) => v.trim()))})\\s*$`, 'i'),
    reportSubjectWords: new Set(readLines(file('report-subjects.txt')).map((v) => v.trim().toLowerCase())),
    // Single characters as one class, which is scanned several times faster than an alternation.
    seriesTrigger: new RegExp(
      [
        `[${series.separators.filter((s) => s.length === 1).join('').replace(/[\\\]^-]/g, '\\$&')}]`,
        ...series.separators.filter((s) => s.length > 1).map((s) => alternation([s])),
        `[${[...new Set(series.that_verbs.map((v) => v.at(-1) ?? ''))].join('').replace(/[\\\]^-]/g, '\\$&')}] that `,
      ].join('|'),
      'g',
    ),
    countedSeriesBefore: new RegExp(
      `\\b(${alternation(countWords.keys())}|\\d)(?:\\s+|-)(?:[a-z-]+\\s+){0,2}?(?:${alternation(listNouns)})\\b(?:\\s+[A-Za-z-]+){0,6}?[\\s,]*$`,
      'i',
    ),
    thatSeriesAt: new RegExp(`(?:${alternation(series.that_verbs)})\\s+that\\s+(?:${alternation(series.joint_subjects)})\\s+(?:should\\s+)?`, 'y'),
    listVerb: new RegExp(word(series.list_verbs), 'i'),
    thatSeriesVerbBefore: new RegExp(`${word(series.that_verbs)}$`),
    listNouns: new Set(listNouns.map((n) => n.toLowerCase())),
    countWords,
    objectVerbs: new Set(attribution.object_verbs.map((v) => v.toLowerCase())),
    relayBefore: new RegExp(`${word(attribution.relay_verbs)}\\s+(\\S.{0,60}?)\\s+as\\s*$`, 'id'),
    clauseOpenerAtStart: new RegExp(`^\\s*[,—–-]?\\s*${word(attribution.clause_openers)}`, 'i'),
    determinerAtEnd: new RegExp(`${word(attribution.modifier_determiners)}\\s*$`, 'i'),
    notModifiedNouns: new Set(attribution.not_modified_nouns.map((v) => v.toLowerCase())),
    themes: Object.entries(themeData).map(([label, keywords]) => {
      if (!Array.isArray(keywords)) throw new Error(`data/speech/themes.yaml: theme "${label}" needs a list of keywords`);
      return { label, keywords: new RegExp(word(keywords), 'gi') };
    }),
  };
}
