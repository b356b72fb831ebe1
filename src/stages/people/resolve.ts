// Turns name candidates into people: one record per person (leaders by gazetteer id, others by name),
// one-word mentions resolved to the person the article named in full, and a country for everyone the
// text allows.
import { sentenceAt, type Doc, type PersonMention } from '../../core/doc.ts';
import type { Person } from '../../core/types.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { officeHeldOn, personId, type Leader, type PeopleLexicon } from '../../lexicon/people.ts';
import { fold, tokenize } from '../../lexicon/tokens.ts';
import { canonicalWritten, familyInCapitals, PATRONYMICS, givenFirst, nameWords, shortForms, styleOf, stylesOf, writtenName } from './names.ts';
import { NOT_A_STATE, type CountryLink } from './offices.ts';
import type { NameEvidence } from './recognizers.ts';

export interface Candidate {
  start: number;
  end: number;
  surface: string;
  leader: Leader | null;
  /** A one-word name that must be resolved to a person named in full (or stand as it is). */
  single: boolean;
  evidence: NameEvidence[];
  rule: string;
  /** The country of the place the sentence opens on ("In Buenos Aires, …"), if any. */
  scene?: string | null;
}

interface Build {
  person: Person;
  leader: Leader | null;
  /** Named with a title or an apposition: an official, likely of the country the story is filed from. */
  titled: boolean;
  sectors: string[];
  mentions: PersonMention[];
  /** Mention starts, kept sorted, to find the nearest mention quickly. */
  starts: number[];
  /** Written family name first in capitals ("ISHIBA Shigeru"): turned round for given-first countries. */
  familyFirst: boolean;
  /** Other people whose country this one shares when nothing else gives one ("his wife", "Lee's adviser"). */
  links: CountryLink[];
  /** Named as an official of an international body: no country is inferred. */
  international: boolean;
  /** Named with a role ("analyst", "opposition leader") rather than an office. */
  described: boolean;
  /** Named as someone's counterpart: of another country than the one the article is led by. */
  counterpart: boolean;
  /** The country of the place a sentence naming this person opens on. */
  scene: string | null;
  /** Countries the person is posted to ("ambassador to Japan"): never inferred as their own. */
  posted: Set<string>;
}

// A person with several offices gets the sector of the most state-like one.
const SECTOR_ORDER = ['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY', 'PTY', 'OPP', 'EDU', 'JRN', 'BUS', 'CVL'];

