// Finds who speaks: the person next to a speech verb, a pronoun or a description ("the Vietnamese leader")
// resolved back to a named person. Shared by the quotes and proposals stages.
import { sentenceAt, type Doc, type PersonMention, type Sentence, type TextRange } from '../../core/doc.ts';
import type { CountryMention } from '../../core/types.ts';
import type { SpeechLexicon } from '../../lexicon/speech.ts';

export interface Speaker {
  personId: string;
  /** How the speaker was found, appended to the rule id of the item ("adjacent", "pronoun", …). */
  how: string;
}

// Words that may stand between a speaker and its verb: "Xi also said", "Lam then underscored".
const BETWEEN_SPEAKER_AND_VERB = /(?:\s+(?:also|then|further|later|again|once\s+again|has|have|had|would|will|had\s+earlier|earlier|repeatedly|firmly))*\s*$/i;
const POSSESSIVE_AFTER = /^['’]s?\b/;
const CLAUSE_BREAK = /[,;:(]/;
const WORDS = /[A-Za-z][\w'’.-]*/g;
const UNNAMED_ROLE_AFTER = String.raw`(?=\s*,|\s+(?:said|says|told|who|speaking|familiar|close|in|from|at|with)\b)`;
const ACCORDING_TO = /\b[Aa]ccording to\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*$/;
const CAPITALISED = /\b[A-Z][a-z][\w-]*/g;
const TITLE_WORD = /^[A-Z][\w.'’-]*\s+/;
const MAX_TITLE_WORDS = 6;
// An apposition: ", a professor at Peking University," with no quotation marks inside.
const APPOSITION = /^\s*,[^"“”]*,\s*$/;
const WHO_AT_END = /,\s*who\s*$/;
const NOT_A_PERSON_BEFORE = /\b(?:it|they)\s*$/i;
const NOUN_USE_BEFORE = /\b(?:in|his|her|their|its|the|a|an|of|these|those|such|whose|our|my)\s+$/i;
const GAP_TO_VERB = new RegExp(`^${BETWEEN_SPEAKER_AND_VERB.source}`, 'i');
const MAX_APPOSITION_WORDS = 14;
const PARTICIPLE = /ing$/;
// "… quoted the minister as": a cheap test on the last characters before the relay pattern is tried.
const AS_AT_END = /\bas\s*$/;
const COMMA_BEFORE = /,\s*$/;
// How many characters before a speech verb its speaker is read from: a title, a name or pronoun and a few
// fillers take far fewer, and reading the whole sentence again for every quote of a long paragraph is quadratic.
const SPEAKER_REACH = 250;

export class SpeakerResolver {
  private readonly mentions: PersonMention[];
  private readonly byEnd = new Map<number, PersonMention>();
  private readonly byStart = new Map<number, PersonMention>();
  private readonly subjects = new Map<PersonMention, boolean>();
  /** The quotation spans, sorted and merged where they overlap, for a binary search. */
  private readonly quotedRanges: TextRange[];
  /** Offsets of the pronouns outside quotations in a range of text, found once per range. */
  private readonly pronounsIn = new Map<string, { at: number; end: number }[]>();
  private readonly unnamedRoles = new Map<string, RegExp>();
  /** Read once, when a description is first resolved: the offices each person's mentions give them, the
   *  country mentions in order, and the people a description can stand for, by what it says. */
  private officesByMention: Map<string, string[]> | null = null;
  private countriesInOrder: CountryMention[] | null = null;
  private readonly describedBy = new Map<string, Set<string>>();

  constructor(
    private readonly doc: Doc,
    private readonly lex: SpeechLexicon,
    /** Quotation spans: names inside them are never speakers of anything outside. */
    private readonly quoted: TextRange[] = [],
  ) {
    this.mentions = [...doc.personMentions].sort((a, b) => a.start - b.start);
    for (const m of this.mentions) {
      this.byEnd.set(m.end, m);
      this.byStart.set(m.start, m);
    }
    this.quotedRanges = [];
    for (const q of [...quoted].sort((a, b) => a.start - b.start)) {
      const last = this.quotedRanges.at(-1);
      if (last && q.start <= last.end) last.end = Math.max(last.end, q.end);
      else if (q.end > q.start) this.quotedRanges.push({ start: q.start, end: q.end });
    }
  }

  private insideQuote(pos: number): boolean {
    // The last range starting at or before pos holds it, if any does.
    let lo = 0;
    let hi = this.quotedRanges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotedRanges[mid].start <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && pos < this.quotedRanges[lo - 1].end;
  }

  /** A mention that can be the subject of its clause: not quoted, not possessive, not after "with", "to", …. */
  isSubject(m: PersonMention): boolean {
    let known = this.subjects.get(m);
    if (known === undefined) {
      known = this.computeIsSubject(m);
      this.subjects.set(m, known);
    }
    return known;
  }

  private computeIsSubject(m: PersonMention): boolean {
    if (this.insideQuote(m.start)) return false;
    if (POSSESSIVE_AFTER.test(this.doc.text.slice(m.end, m.end + 3))) return false;
    const sentence = sentenceAt(this.doc, m.start);
    const before = this.doc.text.slice(sentence ? sentence.start : Math.max(0, m.start - 80), m.start);
    const clause = before.split(CLAUSE_BREAK).pop() ?? '';
    // "According to X, …" names the source of what the sentence tells: a later "he said" is X.
    if (ACCORDING_TO.test(clause)) return true;
    const words = clause.match(WORDS) ?? [];
    // Step left over the title ("his Vietnamese counterpart") to the word that governs the name.
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i];
      if (/^[A-Z]/.test(w) || this.lex.titleFillers.has(w.toLowerCase())) continue;
      return !this.lex.objectCues.has(w.toLowerCase());
    }
    return true;
  }

  /** The nearest subject mention before `pos`: in pos's own sentence the closest one, in earlier
   *  sentences the first (main-clause) subject of the nearest sentence that has one. */
  subjectBefore(pos: number): PersonMention | undefined {
    const own = sentenceAt(this.doc, pos);
    let best: PersonMention | undefined;
    let bestSentence: Sentence | undefined;
    for (let i = this.upperIndex(pos) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.end > pos || !this.isSubject(m)) continue;
      const s = sentenceAt(this.doc, m.start);
      if (own && s && s.index === own.index) return m;
      if (best && s !== bestSentence) break;
      best = m;
      bestSentence = s;
    }
    return best;
  }

  private upperIndex(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** "he" / "she" at `pos`: the nearest preceding subject mention, unless a description opens pos's own
   *  sentence with no name between ('The Kenyan leader said …, a project he called "…"'). */
  resolvePronoun(pos: number): string | null {
    const subject = this.subjectBefore(pos);
    const own = sentenceAt(this.doc, pos);
    if (own && own.start < pos && (!subject || subject.start < own.start)) {
      const opening = this.speakerStartingAt(own.start, pos);
      if (opening?.how === 'description') return opening.personId;
    }
    return subject?.personId ?? null;
  }

  /** A description such as "the Vietnamese leader" over [start, end) whose role noun is `role`. */
  resolveDescription(start: number, end: number, role: string): string | null {
    const roleInfo = this.lex.roles.get(role.toLowerCase().replace(/\s+/g, ' '));
    if (!roleInfo) return null;
    const phrase = this.doc.text.slice(start, end);
    const countries = new Set(this.countriesWithin(start, end).map((c) => c.code));
    // Capitalised words of the description ("Vietnamese") also work against the person's stated offices.
    const adjectives = (phrase.match(CAPITALISED) ?? []).filter((w) => w !== 'The');
    // Who fits depends only on the countries, the capitalised words and the role: the same description
    // repeated through an article is matched against its people once.
    const fit = `${[...countries].join(' ')}|${adjectives.join(' ')}|${role.toLowerCase().replace(/\s+/g, ' ')}`;
    let candidates = this.describedBy.get(fit);
    if (!candidates) {
      candidates = new Set<string>();
      for (const p of this.doc.people) {
        const offices = [...p.offices, ...(p.knownOffices ?? []), ...this.mentionOffices(p.id)];
        if (countries.size > 0 && !(p.country && countries.has(p.country))) continue;
        if (countries.size === 0 && adjectives.length > 0 && !adjectives.every((a) => offices.some((o) => o.includes(a)))) continue;
        if (roleInfo.match === 'office' && !offices.some((o) => roleInfo.inOffice.test(o))) continue;
        candidates.add(p.id);
      }
      this.describedBy.set(fit, candidates);
    }
    if (candidates.size === 0) return null;
    // "A senior official, speaking on condition of anonymity, … the official said": the role refers to
    // the unnamed person introduced since the last named candidate, not to that candidate.
    const unnamedSince = (from: number) => this.unnamedRole(role).test(this.doc.text.slice(from, start));
    for (let i = this.upperIndex(start) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (candidates.has(m.personId) && this.isSubject(m)) return unnamedSince(m.end) ? null : m.personId;
    }
    for (let i = this.upperIndex(start) - 1; i >= 0; i--) {
      if (candidates.has(this.mentions[i].personId)) return unnamedSince(this.mentions[i].end) ? null : this.mentions[i].personId;
    }
    return candidates.size === 1 && !unnamedSince(0) ? [...candidates][0] : null;
  }

  /** "a senior U.S. official", "an official": the role introduced without a name (a, an, one, another). */
  private unnamedRole(role: string): RegExp {
    const key = role.toLowerCase().replace(/\s+/g, ' ');
    let re = this.unnamedRoles.get(key);
    if (!re) {
      const words = key.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
      // The role as a noun: followed by a comma or a verb or preposition, not a noun ("an official visit").
      re = new RegExp(`\\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\w.'’-]+\\s+){0,3}${words}${UNNAMED_ROLE_AFTER}`);
      this.unnamedRoles.set(key, re);
    }
    return re;
  }

  private mentionOffices(personId: string): string[] {
    if (!this.officesByMention) {
      this.officesByMention = new Map();
      for (const m of this.mentions) {
        const list = this.officesByMention.get(m.personId) ?? [];
        list.push(...(m.offices ?? []));
        this.officesByMention.set(m.personId, list);
      }
    }
    return this.officesByMention.get(personId) ?? [];
  }

  /** The country mentions inside [start, end), in the article's order. */
  private countriesWithin(start: number, end: number): CountryMention[] {
    this.countriesInOrder ??= [...this.doc.countryMentions].sort((a, b) => a.start - b.start);
    const list = this.countriesInOrder;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: CountryMention[] = [];
    for (let i = lo; i < list.length && list[i].start <= end; i++) if (list[i].end <= end) out.push(list[i]);
    return out;
  }

  /** The speaker written right before `pos` (a name, pronoun or description), skipping "also", "then". */
  speakerEndingAt(from: number, pos: number): Speaker | null {
    const reach = Math.max(from, pos - SPEAKER_REACH);
    const left = this.doc.text.slice(reach, pos).replace(BETWEEN_SPEAKER_AND_VERB, '');
    const end = reach + left.length;
    // 'Z quoted the prime minister as saying': the words are the prime minister's.
    const relay = AS_AT_END.test(left.slice(-6)) ? this.lex.relayBefore.exec(left) : null;
    if (relay?.indices?.[1]) return this.speakerStartingAt(reach + relay.indices[1][0], reach + relay.indices[1][1]);
    const m = this.byEnd.get(end);
    if (m && !this.insideQuote(m.start)) return { personId: m.personId, how: 'name' };
    // 'NAME, who told the council that …': the relative pronoun stands for the name before its comma.
    const who = WHO_AT_END.exec(left);
    const named = who ? this.byEnd.get(reach + who.index) : undefined;
    if (named && !this.insideQuote(named.start)) return { personId: named.personId, how: 'name' };
    const pronoun = this.lex.pronounBefore.exec(left);
    if (pronoun) {
      const id = this.resolvePronoun(reach + pronoun.index);
      return id ? { personId: id, how: 'pronoun' } : null;
    }
    const d = this.lex.descriptionBefore.exec(left);
    if (d) {
      const id = this.resolveDescription(reach + d.index, end, d[1]);
      return id ? { personId: id, how: 'description' } : null;
    }
    return this.appositionBefore(from, end);
  }

  /** 'NAME, a professor at the academy, said': the name before an apposition that ends at `end`. */
  private appositionBefore(from: number, end: number): Speaker | null {
    if (!this.doc.text.slice(from, end).trimEnd().endsWith(',')) return null;
    for (let i = this.upperIndex(end) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.start < from) break;
      if (this.insideQuote(m.start)) continue;
      const between = this.doc.text.slice(m.end, end);
      if (!APPOSITION.test(between) || (between.match(WORDS) ?? []).length > MAX_APPOSITION_WORDS) return null;
      return between.search(this.lex.verbRe) >= 0 ? null : { personId: m.personId, how: 'apposition' };
    }
    return null;
  }

  /** The speaker written right after `pos` ("said Xi", "said the president"). */
  speakerStartingAt(pos: number, to: number): Speaker | null {
    const right = this.doc.text.slice(pos, to);
    const start = pos + (right.length - right.trimStart().length);
    // Step over a title the name does not include: "said Chinese Foreign Minister | Wang Yi".
    let at = start;
    for (let i = 0; i <= MAX_TITLE_WORDS && at < to; i++) {
      const m = this.byStart.get(at);
      if (m) return { personId: m.personId, how: 'name' };
      const title = TITLE_WORD.exec(this.doc.text.slice(at, Math.min(to, at + 40)));
      if (!title) break;
      at += title[0].length;
    }
    const pronoun = this.lex.pronounAfter.exec(right);
    if (pronoun) {
      const id = this.resolvePronoun(start);
      return id ? { personId: id, how: 'pronoun' } : null;
    }
    const d = this.lex.descriptionAfter.exec(right);
    if (d) {
      const id = this.resolveDescription(start, pos + d[0].length, d[1]);
      return id ? { personId: id, how: 'description' } : null;
    }
    return null;
  }

  /**
   * The speaker of the speech verb at [verbStart, verbEnd) in `sentence`: next to the verb on either
   * side, else (with `loose`) the subject of the sentence: "Xi highlighted …, saying: …".
   */
  speakerOfVerb(sentence: TextRange, verbStart: number, verbEnd: number, loose: boolean): Speaker | null {
    const verb = this.doc.text.slice(verbStart, verbEnd).toLowerCase().replace(/\s+/g, ' ');
    // 'X called Lula a "…"': the name after such a verb is its object.
    const after = this.lex.objectVerbs.has(verb) ? null : this.speakerStartingAt(verbEnd, sentence.end);
    const adjacent = this.speakerEndingAt(sentence.start, verbStart) ?? after;
    if (adjacent || !loose) return adjacent;
    // 'what it called an "unlawful" incursion': "it" or "they" speaks, no person of the sentence.
    const left = this.doc.text.slice(Math.max(sentence.start, verbStart - 40), verbStart).replace(BETWEEN_SPEAKER_AND_VERB, '');
    if (NOT_A_PERSON_BEFORE.test(left) || this.placeOrBodyEndingAt(verbStart)) return null;
    // '…, saying …': a participle after a comma belongs to the main clause, whose subject comes first.
    if (PARTICIPLE.test(verb) && COMMA_BEFORE.test(this.doc.text.slice(Math.max(sentence.start, verbStart - 3), verbStart))) {
      for (let i = this.upperIndex(sentence.start); i < this.mentions.length && this.mentions[i].end <= verbStart; i++) {
        if (this.isSubject(this.mentions[i])) return { personId: this.mentions[i].personId, how: 'subject' };
      }
    }
    for (let i = this.upperIndex(verbStart) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.start < sentence.start) break;
      if (this.isSubject(m)) return { personId: m.personId, how: 'subject' };
    }
    // The nearest pronoun before the verb outside quotations names the speaker, or none does: a pronoun
    // resolves to the nearest subject before it, and an earlier pronoun has fewer subjects before it.
    const at = this.lastPronoun(sentence, verbStart);
    const id = at === null ? null : this.resolvePronoun(at);
    return id ? { personId: id, how: 'pronoun' } : null;
  }

  /** True when a country, capital or organisation is the verb's own subject: 'which Beijing calls a "…"'. */
  private placeOrBodyEndingAt(verbStart: number): boolean {
    const near = (m: TextRange) => m.end <= verbStart && verbStart - m.end < 40 && GAP_TO_VERB.test(this.doc.text.slice(m.end, verbStart));
    return this.doc.countryMentions.some(near) || this.doc.organizationMentions.some(near);
  }

  /** The offset of the last pronoun in [range.start, pos) outside quotations, or null. */
  private lastPronoun(range: TextRange, pos: number): number | null {
    // A verb past the range's end (a list intro over two sentences) is read as written, without the cache.
    const list = pos > range.end ? this.pronounsOutsideQuotes(range.start, pos) : this.cachedPronouns(range);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1].at : null;
  }

  private cachedPronouns(range: TextRange): { at: number; end: number }[] {
    const key = `${range.start}:${range.end}`;
    let list = this.pronounsIn.get(key);
    if (!list) this.pronounsIn.set(key, (list = this.pronounsOutsideQuotes(range.start, range.end)));
    return list;
  }

  private pronounsOutsideQuotes(from: number, to: number): { at: number; end: number }[] {
    // (An exec loop, not matchAll: matchAll copies the pattern at each call.)
    const text = this.doc.text.slice(from, to);
    const re = this.lex.pronounAny;
    const out: { at: number; end: number }[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = from + m.index;
      if (!this.insideQuote(at)) out.push({ at, end: at + m[0].length });
    }
    return out;
  }

  /** The last speech verb in [from, to), outside quotations. */
  lastVerb(from: number, to: number): { start: number; end: number } | null {
    const chunk = this.doc.text.slice(from, to);
    let found: { start: number; end: number } | null = null;
    const re = this.lex.verbRe;
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
      const start = from + m.index;
      // 'said in remarks broadcast …', 'his comments': after a determiner or preposition the word is a noun.
      if (NOUN_USE_BEFORE.test(this.doc.text.slice(Math.max(0, start - 8), start))) continue;
      if (!this.insideQuote(start)) found = { start, end: start + m[0].length };
    }
    return found;
  }

  nameOf(personId: string): string | null {
    return this.doc.people.find((p) => p.id === personId)?.name ?? null;
  }
}
