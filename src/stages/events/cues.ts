// Finds the event cues of one sentence with the compiled trie and keeps the best non-overlapping ones.
import type { TrieInput, TrieMatch } from '../../lexicon/cue-trie.ts';
import type { Cue, EventGrammar, EventsLexicon } from '../../lexicon/events.ts';
import { isPunctWord, REFUSING, WILL } from './clause.ts';
import { isCapitalized, isPunct, wordAt, type Tok } from './tokens.ts';

export interface CueSpan {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Cues whose pattern matched exactly this span, best first; the coder uses the first whose parties fit. */
  cues: Cue[];
  /** Token range of the pattern's <X> slot. */
  slot?: [number, number];
  /** Cues in the infinitive or clause of a cue like "agreed to" or "urged X to" are not events of their own. */
  suppressed: boolean;
  /** A concession promised by the cue before it ("promised to lift the ban"): coded as a future act. */
  promised: boolean;
}

/** Words that refuse or negate an agreement a few words before it ("failed on Monday to agree", "could not agree"). */
const REFUSALS = new Set([...REFUSING, 'not', "n't", 'never', 'unable']);
const REFUSAL_REACH = 5;

/** Whether a refusal stands in the few words before `at`, with no punctuation between. */
function refusedBefore(words: string[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= REFUSAL_REACH; k--) {
    if (REFUSALS.has(words[k])) return true;
    if (words[k] === ',' || words[k] === ';') return false;
  }
  return false;
}

const COMPLEMENT_REACH = 12;

/** Words after which a verb's base form is a verb ("will supply", "agreed to lift"), not a noun ("the ban"). */
/** Auxiliaries and negations after which a verb's base form is the verb of its clause ("does not recognise"). */
export const AUX_BEFORE_BASE = new Set(['will', 'would', 'shall', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'do', 'does', "'ll", "n't", 'not', 'never', 'cannot']);
const BEFORE_BASE = new Set([...AUX_BEFORE_BASE, 'to']);
/** Words after which an -ing form is a verb ("were deporting", "began shipping"), not a noun or adjective. */
const BEFORE_ING = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am', 'began', 'begun', 'begin', 'begins', 'started', 'start', 'starts', 'kept', 'keep', 'keeps', 'continued', 'continue', 'continues', 'resumed']);
const HAVE = new Set(['has', 'have', 'had']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'my', 'your']);
const POSSESSIVE_S = new Set(["'s", '’s', "'", '’']);
/** Prepositions after which a past form qualifies a noun ("supporters of jailed former prime minister Imran Khan"). */
const BEFORE_ADJECTIVE = new Set(['of', 'for']);
/** Prepositions before a name that make the form in -s after it a noun ("in Israeli jails", "from Russian prisons"). */
const BEFORE_NAME_NOUN = new Set(['in', 'into', 'from', 'at', 'of', 'to']);

/**
 * Whether a verb of the broad lexicon is used as a verb at `i`: a base form after an auxiliary or "to", an -ing
 * form after "is" or "began", a present form in -s after a capitalised name or a pronoun ("Iran frees"; not after a
 * preposition and a name: "in Israeli jails"), a past form anywhere but after a determiner or "of"/"for" ("the
 * detained man", "supporters of jailed former prime minister Imran Khan").
 */
function verbalUse(words: string[], tokens: Tok[], i: number, cue: Cue, lex: EventsLexicon): boolean {
  const { grammar: g, pastForms } = lex;
  const f = cue.fallback!;
  const w = words[i];
  let k = i - 1;
  while (k >= 0 && g.skippable.has(words[k])) k--;
  const before = wordAt(words, k);
  if (f.base.has(w)) return BEFORE_BASE.has(before) || namedAgentBefore(words, tokens, k, i, lex);
  // "M23 rebels backed by Rwanda took …": a participle after a noun, with its agent, qualifies the noun.
  if (words[i + 1] === 'by' && !g.be.has(before) && !HAVE.has(before)) return false;
  if (f.ing.has(w)) return BEFORE_ING.has(before);
  if (DETERMINERS.has(before) || BEFORE_ADJECTIVE.has(before)) return false;
  // (Nor after a verb and a name: "jets struck PKK targets", "hit Houthi positions": the name qualifies the noun.)
  // (After the sentence's first word only with an object right after it: "Kigali denies it", not "Chinese exports to …".)
  if (w.endsWith('s') && !w.endsWith('ss') && k === 0 && !objectAfter(words, tokens, i)) return false;
  if (w.endsWith('s') && !w.endsWith('ss')) return k >= 0 && (g.pronounsPerson.has(before) || g.pronounsGroup.has(before) || g.pronounsThing.has(before) || (isCapitalized(tokens[k]) && !/\d/.test(before) && !BEFORE_NAME_NOUN.has(words[k - 1] ?? '') && !pastForms.has(words[k - 1] ?? '')) || namedAgentBefore(words, tokens, k, i, lex));
  return true;
}

