// What the coder remembers across sentences of one article: the pair of countries in focus, the latest
// subject, recent countries and actors; used to resolve "he", "the two sides" and "the Southeast Asian country".
import type { Doc } from '../../core/doc.ts';
import type { EventsLexicon } from '../../lexicon/events.ts';
import type { Chunk } from './chunks.ts';
import { countryParty, type Party } from './parties.ts';

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
}

export function createContext(doc: Doc, lex: EventsLexicon): DocContext {
  const counts = new Map<string, number>();
  const add = (code: string | null | undefined) => {
    if (code && code !== 'IGO') counts.set(code, (counts.get(code) ?? 0) + 1);
  };
  for (const m of doc.countryMentions) add(m.code);
  const people = new Map(doc.people.map((p) => [p.id, p]));
  for (const m of doc.personMentions) add(people.get(m.personId)?.country);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([code]) => code);
  return {
    doc,
    lex,
    dyad: top.length === 2 ? top.map((c) => countryParty(lex, c, `${c}`, null)) : [],
    lastSubject: null,
    recentPersons: [],
    recentCountries: [],
    lastActors: [],
  };
}

/**
 * Fills the parties of pronouns, pairs and descriptions in one sentence. `openerEnd` is the token after a
 * sentence-initial participial phrase ("Recalling his visit …,"), whose pronouns point forward, or -1.
 */
export function resolveChunks(ctx: DocContext, chunks: Chunk[], openerEnd: number, textOf: (c: Chunk) => string): void {
  for (const [i, c] of chunks.entries()) {
    if (c.parties.length > 0) continue;
    const before = chunks.slice(0, i).filter((x) => x.parties.length > 0);
    if (c.kind === 'pronoun' && c.word) {
      const g = ctx.lex.grammar;
      if (g.pronounsPerson.has(c.word)) c.parties = personReferent(ctx, chunks, i, openerEnd);
      else if (g.pronounsGroup.has(c.word)) c.parties = ctx.lastActors.length >= 2 ? [...ctx.lastActors] : [...ctx.dyad];
      else {
        const near = [...before].reverse().find((x) => (x.kind === 'country' || x.kind === 'org') && !x.locative && x.agentive);
        const prev = ctx.lastActors.find((p) => !p.personId) ?? null;
        c.parties = near ? [near.parties[0]] : prev ? [prev] : [];
      }
    } else if (c.kind === 'pair') {
      c.parties = c.pairOf === 'person' ? personPair(ctx, before) : [...ctx.dyad];
    } else if (c.kind === 'description') {
      const subject = chunks.find((x) => x.agentive && x.parties.length > 0 && x.kind !== 'place');
      const avoid = subject?.parties[0]?.code;
      const codes = [...ctx.recentCountries, ...before.flatMap((x) => x.parties.map((p) => p.code))].filter((code) => code && code !== 'IGO' && code !== avoid);
      const code = codes.at(-1);
      if (code) c.parties = [countryParty(ctx.lex, code, textOf(c), 'GOV')];
    }
    // The words of the text stay the evidence: "he", "the two sides".
    if (c.kind !== 'description') c.parties = c.parties.map((p) => ({ ...p, entityText: textOf(c) }));
  }
}

function personReferent(ctx: DocContext, chunks: Chunk[], i: number, openerEnd: number): Party[] {
  const isPerson = (x: Chunk) => x.parties.length === 1 && x.parties[0].personlike && x.kind !== 'pronoun';
  if (openerEnd >= 0 && chunks[i].from < openerEnd) {
    const after = chunks.find((x) => x.from >= openerEnd && isPerson(x));
    if (after) return [after.parties[0]];
  }
  const earlier = chunks.slice(0, i).filter(isPerson);
  const subject = earlier.find((x) => x.prep === null) ?? earlier[0];
  if (subject) return [subject.parties[0]];
  return ctx.lastSubject ? [ctx.lastSubject] : [];
}

/** "The two leaders": the two latest people of different countries, else the two countries in focus. */
function personPair(ctx: DocContext, before: Chunk[]): Party[] {
  const people = [...ctx.recentPersons, ...before.flatMap((x) => x.parties.filter((p) => p.personlike))];
  const out: Party[] = [];
  for (let k = people.length - 1; k >= 0 && out.length < 2; k--) {
    const p = people[k];
    if (p.personId && !out.some((o) => o.code === p.code)) out.push(p);
  }
  return out.length === 2 ? out.reverse() : [...ctx.dyad];
}

/** Updates the memory after a sentence: its subject, people and countries. */
export function noteSentence(ctx: DocContext, chunks: Chunk[]): void {
  const first = chunks.find((c) => c.kind !== 'pronoun' && c.parties.length === 1 && c.parties[0].personlike && c.prep === null);
  const anyPerson = chunks.find((c) => c.kind !== 'pronoun' && c.parties.some((p) => p.personlike));
  const subject = first ?? anyPerson;
  if (subject) ctx.lastSubject = subject.parties[0];
  for (const c of chunks) {
    if (c.kind === 'pronoun' || c.kind === 'pair') continue;
    for (const p of c.parties) {
      if (p.personlike) ctx.recentPersons.push(p);
      if (p.code && p.code !== 'IGO') ctx.recentCountries.push(p.code);
    }
  }
}
