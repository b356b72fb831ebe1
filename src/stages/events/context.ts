// What the coder remembers across sentences of one article: the pair of countries in focus, the latest
// subject, recent countries and actors; used to resolve "he", "the two sides" and "the Southeast Asian country".
import type { Doc } from '../../core/doc.ts';
import type { Organization, Person } from '../../core/types.ts';
import type { EventsLexicon } from '../../lexicon/events.ts';
import { officeHeldOn, type Leader, type LeaderOffice } from '../../lexicon/people.ts';
import { hasWholeWords } from '../../lexicon/tokens.ts';
import { CIVILIAN_SECTORS, OTHER_SIDE, type Chunk } from './chunks.ts';
import { codeSet, countryName, countryParty, partyWith, withEntityText, type Party } from './parties.ts';

export interface DocContext {
  doc: Doc;
  lex: EventsLexicon;
  /** The two countries the article is about (most named), as country parties. */
  dyad: Party[];
  /** The first person (or office holder) of the latest sentence that had one. */
  lastSubject: Party | null;
  /** People and office holders in order of mention. */
  recentPersons: Party[];
  /** Country codes in order of mention. */
  recentCountries: string[];
  /** Actors of the latest event coded. */
  lastActors: Party[];
  /** The country that opened the sentence before as its subject ("Australia has been …"), or null. */
  lastCountrySubject: Party | null;
  peopleById: Map<string, Person>;
  organizationsById: Map<string, Organization>;
  /**
   * Plural nouns of people named with a country ("40 Nigerian traders"), in the order chunks are built: the country, or
   * null once the noun was named with two. `the traders` after them are those people (chunks.ts `addNamedAgain`).
   */
  namedHeads: Map<string, string | null>;
  /** The offices of the people data's leaders, for a bare title no one named holds ("The Taoiseach said"). */
  offices: OfficeIndex;
}

/** An office of the people data with its title in lower case, as officesHeld compares it. */
interface IndexedOffice {
  leader: Leader;
  office: LeaderOffice;
  lower: string;
}

/** The offices of the leaders who have a country, in the data's order, in all and by country; and the leaders' ids. */
interface OfficeIndex {
  all: IndexedOffice[];
  byCountry: Map<string, IndexedOffice[]>;
  ids: Set<string>;
}

// Built once for each list of leaders (the people data's, for every article): the list has thousands of leaders, and
// a title named in a sentence ("the Thai prime minister") was looked up by reading all of them and lower-casing
// every office.
const officeIndexes = new WeakMap<readonly Leader[], OfficeIndex>();

function officeIndex(leaders: readonly Leader[]): OfficeIndex {
  const known = officeIndexes.get(leaders);
  if (known) return known;
  const index: OfficeIndex = { all: [], byCountry: new Map(), ids: new Set(leaders.map((l) => l.id)) };
  for (const leader of leaders) {
    if (!leader.country) continue;
    let mine = index.byCountry.get(leader.country);
    if (!mine) index.byCountry.set(leader.country, (mine = []));
    for (const office of leader.offices) {
      const o = { leader, office, lower: office.title.toLowerCase() };
      index.all.push(o);
      mine.push(o);
    }
  }
  officeIndexes.set(leaders, index);
  return index;
}

/** A leader's bare title opening a headline, with no name after it ("PM, Saudi crown prince discuss …"). */
const HOME_LEADER_FIRST = /^(?:PM|Premier|President|Prime Minister|Chancellor)\b(?!\s+\p{Lu})/u;

/** The countries the headline names, by their name or by words the body uses for them ("Armenia", "Azerbaijani"), when
 *  it names two or more; else none. (The document stage reads no country mentions in the headline.) */
function headlineCodes(doc: Doc, lex: EventsLexicon): Set<string> {
  const codes = new Set<string>();
  const title = doc.document.title;
  if (!title) return codes;
  const names = new Map<string, string>();
  for (const m of doc.countryMentions) {
    if (!m.code || m.code === 'IGO') continue;
    names.set(doc.text.slice(m.start, m.end), m.code);
    names.set(countryName(lex, m.code), m.code);
  }
  for (const [name, code] of names) if (!codes.has(code) && hasWholeWords(title, name)) codes.add(code);
  // "PM, Saudi crown prince discuss …" in a Pakistani paper: a leader's bare title opening the headline is the
  // outlet's own country's.
  if (doc.sourceCountry && HOME_LEADER_FIRST.test(title)) codes.add(doc.sourceCountry);
  return codes.size >= 2 ? codes : new Set();
}

/** The countries of the people the headline names ("Macron presses Pezeshkian on Lebanon": France and Iran), when two
 *  or more; else none. They rank above the countries it names, which may be what the people talk about. */
function headlinePeopleCodes(doc: Doc): Set<string> {
  const codes = new Set<string>();
  const title = doc.document.title;
  if (!title) return codes;
  for (const p of doc.people) {
    // (By the full name, an alias or the family name: "Macron presses Pezeshkian …".)
    const family = p.name.split(' ').at(-1) ?? '';
    if (p.country && !codes.has(p.country) && [p.name, ...p.aliases, family].some((n) => n.length > 1 && hasWholeWords(title, n))) codes.add(p.country);
  }
  return codes.size >= 2 ? codes : new Set();
}

export function createContext(doc: Doc, lex: EventsLexicon, leaders: readonly Leader[] = []): DocContext {
  const people = new Map(doc.people.map((p) => [p.id, p]));
  return {
    doc,
    lex,
    dyad: namedMost(doc, lex, people, headlineCodes(doc, lex), 0, doc.text.length, headlinePeopleCodes(doc)),
    lastSubject: null,
    recentPersons: [],
    recentCountries: [],
    lastActors: [],
    lastCountrySubject: null,
    peopleById: people,
    organizationsById: new Map(doc.organizations.map((o) => [o.id, o])),
    namedHeads: new Map(),
    offices: officeIndex(leaders),
  };
}

