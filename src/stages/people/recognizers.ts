// Recognizers that show a name run is a person: a title before it, an apposition after it, a speech
// verb beside it, or a cue word before it. Each returns the evidence it found, or null; the stage owns
// the loop over runs and decides which names need which strength of evidence.
import { isAllCaps, isCapitalized } from '../../lexicon/tokens.ts';
import type { SentenceContext, Span } from './context.ts';
import { stylesOf } from './names.ts';
import { appositionAfter, descriptionAfter, NOT_A_STATE, officeBefore, pluralTitleBefore, type CountryLink } from './offices.ts';

export interface NameEvidence {
  rule: string;
  offices: string[];
  country: string | null;
  sector: string | null;
  /** Strong evidence (a title, an apposition) accepts one-word and unusual names; weak evidence does not. */
  strong: boolean;
  /** Named with an office (not just "Mr." or "counterpart"): an official. */
  official?: boolean;
  /** Named with a role ("analyst", "opposition leader"): someone described, likely of the story's country. */
  described?: boolean;
  /** Named as someone's counterpart: from another country than the person before. */
  relation?: boolean;
  /** First token of the office phrase before the name, for titles that share a country. */
  phraseFrom?: number;
  /** Token after an apposition's office phrase, for a list of people that share a country. */
  phraseTo?: number;
  /** Another person whose country this one shares, when nothing here names one. */
  link?: CountryLink;
  /** Named as an official of an international body: no country is inferred for them. */
  international?: boolean;
  /** The country the person is posted to ("a former ambassador to Japan"): not inferred as their own. */
  posted?: string | null;
  /** Gives a country, but does not by itself show that the name is a person's. */
  countryOnly?: boolean;
}

/**
 * Evidence with every field, those not given undefined (as when left out): evidence of one hidden class, which
 * resolvePeople reads for every name (six shapes of it made those reads megamorphic).
 */
export function nameEvidence(rule: string, offices: string[], country: string | null, sector: string | null, strong: boolean, more?: Partial<NameEvidence>): NameEvidence {
  const e: NameEvidence = {
    rule, offices, country, sector, strong, official: undefined, described: undefined, relation: undefined, phraseFrom: undefined,
    phraseTo: undefined, link: undefined, international: undefined, posted: undefined, countryOnly: undefined,
  };
  return more ? Object.assign(e, more) : e;
}

/** `e` without its offices: a copy of the same hidden class (a spread would make another). */
export function withoutOffices(e: NameEvidence): NameEvidence {
  return Object.assign(nameEvidence(e.rule, [], e.country, e.sector, e.strong), e, { offices: [] });
}

export interface NameRecognizer {
  id: string;
  /** Gives strong evidence (always so: each recognizer gives evidence of one strength); callers that want
   *  only strong evidence (a known leader's name) skip the others. */
  strong?: true;
  find(ctx: SentenceContext, name: Span): NameEvidence | null;
}

const PLURAL_VERBS = new Set(['are', 'were', 'have']);
const AGE = /^\d{1,3}$/;
/** The end of a phrase: punctuation, or the end of the text read. */
const PHRASE_END = /^\s*([,.;]|$)/;

const textOf = (ctx: SentenceContext, from: number, to: number) => ctx.doc.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end);

