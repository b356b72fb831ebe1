// The clause around a cue (between boundaries such as "that", "who", "said"), and what its words say about
// the act: negated ("did not meet"), future ("will visit"), hypothetical ("could sign"), reported speech.
import { WEEKDAYS } from '../../lexicon/dates.ts';
import type { EventGrammar, EventsLexicon } from '../../lexicon/events.ts';
import type { PhraseSet } from '../../lexicon/phrase-set.ts';
import type { Chunk } from './chunks.ts';
import type { CueSpan } from './cues.ts';
import { wordAt } from './tokens.ts';
import type { SentenceView } from './view.ts';

export interface Clause {
  /** Token range [from, to) of the clause holding the cue. */
  from: number;
  to: number;
}

export interface Aspect {
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  /** The cue is in words attributed to a speaker ("X said that …", "…, he said"): a readout. */
  reported: boolean;
  /** A guess about the future ("is expected to meet"). */
  speculative: boolean;
  /** On a timetable ("is scheduled to meet", "are due to resume"). */
  scheduled: boolean;
  /** The date (index in the view's dates) an act negated up to it took place ("were not restored until 1989"), or -1. */
  untilDate: number;
}

const LOOK_BACK = 6;
/**
 * Tokens a clause reaches on either side of its cue. Clauses of prose end well before (the longest in the test
 * corpora reaches 60); a longer run without a boundary is a list, a table or markup, and reading all of it
 * again for every cue in it would grow with the square of its length.
 */
const CLAUSE_REACH = 100;

/** Where attributions stand in a sentence ("X said", ", he said"): what makes a cue reported speech. */
export interface Attributions {
  /** The first token that opens an attribution, or Infinity. */
  first: number;
  /** The last token of a closing attribution (", he said", ", said the minister"), or -1. */
  lastClosing: number;
  /** The comma that opens that closing attribution, or -1. */
  closingFrom: number;
  /** Tokens where an attribution phrase starts (read only in sentences with cues, where clauses are needed). */
  starts: boolean[];
}

const SOURCE_DETERMINERS = new Set(['the', 'a', 'an']);

/** Reads the attributions of a sentence once, for every cue in it. */
export function findAttributions(words: string[], chunkAt: number[], chunks: Chunk[], lex: EventsLexicon): Attributions {
  const out: Attributions = { first: Infinity, lastClosing: -1, closingFrom: -1, starts: new Array<boolean>(words.length).fill(false) };
  for (let k = 0; k < words.length; k++) {
    if (!lex.grammar.attribution.matchAt(words, k)) continue;
    out.starts[k] = true;
    out.first = Math.min(out.first, k);
    // ", saying …", ", adding …" open new words; ", he said" and ", said the minister" report what came before.
    if (words[k].endsWith('ing')) continue;
    // ", the Kremlin press service said": the source's own words are stepped over, back to its party.
    let j = k - 1;
    // (", the ministry in Baku said": over the city of the source.)
    const city = chunkAt[j] >= 0 && chunks[chunkAt[j]].kind === 'place' ? chunks[chunkAt[j]].from - 1 : -1;
    const overCity = city > 1 && words[city] === 'in' && chunkAt[city - 1] < 0 && lex.grammar.attributionHeads.has(words[city - 1]);
    if (overCity) j = city - 1;
    while (j > 0 && chunkAt[j] < 0 && lex.grammar.attributionHeads.has(words[j])) j--;
    // (", the Armenian government's press office reported": over the owner's "'s".)
    if (j > 0 && words[j] === "'s" && chunkAt[j] < 0 && chunkAt[j - 1] >= 0) j--;
    const ci = chunkAt[j];
    let before = ci >= 0 ? chunks[ci].from - 1 : overCity && SOURCE_DETERMINERS.has(words[j]) ? j - 1 : j;
    // (Back over a party's owner and determiner: ", Taiwan's Ministry of National Defense said", ", the Presidential
    // Office said".)
    while (ci >= 0 && before > 0 && (SOURCE_DETERMINERS.has(words[before]) || (chunkAt[before] >= 0 && words[before] === "'s"))) {
      before = chunkAt[before] >= 0 ? chunks[chunkAt[before]].from - 1 : before - 1;
    }
    if (words[k - 1] === ',' || words[before] === ',') {
      out.lastClosing = k;
      out.closingFrom = words[k - 1] === ',' ? k - 1 : before;
    }
  }
  return out;
}

