// The people stage: every named person with canonical name, country, offices as the article states
// them, aliases and mentions. Known leaders come from the gazetteer; others from titles, appositions,
// speech verbs and cue words; one-word mentions resolve to the person named in full.
import type { Doc } from '../../core/doc.ts';
import type { Stage } from '../../core/stage.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { officeHeldOn, type Leader, type LeaderHit } from '../../lexicon/people.ts';
import { isCapitalized, startsWithLetter, type Token } from '../../lexicon/tokens.ts';
import { elementAt, sentenceContext, type SentenceContext, type Span } from './context.ts';
import { officeBefore } from './offices.ts';
import { isCaption } from '../document/captions.ts';
import { pruneGeoInsidePeople } from './prune.ts';
import { linkTitleReferences } from './references.ts';
import { looksLikeName, nameEvidence, RECOGNIZERS, withoutOffices, type NameEvidence } from './recognizers.ts';
import { resolvePeople, type Candidate } from './resolve.ts';
import { isBlocked, nameRuns, trimRun } from './runs.ts';
import { PATRONYMICS } from './names.ts';

const LOWER_PARTICLE = /^(?:al|el|bin|binti|bint|ibn|de|da|dos|del|di|van|von|der|den|le|la|los|las|du|des)$/;
const ARTICLES = new Set(['The', 'A', 'An']);

/**
 * Where a known leader's name written with more of its lineage ends: "Mohammed bin Salman bin Abdulaziz Al Saud",
 * "Tamim bin Hamad bin Khalifa Al Thani" (the gazetteer's form ends at `to`). The whole is the form the article
 * writes, kept as an alias.
 */
function lineageEnd(ctx: SentenceContext, to: number): number {
  const t = ctx.tokens;
  let end = to;
  while (t[end + 1] && PATRONYMICS.has(t[end].text) && isCapitalized(t[end + 1].text) && !isBlocked(ctx, end + 1)) end += 2;
  if (end === to) return to;
  // The family: "Al Saud", "Al-Thani", "Al Nahyan".
  if (t[end + 1] && (t[end].text === 'Al' || t[end].text === 'al') && isCapitalized(t[end + 1].text)) end += 2;
  else if (t[end + 2] && /^(?:Al|al)$/.test(t[end].text) && t[end + 1].text === '-' && isCapitalized(t[end + 2].text)) end += 3;
  return end;
}

/** Names longer than this are not one person's name ("Vo Van Thuong Vietnam Nguyen …"). */
const MAX_NAME_WORDS = 5;

/** "Sheikh Zayed Road", "Jomo Kenyatta International Airport": the name is part of a thing named after a person. */
function namedAfter(ctx: SentenceContext, to: number): boolean {
  const { nouns, leads } = ctx.lexicon.people.namedAfter;
  const t = ctx.tokens;
  const next = elementAt(t, to)?.text ?? '';
  return nouns.has(next) || (leads.has(next) && nouns.has(elementAt(t, to + 1)?.text ?? ''));
}

/** A one-word short name ("Xi") counts only when no other capitalised word is glued to it. */
function standsAlone(ctx: SentenceContext, from: number, to: number): boolean {
  const free = (i: number) => {
    const t = elementAt(ctx.tokens, i);
    return t === undefined || !startsWithLetter(t.text) || !isCapitalized(t.text) || isBlocked(ctx, i) || ctx.lexicon.people.notNames.has(t.text);
  };
  return free(from - 1) && free(to);
}

function evidenceFor(ctx: SentenceContext, span: Span, strongOnly: boolean): NameEvidence[] {
  const out: NameEvidence[] = [];
  for (const r of RECOGNIZERS) {
    if (strongOnly && !r.strong) continue;
    const e = r.find(ctx, span);
    if (e && (e.strong || !strongOnly)) out.push(e);
  }
  return out;
}

