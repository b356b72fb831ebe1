// Who visits and who hosts a meeting (PLOVER CONSULT): the visitor is actor and the host recipient, decided by
// where it happened or by a visit under way; phone calls, multilateral and neutral-ground meetings have no host.
import type { Draft } from './draft.ts';
import { codeSet, partyKey } from './parties.ts';

/**
 * Sets actor, recipient and mode of a meeting; `multilateral`: its sentence names a multilateral setting
 * (grammar.multilateral); `visits` are the visit events known in the article.
 */
export function directMeeting(d: Draft, multilateral: boolean, visits: Draft[]): void {
  if (d.type !== 'CONSULT') return;
  if (d.hostKnown) {
    // ("called on Prime Minister X" with no place: a call during the caller's visit is held where the visit is.)
    if (!d.loc && d.cue.callsOnHost) d.loc = visitDuring(d, [...d.actor, ...d.recipient], visits)?.loc ?? null;
    return;
  }
  const all = [...d.actor, ...d.recipient];
  d.actor = all;
  d.recipient = [];
  if (d.mode.includes('phone')) return;
  // "The leaders of Australia, India, Japan and the United States met in Tokyo": three or more countries at one
  // table meet as equals; the place gives no host.
  if (multilateral || codeSet(all).size >= 3) {
    d.mode = ['multilateral'];
    return;
  }
  let host = d.loc?.country ?? null;
  if (!host) {
    const visit = visitDuring(d, all, visits);
    if (visit) {
      host = visit.visitHost;
      d.loc ??= visit.loc;
    }
  }
  if (!host) return;
  const hosts = all.filter((p) => p.code === host);
  const visitors = all.filter((p) => p.code !== host);
  if (hosts.length > 0 && visitors.length > 0) {
    d.actor = visitors;
    d.recipient = hosts;
    d.mode = ['visit'];
    d.hostKnown = true;
  } else if (hosts.length === 0 && visitors.filter((p) => p.code).length >= 2 && d.loc) {
    d.mode = ['third-party'];
  }
}

/**
 * The visit a meeting of `all` was held on: a visit lasts days, so one in the same month that the meeting's party
 * makes. (A visit told of a country, "Germany's defence minister … during a visit to Kyiv", is made by its people at
 * the meeting.) (Or within a week, across a month's end: "arrived in Vientiane on Sunday, November 30 … held talks on
 * Monday".)
 */
function visitDuring(d: Draft, all: Draft['actor'], visits: Draft[]): Draft | undefined {
  const keys = new Set(all.map(partyKey));
  const codes = codeSet(all);
  const byParty = (v: Draft) => v.actor.some((a) => keys.has(partyKey(a)) || (!a.personId && !a.orgId && a.code !== v.visitHost && codes.has(a.code) && codes.has(v.visitHost!)));
  return visits.find((v) => v !== d && v.visitHost && byParty(v) && (compatible(v.date?.slice(0, 7) ?? null, d.date?.slice(0, 7) ?? null) || daysApart(v.date, d.date) <= VISIT_DAYS));
}

/** Two dates that can name the same occurrence: equal, or one more precise than the other. */
export function compatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** How many days after a visit began a meeting of its visitor is taken to be held on it, across a month's end. */
const VISIT_DAYS = 7;

/** Days between two full dates (YYYY-MM-DD), or Infinity when either is less precise. */
function daysApart(a: string | null, b: string | null): number {
  if (a?.length !== 10 || b?.length !== 10) return Infinity;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86400000;
}