// (Helpers below are module functions, not closures: the TypeScript loader names every closure as it is
// created, which costs more than the work of these small ones, once per cue.)

/** A phrase of `set` at `lead` (≥ 0) that ends by `to`. */
function wishAt(set: PhraseSet, words: string[], lead: number, to: number): boolean {
  if (lead < 0) return false;
  const m = set.matchAt(words, lead);
  return m !== null && lead + m.length <= to;
}

/** ", and they met …" starts a clause of its own, with its own subject and time. */
function startsNewSubject(view: SentenceView, g: EventGrammar, k: number): boolean {
  const words = view.words;
  if (words[k] !== 'and') return false;
  // ", and in April it expelled …": a date may open the new clause before its subject.
  let j = k + 1;
  if (words[k - 1] === ',') while (j < words.length && (view.dateTok[j] >= 0 || (g.dateLead.has(words[j]) && view.dateTok[j + 1] >= 0))) j++;
  return (words[k - 1] === ',' || g.pronounsPerson.has(words[j]) || g.pronounsGroup.has(words[j])) &&
    (view.chunkAt[j] >= 0 || g.pronounsGroup.has(words[j]));
}

function isClauseBoundary(view: SentenceView, g: EventGrammar, k: number): boolean {
  // "had no choice but to use …": "but" before an infinitive goes on with the clause.
  const infinitiveAfterBut = view.words[k] === 'but' && view.words[k + 1] === 'to';
  return (g.clauseBoundaries.has(view.words[k]) && !infinitiveAfterBut && !shortNameBracket(view, k)) || view.attributions.starts[k] || startsNewSubject(view, g, k);
}

/** How many words a party's short name in brackets may have ("(ECOWAS)", "(Rapid Support Forces)"). */
const SHORT_NAME_WORDS = 4;

/** The "(" of a short name in brackets that closes at `close` right after a party's name, or -1. */
export function shortNameBracketBefore(view: SentenceView, close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= SHORT_NAME_WORDS + 1; k--) {
    if (view.words[k] === '(') return k > 0 && view.chunkAt[k - 1] >= 0 && k < close - 1 ? k : -1;
    if (isPunctWord(view.words[k])) return -1;
  }
  return -1;
}

/** The word after a short name in brackets that opens at `to` ("Kenya (KEN) and"), or `to` when there is none. */
export function shortNameBracketAfter(view: SentenceView, to: number): number {
  if (view.words[to] !== '(') return to;
  for (let k = to + 1; k < view.words.length && k - to <= SHORT_NAME_WORDS + 1; k++) {
    if (view.words[k] === ')') return k > to + 1 ? k + 1 : to;
    if (isPunctWord(view.words[k])) return to;
  }
  return to;
}

/** Whether the bracket at `k` holds a party's short name after its name: "soldiers of the Botswana Defence Force (BDF)
 *  on the Chobe River on Sunday" goes on with its clause. */
function shortNameBracket(view: SentenceView, k: number): boolean {
  if (view.words[k] === ')') return shortNameBracketBefore(view, k) >= 0;
  return view.words[k] === '(' && k > 0 && view.chunkAt[k - 1] >= 0 && shortNameBracketAfter(view, k) > k;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u; // a module constant: see lexicon/tokens.ts
export const isPunctWord = (w: string) => !LETTER_OR_DIGIT.test(w);
/** Auxiliaries before a verb: no subject of a clause of its own ("after being invited"). */
const AUX_BEFORE_VERB = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'shall', 'did', 'does', 'do']);

