// `npm run bench [-- --quick] [-- --json] [-- --big]`: generates a corpus and measures extraction, ingest and queries.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles, loadGeneratorData } from './generate.ts';
import { benchExtract, type ExtractBench } from './extract.ts';
import { formatReport } from './report.ts';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');

export interface IngestBench {
  source: string;
  articles: number;
  bytes: number;
  seconds: number;
  articlesPerSec: number;
  mbPerSec: number;
  sentencesPerSec: number | null;
  peakRssMb: number;
  storeMb: number;
  /** The memory run over a large corpus streamed from disk (--big). */
  big?: { bytes: number; articles: number; seconds: number; peakRssMb: number };
}

export interface QueryTiming {
  name: string;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  rows: number;
}

export interface QueryBench {
  events: number;
  buildSeconds: number;
  runsPerQuery: number;
  queries: QueryTiming[];
  /** The worst p95 over all queries. */
  p95Ms: number;
}

export interface BenchResult {
  mode: 'quick' | 'full';
  node: string;
  cpus: number;
  seconds: number;
  corpus: { articles: number; bytes: number; templates: number; seed: number };
  extract: ExtractBench;
  ingest: IngestBench | null;
  query: QueryBench | null;
  peakRssMb: number;
  skipped: { ingest?: string; query?: string };
}

export interface Mode {
  name: 'quick' | 'full';
  corpusBytes: number;
  baselineBytes: number;
  big: boolean;
}

const MB = 1048576;

export function parseMode(argv: string[]): Mode & { json: boolean } {
  const known = new Set(['--quick', '--json', '--big']);
  const unknown = argv.filter((a) => !known.has(a));
  if (unknown.length) throw new Error(`unknown option ${unknown.join(' ')} (use --quick, --json, --big)`);
  const quick = argv.includes('--quick');
  return {
    name: quick ? 'quick' : 'full',
    corpusBytes: quick ? 2 * MB : 20 * MB,
    baselineBytes: quick ? MB / 4 : 2 * MB,
    big: argv.includes('--big'),
    json: argv.includes('--json'),
  };
}

async function main(): Promise<void> {
  const mode = parseMode(process.argv.slice(2));
  const started = performance.now();
  const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);
  const seed = 20240411;
  const data = loadGeneratorData();
  const corpus = [...generateArticles(mode.corpusBytes, seed, data)];
  const bytes = corpus.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  log(`generated ${corpus.length} articles, ${(bytes / MB).toFixed(1)} MB from ${data.templates.length} example articles`);

  const extract = benchExtract(corpus, mode.baselineBytes, log);
  const skipped: BenchResult['skipped'] = {
    ingest: 'no ingest service yet (src/services/ingest.ts)',
    query: 'no store yet (src/store/)',
  };
  const result: BenchResult = {
    mode: mode.name,
    node: process.version,
    cpus: os.cpus().length,
    seconds: 0,
    corpus: { articles: corpus.length, bytes, templates: data.templates.length, seed },
    extract,
    ingest: null,
    query: null,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    skipped,
  };
  result.seconds = (performance.now() - started) / 1000;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(mode.json ? JSON.stringify(result, null, 2) + '\n' : formatReport(result) + '\n');
}

main().catch((err) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