const key = (s: string) => fold(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** A name word that opens with a capital ASCII letter, which an initial can stand for. */
const INITIAL = /^[A-Z][a-z]/;

/** The one-word forms a person can be called by: short forms of the name in its style, the given name where
 *  that is the custom, and one-word aliases of a known leader. */
function formsOf(b: Build, lex: PeopleLexicon): string[] {
  const style = styleOf(b.person.name, b.person.country, lex);
  // (A literal and pushes, not a spread: an empty spread makes an array of small integers, and the first string
  // pushed onto it deoptimised this function; see also the .map() note at the end of resolvePeople.)
  const forms: string[] = [];
  for (const f of shortForms(b.person.name, style)) forms.push(f);
  // A Chinese-style name of an Australian ("Yang Hengjun") may be shortened either way.
  const loose = styleOf(b.person.name, null, lex);
  if (loose !== style) forms.push(...shortForms(b.person.name, loose));
  if (b.person.country && lex.givenNameCountries.has(b.person.country)) forms.push(nameWords(b.person.name)[0]);
  if (b.leader) for (const a of oneWordAliases(b.leader)) forms.push(a);
  // ("B.Battsetseg" for "Batmunkh Battsetseg": Mongolian usage writes the first name as its initial, glued on.)
  const words = nameWords(b.person.name);
  if (words.length === 2 && INITIAL.test(words[0])) forms.push(`${words[0][0]}.${words[1]}`);
  return forms;
}

// A leader's aliases of one word, by leader: read once a process (formsOf runs for every person named, and again
// when their country becomes known; tokenizing each alias each time was half its work).
const oneWordAliasesOf = new WeakMap<Leader, string[]>();

/** The aliases of `leader` that are one word ("Xi", "Lula"). */
function oneWordAliases(leader: Leader): string[] {
  let out = oneWordAliasesOf.get(leader);
  if (!out) {
    out = [];
    for (const a of leader.aliases) if (tokenize(a).length === 1) out.push(a);
    oneWordAliasesOf.set(leader, out);
  }
  return out;
}

/**
 * Short forms ("Xi", "Lam") → the people they can stand for, in the order the people were first named.
 * Brought up to date one person at a time (someone new, or someone whose country became known) rather than
 * rebuilt for every new one-word name, which grows with the square of the number of people.
 */
class AliasIndex {
  private readonly lists = new Map<string, Build[]>();
  private readonly formed = new Map<Build, { country: string | null; forms: string[] }>();
  private readonly order = new Map<Build, number>();
  /** First word of every name (or written form) of two words or more → the people whose name it begins. */
  private readonly firstWords = new Map<string, Build[]>();

  constructor(private readonly lex: PeopleLexicon) {}

  /** Forms are compared without accents: "Peña said" is Santiago Pena's (the gazetteer spells it without). */
  get(form: string): Build[] | undefined {
    return this.lists.get(fold(form));
  }

  /** The one person whose name, or a written form of it, of two words or more begins with `word` ("President
   *  Samia" of Samia Suluhu Hassan, "Sheikh Mohammed" written "Mohammed bin Zayed", "Hayashi" of Hayashi
   *  Yoshimasa written family name first), when no short form matched. */
  onlyFirstWord(word: string): Build | undefined {
    const list = this.firstWords.get(fold(word));
    return list?.length === 1 ? list[0] : undefined;
  }

  /** Reads the forms of `b` again if it is new or its country changed since they were read. */
  update(b: Build): void {
    if (!this.order.has(b)) {
      this.order.set(b, this.order.size);
      // (Loops, not .map() and .filter(): see the note at the end of resolvePeople.)
      const firsts = new Set<string>();
      for (const name of [b.person.name, ...b.person.aliases]) {
        const words = nameWords(name);
        if (words.length >= 2) firsts.add(fold(words[0]));
      }
      for (const first of firsts) this.firstWords.set(first, [...(this.firstWords.get(first) ?? []), b]);
    }
    const seen = this.formed.get(b);
    if (seen && seen.country === b.person.country) return;
    for (const f of seen?.forms ?? []) {
      const list = this.lists.get(f);
      if (!list || !list.includes(b)) continue;
      list.splice(list.indexOf(b), 1);
      if (list.length === 0) this.lists.delete(f);
    }
    const forms: string[] = []; // (a loop, not .map(): see the note at the end of resolvePeople)
    for (const f of formsOf(b, this.lex)) forms.push(fold(f));
    const at = this.order.get(b)!;
    for (const f of forms) {
      const list = this.lists.get(f) ?? [];
      if (list.includes(b)) continue;
      let i = list.length;
      while (i > 0 && this.order.get(list[i - 1])! > at) i--;
      list.splice(i, 0, b);
      this.lists.set(f, list);
    }
    this.formed.set(b, { country: b.person.country, forms });
  }
}

type Run = { start: number; end: number; text: string };

/** A run of words read as a candidate name, built as a whole literal: a `{ ...run, surface, … }` spread gets a
 *  hidden class of its own per object in optimised code (see segment/index.ts). */
function runCandidate(r: Run, rule: string): Candidate {
  return { start: r.start, end: r.end, surface: r.text, leader: null, single: false, evidence: [], rule, scene: null };
}

export function resolvePeople(doc: Doc, lexicon: Lexicon, candidates: Candidate[], loose: (Run & { said: boolean })[], unproven: Run[] = []): void {
  const lex = lexicon.people;
  const builds = new Map<string, Build>();
  const byName = new Map<string, Build>();
  // People named, or given a country, since the alias index was last brought up to date.
  const changed = new Set<Build>();
  // An article names the same people many times: the forms of each name, read with regular expressions and
  // splits, are read once.
  const keyOf = memo(key);
  const writtenOf = memo(writtenName);
  const canonicalOf = memo((written) => canonicalWritten(written, lex));
  /** A surface's name as written, its words, and the forms of it that are aliases (without repeats). */
  const surfaceForms = memo((surface) => {
    const written = writtenOf(surface);
    const words = written.split(/\s+/);
    // "Syed Yousuf Raza Gilani" is also "Yousuf Raza Gilani" (a word of lineage, name-forms.tsv).
    const bare = words.length >= 3 && lex.lineageFirst.has(words[0]) ? [words.slice(1).join(' ')] : [];
    return { written, words, forms: [...new Set([written, canonicalOf(written), ...bare])] };
  });
  const leaderOf = memo((name) => leaderNamed(name, lex));

  const create = (surface: string, leader: Leader | null): Build => {
    let name = leader?.name ?? canonicalOf(writtenOf(surface));
    const familyFirst = !leader && familyInCapitals(surface);
    // "Vladimir Vladimirovich Putin", "ISHIBA Shigeru": a known leader under another form of the name.
    leader ??= leaderOf(name) ?? (familyFirst ? leaderOf(givenFirst(name)) : null);
    if (leader) name = leader.name;
    const id = leader?.id ?? personId(name);
    let b = builds.get(id) ?? byName.get(keyOf(name));
    if (b) return b;
    b = {
      person: { id, name, country: leader ? leader.country ?? stateOfOffice(leader, doc.document.published) : null, offices: [], aliases: [], mentions: [], knownOffices: [], sector: null },
      leader,
      familyFirst: familyFirst && !leader,
      titled: false,
      international: false,
      described: false,
      counterpart: false,
      scene: null,
      posted: new Set(),
      sectors: [],
      mentions: [],
      starts: [],
      links: [],
    };
    builds.set(id, b);
    byName.set(keyOf(name), b);
    changed.add(b);
    return b;
  };

  const attach = (b: Build, c: { start: number; end: number; surface: string; evidence: NameEvidence[]; rule: string; scene?: string | null }) => {
    const offices = c.evidence.flatMap((e) => e.offices);
    b.scene ??= c.scene ?? null;
    // (`offices` is always there, undefined when none: mentions of one hidden class, see segment/index.ts.)
    const mention: PersonMention = { start: c.start, end: c.end, rule: c.rule, personId: b.person.id, text: c.surface, offices: offices.length ? offices : undefined };
    b.mentions.push(mention);
    b.starts.splice(lowerBound(b.starts, c.start), 0, c.start);
    for (const e of c.evidence) {
      if (e.official) b.titled = true;
      if (e.international) b.international = true;
      if (e.described) b.described = true;
      if (e.relation) b.counterpart = true;
      for (const o of e.offices) if (!b.person.offices.some((x) => x.toLowerCase() === o.toLowerCase())) b.person.offices.push(o);
      if (e.sector) b.sectors.push(e.sector);
      if (e.link) b.links.push(e.link);
      if (e.posted) b.posted.add(e.posted);
      if (!b.person.country && e.country && !servesBody(b.leader, doc.document.published)) {
        b.person.country = e.country;
        changed.add(b);
      }
    }
    const { written, words, forms } = surfaceForms(c.surface);
    const nameKey = keyOf(b.person.name);
    // "Sheikh Mujibur Rahman", "Sheikha Moza bint Nasser": a title that is also a word of names, written right
    // before the name, is read as a title but kept in an alias, since some names carry it (name-forms.tsv).
    // (Two loops rather than one over a Set or an array: a loop given both was deoptimised by the other one. A
    // form written twice is kept once by the includes() test.)
    for (const form of forms) if (keyOf(form) !== nameKey && !b.person.aliases.includes(form)) b.person.aliases.push(form);
    for (const o of offices) {
      if (!lex.titlesInNames.has(o) || words.length < 2) continue;
      const form = `${o} ${written}`;
      if (keyOf(form) !== nameKey && !b.person.aliases.includes(form)) b.person.aliases.push(form);
    }
  };

  // Full names first, so one-word mentions have someone to resolve to.
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  for (const c of sorted) if (!c.single) attach(create(c.surface, c.leader), c);

  mergeShorterNames(builds, byName, changed);
  const index = new AliasIndex(lex);
  const refresh = () => {
    for (const b of changed) index.update(b);
    changed.clear();
  };
  refresh();

  /** Among people sharing a short form, the one mentioned last before `pos`, else first after it. */
  const nearest = (list: Build[], pos: number): Build => {
    if (list.length === 1) return list[0];
    let best: Build | undefined;
    let bestAt = -1;
    for (const b of list) {
      const i = lowerBound(b.starts, pos) - 1;
      if (i >= 0 && b.starts[i] > bestAt) (best = b), (bestAt = b.starts[i]);
    }
    return best ?? list[0];
  };

  // The unproven runs by their last word, read once (an article of many capitalised words has many).
  const unprovenByLast = new Map<string, Run[]>();
  for (const r of unproven) {
    const last = nameWords(r.text).at(-1) ?? '';
    const list = unprovenByLast.get(last);
    if (list) list.push(r);
    else unprovenByLast.set(last, [r]);
  }
  for (const c of sorted) {
    if (!c.single) continue;
    const list = index.get(c.surface);
    if (list) {
      attach(nearest(list, c.start), c);
      continue;
    }
    // "President Samia" after "Samia Suluhu Hassan", "Hayashi said" of Hayashi Yoshimasa: the one person whose
    // name begins with the word.
    const first = index.onlyFirstWord(c.surface);
    if (first) {
      attach(first, { ...c, rule: 'people.first-word' });
      continue;
    }
    // "Peter Njoroge, one of the lawyers, said … Mr Njoroge said": the name written in full before, which nothing
    // else showed to be a person's.
    const full = fullNameBefore(unprovenByLast, c.surface, c.start);
    const b = create(full ? full.text : c.surface, null);
    if (full) attach(b, runCandidate(full, 'people.full-name-before'));
    attach(b, c);
    refresh();
  }
  for (const l of loose) {
    const list = index.get(l.text);
    const first = list ? undefined : index.onlyFirstWord(l.text);
    if (list) attach(nearest(list, l.start), runCandidate(l, 'people.short-name'));
    else if (first) attach(first, runCandidate(l, 'people.first-word'));
    else if (l.said) {
      // "The envoys of Türkiye and Armenia, Serdar Kılıç and Ruben Rubinyan, met … Kılıç said": a word that speaks,
      // the last word of a name written in full before that nothing else showed to be a person's.
      const full = fullNameBefore(unprovenByLast, l.text, l.start);
      if (!full) continue;
      const b = create(full.text, null);
      attach(b, runCandidate(full, 'people.full-name-before'));
      attach(b, runCandidate(l, 'people.short-name'));
      refresh();
    }
  }

  // "Tarek Rahman signed …" after "Petroleum Minister Tarek Rahman arrived …": a full name told again with nothing
  // around it that shows a person is that person (not one already read as the full name of a short one).
  const attached = new Set<number>();
  for (const b of builds.values()) for (const m of b.mentions) attached.add(m.start);
  for (const r of unproven) {
    const b = attached.has(r.start) ? undefined : byName.get(keyOf(r.text));
    if (b) attach(b, runCandidate(r, 'people.name-again'));
  }

  followLinks([...builds.values()]);
  inferCountries(doc, lexicon, [...builds.values()]);
  const published = doc.document.published;
  for (const b of builds.values()) {
    const p = b.person;
    if (b.familyFirst && p.country && lex.givenFirstCountries.has(p.country)) {
      p.aliases = [p.name, ...p.aliases.filter((a) => key(a) !== key(givenFirst(p.name)))];
      p.name = givenFirst(p.name);
    }
    if (b.leader) {
      p.knownOffices = [];
      for (const o of b.leader.offices) if (published ? officeHeldOn(o, published) : o.to === null) p.knownOffices.push(o.title);
      for (const title of p.knownOffices) {
        const t = lex.titles.matchAt(tokenize(title), 0);
        if (t?.values[0].sector) b.sectors.push(t.values[0].sector);
      }
    }
    p.sector = SECTOR_ORDER.find((s) => b.sectors.includes(s)) ?? b.sectors[0] ?? null;
    b.mentions.sort((x, y) => x.start - y.start);
    p.mentions = [];
    for (const { start, end, rule } of b.mentions) p.mentions.push({ start, end, rule });
  }
  const people = [...builds.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  // (Loops, not .map(), for arrays later stages read: a .map in optimised code makes a holey array, in the
  // interpreter a packed one, and each stage's optimised code is thrown away when the other kind reaches it.)
  doc.people = [];
  for (const b of people) doc.people.push(b.person);
  doc.personMentions = people.flatMap((b) => b.mentions).sort((a, b) => a.start - b.start);
}

/** `f` with its results kept by argument, for one article. */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) cache.set(s, (v = f(s)));
    return v as T;
  };
}

