// Decisions that need the whole text: which coded cues are events an analyst logs, their dates when the
// sentence gives none (the main event's day, the publication month), places, and who hosts each meeting.
import type { Doc } from '../../core/doc.ts';
import type { EventsLexicon } from '../../lexicon/events.ts';
import type { PhraseSet } from '../../lexicon/phrase-set.ts';
import { compatible, directMeeting } from './consult.ts';
import { isKnown, type Draft } from './draft.ts';
import { SIGNINGS } from './merge.ts';
import { codeSet, countryName, countryParty, partyKey, type Party } from './parties.ts';
import { appositiveParticiple } from './roles.ts';
import { firstTokenFrom, wordAt } from './tokens.ts';
import type { SentenceView } from './view.ts';
import { attributiveDate, AUXILIARIES, subjectRelativeBefore } from './when.ts';
import { datelinePlace, hostSeat, type EventPlace } from './where.ts';

export type CodingMode = 'article' | 'sentence';

const COOPERATIVE = new Set(['AGREE', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID']);
const AGREEMENT_TYPES = new Set(['AGREE', 'SUPPORT']);
const VERBAL = new Set(['AGREE', 'SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'CONCEDE']);
const PERFECT = new Set(['have', 'has', 'had']);
/** Verbs before a participle that make it a state ("remain committed to"), not an act. */
const STATE_VERBS = new Set(['remain', 'remains', 'remained', 'remaining', 'stay', 'stays', 'stayed', 'staying']);
const ANCHOR_LOOK_BACK = 3;
const LEAD_SENTENCES = 2;

interface MainEvent {
  date: string | null;
  place: EventPlace | null;
  parties: Set<string>;
  /** The countries of its parties. */
  codes: Set<string>;
}

/** Whether a phrase of a set occurs in a sentence: read once per sentence and set, not once per draft. */
type OccursInSentence = (set: PhraseSet, sentence: number) => boolean;
/** The dateline's place when the sentence says "here" ("said here Wednesday"), else null. */
type Here = (view: SentenceView) => EventPlace | null;

/** `items`: the dateline of each item of a page of briefs, by sentence index, which stands for the article's there. */
export function refine(drafts: Draft[], views: Map<number, SentenceView>, doc: Doc, lex: EventsLexicon, mode: CodingMode, dyad: Party[], items = new Map<number, EventPlace>()): Draft[] {
  const published = doc.document.published;
  const found = new Map<PhraseSet, Map<number, boolean>>();
  const occurs: OccursInSentence = (set, sentence) => {
    let bySentence = found.get(set);
    if (!bySentence) found.set(set, (bySentence = new Map()));
    let yes = bySentence.get(sentence);
    if (yes === undefined) {
      const words = views.get(sentence)!.words;
      bySentence.set(sentence, (yes = set.occursIn(words, 0, words.length)));
    }
    return yes;
  };
  const multilateral = (d: Draft) => occurs(lex.grammar.multilateral, d.sentence);
  let kept = drafts.filter((d) => !addressedToBoth(d));
  // "welcomed the package": a sentence alone does not say whose act it is (a cue that needs no object, "condemned the
  // move", is kept without a recipient); an article does, below.
  const needsObject = (d: Draft) => d.cue.objectRequired || d.cue.objectIs === 'thing';
  if (mode === 'sentence') kept = kept.filter((d) => !d.anaphor || !needsObject(d));
  for (const d of kept) if (mode === 'article') fillMissingRecipient(d, dyad);
  for (const d of kept) if (mode === 'article') fillReactionRecipient(d, dyad);
  for (const d of kept) if (mode === 'article') fillOtherRecipient(d, dyad);
  for (const d of kept) if (mode === 'article') fillDeporter(d, dyad);
  for (const d of kept) if (mode === 'article') fillWinner(d, dyad);
  for (const d of kept) fillReleaser(d, kept);
  kept = kept.filter((d) => !d.missingRecipient);
  // (In an article's lead, "have agreed" is the news of the day: "Malaysia and Thailand have agreed to …".)
  const lead = new Set(leadViews(views).map((v) => v.sentence.index));
  for (const d of kept) promoteJointAgreement(d, views.get(d.sentence)!, lex, mode === 'article' && lead.has(d.sentence));
  if (mode === 'sentence') {
    // "The treaty, signed by Egypt and Israel in 1979, …", "divided since 1974, when Turkey invaded the north", "fought a
    // border war between 1998 and 2000": an act its own clause dates "in", "since", "between" or "from" a year a decade or
    // more before the story is history told as background, no news of the day ("over the 1994 bombing" dates no act).
    const year = Number(published?.slice(0, 4));
    const history = (d: Draft) => d.dateFrom === 'clause' && d.date !== null && Number(d.date.slice(0, 4)) <= year - HISTORY_YEARS && inYear(views.get(d.sentence)!.words, d.dateTok);
    if (year > 0) kept = kept.filter((d) => !history(d));
    for (const d of kept) {
      d.date ??= published;
      d.dateFrom ??= 'fallback';
    }
    for (const d of kept) d.loc ??= placeOfVisit(d, kept, views) ?? placeOfClauseBefore(d, kept, views);
    // ("DAMASCUS -- The UN special envoy held talks on Sunday with al-Sharaa": a meeting of the dateline's country with
    // another party, told with no place, was held at the dateline, as in an article.)
    const dateline = datelinePlace(doc);
    for (const d of kept) if (!d.loc && meetingOfDateline(d, dateline) && !multilateral(d)) guessDateline(d, dateline);
    for (const d of kept) directMeeting(d, multilateral(d), kept.filter((v) => v.visitHost && v.sentence === d.sentence));
    kept = withRepeatedDates(kept, views, published);
    // The main event first: acts told as background ("Two days after …, ", "who had …", ", killing …") after it.
    const background = new Map(kept.map((d) => [d, isBackground(d, views.get(d.sentence)!, lex)]));
    return kept.map((d, i) => ({ d, i })).sort((a, b) => a.d.sentence - b.d.sentence || Number(background.get(a.d)) - Number(background.get(b.d)) || a.i - b.i).map((x) => x.d);
  }

  for (const d of kept) toldAsCall(d, kept, views);
  kept = kept.filter((d) => !quotedSpeech(views.get(d.sentence)!, tokenOf(views.get(d.sentence)!, d.start)));
  kept = kept.filter((d) => !d.anaphor || pointBack(d, kept, views, lex) || !needsObject(d));
  // ("Madrid rejected the accusations on Sunday" with no accusation coded before it: at the other country, as a reaction
  // that names no one is.)
  for (const d of kept) if (d.anaphor && d.recipient.length === 0) fillReactionRecipient(d, dyad, true);
  // The dateline's place, read once for the article.
  const articleDateline = datelinePlace(doc);
  const datelineOf = (sentence: number) => items.get(sentence) ?? articleDateline;
  const here: Here = (view) => {
    const dateline = datelineOf(view.sentence.index);
    return dateline && view.words.includes('here') ? dateline : null;
  };
  const main = mainEvent(kept, views, doc.document.published);
  // The countries of the main day's first meeting, known before dates are given ("The two sides also agreed …"), else
  // of its first signing ("Turkey and Syria signed a memorandum on Thursday … The two ministers also agreed …"), else
  // of its first agreement ("India and China on Monday agreed to resume border trade … The two sides also agreed …").
  const onMainDay = (d: Draft) => main.date !== null && d.date === main.date;
  const meeting = kept.find((d) => d.type === 'CONSULT' && onMainDay(d)) ?? kept.find((d) => d.type === 'SUPPORT' && d.kind === 'agreement' && onMainDay(d)) ??
    kept.find((d) => d.type === 'AGREE' && d.kind === 'agreement' && !d.future && onMainDay(d));
  if (meeting) main.codes = codeSet(meeting.actor, meeting.recipient);
  const all = kept;
  kept = kept.filter((d) => dateInArticle(d, views, doc, lex, main, occurs, here, all, lead));
  for (const d of kept) d.loc ??= placeOfVisit(d, kept, views) ?? placeOfClauseBefore(d, kept, views);
  // (The main day's first meeting, held at the dateline, is placed there before a later leg of the visit gives its
  // place: "BAGHDAD — Erdogan and Sudani signed … during Erdogan's visit to Iraq. Erdogan later travelled to Erbil".)
  const first = kept.find((d) => d.type === 'CONSULT' && onMainDay(d));
  const firstDateline = first ? datelineOf(first.sentence) : null;
  if (first && !first.loc && firstDateline && atDateline(first, firstDateline, main) && !multilateral(first) && !visitingElsewhere(first, kept, firstDateline)) guessDateline(first, firstDateline);
  for (const d of kept) {
    const dateline = datelineOf(d.sentence);
    if (!d.loc && multilateral(d) && sidelinesAtDateline(d, dateline, main)) guessDateline(d, dateline);
  }
  placeMainEvent(main, kept);
  if (!main.place) {
    // No meeting of the main day says where it was: one held at the dateline gives the main event its place.
    for (const d of kept) {
      const dateline = datelineOf(d.sentence);
      if (!d.loc && atDateline(d, dateline, main) && !multilateral(d) && !visitingElsewhere(d, kept, dateline)) guessDateline(d, dateline);
    }
    placeMainEvent(main, kept);
  }
  // ("Bhutan and India signed three agreements in Thimphu yesterday at the end of the annual talks. The talks were
  // co-chaired by …": with no meeting placed, the main day's signing stated somewhere places the meeting.)
  main.place ??= kept.find((d) => d.type === 'SUPPORT' && d.kind === 'agreement' && onMainDay(d) && d.loc && !d.locGuessed)?.loc ?? null;
  // ("who arrived in Bridgetown on Sunday for a three-day visit … received Dr Mutua on Monday": else a visit of its
  // parties under way that day.)
  main.place ??= visitUnderWay(kept, main)?.loc ?? null;
  kept = kept.filter((d) => actAtDateline(d, datelineOf(d.sentence), lex, dyad, mode) && !itinerary(d, main) && !tollOfAttack(d, kept) && !meetingAtHome(d));
  for (const d of kept) {
    const view = views.get(d.sentence)!;
    const dateline = datelineOf(d.sentence);
    d.loc ??= here(view);
    // What the main meeting's parties did on its day (talks, signings, agreements) happened where it did, not where
    // the story was filed ("TEHRAN — … The two sides also agreed to …" after talks in Riyadh).
    if (!d.loc && (d.type === 'CONSULT' || COOPERATIVE.has(d.type)) && main.place && d.date === main.date && ofMainMeeting(d, main)) d.loc = main.place;
    // ("paid a courtesy call on President Thongloun Sisoulith … at the Presidential Palace": a place of no country, such
    // as a landmark every country has, is in the main meeting's city on its day.)
    if (d.loc && !d.loc.country && (d.type === 'CONSULT' || COOPERATIVE.has(d.type)) && main.place?.country && d.date === main.date) d.loc = main.place;
    // "offered to host talks in Kuala Lumpur" (in a phone call, which took place nowhere): an agreement to meet with no
    // place of its own is filed at the meeting's.
    d.loc ??= d.venue;
    // (Words of another year, "signed a similar pact in 2008", were not said where this story was filed.)
    const sameYear = d.date !== null && d.date.slice(0, 4) === (main.date ?? doc.document.published ?? '').slice(0, 4);
    if (!d.loc) guessDateline(d, (sameYear ? spokenAtDateline(d, dateline) : null) ?? expelledAtDateline(d, dateline, main));
    if (!d.loc && atDateline(d, dateline, main) && !multilateral(d) && !visitingElsewhere(d, kept, dateline)) guessDateline(d, dateline);
    if (!d.loc) guessDateline(d, placeOfSummons(d, doc, lex));
  }
  const visits = kept.filter((d) => d.visitHost);
  for (const d of kept) directMeeting(d, multilateral(d), visits);
  kept = foldVisitsIntoMeetings(kept);
  for (const v of kept) hostMetOnVisit(v, kept);
  // "WASHINGTON — … held talks at the White House": the main day's meeting hosted in the dateline's country
  // took place in the dateline's city.
  for (const d of kept) {
    const dateline = datelineOf(d.sentence);
    if (d.loc || d.type !== 'CONSULT' || !dateline?.country || d.date !== main.date || d.mode[0] !== 'visit') continue;
    if (d.recipient.some((p) => p.code === dateline.country)) guessDateline(d, dateline);
  }
  return withRepeatedDates(kept, views, doc.document.published);
}

const BARE_YEAR = /^(?:19|20)\d\d$/;
/** What may follow the last year of a list of dates ("in 2003 and 2007."). */
const LIST_END = new Set(['.', ',', ';', 'and', 'as', 'when', 'while', 'before', 'after', ')']);

/**
 * "Lula had visited Angola in 2003 and 2007", "visited in 2015, 2018 and 2023": an act dated by dates of one precision
 * joined by "and" or commas was done once on each; a copy of the draft is dated by each date after its own.
 */
function withRepeatedDates(drafts: Draft[], views: Map<number, SentenceView>, published: string | null): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    out.push(d);
    const view = views.get(d.sentence);
    if (!view || d.dateTok < 0 || d.dateFrom !== 'clause' || d.date === null) continue;
    const mention = view.dateTok[d.dateTok];
    if (mention < 0 || view.dates[mention].value !== d.date) continue;
    // `k`: the token after the last date of the list read so far.
    let k = d.dateTok;
    while (k < view.words.length && view.dateTok[k] === mention) k++;
    for (;;) {
      // (Joined by "and", a comma, or both: "2015, 2018 and 2021", "2015, 2018, and 2021".)
      if (view.words[k] !== 'and' && view.words[k] !== ',') break;
      const joined = view.words[k] === ',' && view.words[k + 1] === 'and' ? k + 2 : k + 1;
      const next = view.dateTok[joined];
      // (A bare year there is no date of its own to the dates stage: "in 2003 and 2007".)
      const year: string | null = next < 0 && d.date.length === 4 && BARE_YEAR.test(view.words[joined]) && LIST_END.has(view.words[joined + 1] ?? '.') ? view.words[joined] : null;
      // (Not a date counted from another: "on July 4, a day after he took the oath" is one day.)
      if ((next < 0 && !year) || (next >= 0 && view.dates[next].rule.startsWith('dates.offset'))) break;
      const date: string = year ?? view.dates[next].value;
      if ((!year && view.dates[next].future) || date.length !== d.date.length || date === d.date || (published !== null && date > published.slice(0, date.length))) break;
      out.push({ ...d, date, dateTok: year ? -1 : joined });
      k = joined + 1;
      while (!year && k < view.words.length && view.dateTok[k] === next) k++;
    }
  }
  return out;
}

/** Verbs of a response whose act follows "by" ("responded by shutting …"). */
const RESPONSE_VERBS = new Set(['responded', 'retaliated', 'reacted', 'replied', 'hit']);

/** Whether the cue at token `k` follows "responded by" (or "retaliated", "reacted", "replied", "hit back") right before it. */
function respondsBy(view: SentenceView, k: number): boolean {
  const w = view.words;
  if (w[k - 1] !== 'by') return false;
  const verb = w[k - 2] === 'back' ? k - 3 : k - 2;
  return RESPONSE_VERBS.has(w[verb] ?? '') && (w[verb] !== 'hit' || w[verb + 1] === 'back');
}

/** Sentences after a meeting within which "the call" names it. */
const CALL_REACH = 2;
const CALL_LEADS = new Set(['during', 'in', 'after', 'on']);
const CALL_WORDS = new Set(['phone', 'telephone', 'video']);

/**
 * "Sharif and bin Salman on Monday discussed … During the telephone call, the two leaders agreed …": a meeting told
 * with no mode that a sentence right after calls "the (phone) call" was a call, held nowhere.
 */
function toldAsCall(d: Draft, drafts: Draft[], views: Map<number, SentenceView>): void {
  if (d.type !== 'CONSULT' || d.mode.length > 0 || d.loc) return;
  for (let k = d.sentence + 1; k <= d.sentence + CALL_REACH; k++) {
    const view = views.get(k);
    if (!view || drafts.some((x) => x.sentence === k && x.type === 'CONSULT')) return;
    const w = view.words;
    for (let i = 0; i + 2 < w.length; i++) {
      if (!CALL_LEADS.has(w[i]) || w[i + 1] !== 'the') continue;
      const noun = CALL_WORDS.has(w[i + 2]) ? i + 3 : i + 2;
      if (w[noun] === 'call' || (w[noun] === 'conversation' && noun > i + 2)) {
        d.mode = ['phone'];
        return;
      }
    }
  }
}

/** Sentences after an act of force within which a toll with no attacker named is that act's. */
const TOLL_REACH = 2;

/**
 * "Russia launched a combined attack on Kyiv … Two people were killed and eleven injured in the capital": killings
 * told with no attacker, whose actor was guessed as the victims' own country, are the toll of an act of force on
 * that country told just before (with no day of their own, or a day it may share), not an attack of their own.
 */
function tollOfAttack(d: Draft, drafts: Draft[]): boolean {
  if (d.type !== 'ASSAULT' || d.actor.length === 0 || d.actor.some((p) => p.personId)) return false;
  const own = d.actor[0].code;
  if (!own || d.actor.some((p) => p.code !== own) || d.recipient.some((p) => p.code !== own)) return false;
  return drafts.some((a) => a !== d && a.type === 'ASSAULT' && a.sentence <= d.sentence && d.sentence - a.sentence <= TOLL_REACH &&
    a.recipient.some((p) => p.code === own) && !a.actor.some((p) => p.code === own) && (d.dateFrom !== 'clause' || compatible(a.date, d.date)));
}

/**
 * "He will travel to Mumbai on Sept 5 to meet business leaders" in a story of his talks in New Delhi: a trip a visitor
 * of the main meeting plans within the country he is visiting is his itinerary, not an agreement with that country.
 */
function itinerary(d: Draft, main: MainEvent): boolean {
  const host = main.place?.country;
  if (!host || d.type !== 'AGREE' || !d.future || d.cue.type !== 'CONSULT' || d.cue.roles !== 'visit') return false;
  return d.recipient.length > 0 && d.recipient.every((p) => p.code === host && !p.personId) &&
    d.actor.some((p) => main.parties.has(partyKey(p))) && !d.actor.some((p) => p.code === host);
}

/** A party of the main meeting is among the draft's, or (for "the two sides", "Iran and Saudi Arabia", or people of
 *  the two countries, "Asif and his Afghan counterpart Yaqoob") its two or more countries are the meeting's. */
function ofMainMeeting(d: Draft, main: MainEvent): boolean {
  const parties = [...d.actor, ...d.recipient];
  if (parties.some((p) => main.parties.has(partyKey(p)))) return true;
  const codes = codeSet(parties);
  return codes.size >= 2 && [...codes].every((c) => main.codes.has(c));
}

/** The dateline's place for an act the sentence gives none: a guess, which a place stated for the same act wins over. */
function guessDateline(d: Draft, dateline: EventPlace | null): void {
  if (!dateline) return;
  d.loc = dateline;
  d.locGuessed = true;
}

/**
 * "during his state visit to Astana last July, he and Tokayev signed …", "arrived in Islamabad for an official visit,
 * during which the two sides signed …": a meeting or an act of cooperation told in the sentence of a visit to a
 * city, by the visitor's or the host's side in the visit's time, happened in that city (not at the dateline).
 */
function placeOfVisit(d: Draft, drafts: Draft[], views: Map<number, SentenceView>): EventPlace | null {
  if (d.visitHost || !d.date || !(d.type === 'CONSULT' || COOPERATIVE.has(d.type))) return null;
  const codes = codeSet(d.actor, d.recipient);
  const visit = drafts.find((v) => v !== d && v.visitHost && v.loc && v.sentence === d.sentence && v.date && !v.future &&
    (v.date.startsWith(d.date!) || d.date!.startsWith(v.date)) && (codes.has(v.visitHost) || v.actor.some((p) => codes.has(p.code))));
  if (!visit) return null;
  // Told as done during the visit ("during", "while"), with no other time between them ("weeks after Kenya and
  // Ethiopia signed …" is before it).
  const view = views.get(d.sentence)!;
  const [a, b] = [tokenOf(view, Math.min(visit.start, d.start)), tokenOf(view, Math.max(visit.start, d.start))];
  const between = view.words.slice(a, b);
  if (between.some((w) => OTHER_TIME.has(w)) || !view.words.slice(0, b).some((w) => DURING.has(w))) return null;
  return visit.loc;
}
const DURING = new Set(['during', 'while']);

/** Words before a meeting that led to the act told before it ("signed …, after talks between …"). */
const TALKS_LINKS = new Set(['after', 'following']);

/** Words before a participle that continue the clause before it ("…, before releasing them", "after seizing it"). */
const PARTICIPLE_LINKS = new Set([',', 'before', 'after', 'while', 'then', 'and']);

/**
 * "impounded 40 trucks at the Namanga border …, before releasing them a week later": an act told in a participle
 * that continues the clause of an act by the same party with a place of its own happened there too, as did talks
 * after which that act was done.
 */
function placeOfClauseBefore(d: Draft, drafts: Draft[], views: Map<number, SentenceView>): EventPlace | null {
  const view = views.get(d.sentence)!;
  const k = tokenOf(view, d.start);
  const participle = view.words[k]?.endsWith('ing') && PARTICIPLE_LINKS.has(view.words[k - 1] ?? '');
  // ("were signed in Kampala by the two ministers, after talks between the two delegations": the talks before it.)
  const talksBefore = d.type === 'CONSULT' && TALKS_LINKS.has(view.words[k - 1] ?? '');
  if (!participle && !talksBefore) return null;
  const own = codeSet(d.actor);
  const before = drafts.filter((b) => b !== d && b.sentence === d.sentence && b.start < d.start && b.loc && !b.locGuessed && b.actor.some((p) => own.has(p.code)));
  return before.at(-1)?.loc ?? null;
}
const OTHER_TIME = new Set(['after', 'before', 'since', 'following', 'until', 'ago', 'later', 'earlier']);

/**
 * "Albanese's trip to Beijing in November, during which he met President Xi": an earlier visit to a country, told
 * without its day (or by its noun, on the meeting's day) in the sentence that names the meeting with its host, is
 * that meeting, which takes the visit's place and evidence.
 */
function foldVisitsIntoMeetings(drafts: Draft[]): Draft[] {
  const folded = new Set<Draft>();
  for (const v of drafts) {
    if (!v.visitHost || v.type !== 'CONSULT' || v.recipient.some((p) => p.personId)) continue;
    // (A visit told by its verb with a day of its own is logged as such: "arrived in Beijing on Sunday and met …", and
    // so is a stay the meeting was held during: "held talks … during Kishida's state visit to the United States"; a
    // visit named by its noun before a meeting on its day is not: "a visit by Rubio to Mexico City on Sept. 3, when he
    // met …".)
    const ownDay = (v.date?.length ?? 0) >= 10;
    if (ownDay && !v.cue.noun) continue;
    const visitors = new Set(v.actor.map(partyKey));
    // ("the first visit by a Somali leader to Ethiopia": a visitor named by country only is any of its people.)
    const countries = v.actor.some((p) => p.personId) ? new Set<string>() : codeSet(v.actor);
    const meetings = drafts.filter((m) => m !== v && m.type === 'CONSULT' && m.sentence === v.sentence && !m.visitHost &&
      (!ownDay || (m.date === v.date && m.start > v.start)) && m.recipient.some((p) => p.personId && p.code === v.visitHost) &&
      m.actor.some((p) => visitors.has(partyKey(p)) || countries.has(p.code)));
    if (meetings.length === 0) continue;
    for (const m of meetings) {
      m.loc ??= v.loc;
      m.texts.push(...v.texts.filter((t) => !m.texts.includes(t)));
    }
    folded.add(v);
  }
  return folded.size > 0 ? drafts.filter((d) => !folded.has(d)) : drafts;
}

/**
 * "Anwar had visited Bangkok in March, when he and then Thai prime minister Srettha agreed …": a visit to a country
 * whose sentence tells the visitor acting together with a person of that country, and no meeting, was hosted by that
 * person.
 */
function hostMetOnVisit(v: Draft, drafts: Draft[]): void {
  if (!v.visitHost || v.type !== 'CONSULT' || v.recipient.some((p) => p.personId)) return;
  // (A sentence that tells the meeting too keeps the visit to the country beside it: "held talks at the White House
  // during Kishida's state visit to the United States".)
  if (drafts.some((m) => m !== v && m.sentence === v.sentence && m.type === 'CONSULT')) return;
  const visitors = new Set(v.actor.map(partyKey));
  for (const d of drafts) {
    if (d === v || d.sentence !== v.sentence || d.type === 'CONSULT' || d.recipient.length > 0 || !d.actor.some((p) => visitors.has(partyKey(p)))) continue;
    const host = d.actor.find((p) => p.personId && p.code === v.visitHost);
    if (host) {
      v.recipient = [host];
      return;
    }
  }
}

/** A date mention told "in", "since", "between" or "from" a year ("in 1998", "since 1974, when …", "between 1998 and 2000";
 *  the mention may hold the word). */
const YEAR_LEADS = new Set(['in', 'since', 'between', 'from']);
const inYear = (words: string[], k: number) => k >= 0 && (YEAR_LEADS.has(words[k]) || YEAR_LEADS.has(words[k - 1]));

/** How many years before the story an act dated in its own clause is history (sentence mode). */
const HISTORY_YEARS = 10;

/** Words that open a clause of background before or inside a sentence's main clause. */
const SUBORDINATORS = new Set(['after', 'before', 'as', 'while', 'when', 'unless', 'if', 'despite', 'following', 'since', 'once', 'until', 'amid', 'with']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose', 'where']);
/** Prepositions that open a phrase of setting before the main clause ("In a joint statement issued after a phone
 *  call between their leaders, …", "Under an accord reached on Sunday, …", "During talks in Doha, …"). */
const SETTING_PREPOSITIONS = new Set(['in', 'at', 'during', 'under']);
/** Words that may come before the subordinator of an opening phrase ("Two days after", "Shortly before"). */
const LEAD_IN = new Set(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few', 'day', 'days',
  'hour', 'hours', 'week', 'weeks', 'month', 'months', 'year', 'years', 'minutes', 'shortly', 'just', 'only', 'soon', 'moments', 'even']);

/**
 * An act told as background to the sentence's main clause: in an opening adverbial, prepositional or participial
 * phrase ("Two days after Chinese vessels fired …,", "In a joint statement issued after a phone call …,", "Having
 * ignored calls …,"), in a relative clause ("protesters who had
 * filled the square"), in a participle after a comma (", killing …") or in a reduced relative ("detainees
 * released from the jail said …").
 */
function isBackground(d: Draft, view: SentenceView, lex: EventsLexicon): boolean {
  const words = view.words;
  const k = tokenOf(view, d.start);
  const comma = words.indexOf(',');
  let first = 0;
  while (first < words.length && (view.dateline[first] || /^\d+$/.test(words[first]) || LEAD_IN.has(words[first]))) first++;
  const opener = SUBORDINATORS.has(words[first]) || SETTING_PREPOSITIONS.has(words[first]) || (words[first]?.endsWith('ing') && view.chunkAt[first] < 0 && !lex.grammar.functionWords.has(words[first])) || words[first] === 'having';
  if (opener && comma > k && comma - first < 40) return true;
  // ("Speaking after talks in Luanda with his Zambian counterpart on Thursday, Lourenco said …": the opener view.ts reads.)
  // (Not a name in "-ing": "Beijing slapped tariffs …, escalating …".)
  if (view.openerEnd > 0 && view.chunkAt[0] < 0 && k < view.openerEnd) return true;
  const b = d.clause.from - 1;
  // (Not the main verb after a relative clause in its subject: "fishermen who had been arrested in July were freed".)
  if (b >= 0 && RELATIVES.has(words[b]) && subjectRelativeBefore(words, k, (w) => lex.pastForms.has(w)) !== b) return true;
  // ("who had been arrested": the relative's own verb, over its auxiliaries.)
  let j = k - 1;
  while (j > 0 && AUXILIARIES.has(words[j])) j--;
  if (j < k - 1 && RELATIVES.has(words[j])) return true;
  if (words[k - 1] === ',' && words[k].endsWith('ing')) return true;
  // ("Cheng Lei, detained in Beijing for three years, was freed": what was done to the sentence's first party, set off.)
  if (lex.pastForms.has(words[k]) && appositiveParticiple(view, k)) return true;
  // A participle right after a noun, with no "was" or "has" before it: a reduced relative ("spoke by telephone" is a
  // simple past, no participle).
  if (lex.participles.has(words[k]) && k > 0 && view.chunkAt[k - 1] >= 0 && view.chunks[view.chunkAt[k - 1]].kind !== 'pronoun' && k + 1 < words.length && words[k + 1] === 'by') return true;
  // ("Costa Rica and Panama have long complained of drug flights …, and on Tuesday their ministries began sharing radar
  // tracks": an undated act before ", and" or ", but" and a day is the setting of the dated news after it.)
  if (d.dateTok < 0 && datedTurnAfter(view, k)) return true;
  // ("A request by the UN envoy to meet Aung San Suu Kyi has been turned down by the junta": a noun in the subject of a
  // passive verb is what the passive's act is done to, told as its setting.)
  // (Not the passive of the act's own pattern: "China's ambassador was summoned by New Zealand".)
  if (NOUN_DETERMINERS.has(words[k - 1] ?? '') && passiveAfter(view, Math.max(k, tokenOf(view, d.end) - 1), lex)) return true;
  return false;
}

/** Words before a cue word that make it a noun ("a request", "Kenya's request"). */
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', "'s", '’s', 'its', 'their', 'his', 'her']);

/** How far after a noun the passive verb of the clause it is the subject of may stand. */
const PASSIVE_REACH = 24;

/** Whether a passive verb with "by" ("has been turned down by") follows token `k` in its clause, over no comma. */
function passiveAfter(view: SentenceView, k: number, lex: EventsLexicon): boolean {
  const words = view.words;
  for (let j = k + 1; j + 2 < words.length && j <= k + PASSIVE_REACH; j++) {
    if (words[j] === ',' || words[j] === ';' || lex.grammar.clauseBoundaries.has(words[j])) return false;
    if (!lex.grammar.be.has(words[j]) || !lex.participles.has(words[j + 1])) continue;
    return words[j + 2] === 'by' || words[j + 3] === 'by';
  }
  return false;
}

/** Words that may stand between ", and"/", but" and the date of the clause they open ("but earlier this month"). */
const TURN_LEAD = new Set(['on', 'in', 'at', 'earlier', 'later', 'then', 'now', 'since', 'from', 'by']);

/** Whether ", and" or ", but" after token `k` opens a clause with a date of its own within its first words. */
function datedTurnAfter(view: SentenceView, k: number): boolean {
  const words = view.words;
  for (let c = k + 1; c + 2 < words.length; c++) {
    if (words[c] !== ',' || (words[c + 1] !== 'and' && words[c + 1] !== 'but')) continue;
    let n = c + 2;
    while (n < words.length && n < c + 5 && view.dateTok[n] < 0 && TURN_LEAD.has(words[n])) n++;
    if (view.dateTok[n] >= 0) return true;
  }
  return false;
}

/**
 * "NEW DELHI — Modi held talks with Hasina on Saturday": a meeting on the main day between a party of the
 * dateline's country and a foreign one, told without a place, was held where the story was filed.
 */
function atDateline(d: Draft, dateline: EventPlace | null, main: MainEvent): dateline is EventPlace {
  return d.date !== null && d.date === main.date && meetingOfDateline(d, dateline);
}

/** A meeting (no call) of the dateline's country with another party, not a visit the sentence gives elsewhere. */
function meetingOfDateline(d: Draft, dateline: EventPlace | null): dateline is EventPlace {
  if (d.type !== 'CONSULT' || d.mode.includes('phone') || !dateline?.country) return false;
  const parties = [...d.actor, ...d.recipient];
  // (A visit is held in the host's country: "NAIROBI — … during his first visit to Haiti" was not in Nairobi.)
  if (d.mode.includes('visit') && d.recipient.length > 0 && !d.recipient.some((p) => p.code === dateline.country)) return false;
  return parties.some((p) => p.code === dateline.country) && parties.some((p) => p.code && p.code !== dateline.country);
}

/**
 * "NEW YORK — The crown prince met Modi on the sidelines of the General Assembly": a meeting of the main day on the
 * sidelines of a gathering, between countries none of which is the dateline's, was held where the story was filed
 * (its reporter was at the gathering). Not a call, not a visit (held in the host's country).
 */
function sidelinesAtDateline(d: Draft, dateline: EventPlace | null, main: MainEvent): boolean {
  if (d.type !== 'CONSULT' || d.mode.includes('phone') || d.mode.includes('visit') || !dateline?.country) return false;
  if (d.date === null || d.date !== main.date) return false;
  const codes = codeSet(d.actor, d.recipient);
  return codes.size >= 2 && !codes.has(dateline.country);
}

/**
 * "BERLIN — … Pistorius said on Tuesday during a visit to Kyiv. Pistorius met Zelensky …": a meeting of someone on a
 * visit to another country that day was not held at the dateline.
 */
function visitingElsewhere(d: Draft, drafts: Draft[], dateline: EventPlace): boolean {
  const codes = codeSet(d.actor, d.recipient);
  return drafts.some((v) => v !== d && v.visitHost !== null && v.visitHost !== dateline.country && v.date === d.date &&
    codes.has(v.visitHost) && v.actor.some((p) => codes.has(p.code)));
}

/** "Belarus's chargé d'affaires was summoned to the foreign ministry" (a by_state cue in the passive, with no
 *  place): the dateline's state summoned a foreign envoy; its own envoy summoned is no act against itself (dropped).
 *  With no dateline, in an article about two countries, the act on one of them is the other's ("a man wanted at home
 *  was extradited to Colombia", in a story about Jamaica and Colombia). */
function actAtDateline(d: Draft, dateline: EventPlace | null, lex: EventsLexicon, dyad: Party[], mode: CodingMode): boolean {
  if (!d.cue.byState || d.actor.some((p) => p.code || p.personId || p.orgId)) return true;
  if (!dateline?.country) {
    const other = mode === 'article' && dyad.length === 2 && d.recipient.length === 1 ? dyad.find((p) => p.code !== d.recipient[0].code) : undefined;
    if (other && dyad.some((p) => p.code === d.recipient[0].code)) d.actor = [countryParty(lex, other.code, countryName(lex, other.code), 'GOV')];
    return true;
  }
  if (d.recipient.some((p) => p.code === dateline.country)) return false;
  if (d.recipient.length > 0) d.actor = [countryParty(lex, dateline.country, dateline.name, 'GOV')];
  return true;
}

const SUMMONED = /\bsummon|\bcalled in\b/i;

/**
 * "The Ministry for Foreign Affairs summoned the Russian embassy's chargé d'affaires": an envoy summoned with no place
 * named was summoned to the foreign ministry of the one state that summoned him, in its seat (`lex.seats`).
 */
function placeOfSummons(d: Draft, doc: Doc, lex: EventsLexicon): EventPlace | null {
  if (d.type !== 'ACCUSE' || d.future || !SUMMONED.test(doc.text.slice(d.start, d.end))) return null;
  return hostSeat(d.actor, lex);
}

/** Words of a government in the dateline's country were said there ("MANILA — The Philippines lodged a protest"). */
function spokenAtDateline(d: Draft, dateline: EventPlace | null): EventPlace | null {
  if (!VERBAL.has(d.type) || !dateline) return null;
  return d.actor.some((p) => p.code === dateline.country) ? dateline : null;
}

/** "WARSAW — Poland on Thursday ordered a Belarusian diplomat to leave": the dateline's government expelled on the main day, there. */
function expelledAtDateline(d: Draft, dateline: EventPlace | null, main: MainEvent): EventPlace | null {
  if (d.type !== 'SANCTION' || !d.mode.includes('expel') || !dateline || !d.date || d.date !== main.date) return null;
  return d.actor.length === 1 && d.actor[0].code === dateline.country ? dateline : null;
}

/** Reactions that name no one they are aimed at: in an article, at the other of its two countries. */
const REACTION_TYPES = new Set(['THREATEN', 'REJECT']);

/**
 * "Moscow vowed to retaliate", "Beijing denied any involvement": a threat or a refusal by one of the article's two
 * countries, told outside reported speech with nobody it is aimed at, is aimed at the other. `pointsBack`: also one
 * whose noun points back to an act ("rejected the accusations") when no act told before was found.
 */
function fillReactionRecipient(d: Draft, dyad: Party[], pointsBack = false): void {
  if (!REACTION_TYPES.has(d.type) || d.recipient.length > 0 || (d.anaphor && !pointsBack) || d.reported || d.future) return;
  const other = otherOfDyad(d, dyad);
  if (other) d.recipient = [other];
}

/** "Beijing lifted similar curbs on barley last year", "Thailand closed two border crossings": in an article, a measure
 *  of trade eased, or a border closed, is aimed at the other of its two countries, not at the actor's own people. */
/**
 * "On Friday alone, about 6,000 Afghans were deported through the Islam Qala crossing": in an article about two
 * countries, people of one deported by no one named were deported by the other.
 */
function fillDeporter(d: Draft, dyad: Party[]): void {
  if (d.type !== 'COERCE' || !d.mode.includes('deport') || d.actor.some(isKnown) || d.recipient.length !== 1 || dyad.length !== 2) return;
  const other = dyad.find((p) => p.code !== d.recipient[0].code);
  if (other && dyad.some((p) => p.code === d.recipient[0].code)) d.actor = [other];
}

/**
 * "The court found Uganda responsible": a court's ruling against one of the article's two countries is the other's win
 * too. PLOVER codes court-ordered payments "with the winner and court as actor and guilty party as recipient"; a finding
 * of liability is read the same way. Only for a court of no country of the two (an international one): a national court
 * stands for its state.
 */
function fillWinner(d: Draft, dyad: Party[]): void {
  if (d.type !== 'SANCTION' || !d.mode.includes('convict') || dyad.length !== 2 || d.recipient.length !== 1) return;
  if (!d.actor.some((p) => p.sector === 'JUD') || d.actor.some((p) => dyad.some((c) => c.code === p.code))) return;
  const winner = otherOf(d.recipient[0], dyad);
  if (winner) d.actor = [...d.actor, winner];
}

function fillOtherRecipient(d: Draft, dyad: Party[]): void {
  const other = d.forOther ? otherOfDyad(d, dyad) : null;
  if (other) d.recipient = [other];
}

/** How many drafts back the detention of people released with no agent named is looked for. */
const RELEASE_LOOK_BACK = 20;

/** "Togolese gendarmes detained eleven Ghanaian traders … The traders were freed on Friday": a release (or a hand-over)
 *  with no one named as releasing is by whoever last detained people of the released party's country. */
function fillReleaser(d: Draft, drafts: Draft[]): void {
  // (So are people handed over with no one named as handing them: "412 Ethiopians were handed over to our consular team"
  // after "Ethiopian migrants were rounded up in Djibouti".)
  const released = (d.type === 'RETREAT' && d.mode[0] === 'release') || d.cue.id === 'events.cooperate.extradite';
  if (!released || d.actor.some(isKnown) || d.recipient.length === 0) return;
  const held = new Set(d.recipient.map((p) => p.code).filter(Boolean));
  const i = drafts.indexOf(d);
  for (let k = i - 1; k >= 0 && k >= i - RELEASE_LOOK_BACK; k--) {
    const a = drafts[k];
    if (a.type === 'COERCE' && a.recipient.some((p) => held.has(p.code)) && a.actor.some(isKnown) && !a.actor.some((p) => held.has(p.code))) {
      d.actor = a.actor;
      return;
    }
  }
}

/**
 * "Japan responded in 2019 by tightening controls on exports": an act that needs a recipient and names none is
 * taken to be aimed at the other country the article is about.
 */
function fillMissingRecipient(d: Draft, dyad: Party[]): void {
  const other = d.missingRecipient ? otherOfDyad(d, dyad) : null;
  if (!other) return;
  d.recipient = [other];
  d.missingRecipient = false;
}

/** For an act of one party, one of the article's two countries, the other of them; else null. */
function otherOfDyad(d: Draft, dyad: Party[]): Party | null {
  return d.actor.length === 1 ? otherOf(d.actor[0], dyad) : null;
}

/** For a party of one of the article's countries, the other (the first other) of them; else null. */
function otherOf(party: Party, dyad: Party[]): Party | null {
  if (!dyad.some((p) => p.code === party.code)) return null;
  return dyad.find((p) => p.code !== party.code) ?? null;
}

/** How many sentences back the act "the package" points to may be told: in a sentence that names the noun, else any. */
const ANAPHOR_NAMED_LOOK_BACK = 12;
const ANAPHOR_LOOK_BACK = 2;

/**
 * "The EU adopted a package of sanctions against Russia on Monday. Zelensky welcomed the package": words about an act
 * told just before are addressed to its actor, when that is another party: the latest act whose sentence names the
 * noun ("package"), else the latest act of a type the noun names (grammar anaphor_types: "fired a missile … condemned
 * the launch"), else the latest act. Gives the draft its recipient, or says there is none.
 */
function pointBack(d: Draft, drafts: Draft[], views: Map<number, SentenceView>, lex: EventsLexicon): boolean {
  const own = new Set(d.actor.map((p) => p.code));
  const before: { a: Draft; actor: Party[] }[] = [];
  for (let k = drafts.indexOf(d) - 1; k >= 0; k--) {
    const a = drafts[k];
    if (a.sentence < d.sentence - ANAPHOR_NAMED_LOOK_BACK) break;
    // (An act told earlier in the same sentence counts: "Nepal protested to India, and India rejected the protest".)
    if (a.anaphor || (a.sentence === d.sentence && a.end > d.start)) continue;
    // (Every side of a joint act or an agreement is its actor: "South Korea and the United States began their annual
    // exercise … Pyongyang condemned the drills"; "Japan signed the pact with the Philippines … China criticised the pact".)
    const mutual = a.cue.roles === 'joint' || a.cue.kind === 'agreement';
    const actor = (mutual ? [...a.actor, ...a.recipient] : a.actor).filter((p) => p.code && !own.has(p.code));
    if (actor.length > 0) before.push({ a, actor });
  }
  const types = lex.grammar.anaphorTypes.get(d.anaphor!);
  // (Of the kind the noun names: "Mexico called the raid a violation … Brazil condemned the raid" points to the raid,
  // not to Mexico's words about it.)
  const named = before.find((x) => (!types || types.has(x.a.type)) && views.get(x.a.sentence)!.words.some((w) => w === d.anaphor || w === `${d.anaphor}s`));
  const typed = types ? before.find((x) => types.has(x.a.type)) : undefined;
  // (A noun that names its kind of act points back to an act of that kind only: "demanded the release of the vessel"
  // after talks is about no act told.)
  const found = named ?? typed ?? (types ? undefined : before.find((x) => x.a.sentence >= d.sentence - ANAPHOR_LOOK_BACK));
  if (!found) return false;
  d.recipient = found.actor;
  d.anaphorNear = found.a.sentence === d.sentence - 1;
  return true;
}

/** The longest run of quoted words that is still the writer's own term, not a quotation ("said it had "expelled" the vessels"). */
const SCARE_QUOTE_WORDS = 2;

/** Whether token k stands in a quotation of speech: quoted, in a run of more than SCARE_QUOTE_WORDS words. */
function quotedSpeech(view: SentenceView, k: number): boolean {
  if (!view.quoted[k]) return false;
  let from = k;
  let to = k + 1;
  while (from > 0 && view.quoted[from - 1]) from--;
  while (to < view.quoted.length && view.quoted[to]) to++;
  return to - from > SCARE_QUOTE_WORDS;
}

function tokenOf(view: SentenceView, pos: number): number {
  const i = firstTokenFrom(view.tokens, pos);
  return i < 0 ? 0 : i;
}

/** "Xi called on China and Vietnam to …": words addressed to the speaker's own side too are not an act between them. */
function addressedToBoth(d: Draft): boolean {
  if (!VERBAL.has(d.type) || d.recipient.length === 0) return false;
  const own = codeSet(d.actor);
  // Words addressed only to the speaker's own side are a domestic act ("the opposition asked the government to …").
  return d.recipient.some((p) => own.has(p.code)) && d.recipient.some((p) => !own.has(p.code));
}

/** "The two sides pledged to …", "China and Vietnam agreed …": a joint act in the past is an agreement reached. */
function promoteJointAgreement(d: Draft, view: SentenceView, lex: EventsLexicon, perfectIsNews: boolean): void {
  if (d.kind !== 'statement' || (d.type !== 'AGREE' && d.type !== 'SUPPORT') || d.future) return;
  const codes = codeSet(d.actor);
  if (codes.size < 2 || d.recipient.length > 0) return;
  const i = tokenOf(view, d.start);
  // ("The two sides did agree to set up a working group": the emphatic past too.)
  if (!lex.pastForms.has(view.words[i]) && view.words[i - 1] !== 'did') return;
  // "both countries are committed to", "with Malaysia remaining committed to": a state, not an agreement reached.
  if (lex.grammar.be.has(view.words[i - 1] ?? '') || STATE_VERBS.has(view.words[i - 1] ?? '')) return;
  if (!perfectIsNews) for (let k = Math.max(0, i - 6); k < i; k++) if (PERFECT.has(view.words[k])) return;
  d.kind = 'agreement';
}

/** The cues of messages sent, exchanged or received (congratulations, condolences, letters). */
const MESSAGES = new Set(['events.support.messages', 'events.support.message-received']);

/** How many days before publication the main day may be. */
const MAIN_DAY_REACH = 7;

/** The article's main day: the first date of its lead, else the first dated meeting (else a message the lead tells). */
function mainEvent(drafts: Draft[], views: Map<number, SentenceView>, published: string | null): MainEvent {
  // A meeting told in the lead with no day of its own ("… has held talks with Abiy Ahmed in Addis Ababa", after a
  // standfirst) takes its day from the sentence after the lead too ("The two leaders agreed on Saturday …").
  const sorted = [...views.values()].sort((a, b) => a.sentence.index - b.sentence.index);
  const leadSentences = new Set(sorted.slice(0, LEAD_SENTENCES).map((v) => v.sentence.index));
  const undatedMeeting = drafts.some((d) => d.type === 'CONSULT' && leadSentences.has(d.sentence) && d.dateFrom === null);
  // (A day of the week before publication, for what is not the lead itself: a meeting months before, told further down
  // as background, is not the news of a lead that names no day, "Syria's foreign minister has held talks in Beirut …",
  // which is then the day published.)
  const recent = (date: string) => published === null || (date <= published && date >= daysBefore(published, MAIN_DAY_REACH));
  for (const [i, v] of sorted.slice(0, LEAD_SENTENCES + (undatedMeeting ? 1 : 0)).entries()) {
    const d = v.dates.find((x) => !x.future && x.value.length === 10 && !v.dateline[firstTokenFrom(v.tokens, x.start)] && !inRelativeClause(v.words, firstTokenFrom(v.tokens, x.start)) &&
      (i < LEAD_SENTENCES || recent(x.value)));
    if (d) return { date: d.value, place: null, parties: new Set(), codes: new Set() };
  }
  const first = drafts.find((d) => d.type === 'CONSULT' && d.date && d.date.length === 10 && (d.dateFrom === 'clause' || d.dateFrom === 'sentence') && recent(d.date));
  // "BEIJING, April 8 (Xinhua) -- Xi has sent a congratulatory message to …": a message the lead tells with no day
  // of its own is the news of the day the article was published.
  const message = !first && drafts.some((d) => MESSAGES.has(d.cue.id) && leadSentences.has(d.sentence) && d.dateFrom === null);
  return { date: first?.date ?? (message || undatedMeeting ? published : null), place: null, parties: new Set(), codes: new Set() };
}

/**
 * "On Saturday he was to meet the ISRO scientists in Bengaluru": a meeting, or one planned, with a body of the actor's
 * own country is a matter at home, which an article about relations between countries does not log.
 */
function meetingAtHome(d: Draft): boolean {
  if (d.type !== 'CONSULT' && !(d.type === 'AGREE' && d.cue.type === 'CONSULT')) return false;
  const code = d.actor[0]?.code;
  return Boolean(code) && d.actor.every((p) => p.code === code) && d.recipient.length > 0 && d.recipient.every((p) => p.orgId && p.code === code);
}

/** The article's first sentences with cues or dates: its lead. */
function leadViews(views: Map<number, SentenceView>): SentenceView[] {
  return [...views.values()].sort((a, b) => a.sentence.index - b.sentence.index).slice(0, LEAD_SENTENCES);
}

/** Whether token `k` is inside a relative clause ("who is visiting from April 22 to 26"), which a comma closes. */
function inRelativeClause(words: string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 40; j--) {
    if (words[j] === ',') return false;
    if (RELATIVES.has(words[j])) return true;
  }
  return false;
}

/** The main event's place and parties: the first meeting on the main day that says where it was. */
function placeMainEvent(main: MainEvent, drafts: Draft[]): void {
  // The countries of the main day's first meeting, even one told without a place.
  const meeting = drafts.find((d) => d.type === 'CONSULT' && d.date === main.date);
  if (meeting && main.codes.size === 0) main.codes = codeSet(meeting.actor, meeting.recipient);
  const first = drafts.find((d) => d.type === 'CONSULT' && d.date === main.date && d.loc);
  if (!first) return;
  main.place = first.loc;
  main.parties = new Set([...first.actor, ...first.recipient].map(partyKey));
  main.codes = codeSet(first.actor, first.recipient);
}

/** The date of the sentence a back-reference ("made the remarks") points to: the nearest earlier dated one. */
function anchorDate(d: Draft, views: Map<number, SentenceView>, main: MainEvent, here: Here): { date: string | null; place: EventPlace | null } {
  for (let k = d.sentence - 1; k >= 0 && k >= d.sentence - ANCHOR_LOOK_BACK; k--) {
    const v = views.get(k);
    const date = v?.dates.find((x) => !x.future);
    if (v && date) return { date: date.value, place: here(v) };
  }
  return { date: main.date, place: null };
}

/** How many sentences back a meeting is looked for by "at that meeting" or an agreement of its parties. */
const MEETING_LOOK_BACK = 2;

/**
 * The latest meeting with a past date told before `d` (in its sentence or the two before it) whose parties
 * include every country of `d` (any meeting when `d` names fewer than two); with `samePeople`, every one of the
 * two or more people `d` names (of a message handed over, the one it is for).
 */
function meetingBefore(d: Draft, drafts: Draft[], samePeople: boolean): Draft | null {
  const codes = codeSet(d.actor, d.recipient);
  // (A message or invitation handed over from its sender, "Mudavadi delivered a written message from Ruto to El-Sisi",
  // was handed over at the meeting of the one it was for: "On Tuesday, El-Sisi received Mudavadi".)
  const handedOver = d.cue.roles === 'sender';
  const people = new Set((handedOver ? d.recipient : [...d.actor, ...d.recipient]).map((p) => p.personId).filter(Boolean));
  if (samePeople && people.size < (handedOver ? 1 : 2)) return null;
  for (let k = drafts.indexOf(d) - 1; k >= 0; k--) {
    const m = drafts[k];
    if (m.sentence < d.sentence - MEETING_LOOK_BACK) break;
    if (m.type !== 'CONSULT' || !m.date || m.future || m.start >= d.start) continue;
    const parties = [...m.actor, ...m.recipient];
    if (samePeople) {
      const theirs = new Set(parties.map((p) => p.personId));
      if ([...people].every((p) => theirs.has(p))) return m;
      continue;
    }
    const theirs = new Set(parties.map((p) => p.code));
    if (codes.size < 2 || [...codes].every((c) => theirs.has(c))) return m;
  }
  return null;
}

/**
 * "Japan and the Philippines on Monday signed a reciprocal access agreement … The pact was signed in Manila by
 * Kamikawa and Teodoro", "… Bista signed the agreement with Lee in Sejong, the ministry said on Thursday": a signing
 * told again by its signers, with no day of its own clause, is the dated signing of their two countries told just
 * before.
 */
function signingBefore(d: Draft, drafts: Draft[]): Draft | null {
  if (!SIGNINGS.has(d.cue.id) || !d.actor.some((p) => p.personId)) return null;
  const codes = codeSet(d.actor, d.recipient);
  if (codes.size < 2) return null;
  for (let k = drafts.indexOf(d) - 1; k >= 0; k--) {
    const m = drafts[k];
    if (m.sentence < d.sentence - MEETING_LOOK_BACK) break;
    if (!SIGNINGS.has(m.cue.id) || m.date?.length !== 10 || m.future || m.recipient.length > 0) continue;
    const theirs = new Set(m.actor.map((p) => p.code));
    if (theirs.size === codes.size && [...codes].every((c) => theirs.has(c))) return m;
  }
  return null;
}

/** The signing told earlier in `d`'s sentence, dated by a signing told before it (`signingBefore`), that the meeting `d`
 *  introduced by "after" or "following" a few words before its cue led to; or null. */
function talksBeforeSigning(d: Draft, drafts: Draft[], view: SentenceView): Draft | null {
  const k = tokenOf(view, d.start);
  if (!view.words.slice(Math.max(0, k - TALKS_LINK_REACH), k).some((w) => TALKS_LINKS.has(w))) return null;
  return drafts.find((s) => s !== d && s.sentence === d.sentence && s.start < d.start && SIGNINGS.has(s.cue.id) && s.dateFrom === 'anchor' && s.date) ?? null;
}
/** How many words before a meeting's cue "after" may stand ("after the two held talks"). */
const TALKS_LINK_REACH = 3;

/**
 * "Abdelatty met Al Thani in Cairo ahead of the talks, Egypt's foreign ministry said": a meeting of two people
 * told before a closing attribution is the news the source reports, not words of a speaker (as "she said she had
 * met …" is); with no day of its own it took place on the article's main day.
 */
function attributedMeeting(d: Draft, view: SentenceView): boolean {
  // Both sides named as people: "China welcomes Kenya to …, Xi said" is the speaker's own words.
  if (d.type !== 'CONSULT' || d.future || !d.actor.some((p) => p.personId) || !d.recipient.some((p) => p.personId)) return false;
  const last = tokenOf(view, d.end - 1);
  return view.attributions.first > last && view.attributions.lastClosing > last;
}

const SPAN_UNITS = new Map([['day', 1], ['days', 1], ['week', 7], ['weeks', 7]]);
const VAGUE_UNITS = new Set(['months', 'month', 'years', 'year', 'weeks', 'days']);
/** How far back "after" may stand before the cue of the act it introduces ("a week after Lula spoke by phone"). */
const AFTER_REACH = 8;

/**
 * "Petro's visit comes a week after Lula spoke by phone with Maduro": an act after "<span> after" took place that long
 * before the main event (`days`), or at an unknown time before it (null) when the span is vague ("days after", "months
 * after"); undefined when no such span introduces it.
 */
function spanBefore(view: SentenceView, d: Draft, lex: EventsLexicon): number | null | undefined {
  const k = tokenOf(view, d.start);
  for (let j = k - 1; j >= 1 && k - j <= AFTER_REACH; j--) {
    const w = view.words[j];
    if (w === ',' || w === ';') return undefined;
    if (w !== 'after') continue;
    // A date between "after" and the act stands for it ("days after Hassan on Monday held talks"); one before is the
    // span itself ("a week after", read as a date) or another clause's.
    // A day the dates stage counted from the span ("two days after" the meeting told before) stands too.
    if (d.dateFrom === 'clause' && (d.dateTok > j || d.date?.length === 10)) return undefined;
    const unit = view.words[j - 1];
    const count = lex.numberWords.get(view.words[j - 2] ?? '') ?? Number(view.words[j - 2]);
    const per = SPAN_UNITS.get(unit);
    if (per && Number.isInteger(count) && count > 0) return count * per;
    return VAGUE_UNITS.has(unit) ? null : undefined;
  }
  return undefined;
}

/** How many days after a visit began the main day may fall to be held on it ("arrived on Sunday for a three-day visit"). */
const VISIT_UNDER_WAY = 3;

/** A visit to a place by one side of the main meeting to the other's country, begun on the main day or the few days
 *  before it. */
function visitUnderWay(drafts: Draft[], main: MainEvent): Draft | undefined {
  const day = main.date;
  if (day?.length !== 10) return undefined;
  return drafts.find((v) => v.visitHost && v.loc && !v.locGuessed && !v.future && v.date?.length === 10 && v.date <= day && v.date >= daysBefore(day, VISIT_UNDER_WAY) &&
    main.codes.has(v.visitHost) && v.actor.some((p) => p.code !== v.visitHost && main.codes.has(p.code)));
}

/** A day `days` before `date` (YYYY-MM-DD). */
function daysBefore(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whether the draft's parties are two or more countries, all sides of the main meeting. */
function mainSides(d: Draft, main: MainEvent): boolean {
  const codes = codeSet(d.actor, d.recipient);
  return main.date !== null && codes.size >= 2 && [...codes].every((c) => main.codes.has(c));
}

/** Whether a meeting of the main day between the draft's countries is told in its sentence. */
function meetingInSentence(d: Draft, drafts: Draft[], main: MainEvent): boolean {
  const codes = codeSet(d.actor, d.recipient);
  return drafts.some((m) => m.type === 'CONSULT' && m.sentence === d.sentence && m.date === main.date && [...codes].every((c) => codeSet(m.actor, m.recipient).has(c)));
}

/** How many words before an act its "later" is looked for ("The commerce ministry later said it had added …"). */
const LATER_REACH = 12;

/** Units of time before "later" that count a span from the act told before ("weeks later"). */
const LATER_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'hours', 'hour', 'minutes']);