/** Words right after a subordinator that make no subject of a clause ("after being invited", "since last year"). */
const NO_SUBJECT = new Set(['being', 'having', 'last', 'this', 'next', 'that']);
/** How far after a subordinator its clause's verb may stand. */
export const CLAUSE_VERB_REACH = 8;

/**
 * "after gunmen crossed the border", "when the envoy was summoned": a subordinator at `k` (grammar `subordinators`)
 * that opens a clause of its own, with a subject and then a verb in the past at or before `last` (not "after a visit to
 * Laos", "after being invited", "after talks hosted by Turkey").
 */
export function clauseOpensAt(view: SentenceView, k: number, last: number, lex: EventsLexicon): boolean {
  const { words } = view;
  if (!lex.grammar.subordinators.has(words[k]) || k + 1 >= words.length) return false;
  // ("dismissed as baseless a report which said …": the verb's complement.)
  if (words[k] === 'as' && lex.pastForms.has(words[k - 1])) return false;
  const subject = words[k + 1];
  if (NO_SUBJECT.has(subject) || AUX_BEFORE_VERB.has(subject) || lex.pastForms.has(subject) || view.dateTok[k + 1] >= 0 || isPunctWord(subject)) return false;
  for (let j = k + 2; j <= last && j <= k + CLAUSE_VERB_REACH; j++) {
    // ("after talks hosted by Erdogan": a participle before "by" qualifies a noun.)
    if (lex.pastForms.has(words[j])) return words[j + 1] !== 'by';
    if (isPunctWord(words[j])) return false;
  }
  return false;
}

export function clauseOf(view: SentenceView, span: CueSpan, lex: EventsLexicon): Clause {
  const g = lex.grammar;
  let from = span.from;
  const fromLimit = Math.max(0, span.from - CLAUSE_REACH);
  while (from > fromLimit && !isClauseBoundary(view, g, from - 1)) from--;
  let to = span.to;
  const toLimit = Math.min(view.tokens.length, span.to + CLAUSE_REACH);
  // ("recalled its envoy after gunmen killed four farmers near Bawku": the clause ends before "after".)
  while (to < toLimit && !isClauseBoundary(view, g, to) && !clauseOpensAt(view, to, view.words.length - 1, lex)) to++;
  return { from, to };
}

/** A phrase of `set` in words [from, to), outside the parties' names (a pronoun counts), ending by `to`. */
function phraseBefore(view: SentenceView, set: PhraseSet, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (view.chunkAt[k] >= 0 && view.chunks[view.chunkAt[k]].kind !== 'pronoun') continue;
    // (The month is no modal: "broke off relations in May and had recalled …". Other words of a date count: "from
    // next year" is ahead.)
    if (view.words[k] === 'may' && view.dateTok[k] >= 0) continue;
    const m = set.matchAt(view.words, k);
    if (m && k + m.length <= to) return true;
  }
  return false;
}

/** Verbs of refusal that negate the infinitive after them (grammar `negators` has the plain "failed to"). */
export const REFUSING = new Set(['failed', 'fail', 'fails', 'refused', 'refuse', 'refuses']);

/** Token `k` is in a date, or "on"/"in" before one. */
export function datedAt(view: SentenceView, k: number): boolean {
  return view.dateTok[k] >= 0 || (view.dateTok[k + 1] >= 0 && (view.words[k] === 'on' || view.words[k] === 'in'));
}

/** "failed on Monday to agree": a verb of refusal before `to`, with a date between it and its "to". */
function refusedOverDate(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!REFUSING.has(view.words[k])) continue;
    let j = k + 1;
    while (j < to && datedAt(view, j)) j++;
    if (j > k + 1 && view.words[j] === 'to') return true;
  }
  return false;
}