/** The one name-shaped run before `pos` that ends with the family name `word` ("Peter Njoroge" for "Mr Njoroge"), or null. */
function fullNameBefore(byLast: Map<string, Run[]>, word: string, pos: number): Run | null {
  const runs = byLast.get(word) ?? [];
  let found: Run | null = null;
  for (const r of runs) {
    if (r.start >= pos) break;
    if (found && found.text !== r.text) return null;
    found ??= r;
  }
  return found;
}

/** The known leader whose full name or a full alias is exactly `name`. */
function leaderNamed(name: string, lex: PeopleLexicon): Leader | null {
  const tokens = tokenize(name);
  const m = lex.leaderTrie.matchAt(tokens, 0);
  return m && m.to === tokens.length ? m.values.find((v) => v.full)?.leader ?? null : null;
}

/** Index of the first element of sorted `a` that is >= x. */
function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether name `a` (two words or more) is a shorter form of name `b`: it begins it ("Faisal bin Farhan" of
 *  "Faisal bin Farhan Al Saud"), ends it (a family name of two words, as Spanish and Portuguese names have:
 *  "García Harfuch" of "Omar García Harfuch"), or leaves out middle names ("William Ruto" of "William Samoei Ruto"). */
function shorterForm(a: string[], b: string[]): boolean {
  if (a.length < 2 || a.length >= b.length) return false;
  if (a.every((x, i) => b[i] === x)) return true;
  // (Not after "bin": "Hamdan bin Mohammed bin Rashid Al Maktoum" is the son of "Mohammed bin Rashid Al Maktoum".)
  if (a.every((x, i) => b[b.length - a.length + i] === x)) return !PATRONYMICS.has(b[b.length - a.length - 1]);
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let j = 0;
  for (const w of b) if (w === a[j]) j++;
  return j === a.length;
}

