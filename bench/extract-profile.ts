// Runs dyad's pipeline over the generated bench corpus and prints the CPU time it took: the workload to
// profile when extraction is slow. With OUT.cpuprofile, the timed passes (not the warm-up) are profiled.
// Articles go through the pipeline in batches of `batch` (runAll), as ingest's workers run them.
// Usage: node --import tsx bench/extract-profile.ts [MB=1] [repeats=1] [warm-up passes=0] [OUT.cpuprofile] [batch=EXTRACT_BATCH (4)]
//        node --import tsx bench/profile-summary.ts OUT.cpuprofile
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createPipeline, STAGES } from '../src/pipeline.ts';
import { toRecord } from '../src/core/doc.ts';
import { generateArticles, loadGeneratorData } from './generate.ts';
import { EXTRACT_BATCH } from '../src/ingest/extract-article.ts';
import { runBatches, timedStages } from './extract.ts';

const [mbArg, repeatsArg, warmArg, profileArg, batchArg] = process.argv.slice(2);
const profileOut = profileArg || undefined;
const batch = Number(batchArg ?? EXTRACT_BATCH);
const articles = [...generateArticles(Number(mbArg ?? 1) * 1048576, 20240411, loadGeneratorData())];
const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
// Profiled passes run untimed stages: under the inspector's profiler the timers' process.cpuUsage() calls
// took a fifth of the samples.
const { stages: timed, stageMs } = timedStages(STAGES);
const pipeline = createPipeline(profileOut ? STAGES : timed);
const pass = (): void => runBatches(pipeline, articles, batch, (doc) => toRecord(doc));
runBatches(pipeline, articles.slice(0, 50), batch, (doc) => toRecord(doc));
for (let w = 0; w < Number(warmArg ?? 0); w++) pass();

const session = profileOut ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const repeats = Number(repeatsArg ?? 1);
stageMs.clear();
const c0 = cpu();
const t0 = performance.now();
for (let r = 0; r < repeats; r++) pass();
const wall = (performance.now() - t0) / 1000;
const cpuSeconds = cpu() - c0;
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profileOut!, JSON.stringify(profile));
}
const mb = (bytes * repeats) / 1048576;
process.stdout.write(
  `${articles.length} articles × ${repeats} in batches of ${batch}, ${mb.toFixed(2)} MB: ${wall.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU; ` +
    `${(mb / wall).toFixed(3)} MB/s wall, ${(mb / cpuSeconds).toFixed(3)} MB/s CPU\n` +
    (profileOut ? '(stages not timed while profiling)\n' : [...stageMs].map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ') + ' (ms of CPU)\n'),
);
