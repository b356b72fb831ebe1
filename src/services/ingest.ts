// Use case: read articles from files, pages, feeds and JSON Lines, extract them (in this thread or in
// worker threads) and store them in input order, a batch of articles per transaction, reporting
// progress and every skipped input.
import { setTimeout as sleep } from 'node:timers/promises';
import { documentId, type SourceArticle, type SourceProblem } from '../ingest/article.ts';
import { extractArticle } from '../ingest/extract-article.ts';
import { inProcessExtractor, WorkerExtractor, type Extraction, type Extractor } from '../ingest/extract-pool.ts';
import { readSources, scanInputs, type SourceItem } from '../ingest/sources.ts';
import type { Pipeline } from '../pipeline.ts';
import { StoreError, type Store, type StoreResult } from '../store/index.ts';

export interface IngestOptions {
  /** Publication date for articles whose text and metadata give none (YYYY-MM-DD). */
  published?: string | null;
  /** The pipeline of in-thread extraction (jobs 0). */
  pipeline?: Pipeline;
  /** Extraction threads: 0 (the default) extracts in this thread, N > 0 in N worker threads. */
  jobs?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Called for every skipped input (the summary keeps only the first MAX_PROBLEMS). */
  onProblem?: (problem: SourceProblem) => void;
}

export interface IngestProgress {
  /** Articles read from the inputs, whatever became of them. */
  articles: number;
  stored: number;
  /** Stored, but recognised as republished copies of stored articles. */
  duplicates: number;
  /** Already in the store (the same text): skipped without extracting. */
  existing: number;
  /** Inputs, lines or items that could not be read or extracted. */
  failed: number;
  events: number;
  merged: number;
  bytes: number;
  totalBytes: number;
  elapsedMs: number;
}

export interface IngestSummary extends IngestProgress {
  problems: SourceProblem[];
  /** Extraction threads used (1: this thread). */
  jobs: number;
  /** Of elapsedMs, the time it took to start extracting (load the pipeline, start the threads). */
  startupMs: number;
}

export const MAX_PROBLEMS = 1000;

/**
 * A transaction holds at most this many articles and stays open at most this long: a run that is
 * killed loses at most the last second of work, never an article in part. The first transaction is
 * small, so the first articles are stored (and shown) at once; each next may be twice as large, up
 * to the largest. Large transactions cut the writer's work by about a quarter: each commit writes
 * every page it changed to the write-ahead log, and a hundred articles change many of the same index pages
 * (10 articles or 50 ms: 3.3-4.1 ms of the writing thread's CPU an article on the 8 MB bench
 * corpus; 100 articles or 1 s: 2.8-3.0 ms).
 */
const FIRST_BATCH = { articles: 10, ms: 50 };
const LARGEST_BATCH = { articles: 100, ms: 1000 };
/** Characters of article text read ahead of the writer at most (the number of articles is bounded too). */
const MAX_WAITING_CHARS = 32 * 1048576;

/** Extracts and stores one article; an article already stored is not extracted again. */
export function ingestArticle(store: Store, pipeline: Pipeline, article: SourceArticle, defaults: { published?: string | null } = {}): StoreResult {
  const id = documentId(article.text);
  if (store.hasDocument(id)) return existing(id);
  return storeExtracted(store, article, extractArticle(pipeline, article, id, defaults.published ?? null));
}

const existing = (id: string): StoreResult => ({ documentId: id, status: 'exists', duplicateOf: null, similarity: null, events: 0, merged: 0 });

function storeExtracted(store: Store, article: SourceArticle, x: ReturnType<typeof extractArticle>): StoreResult {
  return store.addArticle({
    record: x.record,
    text: article.text,
    input: article.input,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    bodyStart: x.bodyStart,
    signature: x.signature,
  });
}

/** One item read from the inputs, from reading to storing; `outcome` is set once it is extracted. */
interface Pending {
  bytes: number;
  chars: number;
  outcome: { kind: 'problem'; problem: SourceProblem } | { kind: 'exists'; id: string } | { kind: 'article'; article: SourceArticle; extraction: Extraction } | null;
  /** Settles when `outcome` is set or `error` (the extraction threads could not run). */
  ready: Promise<void> | null;
  error?: Error;
}

/**
 * Ingests every input under `paths`. Reading and storing run in this thread, in input order, so the
 * store ends the same whatever `jobs` is; extraction runs in `jobs` threads, a bounded number of
 * articles ahead. Bad inputs are reported and skipped; a store error (read-only, disk full) stops the
 * run with that error, keeping every batch stored before it.
 */