/** Whether an object opens right after the verb at `i`: a determiner or object pronoun, a number or a name ("denies it",
 *  "kills three", "approves Finland's bid"). */
function objectAfter(words: string[], tokens: Tok[], i: number): boolean {
  const next = wordAt(words, i + 1);
  return OBJECT_START.has(next) || /^\d/.test(next) || (i + 1 < tokens.length && isCapitalized(tokens[i + 1]));
}

/** How many words an agent noun may have ("foreign ministry"). */
const AGENT_WORDS = 3;

/** Whether an agent noun right after a capitalised word ends at `k`, before the verb at `i` ("Turkish parliament",
 *  "Thai foreign ministry"): a form in -s or a base form after it is a verb, as headlines write it ("Turkish parliament
 *  approves …", "Turkish lawmakers approve …"). */
function namedAgentBefore(words: string[], tokens: Tok[], k: number, i: number, lex: EventsLexicon): boolean {
  // (With an object right after the verb: in "Chinese coast guard ships fired", "ships" is a noun.)
  if (!objectAfter(words, tokens, i)) return false;
  for (let j = k; j > 0 && k - j < AGENT_WORDS; j--) {
    const a = lex.agents.matchAt(words, j);
    if (a && j + a.length === k + 1 && isCapitalized(tokens[j - 1])) return true;
  }
  return false;
}

/** "the case of detained Australian writer Yang Hengjun", "the seized tanker": a past form (no base form too) right
 *  after a determiner or "of"/"for" qualifies the noun after it; it tells no act. (Only a cue of that one word: a
 *  pattern that names the phrase, "a signed article", means it.) */
function adjectivalPast(words: string[], i: number, lex: EventsLexicon): boolean {
  const w = words[i];
  const before = wordAt(words, i - 1);
  return (DETERMINERS.has(before) || BEFORE_ADJECTIVE.has(before)) && lex.pastForms.has(w) && !lex.baseForms.has(w) && wordAt(words, i + 1) !== 'by';
}

/** "a free trade deal", "expand free movement", "keep an open border": a base form that is also an adjective
 *  (adjective_verbs) after a determiner, a preposition other than "to", or another verb qualifies the noun after it. */
function adjectivalBase(words: string[], i: number, lex: EventsLexicon): boolean {
  if (!lex.grammar.adjectiveVerbs.has(words[i])) return false;
  const before = wordAt(words, i - 1);
  if (before === 'to') return false;
  return DETERMINERS.has(before) || lex.grammar.prepositions.has(before) || lex.baseForms.has(before) || lex.pastForms.has(before) || before.endsWith('ing');
}

/** Participles of taking people or things, which have an object when they are verbs ("warships massed in the Gulf" is
 *  a verb with none). */
export const TAKEN_PARTICIPLES = new Set(['captured', 'detained', 'arrested', 'seized', 'abducted', 'kidnapped', 'jailed', 'imprisoned', 'confiscated', 'impounded']);
/** Participles of where forces are kept, which tell where a noun's forces are, not that they were sent ("troops
 *  stationed on a grounded warship"), in a cue of any length. */
const PLACED_PARTICIPLES = new Set(['stationed', 'based', 'garrisoned']);
/** Words after a participle that qualifies the noun before it ("soldiers captured in the Kursk region"). */
const AFTER_REDUCED_RELATIVE = new Set(['in', 'during', 'at', 'near', 'on', 'off', 'inside', 'after', 'while', 'since', 'last', 'earlier']);

