// The date of one event from the date mentions of its sentence: the clause's own date first, else the
// nearest in the sentence (never a future date for an act that already happened).
import type { DateMention } from '../../core/doc.ts';
import { phraseOpener, WILL, type Clause } from './clause.ts';
import type { CueSpan } from './cues.ts';
import { APPOSITION_OPENERS, wordAt } from './tokens.ts';
import type { SentenceView } from './view.ts';

const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'where']);
/** How far a relative clause's closing comma is looked for (a bound: a line of a million words has no end). */
const RELATIVE_REACH = 40;
/** Words right before a cue that make its act one still to come ("would visit", "to visit"). */
const PLANNED_BEFORE = new Set(['would', 'will', 'to', 'shall']);
/** How far before a date a "since" that governs it is looked for ("since he became prime minister in May 2024"). */
const SINCE_REACH = 8;

/** The first comma within `reach` tokens after `from`, or -1. */
function commaWithin(words: string[], from: number, reach: number): number {
  for (let k = from + 1; k < words.length && k <= from + reach; k++) if (words[k] === ',') return k;
  return -1;
}

/** The commas around ", who|which|whose … ," (or another opener's phrase) closed before token `from` (over words of
 *  the verb phrase), or null. */
function relativeBefore(words: string[], from: number, openers: ReadonlySet<string> = RELATIVES): [number, number] | null {
  let close = -1;
  for (let k = from - 1; k >= 0 && from - k <= 6; k--) {
    if (words[k] === ',') {
      close = k;
      break;
    }
  }
  if (close < 0) return null;
  for (let k = close - 1; k > 0 && close - k <= RELATIVE_REACH; k--) {
    if (words[k] === ',') return null;
    if (openers.has(words[k]) && words[k - 1] === ',') return [k - 1, close];
  }
  return null;
}

/** Whether "since" stands between the cue's end `to` and a date at `k`, within a few words of the date. */
function sinceBefore(words: string[], to: number, k: number): boolean {
  for (let j = k - 1; j >= to && k - j <= SINCE_REACH; j--) {
    if (words[j] === 'since') return true;
    if (words[j] === ',' || words[j] === ';') return false;
  }
  return false;
}

/** The rule of a date counted for the clause after it (", a day after Ruto received …", dates stage). */
const CLAUSE_OFFSET = 'dates.offset-clause';

/** Whether ", when" stands between a date at `k` and a cue at `from` with no other comma after it. */
function whenClauseAfter(view: SentenceView, k: number, from: number): boolean {
  const { words } = view;
  for (let j = from - 1; j > k && from - j <= RELATIVE_REACH; j--) {
    if (words[j] === 'when' && words[j - 1] === ',') return true;
    // (Over a phrase set off by commas: "…, when Tokayev, on a state visit to Tashkent, and Mirziyoyev signed"; and over
    // a list of parties: "since March, when Croatia, Albania and Kosovo signed".)
    if (words[j] === ',' && !(j + 1 < from && PREPOSITION_ASIDE.has(words[j + 1])) && words[j + 1] !== 'and' && !(view.chunkAt[j - 1] >= 0 && view.chunkAt[j + 1] >= 0)) return false;
    if (words[j] === ';') return false;
  }
  return false;
}
/** Prepositions that open a phrase set off by commas inside a clause. */
const PREPOSITION_ASIDE = new Set(['on', 'in', 'during', 'at', 'for', 'with']);

/**
 * Whether "after" or "before" opens, between a date at `k` and a cue at `from`, the clause the cue is in ("held a
 * drill in August 2024, months after the two countries signed …"): the date is the main clause's, not the cue's.
 */
function subordinatedAfter(words: string[], k: number, from: number): boolean {
  for (let j = from - 1; j > k && from - j <= RELATIVE_REACH; j--) {
    if (words[j] === 'after' || words[j] === 'before') return true;
    if (words[j] === ',' || words[j] === ';') return false;
  }
  return false;
}

/** Words that open a phrase of another act's time before the main clause ("After the earthquakes of February 6, …"). */
const TIME_PHRASE_OPENERS = new Set(['after', 'before', 'following']);

/** Whether the date at `k` stands in a phrase that opens the sentence with "After", "Before" or "Following" and
 *  closes with a comma before the cue at `from`. */
