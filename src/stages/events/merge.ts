// One occurrence, one event: merges the cues of a sentence that code the same act, and (in an article) the
// mentions of the same meeting, visit or agreement in several sentences.
import { compatible } from './consult.ts';
import type { Draft } from './draft.ts';
import { partyKey, type Party } from './parties.ts';

const keysOf = (ps: Party[]) => new Set(ps.map(partyKey));
const codesOf = (ps: Party[]) => new Set(ps.map((p) => p.code).filter(Boolean));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

function union(a: Party[], b: Party[]): Party[] {
  const seen = keysOf(a);
  return [...a, ...b.filter((p) => !seen.has(partyKey(p)))];
}

/** A pledge and the upgrade it brings ("pledged to …, raising relations to …") are one agreement. */
const AGREEMENT = new Set(['AGREE', 'SUPPORT']);
const COOPERATION = new Set(['AGREE', 'SUPPORT', 'CONSULT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
const sameFamily = (a: string, b: string) => a === b || (AGREEMENT.has(a) && AGREEMENT.has(b));

/** Folds `b` into `a`: parties, evidence texts, the more precise date, a place, a known host. */
function absorb(a: Draft, b: Draft, keepRoles: boolean): void {
  if (!keepRoles) {
    a.actor = union(a.actor, b.actor);
    const actorKeys = keysOf(a.actor);
    a.recipient = union(a.recipient, b.recipient).filter((p) => !actorKeys.has(partyKey(p)));
  }
  a.texts.push(...b.texts.filter((t) => !a.texts.includes(t)));
  if (b.date && (!a.date || (b.date.length > a.date.length && b.date.startsWith(a.date)))) a.date = b.date;
  a.loc ??= b.loc;
  a.confidence = Math.max(a.confidence, b.confidence);
}

const GIST_MIN = 0.5;

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
}

const subsetOf = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

/**
 * Cues of one sentence with the same type whose parties are the same or include one another are one act
 * ("visited Beijing and met with Chinese officials"; "witnessed … documents signed by China and Vietnam"),
 * but a state visit and a meeting with the host's leader during it stay two events.
 */
export function mergeInSentence(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = out.find((o) => {
      if (o.sentence !== d.sentence || !sameFamily(o.type, d.type) || !compatible(o.date, d.date)) return false;
      // Acts of force or pressure keep their direction: "Moscow says its strikes …, accuses Kyiv of shelling".
      if (!COOPERATION.has(o.type)) return sameSet(keysOf(o.actor), keysOf(d.actor));
      const a = keysOf([...o.actor, ...o.recipient]);
      const b = keysOf([...d.actor, ...d.recipient]);
      return subsetOf(a, b) || subsetOf(b, a);
    });
    if (same) {
      absorb(same, d, same.hostKnown && d.hostKnown === false ? true : false);
      if (d.type !== same.type && !same.alsoTypes.includes(d.type)) same.alsoTypes.push(d.type);
    } else out.push(d);
  }
  return out;
}

/** Mentions of one meeting, visit or agreement across an article become one event. */
export function mergeInArticle(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = out.find((o) => sameFamily(o.type, d.type) && compatible(o.date, d.date) && sameOccurrence(o, d));
    if (!same) {
      out.push(d);
      continue;
    }
    // Keep the mention that knows who hosted; the other adds its evidence.
    if (!same.hostKnown && d.hostKnown) {
      same.actor = d.actor;
      same.recipient = d.recipient;
      same.mode = d.mode;
      same.hostKnown = true;
    }
    absorb(same, d, true);
    for (const t of [d.type, ...d.alsoTypes]) if (t !== same.type && !same.alsoTypes.includes(t)) same.alsoTypes.push(t);
  }
  return out;
}

/** One visitor: the same people, or the same country when one mention names no one ("a Chinese foreign minister"). */
function sameVisitor(a: Draft, b: Draft): boolean {
  if (sameSet(keysOf(a.actor), keysOf(b.actor))) return true;
  const people = (d: Draft) => d.actor.filter((p) => p.personId);
  if (people(a).length > 0 && people(b).length > 0) return false;
  return sameSet(codesOf(a.actor), codesOf(b.actor));
}

function sameOccurrence(a: Draft, b: Draft): boolean {
  const all = (d: Draft) => [...d.actor, ...d.recipient];
  if (a.type === 'CONSULT') {
    // A phone call, a meeting at a summit and talks during a visit are different meetings, as are two places.
    const ma = a.mode[0] ?? null;
    const mb = b.mode[0] ?? null;
    if (ma && mb && ma !== mb) return false;
    if (a.loc && b.loc && a.loc.name !== b.loc.name) return false;
    if (a.visitHost || b.visitHost) return a.visitHost === b.visitHost && sameVisitor(a, b);
    return sameSet(keysOf(all(a)), keysOf(all(b)));
  }
  // One agreement told twice: the same countries, the same day and much the same words ("announced the building
  // of a community …" / "agreed to build a community …"); a signing and a pledge on one day stay two.
  if (AGREEMENT.has(a.type)) return a.date !== null && b.date !== null && sameSet(codesOf(all(a)), codesOf(all(b))) && overlap(a.gist, b.gist) >= GIST_MIN;
  return sameSet(keysOf(a.actor), keysOf(b.actor)) && sameSet(keysOf(a.recipient), keysOf(b.recipient)) && a.date === b.date;
}