export function findPeople(doc: Doc, lexicon: Lexicon): void {
  const index = { countries: doc.countryMentions, places: doc.placeMentions, orgs: doc.organizationMentions, codes: new Set(doc.countryMentions.map((m) => m.code)) };
  const candidates: Candidate[] = [];
  // (Each with whether a verb of saying follows it: "Kilic said".)
  const loose: { start: number; end: number; text: string; said: boolean }[] = [];
  // Name-shaped runs of two to four words that nothing here showed to be a person's ("Peter Njoroge, one of the
  // lawyers, said"): a later "Mr Njoroge" shows it.
  const unproven: { start: number; end: number; text: string }[] = [];

  // The scene a paragraph opens on holds for its following sentences ("In Buenos Aires, … said. Opposition
  // lawmaker X called …").
  let scene: string | null = null;
  let previousEnd = 0;
  // Photo captions are not prose, but the people they name are named in the article ("… and his wife X
  // hold a banquet … (Xinhua/Y)"): they are read for people only, without their credit.
  const captions = captionSpans(doc, lexicon);
  // The sentence objects themselves, not copies: their tokens are cached by sentence for every stage
  // (copies made each sentence be tokenized again, a third of this stage's time).
  const spans: { start: number; end: number; caption?: true }[] = [...doc.sentences, ...captions];
  for (const s of spans) {
    const ctx = sentenceContext(doc, lexicon, s, index);
    const { tokens } = ctx;
    const taken = new Array<boolean>(tokens.length).fill(false);
    const named: Named[] = [];
    if (s.caption || doc.text.slice(previousEnd, s.start).includes('\n')) scene = null;
    scene = s.caption ? null : sceneCountry(ctx) ?? scene;
    previousEnd = s.end;

    // 1. Known leaders, by full name or by a short name that stands alone; not a father's name after "bin" in his
    // son's ("Hamdan bin Mohammed bin Rashid Al Maktoum").
    const runs = nameRuns(ctx);
    for (let i = 0; i < tokens.length; ) {
      const m = lexicon.people.leaderTrie.matchAt(tokens, i) ?? withExtraGiven(tokens, i, lexicon.people.leadersByFirst) ?? surnameAfterTitle(ctx, i);
      const hit: LeaderHit | undefined = m ? m.values.find((v) => v.full) ?? m.values[0] : undefined;
      if (!m || !hit || (!hit.full && (!standsAlone(ctx, m.from, m.to) || afterArticle(tokens, m.from))) || namedAfter(ctx, m.to) || PATRONYMICS.has(tokens[m.from - 1]?.text ?? '')) {
        i++;
        continue;
      }
      const to = lineageEnd(ctx, m.to);
      const from = hit.full ? namesBefore(ctx, runs, m.from) : abbreviatedGivenBefore(tokens, m.from, lexicon.text.nameAbbreviations);
      const span = { from, to };
      const start = tokens[from].start;
      const end = tokens[to - 1].end;
      const evidence = evidenceFor(ctx, span, true);
      candidates.push({ start, end, surface: doc.text.slice(start, end), leader: hit.leader, single: false, evidence, rule: 'people.gazetteer', scene });
      named.push({ to, end: Math.max(to, ...evidence.map((e) => e.phraseTo ?? 0)), country: hit.leader.country ?? evidence.find((e) => e.country)?.country ?? null });
      for (let k = from; k < to; k++) taken[k] = true;
      i = to;
    }

    // 2. Other names, with the evidence the recognizers find around them.
    for (const raw of runs) {
      for (const part of splitAtTaken(raw, taken)) {
        let run = trimRun(ctx, part);
        // Right after a title, a leading "To" is a family name, not a preposition: "General Secretary To Lam".
        // Only with a name word after it: "King Day" (in "Martin Luther King Day") is no name.
        // (Not an article: "His Majesty The King" names no one "The King".)
        if (run.from > part.from && run.to > part.from + 1 && !ARTICLES.has(tokens[part.from].text) && officeBefore(ctx, part.from)) run = { from: part.from, to: Math.max(run.to, part.from + 1) };
        if (run.to <= run.from) continue;
        const start = tokens[run.from].start;
        const end = tokens[run.to - 1].end;
        const surface = doc.text.slice(start, end);
        // ("Ana Lucia Mendez de la Torre": lower-case particles do not count as words of a name.)
        const words = surface.split(/\s+/).filter((w) => !LOWER_PARTICLE.test(w)).length;
        if (words > MAX_NAME_WORDS || namedAfter(ctx, run.to)) continue;
        const evidence = evidenceFor(ctx, run, false);
        if (inListAfterName(ctx, named, run.from)) evidence.push(nameEvidence('people.list', [], null, null, false));
        shareCountry(ctx, evidence, named, run.from);
        const strong = evidence.filter((e) => e.strong);
        if (words === 1) {
          if (strong.length) candidates.push({ start, end, surface, leader: null, single: true, evidence: strong, rule: strong[0].rule, scene });
          else loose.push({ start, end, text: surface, said: evidence.some((e) => e.rule === 'people.speech-verb') });
        } else {
          // (The look of the name read once, before the evidence is weighed: read only when some evidence was
          // weak, the rarely reached calls deoptimised findPeople twice.)
          const nameLike = strong.length === 0 && looksLikeName(ctx, run) && !endsBeforeNotName(ctx, run, part);
          if (strong.length || (evidence.some((e) => !e.countryOnly) && nameLike)) {
            candidates.push({ start, end, surface, leader: null, single: false, evidence, rule: evidence[0].rule, scene });
          } else if (!s.caption && nameLike) {
            unproven.push({ start, end, text: surface });
          }
        }
        const listable = evidence.some((e) => LIST_STARTERS.has(e.rule));
        if (evidence.length) named.push({ to: run.to, end: Math.max(run.to, ...evidence.map((e) => e.phraseTo ?? 0)), country: evidence.find((e) => e.country)?.country ?? null, listable });
      }
    }
  }
  // A caption's words are no statement of office ("President" for a leader the article calls "Chinese President").
  for (const c of candidates) if (captions.some((x) => c.start >= x.start && c.end <= x.end)) c.evidence = c.evidence.map(withoutOffices);
  resolvePeople(doc, lexicon, candidates, loose, unproven);
  pruneGeoInsidePeople(doc);
  linkTitleReferences(doc, lexicon);
}