/** Two forms of one name in an article are one person (if they name no two countries): an unlisted one joins
 *  the known leader, else the shorter joins the longer, whose name it keeps as an alias. */
function mergeShorterNames(builds: Map<string, Build>, byName: Map<string, Build>, changed: Set<Build>): void {
  for (const from of [...builds.values()]) {
    if (from.leader || !builds.has(from.person.id)) continue;
    const words = key(from.person.name).split(' ');
    const into = [...builds.values()].find((b) => {
      if (b === from) return false;
      const w = key(b.person.name).split(' ');
      const sameCountry = !b.person.country || !from.person.country || b.person.country === from.person.country;
      // ("Iwaya Takeshi" for the known "Takeshi Iwaya": a two-word name written family name first.)
      const turned = b.leader !== null && words.length === 2 && w.length === 2 && words[0] === w[1] && words[1] === w[0];
      return sameCountry && (shorterForm(words, w) || (b.leader !== null && shorterForm(w, words)) || turned);
    });
    if (!into) continue;
    for (const m of from.mentions) {
      m.personId = into.person.id;
      into.mentions.push(m);
      into.starts.splice(lowerBound(into.starts, m.start), 0, m.start);
    }
    const p = into.person;
    for (const o of from.person.offices) if (!p.offices.some((x) => x.toLowerCase() === o.toLowerCase())) p.offices.push(o);
    for (const a of [from.person.name, ...from.person.aliases]) if (key(a) !== key(p.name) && !p.aliases.includes(a)) p.aliases.push(a);
    p.country ??= from.person.country;
    into.titled ||= from.titled;
    into.international ||= from.international;
    into.described ||= from.described;
    into.counterpart ||= from.counterpart;
    into.scene ??= from.scene;
    for (const c of from.posted) into.posted.add(c);
    into.sectors.push(...from.sectors);
    into.links.push(...from.links);
    builds.delete(from.person.id);
    byName.set(key(from.person.name), into);
    changed.delete(from);
    changed.add(into);
  }
}