/** "swap North Korean soldiers captured in the Kursk region", "released 18 soldiers captured during the July
 *  fighting": a participle of TAKEN_PARTICIPLES between a common noun and a preposition, with no object, qualifies
 *  the noun; the capture is told of the people, not done in this clause. */
function reducedRelative(words: string[], tokens: Tok[], i: number, lex: EventsLexicon): boolean {
  const w = words[i];
  const before = wordAt(words, i - 1);
  if (!lex.pastForms.has(w) || lex.baseForms.has(w) || !AFTER_REDUCED_RELATIVE.has(wordAt(words, i + 1))) return false;
  // (Also in a lead that opens in capitals, "AN IRISH WOMAN detained in Turkey": a capitalised word after another one, no
  // acronym standing as a subject.)
  const common = i > 0 && (/^[a-z]+$/.test(tokens[i - 1].text) || (i > 1 && CAPS_WORD.test(tokens[i - 1].text) && CAPS_WORD.test(tokens[i - 2].text)));
  return common && !lex.grammar.functionWords.has(before) && !lex.grammar.be.has(before) && !lex.grammar.skippable.has(before) && !before.endsWith('ly');
}
const CAPS_WORD = /^[A-Z]+$/;

/** Participles of sending forces, which after a noun and before the clause's own verb qualify the noun. */
const SENT_PARTICIPLES = new Set(['sent', 'deployed', 'dispatched']);
/** Finite auxiliaries that, after such a participle's phrase, are the clause's own verb. */
const FINITE_AUX = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'was', 'will']);
/** How far after the participle the clause's own verb may stand. */
const SENT_PHRASE_REACH = 8;
/** A plural common noun ("forces", "troops"). */
const PLURAL_LOWER = /^[a-z]+s$/;

/** "Ugandan special forces sent to Juba in March have begun pulling out": a participle of sending between a plural
 *  noun and "to", with the clause's auxiliary after its phrase (no comma between), tells of the noun; no act here. */
function sentBeforeVerb(words: string[], tokens: Tok[], i: number, lex: EventsLexicon): boolean {
  if (!SENT_PARTICIPLES.has(words[i]) || words[i + 1] !== 'to' || !PLURAL_LOWER.test(tokens[i - 1]?.text ?? '')) return false;
  for (let k = i + 2; k < words.length && k - i <= SENT_PHRASE_REACH; k++) {
    if (isPunctWord(words[k])) return false;
    if (FINITE_AUX.has(words[k])) return true;
  }
  return false;
}

