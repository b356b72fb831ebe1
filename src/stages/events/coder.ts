// Codes the events of a Doc: cues sentence by sentence, then the article-level refinements and merges.
import type { Doc } from '../../core/doc.ts';
import type { PloverEvent } from '../../core/types.ts';
import type { EventsLexicon } from '../../lexicon/events.ts';
import type { Leader } from '../../lexicon/people.ts';
import { createContext, forgetItem, noteSentence } from './context.ts';
import { partyKey } from './parties.ts';
import { draftSpan, isKnown, splitSeparate, type Draft } from './draft.ts';
import { mergeInArticle, mergeInSentence } from './merge.ts';
import type { EventPlace } from './where.ts';
import { toPloverEvent } from './record.ts';
import { refine, type CodingMode } from './refine.ts';
import { firstTokenFrom } from './tokens.ts';
import { placeOfChunk } from './where.ts';
import { buildView, findSentenceChunks, findSentenceCues, mentionsBySentence, type SentenceChunks, type SentenceCues, type SentenceView } from './view.ts';

const RELATIVE = new Set(['where', 'which', 'who', 'whom', 'whose', 'when']);
/** Relative words of a clause on a person ("…, who arrived in Paro on Thursday"). */
const PERSON_RELATIVE = new Set(['who', 'whom', 'whose']);

/**
 * "arrived in Canberra from Wellington, where he met Peters on Monday": a relative clause with an event of its
 * own keeps its date to itself.
 */
function keepRelativeDatesPrivate(view: SentenceView, drafts: Draft[], lex: EventsLexicon): void {
  if (!drafts.some((d) => d.dateFrom === 'sentence' && d.dateTok >= 0)) return;
  // The clause boundary word before each token (-1 at the start), read once for the sentence.
  const boundaryBefore = new Array<number>(view.words.length + 1).fill(-1);
  for (let k = 1; k <= view.words.length; k++) boundaryBefore[k] = lex.grammar.clauseBoundaries.has(view.words[k - 1]) ? k - 1 : boundaryBefore[k - 1];
  // The last comma before each token (-1 at the start).
  const commaBefore = new Array<number>(view.words.length + 1).fill(-1);
  for (let k = 1; k <= view.words.length; k++) commaBefore[k] = view.words[k - 1] === ',' ? k - 1 : commaBefore[k - 1];
  const clauseStart = (k: number) => (k < 0 ? k - 1 : boundaryBefore[k]);
  // How many of the sentence's drafts open in each clause.
  const clauseOfDraft = new Map(drafts.map((e) => [e, clauseStart(firstTokenFrom(view.tokens, e.start))]));
  const draftsIn = new Map<number, number>();
  for (const b of clauseOfDraft.values()) draftsIn.set(b, (draftsIn.get(b) ?? 0) + 1);
  for (const d of drafts) {
    if (d.dateFrom !== 'sentence' || d.dateTok < 0) continue;
    const b = clauseStart(d.dateTok);
    if (b < 0 || !RELATIVE.has(view.words[b])) continue;
    // "…, who is on a state visit from April 22 to 26, at the Great Hall on Thursday": a comma closes the relative
    // clause, and a date after it is the main clause's again.
    if (commaBefore[d.dateTok] > b) continue;
    // "visited New Zealand, where he held talks … on Monday": the visit's own destination shares the date.
    const antecedent = view.chunks[view.chunkAt[view.words[b - 1] === ',' ? b - 2 : b - 1] ?? -1];
    if (antecedent && d.visitHost && antecedent.parties.some((p) => p.code === d.visitHost)) continue;
    // ("The talks were co-chaired by Choden and Misri, who arrived in Paro on Thursday": what a person did, told in the
    // past in a clause on that person, dates no act of the main clause, with or without an event of its own; "who is
    // on a state visit from April 22" still dates the talks held during it.)
    const personPast = PERSON_RELATIVE.has(view.words[b]) && (lex.pastForms.has(view.words[b + 1] ?? '') || view.words[b + 1] === 'had') && clauseOfDraft.get(d) !== b;
    if ((draftsIn.get(b) ?? 0) - (clauseOfDraft.get(d) === b ? 1 : 0) > 0 || personPast) {
      d.date = null;
      d.dateFrom = null;
      d.sentenceDate = null;
    }
  }
}

