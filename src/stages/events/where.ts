// Where an event happened: "in Hanoi", "at the Great Hall of the People in Beijing", ", where he met …",
// a visit's destination, or the dateline when the sentence says "here".
import type { Doc } from '../../core/doc.ts';
import type { EventsLexicon } from '../../lexicon/events.ts';
import { firstChunkFrom, type Chunk } from './chunks.ts';
import type { Clause } from './clause.ts';
import type { CueSpan } from './cues.ts';
import { countryName, type Party } from './parties.ts';
import { wordAt } from './tokens.ts';
import { participleDates } from './when.ts';
import type { SentenceView } from './view.ts';

export interface EventPlace {
  name: string;
  country: string | null;
  /** A landmark every country has, "the Presidential Palace": it lies in no country until the act's host is known. */
  everyCountry?: boolean;
}

const CITY_KINDS = new Set(['capital', 'city', 'town']);
const AT = new Set(['in', 'at', 'off', 'near', 'around']);
const THROUGH = new Set(['through', 'via']);
/** How far after the cue the city forces or aid were sent "to" may stand ("deployed police and troops to Honiara"). */
const SENT_REACH = 6;

export function placeOfChunk(c: Chunk, lex: EventsLexicon): EventPlace | null {
  // "at the Great Hall of the People": the city the landmark stands in is where the event was.
  if (c.place) return { name: c.place.city ?? c.place.name, country: c.place.country, ...(c.place.kind === 'landmark' && !c.place.country && !c.place.city ? { everyCountry: true } : {}) };
  // "in Vietnam" is a place; "in Vietnam-China relations" is not.
  const text = c.parties[0]?.entityText ?? '';
  if (c.kind === 'country' && !c.headed && c.mentionKind === 'name' && c.parties[0] && !text.includes('-')) {
    return { name: countryName(lex, c.parties[0].code), country: c.parties[0].code };
  }
  return null;
}

/** Where the government of the one state among `parties` sits (data/geo/seats.tsv, else its capital), or null. */
export function hostSeat(parties: Party[], lex: EventsLexicon): EventPlace | null {
  const codes = new Set(parties.map((p) => p.code).filter((c) => c && c !== 'IGO'));
  if (codes.size !== 1) return null;
  const [code] = codes;
  const seat = lex.seats.get(code);
  return seat ? { name: seat, country: code } : null;
}

const TARGET_PREPS = new Set(['on', 'against']);
/** `attack`: "a drone attack on Kyiv", "strikes against Kharkiv": the city attacked is where (not a country). */
function cityTarget(c: Chunk, prep: string): boolean {
  return TARGET_PREPS.has(prep) && !c.possessive && c.place !== null && CITY_KINDS.has(c.place.kind);
}

/** `withdrawal`: "recalled its ambassador from Paris", "pulled troops out from Kherson": the city left is where. */
function cityLeft(c: Chunk): boolean {
  return !c.possessive && c.place !== null && CITY_KINDS.has(c.place.kind);
}

/** "on the Indonesian island of Bali", "off the province of Palawan". */
function ofPlace(words: string[], c: Chunk, lex: EventsLexicon): boolean {
  if (c.prep !== 'of') return false;
  const of = words[c.from - 1] === 'of' ? c.from - 1 : c.from - 2;
  return lex.grammar.placeNouns.has(words[of - 1] ?? '');
}

/**
 * `attack`: an assault, whose target city is where it happened. `withdrawal`: a withdrawal or recall, whose city
 * left ("from Paris") is where.
 * `verbal`: words (a protest, a call) happen where they are said; a place named in their object
 * ("a protest over actions near Second Thomas Shoal") is not where, so only a place before the cue or
 * right after it counts.
 */