/** Words that open a verb's object ("denies it", "frees two …"). */
const OBJECT_START = new Set([...DETERMINERS, 'it', 'them', 'him', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']);

const QUOTE_MARKS = new Set(['"', '“', '”']);
/** Scale words and currency signs of an amount, which a cue pattern's gap steps over as part of it. */
const AMOUNT_SCALES = new Set(['million', 'billion', 'trillion', 'mln', 'bln', 'bn']);
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₹', 'us$']);
const DIGITS_OR_DECIMAL = /^\d[\d,.]*$/;
/** The country letters of a dollar ("A$", "NZ$", "HK$", "S$"). */
const CURRENCY_PREFIX = /^[A-Z]{1,3}$/;
const LOWER_WORD = /^\p{Ll}+$/u;
const DIGITS = /^\d+$/;

/** The dot of an abbreviation inside the sentence ("U.S." → U.S + "."): no end of a clause. */
function abbreviationDot(tokens: Tok[], words: string[], i: number): boolean {
  return words[i] === '.' && i > 0 && i < tokens.length - 1 && tokens[i - 1].end === tokens[i].start && words[i - 1].includes('.');
}

/** How far after a list's comma its closing "and" or "or" may stand. */
const LIST_REACH = 5;

/**
 * What the cue trie reads of one sentence: its words, the tokens a pattern may step over (adverbs, dates) and
 * those a gap may not cross. (A class, so that these are not closures made and named for every sentence.)
 */
class SentenceInput implements TrieInput {
  // What skippable, barrier and gapFree answered at each token (0 not asked yet, 1 no, 2 yes): the trie's walks ask
  // about the same tokens again and again (about twice each).
  private readonly skips: number[];
  private readonly barriers: number[];
  private readonly gapFrees: number[];

  constructor(private readonly tokens: Tok[], readonly words: string[], private readonly dateTok: number[], private readonly g: EventGrammar) {
    this.skips = new Array<number>(tokens.length).fill(0);
    this.barriers = new Array<number>(tokens.length).fill(0);
    this.gapFrees = new Array<number>(tokens.length).fill(0);
  }

  private isDate(i: number): boolean {
    return i >= 0 && i < this.tokens.length && this.dateTok[i] >= 0;
  }

  skippable(i: number): boolean {
    if (this.skips[i] === 0) this.skips[i] = this.isSkippable(i) ? 2 : 1;
    return this.skips[i] === 2;
  }

  gapFree(i: number): boolean {
    if (this.gapFrees[i] === 0) this.gapFrees[i] = this.isGapFree(i) ? 2 : 1;
    return this.gapFrees[i] === 2;
  }

  barrier(i: number): boolean {
    if (this.barriers[i] === 0) this.barriers[i] = this.isBarrier(i) ? 2 : 1;
    return this.barriers[i] === 2;
  }

  private isSkippable(i: number): boolean {
    const w = this.words[i];
    // (And a quotation mark: 'will respond "firmly and in kind"'.)
    return this.g.skippable.has(w) || this.isDate(i) || (this.g.dateLead.has(w) && this.isDate(i + 1)) || this.plusFormat(i) || QUOTE_MARKS.has(w);
  }

  /** "their first 2+2 dialogue": the name of a format of talks, "2+2" (three tokens), is stepped over as one adverb. */
  private plusFormat(i: number): boolean {
    const w = this.words[i];
    if (w === '+') return DIGITS.test(this.words[i - 1] ?? '') && DIGITS.test(this.words[i + 1] ?? '');
    if (DIGITS.test(w)) return this.words[i - 1] === '+' || this.words[i + 1] === '+';
    // (With its quotation marks: "their first "2+2" dialogue".)
    return QUOTE_MARKS.has(w) && ((this.words[i + 2] === '+' && DIGITS.test(this.words[i + 1] ?? '')) || (this.words[i - 2] === '+' && DIGITS.test(this.words[i - 1] ?? '')));
  }

  /** "a loan of 30 billion yen to": the scale word of an amount and the word of its unit after it, or the figures
   *  after a currency sign ("$2 billion"), go with the amount's first token in a gap. */
  private isGapFree(i: number): boolean {
    const w = this.words[i];
    if (AMOUNT_SCALES.has(w)) return DIGITS_OR_DECIMAL.test(this.words[i - 1] ?? '');
    if (DIGITS_OR_DECIMAL.test(w)) return CURRENCY_SIGNS.has(this.words[i - 1] ?? '');
    // The sign of "A$20 million", "NZ$18 million" goes with the country letters written against it.
    if (CURRENCY_SIGNS.has(w)) return i > 0 && this.tokens[i - 1].end === this.tokens[i].start && CURRENCY_PREFIX.test(this.tokens[i - 1].text);
    // (The comma of a list counts for nothing either: "kicked out Argentine, Chilean and Peruvian diplomats".)
    if (w === ',') return this.listComma(i);
    return AMOUNT_SCALES.has(this.words[i - 1] ?? '') && LOWER_WORD.test(w) && !this.g.functionWords.has(w);
  }

  /**
   * A comma between two names of a list closed by "and" or "or" within a few words ("Argentine, Chilean and Peruvian").
   * (Only names: over a list of things a gap would reach a noun of another pattern, "blocked roads, roundabouts and fuel
   * depots" is no blockade of fuel.)
   */
  listComma(i: number): boolean {
    const before = this.tokens[i - 1];
    const after = this.tokens[i + 1];
    if (!before || !after || !isCapitalized(before) || !isCapitalized(after) || this.g.functionWords.has(this.words[i + 1]) || this.g.clauseBoundaries.has(this.words[i + 1])) return false;
    for (let j = i + 2; j < this.words.length && j <= i + LIST_REACH; j++) {
      const w = this.words[j];
      if (w === 'and' || w === 'or') return j > i + 1 && !isPunct(this.tokens[j - 1]) && j + 1 < this.words.length && !isPunct(this.tokens[j + 1]);
      if (w !== ',' && isPunct(this.tokens[j])) return false;
    }
    return false;
  }

  private isBarrier(i: number): boolean {
    const w = this.words[i];
    // A quotation mark inside a gap quotes a name or a word ("declared Amnesty an \"undesirable\" group"), no clause;
    // an apostrophe after a plural is its possessive ("held a foreign ministers' meeting").
    return (isPunct(this.tokens[i]) && w !== '-' && !QUOTE_MARKS.has(w) && !this.plusFormat(i) && !abbreviationDot(this.tokens, this.words, i) && !pluralPossessive(this.words, i) && !(w === ',' && this.listComma(i))) || this.g.clauseBoundaries.has(w);
  }
}

/** Whether token `i` is the apostrophe of a plural's possessive ("ministers' meeting"). */
function pluralPossessive(words: string[], i: number): boolean {
  return words[i] === "'" && i > 0 && words[i - 1].length > 1 && words[i - 1].endsWith('s');
}

/** Whether one of `set` is among words[from, to). */
function anyIn(words: string[], from: number, to: number, set: Set<string>): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) if (set.has(words[i])) return true;
  return false;
}

