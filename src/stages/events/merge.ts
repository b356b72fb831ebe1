// One occurrence, one event: merges the cues of a sentence that code the same act, and (in an article) the
// mentions of the same meeting, visit or agreement in several sentences.
import { compatible } from './consult.ts';
import type { Draft } from './draft.ts';
import { codeSet, partyKey, type Party } from './parties.ts';

const keysOf = (ps: Party[]) => new Set(ps.map(partyKey));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

function union(a: Party[], b: Party[]): Party[] {
  const seen = keysOf(a);
  return [...a, ...b.filter((p) => !seen.has(partyKey(p)))];
}

/** A pledge and the upgrade it brings ("pledged to …, raising relations to …") are one agreement. */
const AGREEMENT = new Set(['AGREE', 'SUPPORT']);
const COOPERATION = new Set(['AGREE', 'SUPPORT', 'CONSULT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
const sameFamily = (a: string, b: string) => a === b || (AGREEMENT.has(a) && AGREEMENT.has(b));

/** The parties of `d`, less (at a meeting) the countries of people named in `other` ("the two countries' leaders"). */
function meetingParties(d: Draft, other: Draft): Party[] {
  const all = [...d.actor, ...d.recipient];
  // (A visit to a country and a meeting with its leader during it stay two events.)
  if (d.type !== 'CONSULT' || other.type !== 'CONSULT' || d.visitHost || other.visitHost) return all;
  const present = new Set([...other.actor, ...other.recipient].filter((p) => p.personId).map((p) => p.code));
  return all.filter((p) => p.personId || p.orgId || !present.has(p.code));
}

/** Folds `b` into `a`: parties, evidence texts, the more precise date, a place, a known host. */
function absorb(a: Draft, b: Draft, keepRoles: boolean): void {
  if (!keepRoles) {
    // "met Li Qiang …, in the first meeting between the two countries' leaders": at a meeting, a country beside
    // someone of it already there adds no one.
    if (a.type === 'CONSULT' && b.type === 'CONSULT') {
      const kept = new Set(meetingParties(b, a));
      b = { ...b, actor: b.actor.filter((p) => kept.has(p)), recipient: b.recipient.filter((p) => kept.has(p)) };
    }
    // (A domestic act, its country on both sides already, stays one: "three Thai soldiers were killed".)
    const before = keysOf(a.actor);
    const domestic = new Set(a.recipient.map(partyKey).filter((k) => before.has(k)));
    a.actor = union(a.actor, b.actor);
    const actorKeys = keysOf(a.actor);
    a.recipient = union(a.recipient, b.recipient).filter((p) => !actorKeys.has(partyKey(p)) || domestic.has(partyKey(p)));
  }
  a.texts.push(...b.texts.filter((t) => !a.texts.includes(t)));
  if (b.date && (!a.date || (b.date.length > a.date.length && b.date.startsWith(a.date)))) a.date = b.date;
  // ("initialled the text and signed a declaration at the White House": the place stated wins over the dateline's guess.)
  if (b.loc && (!a.loc || (a.locGuessed && !b.locGuessed))) {
    a.loc = b.loc;
    a.locGuessed = b.locGuessed;
  }
  a.confidence = Math.max(a.confidence, b.confidence);
}

const GIST_MIN = 0.5;

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
}

/**
 * Two acts of one type with different modes are two measures ("expelled its diplomats and recalled its ambassador"),
 * as are a border closed and another ("cut ties with Morocco and closed its border").
 */
const sameMeasure = (a: Draft, b: Draft) => !(a.mode[0] && b.mode[0] && a.mode[0] !== b.mode[0]) && a.closesBorder === b.closesBorder;

const subsetOf = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

/** Whether every party of `d` is a country named alone (no person, body or group). */
const countriesOnly = (d: Draft) => allParties(d).every((p) => !p.personId && !p.orgId && !p.group);

/**
 * Cues of one sentence with the same type whose parties are the same or include one another are one act
 * ("visited Beijing and met with Chinese officials"; "witnessed … documents signed by China and Vietnam"),
 * but a state visit and a meeting with the host's leader during it stay two events.
 */
export function mergeInSentence(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  // Only drafts of the same sentence merge: each draft is compared with those of its own sentence kept so far.
  const bySentence = new Map<number, Draft[]>();
  for (const d of drafts) {
    const mine = bySentence.get(d.sentence) ?? [];
    bySentence.set(d.sentence, mine);
    const same = mine.find((o) => {
      if (!sameFamily(o.type, d.type) || !compatible(o.date, d.date)) return false;
      // Acts of force or pressure keep their direction: "Moscow says its strikes …, accuses Kyiv of shelling"; two
      // measures are two acts (see sameMeasure).
      if (!COOPERATION.has(o.type)) return sameSet(keysOf(o.actor), keysOf(d.actor)) && sameMeasure(o, d);
      const a = keysOf(meetingParties(o, d));
      const b = keysOf(meetingParties(d, o));
      // "Brazil hailed the truce agreed by Israel and Hamas": an act about others' act is not that act.
      // (At a meeting every participant is a side: "met Abiy in Nairobi to discuss trade", the visit read with the
      // guest as actor, is one meeting with the host's "discuss"; a trip to a country is not: "visited China in
      // October, after talks in Nairobi".)
      const meeting = o.type === 'CONSULT' && d.type === 'CONSULT' && !o.visitHost && !d.visitHost;
      const oActors = codeSet(meeting ? [...o.actor, ...o.recipient] : o.actor);
      const sharedActor = [...codeSet(meeting ? [...d.actor, ...d.recipient] : d.actor)].some((c) => oActors.has(c));
      // ("Relations were raised to an alliance in December 2022, when Tokayev and Mirziyoyev signed the treaty": of two
      // agreements, two countries alone and their leaders are one side each.)
      const sameCountries = o.type === d.type && o.kind === 'agreement' && d.kind === 'agreement' && (countriesOnly(o) || countriesOnly(d)) &&
        sameSet(codeSet(allParties(o)), codeSet(allParties(d)));
      return sharedActor && (subsetOf(a, b) || subsetOf(b, a) || sameCountries);
    });
    if (same) {
      absorb(same, d, same.hostKnown && d.hostKnown === false ? true : false);
      if (d.type !== same.type && !same.alsoTypes.includes(d.type)) same.alsoTypes.push(d.type);
    } else {
      out.push(d);
      mine.push(d);
    }
  }
  return out;
}

// Keys and codes hold no control characters: one separates them.
const sortedKeys = (keys: Iterable<string>) => [...new Set(keys)].sort().join('\u0001');

/** The countries of every party of `d`, as one key. */
const countriesKey = (d: Draft) => sortedKeys(allParties(d).map((p) => p.code).filter(Boolean));

/**
 * What two mentions of one occurrence must share (see sameOccurrence): their family of types and, for a
 * meeting, the place visited or its countries; for an agreement the countries; else the actors and the
 * recipients. Mentions are compared only with events of the same key.
 */
function occurrenceKey(d: Draft): string {
  const family = AGREEMENT.has(d.type) ? 'AGREE' : d.type;
  if (d.type === 'CONSULT') {
    const host = hostCountry(d);
    return host ? `${family}|visit ${host}` : `${family}|${countriesKey(d)}`;
  }
  if (AGREEMENT.has(d.type)) return `${family}|${countriesKey(d)}`;
  return `${family}|${sortedKeys(d.actor.map(partyKey))}>${sortedKeys(d.recipient.map(partyKey))}`;
}

/** Mentions of one meeting, visit or agreement across an article become one event. */
export function mergeInArticle(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  // The events kept so far by occurrence key, each list in the order of `out` (see occurrenceKey).
  const byKey = new Map<string, Draft[]>();
  const position = new Map<Draft, number>();
  const file = (d: Draft, key: string) => {
    const list = byKey.get(key) ?? [];
    let i = list.length;
    while (i > 0 && position.get(list[i - 1])! > position.get(d)!) i--;
    list.splice(i, 0, d);
    byKey.set(key, list);
  };
  for (const d of drafts) {
    const key = occurrenceKey(d);
    const same = (byKey.get(key) ?? []).find((o) => sameFamily(o.type, d.type) && compatible(o.date, d.date) && sameOccurrence(o, d));
    if (!same) {
      position.set(d, out.length);
      out.push(d);
      file(d, key);
      continue;
    }
    // Keep the mention that knows who hosted, else the one that names the people who met ("Jordan and Iraq agreed …
    // at a meeting of their joint committee" / "Qudah received Al-Ghurairi"); the other adds its evidence.
    const named = same.type === 'CONSULT' && nobodyNamed(same) && !nobodyNamed(d) && (d.hostKnown || !same.hostKnown);
    if ((!same.hostKnown && d.hostKnown) || named) {
      const list = byKey.get(occurrenceKey(same))!;
      list.splice(list.indexOf(same), 1);
      same.actor = d.actor;
      same.recipient = d.recipient;
      same.mode = d.mode;
      same.hostKnown = same.hostKnown || d.hostKnown;
      file(same, occurrenceKey(same));
    }
    // (A signing by two countries told again by its signers names them as its parties too: "The pact was signed in
    // Manila by Kamikawa and Teodoro" after "Japan and the Philippines signed …"; one who signed "with" the other
    // signed too.)
    const signers = sameSigning(same, d) && same.recipient.length === 0;
    absorb(same, signers ? { ...d, actor: union(d.actor, d.recipient), recipient: [] } : d, !signers);
    for (const t of [d.type, ...d.alsoTypes]) if (t !== same.type && !same.alsoTypes.includes(t)) same.alsoTypes.push(t);
  }
  return out;
}

const allParties = (d: Draft) => [...d.actor, ...d.recipient];
/** No party of `d` is a person named. */
const nobodyNamed = (d: Draft) => allParties(d).every((p) => !p.personId);

/** The parties less the countries of people among them: "Bangladesh, Hasina → India, Modi" met as Hasina and Modi. */
function peopleFirst(parties: Party[]): Party[] {
  const present = new Set(parties.filter((p) => p.personId).map((p) => p.code));
  return parties.filter((p) => p.personId || p.orgId || !present.has(p.code));
}
const namedPeople = (d: Draft) => d.actor.filter((p) => p.personId);

/** One visitor: the same people, or the same country when one mention names no one ("a Chinese foreign minister"). */
function sameVisitor(a: Draft, b: Draft): boolean {
  if (sameSet(keysOf(a.actor), keysOf(b.actor))) return true;
  if (namedPeople(a).length > 0 && namedPeople(b).length > 0) return false;
  return sameSet(codeSet(a.actor), codeSet(b.actor));
}

/** The cues of a signing, whose second telling by its signers is the first (refine.ts `signingBefore`). */
export const SIGNINGS = new Set(['events.support.sign', 'events.support.signed-by', 'events.support.witness-signing', 'events.support.renew-agreement']);

/**
 * "Saudi Arabia and Egypt signed an agreement on Thursday …" / "The agreement was signed by Prince Faisal and
 * Abdelatty": a signing by two countries and one by their people on the same day are one ceremony (two signings
 * by people, or two by countries alone, on one day stay apart).
 */
function sameSigning(a: Draft, b: Draft): boolean {
  if (!SIGNINGS.has(a.cue.id) || !SIGNINGS.has(b.cue.id) || a.date?.length !== 10 || a.date !== b.date) return false;
  if (allParties(a).some((p) => p.personId) === allParties(b).some((p) => p.personId)) return false;
  return sameSet(codeSet(allParties(a)), codeSet(allParties(b)));
}

/**
 * The country a visit went to: its destination, or the country that received the guest ("Iraqi premier receives
 * Turkish minister" read as Iraq receiving Fidan is his visit to Iraq, told again by "Fidan arrived in Baghdad").
 */
function hostCountry(d: Draft): string | null {
  if (d.visitHost) return d.visitHost;
  if (d.cue.roles !== 'host' || d.recipient.length === 0 || d.recipient.some((p) => p.personId || !p.code)) return null;
  const codes = codeSet(d.recipient);
  return codes.size === 1 ? [...codes][0] : null;
}

function sameOccurrence(a: Draft, b: Draft): boolean {
  if (a.type === 'CONSULT') {
    // A phone call, a meeting at a summit and talks during a visit are different meetings, as are two places.
    const ma = a.mode[0] ?? null;
    const mb = b.mode[0] ?? null;
    if (ma && mb && ma !== mb) return false;
    if (a.loc && b.loc && a.loc.name !== b.loc.name) return false;
    const hostA = hostCountry(a);
    const hostB = hostCountry(b);
    if (hostA || hostB) return hostA === hostB && sameVisitor(a, b);
    // ("Wang Yi held talks with Retno … The two sides also exchanged views on Gaza": a meeting of the same countries
    // told with no one named is the one told with its people.)
    return sameSet(keysOf(peopleFirst(allParties(a))), keysOf(peopleFirst(allParties(b)))) ||
      ((nobodyNamed(a) || nobodyNamed(b)) && sameSet(codeSet(allParties(a)), codeSet(allParties(b))));
  }
  // One agreement told twice: the same countries, the same day and much the same words ("announced the building
  // of a community …" / "agreed to build a community …"); a signing and a pledge on one day stay two.
  if (AGREEMENT.has(a.type) && sameSigning(a, b)) return true;
  if (AGREEMENT.has(a.type)) return a.date !== null && b.date !== null && sameSet(codeSet(allParties(a)), codeSet(allParties(b))) && overlap(a.gist, b.gist) >= GIST_MIN;
  // "suspended the negotiations in April" and "recalled its ambassador the same month": two measures stay two.
  if (!sameMeasure(a, b)) return false;
  return sameSet(keysOf(a.actor), keysOf(b.actor)) && sameSet(keysOf(a.recipient), keysOf(b.recipient)) && a.date === b.date;
}