/**
 * The two countries named most in [from, to), those of the people `headlinePeople` holds first, then those `headline`
 * names ("Armenia, Azerbaijan initial peace deal at White House summit": not the United States, named more often in
 * the story of a summit it hosted); none if fewer.
 */
function namedMost(doc: Doc, lex: EventsLexicon, people: Map<string, Person>, headline: Set<string>, from: number, to: number, headlinePeople: Set<string> = new Set()): Party[] {
  const counts = new Map<string, number>();
  const add = (code: string | null | undefined) => {
    if (code && code !== 'IGO') counts.set(code, (counts.get(code) ?? 0) + 1);
  };
  for (const m of doc.countryMentions) if (m.start >= from && m.start < to) add(m.code);
  for (const m of doc.personMentions) if (m.start >= from && m.start < to) add(people.get(m.personId)?.country);
  // (Read from the sorted entries: the array a .map() gives changes elements kind once the function is optimised,
  // which deoptimised it.)
  const rank = (code: string) => (headlinePeople.has(code) ? 2 : 0) + (headline.has(code) ? 1 : 0);
  const [first, second] = [...counts.entries()].sort((a, b) => rank(b[0]) - rank(a[0]) || b[1] - a[1]);
  return second ? [countryParty(lex, first[0], first[0], null), countryParty(lex, second[0], second[0], null)] : [];
}

/** What the chunks before the current one offer to resolve it, kept up to date as the loop passes each. */
class Earlier {
  /** The chunks passed that have parties, in order. */
  readonly withParties: Chunk[] = [];
  /** The first person, and the first person that is no preposition's object (a subject). */
  person?: Chunk;
  subject?: Chunk;
  /** The latest country or organisation that can act. */
  acting?: Chunk;
  /** The latest adjacent acting parties ("Park and Hayashi", "Mali, Burkina Faso and Niger"). */
  coordinated?: Chunk[];
  /** The first acting party that is no preposition's object: what "they" most often stands for. */
  firstSubject?: Chunk;
  /** A country or body that opens a clause after ", and" (also after "the"): what a later "its" stands for. */
  clauseSubject?: Chunk;

  pass(chunks: Chunk[], i: number, words: readonly string[]): void {
    const x = chunks[i];
    if (x.parties.length === 0) return;
    this.withParties.push(x);
    if (isPerson(x)) {
      this.person ??= x;
      if (x.prep === null) this.subject ??= x;
    }
    if ((x.kind === 'country' || x.kind === 'org') && !x.locative && x.agentive) this.acting = x;
    if (x.kind !== 'place' && x.kind !== 'pronoun' && x.prep === null && x.agentive && !x.possessive) this.firstSubject ??= x;
    const opener = words[x.from - 1] === 'the' ? x.from - 2 : x.from - 1;
    if ((x.kind === 'country' || x.kind === 'org') && x.prep === null && x.agentive && !x.possessive && words[opener] === 'and' && words[opener - 1] === ',') this.clauseSubject = x;
    const a = chunks[i - 1];
    // ("the Chilean Navy and the Peruvian Navy", "France, the United Kingdom and Germany": also over "and the", ", the",
    // ", and"; never over a verb: "Germany accused Tehran".)
    const adjacent = a !== undefined && x.from > a.to && x.from - a.to <= 3 && words.slice(a.to, x.from).every((w) => LIST_JOINS.has(w)) && LIST_JOINS_FIRST.has(words[a.to]);
    if (a && a.parties.length > 0 && adjacent && a.agentive && x.agentive) {
      // (A list goes on: "Mali, Burkina Faso and Niger" are three.)
      if (this.coordinated?.at(-1) === a) this.coordinated.push(x);
      else this.coordinated = [a, x];
    }
  }
}

/** Words that may stand between two parties of a list ("France, the United Kingdom and Germany"), the first of them one
 *  of LIST_JOINS_FIRST. */
const LIST_JOINS = new Set([',', 'and', 'or', '&', 'the']);
const LIST_JOINS_FIRST = new Set([',', 'and', 'or', '&']);

const OPENING_MARKS = new Set(['“', '"']);
const CLOSING_MARKS = new Set(['”', '"']);

/**
 * "We", "us" or "our" at token `k` inside a quotation of this sentence whose speaker it names right after the closing
 * mark ("“We demand that Venezuela release him,” Argentina's foreign minister said"; "…,” said Foreign Minister X"):
 * the speaker's country; else null.
 */
function quoteSpeaker(ctx: DocContext, chunks: Chunk[], words: string[], k: number): Party[] | null {
  let open = k - 1;
  while (open >= 0 && !OPENING_MARKS.has(words[open]) && !CLOSING_MARKS.has(words[open])) open--;
  if (open < 0 || !OPENING_MARKS.has(words[open])) return null;
  let close = k + 1;
  while (close < words.length && !CLOSING_MARKS.has(words[close])) close++;
  if (close >= words.length) return null;
  let next = close + 1;
  if (words[next] === ',') next++;
  const saying = (w: string | undefined) => w !== undefined && (SAYING.has(w) || w === 'told');
  const speaker = SAYING.has(words[next]) ? chunks.find((x) => x.from === next + 1) : chunks.find((x) => x.from === next && saying(words[x.to]));
  const code = speaker?.parties.find((p) => p.code)?.code;
  return speaker && code ? [countryParty(ctx.lex, code, countryName(ctx.lex, code), 'GOV')] : null;
}