/** The cue of an order ("ordered <X> to", request.yaml `demand`), and words after "to" that make it a preposition
 *  before a noun phrase. */
const ORDER_CUE = 'events.request.demand';
const TO_NOUN = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** "declined to comment", "at the latter's request", "left Beijing for Astana": words near the cue cancel it. */
function cancelled(words: string[], m: TrieMatch<Cue>): boolean {
  if (m.value.cancelAfter.size > 0 && anyIn(words, m.to, m.to + 3, m.value.cancelAfter)) return true;
  // ("ordered the army to the highest level of combat readiness": "to" before a noun phrase is no infinitive, and an
  // order to go somewhere is no request.)
  // (Not when the slot itself holds the infinitive: "ordered Karnataka to release water to the state".)
  if (m.value.id === ORDER_CUE && words[m.to - 1] === 'to' && TO_NOUN.has(words[m.to] ?? '') && !(m.slot && words.slice(m.slot[0], m.slot[1]).includes('to'))) return true;
  const within = m.value.cancelWithin;
  // (Also inside a match whose gap ran long: "asked Mudavadi to convey his greetings to".)
  if (within && anyIn(words, m.from + 1, m.to + within.reach, within.words)) return true;
  const before = m.value.cancelBefore;
  return before !== null && anyIn(words, m.from - before.reach, m.from, before.words);
}

/** How many words a subject may have between ", and" and its verb. */
const SUBJECT_WORDS = 4;

/** Whether ", and" and a few words (no punctuation) stand right before token `at`. */
function commaAndBefore(words: string[], at: number): boolean {
  for (let k = at - 2; k >= 1 && at - k <= SUBJECT_WORDS + 1; k--) {
    if (words[k] === 'and') return words[k - 1] === ',';
    if (isPunctWord(words[k])) return false;
  }
  return false;
}

/** `words` are the tokens' lower-case texts; `dateTok[i]` ≥ 0 when token i is inside a date mention. */
/** Words that open a meeting noun told as the setting of an act ("following talks in Doha"). */
const SETTING_LEADS = new Set(['during', 'after', 'following', 'at']);
/** Words besides "during" that open a call told as the setting of an act ("in a telephone conversation with …"). */
const CALL_SETTINGS = new Set(['in', 'over']);

/** ", a move …", ", a step …": a phrase of words on the act told before opens at the comma at `k`. */
function onTheActAt(words: string[], k: number, lex: EventsLexicon): boolean {
  return words[k] === ',' && (words[k + 1] === 'a' || words[k + 1] === 'an') && lex.grammar.eventAnaphors.matchAt(words, k + 2) !== null;
}

/** How many words a closing attribution's source may have (", the two governments said"). */
const SOURCE_WORDS = 4;

/** ", the two governments said": a comma that opens a closing attribution. */
function attributionAt(words: string[], k: number, lex: EventsLexicon): boolean {
  if (words[k] !== ',') return false;
  for (let j = k + 1; j < words.length && j - k <= SOURCE_WORDS + 1; j++) {
    if (lex.grammar.attribution.matchAt(words, j) !== null) return !words[j].endsWith('ing');
    if (isPunctWord(words[j])) return false;
  }
  return false;
}

