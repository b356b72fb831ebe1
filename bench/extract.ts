// Extraction throughput: dyad's pipeline against compromise and wink-nlp, in this process, on the same text.
import nlpCompromise from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import type * as Sources from '../src/pipeline.ts';
import type { Pipeline } from '../src/pipeline.ts';
import type { Stage } from '../src/core/stage.ts';
import type { Doc } from '../src/core/doc.ts';
import { bundle } from '../bin/bundle.js';
import { EXTRACT_BATCH } from '../src/ingest/extract-article.ts';
import type { Article } from './generate.ts';

export interface Rate {
  engine: string;
  articles: number;
  bytes: number;
  sentences: number;
  seconds: number;
  articlesPerSec: number;
  mbPerSec: number;
  sentencesPerSec: number;
  /** CPU time over wall time: above 1 means helper threads (GC) worked alongside the main thread. */
  cpuPerWall: number;
}

/** The pipeline's code: createPipeline, its stages and toRecord, from the bundle or from the sources. */
export type PipelineCode = Pick<typeof Sources, 'createPipeline' | 'STAGES' | 'toRecord'>;

/**
 * The pipeline as dyad runs it: the bundled JavaScript that `dyad` and ingest's extraction threads load
 * (bin/bundle.js), not the TypeScript sources through tsx, whose compiled code names every function at run
 * time (esbuild's keepNames: some 3 % more CPU in one process, extract-ab); the sources when no bundle can be built.
 */
export async function pipelineCode(): Promise<{ code: PipelineCode; bundled: boolean }> {
  // (The sources are imported only without a bundle: loaded through tsx beside it, they cost the process some 100 MB.)
  const file = await bundle('pipeline.ts');
  return file ? { code: (await import(file)) as PipelineCode, bundled: true } : { code: await import('../src/pipeline.ts'), bundled: false };
}

export interface ExtractBench {
  /** Whether the bundled pipeline was measured (else the sources through tsx). */
  bundled: boolean;
  lexiconLoadMs: number;
  /** Articles dyad extracts at once (pipeline.runAll), as ingest's workers do. */
  batch: number;
  /** dyad over the whole generated corpus. */
  dyad: Rate;
  /**
   * dyad over the second half of the corpus: the rate once V8 has compiled dyad's code (the first few MB run at
   * about half of it). For information: the target is on the whole run.
   */
  dyadSecondHalf: Rate;
  /** Every engine, dyad included, over the same first articles of the corpus (the baselines are slow). */
  sameText: Rate[];
  mbPerSecPerCore: number;
  ratioVsCompromise: number;
  ratioVsWink: number;
  ratioVsWinkEntities: number;
  /** Share of dyad's time per stage, largest first: where to look when extraction is slow. */
  stages: { stage: string; ms: number; share: number }[];
}