/** The two countries of two coordinated parties that are the sentence's first subject ("A and B"), else null. */
function countriesOfPair(ctx: DocContext, coordinated: Chunk[] | undefined): Party[] | null {
  if (!coordinated || coordinated.length !== 2 || coordinated[0].prep !== null || coordinated[0].from > 2) return null;
  const codes = [...new Set(coordinated.flatMap((x) => x.parties.map((p) => p.code)).filter(territorial))];
  return codes.length === 2 ? codes.map((code) => countryParty(ctx.lex, code, countryName(ctx.lex, code), null)) : null;
}

/** Nouns of a country's government ("the government", "the cabinet"). */
const GOVERNMENT_WORDS = new Set(['government', 'cabinet', 'administration']);
/** Words before "government" that name a state's own ("the Federal Government", "the central government"). */
const LEVELS_OF_GOVERNMENT = new Set(['federal', 'central', 'national', 'union']);

/**
 * Whether group or body `c` is "the government" or "(the) authorities" named alone ("ABUJA — The Federal Government has
 * slammed the demolition of a building … in Accra", "KARACHI: The authorities on Monday released 100 Indian
 * fishermen"): with no place next to it or owner, the dateline's, not that of a place where what it speaks of happened.
 */
function homeAuthority(c: Chunk, words: string[]): boolean {
  if (c.kind !== 'group' && c.kind !== 'org') return false;
  const head = words[c.to - 1] ?? '';
  const definite = words[c.from] === 'the' || words[c.from - 1] === 'the' || (words[c.from - 2] === 'the' && LEVELS_OF_GOVERNMENT.has(words[c.from - 1] ?? ''));
  return head === 'authorities' ? definite || c.to - c.from === 1 : GOVERNMENT_WORDS.has(head) && definite;
}

/** Verbs of saying after which "it" stands for the speaker ("Algiers said it had …"). */
const SAYING = new Set(['said', 'says', 'announced', 'claimed', 'stated', 'added', 'insisted', 'confirmed', 'denied', 'warned', 'argued']);

/** The country or body chunk right before a verb of SAYING (and "that") right before chunk `i`, else undefined. */
function speakerBefore(chunks: Chunk[], i: number, words: string[]): Chunk | undefined {
  let k = chunks[i].from - 1;
  if (words[k] === 'that') k--;
  if (!SAYING.has(words[k] ?? '')) return undefined;
  const s = chunks[i - 1];
  return s && s.to === k && (s.kind === 'country' || s.kind === 'org') && s.prep === null && !s.possessive && s.parties.length === 1 && s.parties[0].code ? s : undefined;
}

/** Words after an "it" that make it an object ("accusing it of", "urged it to", "blamed it for"), not a subject ("it would"). */
const OBJECT_IT_NEXT = new Set(['of', 'for', 'to', 'against', 'over', 'from', 'into']);

/**
 * Fills the parties of pronouns, pairs and descriptions in one sentence. `openerEnd` is the token after a
 * sentence-initial participial phrase ("Recalling his visit …,"), whose pronouns point forward, or -1.
 */