function openingPhraseDate(words: string[], k: number, from: number): boolean {
  if (!TIME_PHRASE_OPENERS.has(words[0] ?? '')) return false;
  const comma = words.indexOf(',');
  return comma > k && comma < from;
}

/** How many words an attribution phrase may span before its date ("said", "told reporters"). */
const ATTRIBUTION_REACH = 3;

/**
 * Whether the date at token `k` stands between an attribution and the "that" of what it reports ("said on Monday
 * that …"), with the cue at `from` after that "that": the day the speaker told of the act.
 */
function attributionDateBefore(view: SentenceView, k: number, from: number): boolean {
  let end = k;
  while (end < view.words.length && view.dateTok[end] === view.dateTok[k]) end++;
  if (view.words[end] !== 'that' || end >= from) return false;
  let j = k - 1;
  if (view.words[j] === 'on' || view.words[j] === 'in') j--;
  for (let a = j; a >= 0 && j - a < ATTRIBUTION_REACH; a--) if (view.attributions.starts[a]) return true;
  return false;
}

/** Words that open a noun cue's phrase ("after a meeting in Stockholm in July"). */
const NOMINAL_OPENERS = new Set(['after', 'following', 'during', 'at', 'in', 'before']);
/** Of clause.ts's phrase openers, those that hang a noun cue on the main clause (", after talks with …"). */
const TAIL_OPENERS = new Set(['after', 'following']);
/** Whether a "will" or "would" stands before token `k`, back to a comma or the sentence's start. */
function willBefore(words: string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && words[j] !== ','; j--) if (WILL.has(words[j])) return true;
  return false;
}

/** Whether the date at token `k` is that of a plan told after a cue of `plans_ahead`, before the next comma. */
function plannedAt(view: SentenceView, k: number): boolean {
  let planned = PLANNED_TOKENS.get(view);
  if (!planned) {
    // Read once per sentence: each cue of `plans_ahead` marks the tokens after it up to a comma.
    planned = new Array<boolean>(view.words.length).fill(false);
    for (const s of view.spans) {
      if (!s.cues.some((c) => c.plansAhead)) continue;
      for (let j = s.to; j < view.words.length && j - s.to <= PLAN_REACH && view.words[j] !== ',' && view.words[j] !== ';'; j++) planned[j] = true;
    }
    PLANNED_TOKENS.set(view, planned);
  }
  return planned[k] ?? false;
}

/** The tokens of each sentence that a plan's date may stand on (see plannedAt). */
const PLANNED_TOKENS = new WeakMap<SentenceView, boolean[]>();

/** How far after a `plans_ahead` cue its plan's date is looked for (a bound: a line of a million words has no end). */
const PLAN_REACH = 30;

const GERUND_PREPOSITIONS = new Set(['on', 'upon', 'for', 'before', 'after']);
/** Participles that open a phrase of schedule after a comma (", starting with the Mandera crossing in September"). */
const SCHEDULE_PARTICIPLES = new Set(['starting', 'beginning']);

/** How far before a date the preposition of its gerund phrase may stand. */
const GERUND_REACH = 8;

/** "congratulated Prabowo on assuming office in October", "thanked Kenya for hosting the talks in May", "before
 *  restoring them in May 2021": the preposition of a gerund phrase the date at `k` stands in (in the same clause), or
 *  -1. Its date is the gerund's, not that of an act outside the phrase. */
function gerundBefore(words: string[], k: number): number {
  for (let j = k - 2; j >= 0 && k - j <= GERUND_REACH; j--) {
    // (", starting with the Mandera crossing in September, after talks …": a phrase of schedule after a comma too.)
    if (words[j] === ',' && SCHEDULE_PARTICIPLES.has(words[j + 1])) return j;
    if (words[j] === ',' || words[j] === ';') return -1;
    if (GERUND_PREPOSITIONS.has(words[j]) && words[j + 1].length > 4 && words[j + 1].endsWith('ing')) return j;
  }
  return -1;
}

/** Past participles that, right after a noun, open a phrase that dates the thing named ("an agreement signed in 2001"). */
const DATING_PARTICIPLES = new Set(['signed', 'captured', 'detained', 'seized', 'concluded', 'reached', 'adopted', 'ratified', 'brokered', 'struck', 'inked', 'established', 'launched', 'built',
  'imposed', 'introduced', 'enacted', 'issued', 'passed', 'agreed', 'announced', 'approved', 'declared', 'sworn', 'formed', 'elected', 'appointed']);