/**
 * "China's foreign ministry on Friday lodged a protest … The commerce ministry later said it had added two U.S.
 * contractors to its list": an act told "later", with no day of its own, is of the day of the act told before it (not
 * the story's main day), when that act has a day.
 */
function laterThan(d: Draft, views: Map<number, SentenceView>, drafts: Draft[]): string | null {
  const view = views.get(d.sentence)!;
  const at = tokenOf(view, d.start);
  let later = false;
  // (Not a span counted from it: "two years later". A few words back only: a sentence may be very long.)
  for (let k = Math.max(0, at - LATER_REACH); k < at && !later; k++) later = view.words[k] === 'later' && !LATER_UNITS.has(view.words[k - 1] ?? '');
  return later ? dayOfActBefore(d, drafts) : null;
}

/** The day of the latest act told in a sentence before the draft's, with a day of its own (of one of `types`, when
 *  given), else null. */
function dayOfActBefore(d: Draft, drafts: Draft[], types?: ReadonlySet<string>): string | null {
  return drafts.slice(0, drafts.indexOf(d)).findLast((x) => x.sentence < d.sentence && (!types || types.has(x.type)) && x.date !== null && x.date.length === 10)?.date ?? null;
}

/** "A day earlier, …", "Two days later, …": days before or after, opening the sentence. */
const OPENING_OFFSET = /^(a|an|one|two|three|four|five|six|seven|\d{1,2}) (day|days) (earlier|later) ,$/;

