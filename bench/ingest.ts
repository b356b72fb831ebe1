// Ingest throughput and memory: `dyad ingest` into a fresh store, in a child process so its peak RSS is its own.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from './generate.ts';
import { writeCorpusFiles, writeCorpusJsonl } from './generate.ts';

const BENCH = path.dirname(fileURLToPath(import.meta.url));

export interface IngestRun {
  articles: number;
  stored: number;
  failed: number;
  bytes: number;
  /** Seconds the ingest itself reported (store open to last article), without process start-up. */
  seconds: number;
  wallSeconds: number;
  /** CPU seconds of the whole child process (every thread), start-up included. */
  cpuSeconds: number;
  /** Extraction threads, and the seconds it took them to start (part of `seconds`). */
  jobs: number;
  startupSeconds: number;
  peakRssMb: number;
  /** The highest RSS sampled in each tenth of the run (MB): flat when memory does not grow with the input. */
  rssByTenthMb: number[];
  storeMb: number;
}

/** The highest value in each tenth of `samples` (fewer parts when there are fewer than ten samples). */
export function maxByTenth(samples: number[]): number[] {
  const parts = Math.min(10, samples.length);
  return Array.from({ length: parts }, (_, i) => Math.max(...samples.slice(Math.floor((i * samples.length) / parts), Math.floor(((i + 1) * samples.length) / parts))));
}

/** Removes a store and its WAL files, so every run starts from nothing. */
export function removeStore(db: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
}

/** Runs the ingest command over `inputs` into `db` in a child process and reads what it reports. */
export function runIngestChild(inputs: string[], db: string): Promise<IngestRun> {
  const resultFile = `${db}.result.json`;
  rmSync(resultFile, { force: true });
  const args = [path.join(BENCH, 'ingest-child.mjs'), resultFile, ...inputs, '--db', db, '--json', '--quiet'];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 256 * 1048576, env: { ...process.env, TZ: 'UTC' } }, (err, stdout, stderr) => {
      if (!existsSync(resultFile)) {
        reject(new Error(`ingest child failed: ${err?.message ?? ''}\n${stderr.slice(-2000)}`));
        return;
      }
      const child = JSON.parse(readFileSync(resultFile, 'utf8')) as { exitCode: number; wallMs: number; maxRssKb: number; cpuMs: number; rssSamplesMb: number[] };
      const summary = JSON.parse(stdout) as { articles: number; stored: number; duplicates: number; failed: number; bytes: number; elapsedMs: number; jobs: number; startupMs: number };
      const storeBytes = ['', '-wal'].reduce((s, x) => s + (existsSync(db + x) ? statSync(db + x).size : 0), 0);
      resolve({
        articles: summary.articles,
        stored: summary.stored + summary.duplicates,
        failed: summary.failed,
        bytes: summary.bytes,
        seconds: summary.elapsedMs / 1000,
        wallSeconds: child.wallMs / 1000,
        cpuSeconds: child.cpuMs / 1000,
        jobs: summary.jobs,
        startupSeconds: summary.startupMs / 1000,
        peakRssMb: child.maxRssKb / 1024,
        rssByTenthMb: maxByTenth(child.rssSamplesMb),
        storeMb: storeBytes / 1048576,
      });
    });
  });
}

/** Writes the corpus as text files (1,000 per folder) and ingests the folder into a fresh store. */
export async function benchIngestFiles(corpus: Article[], work: string): Promise<IngestRun> {
  const dir = path.join(work, 'ingest-corpus');
  rmSync(dir, { recursive: true, force: true });
  writeCorpusFiles(dir, corpus);
  const db = path.join(work, 'ingest.db');
  removeStore(db);
  const run = await runIngestChild([dir], db);
  rmSync(dir, { recursive: true, force: true });
  return run;
}

/** The memory run: `articles` written as JSON Lines shards (streamed, never held), then ingested. */
export async function benchIngestStreamed(articles: Iterable<Article>, work: string): Promise<IngestRun> {
  const dir = path.join(work, 'big-corpus');
  rmSync(dir, { recursive: true, force: true });
  await writeCorpusJsonl(dir, articles);
  const db = path.join(work, 'big.db');
  removeStore(db);
  const run = await runIngestChild([dir], db);
  rmSync(dir, { recursive: true, force: true });
  removeStore(db);
  return run;
}
