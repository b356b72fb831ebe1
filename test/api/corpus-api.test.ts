// The JSON API over a real store (seeds + examples + a hostile article) on a loopback port: filters
// do what they say, lists page with honest totals, every evidence span points into its article,
// bad input is a 400 that names the field, and no input reaches a 500.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCorpusServer, type CorpusServer } from './corpus-fixture.ts';
import { noSeeds } from '../support/shared.ts';

type Entity = { code: string; identifier_text: string };
type Source = { documentId: string; start: number; end: number; text: string };
type Event = { id: string; date: string | null; event: string[]; quad_code: number | null; actor: Entity[]; recipient: Entity[]; sourceCount: number; sources: Source[] };
type Page<T> = { total: number; limit: number; offset: number; items: T[] };
type Doc = { id: string; text: string };

let server: CorpusServer;
const docs = new Map<string, Doc>();

async function get(path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(new URL(path, server.url));
  assert.match(res.headers.get('content-type') ?? '', /application\/json/, path);
  return { status: res.status, body: await res.json() };
}
async function ok<T = any>(path: string): Promise<T> {
  const { status, body } = await get(path);
  assert.equal(status, 200, `${path}: ${JSON.stringify(body)}`);
  return body as T;
}
async function doc(id: string): Promise<Doc> {
  if (!docs.has(id)) docs.set(id, await ok<Doc>(`/api/documents/${encodeURIComponent(id)}`));
  return docs.get(id)!;
}
const codes = (e: Event) => new Set([...e.actor, ...e.recipient].map((x) => x.code));

before(async () => {
  // The assertions name seed people and dyads (Xi Jinping, CHN–VNM).
  if (noSeeds) return;
  server = await startCorpusServer();
});
after(() => server?.close());

describe('the test corpus', { skip: noSeeds }, () => {
  it('was ingested without problems', () => {
    assert.deepEqual(server.ingest.problems, []);
    assert.ok(server.ingest.stored >= 15, `stored ${server.ingest.stored}`);
  });
});

describe('/api/stats and /api/documents', { skip: noSeeds }, () => {
  it('counts what the lists hold', async () => {
    const stats = await ok('/api/stats');
    assert.equal((await ok<Page<unknown>>('/api/documents')).total, stats.documents);
    assert.equal((await ok<Page<unknown>>('/api/documents?duplicates=true')).total, stats.documents + stats.duplicates);
    assert.equal((await ok<Page<unknown>>('/api/events')).total, stats.events);
    assert.equal((await ok<Page<unknown>>('/api/people')).total, stats.people);
    assert.ok(stats.duplicates >= 1, 'the reprinted example is recognised');
  });

  it('pages through every document exactly once', async () => {
    const all = await ok<Page<{ id: string }>>('/api/documents?limit=500');
    const seen: string[] = [];
    for (let offset = 0; offset < all.total; offset += 4) {
      const page = await ok<Page<{ id: string }>>(`/api/documents?limit=4&offset=${offset}`);
      assert.deepEqual([page.limit, page.offset, page.total], [4, offset, all.total]);
      seen.push(...page.items.map((d) => d.id));
    }
    assert.deepEqual(seen, all.items.map((d) => d.id));
    assert.deepEqual((await ok<Page<unknown>>(`/api/documents?offset=${all.total}`)).items, []);
  });

  it('filters documents by date', async () => {
    const page = await ok<Page<{ published: string }>>('/api/documents?from=2024-01-01&to=2024-12-31&limit=500');
    assert.ok(page.total > 0);
    for (const d of page.items) assert.ok(d.published >= '2024-01-01' && d.published <= '2024-12-31', d.published);
  });

  it('returns one document with its text, and 404 for an unknown id', async () => {
    const first = (await ok<Page<{ id: string }>>('/api/documents?limit=1')).items[0];
    const d = await doc(first.id);
    assert.equal(d.id, first.id);
    assert.ok(d.text.length > 200);
    const missing = await get('/api/documents/ffffffffffffffff');
    assert.equal(missing.status, 404);
    assert.match(missing.body.error, /not found/);
  });
});