/** The photo captions among the lines kept out of the body, each without its credit ("(Xinhua/Ju Peng)"). */
function captionSpans(doc: Doc, lexicon: Lexicon): { start: number; end: number; caption: true }[] {
  const out: { start: number; end: number; caption: true }[] = [];
  for (const x of doc.excluded) {
    const line = doc.text.slice(x.start, x.end);
    if (!isCaption(line, lexicon.document)) continue;
    const credit = line.search(CAPTION_CREDIT);
    const end = x.start + (credit >= 0 ? credit : line.length);
    if (end > x.start) out.push({ start: x.start, end, caption: true });
  }
  return out;
}

const CAPTION_CREDIT = /\s*[([][^()[\]]*(?:\/|photo)[^()[\]]*[)\]]\s*$/i;

const SCENE_OPENERS = new Set(['In', 'At', 'From']);

/** "In Buenos Aires, presidential spokesman Manuel Adorni said …": a sentence that opens on a place sets
 *  the scene; people named in it without a country of their own are most likely from there. */
function sceneCountry(ctx: SentenceContext): string | null {
  const t = ctx.tokens;
  if (!SCENE_OPENERS.has(t[0]?.text ?? '')) return null;
  const m = ctx.place[1] ?? ctx.country[1];
  if (!m || t[1].start !== m.start) return null;
  let k = 1;
  while (k < t.length && t[k].end <= m.end) k++;
  if (t[k]?.text !== ',') return null;
  const code = 'code' in m ? m.code : m.country;
  return code && /^[A-Z]{3}$/.test(code) ? code : null;
}

/** "Long Thanh Airport", "Huawei Technologies": a run that lost a non-name word at its end is part of
 *  another kind of name, which weak evidence does not make a person's. */
function endsBeforeNotName(ctx: SentenceContext, run: Span, part: Span): boolean {
  // ("met Kurdistan Regional Government Prime Minister X": a run right before a body's name is part of it.)
  return (run.to < part.to && isCapitalized(ctx.tokens[run.to].text)) || (ctx.org[run.to] !== undefined && ctx.tokens[run.to].start === ctx.tokens[run.to - 1].end + 1);
}

interface Named {
  /** Token after a name found in this sentence, and after its apposition if any; that person's country. */
  to: number;
  end: number;
  country: string | null;
  /** Named after a cue ("attended by") or in such a list: the names listed after it are people too. */
  listable?: boolean;
}