/** Auxiliaries of the past before "not" ("did not", "were not"). */
const PAST_BEFORE_NOT = new Set(['did', 'was', 'were', 'had']);

/**
 * "relations were not fully restored until 1989", "did not sign the treaty until May 2004": an act in the past
 * negated up to a date right after "until" took place at that date, returned as its index in the view's dates, else
 * -1 (not "will not sign until …", nor "until the talks resume").
 */
function notUntilDate(view: SentenceView, from: number, span: CueSpan, clauseTo: number): number {
  const words = view.words;
  let negated = false;
  // (In a pattern's slot too: "Relations … were not restored".)
  for (let k = Math.max(from, 1); k < span.to; k++) if ((words[k] === 'not' || words[k] === "n't") && PAST_BEFORE_NOT.has(words[k - 1])) negated = true;
  if (!negated) return -1;
  for (let k = span.to; k < clauseTo - 1 && words[k] !== ','; k++) if (words[k] === 'until' || words[k] === 'till') return view.dateTok[k + 1];
  return -1;
}

/** Whether a phrase of `set` ends right before token `to` (starting at `from` or later). */
function endsAt(set: PhraseSet, words: readonly string[], to: number, from: number): boolean {
  for (let k = Math.max(from, to - 2); k < to; k++) {
    const m = set.matchAt(words, k);
    if (m && k + m.length === to) return true;
  }
  return false;
}

/** Prepositions of a date ("on Monday"). */
const DATE_PREPS = new Set(['on', 'in', 'at']);

/**
 * The noun of `decision_nouns` or `promise_nouns` whose infinitive opens at the "to" at `to`, over a date ("the U.S.
 * decision on Monday to …") or a "by" phrase ("the decision by the United States to …", then with that phrase's
 * chunk); else null.
 */
export function decisionNounBefore(view: SentenceView, to: number, lex: EventsLexicon): { at: number; by: Chunk | null } | null {
  const { words, chunkAt, chunks } = view;
  const g = lex.grammar;
  const isNoun = (w: string | undefined) => w !== undefined && (g.decisionNouns.has(w) || g.promiseNouns.has(w));
  let k = to - 1;
  if (k < 0) return null;
  if (view.dateTok[k] >= 0) {
    while (k > 0 && view.dateTok[k] >= 0) k--;
    if (DATE_PREPS.has(words[k])) k--;
  }
  const by = k >= 0 && chunkAt[k] >= 0 ? chunks[chunkAt[k]] : null;
  if (by && by.prep === 'by' && by.parties.length > 0) {
    let n = by.from - 1;
    while (n > 0 && (words[n] === 'by' || words[n] === 'the')) n--;
    return isNoun(words[n]) ? { at: n, by } : null;
  }
  return isNoun(wordAt(words, k)) ? { at: k, by: null } : null;
}

/** Auxiliaries of what is to come ("talks will resume", "would meet in May"). */
export const WILL = new Set(['will', 'would', 'shall']);

/** Whether a condition open at `to` starts in [from, to). An "unless" that opens the sentence or follows a comma ends
 *  at its comma ("Unless Accra reverses its decision, the coalition will …": the coalition's act is no condition); an
 *  "if" clause governs the rest ("If Washington goes ahead, exports could fall"). */
function conditionBefore(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (words[k] === 'if') return true;
    if (words[k] !== 'unless') continue;
    const opens = k === 0 || words[k - 1] === ',';
    if (!opens || !words.slice(k + 1, to).includes(',')) return true;
  }
  return false;
}

/** Prepositions that open a noun cue's phrase of its own after a comma. */
const PHRASE_OPENERS = new Set(['after', 'following', 'before', 'during']);
/** Words that open a condition by inversion ("Had Ethiopia joined …", "Were Algeria to shut …", "Should troops cross …"). */
const INVERTED_CONDITIONS = new Set(['had', 'were', 'should']);