export async function ingestPaths(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const jobs = Math.max(0, Math.floor(options.jobs ?? 0));
  const published = options.published ?? null;
  const summary: IngestSummary = {
    articles: 0, stored: 0, duplicates: 0, existing: 0, failed: 0, events: 0, merged: 0,
    bytes: 0, totalBytes: scanInputs(paths).bytes, elapsedMs: 0, problems: [], jobs, startupMs: 0,
  };
  const problem = (p: SourceProblem): void => {
    summary.failed++;
    if (summary.problems.length < MAX_PROBLEMS) summary.problems.push(p);
    options.onProblem?.(p);
  };
  // The pipeline's code loads only where it runs: in this thread with no jobs, else in the workers.
  const extractor: Extractor = jobs > 0
    ? await WorkerExtractor.start(jobs)
    : inProcessExtractor(options.pipeline ?? (await import('../pipeline.ts')).createPipeline());
  void extractor.ready.then(() => (summary.startupMs = Date.now() - started));

  const begin = (item: SourceItem): Pending => {
    if (item.kind === 'problem') return { bytes: item.bytes, chars: 0, outcome: { kind: 'problem', problem: item.problem }, ready: null };
    const { article } = item;
    const id = documentId(article.text);
    if (store.hasDocument(id)) return { bytes: item.bytes, chars: 0, outcome: { kind: 'exists', id }, ready: null };
    const p: Pending = { bytes: item.bytes, chars: article.text.length, outcome: null, ready: null };
    p.ready = extractor.extract(article, id, published).then(
      (extraction) => void (p.outcome = { kind: 'article', article, extraction }),
      (err: Error) => void (p.error = err),
    );
    return p;
  };

  /** Stores one extracted item (inside the batch's transaction) and says what became of it. */
  const write = (p: Pending): StoreResult | SourceProblem | null => {
    const o = p.outcome!;
    if (o.kind === 'problem') return o.problem;
    if (o.kind === 'exists') return existing(o.id);
    if (!o.extraction.ok) return { input: o.article.input, reason: `extraction failed: ${o.extraction.error}` };
    try {
      return storeExtracted(store, o.article, o.extraction.extracted);
    } catch (err) {
      if (err instanceof StoreError) throw err;
      return { input: o.article.input, reason: `extraction failed: ${(err as Error).message}` };
    }
  };

  // The open batch: items written in the open transaction and what became of each, counted once committed.
  let batch: { p: Pending; result: StoreResult | SourceProblem | null }[] = [];
  let batchOpened = 0;
  let limit = { ...FIRST_BATCH };
  const commit = (): void => {
    if (!batch.length) return;
    store.commit();
    const items = batch;
    batch = [];
    limit = { articles: Math.min(2 * limit.articles, LARGEST_BATCH.articles), ms: Math.min(2 * limit.ms, LARGEST_BATCH.ms) };
    for (const { p, result: r } of items) {
      summary.bytes += p.bytes;
      if (p.outcome!.kind !== 'problem') summary.articles++;
      if (r && 'reason' in r) problem(r);
      else if (r) count(summary, r);
      summary.elapsedMs = Date.now() - started;
      options.onProgress?.(summary);
    }
  };

  const waiting: Pending[] = [];
  let waitingChars = 0;
  /**
   * Writes the extracted items at the head of the queue in the open transaction (opening one), and
   * commits it when it is due. The transaction stays open between calls, so the extraction threads
   * get new articles while a batch is being written.
   */
  const collect = (): void => {
    while (waiting.length && waiting[0].outcome) {
      const p = waiting.shift()!;
      waitingChars -= p.chars;
      if (!batch.length) {
        batchOpened = Date.now();
        store.begin();
      }
      batch.push({ p, result: write(p) });
      if (batch.length >= limit.articles) commit();
    }
    if (batch.length && Date.now() - batchOpened >= limit.ms) commit();
  };
  /** Waits for the oldest item; an open batch is stored meanwhile once it is due. */
  const waitForHead = async (): Promise<void> => {
    const head = waiting[0];
    if (batch.length) await Promise.race([head.ready, sleep(Math.max(0, limit.ms - (Date.now() - batchOpened)))]);
    else await head.ready;
    if (head.error) throw head.error;
    collect();
  };

  try {
    for await (const item of readSources(paths)) {
      const p = begin(item);
      waiting.push(p);
      waitingChars += p.chars;
      collect();
      while (waiting.length && (waiting.length >= extractor.capacity || waitingChars > MAX_WAITING_CHARS)) await waitForHead();
    }
    while (waiting.length) await waitForHead();
    commit();
  } catch (err) {
    // A run stopped by an error keeps the batches committed before it, and no part of the open one.
    try {
      store.rollback();
    } catch {
      // The first error says more.
    }
    throw err;
  } finally {
    await extractor.close();
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

function count(summary: IngestSummary, r: StoreResult): void {
  if (r.status === 'exists') summary.existing++;
  else if (r.status === 'duplicate') summary.duplicates++;
  else summary.stored++;
  summary.events += r.events;
  summary.merged += r.merged;
}