describe('/api/events', { skip: noSeeds }, () => {
  it('keeps every evidence span pointing into its article', async () => {
    const events = await ok<Page<Event>>('/api/events?limit=500');
    assert.ok(events.items.length > 20);
    for (const e of events.items) {
      assert.ok(e.sources.length >= 1 && e.sourceCount >= 1, e.id);
      for (const s of e.sources) assert.equal((await doc(s.documentId)).text.slice(s.start, s.end), s.text, `${e.id} in ${s.documentId}`);
    }
  });

  const filters: { query: string; holds: (e: Event) => boolean }[] = [
    { query: 'between=CHN,VNM', holds: (e) => codes(e).has('CHN') && codes(e).has('VNM') },
    { query: 'between=vnm,chn', holds: (e) => codes(e).has('CHN') && codes(e).has('VNM') },
    { query: 'country=JPN', holds: (e) => codes(e).has('JPN') },
    { query: 'type=CONSULT', holds: (e) => e.event.includes('CONSULT') },
    { query: 'type=consult', holds: (e) => e.event.includes('CONSULT') },
    { query: 'quad=4', holds: (e) => e.quad_code === 4 },
    { query: 'from=2024-04-01&to=2024-10-31', holds: (e) => !!e.date && e.date.slice(0, 7) >= '2024-04' && e.date <= '2024-10-31' },
    { query: 'person=Xi%20Jinping', holds: (e) => [...e.actor, ...e.recipient].some((x) => x.identifier_text === 'Xi Jinping') },
    { query: 'person=person%3Axi-jinping&type=CONSULT', holds: (e) => e.event.includes('CONSULT') && [...e.actor, ...e.recipient].some((x) => x.identifier_text === 'Xi Jinping') },
  ];
  for (const f of filters) {
    it(`?${f.query} returns only matching events`, async () => {
      const page = await ok<Page<Event>>(`/api/events?${f.query}&limit=500`);
      assert.ok(page.total > 0, 'the corpus has some');
      assert.equal(page.items.length, page.total);
      for (const e of page.items) assert.ok(f.holds(e), `${e.id} ${e.date} ${e.event} ${[...codes(e)]}`);
    });
  }

  it('narrows when filters combine', async () => {
    const dyad = (await ok<Page<Event>>('/api/events?between=CHN,VNM')).total;
    const both = (await ok<Page<Event>>('/api/events?between=CHN,VNM&type=CONSULT')).total;
    assert.ok(both > 0 && both < dyad);
  });

  it('finds nothing for a person the corpus does not know', async () => {
    assert.equal((await ok<Page<Event>>('/api/events?person=Nobody%20Atall')).total, 0);
  });

  it('returns one event with all its sources, and 404 for an unknown id', async () => {
    const merged = (await ok<Page<Event>>('/api/events?limit=500')).items.find((e) => e.sourceCount > 1);
    assert.ok(merged, 'some event is reported by two articles');
    const one = await ok<Event>(`/api/events/${merged.id}`);
    assert.equal(one.sources.length, merged.sources.length);
    assert.equal(new Set(one.sources.map((s) => s.documentId)).size, one.sources.length);
    assert.equal((await get('/api/events/ce_0000000000000000')).status, 404);
  });
});

describe('/api/series', { skip: noSeeds }, () => {
  for (const query of ['by=month', 'by=year', 'between=CHN,VNM', 'between=CHN,VNM&by=year&type=CONSULT']) {
    it(`?${query}: rows add up to the events list`, async () => {
      const series = await ok(`/api/series?${query}`);
      const total = (await ok<Page<Event>>(`/api/events?${query.replace(/&?by=\w+/, '')}`)).total;
      const rowSum = series.rows.reduce((n: number, r: { events: number }) => n + r.events, 0);
      assert.equal(rowSum, series.totals.events);
      assert.equal(series.totals.events + series.excluded.undated + series.excluded.coarser, total);
      for (const r of series.rows) {
        assert.equal(r.period.length, query.includes('by=year') ? 4 : 7);
        assert.equal(Object.values(r.quads as Record<string, number>).reduce((a, b) => a + b, 0) <= r.events, true);
      }
    });
  }
});

