// Batch extraction for ingest: the same results as one article at a time, an article that makes a
// stage throw gets its error alone, and batches stop at a number of articles or of characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Stage } from '../core/stage.ts';
import { createPipeline, STAGES } from '../pipeline.ts';
import { emptyArticle } from './article.ts';
import { EXTRACT_BATCH, EXTRACT_BATCH_CHARS, extractArticle, extractArticles, nextBatchSize, type ExtractItem } from './extract-article.ts';

const pipeline = createPipeline();
// Throws on a text that asks for it, after segmenting: the others of its batch are half done by then.
const trap: Stage = { name: 'trap', requires: [], provides: [], run: (doc) => { if (doc.text.includes('TRAP')) throw new Error('sprung'); } };
const trapped = createPipeline([...STAGES.slice(0, 2), trap, ...STAGES.slice(2)], pipeline.lexicon);

const item = (text: string, published: string | null = null): ExtractItem => {
  const article = { ...emptyArticle(`in-${text.length}`, text), warnings: ['read with a warning'] };
  return { article, id: `id${text.length}`, published };
};
const items = [
  item('LIMA, May 6 -- Peruvian Foreign Minister Elmer Schialer met his Chilean counterpart in Lima on Monday.\n', '2024-05-06'),
  item('Kenya and Uganda signed a border accord in Kampala on Monday.\n', '2024-03-04'),
  item('Chile and Peru agreed to reopen the crossing. TRAP\n'),
  item('Vietnam and China held talks in Hanoi on Tuesday on fishing rights.\n', '2023-11-07'),
];
const alone = (p: typeof pipeline, x: ExtractItem): string => {
  try {
    return JSON.stringify(extractArticle(p, x.article, x.id, x.published), (_, v) => (v instanceof Uint32Array ? [...v] : v));
  } catch (err) {
    return `error: ${(err as Error).message}`;
  }
};
const shown = (x: ReturnType<typeof extractArticles>[number]): string =>
  x.ok ? JSON.stringify(x.extracted, (_, v) => (v instanceof Uint32Array ? [...v] : v)) : `error: ${x.error}`;

test('a batch gives, article for article, what extractArticle gives alone', () => {
  assert.deepEqual(extractArticles(pipeline, items).map(shown), items.map((x) => alone(pipeline, x)));
});

test('an article that makes a stage throw gets the error alone; the others of its batch are extracted', () => {
  const results = extractArticles(trapped, items);
  assert.deepEqual(results.map((r) => r.ok), [true, true, false, true]);
  assert.equal(shown(results[2]), 'error: stage "trap" failed: sprung');
  assert.deepEqual(results.map(shown), items.map((x) => alone(trapped, x)));
  assert.deepEqual(results.map(shown), [...items.slice(0, 2).map((x) => alone(pipeline, x)), shown(results[2]), alone(pipeline, items[3])]);
});

test('batch sizes: up to EXTRACT_BATCH articles and EXTRACT_BATCH_CHARS characters, never fewer than one', () => {
  const sized = (chars: number): ExtractItem => item('x'.repeat(chars));
  const rows: [string, ExtractItem[], number][] = [
    ['nothing waiting', [], 1],
    ['one', [sized(10)], 1],
    ['more than a batch', Array.from({ length: EXTRACT_BATCH + 3 }, () => sized(10)), EXTRACT_BATCH],
    ['a long article first goes alone', [sized(EXTRACT_BATCH_CHARS + 1), sized(10)], 1],
    ['a long article second waits for the next batch', [sized(10), sized(EXTRACT_BATCH_CHARS), sized(10)], 1],
    ['up to the character limit exactly', [sized(EXTRACT_BATCH_CHARS / 2), sized(EXTRACT_BATCH_CHARS / 2), sized(1)], 2],
  ];
  for (const [name, waiting, size] of rows) assert.equal(nextBatchSize(waiting), size, name);
});
