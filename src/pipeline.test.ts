// The pipeline's batch entry point: runAll must give, article for article, what run gives one at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Stage } from './core/stage.ts';
import { createPipeline, STAGES } from './pipeline.ts';

const EXAMPLES = fileURLToPath(new URL('../examples/corpus/', import.meta.url));

const pipeline = createPipeline();

test('extractAll gives the records extract gives for each article', () => {
  const inputs = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ text: readFileSync(EXAMPLES + file, 'utf8'), file }));
  // With a sentence and an empty text in the batch: articles of every size share it.
  inputs.push({ text: 'Kenya and Uganda signed a border accord in Kampala on Monday.', file: 'one-sentence.txt' }, { text: '', file: 'empty.txt' });
  const one = inputs.map((input) => JSON.stringify(pipeline.extract(input)));
  const all = pipeline.extractAll(inputs).map((record) => JSON.stringify(record));
  assert.equal(all.length, inputs.length);
  inputs.forEach((input, i) => assert.equal(all[i], one[i], input.file));
});

test('runAll names the stage that failed', () => {
  const failing: Stage = { name: 'failing', requires: [], provides: [], run: () => { throw new Error('boom'); } };
  const broken = createPipeline([...STAGES, failing], pipeline.lexicon);
  assert.throws(() => broken.runAll([{ text: 'Chile and Peru met.' }]), /stage "failing" failed: boom/);
});