describe('/api/search', { skip: noSeeds }, () => {
  it('finds the article by a word and marks it in the snippet', async () => {
    const result = await ok('/api/search?q=lithium');
    assert.equal(result.total, 1);
    const { open, close } = result.marks;
    assert.ok(result.items[0].snippet.includes(`${open}lithium${close}`) || result.items[0].snippet.toLowerCase().includes(`${open}lithium`));
  });

  it('searches a phrase and pages', async () => {
    const all = await ok('/api/search?q=trade');
    assert.ok(all.total > 2);
    const second = await ok('/api/search?q=trade&limit=1&offset=1');
    assert.equal(second.items[0].documentId, all.items[1].documentId);
  });

  const odd = ['"', 'AND', 'OR OR', '(', 'NEAR(', "'; DROP TABLE documents; --", '%', '*', 'lithium*', '"unterminated phrase', 'x'.repeat(500)];
  for (const q of odd) {
    it(`never fails with a server error for q=${JSON.stringify(q.slice(0, 30))}`, async () => {
      const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
      assert.ok(status === 200 || status === 400, `${status} ${JSON.stringify(body)}`);
      if (status === 400) assert.equal(body.details[0].path, 'query.q');
    });
  }
});

describe('/api/people', { skip: noSeeds }, () => {
  it('lists people with offices over time', async () => {
    const page = await ok<Page<{ id: string; offices: { office: string; from: string | null }[] }>>('/api/people?limit=500');
    assert.ok(page.items.some((p) => p.offices.length > 0));
  });

  it('finds one person by id or by name, with quotes pointing into their articles', async () => {
    const byId = await ok('/api/people/person%3Axi-jinping');
    const byName = await ok('/api/people/Xi%20Jinping');
    assert.equal(byName.id, byId.id);
    assert.ok(byId.offices.length > 0 && byId.quotes.length > 0);
    for (const q of byId.quotes) assert.ok((await doc(q.documentId)).text.slice(q.start, q.end).includes(q.text.slice(0, 20)), q.text);
    assert.equal((await get('/api/people/Nobody%20Atall')).status, 404);
  });

  it('filters by country', async () => {
    const page = await ok<Page<{ country: string }>>('/api/people?country=vnm&limit=500');
    assert.ok(page.total > 0);
    for (const p of page.items) assert.equal(p.country, 'VNM');
  });

  it('draws the network from people who met: every edge joins two listed nodes', async () => {
    const net = await ok<{ nodes: { id: string }[]; edges: { source: string; target: string; weight: number }[] }>('/api/people/network');
    const ids = new Set(net.nodes.map((n) => n.id));
    assert.ok(net.edges.length > 3);
    for (const e of net.edges) assert.ok(ids.has(e.source) && ids.has(e.target) && e.weight >= 1);
    const dyad = await ok<{ nodes: { country: string | null }[] }>('/api/people/network?between=CHN,VNM');
    assert.ok(dyad.nodes.length > 0 && dyad.nodes.length < net.nodes.length);
    for (const n of dyad.nodes) assert.ok(['CHN', 'VNM', null].includes(n.country), n.country ?? 'null');
  });
});

