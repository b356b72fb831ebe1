// A party to an event (a person, an organisation or a country) and how it is built from the Doc's records.
import type { Organization, Person } from '../../core/types.ts';
import type { EventsLexicon } from '../../lexicon/events.ts';

export interface Party {
  /** ISO3, "IGO" for international organisations, "" when unknown. */
  code: string;
  sector: string | null;
  /** The words in the text ("Chinese coast guard ships", "To Lam", "Beijing"). */
  entityText: string;
  /** Canonical person or organisation name from the record, else the country name. */
  identifier: string;
  office: string | null;
  personId: string | null;
  orgId: string | null;
  /** A person, or an office holder named by title ("the Thai prime minister"): "he"/"she" can refer to it. */
  personlike: boolean;
  /** For a group named without its country ("police", "students"): its noun, which tells it from the state. */
  group?: string;
}

/** Sectors of the state: a party with one of them is not "civilian" (a government protest is ACCUSE). */
export const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY', 'PTY', 'PRM']);

const NON_LETTERS = /[^\p{L}]+/u; // a module constant: see lexicon/tokens.ts

export function countryName(lex: EventsLexicon, code: string): string {
  return lex.countryNames.get(code) ?? code;
}

export function countryParty(lex: EventsLexicon, code: string, entityText: string, sector: string | null, personlike = false): Party {
  return { code, sector, entityText, identifier: countryName(lex, code), office: null, personId: null, orgId: null, personlike, group: undefined };
}

/** The sector an office title implies: the first agent noun found in it ("Chinese President" → GOV). */
export function sectorOfTitle(lex: EventsLexicon, title: string): string | null {
  const words = title.toLowerCase().split(NON_LETTERS).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const m = lex.agents.matchAt(words, i);
    if (m?.value.sector) return m.value.sector;
  }
  return null;
}

const NOT_TITLE_WORD = /[^\p{L}.]+/u; // a module constant: see lexicon/tokens.ts

/** The international body an official's title names ("Secretary-General of the United Nations" → UNO), or null. */
function bodyOfTitles(lex: EventsLexicon, titles: string[]): string | null {
  for (const t of titles) {
    const words = t.toLowerCase().split(NOT_TITLE_WORD).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      const m = lex.bodies.matchAt(words, i);
      if (m) return m.value;
    }
  }
  return null;
}

export function personParty(lex: EventsLexicon, person: Person, entityText: string, mentionOffices: string[], fallbackCode: string | null): Party {
  const titles = [...(person.knownOffices ?? []), ...mentionOffices, ...person.offices];
  let sector = person.sector ?? null;
  for (const t of titles) sector ??= sectorOfTitle(lex, t);
  return {
    code: person.country ?? (fallbackCode || bodyOfTitles(lex, titles)) ?? '',
    sector,
    entityText,
    identifier: person.name,
    office: titles[0] ?? null,
    personId: person.id,
    orgId: null,
    personlike: true,
    group: undefined,
  };
}

export function orgParty(lex: EventsLexicon, org: Organization, entityText: string, fallbackCode: string | null): Party {
  // A body many states have ("the police", "the Interior Ministry") without a country: the events coder takes
  // it from the place of the act (see resolveChunks).
  const code = org.country ?? fallbackCode ?? '';
  return {
    code,
    sector: org.sector ?? sectorOfTitle(lex, org.name),
    entityText,
    identifier: org.name,
    office: null,
    personId: null,
    orgId: org.id,
    personlike: false,
    group: undefined,
  };
}

/**
 * `p` with some fields changed. Every party is built by one literal with every field (`group` too, even when
 * undefined): a spread (`{ ...p, entityText }`) or a field added later gives it another hidden class, and a
 * function V8 has optimised for the usual one is thrown away when the other reaches it.
 */
export function partyWith(p: Party, changes: Partial<Party>): Party {
  const copy: Party = {
    code: p.code, sector: p.sector, entityText: p.entityText, identifier: p.identifier, office: p.office,
    personId: p.personId, orgId: p.orgId, personlike: p.personlike, group: p.group,
  };
  return Object.assign(copy, changes);
}

/** `parties` named by `entityText` (a loop, not .map(): see codeSet). */
export function withEntityText(parties: readonly Party[], entityText: string): Party[] {
  const out: Party[] = [];
  for (const p of parties) out.push(partyWith(p, { entityText }));
  return out;
}

/**
 * The codes of the parties of `lists`, in order, without "". (One loop instead of `.map().filter()` chains in big
 * functions: a `.map` in optimised code makes a holey array, in unoptimised code a packed one, and each new kind
 * reaching a chain in a big optimised function throws its code away.)
 */
export function codeSet(...lists: readonly Party[][]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const p of list) if (p.code) out.add(p.code);
  return out;
}

/** A key that says whether two parties are the same: the person, else the organisation, else the country. */
export function partyKey(p: Party): string {
  if (p.personId) return `p:${p.personId}`;
  if (p.orgId) return `o:${p.orgId}`;
  if (p.group) return `g:${p.code}:${p.group}`;
  return `c:${p.code}`;
}

export function isState(p: Party): boolean {
  return p.sector !== null && STATE_SECTORS.has(p.sector);
}