/** Acts a report tells of as someone's wrongdoing (ACCUSE's "allege"). */
const ALLEGED = new Set(['ASSAULT', 'COERCE']);

/**
 * "Ethiopian troops carried out mass killings …, Amnesty International said in a report": a report (cue roles
 * `report`) that tells of an attack or coercion in its sentence accuses the perpetrator, and the act it tells of is
 * no event of its own; a report of anything else is none either.
 */
function reportsAccuse(mine: Draft[]): void {
  for (const report of mine.filter((d) => d.cue.roles === 'report')) {
    const told = mine.find((d) => d !== report && ALLEGED.has(d.type));
    mine.splice(mine.indexOf(report), 1);
    if (!told) continue;
    const reporters = new Set(report.actor.map(partyKey));
    report.recipient = told.actor.filter((p) => !reporters.has(partyKey(p)) && isKnown(p));
    mine[mine.indexOf(told)] = report;
  }
}

/**
 * "paid a courtesy call on President Boko, where he delivered a special message from President Mnangagwa": a message
 * handed over from its sender with nobody named to receive it goes to the host of the meeting its sentence tells.
 */
function messageAtMeeting(mine: Draft[]): void {
  for (const d of mine) {
    if (d.cue.roles !== 'sender' || d.recipient.length > 0) continue;
    const meeting = mine.find((m) => m.type === 'CONSULT' && m.start < d.start && m.recipient.some((p) => p.personId));
    if (meeting) d.recipient = meeting.recipient.filter((p) => p.personId && !d.actor.some((a) => a.code === p.code));
  }
}

/** Words that may stand between a verb of rejecting and the demand it rejects ("rejected the demands", "rejected
 *  Uganda's demand", "turned down a British request"). */
const REJECTED_DEMAND_GAP = /^\s*(?:(?:the|a|an|these|those|such|all|any|its|their|his|her|fresh|new|repeated|renewed|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s|\p{Lu}[\p{L}.-]*)\s+)*$/u;

/** A span that opens with an owner's possessive mark ("'s request for"). */
const OWNED_SPAN = /^['’]s\s/;

/** "rejecting demands from Washington that U.S. ships pass free": a demand named as what is rejected is the
 *  rejection's object, no act told of its own. */
function rejectedDemands(mine: Draft[], text: string): void {
  for (const r of mine.filter((d) => d.type === 'REJECT')) {
    // (A demand's span may open with its owner's possessive mark: "rebuffing Saudi Arabia's request for warships".)
    const owned = (d: Draft) => (OWNED_SPAN.test(text.slice(d.start, d.start + 3)) ? "'s " : '');
    const i = mine.findIndex((d) => d.type === 'REQUEST' && d.start >= r.end && REJECTED_DEMAND_GAP.test(text.slice(r.end, d.start) + owned(d)));
    if (i >= 0) mine.splice(i, 1);
    // ("Trump's demand that Afghanistan hand back the base was flatly rejected by the Taliban": the demand is the
    // passive verb's subject, and the one who made it is what is rejected.)
    const j = mine.findIndex((d, k) => d.type === 'REQUEST' && d.end <= r.start && mine[k + 1] === r && d.actor.length > 0 && PASSIVE_BEFORE.test(text.slice(d.end, r.start)));
    if (j >= 0) {
      // (A demand whose only party is the rejecter's "by" phrase has no maker of its own: the rejection keeps its
      // recipient, the possessive owner "Kenya's demand … was rejected by Sudan" names.)
      const rejecters = new Set(r.actor.map(partyKey));
      if (!mine[j].actor.every((p) => rejecters.has(partyKey(p)))) r.recipient = mine[j].actor;
      mine.splice(j, 1);
    }
  }
}
/** The auxiliary (and an adverb) of a passive verb right after its subject's words: "… was flatly rejected". */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?$/i;

/** Participles that tell the toll of an act of force ("…, killing 38 people"). */
const TOLL_PARTICIPLES = new Set(['killing', 'wounding', 'injuring']);

/** Lower-case words that may stand between "in" and an act of force it names ("in air strikes"). */
const MEANS_MODIFIERS = 2;

/** "killed 34 Palestinians in air strikes": an act of force named after "in" and up to two lower-case words is the
 *  means of an act told before it. */
function meansOfForce(view: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= MEANS_MODIFIERS + 1; j--) {
    if (view.words[j] === 'in') return true;
    // ("killed in Pakistani shelling": a country's adjective too.)
    const c = view.chunkAt[j] >= 0 ? view.chunks[view.chunkAt[j]] : null;
    if (c && c.kind === 'country' && !c.headed && (c.prep === null || c.prep === 'in') && (c.mentionKind === 'adjective' || c.mentionKind === 'demonym') && c.to === j + 1) {
      if (c.prep === 'in') return true;
      j = c.from;
      continue;
    }
    if (c || !LOWER_WORD.test(view.tokens[j].text)) return false;
  }
  return false;
}
const LOWER_WORD = /^[a-z-]+$/;