export function findPlace(view: SentenceView, span: CueSpan, clause: Clause, lex: EventsLexicon, verbal: boolean, attack = false, withdrawal = false, sent = false, venue = false): EventPlace | null {
  const { chunks, words } = view;
  // ", where he met …": the place the relative clause hangs on.
  let relative: EventPlace | null = null;
  // (Not an act after ", and" that goes back to the main clause: "flew in from Johannesburg, where he had spent three
  // days, and was received at the airport by …".)
  if (wordAt(words, clause.from - 1) === 'where' && !commaAndBetween(words, clause.from, span.from)) {
    const k = wordAt(words, clause.from - 2) === ',' ? clause.from - 3 : clause.from - 2;
    const ci = k >= 0 ? view.chunkAt[k] : -1;
    relative = ci >= 0 ? placeOfChunk(chunks[ci], lex) : null;
    // ("to Paraguay, where he met Peña in Asunción": the city the clause names in that country.)
    if (relative && relative.name !== countryName(lex, relative.country ?? '')) return relative;
  }
  // "held talks with Ruto, who is on a state visit to China, at the Great Hall in Beijing": the clause goes on after
  // the comma that closes a relative clause.
  const [skipFrom, skipTo, clauseEnd] = resumedClause(words, clause, lex);
  const end = pastAbbreviation(view, clauseEnd, lex);
  const inClause: Chunk[] = [];
  // ("… signed a memorandum with the breakaway region of Somaliland, prompting Mogadishu to expel the ambassador": an act
  // in a participle's clause took place in none of the places of the clause before its comma.)
  const opened = participleOpenedBefore(words, clause.from, span.from);
  for (let i = firstChunkFrom(chunks, Math.max(clause.from, opened)); i < chunks.length && chunks[i].from < end; i++) {
    const c = chunks[i];
    if (c.from >= skipFrom && c.from < skipTo) continue;
    if (topicPlace(words, c, lex)) continue;
    // ("wrote off Zambia's debt": "off" inside the cue is its verb's particle, no place word.)
    if (c.prep === 'off' && c.from - 1 >= span.from && c.from - 1 < span.to) continue;
    // ("discussed the treaty signed by Putin and Kim in Pyongyang": the place of a participle's phrase after the cue is
    // that of the participle's act, as its date is.)
    if (c.from > span.to && participleDates(view, c.from, span.to, span.from)) continue;
    // (", the ministry in Baku said": the place of the source, not of the act.)
    if (c.from > view.attributions.closingFrom && c.to <= view.attributions.lastClosing && view.attributions.closingFrom > span.to) continue;
    // "at State House, Nairobi": the city after a venue's comma takes the venue's preposition.
    // "in Russia's Saratov": the place after its country's possessive takes the possessive's preposition.
    // "in the disputed Kashmir region": the preposition before the adjectives.
    const prep = c.prep ?? (c.place ? (venuePrep(view, c.from) ?? possessivePrep(chunks[i - 1], c) ?? adjectivePrep(view, c.from)) : null);
    // ("signed the pact at Parliament House in Canberra": the city after a venue right after the cue is near too.)
    // ("lodged a protest with the Chinese embassy in Hanoi": the city of the mission the words were lodged with.)
    // ("signed the Washington Accords for Peace and Prosperity at the White House": a landmark is no word's object.)
    // ("signed a memorandum of understanding on border security on Friday in Tabatinga": a signing's place after what
    // the text is about.)
    const near = (c.to <= span.from || wordsBetween(view, span.to, c.from, lex) <= 2 || (venue && (aboutPhrase(view, span.to, c.from, lex) || aboutThenVenue(view, span.to, c.from, lex))) || venueBetween(view, span.to, c.from, lex) || afterMission(i > 0 ? chunks[i - 1] : undefined, c, words, lex) || afterPartner(i > 0 ? chunks[i - 1] : undefined, c, span, view, lex) || (prep === 'at' && c.place?.kind === 'landmark')) && (prep === 'in' || prep === 'at');
    // ("sent relief goods to Afghanistan through the Torkham crossing": a named place passed through, not a country.)
    const through = THROUGH.has(prep ?? '') && c.place !== null && c.place.kind !== 'country' && !verbal;
    if (c.to <= end && prep !== null && (AT.has(prep) || through || ofPlace(words, c, lex) || (attack && cityTarget(c, prep)) || (sent && prep === 'to' && c.from <= span.to + SENT_REACH && c.place !== null && CITY_KINDS.has(c.place.kind)) || (withdrawal && prep === 'from' && c.from <= span.to + 1 && cityLeft(c))) && (!verbal || near)) inClause.push(c);
  }
  // A country is a place only right after the cue ("met in Vietnam"), not inside a phrase ("war in Ukraine").
  // (A loop, not .map(): its array is holey once optimised and packed before, and .find() on it deoptimised this.)
  const places: { c: Chunk; p: EventPlace }[] = [];
  for (const c of inClause) {
    const p = c.place || c.kind === 'place' || c.from - span.to <= 3 ? placeOfChunk(c, lex) : null;
    if (p !== null) places.push({ c, p });
  }
  if (relative) return places.find((x) => x.c.place && CITY_KINDS.has(x.c.place.kind) && x.p.country === relative.country)?.p ?? relative;
  if (places.length === 0) return placeBeforeWhen(view, span, clause, lex);
  // ("after talks in Abuja between Tuggar and Sangaré": a venue inside the cue's own words is where.)
  const inside = places.filter((x) => x.c.from > span.from && x.c.to < span.to && (x.c.prep === 'in' || x.c.prep === 'at'));
  const after = places.filter((x) => x.c.from >= span.to);
  const pool = inside.length > 0 ? inside : after.length > 0 ? after : places;
  // "at the Great Hall of the People in Beijing": the city, not the venue.
  const city = pool.find((x) => x.c.place && CITY_KINDS.has(x.c.place.kind));
  return (city ?? pool[0]).p;
}