/** Words before a participle that make it a verb of its clause ("was signed in 2001", "had signed in 2001"). */
const PARTICIPLE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'and', ',', 'it', 'they', 'who', 'which', 'that']);

/**
 * "agreed to activate a security cooperation agreement signed in 2001": a date right after a participle that follows a
 * noun dates that noun's making (a reduced relative clause), not a cue before it.
 */
export function participleDates(view: SentenceView, k: number, spanTo: number, spanFrom = spanTo): boolean {
  const words = view.words;
  // (The mention may hold its preposition: "in 2001".)
  let j = words[k] === 'in' || words[k] === 'on' ? k - 1 : words[k - 1] === 'in' || words[k - 1] === 'on' ? k - 2 : -1;
  // (Also over a place or an occasion before the date: "signed in Kuala Lumpur in October", "captured during the July
  // fighting".)
  if (j < 0 || !DATING_PARTICIPLES.has(words[j])) {
    let m = k - 1;
    // (Over parties' names whole, and "and" between them: "signed by Russian President Vladimir Putin and North Korean
    // leader Kim Jong Un in Pyongyang on June 19".)
    for (let steps = 1; m > (k < spanFrom ? 0 : spanTo) && steps <= PARTICIPLE_PHRASE_REACH && !DATING_PARTICIPLES.has(words[m]); steps++) {
      const ci = view.chunkAt[m] ?? -1;
      if (ci >= 0 && view.chunks[ci].from > spanTo) m = view.chunks[ci].from - 1;
      else if (PHRASE_WORDS.has(words[m]) || (words[m] === 'and' && (view.chunkAt[m - 1] ?? -1) >= 0) || UPPER_FIRST.test(view.tokens[m].text)) m--;
      else break;
    }
    if (DATING_PARTICIPLES.has(words[m])) j = m;
  }
  // ("asked that the restrictions introduced earlier this month be lifted" … "drew attention to the restrictions
  // introduced earlier this month by the Russian service … and asked": a participle's phrase before the cue dates
  // its noun too.)
  if (!DATING_PARTICIPLES.has(words[j] ?? '') || (j >= spanFrom && j < spanTo) || (j < spanTo && k >= spanFrom)) return false;
  // (Before the cue, only after a common noun: "Hamas agreed on Sunday to free …" is the subject's verb.)
  if (j < spanFrom && (view.chunkAt[j - 1] >= 0 || !LOWER_START.test(view.tokens[j - 1]?.text ?? ''))) return false;
  // ("In a statement issued on Wednesday, the ministry condemned …": the day of the statement is that of its words.)
  if (j < spanFrom && STATEMENT_NOUNS.has(words[j - 1])) return false;
  // ("the Ankara Declaration, brokered by Erdogan in December": one set off by a comma, with its agent, too.)
  if (words[j - 1] === ',' && words[j + 1] === 'by' && j - 1 > spanTo) return true;
  return !PARTICIPLE_AUX.has(words[j - 1]) && /^[a-z]/.test(words[j - 1]);
}

/** Nouns of a text a party issues, whose words are told in the clause after it. */
const STATEMENT_NOUNS = new Set(['statement', 'communique', 'communiqué', 'message', 'letter', 'note', 'declaration']);

// \p{…} patterns stand in module constants (see lexicon/tokens.ts).
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
/** How far before a date a participle's phrase may open ("signed in Kuala Lumpur in October"). */
const PARTICIPLE_PHRASE_REACH = 8;
/** Words of a place, an occasion or an agent between a participle and its date. */
const PHRASE_WORDS = new Set(['in', 'at', 'on', 'near', 'during', 'the', 'a', 'an', 'of', 'by']);

export interface PickedDate {
  value: string;
  /** "clause": in the cue's own clause; "sentence": elsewhere in the sentence. */
  from: 'clause' | 'sentence';
  mention: DateMention;
  /** Token where the mention starts. */
  token: number;
  /** Not inside a relative clause about something else ("…, which met in Brasília in January 2024"). */
  own: boolean;
}

/** Whether ", and" then the pair just named ("both", "the two", "they") open the clause at `from`. */
function pairAfterAnd(view: SentenceView, from: number): boolean {
  const at = view.words[from] === 'and' ? from + 1 : from;
  if (view.words[at - 1] !== 'and') return false;
  const ci = view.chunkAt[at] ?? -1;
  return (ci >= 0 && view.chunks[ci].kind === 'pair') || view.words[at] === 'they';
}

