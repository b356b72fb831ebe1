// Query latency on a large store: events are generated straight into the store through the Store
// interface (no extraction), then the services behind `events`, `search` and `series` are timed.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { DyadRecord, EventEntity, PloverEvent } from '../src/core/types.ts';
import { documentId } from '../src/services/extract.ts';
import { listEvents } from '../src/services/events.ts';
import { searchArticles } from '../src/services/search.ts';
import { eventSeries } from '../src/services/series.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { SCHEMA_VERSION } from '../src/store/schema.ts';
import { removeStore } from './ingest.ts';
import type { Article } from './generate.ts';
import { createRng, type Rng } from './prng.ts';
import type { QueryBench, QueryTiming } from './run.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Bump when the generated store changes shape, so a cached store is rebuilt. */
const STORE_RECIPE = 1;
const EVENTS_PER_DOCUMENT = 20;

interface Country {
  code: string;
  name: string;
}

interface TypeScore {
  type: string;
  quad: number;
  score: number;
}

/** Countries in the news often (weighted ×8) and the rest of the UN members once, so some dyads are busy. */
function loadCountries(): Country[] {
  const require = createRequire(import.meta.url);
  const world = require('world-countries/countries.json') as { cca3: string; name: { common: string }; unMember: boolean }[];
  const busy = new Set(['USA', 'CHN', 'RUS', 'JPN', 'KOR', 'IND', 'VNM', 'PHL', 'AUS', 'DEU', 'FRA', 'GBR', 'UKR', 'IRN', 'ISR', 'PAK']);
  const out: Country[] = [];
  for (const c of world.filter((x) => x.unMember)) {
    for (let i = 0; i < (busy.has(c.cca3) ? 8 : 1); i++) out.push({ code: c.cca3, name: c.name.common });
  }
  return out;
}

function loadTypes(): TypeScore[] {
  const scores = parseYaml(readFileSync(path.join(ROOT, 'data/events/scores.yaml'), 'utf8')) as { types: Record<string, { quad: number; score: number }> };
  return Object.entries(scores.types).map(([type, s]) => ({ type, quad: s.quad, score: s.score }));
}

function randomDate(rng: Rng): string {
  const day = new Date(Date.UTC(2013, 0, 1) + rng.int(0, 13 * 365) * 86400000).toISOString().slice(0, 10);
  return rng.next() < 0.1 ? day.slice(0, 7) : day;
}

/** One synthetic document: a short real-looking text and twenty events between weighted countries. */
function syntheticRecord(n: number, text: string, countries: Country[], types: TypeScore[], rng: Rng): DyadRecord {
  const id = documentId(text);
  const entity = (c: Country): EventEntity => ({ code: c.code, sector: 'GOV', entity_text: c.name, identifier_text: c.name });
  const events: PloverEvent[] = [];
  for (let i = 0; i < EVENTS_PER_DOCUMENT; i++) {
    const a = rng.pick(countries);
    let b = rng.pick(countries);
    while (b.code === a.code) b = rng.pick(countries);
    const t = rng.pick(types);
    const start = rng.int(0, Math.max(0, text.length - 60));
    events.push({
      id: `e${i + 1}`, date: randomDate(rng), event: [t.type], mode: [], context: [], actor: [entity(a)], recipient: [entity(b)],
      event_loc: null, event_text: [text.slice(start, start + 40)], quad_code: t.quad, event_scale: t.score,
      text_info: { sequence: i, start, end: Math.min(text.length, start + 40) }, rule: 'bench.synthetic', confidence: 0.9,
    });
  }
  return {
    document: {
      id, file: `bench-${n}.txt`, title: text.slice(0, text.indexOf('\n') > 0 ? text.indexOf('\n') : 80).trim(), source: 'bench',
      published: events[0].date!.length === 10 ? events[0].date : null, publishedFrom: 'header', dateline: null, byline: null,
      language: 'en', url: null, warnings: [],
    },
    people: [], organizations: [], places: [], events, quotes: [], proposals: [], figures: [],
  };
}

function countCorpusEvents(db: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare('SELECT count(*) AS n FROM corpus_events').get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

function readMarker(file: string): { STORE_RECIPE: number; SCHEMA_VERSION: number; target: number } | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null; // missing or torn: the store is rebuilt
  }
}

/**
 * Builds (or reuses, when an earlier run left one of the same recipe) a store of at least `target`
 * corpus events. Document texts are the first paragraphs of generated articles, so search has words.
 */