/** People without a country take that of the person a link points to: the owner mentioned at the link
 *  ("Lee's adviser"), or the person mentioned last before it in the sentence ("… and his wife"). */
function followLinks(builds: Build[]): void {
  const linked = builds.filter((b) => b.links.length > 0);
  if (linked.length === 0) return;
  const mentions = builds.flatMap((b) => b.mentions.map((m) => ({ m, b }))).sort((x, y) => x.m.start - y.m.start);
  const target = (l: CountryLink, self: Build): Build | undefined => {
    if (l.kind === 'owner') return mentions.find(({ m }) => m.start <= l.at && l.at < m.end)?.b;
    let found: Build | undefined;
    for (const { m, b } of mentions) if (m.end <= l.at && m.start >= l.from && b !== self) found = b;
    return found;
  };
  // Twice, so a link to someone who gets a country through a link of their own is followed too.
  for (let pass = 0; pass < 2; pass++) {
    for (const b of linked) {
      if (b.person.country || b.international) continue;
      for (const l of b.links) {
        const other = target(l, b);
        if (other?.person.country && other !== b) {
          b.person.country = other.person.country;
          break;
        }
      }
    }
  }
}

/** "Prime Minister Mark Rutte" in 2022: a known leader the people data gives no country (he serves an international body
 *  now) has the country of a state's office he held on the story's day, else none. */