/** What a text is about, between it and a place: "of understanding on border security" (a date aside), a few words in
 *  lower case with no party or punctuation, opening with "of", "on" or "for". */
function aboutPhrase(view: SentenceView, from: number, to: number, lex: EventsLexicon): boolean {
  if (!ABOUT.has(view.words[from]) || wordsBetween(view, from, to, lex) > ABOUT_WORDS) return false;
  // (The place's own "in" or "at" closes the phrase.)
  const end = AT.has(view.words[to - 1]) ? to - 1 : to;
  for (let k = from; k < end; k++) if (view.dateTok[k] < 0 && (view.chunkAt[k] >= 0 || !LOWER_WORD.test(view.tokens[k].text) || OTHER_PARTY.has(view.words[k]))) return false;
  return true;
}
/** "on host-nation support at the Santahamina garrison in": what a text is about, then a venue before the place. */
function aboutThenVenue(view: SentenceView, from: number, to: number, lex: EventsLexicon): boolean {
  let at = to - 1;
  while (at > from && view.words[at] !== 'at') at--;
  return at > from && aboutPhrase(view, from, at, lex) && venueBetween(view, at, to, lex);
}
const ABOUT = new Set(['of', 'on', 'for']);
/** Words that bring in someone or somewhere else ("a deal on trade with firms in Shanghai"). */
const OTHER_PARTY = new Set(['with', 'between', 'from', 'to', 'by', 'against', 'at', 'in', 'among']);
const ABOUT_WORDS = 6;
const LOWER_WORD = /^[a-z][a-z-]*$/;

/** Whether ", and" stands among words[from, to). */
function commaAndBetween(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (words[k] === ',' && words[k + 1] === 'and') return true;
  return false;
}

/** The token after the last ", <word in -ing>" that opens a participle's clause in (from, cue), or -1 (not the cue's
 *  own participle: ", killing four people" keeps the places before it). */
function participleOpenedBefore(words: readonly string[], from: number, cue: number): number {
  for (let k = cue - 2; k > from; k--) if (words[k] === ',' && words[k + 1].length > 4 && words[k + 1].endsWith('ing')) return k + 1;
  return -1;
}

/** "discussed the war in Sudan", "the situation in the Gaza Strip": a place after "in" and a noun of grammar
 *  `place_topic_nouns` is what was talked about. */
function topicPlace(words: readonly string[], c: Chunk, lex: EventsLexicon): boolean {
  let k = c.from - 1;
  if (words[k] === 'the') k--;
  if (words[k] !== 'in') return false;
  if (lex.grammar.placeTopicNouns.has(wordAt(words, k - 1))) return true;
  // ("the situation in the Pacific and in Myanmar": a place coordinated with a topic's.)
  if (words[k - 1] !== 'and') return false;
  for (let j = k - 2; j > 0 && k - j <= TOPIC_COORD_REACH; j--) {
    if (words[j] === ',') return false;
    if (words[j] === 'in') return lex.grammar.placeTopicNouns.has(words[j - 1]);
  }
  return false;
}
/** How far back from "and in" the topic's own "in" may stand ("in the Pacific and in"). */
const TOPIC_COORD_REACH = 6;

/** The words from `from` to `to`, a date and the word that opens it aside ("signed the deal on Sunday in Delhi"), and a
 *  value after "worth" ("signed a loan agreement worth $45 million in Riyadh"). */
function wordsBetween(view: SentenceView, from: number, to: number, lex: EventsLexicon): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    if (view.words[k] === 'worth' && AMOUNT.test(view.words[k + 1] ?? '')) {
      while (k + 1 < to && AMOUNT.test(view.words[k + 1])) k++;
      continue;
    }
    if (view.dateTok[k] < 0 && !(lex.grammar.dateLead.has(view.words[k]) && view.dateTok[k + 1] >= 0)) n++;
  }
  return n;
}
/** The words of a sum of money: a currency's sign or code, figures, a scale ("US$ 1.2 billion", "€40m", "5 million euros"). */
const AMOUNT = /^(?:[$€£¥₹]|us\$?|usd|eur|[$€£¥₹]?[\d.,]+(?:m|bn|mn)?|about|some|nearly|almost|over|around|thousand|million|billion|trillion|dollars?|euros?|pounds?|yen|yuan|rupees?|francs?|rubles?|roubles?)$/;

