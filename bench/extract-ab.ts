// Compares the extraction CPU of two checkouts in one process: both pipelines run over the same generated
// articles, batch by batch in alternating order, so that the load of a shared machine falls on both alike
// (timing whole runs of the two one after the other moved by ±10 % with other work on the machine).
// Usage: node --import tsx bench/extract-ab.ts A_ROOT B_ROOT [MB=2] [passes=3]
//   e.g. git worktree add /tmp/base main && ln -s "$PWD/node_modules" /tmp/base/node_modules
//        node --import tsx bench/extract-ab.ts /tmp/base . 2 4
// Same code on both sides gave B/A 0.94–1.03 per pass and 0.99 over two passes: differences under about
// 3 % need more passes. Each side first extracts 2 MB of other articles (V8 takes some 6 MB of text to
// compile dyad's code fully: the first 2 MB ran at about half the later rate), and the CPU time of each stage
// is printed for both sides, so that a change to one stage shows next to the others. One bias is known and not
// understood: the figures stage takes about 1.5x the CPU on side B whatever the code (the same code on both sides,
// either side loaded first), some 0.8 s in 3 MB, which weighs about 3 % on the whole: run both orders (A B, then
// B A) and take the mean of B/A and 1/(A/B).
import path from 'node:path';
import type { Pipeline } from '../src/pipeline.ts';
import type { DocInput } from '../src/core/doc.ts';
import { generateArticles, loadGeneratorData } from './generate.ts';
import { EXTRACT_BATCH } from '../src/ingest/extract-article.ts';

const [rootA, rootB, mbArg, passesArg] = process.argv.slice(2);
if (!rootA || !rootB) throw new Error('usage: extract-ab.ts A_ROOT B_ROOT [MB] [passes]');

interface Side {
  pipeline: Pipeline;
  toRecord: (doc: never) => unknown;
  stageMs: Map<string, number>;
}

async function load(root: string): Promise<Side> {
  const { createPipeline, STAGES } = await import(path.resolve(root, 'src/pipeline.ts'));
  const { toRecord } = await import(path.resolve(root, 'src/core/doc.ts'));
  const { timedStages } = await import(path.resolve(root, 'bench/extract.ts'));
  // (A checkout from before 2026-12-04 times its own STAGES and ignores the argument.)
  const { stages, stageMs } = timedStages(STAGES);
  return { pipeline: createPipeline(stages), toRecord, stageMs };
}

const inBatches = (mb: number, seed: number): DocInput[][] => {
  const articles = [...generateArticles(mb * 1048576, seed, loadGeneratorData())];
  const out: DocInput[][] = [];
  for (let i = 0; i < articles.length; i += EXTRACT_BATCH) out.push(articles.slice(i, i + EXTRACT_BATCH).map((a) => ({ text: a.text, file: a.name })));
  return out;
};
const batches = inBatches(Number(mbArg ?? 2), 20240411);
const sides = [await load(rootA), await load(rootB)];
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const run = (side: Side, batch: DocInput[]): void => {
  for (const doc of side.pipeline.runAll(batch)) side.toRecord(doc as never);
};

for (const batch of inBatches(2, 7)) for (const side of sides) run(side, batch);
for (const side of sides) side.stageMs.clear();
const total = [0, 0];
for (let pass = 1; pass <= Number(passesArg ?? 3); pass++) {
  const seconds = [0, 0];
  batches.forEach((batch, k) => {
    for (const s of (k + pass) % 2 === 0 ? [0, 1] : [1, 0]) {
      const c0 = cpu();
      run(sides[s], batch);
      seconds[s] += cpu() - c0;
    }
  });
  total[0] += seconds[0];
  total[1] += seconds[1];
  process.stdout.write(`pass ${pass}: A ${seconds[0].toFixed(2)} s, B ${seconds[1].toFixed(2)} s of CPU, B/A ${(seconds[1] / seconds[0]).toFixed(3)}\n`);
}
process.stdout.write(`all passes: A ${total[0].toFixed(2)} s, B ${total[1].toFixed(2)} s of CPU, B/A ${(total[1] / total[0]).toFixed(3)}\n`);
const stageNames = [...sides[0].stageMs.keys()].sort((x, y) => sides[0].stageMs.get(y)! - sides[0].stageMs.get(x)!);
for (const name of stageNames) {
  const [a, b] = sides.map((s) => s.stageMs.get(name) ?? 0);
  process.stdout.write(`  ${name.padEnd(14)} A ${(a / 1000).toFixed(2)} s, B ${(b / 1000).toFixed(2)} s, B/A ${(b / a).toFixed(3)}\n`);
}