/** The preposition that opens a noun cue's phrase after a comma, the cue's first word or the word before it
 *  (", following a meeting in Stockholm", ", after talks with …"), or -1. */
export function phraseOpener(view: SentenceView, span: CueSpan): number {
  if (!span.cues.some((c) => c.noun)) return -1;
  const opener = PHRASE_OPENERS.has(view.words[span.from]) ? span.from : PHRASE_OPENERS.has(wordAt(view.words, span.from - 1)) ? span.from - 1 : -1;
  return opener > 0 && view.words[opener - 1] === ',' ? opener : -1;
}

/** "a promise by Japan to supply …", "Tokyo's offer to host talks": what a promise or plan says will be done. */
function promised(view: SentenceView, span: CueSpan, lex: EventsLexicon): boolean {
  if (wordAt(view.words, span.from - 1) !== 'to') return false;
  const noun = decisionNounBefore(view, span.from - 1, lex);
  return noun !== null && lex.grammar.promiseNouns.has(view.words[noun.at]);
}

/** `subjectEnd`: the token after the cue's subject, or -1; modals and "will" are looked for from there. */
export function aspectOf(view: SentenceView, span: CueSpan, clause: Clause, lex: EventsLexicon, subjectEnd: number): Aspect {
  const g = lex.grammar;
  // ", following a meeting in Stockholm": a noun cue that opens a phrase after a comma is outside the verb's
  // negation, modals and tense ("will hold more talks, following a meeting …" is no planned meeting).
  const phrase = phraseOpener(view, span) >= 0;
  const from = phrase ? span.from : Math.max(clause.from, span.from - LOOK_BACK);
  const words = view.words;
  // "denied any role in the attack and retaliated with artillery": a verb in the past after "and" is a predicate of
  // its own; the modal words of the one before ("any") are not its.
  const ownPredicate = wordAt(words, span.from - 1) === 'and' && lex.pastForms.has(words[span.from]) && !lex.baseForms.has(words[span.from]);
  const modalFrom = phrase || ownPredicate ? span.from : subjectEnd >= clause.from && subjectEnd <= span.from ? subjectEnd : from;
  // Reported: after "X said (that)", or before a closing ", he said" / ", said the minister"; not the speaker's own
  // words after a comma (", the minister said, pledging to …", "said …, warning that …") nor a state telling its own
  // act of force ("The army said it had struck …").
  const reported = ((view.attributions.first < span.from && !narrativeBetween(view, view.attributions.first, span.from, lex)) || view.attributions.lastClosing >= span.to) &&
    !speakersParticiple(view, span) && !ownForce(view, span, g);
  // "Had Ethiopia joined the talks, …", "Were Algeria to shut the pipeline, …", "Should troops cross, …": a sentence
  // that opens with "had", "were" or "should" before its first comma is a condition.
  // So is what "would have" happened right before the cue ("would have signed a deal"; "would have talks" is a plan).
  const ifBefore = conditionBefore(words, clause.from, span.from) || (INVERTED_CONDITIONS.has(words[0]) && !words.slice(0, span.from).includes(',')) ||
    (wordAt(words, span.from - 2) === 'would' && wordAt(words, span.from - 1) === 'have');
  // "he hoped to travel": a verb of attribution that opens the clause may be a wish ("hoped to") of its own.
  const lead = clause.from > 0 && view.attributions.starts[clause.from - 1] ? clause.from - 1 : -1;
  // "Technical talks between the two countries are due to resume": a noun cue that is the subject of a verb of the
  // future or the timetable.
  const ahead = span.cues.some((c) => c.noun) ? verbAfterNoun(view, g, span.to, clause.to) : -1;
  // "Technical talks are due to resume", "talks will resume": a timetable or "will" inside a pattern's gap.
  const scheduledWithin = phraseBefore(view, g.scheduled, span.from + 1, span.to);
  const willWithin = words.slice(span.from + 1, span.to).some((w) => WILL.has(w));
  // "denied backing the rebels", "denies having supplied weapons": a denial that ends right at the cue.
  const denied = (words[span.from].endsWith('ing') || wordAt(words, span.from - 1) === 'having') && endsAt(g.denials, words, span.from, from);
  // "The treaty, which Russia never signed": a negation in a pattern's slot right before its past verb.
  const slotVerb = span.slot !== undefined && span.slot[1] === span.to - 1 && lex.pastForms.has(words[span.to - 1]);
  const negatedInSlot = slotVerb && phraseBefore(view, g.negators, span.slot![0], span.slot![1]);
  // "On Saturday the Brazilian president travels to São Tomé": a meeting or trip in the present tense, right after a
  // party's name, on a day of the week named in its clause is on the timetable (not "talks between …", "their first
  // direct peace talks", nouns).
  const timetable = span.cues.some((c) => c.type === 'CONSULT') && !span.cues.some((c) => c.noun) && nameBefore(view, span.from, g) &&
    presentForm(words[span.from], lex) && weekdayIn(view, clause);
  const negatedBefore = phraseBefore(view, g.negators, from, span.from) && !phraseBefore(view, g.affirmingNegations, from, span.from);
  const untilDate = negatedBefore || negatedInSlot ? notUntilDate(view, from, span, clause.to) : -1;
  return {
    // "A visit by … to India was not on the agenda": a noun cue that is the subject of a negated "be".
    negated: denied || (negatedInSlot && untilDate < 0) || refusedOverDate(view, from, span.from) || (ahead >= 0 && g.negators.matchAt(words, ahead + 1) !== null) ||
      (negatedBefore && untilDate < 0),
    untilDate,
    // A modal or "will" governs every verb of its clause: "should implement … and launch joint development".
    future: phraseBefore(view, g.future, modalFrom, span.from) || wishAt(g.future, words, lead, span.from) || (ahead >= 0 && g.future.matchAt(words, ahead) !== null) ||
      scheduledWithin || willWithin || promised(view, span, lex) || timetable,
    hypothetical: ifBefore || phraseBefore(view, g.hypothetical, modalFrom, span.from) || enabledBefore(view, g, from, span.from),
    reported,
    speculative: phraseBefore(view, g.speculative, modalFrom, span.from) || wishAt(g.speculative, words, lead, span.from),
    scheduled: phraseBefore(view, g.scheduled, modalFrom, span.from) || (ahead >= 0 && g.scheduled.matchAt(words, ahead + 1) !== null) || scheduledWithin || timetable,
  };
}

