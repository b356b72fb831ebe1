// `npm run bench [-- --quick] [-- --json] [-- --big]`: generates a corpus and measures extraction, ingest and queries.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles, loadGeneratorData } from './generate.ts';
import { benchExtract, type ExtractBench } from './extract.ts';
import { formatReport } from './report.ts';
import { benchIngestFiles, benchIngestStreamed } from './ingest.ts';
import { benchQuery } from './query.ts';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');

export interface IngestBench {
  source: string;
  articles: number;
  bytes: number;
  /** The whole ingest: store open to last article, start-up of the extraction threads included. */
  seconds: number;
  articlesPerSec: number;
  mbPerSec: number;
  sentencesPerSec: number | null;
  /** Extraction threads, and the cores the run could use (threads plus the writing thread, at most the CPUs). */
  jobs: number;
  cores: number;
  mbPerSecPerCore: number;
  sentencesPerSecPerCore: number | null;
  /** Seconds the extraction threads took to start (part of `seconds`), and the rate after that. */
  startupSeconds: number;
  articlesPerSecAfterStartup: number;
  /** CPU seconds of the ingest process, every thread counted, and articles per CPU second. */
  cpuSeconds: number;
  articlesPerCpuSecond: number;
  /** Of the whole process, worker threads included (they share its memory). */
  peakRssMb: number;
  storeMb: number;
  /** The memory run over a large corpus streamed from disk (--big). */
  big?: { bytes: number; articles: number; seconds: number; articlesPerSec: number; peakRssMb: number; rssByTenthMb: number[] };
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
  /** The store was left by an earlier run with the same recipe and reused. */
  reused: boolean;
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
  /** `peakRssMb`: the benchmark process after extraction (corpus in memory, pipeline, baselines). */
  extract: ExtractBench & { peakRssMb: number };
  ingest: IngestBench | null;
  query: QueryBench | null;
  /** The highest peak RSS of any process the benchmark ran (itself, the ingest children). */
  peakRssMb: number;
  benchProcessPeakRssMb: number;
  skipped: { ingest?: string; query?: string };
}

export interface Mode {
  name: 'quick' | 'full';
  corpusBytes: number;
  baselineBytes: number;
  /** How much of the corpus the ingest run stores (quick mode: a part, since ingest extracts too). */
  ingestBytes: number;
  /** Also ingest a large corpus streamed from disk (slow: opt-in). */
  big: boolean;
  bigBytes: number;
  queryEvents: number;
  queryRuns: number;
}

const MB = 1048576;

/** A bad command line: its message is all the user needs, without a stack. */
class UsageError extends Error {}

export function parseMode(argv: string[]): Mode & { json: boolean } {
  const known = new Set(['--quick', '--json', '--big']);
  const unknown = argv.filter((a) => !known.has(a));
  if (unknown.length) throw new UsageError(`unknown option ${unknown.join(' ')} (use --quick, --json, --big)`);
  const quick = argv.includes('--quick');
  return {
    name: quick ? 'quick' : 'full',
    corpusBytes: quick ? 2 * MB : 20 * MB,
    baselineBytes: quick ? MB / 4 : 2 * MB,
    ingestBytes: quick ? MB : 20 * MB,
    big: argv.includes('--big'),
    bigBytes: quick ? 100 * MB : 1024 * MB,
    queryEvents: quick ? 50_000 : 1_000_000,
    queryRuns: quick ? 15 : 40,
    json: argv.includes('--json'),
  };
}

/** How many of the first articles it takes to reach `bytes`. */
function prefixLength(corpus: { text: string }[], bytes: number): number {
  let n = 0;
  for (let sum = 0; n < corpus.length && sum < bytes; n++) sum += Buffer.byteLength(corpus[n].text);
  return n;
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

  const { bench: extract, sentences } = await benchExtract(corpus, mode.baselineBytes, log);
  const extractPeakRssMb = process.resourceUsage().maxRSS / 1024;
  mkdirSync(OUT, { recursive: true });
  const skipped: BenchResult['skipped'] = {};
  // A section that fails is reported in the table and the JSON; the others still run.
  const attempt = async <T>(section: 'ingest' | 'query', fn: () => Promise<T> | T): Promise<T | null> => {
    try {
      return await fn();
    } catch (err) {
      skipped[section] = `failed: ${(err as Error).message.split('\n')[0]}`;
      log(`${section} failed: ${(err as Error).stack ?? err}`);
      return null;
    }
  };

  const ingest = await attempt('ingest', async (): Promise<IngestBench> => {
    const n = prefixLength(corpus, mode.ingestBytes);
    log(`ingest: ${n} articles as files into a fresh store (child process)`);
    const files = await benchIngestFiles(corpus.slice(0, n), OUT);
    if (files.failed > 0) log(`ingest: ${files.failed} articles failed`);
    const cores = Math.min(os.cpus().length, files.jobs > 0 ? files.jobs + 1 : 1);
    // The same articles as in the extraction run, so dyad's sentence counts apply.
    const sentencesPerSec = files.articles === n ? sentences.slice(0, n).reduce((a, b) => a + b, 0) / files.seconds : null;
    const result: IngestBench = {
      source: `the first ${n} articles as text files in folders of 1,000`,
      articles: files.articles,
      bytes: files.bytes,
      seconds: files.seconds,
      articlesPerSec: files.articles / files.seconds,
      mbPerSec: files.bytes / MB / files.seconds,
      sentencesPerSec,
      jobs: files.jobs,
      cores,
      mbPerSecPerCore: files.bytes / MB / files.seconds / cores,
      sentencesPerSecPerCore: sentencesPerSec === null ? null : sentencesPerSec / cores,
      startupSeconds: files.startupSeconds,
      articlesPerSecAfterStartup: files.articles / Math.max(0.001, files.seconds - files.startupSeconds),
      cpuSeconds: files.cpuSeconds,
      articlesPerCpuSecond: files.articles / files.cpuSeconds,
      peakRssMb: files.peakRssMb,
      storeMb: files.storeMb,
    };
    if (mode.big) {
      log(`ingest: ${(mode.bigBytes / MB).toFixed(0)} MB streamed from JSON Lines shards (--big; slow)`);
      const big = await benchIngestStreamed(generateArticles(mode.bigBytes, seed + 1, data), OUT);
      result.big = { bytes: big.bytes, articles: big.articles, seconds: big.seconds, articlesPerSec: big.articles / big.seconds, peakRssMb: big.peakRssMb, rssByTenthMb: big.rssByTenthMb };
    }
    return result;
  });

  const query = await attempt('query', () => benchQuery(mode.queryEvents, mode.queryRuns, corpus, OUT, log));
  const benchRssMb = process.resourceUsage().maxRSS / 1024;
  const result: BenchResult = {
    mode: mode.name,
    node: process.version,
    cpus: os.cpus().length,
    seconds: 0,
    corpus: { articles: corpus.length, bytes, templates: data.templates.length, seed },
    extract: { ...extract, peakRssMb: extractPeakRssMb },
    ingest,
    query,
    peakRssMb: Math.max(benchRssMb, ingest?.peakRssMb ?? 0, ingest?.big?.peakRssMb ?? 0),
    benchProcessPeakRssMb: benchRssMb,
    skipped,
  };
  result.seconds = (performance.now() - started) / 1000;
  writeFileSync(path.join(OUT, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(mode.json ? JSON.stringify(result, null, 2) + '\n' : formatReport(result) + '\n');
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof UsageError ? err.message : ((err as Error).stack ?? err)}\n`);
  process.exit(1);
});
