// People over time: the offices articles give a person (dated by the articles) combined with the
// gazetteer's dated offices into one timeline, and who held an office on a given day.
import { officeHeldOn } from '../lexicon/people.ts';
import { officeMatches } from './offices.ts';

export interface Observation {
  office: string;
  /** The office's comparison key (src/corpus/offices.ts). */
  key: string;
  /** The reporting article's publication date. */
  observed: string | null;
  documentId: string;
}

export interface GazetteerOffice {
  title: string;
  key: string;
  from: string | null;
  to: string | null;
}

export interface OfficeSpan {
  /** The gazetteer's title, or the wording articles use most. */
  office: string;
  key: string;
  /** From the gazetteer when it knows the office, else the first article that gives it. */
  from: string | null;
  /** null: still held (gazetteer), or unknown. For offices known only from articles, the last article. */
  to: string | null;
  basis: 'gazetteer' | 'corpus' | 'both';
  firstSeen: string | null;
  lastSeen: string | null;
  /** Articles that give the office. */
  documents: number;
  sources: string[];
}

const MAX_SOURCES = 20;

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/**
 * One span per office. An article's short form ("General Secretary") joins the fuller office it
 * abbreviates when the person has one; offices are ordered by when they began.
 */
export function buildTimeline(observations: Observation[], gazetteer: GazetteerOffice[]): OfficeSpan[] {
  const keys = [...new Set([...gazetteer.map((g) => g.key), ...observations.map((o) => o.key)])];
  const fullKey = (key: string): string => {
    const longer = keys.filter((k) => k !== key && officeMatches(k, key));
    // Only an unambiguous short form is folded into its full office.
    return longer.length === 1 ? longer[0] : key;
  };
  const seen = new Map<string, Observation[]>();
  for (const o of observations) {
    const k = fullKey(o.key);
    seen.set(k, [...(seen.get(k) ?? []), o]);
  }
  const spans: OfficeSpan[] = [];
  const used = new Set<string>();
  for (const g of gazetteer) {
    const obs = seen.get(g.key) ?? [];
    used.add(g.key);
    spans.push(span(g.title, g.key, obs, g));
  }
  for (const [key, obs] of seen) {
    if (!used.has(key)) spans.push(span(mostCommon(obs.map((o) => o.office)), key, obs, null));
  }
  return spans.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '') || a.office.localeCompare(b.office));
}

function span(office: string, key: string, obs: Observation[], g: GazetteerOffice | null): OfficeSpan {
  const dates = obs.map((o) => o.observed).filter((d): d is string => !!d).sort();
  const docs = [...new Set(obs.map((o) => o.documentId))];
  const firstSeen = dates[0] ?? null;
  const lastSeen = dates.at(-1) ?? null;
  return {
    office,
    key,
    from: g ? g.from : firstSeen,
    to: g ? g.to : lastSeen,
    basis: g ? (obs.length ? 'both' : 'gazetteer') : 'corpus',
    firstSeen,
    lastSeen,
    documents: docs.length,
    sources: docs.slice(0, MAX_SOURCES),
  };
}

export interface HeldOffice {
  span: OfficeSpan;
  /**
   * "gazetteer": the gazetteer's dates cover the day; "corpus": articles gave the office on both
   * sides of the day; "last-seen": the latest article before the day gave it (no later evidence).
   */
  evidence: 'gazetteer' | 'corpus' | 'last-seen';
}

/** Which of a person's offices matching `query` were held on `day`, and on what evidence. */
export function heldOn(timeline: OfficeSpan[], query: string, day: string): HeldOffice[] {
  const out: HeldOffice[] = [];
  for (const s of timeline) {
    if (!officeMatches(s.key, query)) continue;
    if (s.basis !== 'corpus') {
      if (officeHeldOn({ title: s.office, from: s.from, to: s.to }, day)) out.push({ span: s, evidence: 'gazetteer' });
    } else if (s.firstSeen && s.lastSeen && day >= s.firstSeen && day <= s.lastSeen) {
      out.push({ span: s, evidence: 'corpus' });
    } else if (s.lastSeen && s.lastSeen < day) {
      out.push({ span: s, evidence: 'last-seen' });
    }
  }
  return out;
}