export function findCueSpans(tokens: Tok[], words: string[], dateTok: number[], lex: EventsLexicon): CueSpan[] {
  const input = new SentenceInput(tokens, words, dateTok, lex.grammar);
  const matches = lex.trie.matchAll(input);
  // (Most sentences have no cue: nothing below is needed for them.)
  if (matches.length === 0) return [];
  // Higher priority first, then leftmost, then longest: in "lifted its ban on imports" the verb that
  // starts first governs ("lifted … ban"), not the noun read as a verb ("ban on … imports").
  matches.sort((a, b) => b.value.priority - a.value.priority || a.from - b.from || b.to - b.from - (a.to - a.from));

  const taken = new Array<boolean>(tokens.length).fill(false);
  const spans: CueSpan[] = [];
  // Kept spans do not overlap: by its first token, a span is found again when another cue matches it exactly.
  const spanAt = new Map<number, CueSpan>();
  for (const m of matches) {
    const same = spanAt.get(m.from);
    if (same && same.to === m.to) {
      if (!same.cues.includes(m.value) && !cancelled(words, m)) same.cues.push(m.value);
      continue;
    }
    // "held talks in Geneva on March 3": a month is no cue word ("{hold} … march" is a protest).
    if (dateTok[m.from] >= 0 || dateTok[m.to - 1] >= 0) continue;
    // "fired a ballistic missile on May 8": a pattern's last word that opens a date ("on") is the date's, not the
    // cue's ("{fire} … on" is firing on a target).
    if (m.to - m.from > 1 && lex.grammar.dateLead.has(words[m.to - 1]) && dateTok[m.to] >= 0) continue;
    // "held a phone call on Sunday to discuss …": nor is a pattern's word before its slot when the slot opens with a date
    // ("{call} on <X> to" calls on no one).
    if (m.slot && m.slot[0] > m.from && lex.grammar.dateLead.has(words[m.slot[0] - 1]) && dateTok[m.slot[0]] >= 0) continue;
    let free = true;
    for (let i = m.from; i < m.to; i++) if (taken[i]) free = false;
    if (!free || (m.value.fallback && !verbalUse(words, tokens, m.from, m.value, lex)) || adjectivalBase(words, m.from, lex) || (m.to - m.from === 1 && (adjectivalPast(words, m.from, lex) || (TAKEN_PARTICIPLES.has(words[m.from]) && reducedRelative(words, tokens, m.from, lex)))) ||
      (PLACED_PARTICIPLES.has(words[m.from]) && reducedRelative(words, tokens, m.from, lex)) || (m.to - m.from === 1 && sentBeforeVerb(words, tokens, m.from, lex))) continue;
    for (let i = m.from; i < m.to; i++) taken[i] = true;
    // "declined to comment": the words are used up, so no shorter cue ("declined") codes them either.
    if (cancelled(words, m)) continue;
    const span: CueSpan = { from: m.from, to: m.to, cues: [m.value], slot: m.slot, suppressed: false, promised: false };
    spans.push(span);
    spanAt.set(m.from, span);
  }
  spans.sort((a, b) => a.from - b.from);
  // "unless" is a threat only after "will" or "would" in its clause with no cue between (threaten.yaml `unless`): the
  // act made to hang on the other party's is then none the lexicon knows.
  for (let k = spans.length - 1; k >= 0; k--) if (spans[k].cues[0].id === UNLESS_CUE && !threatBefore(tokens, words, spans, k)) spans.splice(k, 1);

  // Spans do not overlap and are in order, so the first one after each span only moves forward.
  let first = 0;
  for (const s of spans) {
    if (!s.cues.some((c) => c.complement)) continue;
    let end = s.to;
    // (Nor past ", a move Thailand rejected": words on the act, whose complement ends at that comma.)
    // (Nor past a closing attribution: "agreed to reopen the border, the two governments said … following talks".)
    // (Nor past a clause of the occasion after a comma: "agreed to hold the commission's meeting in January, as Bashir
    // Uddin met Pakistan's envoy".)
    // (Nor, for a noun, past the passive verb of the clause it is the subject of: "A request by Kenya for talks was rejected
    // by Uganda".)
    // (A noun after a determiner or an owner's "'s": "Trump's demand … was rejected by the Taliban".)
    const noun = DETERMINERS.has(wordAt(words, s.from - 1)) || POSSESSIVE_S.has(wordAt(words, s.from - 1));
    // (Nor into a relative clause about a person named in it: "asked for consular access to Kazemi, who was arrested in
    // Tehran in August" asks for no arrest.)
    while (end < tokens.length && end - s.to < COMPLEMENT_REACH && words[end] !== ';' && words[end] !== '.' && words[end] !== ':' && !PERSON_RELATIVES.has(words[end]) && !onTheActAt(words, end, lex) && !attributionAt(words, end, lex) &&
      !(words[end] === ',' && OCCASION_CLAUSES.has(words[end + 1] ?? '')) && !(noun && lex.grammar.be.has(words[end]) && words[end - 1] !== 'to' && passiveAfter(words, end + 1, lex))) end++;
    while (first < spans.length && spans[first].from < s.to) first++;
    for (let k = first; k < spans.length && spans[k].from < end; k++) {
      const t = spans[k];
      // "ordered the staff to leave and recalled its ambassador": a verb in the past after "and" is the subject's
      // next act, not part of the complement (an infinitive's second verb is a base form: "to build and run").
      if (words[t.from - 1] === 'and' && lex.pastForms.has(words[t.from]) && !lex.baseForms.has(words[t.from])) break;
      // "agreed to deepen defence cooperation, and their governments signed a memorandum": nor is one after ", and"
      // and a subject of its own.
      if (lex.pastForms.has(words[t.from]) && !lex.baseForms.has(words[t.from]) && commaAndBefore(words, t.from)) break;
      // "had agreed to create the fund during a phone call", "made the request in a telephone conversation with …": the
      // call the agreement or request was made in is no part of it (but "agreed to hold talks in a video call" plans it).
      if (t.cues[0].id === 'events.consult.phone-nominal' && (words[t.from] === 'during' || (CALL_SETTINGS.has(words[t.from]) && s.cues[0].type !== 'AGREE'))) continue;
      // "agreed to an immediate ceasefire following talks in Doha": nor are the talks it followed.
      if (SETTING_LEADS.has(words[t.from]) && t.cues[0].type === 'CONSULT' && t.cues[0].noun) continue;
      // A promise to concede or withdraw stays a concession (PLOVER: future CONCEDE/RETREAT are not AGREE); one they
      // "failed to agree" on is none.
      if (s.cues[0].type === 'AGREE' && !s.suppressed && !refusedBefore(words, s.from) && !t.cues[0].fallback && (t.cues[0].type === 'CONCEDE' || t.cues[0].type === 'RETREAT')) {
        s.suppressed = true;
        t.promised = true;
      } else if (s.cues[0].type === 'AGREE' && !s.suppressed && !refusedBefore(words, s.from) && t.cues.some((c) => c.agreedIsAct)) {
        // "has agreed to forgive part of the debt": agreed, the act is done (PLOVER: debt forgiveness is AID).
        s.suppressed = true;
      } else t.suppressed = true;
    }
  }
  disavowReports(spans, words, lex);
  remembered(spans, words);
  approvedActs(spans, words);
  return spans;
}