export const RECOGNIZERS: NameRecognizer[] = [
  {
    // "Vietnamese President Vo Van Thuong", "Foreign Ministry spokesperson Mao Ning", "Mr. Tanaka"
    id: 'people.title-before-name',
    strong: true,
    find(ctx, name) {
      const p = officeBefore(ctx, name.from, name.to);
      return p && nameEvidence(this.id, p.offices, p.country, p.sector, true, { official: p.title.kind === 'office', described: p.title.kind === 'role', relation: p.title.kind === 'relation', phraseFrom: p.from, link: p.link, international: p.international, posted: p.posted });
    },
  },
  {
    // "Foreign Ministers Hakan Fidan and Asaad al-Shaibani": the second name shares the plural title.
    id: 'people.plural-title',
    strong: true,
    find(ctx, name) {
      const p = pluralTitleBefore(ctx, name.from);
      if (!p) return null;
      const entry = p.title.values[0];
      return nameEvidence(this.id, [], p.country, entry.sector, true, { official: entry.kind === 'office', described: entry.kind === 'role' });
    },
  },
  {
    // "Ngo Minh Chau, head of the Economic Commission of the provincial party committee,"
    id: 'people.apposition',
    strong: true,
    find(ctx, name) {
      const p = appositionAfter(ctx, name.to);
      return p && nameEvidence(this.id, p.offices, p.country, p.sector, true, { official: p.title.kind === 'office', described: p.title.kind === 'role', phraseTo: p.to, link: p.link, international: p.international, posted: p.posted });
    },
  },
  {
    // "Ayesha Khan of the Lahore Policy Institute", "Tran Van Ha of Vietnam": where the person is from.
    id: 'people.affiliation',
    find(ctx, name) {
      const t = ctx.tokens;
      if (t[name.to]?.text !== 'of') return null;
      const at = t[name.to + 1]?.text === 'the' ? name.to + 2 : name.to + 1;
      const c = ctx.country[at];
      const o = ctx.org[at];
      const org = o ? ctx.doc.organizations.find((x) => x.id === o.organizationId) : undefined;
      // ("Governor X of Helmand province", "Chief Minister X of West Bengal": a region or city of a country.)
      const place = ctx.place[at];
      const country = c?.kind === 'name' ? c.code : org?.country && /^[A-Z]{3}$/.test(org.country) && !NOT_A_STATE.has(org.country) ? org.country : place?.country ?? null;
      return country || org ? nameEvidence(this.id, [], country, org?.sector ?? null, false, { countryOnly: !org && !c }) : null;
    },
  },
  {
    // "Iran's Hossein Amir-Abdollahian said", "Hamas's Khalil al-Hayya said": a country's (or a state body's) possessive right before a name gives its country,
    // but does not by itself make a person ("Vietnam's Ha Long Bay", "China's Huawei Technologies").
    id: 'people.possessive-country',
    find(ctx, name) {
      const t = ctx.tokens;
      const at = name.from - 1;
      if (at < 1) return null;
      const apostrophe = t[at]?.text === 's' && t[at].start === t[at - 1]?.end ? at - 1 : /^['’]$/.test(t[at]?.text ?? '') ? at : -1;
      if (apostrophe < 1 || !/^['’]$/.test(t[apostrophe].text) || t[apostrophe].start !== t[apostrophe - 1].end) return null;
      const c = ctx.country[apostrophe - 1];
      if (c && c.kind === 'name') return nameEvidence(this.id, [], c.code, null, false, { countryOnly: true });
      // "Hamas's Khalil al-Hayya", "the Kremlin's Yuri Ushakov": a body of one state.
      const o = ctx.org[apostrophe - 1];
      const org = o ? ctx.doc.organizations.find((x) => x.id === o.organizationId) : undefined;
      return org?.country && /^[A-Z]{3}$/.test(org.country) && !NOT_A_STATE.has(org.country) ? nameEvidence(this.id, [], org.country, null, false, { countryOnly: true }) : null;
    },
  },
  {
    // "Japan sent Kenji Takata, a state minister, to …": a country sends or appoints its own people.
    id: 'people.sent-by-country',
    find(ctx, name) {
      for (let k = name.from - 1; k >= Math.max(1, name.from - 2); k--) {
        const verb = ctx.lexicon.people.sendingVerbs.matchAt(ctx.tokens, k);
        const c = verb && verb.to === name.from ? ctx.country[k - 1] : undefined;
        if (c && c.kind !== 'demonym') return nameEvidence(this.id, [], c.code, null, false, { countryOnly: true });
      }
      return null;
    },
  },
  {
    // "Halima Nuur, a 52-year-old Somali tea seller, said", "Ana Cruz, a Honduran woman whose son …",
    // "a retired teacher from Lodz": a description after the name gives the person's nationality. It shows
    // a person only when a speech verb follows it ("Dangote Group, a Nigerian conglomerate," is none).
    id: 'people.description',
    find(ctx, name) {
      const d = descriptionAfter(ctx, name.to);
      return d && nameEvidence(this.id, [], d.country, null, false, { countryOnly: !d.speaks });
    },
  },
  {
    // "Ahmed Abdi Hassan, who heads a traders' association, said": "who" follows people, not bodies; with a
    // plural verb it follows several ("the pandas Wang Wang and Fu Ni, who are due to return").
    id: 'people.relative-who',
    find(ctx, name) {
      const t = ctx.tokens;
      // ("Jean-Pierre Mukendi, 31, who had worked as a digger": past an age set off by commas.)
      const at = t[name.to]?.text === ',' && AGE.test(t[name.to + 1]?.text ?? '') && t[name.to + 2]?.text === ',' ? name.to + 2 : name.to;
      const one = t[at]?.text === ',' && t[at + 1]?.text === 'who' && !PLURAL_VERBS.has(t[at + 2]?.text ?? '');
      return one ? nameEvidence(this.id, [], null, null, false) : null;
    },
  },
  {
    // "attended by Nguyen Van Long, Tran Thi Mai and …": a name of three or four words in the style of a
    // country the article names (a Vietnamese family name and given names in a story about Vietnam).
    id: 'people.name-style',
    find(ctx, name) {
      // Two-word names are left to other evidence: pets, pandas and places look like them ("Wang Wang").
      // (Each word holds a token at least: a run of fewer than three tokens is not split to find out.)
      if (name.to - name.from < 3) return null;
      const words = textOf(ctx, name.from, name.to).split(/\s+/);
      if (words.length < 3 || words.length > 4) return null;
      const next = ctx.tokens[name.to]?.text ?? '';
      if (ctx.lexicon.geo.placeNouns.has(next.toLowerCase()) || ctx.lexicon.organizations.heads.matchAt(ctx.tokens, name.to)) return null;
      const styles = stylesOf(words.join(' '), null, ctx.lexicon.people);
      return styles.some((st) => st.countries.some((c) => ctx.docCountries.has(c))) ? nameEvidence(this.id, [], null, null, false) : null;
    },
  },
  {
    // "Maria Santos said", "said Maria Santos"
    id: 'people.speech-verb',
    find(ctx, name) {
      const { speech } = ctx.lexicon;
      const start = ctx.tokens[name.from].start;
      const end = ctx.tokens[name.to - 1].end;
      // ("Josephine Achieng, 29, said": past an age set off by commas.)
      const after = ctx.doc.text.slice(end, end + 48);
      const pastAge = after.replace(/^,\s*\d{1,3},/, '');
      // (The test of the words after first: verbAtEnd, not anchored at its start, is tried at every character.)
      const said = speech.verbAtStart.test(pastAge) || (PHRASE_END.test(after) && speech.verbAtEnd.test(ctx.doc.text.slice(Math.max(0, start - 40), start)));
      return said ? nameEvidence(this.id, [], null, null, false) : null;
    },
  },
  {
    // "led by Tran Van Nam", "met with Maria Santos"
    id: 'people.cue-before-name',
    find(ctx, name) {
      const cues = ctx.lexicon.people.nameCues;
      for (let k = name.from - 1; k >= Math.max(0, name.from - 5); k--) {
        const m = cues.matchAt(ctx.tokens, k);
        if (m && m.to === name.from) return nameEvidence(this.id, [], null, null, false);
      }
      return null;
    },
  },
];

const LOWER_WORD = /^\p{Ll}+$/u; // a module constant: see lexicon/tokens.ts

/** Weak evidence needs a name-shaped run: two to four capitalised words, none a non-name or an acronym. */
export function looksLikeName(ctx: SentenceContext, name: Span): boolean {
  const words = textOf(ctx, name.from, name.to).split(/\s+/);
  // (Lower-case particles are not counted: "Ana Lucia Mendez de la Torre".)
  const counted = words.filter((w) => !LOWER_WORD.test(w)).length;
  if (counted < 2 || counted > 4) return false;
  // "Khalil al-Hayya", "Ursula von der Leyen": particles in lower case after the first word.
  return words.every((w, k) => !ctx.lexicon.people.notNames.has(w) && !(isAllCaps(w) && w.length > 1) && (isCapitalized(w) || (k > 0 && NAME_PARTICLE.test(w))));
}

/** A lower-case particle inside a name, alone or glued to the next name part ("bin", "al-Hayya", "von"). */
const NAME_PARTICLE = /^(?:al|el|bin|binti|bint|ibn|de|da|dos|del|di|van|von|der|den|le|la|los|las|du|des)(?:-\p{Lu}[\p{L}'’-]*)?$/u;