/**
 * A visit to a country happened in the city of that country the sentence names with "in" or "at" ("signed in Bishkek
 * by Rahmon, who was on a state visit to Kyrgyzstan"), else somewhere in it: null.
 */
export function visitCity(view: SentenceView, country: string | null, lex: EventsLexicon): EventPlace | null {
  if (!country) return null;
  const c = view.chunks.find((x) => x.place && CITY_KINDS.has(x.place.kind) && x.place.country === country && (x.prep === 'in' || x.prep === 'at'));
  if (c) return placeOfChunk(c, lex);
  // "visited Singapore": a country whose capital bears its name was visited in that city.
  return lex.cityStates.has(country) ? { name: countryName(lex, country), country } : null;
}

/** How far back from ", when" the place of the visit or meeting it hangs on is looked for. */
const WHEN_REACH = 15;
const VISIT_PREPS = new Set(['in', 'at', 'to']);

/**
 * "visited Bangkok in March, when he and Srettha agreed …", "a visit to Mexico City on Sept. 3, when he met …": an
 * act in a ", when" clause with no place of its own happened at the place of the words it hangs on (a city or
 * other named place; a country is too vague to pass on). Nothing across a clause boundary or another comma.
 */
function placeBeforeWhen(view: SentenceView, span: CueSpan, clause: Clause, lex: EventsLexicon): EventPlace | null {
  const { words, chunks } = view;
  let w = span.from - 1;
  while (w > clause.from && w >= span.from - WHEN_REACH && words[w] !== 'when') w--;
  if (words[w] !== 'when' || words[w - 1] !== ',') return null;
  for (let k = w - 2; k >= 0 && k >= w - WHEN_REACH; k--) {
    if (words[k] === ',' || lex.grammar.clauseBoundaries.has(words[k])) return null;
    const ci = view.chunkAt[k];
    if (ci < 0) continue;
    const c = chunks[ci];
    const visited = VISIT_WORDS.has(words[c.from - 1] ?? '');
    if (c.place && c.place.kind !== 'country' && (VISIT_PREPS.has(c.prep ?? '') || visited)) return placeOfChunk(c, lex);
    k = c.from;
  }
  return null;
}
const VISIT_WORDS = new Set(['visited', 'visiting', 'toured', 'reached']);
const UPPER = /^\p{Lu}/u;

/** "at Parliament House in", "at the Callao naval base in": "at", a venue named by a capitalised name (and nouns
 *  after it) and "in" between `from` and `to`. */
function venueBetween(view: SentenceView, from: number, to: number, lex: EventsLexicon): boolean {
  const { words, tokens } = view;
  // (Over the act's day first: "signed two memoranda on Thursday at State House in Nairobi".)
  while (from < to && (view.dateTok[from] >= 0 || (words[from] === 'on' && view.dateTok[from + 1] >= 0))) from++;
  if (words[from] !== 'at' || words[to - 1] !== 'in' || to - from - 2 < 1 || to - from - 2 > VENUE_WORDS) return false;
  let named = false;
  for (let k = from + 1; k < to - 1; k++) {
    if (UPPER.test(tokens[k].text)) named = true;
    else if (words[k] !== 'the' && words[k] !== 'of' && !(named && LOWER_WORD.test(words[k]) && !lex.grammar.functionWords.has(words[k]))) return false;
  }
  return true;
}

/** How many words a venue's name between "at" and ", City" may have. */
const VENUE_WORDS = 6;

/** "at State House, Nairobi": the preposition before the venue whose comma the place at `from` follows, or null
 *  ("In 2024, Kathmandu protested": a date before the comma is no venue). */
function venuePrep(view: SentenceView, from: number): string | null {
  const { words } = view;
  if (wordAt(words, from - 1) !== ',') return null;
  for (let k = from - 2; k >= 0 && from - 2 - k < VENUE_WORDS; k--) {
    if (words[k] === 'at' || words[k] === 'in') return k < from - 2 ? words[k] : null;
    if (words[k] === ',' || words[k] === '.' || view.dateTok[k] >= 0) return null;
  }
  return null;
}

/** "signed the agreement with South Korea in Seoul": the place right after the party the act was done "with", who
 *  follows the cue. */
function afterPartner(before: Chunk | undefined, c: Chunk, span: CueSpan, view: SentenceView, lex: EventsLexicon): boolean {
  return before !== undefined && before.prep === 'with' && before.kind !== 'place' && before.to === c.from - 1 && wordsBetween(view, span.to, before.from - 1, lex) === 0;
}

