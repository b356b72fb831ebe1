// The pipeline's batch entry point: runAll must give, article for article, what run gives one at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Stage } from './core/stage.ts';
import { createPipeline, dayOnOrAfter, STAGES } from './pipeline.ts';

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

test('dayOnOrAfter: the first such day since the offices began, on the lead\'s weekday or the day after', () => {
  const rows: [string, string, number | null, string | null][] = [
    ['02-23', '2025-10-21', null, '2026-02-23'],
    ['11-02', '2025-10-21', null, '2025-11-02'],
    ['03-04', '2023-12-10', 2, '2025-03-04'], // a Tuesday: 2024-03-04 was a Monday
    ['03-04', '2023-12-10', 1, '2024-03-04'], // "on Monday": that day
    ['03-05', '2023-12-10', 1, '2024-03-05'], // or the day after
    ['02-29', '2025-01', null, '2028-02-29'], // only in a leap year
    ['02-30', '2025', null, null], // no such day
  ];
  for (const [monthDay, since, weekday, day] of rows) assert.equal(dayOnOrAfter(monthDay, since, weekday), day, `${monthDay} ${since} ${weekday}`);
});

test('a dateline with no year takes it from the offices the article names; NEGATIVE: with no office named it stays unknown', () => {
  const lead = 'SEOUL, March 9 (Yonhap) -- South Korea and Japan agreed on Monday to resume regular defence talks, officials said.';
  const named = pipeline.extract({ text: `Seoul, Tokyo to resume defence talks\n\n${lead}\n\nPresident Lee Jae-myung welcomed the move, and Japanese Prime Minister Sanae Takaichi called it a step forward.\n`, file: 'yonhap.txt' });
  // Takaichi has been prime minister since 2025-10-21: the first March 9 after it that is a Monday or a Tuesday.
  assert.equal(named.document.published, '2026-03-09');
  assert.equal(named.document.publishedFrom, 'dateline-offices');
  assert.ok(named.events.some((e) => e.date === '2026-03-09'), JSON.stringify(named.events.map((e) => e.date)));
  const unnamed = pipeline.extract({ text: `Seoul, Tokyo to resume defence talks\n\n${lead}\n\nThe two sides called it a step forward.\n`, file: 'yonhap.txt' });
  assert.equal(unnamed.document.published, null);
});
