// Who visits and who hosts a meeting (PLOVER CONSULT): the visitor is actor and the host recipient, decided by
// where it happened or by a visit under way; phone calls, multilateral and neutral-ground meetings have no host.
import type { Draft } from './draft.ts';
import { codeSet, partyKey } from './parties.ts';

/**
 * Sets actor, recipient and mode of a meeting; `multilateral`: its sentence names a multilateral setting
 * (grammar.multilateral); `visits` are the visit events known in the article.
 */
export function directMeeting(d: Draft, multilateral: boolean, visits: Draft[]): void {
  if (d.type !== 'CONSULT' || d.hostKnown) return;
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
    const keys = new Set(all.map(partyKey));
    const codes = codeSet(all);
    // A visit lasts days: one in the same month that the meeting's party makes hosts the meeting. (A visit told
    // of a country, "Germany's defence minister … during a visit to Kyiv", is made by its people at the meeting.)
    const byParty = (v: Draft) => v.actor.some((a) => keys.has(partyKey(a)) || (!a.personId && !a.orgId && a.code !== v.visitHost && codes.has(a.code) && codes.has(v.visitHost!)));
    // (Or within a week, across a month's end: "arrived in Vientiane on Sunday, November 30 … held talks on Monday".)
    const visit = visits.find((v) => v !== d && v.visitHost && byParty(v) && (compatible(v.date?.slice(0, 7) ?? null, d.date?.slice(0, 7) ?? null) || daysApart(v.date, d.date) <= VISIT_DAYS));
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