/**
 * "Pashinyan spoke with Pezeshkian on Tuesday. … A day earlier, Mirzoyan received the Iranian ambassador": an act in a
 * sentence that opens with days earlier or later, which the dates stage found no date to count from, is dated from
 * the latest act with a day told before it.
 */
function openingOffset(d: Draft, views: Map<number, SentenceView>, drafts: Draft[]): string | null {
  const view = views.get(d.sentence)!;
  const m = OPENING_OFFSET.exec(view.words.slice(0, 4).join(' '));
  const day = m ? dayOfActBefore(d, drafts) : null;
  if (!m || !day) return null;
  const days = OFFSET_COUNTS.get(m[1]) ?? Number(m[1]);
  return daysBefore(day, m[3] === 'earlier' ? days : -days);
}

/** "A day before the clashes, …": days or weeks before or after an act named by its noun, opening the sentence. */
const ACT_OFFSET = /^(a|an|one|two|three|four|five|six|seven|\d{1,2}) (day|days|week|weeks) (before|after) the ([a-z-]+)$/;
const OFFSET_COUNTS = new Map([['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7]]);

/**
 * "The fighting broke out on Thursday. … A day before the clashes, Thailand expelled the Cambodian ambassador": an act
 * in a sentence that opens with an offset from an act named by its noun (grammar anaphor_types) is dated from the
 * latest such act with a day told before it (Wednesday).
 */
function offsetFromAct(d: Draft, views: Map<number, SentenceView>, drafts: Draft[], lex: EventsLexicon): string | null {
  const view = views.get(d.sentence)!;
  const m = ACT_OFFSET.exec(view.words.slice(0, 5).join(' '));
  const types = m ? lex.grammar.anaphorTypes.get(m[4]) : undefined;
  if (!m || !types) return null;
  const day = dayOfActBefore(d, drafts, types);
  if (!day) return null;
  const days = (OFFSET_COUNTS.get(m[1]) ?? Number(m[1])) * (m[2].startsWith('week') ? 7 : 1);
  const value = daysBefore(day, m[3] === 'before' ? days : -days);
  return m[2].startsWith('week') ? value.slice(0, 7) : value;
}

/**
 * "China's foreign ministry criticised the pact on Tuesday … Spokesman Lin Jian urged Tokyo to …": a statement with no
 * day of its own right after one of the same side's with a day of its own goes on with that day.
 */
function sameSpeakerBefore(d: Draft, drafts: Draft[]): string | null {
  const before = drafts.slice(0, drafts.indexOf(d)).findLast((x) => x.sentence === d.sentence - 1 && x.kind === 'statement');
  if (!before || before.dateFrom !== 'clause' || before.date === null || before.date.length !== 10) return null;
  const mine = codeSet(d.actor);
  const theirs = codeSet(before.actor);
  return mine.size > 0 && mine.size === theirs.size && [...mine].every((c) => theirs.has(c)) ? before.date : null;
}

/** Gives the draft its date from the article, or says it is not an event the article reports. */
function dateInArticle(d: Draft, views: Map<number, SentenceView>, doc: Doc, lex: EventsLexicon, main: MainEvent, occurs: OccursInSentence, here: Here, drafts: Draft[], lead: Set<number>): boolean {
  const published = doc.document.published;
  {
    const span = spanBefore(views.get(d.sentence)!, d, lex);
    // Vague, or with no main day to count back from: not an act this article dates.
    if (span === null || (span !== undefined && (!main.date || main.date.length !== 10))) return false;
    if (span !== undefined) {
      d.date = daysBefore(main.date!, span);
      d.dateFrom = 'anchor';
    }
  }
  // "Lee had sent a congratulatory message to Ishiba", "had signed a deal": an occurrence told in the pluperfect with no
  // day of its own took place before the story's day, at no day the article gives.
  if (d.kind === 'agreement' && !d.future && d.dateFrom !== 'clause' && pluperfect(views.get(d.sentence)!, d)) return false;
  // "At that meeting the delegations agreed …": what was done there, with no date of its own clause, took place
  // at the latest meeting told before. So did what the people of that meeting signed or agreed right after it is
  // told ("Kasymaliev met Rasulzoda in Dushanbe on Wednesday … The prime ministers signed an agreement").
  const anchored = occurs(lex.grammar.meetingAnchors, d.sentence);
  if (d.dateFrom !== 'clause' && (anchored || (d.kind === 'agreement' && AGREEMENT_TYPES.has(d.type) && !d.future))) {
    const m = meetingBefore(d, drafts, !anchored) ?? (anchored ? null : signingBefore(d, drafts));
    if (m) {
      d.date = m.date;
      d.dateFrom = 'anchor';
      d.loc ??= m.loc;
    }
  }
  // "Bista signed the agreement with Lee in Sejong after the two held talks, the ministry said on Thursday": talks after
  // which a signing dated by the one told before it was done took place that day too, not on the day of the words.
  if (d.type === 'CONSULT' && d.dateFrom !== 'clause') {
    const signing = talksBeforeSigning(d, drafts, views.get(d.sentence)!);
    if (signing) {
      d.date = signing.date;
      d.dateFrom = 'anchor';
    }
  }
  // "Niamey responded by shutting the pipeline": a response with no day of its own came when what it answers did, the
  // act with a day of its own told in the sentence before.
  if (d.dateFrom !== 'clause' && respondsBy(views.get(d.sentence)!, tokenOf(views.get(d.sentence)!, d.start))) {
    const cause = drafts.findLast((x) => x.sentence === d.sentence - 1 && x.dateFrom === 'clause' && x.date !== null);
    if (cause) {
      d.date = cause.date;
      d.dateFrom = 'anchor';
    }
  }
  // A meeting or cooperation read from a verb of the broad lexicon ("discussed", "gathered") is logged only with
  // a day of its own, outside reported speech: without one it mostly restates an occurrence told in other words.
  if (d.cue.fallback && (d.type === 'CONSULT' || COOPERATIVE.has(d.type)) && (d.dateFrom !== 'clause' || d.reported)) return false;
  if (d.dateFrom !== 'clause' && d.dateFrom !== 'anchor') {
    const remarks = occurs(lex.grammar.remarksAnchors, d.sentence) || occurs(lex.grammar.occasionAnchors, d.sentence);
    const talks = occurs(lex.grammar.anchors, d.sentence);
    const a = remarks ? anchorDate(d, views, main, here) : talks ? { date: main.date, place: main.place } : null;
    if (a?.date) {
      d.date = a.date;
      d.dateFrom = 'anchor';
      d.loc ??= a.place;
    }
  }
  if (d.kind === 'statement') {
    // A promise an institution announced, with no date of its own, on the day the sentence gives (", the foreign
    // ministry said on Thursday"), else the day of publication, as a planned visit.
    if (d.announced && d.dateFrom !== 'clause' && published) {
      // (What the main meeting's two sides announced was agreed on its day: "The two sides also agreed to resume direct
      // flights …, according to the foreign ministry".)
      d.date = d.sentenceDate ?? (mainSides(d, main) ? main.date : null) ?? published;
      d.dateFrom = 'fallback';
      return true;
    }
    // (Not a welcome of an act told right before, a reaction as a condemnation is: "China lifted the tariffs on
    // Thursday. Farrell welcomed the decision".)
    // (A promise of one of the main meeting's two sides to the other, told in the sentence that tells the meeting, is
    // one of its outcomes, on its day: "Japan will provide Bangladesh with $1.5 billion in loans, Yunus's office said
    // after he met Ishiba".)
    if (COOPERATIVE.has(d.type) && d.future && d.recipient.length > 0 && mainSides(d, main) && meetingInSentence(d, drafts, main)) {
      d.date = main.date;
      d.dateFrom = 'context';
      return true;
    }
    if (COOPERATIVE.has(d.type) && !d.anaphorNear) return !d.reported && d.dateFrom === 'clause';
    // "Xi called for deepening trust": a call with nobody it is addressed to, or addressed to the speaker's
    // own side, is a quote; with a day of its own and outside reported speech it is an act.
    if (d.recipient.length === 0) return !d.ownObject && !d.reported && d.dateFrom === 'clause';
    if (d.date) return true;
    // (With no main day, one the lead tells is of the day of publication: "TEHRAN (IRNA) - Iran condemned the new U.S.
    // sanctions on its oil exports".)
    // ("In July, Serbia sent a protest note to Zagreb … Croatia rejected the note": the past the sentence before tells.)
    const day = laterThan(d, views, drafts) ?? sameSpeakerBefore(d, drafts) ?? backgroundBefore(d, views, main, lex) ?? main.date ?? (lead.has(d.sentence) ? published : null);
    if (d.reported || !day || pluperfect(views.get(d.sentence)!, d)) return false;
    d.date = day;
    d.dateFrom = 'context';
    return true;
  }
  // A planned meeting or visit is an agreement only between parties, and not when it is a guess or only on the
  // timetable ("is scheduled to travel to Shanghai on Wednesday", "talks are due to resume in February").
  if (d.type === 'AGREE' && d.future && d.cue.type === 'CONSULT' && (d.speculative || d.scheduled || (d.recipient.length === 0 && d.actor.length < 2))) return false;
  if (d.date) return true;
  if (d.kind === 'agreement' && d.sentenceDate) {
    d.date = d.sentenceDate;
    d.dateFrom = 'sentence';
    return true;
  }
  if (d.type === 'CONSULT' && d.visitHost) {
    // "During his state visit to Vietnam": the month of publication; not a visit told in the pluperfect ("said he had
    // visited China several times").
    if (!published || pluperfect(views.get(d.sentence)!, d, true)) return false;
    d.date = published.slice(0, 7);
    d.dateFrom = 'fallback';
    return true;
  }
  // An agreement of the main meeting's two sides ("The two ministers also agreed to reopen the crossing"), not one
  // told in a relative clause ("the dialogue, which Moscow and Pyongyang agreed to hold on a regular basis").
  const codes = codeSet(d.actor, d.recipient);
  const view = views.get(d.sentence)!;
  const inRelative = RELATIVES.has(view.words[d.clause.from - 1] ?? '');
  const ofMain = d.type === 'AGREE' && mainSides(d, main) && !inRelative;
  // ("Asif and his Afghan counterpart Yaqoob signed the agreement …, Qatar's foreign ministry said": a signing by the
  // main meeting's two sides, whoever reports it.)
  const signedByMain = d.cue.id === 'events.support.sign' && mainSides(d, main) && !inRelative;
  // What a speaker says happened, with no day of its own, is part of the quote ("she said she had discussed …");
  // not what the two sides agreed, whoever reports it ("The two sides also agreed …, according to the ministry").
  // A visit a named person says he will make is announced that day ("Pellegrini said he would visit China").
  const announcedVisit = d.type === 'AGREE' && d.future && d.cue.type === 'CONSULT' && d.actor.some((p) => p.personId) && d.recipient.length > 0;
  // An attack a source reports on a party named, in the simple past, is the news of the story's day ("An army
  // spokesman said Pakistani soldiers opened fire on Indian posts"); not one told in the pluperfect ("Oman said
  // Iranian forces had attacked a tanker").
  const reportedAttack = d.type === 'ASSAULT' && d.recipient.length > 0 && !pluperfect(view, d, true);
  if (d.reported && !(d.kind === 'agreement' && (ofMain || signedByMain)) && !attributedMeeting(d, view) && !announcedVisit && !reportedAttack) return false;
  if (d.kind === 'agreement') {
    // A planned visit or meeting between parties is announced on the day of publication; a guess is not. One the
    // main meeting's two sides agreed on was agreed on its day ("The two sides also agreed … to hold the next meeting of
    // the joint commission in Tehran", told the morning after).
    if (d.type === 'AGREE' && d.future) {
      if (!published) return false;
      d.date = (ofMain && main.date) || published;
      d.dateFrom = 'fallback';
      return true;
    }
    // "The two governments also signed a set of arrangements": a signing reported with the main event.
    // So is one by people named at it ("the two heads of state witnessed the signing", "signed by Manalo and Son",
    // "announced the elevation of relations").
    // So is an agreement of the main meeting's two sides.
    if ((d.cue.id === 'events.support.sign' || MESSAGES.has(d.cue.id) || (d.type === 'SUPPORT' && d.actor.some((p) => p.personId)) || ofMain) && main.date) {
      d.date = main.date;
      d.dateFrom = 'context';
      return true;
    }
    // "NAIROBI, May 14 -- Ruto and Museveni agreed to meet in Kampala": what two states agreed in the lead, with no day
    // of its own in an article no meeting dates, is the news of the day of publication.
    if (!main.date && published && codes.size >= 2 && lead.has(d.sentence)) {
      d.date = published;
      d.dateFrom = 'fallback';
      return true;
    }
    return false;
  }
  if (!d.reported && pluperfect(view, d)) return false;
  d.date = openingOffset(d, views, drafts) ?? laterThan(d, views, drafts) ?? offsetFromAct(d, views, drafts, lex) ?? backgroundBefore(d, views, main, lex) ?? main.date ?? published;
  d.dateFrom = d.date ? 'context' : null;
  return d.date !== null;
}

/** Auxiliaries before a participle that make an act past ("was hit", "had signed"). */
const PAST_AUX = new Set(['was', 'were', 'had']);

/**
 * "Relations had been strained by the downing of a passenger jet in December 2024. The plane was hit by Russian air
 * defence fire over Grozny …": an act with no date of its own, right after a sentence of the same paragraph that tells
 * of an earlier month than the story's, goes on with that past (the month or day written there). So does one after a
 * sentence that tells of another day than the story's ("Caracas answered on Saturday. In a statement, its minister
 * rejected the letter"), unless that day is told in a relative clause (", who flew in on Friday").
 */
function backgroundBefore(d: Draft, views: Map<number, SentenceView>, main: MainEvent, lex: EventsLexicon): string | null {
  const view = views.get(d.sentence)!;
  const before = views.get(d.sentence - 1);
  if (!before || before.sentence.paragraph !== view.sentence.paragraph || !main.date || view.dateStarts.length > 0) return null;
  // (A past act only: "New Zealand helps with defence" after a dated sentence is what holds now.)
  const at = tokenOf(view, d.start);
  if (!lex.pastForms.has(view.words[at]) && !PAST_AUX.has(wordAt(view.words, at - 1))) return null;
  // (Not a date that names a noun's day: "the January 8, 2023 riots".)
  const k = before.dateStarts.findLast((j) => !attributiveDate(before, j, before.dates[before.dateTok[j]]));
  const last = k === undefined ? undefined : before.dates[before.dateTok[k]];
  if (!last || last.future || last.value.length < 7) return null;
  if (last.value.slice(0, 7) < main.date.slice(0, 7)) return last.value;
  return last.value.length === 10 && last.value !== main.date && !inRelativeClause(before.words, k!) ? last.value : null;
}

const PLUPERFECT_ADVERBS = new Set(['earlier', 'previously', 'already', 'repeatedly', 'also', 'once', 'twice', 'long', 'first']);

/** "Muizzu had earlier demanded that New Delhi withdraw …": an act told in the pluperfect, with no day of its own,
 *  happened before the story's day, not on it. */
function pluperfect(view: SentenceView, d: Draft, evenTold = false): boolean {
  // (A date elsewhere in the sentence may still place it: "had discussed it with Salem, who flew in on Sunday".)
  // (The dateline's date is the publication's: "BRATISLAVA, April 8 -- Fico said he had visited China".)
  if (view.dateStarts.some((k) => !view.dateline[k])) return false;
  let k = tokenOf(view, d.start) - 1;
  while (k >= 0 && PLUPERFECT_ADVERBS.has(view.words[k])) k--;
  if (view.words[k] !== 'had') return false;
  // "The Iranian army said it had seized a tanker": the speaker's own news, of the day it is told (`evenTold`: not
  // for a visit, which "said he had visited China" tells as a past one).
  if (evenTold) return true;
  for (let j = Math.max(0, k - 4); j < k; j++) if (view.attributions.starts[j]) return false;
  return true;
}