export function resolveChunks(ctx: DocContext, chunks: Chunk[], openerEnd: number, textOf: (c: Chunk) => string, words: string[]): void {
  resolveTitles(ctx, chunks);
  // A chunk's parties are settled once the loop has passed it, so what the chunks before the current one offer
  // is kept as the loop goes rather than read again for every chunk (a long sentence of pronouns is quadratic).
  const earlier = new Earlier();
  const before = earlier.withParties;
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    if ((c.kind === 'group' || c.kind === 'org') && c.parties.length === 1 && !c.parties[0].code) {
      // "his government": the country of the person or party the pronoun stands for.
      const owner = c.word ? earlier.subject ?? earlier.person ?? earlier.acting : undefined;
      // ("The army said it was looking into it. Earlier, its troops shelled …": "its" with no owner in its sentence
      // stands for the country that was the subject before, as "it" does.)
      const previous = c.word === 'its' && !owner ? ctx.lastCountrySubject ?? ctx.lastActors.find((p) => !p.personId) : undefined;
      const code = owner?.parties[0]?.code || previous?.code || localCountry(ctx, chunks, i, textOf, words);
      if (code) c.parties = [partyWith(c.parties[0], { code, identifier: c.kind === 'group' ? countryName(ctx.lex, code) : c.parties[0].identifier })];
    }
    // A person the people stage gave no country, acted on by the one country the sentence names ("Zambia
    // dropped treason charges against opposition leader Hakainde Hichilema"), is of that country.
    if (c.kind === 'person' && c.parties.length === 1 && !c.parties[0].code) {
      const codes = territorialCodes(chunks);
      const subject = earlier.firstSubject?.parties[0]?.code;
      if (codes.size === 1 && subject && codes.has(subject)) c.parties = [partyWith(c.parties[0], { code: subject })];
    }
    if (c.parties.length > 0) {
      earlier.pass(chunks, i, words);
      // "Macron spoke to Tebboune on March 31, and Barrot travelled to Algiers, where he …": a person who opens a
      // clause after ", and" is its subject, whom a later "he" stands for.
      // (So is one after "and that": "… recall that Abdoulkader chose Ethiopia …, and that Gedion travelled to Djibouti,
      // when he was received …".)
      if (isPerson(c) && c.prep === null && ((words[c.from - 1] === 'and' && words[c.from - 2] === ',') || (words[c.from - 1] === 'that' && words[c.from - 2] === 'and'))) earlier.subject = c;
      continue;
    }
    if (c.kind === 'pronoun' && c.word) {
      const g = ctx.lex.grammar;
      // "Wong and his host", "Ruto and his counterpart": the latest person named of another country than the owner's.
      if (OTHER_SIDE.has(c.word)) {
        const owner = earlier.subject ?? earlier.person;
        const code = owner?.parties[0]?.code;
        const other = [...ctx.recentPersons, ...before.flatMap((x) => x.parties.filter((p) => p.personlike))].findLast((p) => p.personId && p.code && p.code !== code);
        c.parties = other && code ? [other] : [];
        continue;
      }
      if (g.pronounsSpeaker.has(c.word)) c.parties = quoteSpeaker(ctx, chunks, words, c.from) ?? [];
      else if (g.pronounsPerson.has(c.word)) c.parties = objectReferent(ctx, c, earlier, words) ?? personReferent(ctx, chunks, i, openerEnd, earlier.subject ?? earlier.person);
      else if (g.pronounsGroup.has(c.word)) {
        // "They" right after "Park and Hayashi": the parties coordinated earlier in the sentence.
        const pair = earlier.coordinated;
        const subject = earlier.firstSubject && !isPerson(earlier.firstSubject) ? earlier.firstSubject.parties : null;
        // "Iwaya raised the case with his counterpart Wang Yi when they met": the person who is the subject and the
        // last other person named after it.
        const other = earlier.subject ? before.findLast((x) => isPerson(x) && x !== earlier.subject && x.from > earlier.subject!.from) : undefined;
        const people = !subject && earlier.subject && other ? [...earlier.subject.parties, ...other.parties] : null;
        // "Canada expelled six Indian diplomats, accusing them of spying": "them" acted on is the latest group of another
        // country named after the subject, not the subject.
        const first = earlier.firstSubject;
        const group = c.word === 'them' && first ? before.findLast((x) => x.from > first.to && x.kind !== 'pronoun' && pluralHead(words, x) && x.parties.length > 0 && x.parties.every((p) => p.code && !first.parties.some((f) => f.code === p.code))) : undefined;
        c.parties = pair ? partiesOf(pair) : group ? [...group.parties] : subject ? [...subject] : people ?? (ctx.lastActors.length >= 2 ? [...ctx.lastActors] : [...ctx.dyad]);
      } else {
        // "Thailand, which has accused Cambodia of …, said it would …": the country that is the sentence's
        // subject, before the latest one named.
        const first = earlier.firstSubject;
        // ("Bhutan and India signed three agreements, and the Government of India released … its assistance": the
        // subject of the clause after ", and" first.)
        const near = earlier.clauseSubject ?? (first && first.kind === 'country' && !first.locative ? first : earlier.acting);
        // "Somalia severed ties with Kenya, accusing it of meddling": "it" acted on (before "of", "to", …) is not the
        // subject acting, but the latest other country named before it.
        // (Nor the subject of the verb that governs it: "Paris recalled its ambassador after Azerbaijan accused it of …".)
        const object = OBJECT_IT_NEXT.has(words[c.to] ?? '') && first ? before.findLast((x) => x.kind === 'country' && x.parties.length === 1 && x.parties[0].code !== first.parties[0]?.code && x.to + 1 !== c.from) : undefined;
        if (object) {
          c.parties = [object.parties[0]];
          continue;
        }
        // "… after Algiers said it had shot down a Malian drone": "it" right after a country's or body's "said" (over
        // "that") is that speaker.
        const speaker = speakerBefore(chunks, i, words);
        if (speaker) {
          c.parties = [speaker.parties[0]];
          continue;
        }
        // (Else the country that opened the sentence before, "Australia has been the country's main partner. It led …",
        // or the latest actor.)
        const prev = ctx.lastCountrySubject ?? ctx.lastActors.find((p) => !p.personId) ?? null;
        c.parties = near ? [near.parties[0]] : prev ? [prev] : [];
      }
    } else if (c.kind === 'pair') {
      // "with both sides pledging" after two ministers have been named: the sides are those two; after three ("Wang
      // spoke with Araghchi and Saar, urging both sides …"), the last two, of two countries.
      // ("signed by Nankabirwa and Biteko, after talks between the two delegations": the delegations those two led.)
      const sides = c.word === 'sides' || c.word === 'delegations';
      const people = sides ? before.flatMap((x) => (x.kind === 'person' ? x.parties : [])) : [];
      const named = sides ? (people.length >= 3 ? lastTwoPeople(people) : null) ?? twoPeopleOf(ctx, people)
        // "Sikorski spoke with his Lithuanian counterpart Budrys, and the two agreed": the last two people of two
        // countries named before it in the sentence, whoever the article is about.
        // (Office holders first: "Wong told Wang that Australia was appalled by the sentence handed to writer Yang
        // Hengjun, as the two held talks" are the ministers.)
        : c.word === 'two' ? lastTwoOfficials(ctx, before.flatMap((x) => (x.kind === 'person' ? x.parties : [])))
        : null;
      // "The agreement, which was signed on Tuesday": the parties of the latest act, when two or more countries, else
      // the article's two countries.
      const signers = !c.agentive && c.word && ctx.lex.grammar.pairAgreementNouns.has(c.word) ? lastCountries(ctx) : null;
      // ("The two countries fought a war" after a call between the African Union and Eritrea: states only.)
      const states = c.word !== null && STATE_HEADS.has(c.word);
      // ("Sharif and Mohammed bin Salman discussed the border with Afghanistan and the defence pact signed by the two
      // countries": the countries of the two parties the sentence opens with, not the last two named.)
      const subjects = c.pairOf !== 'person' ? countriesOfPair(ctx, earlier.coordinated) : null;
      c.parties = named ?? signers ?? (c.pairOf === 'person' ? personPair(ctx, before, c.word ?? '', textOf(c), c.barePair ?? false) : subjects ?? lastCountries(ctx, states) ?? [...ctx.dyad]);
    } else if (c.kind === 'description' && c.head) {
      // "The premier's visit": the latest person named whose office holds the title.
      const titles = ctx.lex.grammar.bareTitles.matchAt(c.head.split(' '), 0)?.value ?? [c.head];
      const people = [...ctx.recentPersons, ...before.flatMap((x) => (x.kind === 'person' ? x.parties : []))];
      const holder = people.findLast((p) => p.personId && officesOf(ctx, p).some((o) => titles.some((t) => o.toLowerCase().includes(t))));
      // ("called on the Prime Minister, Fiame Naomi Mata'afa, at …": the person named right after the title's comma.)
      const next = chunks[i + 1];
      const apposed = !holder && next?.kind === 'person' && words[c.to] === ',' && next.from === c.to + 1 && next.parties.length > 0 ? next.parties[0] : null;
      const known = holder || apposed ? null : soleHolder(ctx, titles);
      if (holder) c.parties = [partyWith(holder, { entityText: textOf(c) })];
      else if (apposed) c.parties = [partyWith(apposed, { entityText: textOf(c) })];
      else if (known) c.parties = [{ ...countryParty(ctx.lex, known.leader.country ?? '', textOf(c), 'GOV', true), identifier: known.leader.name, office: known.title }];
    } else if (c.kind === 'description' && c.word) {
      // "The North": North Korea, in an article that has named it (here or before).
      const code = ctx.lex.grammar.dividedHalves.get(c.word) ?? '';
      const named = ctx.recentCountries.includes(code) || chunks.some((x) => x.kind === 'country' && x.parties.some((p) => p.code === code));
      if (code && named) c.parties = [countryParty(ctx.lex, code, textOf(c), 'GOV')];
    } else if (c.kind === 'description') {
      const subject = chunks.find((x) => x.agentive && x.parties.length > 0 && x.kind !== 'place');
      // ("Peru's foreign minister announced on Monday that the country was breaking off relations": the subject of
      // what a state's speaker said is the speaker's country.)
      const spoken = subject && subject.to < c.from && words[c.from - 1] === 'that' && c.prep === null && subject.parties[0]?.code &&
        territorial(subject.parties[0].code) && words.slice(subject.to, c.from - 1).some((w) => SAYING.has(w)) &&
        !chunks.some((x) => x.from >= subject.to && x.to <= c.from && x.parties.some((p) => p.code && p.code !== subject.parties[0].code));
      if (spoken) {
        c.parties = [countryParty(ctx.lex, subject.parties[0].code, textOf(c), 'GOV')];
        earlier.pass(chunks, i, words);
        continue;
      }
      const avoid = subject?.parties[0]?.code;
      // The latest country named before it in the sentence, else in the article (whose list is long: not copied).
      const usable = (code: string) => Boolean(code) && code !== 'IGO' && code !== avoid;
      const code = before.flatMap((x) => x.parties.map((p) => p.code)).findLast(usable) ?? ctx.recentCountries.findLast(usable);
      if (code) c.parties = [countryParty(ctx.lex, code, textOf(c), 'GOV')];
      // "soldiers of the neighbouring country": the group of no country right before "of" is of the country described.
      const group = chunks[i - 1];
      if (code && group?.kind === 'group' && group.to === c.from - 1 && (words[group.to] === 'of' || words[group.to] === 'from') && group.parties.length === 1 && !group.parties[0].code) {
        group.parties = [partyWith(group.parties[0], { code, identifier: countryName(ctx.lex, code) })];
      }
    }
    // The words of the text stay the evidence: "he", "the two sides".
    if (c.kind !== 'description' && c.parties.length > 0) {
      const text = textOf(c);
      c.parties = withEntityText(c.parties, text);
    }
    earlier.pass(chunks, i, words);
  }
}