// "… and his Defense Minister" is someone's minister, "and a senior official" anyone's.
const NOT_SHARED = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
const LIST_GAP = new Set([',', 'and']);

/** "Japanese Foreign Minister Aiko Mori and Defense Minister Ken Ito", "Mr. A, Minister of Foreign Affairs,
 *  and Mr. B, Minister of Finance": an office in a list shares the country of the person before when
 *  nothing else names one. */
function shareCountry(ctx: SentenceContext, evidence: NameEvidence[], named: Named[], runFrom: number): void {
  const office = evidence.find((e) => (e.rule === 'people.title-before-name' && !e.relation) || (e.rule === 'people.apposition' && e.official));
  if (!office || evidence.some((e) => e.country)) return;
  const title = evidence.find((e) => e.rule === 'people.title-before-name' && e.phraseFrom !== undefined);
  // "… and former prime minister Paul Keating": modifiers before the title belong to it.
  let from = title?.phraseFrom ?? runFrom;
  for (let m = 0; m < 3 && from > 0 && !ctx.country[from - 1]; m++) {
    const before = ctx.tokens[from - 1];
    const mod = ctx.lexicon.people.titleModifiers.matchAt(ctx.tokens, from - 1);
    if (!mod || mod.to !== from || NOT_SHARED.has(before.text.toLowerCase())) break;
    from--;
  }
  const previous = named.find((n) => n.end < from && from - n.end <= 2 && ctx.tokens.slice(n.end, from).every((t) => LIST_GAP.has(t.text)));
  if (previous?.country) office.country = previous.country;
}

const LIST_STARTERS = new Set(['people.cue-before-name', 'people.list']);

/** "attended by Jose Santos, Maria Reyes and Pedro Cruz": a name joined by a comma or "and" to a name a cue
 *  word introduced is listed with it. */
function inListAfterName(ctx: SentenceContext, named: Named[], from: number): boolean {
  return named.some((n) => n.listable && n.to < from && from - n.to <= 2 && ctx.tokens.slice(n.to, from).every((t) => LIST_GAP.has(t.text)));
}

function splitAtTaken(run: Span, taken: boolean[]): Span[] {
  const out: Span[] = [];
  let from = run.from;
  for (let i = run.from; i <= run.to; i++) {
    if (i === run.to || taken[i]) {
      if (i > from) out.push({ from, to: i });
      from = i + 1;
    }
  }
  return out;
}

export const peopleStage: Stage = {
  name: 'people',
  requires: ['sentences', 'countryMentions', 'sourceHome', 'organizationMentions', 'placeMentions'],
  provides: ['people', 'personMentions'],
  run: findPeople,
};

/** The Arabic article of a name ("al-Bashir"), and a capital opening a word (module constants: see lexicon/tokens.ts). */
const ARABIC_ARTICLE = /^(?:al|el|Al|El)$/;
const UPPER_START = /^\p{Lu}/u;

/** "Ali al-Bashir": a short name glued to an Arabic article after another name is that name's end, not the known
 *  leader's short name. */
function afterArticle(tokens: Token[], from: number): boolean {
  const dash = tokens[from - 1];
  const article = tokens[from - 2];
  return dash?.text === '-' && dash.end === tokens[from].start && article !== undefined && article.end === dash.start && ARABIC_ARTICLE.test(article.text) &&
    from >= 3 && UPPER_START.test(tokens[from - 3].text);
}

/**
 * "President Museveni", "Foreign Minister Vieira": a known leader's last word (lexicon surnamesAfterTitle) right after a
 * title whose every word one of his offices has ("Deputy Foreign Minister" is not "Foreign Minister"), or after an
 * honorific ("Mr") in an article that names his country. As the trie's match, or null.
 */
