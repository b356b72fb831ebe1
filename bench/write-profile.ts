// Times storing already-extracted articles (no extraction): the writer's share of `ingest`.
// With OUT.cpuprofile, the writes are profiled; --batch=N commits every N articles (100, as ingest's
// largest transaction, by default). Usage:
//   node --import tsx bench/write-profile.ts [MB=1] [OUT.cpuprofile] [--batch=N]
//   node --import tsx bench/profile-summary.ts OUT.cpuprofile
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { createPipeline } from '../src/pipeline.ts';
import { documentId } from '../src/services/extract.ts';
import { extractArticle } from '../src/ingest/extract-article.ts';
import type { SourceArticle } from '../src/ingest/article.ts';
import { openStore } from '../src/store/index.ts';
import { generateArticles, loadGeneratorData } from './generate.ts';

const args = process.argv.slice(2);
const batchArg = args.find((a) => a.startsWith('--batch='));
const [mbArg, profileOut] = args.filter((a) => a !== batchArg);
const batchSize = Number(batchArg?.slice('--batch='.length) ?? 100);
const pipeline = createPipeline();
const articles = [...generateArticles(Number(mbArg ?? 1) * 1048576, 20240411, loadGeneratorData())].map((a) => {
  const source: SourceArticle = {
    text: a.text, input: a.name, file: a.name, url: null, canonicalUrl: null, title: null, published: null, source: null, byline: null, warnings: [],
  };
  return { source, x: extractArticle(pipeline, source, documentId(a.text), null) };
});
const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-write-'));
const store = openStore(path.join(dir, 'write.db'));
const session = profileOut ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < articles.length; i += batchSize) {
  store.batch(() => {
    for (const { source, x } of articles.slice(i, i + batchSize)) {
      store.addArticle({ record: x.record, text: source.text, input: source.input, bodyStart: x.bodyStart, signature: x.signature });
    }
  });
}
const ms = performance.now() - t0;
const c = process.cpuUsage(cpu0);
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profileOut!, JSON.stringify(profile));
}
store.close();
rmSync(dir, { recursive: true, force: true });
const cpuMs = (c.user + c.system) / 1000;
console.log(`${articles.length} articles stored: ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU; ${(cpuMs / articles.length).toFixed(2)} ms CPU per article (batches of ${batchSize}), ${(articles.length / (cpuMs / 1000)).toFixed(0)} articles per CPU second`);
