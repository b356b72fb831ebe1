// Extraction throughput: dyad's pipeline against compromise and wink-nlp, in this process, on the same text.
import nlpCompromise from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { createPipeline, STAGES, type Pipeline } from '../src/pipeline.ts';
import type { Stage } from '../src/core/stage.ts';
import { toRecord, type Doc } from '../src/core/doc.ts';
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

export interface ExtractBench {
  lexiconLoadMs: number;
  /** Articles dyad extracts at once (pipeline.runAll), as ingest's workers do. */
  batch: number;
  /** dyad over the whole generated corpus. */
  dyad: Rate;
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
export function timedStages(): { stages: Stage[]; stageMs: Map<string, number> } {
  const stageMs = new Map<string, number>();
  const stages: Stage[] = STAGES.map((s) => ({
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
export function benchExtract(corpus: Article[], baselineBytes: number, log: (line: string) => void = () => {}): { bench: ExtractBench; sentences: number[] } {
  const articles = corpus.map((a) => ({ ...a, bytes: Buffer.byteLength(a.text) }));
  const t0 = performance.now();
  const { stages: timed, stageMs } = timedStages();
  const pipeline = createPipeline(timed);
  const lexiconLoadMs = performance.now() - t0;

  log(`extract: dyad over ${articles.length} articles, in batches of ${EXTRACT_BATCH}`);
  runBatches(pipeline, articles.slice(0, WARM_UP), EXTRACT_BATCH, (doc) => toRecord(doc));
  stageMs.clear();
  const sentences: number[] = [];
  const cpu0 = cpuSeconds();
  const start = performance.now();
  runBatches(pipeline, articles, EXTRACT_BATCH, (doc) => {
    toRecord(doc);
    sentences.push(doc.sentences.length);
  });
  const dyadSeconds = (performance.now() - start) / 1000;
  const totalBytes = articles.reduce((s, a) => s + a.bytes, 0);
  const dyad = rate('dyad pipeline (extract)', articles.length, totalBytes, sentences.reduce((x, y) => x + y, 0), dyadSeconds, cpuSeconds() - cpu0);
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
    stages,
    lexiconLoadMs,
    batch: EXTRACT_BATCH,
    dyad,
    sameText: [dyadSame, compromise, winkBare, winkEntities, winkTokensOnly],
    mbPerSecPerCore: dyad.mbPerSec,
    ratioVsCompromise: dyadSame.mbPerSec / compromise.mbPerSec,
    ratioVsWink: dyadSame.mbPerSec / winkBare.mbPerSec,
    ratioVsWinkEntities: dyadSame.mbPerSec / winkEntities.mbPerSec,
  };
  return { bench, sentences };
}