function surnameAfterTitle(ctx: SentenceContext, i: number): { from: number; to: number; values: LeaderHit[] } | null {
  // (Speed: most tokens are not capitalised, and are turned away before the look-ups.)
  if (!UPPER_START.test(ctx.tokens[i].text)) return null;
  const title = ctx.titleEndingAt.get(i);
  if (title === undefined) return null;
  const leader = ctx.lexicon.people.surnamesAfterTitle.get(ctx.tokens[i].text);
  if (leader === undefined) return null;
  const entry = title.values[0];
  const wanted = titleWords(entry.title);
  const hasWanted = (held: string[]) => wanted.every((w) => held.includes(w));
  // (An office the leader held on the story's day, unless the title says it is past: "Minister Bista" in a story of
  // 2019 is not the prime minister of that name of the 1970s; "former Prime Minister Bista" may be.)
  const day = ctx.doc.document.published;
  const past = PAST_TITLE.has(ctx.tokens[title.from - 1]?.text.toLowerCase() ?? '');
  const fits = entry.kind === 'honorific'
    ? leader.country !== null && ctx.docCountries.has(leader.country)
    : entry.kind === 'office' && leader.offices.some((o) => hasWanted(titleWords(o.title)) && (!day || past || officeHeldOn(o, day)));
  return fits ? { from: i, to: i + 1, values: [{ leader, full: false }] } : null;
}
/** Words before a title that put the office in the past. */
const PAST_TITLE = new Set(['former', 'late', 'then', 'ex']);

/** A title's words in lower case, "defence" spelt as in American English. */
function titleWords(title: string): string[] {
  return title.toLowerCase().replace(/defence/g, 'defense').split(' ');
}

/** How many given names a gazetteer's full name may be written with beyond its own. */
const EXTRA_GIVEN_NAMES = 2;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * "Brice Clotaire Oligui Nguema" for the gazetteer's "Brice Oligui Nguema" (a full name of three words or more):
 * adjacent capitalised words from `from` that open with the name's first word, end with its last and hold its
 * others in order, with at most EXTRA_GIVEN_NAMES more. As the trie's match, or null.
 */
function withExtraGiven(tokens: Token[], from: number, byFirst: Map<string, Leader[]>): { from: number; to: number; values: LeaderHit[] } | null {
  // Speed: the loop below stops at once unless the next word is capitalised, which most words are not, so they
  // are turned away before the look-up of every token in the map (most of this function's time).
  if (from + 1 >= tokens.length || !isCapitalized(tokens[from + 1].text)) return null;
  const leaders = byFirst.get(tokens[from].text);
  if (!leaders) return null;
  for (const leader of leaders) {
    const words = leader.name.split(' ');
    let w = 1;
    for (let k = from + 1; k < tokens.length && k <= from + words.length - 1 + EXTRA_GIVEN_NAMES; k++) {
      if (!CAPITALISED.test(tokens[k].text) || tokens[k].start > tokens[k - 1].end + 1) break;
      if (tokens[k].text === words[w]) w++;
      else if (w > 1) break;
      if (w === words.length) return { from, to: k + 1, values: [{ leader, full: true }] };
    }
  }
  return null;
}

/**
 * "Hu'akavameiliku Siaosi Sovaleni": one or two name words in the same name run right before a known leader's full
 * name (a noble title, a given name the gazetteer leaves out) are part of the name, not a person of their own; the
 * token where the name then starts (an abbreviated given name counts too).
 */
function namesBefore(ctx: SentenceContext, runs: Span[], from: number): number {
  const { tokens } = ctx;
  const start = abbreviatedGivenBefore(tokens, from, ctx.lexicon.text.nameAbbreviations);
  if (start < from) return start;
  const run = runs.find((r) => r.from < from && from < r.to);
  if (!run) return from;
  const first = trimRun(ctx, { from: run.from, to: from }).from;
  // (Not the sentence's first word, which may be any word in capitals: "Welcoming Xi Jinping, …".)
  if (first === 0) return from;
  let words = 0;
  for (let k = first; k < from; k++) if (startsWithLetter(tokens[k].text) && tokens[k].start !== tokens[k - 1]?.end) words++;
  return words > 0 && words <= EXTRA_GIVEN_NAMES ? first : from;
}

/** "Md Touhid Hossain", "Md. Touhid Hossain": an abbreviated given name (text name-abbreviations.txt) right before a
 *  known leader's name is part of it; the token where the name then starts. */
function abbreviatedGivenBefore(tokens: Token[], from: number, abbreviations: ReadonlySet<string>): number {
  const before = tokens[from - 1];
  if (before && abbreviations.has(before.text)) return from - 1;
  const word = tokens[from - 2];
  return before?.text === '.' && word && word.end === before.start && abbreviations.has(word.text) ? from - 2 : from;
}