/** The parties of the chunks, in order. (A loop, not .flatMap(), like every list of a chunk's parties: see withEntityText.) */
function partiesOf(chunks: Chunk[]): Party[] {
  const out: Party[] = [];
  for (const x of chunks) for (const p of x.parties) out.push(p);
  return out;
}

/** Codes that name a state's territory (not "IGO", "UNO", "EUR", "NGO" or unknown). */
const territorial = (code: string | undefined): code is string => Boolean(code) && !NOT_TERRITORY.has(code!);
const NOT_TERRITORY = new Set(['IGO', 'UNO', 'EUR', 'NGO']);

/** The territorial codes of the chunks' parties, in order. */
function territorialCodes(chunks: Chunk[]): Set<string> {
  const codes = new Set<string>();
  for (const x of chunks) for (const p of x.parties) if (territorial(p.code)) codes.add(p.code);
  return codes;
}

const ADJECTIVES_ONLY = /^[a-z]+(?:[ -][a-z]+)?$/;
const BETWEEN_STOP = new Set(['and', 'or', 'of', 'the', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'is', 'was', 'were', 'are', 'said', 'says']);

/** A chunk that ends in a plural noun ("six Indian diplomats", "Pakistani fishermen"). */
function pluralHead(words: string[], c: Chunk): boolean {
  const w = words[c.to - 1] ?? '';
  return (w.endsWith('s') && !w.endsWith('ss') && w !== "'s") || w.endsWith('men') || w === 'people';
}

/** A place, or a country's name or capital standing for it (not "the U.S. embassy", which is a party). */
const isWhere = (x: Chunk) => x.kind === 'place' || (x.kind === 'country' && !x.headed && (x.mentionKind === 'name' || x.mentionKind === 'capital'));

/**
 * The country of a group or body named without one ("police", "gunmen", "the Interior Ministry"): the place
 * right before it ("Delhi police") or right after it ("police in Uganda"), else the sentence's first place of
 * an act ("… in Nairobi"), else the one country the sentence names.
 */
