// Use case: people over time. The offices articles give each person (dated by the articles) and
// the gazetteer's dated offices make one timeline; who held an office on a day; who met whom.
import { buildTimeline, heldOn, type GazetteerOffice, type OfficeSpan } from '../corpus/timeline.ts';
import { acronymsIn, officeKey } from '../corpus/offices.ts';
import { loadGeo, type GeoLexicon } from '../lexicon/geo.ts';
import { loadPeople, personId, type Leader } from '../lexicon/people.ts';
import type { Network, NetworkFilter, Page, PageRequest, PersonRow, QuoteRow, Store } from '../store/index.ts';

export interface PersonSummary extends PersonRow {
  offices: OfficeSpan[];
}

export interface PersonDetail extends PersonSummary {
  aliases: string[];
  quotes: QuoteRow[];
  /** Corpus events the person takes part in. */
  events: number;
}

export interface OfficeHolder {
  person: { id: string; name: string; country: string | null; inCorpus: boolean };
  office: string;
  from: string | null;
  to: string | null;
  evidence: 'gazetteer' | 'corpus' | 'last-seen';
  firstSeen: string | null;
  lastSeen: string | null;
  documents: number;
}

/** The gazetteer and the geo names, loaded once per process (query commands need no other data). */
interface PeopleData {
  geo: Pick<GeoLexicon, 'trie'>;
  leaders: Map<string, Leader>;
}
let data: PeopleData | undefined;

function peopleData(): PeopleData {
  data ??= { geo: loadGeo(), leaders: new Map(loadPeople().leaders.map((l) => [l.id, l])) };
  return data;
}

/** Person ids for a name, alias or id; the most mentioned first. */
export function resolvePersonIds(store: Store, nameOrId: string): string[] {
  const s = nameOrId.trim();
  if (s.startsWith('person:')) return store.person(s) ? [s] : [];
  const found = store.findPeople(s).map((p) => p.id);
  if (found.length) return found;
  // A name written differently (diacritics, spacing) still finds the person its id is built from.
  const id = personId(s);
  return store.person(id) ? [id] : [];
}

function gazetteerOffices(leader: Leader | undefined, geo: PeopleData['geo'], acronyms = new Map<string, string>()): GazetteerOffice[] {
  return (leader?.offices ?? []).map((o) => ({ title: o.title, key: officeKey(o.title, geo, acronyms), from: o.from, to: o.to }));
}

/**
 * A person's office timeline from the store's observations and the gazetteer. Acronyms any of the
 * person's offices spell out ("Communist Party of Vietnam (CPV)") make long and short forms agree.
 */
export function timelineOf(store: Store, personIdValue: string): OfficeSpan[] {
  const { geo, leaders } = peopleData();
  const found = store.offices([personIdValue]).filter((o) => !o.known);
  const leader = leaders.get(personIdValue);
  const acronyms = new Map([...found.map((o) => o.office), ...(leader?.offices ?? []).map((o) => o.title)].flatMap((o) => [...acronymsIn(o)]));
  const observations = found.map((o) => ({ office: o.office, key: officeKey(o.office, geo, acronyms), observed: o.observed, documentId: o.documentId }));
  return buildTimeline(observations, gazetteerOffices(leader, geo, acronyms));
}

export function listPeople(store: Store, filter: { country?: string; name?: string }, page: PageRequest = {}): Page<PersonSummary> {
  const rows = store.people({ country: filter.country?.toUpperCase(), name: filter.name }, page);
  return { ...rows, items: rows.items.map((p) => ({ ...p, offices: timelineOf(store, p.id) })) };
}

const MAX_QUOTES = 200;

export function getPerson(store: Store, nameOrId: string): PersonDetail | null {
  const id = resolvePersonIds(store, nameOrId)[0];
  const person = id ? store.person(id) : null;
  if (!person) return null;
  return {
    ...person,
    offices: timelineOf(store, person.id),
    aliases: store.aliases(person.id),
    quotes: store.quotes({ personId: person.id }, { limit: MAX_QUOTES }).items,
    events: store.events({ personId: person.id }, { limit: 1 }).total,
  };
}

/**
 * Who held an office on a day, according to the corpus and the gazetteer: people (of `country`,
 * when given) with a matching office whose dates cover the day, or whose articles last gave it
 * before the day.
 */
export function officeHolders(store: Store, q: { office: string; on: string; country?: string }): OfficeHolder[] {
  const { geo, leaders } = peopleData();
  const query = officeKey(q.office, geo);
  const country = q.country?.toUpperCase();
  const out: OfficeHolder[] = [];
  const seen = new Set<string>();
  const consider = (id: string, name: string, personCountry: string | null, inCorpus: boolean, timeline: OfficeSpan[]) => {
    for (const h of heldOn(timeline, query, q.on)) {
      out.push({
        person: { id, name, country: personCountry, inCorpus },
        office: h.span.office,
        from: h.span.from,
        to: h.span.to,
        evidence: h.evidence,
        firstSeen: h.span.firstSeen,
        lastSeen: h.span.lastSeen,
        documents: h.span.documents,
      });
    }
  };
  for (let offset = 0; ; offset += 500) {
    const page = store.people({ country, officeWords: query.split(' ').filter((w) => w.length > 2) }, { limit: 500, offset });
    for (const p of page.items) {
      seen.add(p.id);
      consider(p.id, p.name, p.country, true, timelineOf(store, p.id));
    }
    if (offset + 500 >= page.total) break;
  }
  for (const l of leaders.values()) {
    if (seen.has(l.id) || (country && l.country !== country)) continue;
    consider(l.id, l.name, l.country, store.person(l.id) !== null, buildTimeline([], gazetteerOffices(l, geo, new Map(l.offices.flatMap((o) => [...acronymsIn(o.title)])))));
  }
  // Firm evidence first, then the most recent.
  const order = { gazetteer: 0, corpus: 0, 'last-seen': 1 };
  return out.sort((a, b) => order[a.evidence] - order[b.evidence] || (b.lastSeen ?? b.from ?? '').localeCompare(a.lastSeen ?? a.from ?? ''));
}

export function peopleNetwork(store: Store, filter: NetworkFilter = {}): Network {
  return store.network(filter.between ? { ...filter, between: [filter.between[0].toUpperCase(), filter.between[1].toUpperCase()] } : filter);
}
