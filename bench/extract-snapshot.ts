// Writes every record dyad extracts from the team's articles, the sentence suites and the first articles of
// the generated bench corpus, one JSON line each, so that a performance change can be checked to leave the
// output byte for byte the same: run it before and after, then `cmp` (or diff) the two files.
// Usage: node --import tsx bench/extract-snapshot.ts OUT.jsonl [benchArticles=400]
// (The blind sets are left out on purpose: their output is not to be read.)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../src/pipeline.ts';
import { createSentenceCoder } from '../src/services/code.ts';
import { readSentenceSuite } from '../src/eval/sentences.ts';
import { generateArticles, loadGeneratorData } from './generate.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.DYAD_SHARED ?? path.resolve(ROOT, '../shared');

const [out, benchArg] = process.argv.slice(2);
if (!out) throw new Error('usage: extract-snapshot.ts OUT.jsonl [benchArticles]');
const pipeline = createPipeline();
const coder = createSentenceCoder(pipeline.lexicon);
const lines: string[] = [];

const folders = [path.join(SHARED, 'corpus/seeds'), path.join(ROOT, 'examples/corpus'), path.join(ROOT, 'test/articles-dev/corpus')];
for (const dir of folders.filter((d) => existsSync(d))) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    lines.push(JSON.stringify({ file: path.join(path.basename(dir), f), record: pipeline.extract({ text, file: f }) }));
  }
}
const suites = ['test/sentences/plover-sentences.jsonl', 'test/sentences/plover-holdout.jsonl', 'test/sentences-dev/dev.jsonl'];
for (const suite of suites.map((s) => path.join(ROOT, s)).filter((s) => existsSync(s))) {
  for (const c of readSentenceSuite(suite).cases) {
    lines.push(JSON.stringify({ sentence: c.id, events: coder.code(c.text, c.date), record: pipeline.extract({ text: c.text }) }));
  }
}
let n = Number(benchArg ?? 400);
for (const a of generateArticles(4 * 1048576, 20240411, loadGeneratorData())) {
  if (n-- <= 0) break;
  lines.push(JSON.stringify({ bench: a.name, record: pipeline.extract({ text: a.text, file: a.name }) }));
}
writeFileSync(out, lines.join('\n') + '\n');
process.stderr.write(`extract-snapshot: ${lines.length} records in ${out}\n`);