function stateOfOffice(leader: Leader, published: string | null): string | null {
  if (!published || servesBody(leader, published)) return null;
  return leader.offices.find((o) => o.country && officeHeldOn(o, published))?.country ?? null;
}

/** Whether a known leader is an official of an international body on the story's day (the people data gives such a
 *  one no country, and no country to that office): "Mark Rutte, the former Dutch prime minister," speaks for NATO,
 *  not the Netherlands. */
function servesBody(leader: Leader | null, published: string | null): boolean {
  return leader !== null && leader.country === null && leader.offices.some((o) => !o.country && (published ? officeHeldOn(o, published) : o.to === null));
}

/** When nothing in the text said where a person is from: a name in a style used by few countries
 *  ("Song Qingrun": Chinese or Korean) takes the one of them the article talks about most; then the country
 *  of the place a sentence naming the person opens on ("In Buenos Aires, spokesman X said"); then a person
 *  named with an office takes the home country of the outlet when the story is about it (a paper names its
 *  own officials without their country: "Planning Minister Ahsan Iqbal" in Dawn), else the country of the
 *  dateline ("MANILA — … said Ana Cruz, a spokesperson"); someone named with a role (an analyst, a
 *  lawmaker) takes the dateline's country first, as does anyone else when that country is one of the two
 *  the article names most (the people a reporter quotes on the spot are mostly from there). With neither
 *  an outlet nor a dateline, anyone takes the first state the article names. Someone named as a counterpart
 *  takes the other of the two countries the article names most.
 *  Officials of international bodies keep no country. */
