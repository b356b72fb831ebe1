// The dashboard in Debian's Chromium over a real store (seeds + examples + a hostile article): every
// view loads cleanly, charts and the network draw what the API returns, a click from the timeline
// opens an event with its evidence highlighted, and the hostile article stays inert.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startCorpusServer, type CorpusServer } from '../api/corpus-fixture.ts';
import { launchBrowser, openDashboard, type WatchedPage } from './harness.ts';

type Page<T> = { total: number; items: T[] };
type Source = { documentId: string; start: number; end: number };
type EventItem = { id: string; sources: Source[] };

let server: CorpusServer;
let browser: Browser;
let dash: WatchedPage;

const api = async <T>(path: string): Promise<T> => {
  const res = await fetch(new URL(path, server.url));
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  return (await res.json()) as T;
};

before(async () => {
  [server, browser] = await Promise.all([startCorpusServer(), launchBrowser()]);
  dash = await openDashboard(browser, server.url);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('timeline', () => {
  it('draws one bar group per month the API returns, with the same counts', async () => {
    await dash.show('#/timeline');
    const series = await api<{ rows: { period: string; events: number }[] }>('/api/series?by=month');
    assert.ok(series.rows.length > 0, 'the corpus has dated events');
    const drawn = await dash.page.evaluate(() => {
      const chart = (window as any).Chart.getChart(document.getElementById('series-chart'));
      const bars = chart.data.datasets.filter((d: any) => d.type === 'bar');
      return { labels: chart.data.labels, counts: chart.data.labels.map((_: string, i: number) => bars.reduce((n: number, d: any) => n + d.data[i], 0)) };
    });
    assert.deepEqual(drawn.labels, series.rows.map((r) => r.period));
    assert.deepEqual(drawn.counts, series.rows.map((r) => r.events));
  });

  it('lists as many events as the API counts, one page at a time', async () => {
    const events = await api<Page<EventItem>>('/api/events?limit=25');
    const rows = await dash.page.locator('main table.data tbody tr').count();
    assert.equal(rows, Math.min(25, events.total));
    assert.match(await dash.page.locator('main h2', { hasText: 'Events' }).innerText(), new RegExp(`\\(${events.total}\\)`));
  });

  it('filters by dyad and type through the form', async () => {
    const stats = await api<{ dyads: { between: string[] }[] }>('/api/stats');
    const dyad = stats.dyads[0].between.join(',');
    await dash.show(`#/timeline?between=${dyad}&type=CONSULT`);
    const expected = await api<Page<EventItem>>(`/api/events?between=${dyad}&type=CONSULT&limit=25`);
    assert.equal(await dash.page.locator('main table.data tbody tr').count(), Math.min(25, expected.total));
    assert.equal(await dash.page.locator('select[name=between]').inputValue(), dyad);
  });

  it('opens an event from the timeline with its evidence highlighted in every source', async () => {
    await dash.show('#/timeline');
    const link = dash.page.locator('a.event-link').first();
    const id = decodeURIComponent((await link.getAttribute('href'))!.replace('#/event/', ''));
    await Promise.all([dash.page.waitForSelector('#view[data-view="event"][data-ready="true"]'), link.click()]);
    const event = await api<EventItem>(`/api/events/${encodeURIComponent(id)}`);
    const marks = await dash.page.locator('.source mark.evidence').allInnerTexts();
    assert.equal(marks.length, event.sources.length);
    for (const [i, source] of event.sources.entries()) {
      const doc = await api<{ text: string }>(`/api/documents/${source.documentId}`);
      assert.equal(marks[i].replace(/\s+/g, ' '), doc.text.slice(source.start, source.end).replace(/\s+/g, ' '));
    }
  });
});

describe('people', () => {
  it('draws the network with as many nodes and edges as the API', async () => {
    await dash.show('#/people');
    const network = await api<{ nodes: unknown[]; edges: unknown[] }>('/api/people/network');
    assert.ok(network.nodes.length > 1, 'someone met someone');
    const drawn = await dash.page.locator('#network').evaluate((n) => ({ nodes: Number(n.dataset.nodes), edges: Number(n.dataset.edges) }));
    assert.deepEqual(drawn, { nodes: network.nodes.length, edges: network.edges.length });
  });

  it('shows a person with offices over time and quotes', async () => {
    const people = await api<Page<{ id: string; name: string }>>('/api/people?limit=500');
    const details = await Promise.all(people.items.map((p) => api<{ id: string; name: string; offices: unknown[]; quotes: unknown[] }>(`/api/people/${encodeURIComponent(p.id)}`)));
    const person = details.find((d) => d.offices.length && d.quotes.length);
    assert.ok(person, 'someone in the corpus has an office and a quote');
    await dash.show(`#/people/${encodeURIComponent(person.id)}`);
    assert.match(await dash.page.locator('main h1').innerText(), new RegExp(person.name));
    assert.equal(await dash.page.locator('table.offices tbody tr').count(), person.offices.length);
    assert.equal(await dash.page.locator('blockquote.quote').count(), person.quotes.length);
  });
});

describe('figures', () => {
  it('charts one point per dated value and a click opens its sentence', async () => {
    await dash.show('#/figures');
    const measure = await dash.page.locator('#measure').inputValue();
    const [m, unit] = measure.split('\u0000');
    const figures = await api<Page<{ period: string | null; published: string | null; start: number; end: number; documentId: string }>>(
      `/api/figures?measure=${encodeURIComponent(m)}&unit=${encodeURIComponent(unit)}&limit=500`);
    const dated = figures.items.filter((f) => f.period ?? f.published);
    const point = await dash.page.evaluate(() => {
      const canvas = document.getElementById('figures-chart') as HTMLCanvasElement;
      const chart = (window as any).Chart.getChart(canvas);
      const meta = chart.getDatasetMeta(0);
      return { count: meta.data.length, x: meta.data[0].x, y: meta.data[0].y };
    });
    assert.equal(point.count, dated.length);
    await Promise.all([
      dash.page.waitForSelector('#view[data-view="document"][data-ready="true"]'),
      dash.page.locator('#figures-chart').click({ position: { x: point.x, y: point.y } }),
    ]);
    const mark = await dash.page.locator('mark.evidence').innerText();
    assert.ok(mark.length > 0);
  });
});

describe('commitments', () => {
  it('puts each meeting of the speaker in its own column', async () => {
    await dash.show('#/commitments');
    const speaker = await dash.page.locator('#speaker').inputValue();
    const aligned = await api<{ meetings: unknown[] }>(`/api/proposals?speaker=${encodeURIComponent(speaker)}`);
    assert.ok(aligned.meetings.length > 0);
    assert.equal(await dash.page.locator('table.commitments thead th').count(), aligned.meetings.length + 1);
    assert.ok((await dash.page.locator('.proposal').count()) > 0);
  });
});

describe('search', () => {
  it('lists the API hits with every marked word matching the query', async () => {
    await dash.show('#/search?q=trade');
    const hits = await api<Page<unknown>>('/api/search?q=trade&limit=20');
    assert.ok(hits.total > 0);
    assert.equal(await dash.page.locator('li.result').count(), Math.min(20, hits.total));
    const marked = await dash.page.locator('li.result mark.hit').allInnerTexts();
    assert.ok(marked.length >= Math.min(20, hits.total));
    // The index stems words (porter): "trading" is a match for "trade".
    for (const word of marked) assert.match(word, /^trad/i);
  });
});

describe('hostile articles', () => {
  // One plain-text article with markup in its body, one JSON line with markup in title and source and a javascript: URL.
  for (const word of ['lithium', 'avocado']) {
    it(`stay inert wherever the "${word}" article shows`, async () => {
      const search = await api<Page<{ documentId: string }>>(`/api/search?q=${word}`);
      assert.equal(search.total, 1);
      const docId = search.items[0].documentId;
      const events = await api<Page<EventItem>>(`/api/events?document=${docId}`);
      const hashes = [`#/search?q=${word}`, `#/document/${docId}`, ...events.items.map((e) => `#/event/${encodeURIComponent(e.id)}`)];
      for (const hash of hashes) {
        await dash.show(hash);
        assert.equal(await dash.pwned(), undefined, `script ran on ${hash}`);
        const injected = await dash.page.evaluate(() => ({
          scripts: [...document.scripts].map((s) => s.getAttribute('src')),
          elements: document.querySelectorAll('main img, main iframe, main svg, main [onerror], main [onload]').length,
          jsLinks: document.querySelectorAll('a[href^="javascript" i]').length,
        }));
        assert.deepEqual(injected, { scripts: ['/vendor/chart.umd.min.js', '/vendor/cytoscape.min.js', '/js/main.js'], elements: 0, jsLinks: 0 }, hash);
      }
      await dash.show(`#/document/${docId}`);
      // The markup is shown as text: the reader sees it, the browser never parsed it.
      assert.match(await dash.page.locator('main').innerText(), /<(script|svg|img)\b/);
      assert.equal(await dash.page.locator('a.external').count(), 0, 'a javascript: URL is not linked');
      assert.deepEqual(dash.problems.dialogs, []);
    });
  }

  it('has its events on the timeline without running anything', async () => {
    await dash.show('#/timeline?between=ARG,CHL');
    assert.equal(await dash.pwned(), undefined);
  });
});

describe('DOM helpers in the page', () => {
  it('let only in-page and http(s) links through', async () => {
    const cases: [string, string | null][] = [
      ['#/event/1', '#/event/1'],
      ['/api/events', '/api/events'],
      ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
      ['http://example.org/', 'http://example.org/'],
      ['javascript:alert(1)', null],
      [' JavaScript:alert(1)', null],
      ['data:text/html,<script>alert(1)</script>', null],
      ['//evil.example/x', null],
      ['vbscript:msgbox', null],
      ['not a url', null],
    ];
    const got = await dash.page.evaluate(async (inputs) => {
      const dom = await import('/js/dom.js' as string);
      return inputs.map((x: string) => dom.safeHref(x));
    }, cases.map((c) => c[0]));
    assert.deepEqual(got, cases.map((c) => c[1]));
  });

  it('highlight spans as text, merging overlaps and ignoring bad offsets', async () => {
    const text = 'A <b>bold</b> claim & more';
    const cases: { spans: { start: number; end: number }[]; marks: string[] }[] = [
      { spans: [{ start: 2, end: 13 }], marks: ['<b>bold</b>'] },
      { spans: [{ start: 0, end: 5 }, { start: 3, end: 9 }], marks: ['A <b>', 'bold'] },
      { spans: [{ start: 5, end: 5 }, { start: -1, end: 3 }, { start: 20, end: 99 }], marks: ['& more'] },
      { spans: [], marks: [] },
    ];
    for (const c of cases) {
      const got = await dash.page.evaluate(async ({ text, spans }) => {
        const dom = await import('/js/dom.js' as string);
        const div = document.createElement('div');
        div.append(dom.highlightSpans(text, spans));
        return { text: div.textContent, marks: [...div.querySelectorAll('mark')].map((m) => m.textContent), elements: div.querySelectorAll('*:not(mark)').length };
      }, { text, spans: c.spans });
      assert.deepEqual(got, { text, marks: c.marks, elements: 0 }, JSON.stringify(c.spans));
    }
  });

  it('split an article into paragraphs and mark the one holding the evidence', async () => {
    const text = 'Title line\n\nFirst paragraph <i>here</i>.\nStill first.\n\n\nSecond one met there.';
    const start = text.indexOf('met');
    const got = await dash.page.evaluate(async ({ text, start }) => {
      const dom = await import('/js/dom.js' as string);
      const div = dom.articleText(text, [{ start, end: start + 3 }]);
      return {
        blocks: [...div.querySelectorAll('p.block')].map((p) => p.textContent),
        marked: [...div.querySelectorAll('p.has-evidence')].map((p) => p.textContent),
        marks: [...div.querySelectorAll('mark')].map((m) => m.textContent),
        elements: div.querySelectorAll('*:not(p):not(mark)').length,
      };
    }, { text, start });
    assert.deepEqual(got, {
      blocks: ['Title line', 'First paragraph <i>here</i>.\nStill first.', 'Second one met there.'],
      marked: ['Second one met there.'],
      marks: ['met'],
      elements: 0,
    });
  });

  it('mark snippet matches without parsing the snippet as HTML', async () => {
    const got = await dash.page.evaluate(async () => {
      const dom = await import('/js/dom.js' as string);
      const div = document.createElement('div');
      div.append(dom.markedSnippet('…<img src=x onerror=alert(1)> \u0002trade\u0003 and \u0002Trade\u0003 <i>x', '\u0002', '\u0003'));
      return { marks: [...div.querySelectorAll('mark')].map((m) => m.textContent), others: div.querySelectorAll('*:not(mark)').length, text: div.textContent };
    });
    assert.deepEqual(got, { marks: ['trade', 'Trade'], others: 0, text: '…<img src=x onerror=alert(1)> trade and Trade <i>x' });
  });
});

describe('the whole session', () => {
  it('raised no script error and no CSP violation', () => {
    assert.deepEqual(dash.problems.errors, []);
    assert.deepEqual(dash.problems.cspViolations, []);
  });

  it('saves a screenshot for the README when DYAD_SCREENSHOT=1', { skip: process.env.DYAD_SCREENSHOT !== '1' }, async () => {
    const stats = await api<{ dyads: { between: string[] }[] }>('/api/stats');
    const dyad = stats.dyads.find((d) => d.between.join(',') === 'CHN,VNM') ?? stats.dyads[0];
    await dash.show(`#/timeline?between=${dyad.between.join(',')}`);
    await dash.page.screenshot({ path: new URL('../../docs/dashboard.png', import.meta.url).pathname });
  });
});

describe('the Content-Security-Policy', () => {
  it('stops inline script and inline handlers even if markup reached the page', async () => {
    const probe = await openDashboard(browser, server.url);
    await probe.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = "inline script"';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__pwned = "inline handler"');
      img.src = 'data:image/png;base64,broken';
      document.body.append(img);
    });
    const violations = await probe.page.waitForFunction(() => {
      const v = (window as unknown as { __csp: string[] }).__csp;
      return v.length >= 2 ? v : null;
    });
    assert.equal(await probe.pwned(), undefined);
    const seen = (await violations.jsonValue()) as string[];
    assert.ok(seen.some((v) => v.startsWith('script-src-elem')), seen.join('; '));
    assert.ok(seen.some((v) => v.startsWith('script-src-attr')), seen.join('; '));
    await probe.page.close();
  });
});