/** Auxiliaries of a finite verb phrase ("had been", "were", "will"). */
export const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'will', 'would']);

/**
 * "Twenty fishermen who had been arrested in July were handed over on Wednesday": the relative clause inside the
 * subject that closes right before the main verb at `from` (over the main verb's auxiliaries, one at least) and has a
 * verb of its own (`isVerb`): the token of its relative pronoun, or -1.
 */
export function subjectRelativeBefore(words: readonly string[], from: number, isVerb: (w: string) => boolean): number {
  if (!AUXILIARIES.has(wordAt(words, from - 1))) return -1;
  let j = from - 1;
  while (j > 0 && AUXILIARIES.has(words[j])) j--;
  let verb = false;
  for (let r = j; r > 0 && j - r <= RELATIVE_REACH; r--) {
    const w = words[r];
    // (Over commas: "Juan Lopez, an activist who opposed a mine in Colon, was shot dead".)
    if (w === ';' || w === ':') return -1;
    if (isVerb(w) || AUXILIARIES.has(w)) verb = true;
    if (w === 'who' || w === 'which' || w === 'that') return verb ? r : -1;
  }
  return -1;
}

/** A verb of a relative clause that tells what was done to its noun ("arrested", "held", "caught"). */
const relativeVerb = (w: string): boolean => PAST_ED.test(w) || w === 'held' || w === 'caught';

/** A date in the relative clause inside the subject of the main verb at `from` dates the relative's verb, not the main
 *  one (with a party before the relative pronoun). */
function inSubjectRelative(view: SentenceView, k: number, from: number): boolean {
  const r = subjectRelativeBefore(view.words, from, relativeVerb);
  return r >= 0 && k > r && view.chunkAt[r - 1] >= 0;
}

/** Types whose act makes what it is done on (a deal signed, a summit held), which a year before that noun dates. */
const MAKING_TYPES = new Set(['SUPPORT', 'AGREE', 'CONSULT', 'COOPERATE']);
const RENEW_CUE = 'events.support.renew-agreement';

/** Auxiliaries that may stand between "and" and the verb it joins. */
const CONJUNCT_AUX = new Set(['had', 'has', 'have', 'was', 'were']);

const ATTRIBUTIVE = new Set(['the', 'his', 'her', 'its', 'their', "'s"]);
const POSSESSIVE_S = new Set(["'s", '’s']);

/** "the 2016 arbitral ruling", "his 2022 visit", "Russia's 2022 invasion": a bare year after a determiner or a
 *  possessive, before the noun it qualifies; or a day between them and a lower-case noun ("the July 28 election"). */
export function attributiveDate(view: SentenceView, k: number, d: DateMention): boolean {
  // (Only the year itself after them: "at the end of 2024" is a time, no attribute.)
  if (ATTRIBUTIVE.has(view.words[k]) && d.value.length === 4 && endOfDate(view, k) === k + 2) return true;
  // ("for the July 28 presidential election": a day between "the" and a lower-case noun names that noun's day.)
  const after = view.tokens[endOfDate(view, k)];
  // (Not a part of the day that opens the mention, nor before a preposition: "on the evening of September 25 for a
  // state visit".)
  return d.value.length === 10 && ATTRIBUTIVE.has(wordAt(view.words, k - 1)) && after !== undefined && LOWER_NOUN.test(after.text) &&
    !DAY_PARTS.has(view.words[k]) && !NOT_NOUNS.has(after.text);
}
const LOWER_NOUN = /^[a-z][a-z-]+$/;
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'eve']);
/** Lower-case words after a date that are no noun it qualifies. */
const NOT_NOUNS = new Set(['for', 'to', 'at', 'in', 'on', 'with', 'by', 'from', 'after', 'before', 'when', 'as', 'and', 'or', 'but', 'while', 'during', 'until']);

/** The token after the date mention that starts at `k`. */
function endOfDate(view: SentenceView, k: number): number {
  let j = k;
  while (j < view.words.length && view.dateTok[j] === view.dateTok[k]) j++;
  return j;
}

/** Whether the token `k` stands in a relative clause that opens after a comma (", which …") at or after `from`, with
 *  no comma between its opening and `k`. */