function inferCountries(doc: Doc, lexicon: Lexicon, builds: Build[]): void {
  const counts = new Map<string, number>();
  for (const m of doc.countryMentions) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  // The two countries the article names most. (Loops, not .map() and .filter(), here and for `options`: see the
  // note at the end of resolvePeople.)
  const top: string[] = [];
  for (const [c] of [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 2)) top.push(c);
  const outlet = doc.sourceHome && top.includes(doc.sourceHome) ? doc.sourceHome : null;
  const dateline = doc.datelineCountry;
  const home = outlet ?? dateline;
  // Analysts, lawmakers and people in the street are found where the reporter is, not at the outlet's home.
  const local = dateline ?? outlet;
  const inTop = [dateline, outlet].find((c) => c && top.includes(c)) ?? null;
  const lead = leadCountry(doc, builds);
  for (const b of builds) {
    // A gazetteer entry's country (null for international officials) is not second-guessed.
    if (b.person.country || b.leader || b.international) continue;
    const options: string[] = [];
    // ("Kang Young-shin": a given name in two parts joined by a hyphen is no mainland Chinese one, which pinyin writes as
    // one word, "Jinping"; Korea, Taiwan and Hong Kong write it so.)
    const hyphenated = nameWords(b.person.name)[1]?.includes('-') ?? false;
    for (const s of stylesOf(b.person.name, null, lexicon.people)) for (const c of s.countries) if (counts.has(c) && !(hyphenated && c === 'CHN')) options.push(c);
    options.sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0));
    const led = ledGroupCountry(doc, b.starts[0]);
    const envoy = b.titled ? envoyHost(doc, b, builds, top) : null;
    const embassy = b.titled ? embassyOfAmbassador(doc, b) : null;
    if (options.length) b.person.country = options[0];
    // "met his counterpart X": someone of the other of the two countries the article names most.
    else if (b.counterpart) b.person.country = top.find((c) => c !== (home ?? lead)) ?? null;
    else if (led) b.person.country = led;
    else if (embassy) b.person.country = embassy;
    else if (envoy) b.person.country = envoy;
    else if (b.scene) b.person.country = b.scene;
    else if (b.titled && home) b.person.country = home;
    else if (b.described && local) b.person.country = local;
    // (The dateline's country, else the outlet's, when one of the two: a story filed from New York about France and Iran.)
    else if (inTop) b.person.country = inTop;
    // No outlet or dateline to go by: the subject of the lead is the likeliest country.
    else if (!home && lead) b.person.country = lead;
    // "a former ambassador to the United States": not of the country they were posted to, so of the other
    // country the article names most.
    if (b.person.country && b.posted.has(b.person.country)) b.person.country = top.find((c) => !b.posted.has(c)) ?? null;
    // "Defence Minister X and his Swedish counterpart Y": not of the counterpart's country.
    const other = counterpartAfter(doc, b, builds);
    if (b.person.country && other === b.person.country) b.person.country = top.find((c) => c !== other) ?? null;
  }
}

const AND_COUNTERPART = /^\s+and\s+(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}counterparts?\b/u;

/** The country of the person named right after "X and his (Swedish) counterpart" when `b` is X, else null. */
function counterpartAfter(doc: Doc, b: Build, builds: Build[]): string | null {
  for (const m of b.mentions) {
    const gap = AND_COUNTERPART.exec(doc.text.slice(m.end, m.end + 60));
    if (!gap) continue;
    const at = m.end + gap[0].length;
    const next = builds.find((o) => o !== b && o.mentions.some((n) => n.start >= at && n.start - at <= 3));
    return next?.person.country ?? null;
  }
  return null;
}

/**
 * "signed by Secretary to the Ministry of Finance X and Japanese Ambassador to Sri Lanka Y": an official named with no
 * country in a sentence with an envoy posted to one of the two countries the article names most is of that country,
 * the envoy's host. Null when there is no such envoy.
 */
function envoyHost(doc: Doc, b: Build, builds: Build[], top: string[]): string | null {
  const sentences = new Set(b.starts.map((at) => sentenceAt(doc, at)?.index));
  for (const o of builds) {
    if (o === b || o.posted.size !== 1 || !o.person.country) continue;
    const [host] = o.posted;
    if (host === o.person.country || !top.includes(host)) continue;
    if (o.starts.some((at) => sentences.has(sentenceAt(doc, at)?.index))) return host;
  }
  return null;
}