// (\p{…} patterns stand in module constants: see lexicon/tokens.ts.)
const LETTER_FIRST = /^\p{L}/u;

/** Whether a party's name ends right before token `k`, or one word before it ("the Brazilian statesman travels"). */
function nameBefore(view: SentenceView, k: number, g: EventGrammar): boolean {
  if (view.chunkAt[k - 1] >= 0) return true;
  const w = view.words[k - 1];
  return w !== undefined && LETTER_FIRST.test(w) && !g.functionWords.has(w) && view.dateTok[k - 1] < 0 && view.chunkAt[k - 2] >= 0;
}

/** "Rabuka says Fiji accepts the assessment, even as church groups staged a protest …": a clause of its own opened by
 *  "as" after a comma between the attribution at `said` and token `to` is the writer's, not the speaker's. */
function narrativeBetween(view: SentenceView, said: number, to: number, lex: EventsLexicon): boolean {
  for (let k = said + 1; k < to; k++) {
    if (view.words[k] !== 'as') continue;
    const lead = view.words[k - 1] === 'even' ? k - 2 : k - 1;
    if (view.words[lead] === ',' && clauseOpensAt(view, k, to, lex)) return true;
  }
  return false;
}

/** Whether `w` is a verb's form in -s ("travels", "visits", "pushes"), whose base form the lexicon knows. */
function presentForm(w: string, lex: EventsLexicon): boolean {
  if (!w.endsWith('s') || w.endsWith('ss')) return false;
  return lex.baseForms.has(w.slice(0, -1)) || (w.endsWith('es') && lex.baseForms.has(w.slice(0, -2)));
}