describe('/api/proposals and /api/figures', { skip: noSeeds }, () => {
  it('aligns a speaker\'s proposals across meetings', async () => {
    const speakers = await ok<{ items: { speaker: string; speakerId: string | null }[] }>('/api/proposals/speakers');
    assert.ok(speakers.items.length > 0);
    const top = speakers.items[0];
    const aligned = await ok(`/api/proposals?speaker=${encodeURIComponent(top.speaker)}`);
    assert.ok(aligned.meetings.length >= 1);
    for (const m of aligned.meetings) {
      for (const list of Object.values(m.cells) as { status: string; start: number; end: number; text: string; documentId: string }[][]) {
        for (const p of list) {
          assert.ok(['added', 'repeated', 'dropped'].includes(p.status));
          assert.ok((await doc(p.documentId)).text.slice(p.start, p.end).includes(p.text.slice(0, 15)), p.text);
        }
      }
    }
  });

  it('lists figures of a measure with spans into their articles', async () => {
    const measures = await ok<{ items: { measure: string; unit: string; count: number }[] }>('/api/figures/measures');
    assert.ok(measures.items.length > 3);
    for (const m of measures.items.slice(0, 5)) {
      const page = await ok<Page<{ measure: string; unit: string; text: string; start: number; end: number; documentId: string }>>(
        `/api/figures?measure=${encodeURIComponent(m.measure)}&unit=${encodeURIComponent(m.unit)}`);
      assert.equal(page.total, m.count);
      for (const f of page.items) {
        assert.deepEqual([f.measure, f.unit], [m.measure, m.unit]);
        assert.equal((await doc(f.documentId)).text.slice(f.start, f.end), f.text);
      }
    }
  });
});

describe('bad input', { skip: noSeeds }, () => {
  const cases: [string, string][] = [
    ['/api/events?quad=5', 'query.quad'],
    ['/api/events?quad=one', 'query.quad'],
    ['/api/events?type=CON%20SULT', 'query.type'],
    ['/api/events?type=MEET', 'query.type'],
    ['/api/events?between=CHN,VN', 'query.between'],
    ['/api/events?between=CHN', 'query.between'],
    ['/api/events?from=2024-02-30', 'query.from'],
    ['/api/events?from=2025-01-01&to=2024-01-01', 'query.from'],
    ['/api/events?limit=1000', 'query.limit'],
    ['/api/events?sort=date', 'query'],
    ['/api/series?by=week', 'query.by'],
    ['/api/search', 'query.q'],
    ['/api/search?q=%20%20', 'query.q'],
    ['/api/proposals', 'query.speaker'],
    ['/api/people?country=Vietnam', 'query.country'],
    ['/api/documents?duplicates=yes', 'query.duplicates'],
  ];
  for (const [url, field] of cases) {
    it(`${url} → 400 naming ${field}`, async () => {
      const { status, body } = await get(url);
      assert.equal(status, 400);
      assert.ok(body.details.some((d: { path: string }) => d.path === field), JSON.stringify(body));
    });
  }

  const hostile = ['/api/events?person=%25', "/api/events?person='%20OR%201=1", '/api/people?name=%25_%5C', '/api/people/..%2F..%2Fetc%2Fpasswd', '/api/documents/%00', '/api/figures?measure=%22%3B'];
  for (const url of hostile) {
    it(`${url} answers without a server error`, async () => {
      const { status } = await get(url);
      assert.ok([200, 400, 404].includes(status), String(status));
    });
  }
});

describe('/openapi.json', { skip: noSeeds }, () => {
  it('documents every route, and each answers with its example parameters', async () => {
    const spec = await ok('/openapi.json');
    const paths = Object.keys(spec.paths);
    for (const p of ['/api/documents', '/api/documents/{id}', '/api/events', '/api/events/{id}', '/api/series', '/api/people', '/api/people/{id}', '/api/people/network', '/api/search', '/api/proposals', '/api/figures']) {
      assert.ok(paths.includes(p), p);
    }
    for (const p of paths.filter((x) => !x.includes('{'))) {
      const required = spec.paths[p].get.parameters.filter((x: { required: boolean }) => x.required);
      const query = new URLSearchParams(required.map((x: { name: string; example: unknown }) => [x.name, String(x.example)]));
      const { status } = await get(`${p}?${query}`);
      assert.equal(status, 200, p);
    }
  });
});
