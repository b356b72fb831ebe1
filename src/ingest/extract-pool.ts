// Extraction for ingest: in the ingest thread itself (--jobs 0) or in N worker threads, each with
// its own pipeline. Results come back as promises; the caller keeps them in input order.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Pipeline } from '../pipeline.ts';
import type { SourceArticle } from './article.ts';
import { EXTRACT_BATCH, extractArticles, nextBatchSize, type Extraction, type ExtractItem } from './extract-article.ts';
import { workerBundle } from './worker-bundle.ts';

export type { Extraction };
export type ExtractTask = ExtractItem & { seq: number };
export type ExtractReply = Extraction & { seq: number };

export interface Extractor {
  /** How many articles may wait for extraction at once before the reader should pause. */
  readonly capacity: number;
  /** Settles when extraction can start (the first thread has loaded the pipeline). */
  readonly ready: Promise<void>;
  extract(article: SourceArticle, id: string, published: string | null): Promise<Extraction>;
  close(): Promise<void>;
}

/**
 * The number of extraction threads `--jobs` defaults to: one per core but the writing thread's (none on one core:
 * extraction then runs in the writing thread). On 2 cores, 12 MB of articles were stored in 20.3–20.9 s with one
 * worker and 21.7–24.8 s with two, which spent 34–39 s of CPU against 28: each worker's V8 compiles the whole
 * pipeline again, and three busy threads with V8's own compile and collection threads overcrowd two cores
 * (docs/performance.md).
 */
export function defaultJobs(): number {
  return Math.max(0, (os.availableParallelism?.() ?? os.cpus().length) - 1);
}

/**
 * Extraction in this thread, in batches: the articles asked for until the reader waits (at most
 * `capacity`) are extracted together.
 */
export function inProcessExtractor(pipeline: Pipeline): Extractor {
  const waiting: (ExtractItem & { done: (e: Extraction) => void })[] = [];
  const extractWaiting = (): void => {
    const items = waiting.splice(0, nextBatchSize(waiting));
    if (waiting.length) setImmediate(extractWaiting);
    extractArticles(pipeline, items).forEach((extraction, i) => items[i].done(extraction));
  };
  return {
    capacity: EXTRACT_BATCH,
    ready: Promise.resolve(),
    extract(article, id, published) {
      return new Promise((done) => {
        if (waiting.push({ article, id, published, done }) === 1) setImmediate(extractWaiting);
      });
    },
    close: async () => {},
  };
}

/**
 * Articles sent to one worker before it answers: twice a batch, so that a full batch waits for the
 * worker while it extracts the one before (it extracts what waits, EXTRACT_BATCH at most), and it
 * never idles while the writer works.
 */
const PER_WORKER = 2 * EXTRACT_BATCH;

interface Slot {
  worker: Worker;
  waiting: Map<number, (e: Extraction) => void>;
  /** It has loaded the pipeline: a worker that dies before that cannot start at all. */
  started: boolean;
}

/**
 * Up to `jobs` worker threads, started as the work needs them (one article needs one thread). A
 * worker that dies (out of memory, a crash in native code) fails the articles it held, which are
 * reported, and is replaced; one that cannot start stops the run.
 */
export class WorkerExtractor implements Extractor {
  readonly capacity: number;
  readonly ready: Promise<void>;
  private onReady = (): void => {};
  private readonly slots: Slot[] = [];
  private readonly queue: { task: ExtractTask; done: (e: Extraction) => void; fail: (err: Error) => void }[] = [];
  private seq = 0;
  private closing = false;
  private fatal: Error | null = null;

  /** Starts `jobs` workers from the bundled worker code (see worker-bundle.ts), or from the sources. */
  static async start(jobs: number): Promise<WorkerExtractor> {
    return new WorkerExtractor(jobs, await workerBundle());
  }

  private constructor(readonly jobs: number, private readonly bundle: string | null) {
    this.capacity = jobs * PER_WORKER * 2;
    this.ready = new Promise((resolve) => (this.onReady = resolve));
    this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    let worker: Worker;
    if (this.bundle) {
      // Plain JavaScript: no TypeScript loader, even when this process runs under one (--import tsx).
      worker = new Worker(this.bundle, { execArgv: withoutTsx(process.execArgv) });
    } else {
      // Worker threads do not inherit the loader that bin/dyad.js registers: each registers it.
      const target = new URL('./extract-worker.ts', import.meta.url).href;
      const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\nregister();\nawait import(${JSON.stringify(target)});`;
      worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
    }
    const slot: Slot = { worker, waiting: new Map(), started: false };
    worker.on('message', (reply: ExtractReply | { ready: true }) => {
      if ('ready' in reply) {
        slot.started = true;
        this.onReady();
        return;
      }
      const done = slot.waiting.get(reply.seq);
      slot.waiting.delete(reply.seq);
      done?.(reply);
      this.dispatch();
    });
    const died = (reason: string): void => {
      if (this.closing || !this.slots.includes(slot)) return;
      this.slots.splice(this.slots.indexOf(slot), 1);
      for (const done of slot.waiting.values()) done({ ok: false, error: `the extraction thread stopped (${reason})` });
      slot.waiting.clear();
      if (!slot.started) {
        this.fatal = new Error(`extraction thread failed to start: ${reason}`);
        this.onReady();
        for (const q of this.queue.splice(0)) q.fail(this.fatal);
        return;
      }
      this.slots.push(this.spawn());
      this.dispatch();
    };
    worker.on('error', (err) => died(err.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  }

  private dispatch(): void {
    // Another thread when every one has work, up to `jobs`.
    if (this.queue.length && this.slots.length < this.jobs && this.slots.every((s) => s.waiting.size > 0)) this.slots.push(this.spawn());
    while (this.queue.length) {
      let best: Slot | null = null;
      for (const s of this.slots) if (s.waiting.size < PER_WORKER && (!best || s.waiting.size < best.waiting.size)) best = s;
      if (!best) return;
      const { task, done } = this.queue.shift()!;
      best.waiting.set(task.seq, done);
      best.worker.postMessage(task);
    }
  }

  extract(article: SourceArticle, id: string, published: string | null): Promise<Extraction> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((done, fail) => {
      this.queue.push({ task: { seq: this.seq++, article, id, published }, done, fail });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** Node options without the ones that load tsx (`--import tsx`, `--import=tsx`, `--loader tsx`). */
function withoutTsx(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === '--import' || argv[i] === '--loader') && /^tsx\b/.test(argv[i + 1] ?? '')) i++;
    else if (!/^--(import|loader)=tsx\b/.test(argv[i])) out.push(argv[i]);
  }
  return out;
}