function commaRelativeOver(words: readonly string[], from: number, k: number): boolean {
  for (let j = k - 1; j > from; j--) {
    if (words[j] === ',') return false;
    if (RELATIVES.has(words[j]) && words[j - 1] === ',') return true;
  }
  return false;
}

/** A verb form in -ed ("called", "agreed"), and the words before one that make it no past ("will be signed"). */
const PAST_ED = /ed$/;
const FUTURE_BEFORE = new Set(['be', 'been', 'being', 'get', 'gets', 'getting']);

/** Prepositions of a relative clause that tells what happened on an occasion ("in which", "during which", "after which"). */
const OCCASION_PREPS = new Set(['in', 'during', 'at', 'after']);

/**
 * `clauseOnly`: words of support and the like take only a date of their own clause. A cue inside an opening
 * phrase ("Before arriving in Canberra, …") takes only a date inside it. "Since 2017" is no act's date.
 */
export function pickDate(view: SentenceView, span: CueSpan, clause: Clause, clauseOnly: boolean, notEvent: Set<string>): PickedDate | null {
  let best: { d: DateMention; inClause: boolean; own: boolean; main: boolean; dist: number; k: number; ahead: boolean; told: boolean; opening: boolean } | null = null;
  // "… held talks with Ruto, who is on a state visit from April 22 to 26, in Beijing on Thursday": a date inside a
  // relative clause after the cue (up to its comma) is the clause's, taken only when the sentence has no other.
  // ("Talks between Armenia and Azerbaijan, which began in Almaty on Monday, …": "which" right after a noun cue tells
  // of the act itself, and its date is the act's.)
  const ofAct = view.words[clause.to] === 'which' && span.cues.some((c) => c.noun);
  const relative = RELATIVES.has(view.words[clause.to] ?? '') && !ofAct ? clause.to : -1;
  // ("…, during Hasina's four-day visit to India, which began on Monday": there it outranks the clause's own date.)
  const actEnd = ofAct ? commaWithin(view.words, clause.to, RELATIVE_REACH) : -1;
  const relativeEnd = relative < 0 ? -1 : commaWithin(view.words, relative, RELATIVE_REACH);
  // "Anwar, who chairs ASEAN this year, spoke by phone … on Thursday": so is one set off by commas before the cue.
  // (Only for a date no more precise than one after it: "Paetongtarn, who arrived this morning, is on a visit … her
  // first since … August" keeps the morning.)
  const rel = relativeBefore(view.words, span.from);
  const apposition = relativeBefore(view.words, span.from, APPOSITION_OPENERS);
  // A visit under way began on the day its visitor arrived; "Fidan, who arrived late on Wednesday, held talks …" does
  // not date the talks (they take the article's day, or a date after the cue).
  // (Not a visit still to come: "Pellegrini, who won Saturday's runoff, said he would visit China".)
  const visit = span.cues.some((c) => c.roles === 'visit') && !PLANNED_BEFORE.has(wordAt(view.words, span.from - 1));
  const after = rel ? Math.max(0, ...view.dateStarts.filter((k) => k > rel[1]).map((k) => view.dates[view.dateTok[k]].value.length)) : 0;
  const before = rel && visit && view.dateStarts.some((k) => k > rel[0] && k < rel[1] && view.dates[view.dateTok[k]].value.length <= after) ? rel : null;
  const inOpener = view.openerEnd >= 0 && span.from < view.openerEnd;
  // "cut ties in August 2021 and closed its airspace a month later": a verb after "and" leaves the dates before
  // it to the verb before (they still date it when it has none of its own).
  // Without a date of its own it shares the verb before's ("spoke by phone on March 31 and agreed to …").
  // (Also over an auxiliary: "broke off relations in May and had recalled his ambassador in October".)
  const andAt = CONJUNCT_AUX.has(wordAt(view.words, span.from - 1)) ? span.from - 2 : span.from - 1;
  // (A date to come after the cue is what was agreed, no date of the act: "spoke by phone late on Monday and agreed to
  // convene a commission on Feb. 14" agreed on Monday.)
  const conjunct = wordAt(view.words, andAt) === 'and' && view.dateStarts.some((k) => k >= span.to && k < clause.to && !view.dates[view.dateTok[k]].future);
  // ("signed a pact with Eritrea in October last year and has deployed troops to Somalia": a perfect after "and" tells
  // what holds now, at none of the dates before it.)
  const perfectAfterAnd = andAt === span.from - 2 && wordAt(view.words, andAt) === 'and' && (view.words[span.from - 1] === 'has' || view.words[span.from - 1] === 'have');
  // "spoke by phone on Friday, after a meeting in Kuala Lumpur in July": a noun cue that opens with a preposition is
  // dated by a date after it, in its own phrase, before one of the clause it hangs on.
  const nominal = span.cues.some((c) => c.noun) && NOMINAL_OPENERS.has(view.words[span.from]);
  // "pledged on Tuesday that Jakarta would resume payments this year, after talks with …": a noun cue after a comma and
  // "after" tells what happened before the main verb, which a date of what is to come before the comma does not date.
  const opener = phraseOpener(view, span);
  const afterComma = opener === span.from - 1 && TAIL_OPENERS.has(view.words[opener]);
  // "held a phone call on Wednesday, in which both agreed to …", "met in Kampala on Monday, where they signed …": a
  // clause told as the occasion's is dated by the clause before it.
  // So is one whose subject is the pair just named, after ", and" ("met Museveni on Monday, and both pledged …").
  const occasion = (wordAt(view.words, clause.from - 1) === 'which' && OCCASION_PREPS.has(wordAt(view.words, clause.from - 2))) || wordAt(view.words, clause.from - 1) === 'where' ||
    pairAfterAnd(view, clause.from);
  // "called on Prime Minister Oli and handed over an invitation … to visit India next month": a date to come after a
  // verb in the past is that of something else told after it.
  const pastVerb = PAST_ED.test(view.words[span.from]) && !FUTURE_BEFORE.has(wordAt(view.words, span.from - 1));
  const refusal = span.cues.every((c) => c.type === 'REJECT');
  const nounCue = span.cues.some((c) => c.noun);
  // (And of any act not itself to come: "spoke by telephone with Araghchi, and the two ministers agreed that the
  // commission would meet in October" did not speak in October.)
  const planAfter = span.cues.some((c) => c.type === 'AGREE') || !view.words.slice(clause.from, span.from).some((w) => WILL.has(w));
  for (const k of view.dateStarts) {
    const di = view.dateTok[k];
    const d = view.dates[di];
    // (Nor of a refusal: "would not reconsider her decision to exclude the king from her swearing-in next Tuesday"
    // refuses now what is to come.)
    if ((pastVerb || refusal) && k >= span.to && d.future) continue;
    // (Not for a cue of the ", when" clause that tells what happened then: "the first violation since September last
    // year, when an Il-38 entered Japanese airspace".)
    const then = k < span.from && whenClauseAfter(view, k, span.from);
    if ((!then && (notEvent.has(view.words[k]) || notEvent.has(view.words[k - 1] ?? ''))) || view.dateline[k]) continue;
    if (inOpener && k >= view.openerEnd) continue;
    if (perfectAfterAnd && k < span.from) continue;
    if (afterComma && k < span.from && willBefore(view.words, k)) continue;
    // "ordered troops to the border, a day after it summoned the envoy": the offset dates the clause after it.
    if (d.rule === CLAUSE_OFFSET && k >= span.to) continue;
    // ("On Tuesday, two days before the summit, Bolivian police handed over …": nor, before the cue, when the clause
    // it dates closes with a comma before the cue.)
    if (d.rule === CLAUSE_OFFSET && k < span.from && view.words.slice(endOfDate(view, k), span.from).includes(',')) continue;
    if (plannedAt(view, k)) continue;
    // "agreed that the joint commission would hold its next session in Nairobi in November": a date told after
    // "would" or "will" in what was agreed is that of the plan, not of the agreement.
    if (k >= span.to && planAfter && view.words.slice(span.to, k).some((w) => WILL.has(w))) continue;
    // "called on China to respect the 2016 arbitral ruling": a year that qualifies a noun dates that noun's act only.
    const qualifies = attributiveDate(view, k, d);
    if (qualifies && !(k >= span.from && k < span.to) && endOfDate(view, k) !== span.from) continue;
    // (Nor inside a verb's gap, where it names when what is acted on was made: "will not renew the 2020 agreement",
    // "lifted the 2019 ban"; but what is signed, held or joined in is made by the act: "signed the 2019 border deal".)
    // (An agreement renewed was made before: "renewed their 2015 defence pact".)
    if (qualifies && k > span.from && k < span.to && !nounCue && !span.cues.some((c) => MAKING_TYPES.has(c.type) && c.id !== RENEW_CUE)) continue;
    // "thanked him for Uzbekistan's help in fighting last year's floods": a date with "'s" qualifies the noun after it
    // and dates that noun's act only ("Monday's talks").
    const end = endOfDate(view, k);
    if (POSSESSIVE_S.has(wordAt(view.words, end)) && end + 1 !== span.from && !(k >= span.from && k < span.to)) continue;
    const gerund = gerundBefore(view.words, k);
    if (gerund >= 0 && !(span.from > gerund && span.from < k)) continue;
    if (rel && !visit && k > rel[0] && k < rel[1]) continue;
    // ("Idris, a former U.N. official appointed by Sudan's military in May, arrived …": nor one in an apposition.)
    if (apposition && k > apposition[0] && k < apposition[1]) continue;
    if (participleDates(view, k, span.to, span.from)) continue;
    if (k < span.from && inSubjectRelative(view, k, span.from)) continue;
    // "on the third day of his visit, his first since he became prime minister in May 2024": a date in a
    // "since" clause after the cue dates what happened since, not the act.
    // So does one in an opening "since" phrase before the cue ("Since the start of the invasion in February 2022,
    // Ukraine has returned …"), unless the cue is inside it.
    // (Not the year of the cue's own noun: "the first talks since Russia's 2022 invasion of Ukraine".)
    if (!then && !(qualifies && endOfDate(view, k) === span.from) && sinceBefore(view.words, k < span.from ? Math.max(0, k - SINCE_REACH) : span.to, k)) continue;
    // (A date right before ", when" is the when clause's own: "in December 2022, when Tokayev … signed the treaty".)
    const inClause = (then || (k >= clause.from && k < clause.to)) && !(before !== null && k > before[0] && k < before[1]) && !(conjunct && k < span.from);
    // "Britain said on Wednesday that it had frozen … and summoned the ambassador": words told that day were said
    // (or done) that day, when their own clause has no date.
    if (clauseOnly && !inClause && !(k < span.from && attributionDateBefore(view, k, span.from)) && !(k < clause.from && occasion)) continue;
    const dist = k < span.from ? span.from - k : Math.max(0, k - span.to);
    // (Whether it is in the relative clause after the cue, or one before it.)
    // (Or in a relative clause set off by a comma further on: "… and said Venezuela was ready to rejoin the Andean
    // Community, which it left in 2006".)
    const own = inClause || !((relative >= 0 && k > relative && (relativeEnd < 0 || k < relativeEnd)) || (before !== null && k > before[0] && k < before[1]) ||
      (k >= clause.to && commaRelativeOver(view.words, clause.to, k)));
    // (One before an "after" that opens the cue's clause dates the cue only when it has no other.)
    const main = k < span.from && subordinatedAfter(view.words, k, span.from);
    const ahead = nominal && k >= span.to;
    const told = ofAct && k > clause.to && (actEnd < 0 || k < actEnd);
    // (One in an opening phrase of another act's time dates the cue only when its own clause has no date: "After the
    // earthquakes of February 6, Armenia sent rescuers to the disaster zone on February 8".)
    const opening = k < span.from && openingPhraseDate(view.words, k, span.from);
    const better = !best || (!opening && best.opening && (inClause || own)) || (opening && !best.opening && (best.inClause || best.own) ? false :
      (told && !best.told) || (!told && best.told ? false :
      (inClause && !best.inClause) ||
      (inClause === best.inClause && own && !best.own) ||
      (inClause === best.inClause && own === best.own && !main && best.main) ||
      (inClause === best.inClause && own === best.own && main === best.main && ahead && !best.ahead) ||
      (inClause === best.inClause && own === best.own && main === best.main && ahead === best.ahead && (!d.future && best.d.future || (d.future === best.d.future && dist < best.dist)))));
    if (better) best = { d, inClause, own, main, dist, k, ahead, told, opening };
  }
  if (!best) return null;
  // (A clause of the pair just named after ", and", dated by the clause before it, has that date as its own: "spoke by
  // phone yesterday, and the two ministers agreed …".)
  return { value: best.d.value, from: best.inClause || (pairAfterAnd(view, clause.from) && best.k < clause.from) ? 'clause' : 'sentence', mention: best.d, token: best.k, own: best.own };
}