/**
 * "… crashed in Kazakhstan after being hit by Russian air defences, killing 38 people": a toll told by a participle
 * after a comma is that of the act of force told before it in the sentence: it takes that act's actor, its
 * recipient when it names one and its date when it has none of its own (the two then merge as one act). So is the
 * means of such an act ("Israel killed 34 Palestinians in air strikes across Gaza").
 */
function tollOfForceBefore(view: SentenceView, mine: Draft[]): void {
  for (const d of mine) {
    if (d.type !== 'ASSAULT') continue;
    const k = firstTokenFrom(view.tokens, d.start);
    if (k < 1 || !((view.words[k - 1] === ',' && TOLL_PARTICIPLES.has(view.words[k])) || meansOfForce(view, k))) continue;
    const act = mine.findLast((p) => p !== d && p.type === 'ASSAULT' && p.end <= d.start && p.actor.some(isKnown));
    if (!act) continue;
    d.actor = act.actor;
    if (act.recipient.length > 0) d.recipient = act.recipient;
    if (!d.date && act.date) {
      d.date = act.date;
      d.dateFrom = act.dateFrom;
    }
  }
}

/**
 * "Kenya expressed regret on Monday after Kenyan troops shelled a Ugandan border post": a concession (an apology,
 * regret) with no one of another country to make it to is made to the party the act it is made for, told after it in
 * the sentence by the same side, was aimed at.
 */
function concessionForAct(mine: Draft[]): void {
  for (const c of mine) {
    if (c.type !== 'CONCEDE') continue;
    const own = new Set(c.actor.map((p) => p.code));
    if (c.recipient.some((p) => p.code && !own.has(p.code))) continue;
    const act = mine.find((d) => d !== c && d.start >= c.end && d.actor.some((p) => own.has(p.code)) && d.recipient.some((p) => p.code && !own.has(p.code)));
    if (act) c.recipient = act.recipient.filter((p) => p.code && !own.has(p.code));
  }
}

/** Verbs of an accident ("… were killed when two helicopters collided"). */
const ACCIDENT_VERBS = new Set(['collided', 'crashed', 'capsized', 'sank', 'derailed', 'overturned', 'malfunctioned']);

/** Words that open the clause of the act a harm was done in ("… were killed when X opened fire"). */
const HARM_WHEN = new Set(['when', 'as', 'after']);

/**
 * "Four Armenian soldiers were killed on Tuesday when Azerbaijani forces opened fire on their positions": a harm told
 * in the passive, with no agent but the victims' own country, is the act of force its "when" clause tells: that act
 * takes the victims as its recipient (when it names none) and the harm's date (when it has none), and the harm is no
 * act of its own.
 */