const LODGED_AT = new Set(['to', 'with', 'at']);

/** "the Chinese embassy in Hanoi", "to the Foreign Ministry in Tokyo": `c` is the place right after "in" after a chunk headed by
 *  (or whose name ends in) a mission noun. */
function afterMission(before: Chunk | undefined, c: Chunk, words: string[], lex: EventsLexicon): boolean {
  // (Lodged "with" or delivered "to" it, or summoned "to" it: not "the detention by the Interior Ministry in Minsk".)
  if (before === undefined || before.to !== c.from - 1 || c.prep !== 'in' || !LODGED_AT.has(before.prep ?? '')) return false;
  // ("the Tanzanian High Commission", "the Foreign Ministry": a body named by its last word.)
  const last = words.slice(Math.max(before.from, before.to - 2), before.to);
  return lex.grammar.missionNouns.has(before.head ?? '') || lex.grammar.missionNouns.has(last.join(' ')) || lex.grammar.missionNouns.has(last[last.length - 1] ?? '');
}

/** How many lower-case words (adjectives) may stand between a preposition's article and a place. */
const ADJECTIVES = 2;
const ADJECTIVE = /^\p{Ll}+$/u;
const ARTICLES = new Set(['the', 'a', 'an']);

/** Words that open a clause: no adjectives of a place ("in a week when Washington and Beijing …"). */
const CLAUSE_OPENERS = new Set(['when', 'where', 'while', 'as', 'after', 'before', 'since', 'that', 'which', 'who', 'whose', 'if', 'because', 'until']);

/** "in the disputed Kashmir region", "near the northern town of …": the preposition before "the" and adjectives at `from`. */
function adjectivePrep(view: SentenceView, from: number): string | null {
  const { words, tokens } = view;
  let k = from - 1;
  let n = 0;
  while (k >= 0 && n < ADJECTIVES && ADJECTIVE.test(tokens[k].text) && !ARTICLES.has(words[k]) && !AT.has(words[k]) && !CLAUSE_OPENERS.has(words[k])) {
    k--;
    n++;
  }
  if (n === 0 || !ARTICLES.has(words[k] ?? '')) return null;
  return AT.has(words[k - 1] ?? '') ? words[k - 1] : null;
}

/** "in Russia's Saratov": the preposition of a country's possessive right before the place `c` in that country. */
function possessivePrep(before: Chunk | undefined, c: Chunk): string | null {
  if (!before || !before.possessive || before.kind !== 'country' || before.to !== c.from) return null;
  return before.parties[0]?.code === c.place?.country ? before.prep : null;
}

/**
 * "the Shanghai Cooperation Organisation (SCO) summit in Tianjin": a bracket that only spells out a name's
 * abbreviation does not end the clause; it goes on to the next boundary.
 */
const ABBREVIATION = /^\p{Lu}{2,6}$/u;
function pastAbbreviation(view: SentenceView, end: number, lex: EventsLexicon): number {
  const { words, tokens } = view;
  while (words[end] === '(' && words[end + 2] === ')' && ABBREVIATION.test(tokens[end + 1].text)) {
    end += 3;
    const stop = end + RELATIVE_REACH;
    while (end < words.length && end < stop && !lex.grammar.clauseBoundaries.has(words[end])) end++;
  }
  return end;
}

const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);
/** How far a relative clause's comma and the clause resumed after it are read (a bound for very long lines). */
const RELATIVE_REACH = 40;

/** [relative clause start, its closing comma, the end of the clause resumed after it]; no relative: the clause. */
function resumedClause(words: string[], clause: Clause, lex: EventsLexicon): [number, number, number] {
  if (!RELATIVES.has(words[clause.to] ?? '')) return [clause.to, clause.to, clause.to];
  let comma = clause.to + 1;
  while (comma < words.length && comma - clause.to <= RELATIVE_REACH && words[comma] !== ',') comma++;
  if (words[comma] !== ',') return [clause.to, clause.to, clause.to];
  let end = comma + 1;
  while (end < words.length && end - comma <= RELATIVE_REACH && !lex.grammar.clauseBoundaries.has(words[end]) && words[end] !== ',') end++;
  return [clause.to, comma, end];
}

/** The dateline's place ("HANOI, Dec. 13 (Xinhua) --"), or null: where a sentence that says "here" happened. */
export function datelinePlace(doc: Doc): EventPlace | null {
  const dateline = doc.document.dateline;
  if (!dateline) return null;
  return { name: dateline, country: doc.datelineCountry };
}
