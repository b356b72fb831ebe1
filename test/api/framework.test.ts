// The API framework over a tiny in-memory route table: validation errors, pagination bounds,
// 404s, security headers, fixed static routes and the generated OpenAPI document, on a real loopback port.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { buildApp } from '../../src/api/app.ts';
import { defineRoute } from '../../src/api/route.ts';
import { between, dateFrom, dateTo, FROM_AFTER_TO, fromNotAfterTo, pagination } from '../../src/api/schemas.ts';
import { listen, type RunningServer } from '../../src/api/server.ts';

type Fruit = { id: string; name: string; picked: string };
const fruits: Fruit[] = [
  { id: 'a', name: 'apple', picked: '2024-03-01' },
  { id: 'b', name: 'pear', picked: '2024-05-10' },
  { id: 'c', name: 'plum', picked: '2024-08-20' },
];
const route = defineRoute<Fruit[]>();
const routes = [
  route({
    path: '/api/fruits',
    tag: 'test',
    summary: 'fruits',
    returns: 'fruit',
    paginated: true,
    query: z.strictObject({ from: dateFrom, to: dateTo, between, ...pagination }).refine(fromNotAfterTo, FROM_AFTER_TO),
    handle: (store, q) => {
      const hits = store.filter((f) => (!q.from || f.picked >= q.from) && (!q.to || f.picked <= q.to));
      return { total: hits.length, limit: q.limit, offset: q.offset, items: hits.slice(q.offset, q.offset + q.limit), between: q.between ?? null };
    },
  }),
  route({
    path: '/api/fruits/{id}',
    tag: 'test',
    summary: 'one fruit',
    returns: 'fruit',
    params: z.strictObject({ id: z.string().regex(/^[a-z]+$/) }),
    handle: (store, _q, p) => store.find((f) => f.id === p.id),
  }),
];

let server: RunningServer;
const get = (path: string) => fetch(new URL(path, server.url));

before(async () => {
  server = await listen(buildApp(fruits, routes), 0, '127.0.0.1');
});
after(() => server.close());

describe('listening', () => {
  it('binds loopback and reports its address', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});

describe('query validation', () => {
  const cases: { url: string; path: string; message: RegExp }[] = [
    { url: '/api/fruits?from=2024-13-01', path: 'query.from', message: /calendar date/ },
    { url: '/api/fruits?from=yesterday', path: 'query.from', message: /YYYY-MM-DD/ },
    { url: '/api/fruits?limit=0', path: 'query.limit', message: /.+/ },
    { url: '/api/fruits?limit=501', path: 'query.limit', message: /.+/ },
    { url: '/api/fruits?limit=ten', path: 'query.limit', message: /.+/ },
    { url: '/api/fruits?offset=-1', path: 'query.offset', message: /.+/ },
    { url: '/api/fruits?between=CHN', path: 'query.between', message: /ISO3/ },
    { url: '/api/fruits?colour=red', path: 'query', message: /colour/ },
    { url: '/api/fruits?from=2024-06-01&to=2024-01-01', path: 'query.from', message: /after/ },
    { url: '/api/fruits/NOT-LOWER', path: 'params.id', message: /.+/ },
  ];
  for (const c of cases) {
    it(`400 for ${c.url}`, async () => {
      const res = await get(c.url);
      assert.equal(res.status, 400);
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      const body = (await res.json()) as { error: string; details: { path: string; message: string }[] };
      assert.match(body.error, /^invalid (query|params)/);
      const detail = body.details.find((d) => d.path === c.path);
      assert.ok(detail, `no detail at ${c.path} in ${JSON.stringify(body.details)}`);
      assert.match(detail.message, c.message);
    });
  }

  it('accepts valid filters and pages with totals', async () => {
    const res = await get('/api/fruits?from=2024-04-01&limit=1&offset=1&between=chn,vnm');
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.deepEqual(body, { total: 2, limit: 1, offset: 1, items: [fruits[2]], between: ['CHN', 'VNM'] });
  });

  it('applies default paging', async () => {
    const body = (await (await get('/api/fruits')).json()) as { limit: number; offset: number; total: number };
    assert.deepEqual([body.limit, body.offset, body.total], [50, 0, 3]);
  });
});

describe('not found', () => {
  for (const url of ['/api/fruits/zzz', '/api/nothing', '/web/index.html', '/../package.json', '/%2e%2e/package.json', '/vendor/../package.json', '/js/../../package.json']) {
    it(`404 JSON for ${url}`, async () => {
      const res = await get(url);
      assert.equal(res.status, 404);
      const body = (await res.json()) as { error: string };
      assert.match(body.error, /not found/);
    });
  }
});

describe('security headers', () => {
  for (const url of ['/', '/api/fruits', '/api/fruits?limit=0', '/api/nothing', '/openapi.json']) {
    it(`on ${url}`, async () => {
      const res = await get(url);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /object-src 'none'/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
    });
  }
});

describe('static files', () => {
  const expected: [string, RegExp, RegExp][] = [
    ['/', /text\/html/, /<script type="module" src="\/js\/main.js">/],
    ['/index.html', /text\/html/, /<main id="view"/],
    ['/style.css', /text\/css/, /--accent/],
    ['/js/dom.js', /text\/javascript/, /textContent/],
    ['/vendor/chart.umd.min.js', /text\/javascript/, /Chart/],
    ['/vendor/cytoscape.min.js', /text\/javascript/, /cytoscape/],
  ];
  for (const [url, type, body] of expected) {
    it(`serves ${url}`, async () => {
      const res = await get(url);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', type);
      assert.match(await res.text(), body);
    });
  }

  it('has no inline script or inline event handler in the page', async () => {
    const html = await (await get('/')).text();
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /\bsrc="\//, tag);
    assert.doesNotMatch(html, /<script\b[^>]*>[^<\s]/);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
  });
});

describe('OpenAPI document', () => {
  it('describes every route with its parameters', async () => {
    const doc = (await (await get('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown>; example?: unknown }[] } }>;
    };
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.paths), ['/api/fruits', '/api/fruits/{id}']);
    const params = doc.paths['/api/fruits'].get.parameters;
    assert.deepEqual(params.map((p) => p.name), ['from', 'to', 'between', 'limit', 'offset']);
    assert.ok(params.every((p) => p.in === 'query' && !p.required));
    const limit = params.find((p) => p.name === 'limit')!;
    assert.equal(limit.schema.maximum, 500);
    assert.equal(limit.example, 50);
    const id = doc.paths['/api/fruits/{id}'].get.parameters[0];
    assert.deepEqual([id.name, id.in, id.required], ['id', 'path', true]);
  });
});