export function buildEventStore(target: number, texts: Article[], work: string, log: (line: string) => void): { db: string; events: number; seconds: number; reused: boolean } {
  const db = path.join(work, `query-${target}.db`);
  const marker = `${db}.json`;
  const recipe = { STORE_RECIPE, SCHEMA_VERSION, target };
  const cached = existsSync(db) ? readMarker(marker) : null;
  if (cached && cached.STORE_RECIPE === STORE_RECIPE && cached.target === target && cached.SCHEMA_VERSION <= SCHEMA_VERSION) {
    // A store of an older schema is migrated as a user's store would be, not rebuilt.
    if (cached.SCHEMA_VERSION < SCHEMA_VERSION) {
      log(`query: migrating the cached store from schema ${cached.SCHEMA_VERSION} to ${SCHEMA_VERSION}`);
      openStore(db).close();
      writeFileSync(marker, JSON.stringify(recipe));
    }
    return { db, events: countCorpusEvents(db), seconds: 0, reused: true };
  }
  removeStore(db);
  const started = performance.now();
  const rng = createRng(target);
  const countries = loadCountries();
  const types = loadTypes();
  const store = openStore(db);
  let n = 0;
  let events = 0;
  try {
    while (events < target) {
      store.batch(() => {
        for (let i = 0; i < 500; i++, n++) {
          const source = texts[n % texts.length].text;
          const text = `${source.slice(0, 900)}\n\nBench document ${n}.\n`;
          const record = syntheticRecord(n, text, countries, types, rng);
          store.addArticle({ record, text, input: record.document.file, bodyStart: 0, signature: null });
        }
      });
      events = countCorpusEvents(db);
      if (n % 10000 === 0) log(`query: store has ${events} events (${n} documents)`);
    }
  } finally {
    store.close();
  }
  writeFileSync(marker, JSON.stringify(recipe));
  return { db, events, seconds: (performance.now() - started) / 1000, reused: false };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Times `fn` `runs` times after one warm-up call; `fn` draws its own parameters and returns a row count. */
function timeQuery(name: string, runs: number, fn: () => number): QueryTiming {
  fn();
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    rows = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: times[times.length - 1], rows };
}

const BUSY = ['USA', 'CHN', 'RUS', 'JPN', 'KOR', 'IND', 'VNM', 'PHL'];
const SEARCHES = ['talks', 'border crossing', 'foreign minister', 'trade AND investment', 'ceasefire', 'semiconductor*', 'prisoner exchange'];

/** The service calls behind the `events`, `search` and `series` commands, with random parameters each run. */
export function timeQueries(store: Store, runs: number, seed = 7): QueryTiming[] {
  const rng = createRng(seed);
  const types = loadTypes().map((t) => t.type);
  const pair = (): [string, string] => {
    const a = rng.pick(BUSY);
    let b = rng.pick(BUSY);
    while (b === a) b = rng.pick(BUSY);
    return [a, b];
  };
  const year = (): number => rng.int(2013, 2025);
  const month = (): string => `${year()}-${String(rng.int(1, 12)).padStart(2, '0')}`;
  return [
    timeQuery('events --between A B', runs, () => listEvents(store, { between: pair() }).items.length),
    timeQuery('events --between A B --from --to (1 year)', runs, () => {
      const y = year();
      return listEvents(store, { between: pair(), from: `${y}-01-01`, to: `${y}-12-31` }).items.length;
    }),
    timeQuery('events --type T', runs, () => listEvents(store, { type: rng.pick(types) }).items.length),
    timeQuery('events --type T --from --to (1 quarter)', runs, () => {
      const y = year();
      return listEvents(store, { type: rng.pick(types), from: `${y}-04-01`, to: `${y}-06-30` }).items.length;
    }),
    timeQuery('events --from --to (1 month)', runs, () => {
      const m = month();
      return listEvents(store, { from: `${m}-01`, to: `${m}-28` }).items.length;
    }),
    timeQuery('events --between A B --type T', runs, () => listEvents(store, { between: pair(), type: rng.pick(types) }).items.length),
    timeQuery('events --country C', runs, () => listEvents(store, { country: rng.pick(BUSY) }).items.length),
    timeQuery('search WORDS', runs, () => searchArticles(store, rng.pick(SEARCHES)).items.length),
    timeQuery('series --between A B --by month', runs, () => eventSeries(store, { between: pair(), by: 'month' }).rows.length),
    timeQuery('series --country C --by year', runs, () => eventSeries(store, { country: rng.pick(BUSY), by: 'year' }).rows.length),
    timeQuery('series --type T --by month', runs, () => eventSeries(store, { type: rng.pick(types), by: 'month' }).rows.length),
  ];
}

export function benchQuery(target: number, runs: number, texts: Article[], work: string, log: (line: string) => void): QueryBench {
  log(`query: building a store of ${target} events`);
  const built = buildEventStore(target, texts, work, log);
  log(`query: ${built.reused ? 'reused' : 'built'} ${built.events} events${built.reused ? '' : ` in ${built.seconds.toFixed(1)} s`}; timing queries in a child process`);
  const child = path.join(ROOT, 'bench', 'query-child.ts');
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', child, built.db, String(runs)], { maxBuffer: 16 * 1048576, encoding: 'utf8' });
  const queries = JSON.parse(stdout) as QueryTiming[];
  return {
    events: built.events,
    buildSeconds: built.seconds,
    reused: built.reused,
    runsPerQuery: runs,
    queries,
    p95Ms: Math.max(...queries.map((q) => q.p95Ms)),
  };
}