function harmWhenActed(view: SentenceView, mine: Draft[]): void {
  for (const harm of [...mine]) {
    if (harm.type !== 'ASSAULT' || harm.recipient.length === 0) continue;
    // (The act of the clause after "when": "Two children were killed and three girls wounded when … struck".)
    const harmEnd = firstTokenFrom(view.tokens, harm.end);
    let when = harmEnd;
    while (when < view.words.length && !HARM_WHEN.has(view.words[when]) && view.words[when] !== ',') when++;
    const whenAt = view.tokens[when]?.start ?? Infinity;
    if (!HARM_WHEN.has(view.words[when] ?? '')) continue;
    const harmRecipients = new Set(harm.recipient.map((p) => p.code));
    const act = mine.find((d) => d !== harm && d.type === 'ASSAULT' && d.start > whenAt && d.actor.some(isKnown));
    if (!act) {
      // ("Ten people were killed when two navy helicopters collided": an accident, no one's attack.)
      let k = when + 1;
      while (k < view.words.length && view.words[k] !== ',' && !ACCIDENT_VERBS.has(view.words[k])) k++;
      if (ACCIDENT_VERBS.has(view.words[k] ?? '') && harm.actor.every((p) => harmRecipients.has(p.code))) mine.splice(mine.indexOf(harm), 1);
      continue;
    }
    const attackers = new Set(act.actor.map((p) => p.code));
    // The victims: the harm's recipients when its actor is their own country; its actor when it read the attacker of
    // the act after it as what it harmed ("three girls wounded when Iranian missiles struck": the girls).
    // (Only a participle right before "when": "Thai troops shelled Cambodian positions after Cambodian forces fired …"
    // is an act of its own.)
    const participle = view.words[harmEnd - 1]?.endsWith('ed') && HARM_WHEN.has(view.words[harmEnd] ?? '');
    const victims = harm.actor.every((p) => harmRecipients.has(p.code)) ? harm.recipient
      : participle && harm.recipient.every((p) => attackers.has(p.code)) ? harm.actor : null;
    if (!victims || victims.some((p) => attackers.has(p.code))) continue;
    if (act.recipient.length === 0) act.recipient = victims;
    if (!act.date && harm.date) {
      act.date = harm.date;
      act.dateFrom = harm.dateFrom;
    }
    mine.splice(mine.indexOf(harm), 1);
  }
}

/** Words acts are said to or with someone in; "during talks", "at their meeting", "in a phone call". */
const MEETING_VENUE = new Set(['during', 'at', 'in', 'on']);
const MEETING_NOUNS = new Set(['talks', 'meeting', 'call', 'conversation']);
const CALL_NOUNS = new Set(['call', 'conversation']);
const MEETING_FILLERS = new Set(['the', 'a', 'their', 'his', 'her', 'bilateral', 'phone', 'telephone', 'video', 'closed-door', 'private', 'official']);
/** Types of words said to a person, which a meeting named around them shows took place. */
const SAID_TO = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SUPPORT', 'AGREE']);

/**
 * "Rabuka pressed Australia's Defence Minister Richard Marles on the deportations, during talks at his office in
 * Suva": words one person says to another of another country "during talks" or "in a phone call" tell of a meeting
 * between them, a CONSULT of its own, unless the sentence codes one already.
 */
function meetingOfWords(view: SentenceView, mine: Draft[], lex: EventsLexicon, text: string): void {
  if (mine.some((d) => d.type === 'CONSULT')) return;
  const said = mine.find((d) => SAID_TO.has(d.type) && d.actor.some((p) => p.personId) && d.recipient.some((p) => p.personId) &&
    d.recipient.every((r) => d.actor.every((a) => a.code !== r.code)));
  const cue = said ? lex.cues.find((c) => c.id === 'events.consult.talks') : undefined;
  if (!said || !cue) return;
  const w = view.words;
  for (let k = firstTokenFrom(view.tokens, said.end); k < w.length - 1; k++) {
    if (!MEETING_VENUE.has(w[k])) continue;
    let j = k + 1;
    while (j < k + 4 && MEETING_FILLERS.has(w[j])) j++;
    if (!MEETING_NOUNS.has(w[j])) continue;
    const phone = CALL_NOUNS.has(w[j]) || w.slice(k + 1, j).some((x) => x === 'phone' || x === 'telephone' || x === 'video');
    const start = view.tokens[k + 1].start;
    const end = view.tokens[j].end;
    // ("during talks at the Office of the Prime Minister in Suva": the place after the meeting is where it was held.)
    const at = view.chunks.find((c) => c.from > j && c.locative && (c.kind === 'place' || c.place));
    const loc = said.loc ?? (at ? placeOfChunk(at, lex) : null);
    mine.push({ ...said, cue, type: 'CONSULT', alsoTypes: [], mode: phone ? ['phone'] : [], kind: cue.kind, start, end, texts: [text.slice(start, end)], loc,
      actor: said.actor.filter((p) => p.personId), recipient: said.recipient.filter((p) => p.personId), hostKnown: false, anaphor: null, anaphorNear: false, separate: undefined, separateLocs: undefined, visitHost: null });
    return;
  }
}