/** "Ambassador" right before a name ("met Ambassador Kofi Asante"). */
const AMBASSADOR_BEFORE = /\bAmbassador\s+$/;
/** An embassy named by its country: "the Ghanaian Embassy", "the embassy of Ghana". */
const EMBASSY_AFTER = /^\s+(?:Embassy|embassy)\b/;
const EMBASSY_BEFORE = /\b(?:Embassy|embassy)\s+of\s+(?:the\s+)?$/;

/**
 * "visited the Ghanaian Embassy in Nairobi, where he met Ambassador Kofi Asante": an ambassador named with no country
 * in a sentence that names one country's embassy heads that embassy. Null otherwise.
 */
function embassyOfAmbassador(doc: Doc, b: Build): string | null {
  for (const at of b.starts) {
    if (!AMBASSADOR_BEFORE.test(doc.text.slice(Math.max(0, at - 12), at))) continue;
    const sentence = sentenceAt(doc, at);
    if (!sentence) continue;
    const codes = new Set<string>();
    for (const m of doc.countryMentions) {
      if (m.start < sentence.start || m.end > sentence.end || NOT_A_STATE.has(m.code)) continue;
      if (EMBASSY_AFTER.test(doc.text.slice(m.end, m.end + 10)) || EMBASSY_BEFORE.test(doc.text.slice(Math.max(0, m.start - 20), m.start))) codes.add(m.code);
    }
    if (codes.size === 1) return [...codes][0];
  }
  return null;
}

// "… a delegation of the Brazilian National Congress led by Senator": a person named right after "led by" or
// "headed by" (and a title) heads the group named before it, whose country the words before say.
// ("led by its Secretary-General X": the group's own title after a possessive.)
const LED_BY = /\b(?:led|headed)\s+by\s+(?:(?:[A-Z][\w.'’-]*|of|the|and|its|their)\s+){0,6}$/;
const LED_GROUP_REACH = 160;

/** The country of the group a person leads, when its name comes right before "led by" (see LED_BY), or null. */
function ledGroupCountry(doc: Doc, start: number | undefined): string | null {
  if (start === undefined) return null;
  const from = Math.max(0, start - LED_GROUP_REACH);
  const before = doc.text.slice(from, start);
  const led = LED_BY.exec(before);
  if (!led) return null;
  // (The clause before "led by", or the sentence when a comma sets "led by" off: "A delegation of Tanzania's ruling
  // party, Chama Cha Mapinduzi (CCM), led by …".)
  const comma = before.lastIndexOf(',', led.index);
  const setOff = comma >= 0 && before.slice(comma + 1, led.index).trim() === '';
  const groupFrom = from + Math.max(0, before.lastIndexOf('.', led.index) + 1, setOff ? 0 : comma + 1);
  const inGroup = doc.countryMentions.filter((m) => m.start >= groupFrom && m.end <= from + led.index && !NOT_A_STATE.has(m.code));
  return inGroup.at(-1)?.code ?? null;
}

/** The first state the article names, by its name or one of its people: the subject of the lead, whose
 *  officials the article names without a country more often than the other side's ("Pakistan rejected …"
 *  … "Foreign Office spokesperson X said"; "Keir Starmer and Emmanuel Macron …" … "the Conservative
 *  leader, X,"). Bodies are left out: the first is often the outlet in a credit line ("(Xinhua) --"). */
function leadCountry(doc: Doc, builds: Build[]): string | null {
  const isState = (c: string | null | undefined): c is string => !!c && /^[A-Z]{3}$/.test(c) && !NOT_A_STATE.has(c);
  let best: { start: number; code: string } | null = null;
  const consider = (start: number, code: string | null | undefined) => {
    if (isState(code) && (!best || start < best.start)) best = { start, code };
  };
  const first = doc.countryMentions.find((m) => isState(m.code));
  if (first) consider(first.start, first.code);
  for (const b of builds) if (b.person.country && b.mentions.length) consider(Math.min(...b.starts), b.person.country);
  return (best as { start: number; code: string } | null)?.code ?? null;
}