function localCountry(ctx: DocContext, chunks: Chunk[], i: number, textOf: (c: Chunk) => string, words: string[]): string {
  const c = chunks[i];
  const before = chunks[i - 1];
  // ("a US federal court": up to two lower-case words between, none a function word.)
  const between = before && before.to < c.from && c.from - before.to <= 2 ? textOf({ ...before, from: before.to, to: c.from }) : '';
  const adjoining = before && (before.to === c.from || (ADJECTIVES_ONLY.test(between) && !between.split(' ').some((w) => BETWEEN_STOP.has(w))));
  if (before && adjoining && isWhere(before) && territorial(before.parties[0]?.code)) return before.parties[0].code;
  // ("Robert Fico's new government", "Maduro's security forces": a person's possessive before the group owns it.)
  if (before && adjoining && before.possessive && before.kind === 'person' && territorial(before.parties[0]?.code)) return before.parties[0].code;
  const after = chunks[i + 1];
  if (after && after.from <= c.to + 2 && (after.prep === 'in' || after.prep === 'from' || after.prep === 'of') && isWhere(after) && territorial(after.parties[0]?.code)) return after.parties[0].code;
  // ("officers of the Estonian Police and Border Guard Board": the members of a state's body are of its state.)
  if (after && after.from <= c.to + 3 && after.prep === 'of' && (after.kind === 'org' || after.kind === 'country') && territorial(after.parties[0]?.code)) return after.parties[0].code;
  const datelineCountry = ctx.doc.datelineCountry;
  if (datelineCountry && territorial(datelineCountry) && homeAuthority(c, words)) return datelineCountry;
  const place = chunks.find((x) => x.locative && isWhere(x) && territorial(x.parties[0]?.code));
  if (place) return place.parties[0].code;
  // "Mexico began deploying National Guard members": a state body after the verb is the subject's.
  const subject = chunks.find((x) => x.prep === null && x.agentive && x.kind !== 'place' && x.kind !== 'pronoun' && territorial(x.parties[0]?.code));
  if (c.kind === 'org' && subject && subject.from < c.from) return subject.parties[0].code;
  // "WASHINGTON (Reuters) - The Treasury imposed sanctions on six Iranian companies": a state body of no country in
  // an article is the dateline's, not that of the one country it acts on.
  // (With no dateline, the home of the national outlet that tells it: "The Ministry of Foreign Affairs summoned …" in
  // Uganda's Daily Monitor.)
  const dateline = ctx.doc.datelineCountry ?? ctx.doc.sourceCountry;
  if (c.kind === 'org' && dateline && territorial(dateline)) return dateline;
  // "KATHMANDU: Hundreds of students marched towards the Indian embassy": civilians with no place of their own in the
  // sentence that opens with the dateline are the dateline's (not forces, officials or judges, who may serve another
  // state or a court; nor people of a later sentence, who may be from elsewhere).
  const civilians = c.kind === 'group' && CIVILIAN_SECTORS.has(c.parties[0].sector ?? '');
  const underDateline = datelineCountry !== null && chunks[0]?.from === 0 && chunks[0].parties[0]?.code === datelineCountry;
  if (civilians && underDateline && territorial(datelineCountry)) return datelineCountry;
  // "The government pledged $5 million in humanitarian aid for Turkiye" in a Korean paper: "the government" that no
  // place or owner ties to a country is that of the national outlet telling the story, when it is one of the story's
  // two countries (not the one country the sentence names).
  const home = ctx.doc.sourceCountry;
  if (c.kind === 'group' && GOVERNMENT_WORDS.has(words[c.to - 1] ?? '') && (words[c.from - 1] === 'the' || words[c.from] === 'the') && home && ctx.dyad.some((p) => p.code === home)) return home;
  const codes = territorialCodes(chunks);
  if (codes.size !== 1) return '';
  const [code] = codes;
  // "The army shelled Armenian positions", "struck Ukrainian air defence units": forces that the sentence names only
  // a military target of (in its noun phrase or the three words after it) are not that target's country.
  const targets = ctx.lex.grammar.militaryTargets;
  const target = (x: Chunk) => x.from > c.to && words.slice(x.from + 1, x.to + 3).some((w) => targets.has(w));
  const targetOnly = chunks.every((x) => x.parties[0]?.code !== code || target(x));
  // ("The protesters burned a Chinese flag": nor is a group of the country of a thing it acts on, named by its adjective;
  // the country's name is another matter: "occupied Hong Kong's airport".)
  const thingOnly = chunks.every((x) => x.parties[0]?.code !== code ||
    (x.from > c.to && !x.agentive && x.kind === 'country' && (x.mentionKind === 'demonym' || x.mentionKind === 'adjective')));
  return (c.parties[0].sector === 'MIL' && targetOnly) || thingOnly ? '' : code;
}

/** "A Chinese foreign minister", "the Thai prime minister": the named person of that country holding that office. */
function resolveTitles(ctx: DocContext, chunks: Chunk[]): void {
  // The people named so far, gathered only for a sentence that has such a title (the article's list is long).
  let named: Party[] | null = null;
  for (const c of chunks) {
    const p = c.parties[0];
    if (c.kind !== 'country' || !c.head || !p?.personlike) continue;
    named ??= [...ctx.recentPersons, ...chunks.filter((x) => x.kind === 'person').flatMap((x) => x.parties)];
    const title = singular(c.head);
    const match = named.findLast((x) => x.personId && x.code === p.code && (x.office ?? '').toLowerCase().includes(title));
    if (match) c.parties = [partyWith(match, { entityText: p.entityText })];
    else {
      // ("Spain's prime minister held talks with China's president on Friday" before either is named: the one leader of
      // the people data of that country in that office on the story's day.)
      const portfolio = portfolioWords(p.entityText, c.head);
      // ("Ukraine's defence minister": else the portfolio inside the head, for offices written "Minister of Defence".)
      const split = title.split(' ');
      const known = countryHolder(ctx, p.code, title, portfolio) ?? (split.length > 1 ? countryHolder(ctx, p.code, split[split.length - 1], [...portfolio, ...split.slice(0, -1)]) : null);
      if (known) c.parties = [{ ...p, identifier: known.leader.name, office: known.title }];
    }
  }
}