/** The broad lexicon's "approve" (fallback.tsv). */
const APPROVE_CUE = 'events.support.lexicon-approve';

/** "Japan's Cabinet approved removing South Korea from a list …": approval of an act told by a gerund right after
 *  the verb is that act, not backing of the party it acts on. */
function approvedActs(spans: CueSpan[], words: string[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const s = spans[k];
    const next = spans[k + 1];
    if (s.cues.every((c) => c.id === APPROVE_CUE) && next.from === s.to && words[next.from].endsWith('ing') && !next.suppressed) s.suppressed = true;
  }
}

/** Verbs of remembrance before an anniversary ("to mark 30 years since the genocide"). */
const REMEMBER = new Set(['mark', 'marks', 'marked', 'marking', 'commemorate', 'commemorates', 'commemorated', 'commemorating']);
/** How far after the verb of remembrance its anniversary is named. */
const ANNIVERSARY_REACH = 8;

/**
 * "lit a flame in Kigali to mark 30 years since the genocide in which militias killed 800,000 people": what an
 * anniversary remembers, told after it, is no act of the day (its own dated telling is another sentence's); how it
 * was marked, after "by", is.
 */
function remembered(spans: CueSpan[], words: string[]): void {
  for (let k = 0; k < words.length; k++) {
    if (!REMEMBER.has(words[k])) continue;
    let a = k + 1;
    while (a < words.length && a <= k + ANNIVERSARY_REACH && words[a] !== 'anniversary' && !(words[a] === 'since' && (words[a - 1] === 'years' || words[a - 1] === 'year'))) a++;
    if (a >= words.length || a > k + ANNIVERSARY_REACH) continue;
    // (Not how it was marked: "marked the anniversary of their ties by exchanging congratulatory letters".)
    for (const s of spans) if (s.from > a && !words.slice(a, s.from).includes('by')) s.suppressed = true;
    return;
  }
}