function rate(engine: string, articles: number, bytes: number, sentences: number, seconds: number, cpuSeconds: number): Rate {
  return {
    engine, articles, bytes, sentences, seconds,
    articlesPerSec: articles / seconds,
    mbPerSec: bytes / 1048576 / seconds,
    sentencesPerSec: sentences / seconds,
    cpuPerWall: cpuSeconds / seconds,
  };
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

type Sized = Article & { bytes: number };

/** Runs the articles through the pipeline `size` at a time, as ingest's workers do, handing each Doc to `use`. */
export function runBatches(pipeline: Pipeline, articles: Article[], size: number, use: (doc: Doc, i: number) => void): void {
  for (let i = 0; i < articles.length; i += size) {
    const docs = pipeline.runAll(articles.slice(i, i + size).map((a) => ({ text: a.text, file: a.name })));
    docs.forEach((doc, j) => use(doc, i + j));
  }
}

/** Articles run before timing starts, so no engine pays for JIT start-up. */
const WARM_UP = 50;

/** An engine of the same-text comparison: runs a slice of the articles. */
interface Engine {
  name: string;
  run: (articles: Sized[]) => void;
}

/** A baseline that reads one article at a time. */
const eachText = (name: string, fn: (text: string) => void): Engine => ({
  name,
  run: (articles) => articles.forEach((a) => fn(a.text)),
});

/**
 * Slices the same-text comparison is cut into. The engines take turns slice by slice (dyad, then each
 * baseline, then dyad on the next slice…), so a machine that slows down or speeds up during the run (other
 * work, the hour) weighs on every engine alike; run one after the other, the ratios moved by a third
 * between runs of the same code in the same hour.
 */
const SLICES = 8;

/** Times every engine over the same articles, after a warm-up pass of each over the first few, in turns. */
function timeEnginesInTurns(engines: Engine[], articles: Sized[], sentences: number): Rate[] {
  for (const e of engines) e.run(articles.slice(0, WARM_UP));
  const spent = engines.map(() => ({ seconds: 0, cpu: 0 }));
  const size = Math.ceil(articles.length / SLICES);
  for (let i = 0; i < articles.length; i += size) {
    const slice = articles.slice(i, i + size);
    engines.forEach((e, k) => {
      const cpu0 = cpuSeconds();
      const t0 = performance.now();
      e.run(slice);
      spent[k].seconds += (performance.now() - t0) / 1000;
      spent[k].cpu += cpuSeconds() - cpu0;
    });
  }
  const bytes = articles.reduce((s, a) => s + a.bytes, 0);
  return engines.map((e, k) => rate(e.name, articles.length, bytes, sentences, spent[k].seconds, spent[k].cpu));
}

/**
 * The pipeline's stages, each wrapped in a timer that adds its milliseconds of CPU time to `stageMs`
 * (two process.cpuUsage() calls per stage, about a microsecond each: negligible next to the stage). CPU
 * time, not wall-clock time: on a machine shared with other work a stage's wall time grows whenever the
 * process waits for a core, and one stage's share could double from one run to the next.
 */
export function timedStages(all: Stage[]): { stages: Stage[]; stageMs: Map<string, number> } {
  const stageMs = new Map<string, number>();
  const stages: Stage[] = all.map((s) => ({
    ...s,
    run: (doc, lexicon) => {
      const t = cpuSeconds();
      s.run(doc, lexicon);
      stageMs.set(s.name, (stageMs.get(s.name) ?? 0) + (cpuSeconds() - t) * 1000);
    },
  }));
  return { stages, stageMs };
}

/**
 * Runs dyad over every article, then dyad and the baselines over the first `baselineBytes` of them.
 * Sentences are counted by dyad's segmenter and the same count is used for every engine; the
 * per-article counts are returned too, for the ingest rates over the same articles.
 */
export async function benchExtract(corpus: Article[], baselineBytes: number, log: (line: string) => void = () => {}): Promise<{ bench: ExtractBench; sentences: number[] }> {
  const articles = corpus.map((a) => ({ ...a, bytes: Buffer.byteLength(a.text) }));
  const { code, bundled } = await pipelineCode();
  const { toRecord } = code;
  const t0 = performance.now();
  const { stages: timed, stageMs } = timedStages(code.STAGES);
  const pipeline = code.createPipeline(timed);
  const lexiconLoadMs = performance.now() - t0;

  log(`extract: dyad over ${articles.length} articles, in batches of ${EXTRACT_BATCH}`);
  runBatches(pipeline, articles.slice(0, WARM_UP), EXTRACT_BATCH, (doc) => toRecord(doc));
  stageMs.clear();
  const sentences: number[] = [];
  const cpu0 = cpuSeconds();
  const start = performance.now();
  // The second half starts on a batch boundary.
  const half = Math.ceil(articles.length / 2 / EXTRACT_BATCH) * EXTRACT_BATCH;
  let halfCpu = cpu0;
  let halfStart = start;
  runBatches(pipeline, articles, EXTRACT_BATCH, (doc, i) => {
    toRecord(doc);
    sentences.push(doc.sentences.length);
    if (i === half - 1) {
      halfCpu = cpuSeconds();
      halfStart = performance.now();
    }
  });
  const end = performance.now();
  const dyadSeconds = (end - start) / 1000;
  const sum = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);
  const totalBytes = articles.reduce((s, a) => s + a.bytes, 0);
  const cpuEnd = cpuSeconds();
  const dyad = rate('dyad pipeline (extract)', articles.length, totalBytes, sum(sentences), dyadSeconds, cpuEnd - cpu0);
  const dyadSecondHalf = rate('dyad, second half of the corpus', articles.length - half, sum(articles.slice(half).map((a) => a.bytes)),
    sum(sentences.slice(half)), (end - halfStart) / 1000, cpuEnd - halfCpu);
  const stageTotal = [...stageMs.values()].reduce((x, y) => x + y, 0);
  const stages = [...stageMs].sort((x, y) => y[1] - x[1]).map(([stage, ms]) => ({ stage, ms, share: ms / stageTotal }));

  let n = 0;
  for (let bytes = 0; n < articles.length && bytes < baselineBytes; n++) bytes += articles[n].bytes;
  const subset = articles.slice(0, n);
  const subsetSentences = sentences.slice(0, n).reduce((x, y) => x + y, 0);
  const subsetBytes = subset.reduce((s, a) => s + a.bytes, 0);

  log(`extract: dyad and the baselines over the first ${n} articles (${(subsetBytes / 1048576).toFixed(2)} MB), in turns`);
  const wink = winkNLP(winkModel);
  // For scale only: wink with an empty pipe only tokenises (no sentences, POS or entities).
  const winkTokenizer = winkNLP(winkModel, []);
  const [dyadSame, compromise, winkBare, winkEntities, winkTokensOnly] = timeEnginesInTurns([
    // dyad again, on exactly the baselines' text, so the ratios compare like with like.
    { name: 'dyad pipeline (extract)', run: (slice) => runBatches(pipeline, slice, EXTRACT_BATCH, (doc) => toRecord(doc)) },
    eachText('compromise people()+places()', (text) => {
      const doc = nlpCompromise(text);
      doc.people().out('array');
      doc.places().out('array');
    }),
    eachText('wink-nlp readDoc+tokens (bare)', (text) => {
      wink.readDoc(text).tokens().out();
    }),
    eachText('wink-nlp readDoc+tokens+entities', (text) => {
      const doc = wink.readDoc(text);
      doc.tokens().out();
      doc.entities().out();
    }),
    eachText('wink-nlp tokenizer only (pipe [])', (text) => {
      winkTokenizer.readDoc(text).tokens().out();
    }),
  ], subset, subsetSentences);

  const bench: ExtractBench = {
    bundled,
    stages,
    lexiconLoadMs,
    batch: EXTRACT_BATCH,
    dyad,
    dyadSecondHalf,
    sameText: [dyadSame, compromise, winkBare, winkEntities, winkTokensOnly],
    mbPerSecPerCore: dyad.mbPerSec,
    ratioVsCompromise: dyadSame.mbPerSec / compromise.mbPerSec,
    ratioVsWink: dyadSame.mbPerSec / winkBare.mbPerSec,
    ratioVsWinkEntities: dyadSame.mbPerSec / winkEntities.mbPerSec,
  };
  return { bench, sentences };
}