/** "Ukraine's education minister": the lower-case words before the head `head` of a party's text (its portfolio). */
function portfolioWords(text: string, head: string): string[] {
  const words = text.split(/\s+/);
  const at = words.findIndex((w) => w.toLowerCase() === head.split(' ')[0]);
  return words.slice(0, Math.max(0, at)).filter((w) => LOWER_WORD.test(w) && w !== 'the');
}
const LOWER_WORD = /^\p{Ll}+$/u;

/** The one leader of the people data of country `code` holding an office headed `title` on the story's day, whose
 *  title names every word of the portfolio `portfolio` ("education minister": not the defence minister), or null. */
function countryHolder(ctx: DocContext, code: string, title: string, portfolio: string[] = []): { leader: Leader; title: string } | null {
  if (!code) return null;
  const found = officesHeld(ctx, [title], code).filter((f) => portfolio.every((w) => f.title.toLowerCase().includes(w)));
  return found.length > 0 && found.every((f) => f.leader === found[0].leader) ? found[found.length - 1] : null;
}

/** Every office of the people data headed by one of `titles` (lower case) and held on the story's day, with its holder
 *  (one of country `code` only, when given); none when the story has no date. */
function officesHeld(ctx: DocContext, titles: string[], code?: string): { leader: Leader; title: string }[] {
  const day = ctx.doc.document.published;
  const found: { leader: Leader; title: string }[] = [];
  if (!day) return found;
  const titlesOf = titles.map((t) => `${t} of `);
  for (const { leader, office: o, lower } of code ? ctx.offices.byCountry.get(code) ?? [] : ctx.offices.all) {
    if (!officeHeldOn(o, day)) continue;
    if (titles.some((t, k) => lower === t || lower.startsWith(titlesOf[k]))) found.push({ leader, title: o.title });
  }
  return found;
}

const isPerson = (x: Chunk) => x.parties.length === 1 && x.parties[0].personlike && x.kind !== 'pronoun';

/** Words before a person that make it the subject of a clause of its own ("Lam said Xi had invited him"). */
const CLAUSE_OPENERS = new Set(['said', 'says', 'that', ',', 'and', 'who']);

/**
 * "him" (or "her" as an object) after the subject: the latest other person named after the subject and not as the
 * subject of a clause of its own ("Sikorski summoned the envoy and handed him a note": the envoy). A clause's
 * subject is not its own object, and an object pronoun does not stand for the sentence's subject beside another
 * person it acts on. Undefined when there is no such person.
 */
function objectReferent(ctx: DocContext, c: Chunk, earlier: Earlier, words: string[]): Party[] | undefined {
  if (!(c.word === 'him' || (c.word === 'her' && !c.possessive)) || !earlier.subject) return undefined;
  const subject = earlier.subject;
  const other = earlier.withParties.findLast((x) => isPerson(x) && x !== subject && x.from > subject.to && words[x.to - 1] !== "'s" && !CLAUSE_OPENERS.has(words[x.from - 1]));
  if (other) return [other.parties[0]];
  // ("Hasina called on President Murmu. Jaishankar called on her": with no one else in the sentence, the subject of
  // the sentence before, when that is someone else.)
  const last = ctx.lastSubject;
  return last?.personId && last.personId !== subject.parties[0].personId ? [last] : undefined;
}

/** "He" at chunk `i`: a person after an opening phrase it stands in, else `earlier` (the sentence's first person
 *  subject before it, or its first person), else the latest subject of the article. */
function personReferent(ctx: DocContext, chunks: Chunk[], i: number, openerEnd: number, earlier: Chunk | undefined): Party[] {
  if (openerEnd >= 0 && chunks[i].from < openerEnd) {
    const after = chunks.find((x) => x.from >= openerEnd && isPerson(x));
    if (after) return [after.parties[0]];
  }
  if (earlier) return [earlier.parties[0]];
  return ctx.lastSubject ? [ctx.lastSubject] : [];
}

/** Whether `p` is a leader of the people data who held none of its offices on the story's day and has no office in the
 *  article. */
function pastLeader(ctx: DocContext, p: Party): boolean {
  const person = p.personId ? ctx.peopleById.get(p.personId) : undefined;
  if (!person || !ctx.doc.document.published || person.offices.length > 0 || (person.knownOffices?.length ?? 0) > 0) return false;
  return ctx.offices.ids.has(person.id);
}

/** The latest two named people of two countries among `people`, or null. */
function lastTwoPeople(people: Party[]): Party[] | null {
  const out: Party[] = [];
  for (let k = people.length - 1; k >= 0 && out.length < 2; k--) {
    const p = people[k];
    if (p.personId && p.code && !out.some((o) => o.code === p.code)) out.push(p);
  }
  return out.length === 2 ? out.reverse() : null;
}

/** `lastTwoPeople` among the people who serve a state (the people data's sector), else among all. */
function lastTwoOfficials(ctx: DocContext, people: Party[]): Party[] | null {
  const serving = people.filter((p) => p.personId && ctx.peopleById.get(p.personId)?.sector);
  return lastTwoPeople(serving) ?? lastTwoPeople(people);
}

/** The latest named person of each of two countries among `people` (the dyad's, when it is known). */
function twoPeopleOf(ctx: DocContext, people: Party[]): Party[] | null {
  const codes = ctx.dyad.length === 2 ? [ctx.dyad[0].code, ctx.dyad[1].code] : null;
  const out: Party[] = [];
  for (let k = people.length - 1; k >= 0 && out.length < 2; k--) {
    const p = people[k];
    if (!p.personId || out.some((o) => o.code === p.code)) continue;
    if (codes && !codes.includes(p.code)) continue;
    out.push(p);
  }
  return out.length === 2 ? out.reverse() : null;
}

/**
 * "The two leaders": the latest named person of each country in focus. A specific title ("the defense
 * ministers of the two countries") must be in their offices; otherwise the two countries stand for them, except
 * after a bare "the" (`bare`: "The leaders agreed"), which names no one then.
 */