const UNLESS_CUE = 'events.threaten.unless';
/** How far before "unless" the "will" or "would" of its threat may stand. */
const THREAT_REACH = 14;

/** Words of an acting party before "will" or "would" ("the government will …", "it would …"). */
const THREAT_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'government', 'authorities', 'ministry', 'army', 'military', 'junta', 'president', 'minister', 'leader']);

/**
 * Whether "will" or "would" stands before span k's "unless" in its clause, with no other cue between, right after a
 * name or a word of an acting party ("Juba will shut the valves …", not "the plan would fail unless …").
 */
function threatBefore(tokens: Tok[], words: string[], spans: CueSpan[], k: number): boolean {
  const at = spans[k].from;
  const previous = k > 0 ? spans[k - 1].to : 0;
  for (let j = at - 1; j > 0 && at - j <= THREAT_REACH; j--) {
    if (j < previous || words[j] === ',' || words[j] === ';' || words[j] === ':') return false;
    if (WILL.has(words[j])) return THREAT_SUBJECTS.has(words[j - 1]) || isCapitalized(tokens[j - 1]);
  }
  return false;
}

/** A past form at `k`, or after an adverb there ("flatly rejected"). */
function passiveAfter(words: string[], k: number, lex: EventsLexicon): boolean {
  return lex.pastForms.has(wordAt(words, k)) || (wordAt(words, k).endsWith('ly') && lex.pastForms.has(wordAt(words, k + 1)));
}

/** Words after a comma that open a clause of the occasion of an act, no part of its complement. */
const OCCASION_CLAUSES = new Set(['as', 'when', 'while', 'after']);
const PERSON_RELATIVES = new Set(['who', 'whom', 'whose']);

/** How far after a verb of denial the reports it denies may be named ("denied on Monday reports in Afghan media"). */
const DISAVOWED_REACH = 4;
const DISMISS = new Set(['dismiss', 'dismisses', 'dismissed', 'dismissing']);
/** ", and on Monday it expelled …": the next clause. */
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'although', 'though', 'as', 'after']);

/**
 * "The Foreign Office denied reports in Afghan media that Pakistan had agreed to release prisoners", "dismissed press
 * reports that …": a denial of what others wrote (grammar.yaml disavowed) is no act toward anyone, and nothing the
 * reports told is an event.
 */
function disavowReports(spans: CueSpan[], words: string[], lex: EventsLexicon): void {
  const g = lex.grammar;
  for (let k = 0; k < words.length; k++) {
    if (!g.denials.matchAt(words, k) && !DISMISS.has(words[k])) continue;
    let r = k + 1;
    while (r < words.length && r <= k + DISAVOWED_REACH && !g.disavowed.has(words[r])) r++;
    // ("dismissed as biased a report by UN experts": a report by a party is its accusation, rejected.)
    if (!g.disavowed.has(words[r] ?? '') || words[r + 1] === 'by') continue;
    let end = r + 1;
    // (Up to the denier's own words, ", saying no such decision had been taken" (grammar speech_participles), or next act:
    // "denied the reports and expelled two journalists".)
    while (end < words.length && end - r < COMPLEMENT_REACH + 4 && words[end] !== ';' && words[end] !== '.' && !(words[end] === ',' && (g.speechParticiples.has(words[end + 1] ?? '') || CLAUSE_JOINS.has(words[end + 1] ?? ''))) &&
      !(words[end] === 'and' && lex.pastForms.has(words[end + 1] ?? '') && !lex.baseForms.has(words[end + 1] ?? ''))) end++;
    for (const s of spans) if (s.from >= k && s.from < end) s.suppressed = true;
  }
}