const WEEKDAY_NAMES = new Set(WEEKDAYS);

/** Whether a day of the week that is part of a date stands in the clause ("on Saturday"). */
function weekdayIn(view: SentenceView, clause: Clause): boolean {
  for (let k = clause.from; k < clause.to; k++) if (WEEKDAY_NAMES.has(view.words[k]) && view.dateTok[k] >= 0) return true;
  return false;
}

/** How many tokens may stand between a verb of enabling and the "to" of the act it enables ("allow their forces to"). */
const ENABLED_REACH = 6;

/** "will allow their forces to hold joint exercises": a verb of `enabling_verbs`, then "to" before the cue. */
function enabledBefore(view: SentenceView, g: EventGrammar, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!g.enablingVerbs.has(view.words[k])) continue;
    for (let j = k + 1; j < to && j <= k + ENABLED_REACH; j++) if (view.words[j] === 'to') return true;
  }
  return false;
}

/** ", pledging to …", ", warning that …" after an attribution before it: the speaker's own act of words. */
function speakersParticiple(view: SentenceView, span: CueSpan): boolean {
  return wordAt(view.words, span.from - 1) === ',' && view.words[span.from].endsWith('ing') && view.attributions.first < span.from &&
    span.cues.every((c) => c.kind === 'statement');
}

/** Types of force a state announces of itself. */
const FORCE = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION']);
/** Pronouns that may stand for a speaking state or body. */
const SPEAKER_PRONOUNS = new Set(['it', 'they', 'we']);
/** Auxiliaries between "it" and the verb ("it had struck", "they have detained"). */
const PERFECT = new Set(['had', 'has', 'have']);

/** "The army said it had struck …", "Iran said on Monday that it had seized …": an act of force whose subject is the
 *  speaker's pronoun right after the attribution verb (and "that" or a date). */
function ownForce(view: SentenceView, span: CueSpan, g: EventGrammar): boolean {
  if (!span.cues.every((c) => FORCE.has(c.type))) return false;
  const words = view.words;
  let k = span.from - 1;
  while (k > 0 && (PERFECT.has(words[k]) || g.skippable.has(words[k]))) k--;
  if (!SPEAKER_PRONOUNS.has(words[k])) return false;
  let j = k - 1;
  if (words[j] === 'that') j--;
  while (j > 0 && (view.dateTok[j] >= 0 || (view.dateTok[j + 1] >= 0 && (words[j] === 'on' || words[j] === 'in')))) j--;
  return j >= 0 && view.attributions.starts[j];
}

/** How far after a noun cue its verb is looked for, over the parties that follow it ("talks between A and B"). */
const NOUN_VERB_REACH = 10;

/** Articles between a noun cue and the parties after it ("by the Australian prime minister"). */
const NOUN_PHRASE_LINKS = new Set(['the', 'a', 'an']);

/** The token of "is"/"are"/"was"/"were" that follows a noun cue ending at `to` over its parties only, or -1. */
function verbAfterNoun(view: SentenceView, g: EventGrammar, to: number, clauseEnd: number): number {
  for (let k = to; k < Math.min(clauseEnd, to + NOUN_VERB_REACH); k++) {
    // ("A visit by the Australian prime minister to India was …": over the prepositions of its parties too.)
    if (view.chunkAt[k] >= 0 || view.words[k] === 'and' || NOUN_PHRASE_LINKS.has(view.words[k]) || g.prepositions.has(view.words[k])) continue;
    return g.be.has(view.words[k]) ? k : -1;
  }
  return -1;
}