function personPair(ctx: DocContext, before: Chunk[], head: string, text: string, bare: boolean): Party[] {
  let people = [...ctx.recentPersons, ...before.flatMap((x) => x.parties.filter((p) => p.personlike))];
  // ("Modi is the first Indian prime minister to visit Austria since Indira Gandhi travelled to Vienna in 1983 … the two
  // leaders met": a leader of the people data who held none of its offices on the story's day, and whom the article
  // gives none, is no one of the day's news.)
  const serving = people.filter((p) => !pastLeader(ctx, p));
  if (serving.length >= 2) people = serving;
  const g = ctx.lex.grammar;
  if (head === 'two') {
    // "the two signed": any two people.
  } else if (g.pairTopHeads.has(head)) {
    // A person whose office is not known ("his Tajik counterpart") may hold it.
    people = people.filter((p) => !p.office || g.pairTopOffice.test(p.office));
  } else if (!g.pairGenericHeads.has(head)) {
    const title = singular(text.toLowerCase().replace(/^(the|both)\s+(two\s+)?/, '').replace(/\s+of\s.*$/, ''));
    // Any office the person holds, in the article or the people data ("Foreign Minister" beside "Director of the
    // Office of the Central Foreign Affairs Commission").
    // (The title heads the office, before any "of": "Minister of Foreign Affairs", not "President of the Council of
    // Ministers".)
    const holds = (p: Party) => officesOf(ctx, p).some((o) => o.toLowerCase().split(' of ')[0].includes(title));
    const holders = people.filter(holds);
    // "Defence Minister X and his Swedish counterpart Y … The ministers agreed": one of the two may be named with
    // no office of his own, the other's counterpart; the holders, put last, go first.
    const officeless = people.filter((p) => !officesOf(ctx, p).some(Boolean));
    const pair = twoPeopleOf(ctx, [...officeless, ...holders]);
    people = pair?.some(holds) ? pair : holders;
  }
  // "The ministers gave their approval" with no two such people named is no pair of the article's countries.
  return twoPeopleOf(ctx, people) ?? (bare ? [] : [...ctx.dyad]);
}

/**
 * "The Taoiseach said", "DOHA … The Emir has promised": with no one named who holds the title, the one leader of the
 * people data in that office on the story's day, or the one of the dateline's country when several hold such an office
 * ("Emir of Qatar", "Emir of Kuwait"); null when the story has no date or no single holder.
 */
function soleHolder(ctx: DocContext, titles: string[]): { leader: Leader; title: string } | null {
  const found = officesHeld(ctx, titles);
  if (found.length === 1) return found[0];
  // (A sentence coded alone has no dateline read: a place opening the text stands for it.)
  const dateline = ctx.doc.datelineCountry ?? ctx.doc.placeMentions.find((m) => m.start === 0)?.country;
  const home = found.filter((f) => f.leader.country === dateline);
  return home.length === 1 ? home[0] : null;
}

function officesOf(ctx: DocContext, p: Party): string[] {
  const person = p.personId ? ctx.peopleById.get(p.personId) : undefined;
  return [p.office ?? '', ...(person?.offices ?? []), ...(person?.knownOffices ?? [])];
}

function singular(title: string): string {
  return title.replace(/ies$/, 'y').replace(/s$/, '');
}

/** "JAKARTA - …" after "BANGKOK - …": a new item of a page of briefs, [from, to), refers back to nothing told before
 *  it, and its two countries are the two it names most. */
export function forgetItem(ctx: DocContext, from: number, to: number): void {
  ctx.dyad = namedMost(ctx.doc, ctx.lex, ctx.peopleById, new Set(), from, to);
  ctx.lastSubject = null;
  ctx.recentPersons = [];
  ctx.recentCountries = [];
  ctx.lastActors = [];
  ctx.lastCountrySubject = null;
  ctx.namedHeads = new Map();
}

/** Updates the memory after a sentence: its subject, people and countries. */
export function noteSentence(ctx: DocContext, chunks: Chunk[]): void {
  const first = chunks.find((c) => c.kind !== 'pronoun' && c.parties.length === 1 && c.parties[0].personlike && c.prep === null);
  const anyPerson = chunks.find((c) => c.kind !== 'pronoun' && c.parties.some((p) => p.personlike));
  const subject = first ?? anyPerson;
  if (subject) ctx.lastSubject = subject.parties[0];
  // (Places before it are the dateline's or the setting's: "HONIARA (Pacific Wire) - Australia has been …".)
  const opener = chunks.find((c) => c.kind !== 'place');
  ctx.lastCountrySubject = opener?.kind === 'country' && opener.prep === null && opener.agentive && !opener.possessive && opener.parties.length === 1 ? opener.parties[0] : null;
  for (const c of chunks) {
    if (c.kind === 'pronoun' || c.kind === 'pair') continue;
    for (const p of c.parties) {
      if (p.personlike) ctx.recentPersons.push(p);
      if (p.code && p.code !== 'IGO') ctx.recentCountries.push(p.code);
    }
  }
}

/** Heads of a pair that names states, never an organisation ("the two countries"; "the two sides" may be the EU). */
const STATE_HEADS = new Set(['countries', 'nations', 'neighbors', 'neighbours', 'states']);

/** The countries of the latest act's actors, when two or more (else null); with `states`, only those with a territory. */
function lastCountries(ctx: DocContext, states = false): Party[] | null {
  const codes: string[] = [];
  for (const code of codeSet(ctx.lastActors)) if (!states || territorial(code)) codes.push(code);
  if (codes.length < 2) return null;
  // (A loop, not .map(), like every list of a chunk's parties: see withEntityText.)
  const parties: Party[] = [];
  for (const code of codes) parties.push(countryParty(ctx.lex, code, countryName(ctx.lex, code), null));
  return parties;
}