/** "JAKARTA - An Indonesian patrol ship …": a place in capitals and a dash (or a date and a dash) opening a paragraph. */
const ITEM_DATELINE = /^\p{Lu}[\p{Lu} .'’-]*\p{Lu}(?:,[^\n–—-]{1,40})? [-–—] /u;

/** Whether the paragraph at `start` opens an item of a page of briefs, with a dateline of its own. */
function opensItem(text: string, start: number): boolean {
  return ITEM_DATELINE.test(text.slice(start, start + 80));
}

/** The place of each item's dateline ("KATHMANDU - …"), by the index of every sentence of that item. */
function itemDatelines(doc: Doc, items: number[]): Map<number, EventPlace> {
  const out = new Map<number, EventPlace>();
  for (const [k, start] of items.entries()) {
    const m = doc.placeMentions.find((p) => p.start === start);
    if (!m) continue;
    const end = items[k + 1] ?? doc.text.length;
    for (const s of doc.sentences) if (s.start >= start && s.start < end) out.set(s.index, { name: m.name, country: m.country });
  }
  return out;
}

export function codeDoc(doc: Doc, lex: EventsLexicon, mode: CodingMode, leaders: readonly Leader[] = []): PloverEvent[] {
  const ctx = createContext(doc, lex, leaders);
  const views = new Map<number, SentenceView>();
  const drafts: Draft[] = [];
  const mentions = mentionsBySentence(doc);
  // The cues, then the chunks, of every sentence first, each in one pass (see findSentenceCues). (Loops, not .map():
  // see mentionsBySentence.)
  const cues: SentenceCues[] = [];
  for (const [i, sentence] of doc.sentences.entries()) cues.push(findSentenceCues(doc, lex, sentence, mentions[i]));
  const chunks: SentenceChunks[] = [];
  for (const [i, c] of cues.entries()) chunks.push(findSentenceChunks(doc, lex, ctx, mentions[i], c));
  // (A page of briefs: each item from its dateline on is a story of its own; the acts are then weighed against the
  // article's two countries, as before.)
  const articleDyad = ctx.dyad;
  const items = doc.sentences.filter((s, i) => i > 0 && s.paragraph !== doc.sentences[i - 1].paragraph && opensItem(doc.text, s.start)).map((s) => s.start);
  for (const [i, sentence] of doc.sentences.entries()) {
    const item = items.indexOf(sentence.start);
    if (item >= 0) forgetItem(ctx, sentence.start, items[item + 1] ?? doc.text.length);
    const view = buildView(doc, ctx, sentence, mentions[i], cues[i], chunks[i]);
    views.set(sentence.index, view);
    let previous: Draft | null = null;
    const mine: Draft[] = [];
    for (const span of view.spans) {
      if (span.suppressed) continue;
      const d = draftSpan(view, span, lex, previous);
      // An article logs acts between parties it names; "25 people were killed" is left to the act that killed them.
      if (!d || (mode === 'article' && ![...d.actor, ...d.recipient].some(isKnown))) continue;
      d.texts = [doc.text.slice(d.start, d.end)];
      mine.push(...splitSeparate(d));
      previous = d;
      // (The sides of a meeting, host and guest, are all who met: "X met his counterpart Y … They agreed …".)
      ctx.lastActors = d.type === 'CONSULT' ? [...d.actor, ...d.recipient] : d.actor;
    }
    reportsAccuse(mine);
    messageAtMeeting(mine);
    rejectedDemands(mine, doc.text);
    tollOfForceBefore(view, mine);
    harmWhenActed(view, mine);
    concessionForAct(mine);
    meetingOfWords(view, mine, lex, doc.text);
    keepRelativeDatesPrivate(view, mine, lex);
    drafts.push(...mine);
    noteSentence(ctx, view.chunks);
  }
  let events = mergeInSentence(refine(drafts, views, doc, lex, mode, articleDyad, itemDatelines(doc, items)));
  if (mode === 'article') events = mergeInArticle(events);
  // A phone call took place nowhere, whatever place its sentence, a mention merged into it or the article names.
  for (const d of events) if (d.type === 'CONSULT' && d.mode.includes('phone')) d.loc = null;
  const prefix = doc.document.id || 'event';
  return events.map((d, i) => toPloverEvent(d, lex, `${prefix}-e${i + 1}`));
}
