// Hostile inputs through `extract` (in process and through the CLI): each gets its clear error or its sound record.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPipeline } from '../../src/pipeline.ts';
import { extractPaths } from '../../src/services/extract.ts';
import { InputError } from '../../src/ingest/decode.ts';
import { listFiles, readArticleFile } from '../../src/ingest/read-file.ts';
import { readFileItems } from '../../src/ingest/sources.ts';
import type { DyadRecord } from '../../src/core/types.ts';
import { GOOD_ARTICLE, writeHostileInputs, type HostileInput } from './hostile-inputs.ts';
import { recordProblems } from './record-checks.ts';
import { runCli, runCliTimed } from './cli.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-hostile-'));
const inputs = writeHostileInputs(dir);
const pipeline = createPipeline();
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * CPU seconds an input of `bytes` may take through the CLI beyond the start-up a small good article costs
 * (measured in the same run: loading the sources and the lexicons, 3–5 s), before it counts as too slow.
 * CPU time does not depend much on how busy the shared machine is; the wall-clock limit that stops a hang
 * is ten times the whole budget, since a machine loaded five deep gave these runs five times their CPU time in
 * wall-clock time (just the budget for a known bug, to keep the suite short). Three seconds a megabyte is about
 * three times what a megabyte of one unbroken line takes alone: with two such inputs run at once, the 5-million-
 * character line once took 16.5 s against the 16.1 s that two seconds a megabyte gave, while anything quadratic
 * in the line's length would take many times more.
 */
const budgetSeconds = (bytes: number): number => Math.round(3 + (3 * bytes) / 1048576);
/** Wall-clock time, in budgets, after which a run counts as a hang. */
const HANG_FACTOR = 10;

/** The text dyad reads from an input: the file's own text, or a page's article text. */
async function articleText(file: string): Promise<string> {
  for await (const item of readFileItems(file)) if (item.kind === 'article') return item.article.text;
  throw new Error(`${file} gives no article`);
}

async function checkRecord(h: HostileInput, record: DyadRecord): Promise<void> {
  assert.equal(h.expect.kind, 'record');
  if (h.expect.kind !== 'record') return;
  const text = await articleText(h.path);
  if (h.expect.warning) assert.ok(record.document.warnings.some((w) => h.expect.kind === 'record' && h.expect.warning!.test(w)), `warnings ${JSON.stringify(record.document.warnings)}`);
  if (h.expect.text) assert.match(text, h.expect.text);
  assert.deepEqual(recordProblems(record, text), []);
}

describe('extract, in process: every hostile input gets its clear error or a sound record', () => {
  for (const h of inputs.filter((x) => !x.heavy)) {
    test(h.name, { todo: h.knownBug }, async () => {
      const { records, failures } = await extractPaths([h.path], {}, undefined, pipeline);
      const e = h.expect;
      if (e.kind === 'error') {
        assert.ok(failures.length > 0, 'expected a failure');
        for (const f of failures) assert.ok(f.error.startsWith(h.path), `the message names the input: ${f.error}`);
        assert.ok(failures.some((f) => e.reason.test(f.error)), JSON.stringify(failures));
        assert.equal(records.length, e.records ?? 0);
        for (const r of records) assert.deepEqual(recordProblems(r, readArticleFile(path.join(h.path, 'inner', r.document.file!)).text), []);
      } else if (e.kind === 'items') {
        // Entries and lines are read as ingest reads them: each good one a record, each bad one named.
        assert.equal(records.length, e.stored.length);
        assert.deepEqual(failures.map((f) => f.input), e.problems.map((pr) => h.path + pr.item));
        e.problems.forEach((pr, i) => assert.match(failures[i].error, pr.reason));
      } else {
        assert.deepEqual(failures, []);
        assert.equal(records.length, 1);
        await checkRecord(h, records[0]);
      }
    });
  }
});

describe('extract CLI: long inputs finish within start-up + 3 s + 3 s per MB of CPU with a sound record', { concurrency: 2 }, () => {
  let startup = 0;
  before(async () => {
    const small = path.join(dir, 'startup-article.txt');
    writeFileSync(small, GOOD_ARTICLE);
    const run = await runCliTimed(['extract', '--format', 'jsonl', small], 120_000);
    assert.equal(run.status, 0, run.stderr);
    startup = run.cpuSeconds ?? 0;
  });
  for (const h of inputs.filter((x) => x.heavy)) {
    const extra = budgetSeconds(statSync(h.path).size);
    test(`${h.name} (start-up + ${extra} s)`, { todo: h.knownBug }, async (t) => {
      const budget = startup + extra;
      const wallLimit = Math.ceil((h.knownBug ? 1 : HANG_FACTOR) * budget);
      const run = await runCliTimed(['extract', '--format', 'jsonl', h.path], wallLimit * 1000);
      assert.equal(run.signal, null, `killed after ${run.seconds.toFixed(1)} s of wall-clock time: treated as a hang`);
      t.diagnostic(`${run.cpuSeconds?.toFixed(1)} s CPU (start-up ${startup.toFixed(1)} s), ${run.seconds.toFixed(1)} s wall`);
      assert.ok(run.cpuSeconds !== null && run.cpuSeconds <= budget, `${run.cpuSeconds} s of CPU`);
      if (h.expect.kind === 'error') {
        assert.equal(run.status, 1, run.stderr);
        assert.match(run.stderr, new RegExp(`^dyad: skipped ${h.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
        assert.match(run.stderr, h.expect.reason);
        assert.equal(run.stdout.trim(), '');
        return;
      }
      assert.equal(run.status, 0, run.stderr);
      const lines = run.stdout.trim().split('\n');
      assert.equal(lines.length, 1);
      await checkRecord(h, JSON.parse(lines[0]) as DyadRecord);
    });
  }
});

describe('extract CLI: one run over every light input', () => {
  test('bad inputs are named on stderr and skipped, good ones give records, the exit status is 1', async () => {
    const light = inputs.filter((x) => !x.heavy);
    const run = await runCli(['extract', '--format', 'jsonl', ...light.map((x) => x.path)]);
    assert.equal(run.status, 1, run.stderr);
    const skipped = run.stderr.split('\n').filter((l) => l.startsWith('dyad: skipped '));
    for (const h of light.filter((x) => x.expect.kind === 'error')) {
      const line = skipped.find((l) => l.startsWith(`dyad: skipped ${h.path}`));
      assert.ok(line, `stderr names ${h.name}`);
      if (h.expect.kind === 'error') assert.match(skipped.filter((l) => l.startsWith(`dyad: skipped ${h.path}`)).join('\n'), h.expect.reason);
    }
    const expected = light.reduce((n, x) => n + (x.expect.kind === 'record' ? 1 : x.expect.kind === 'items' ? x.expect.stored.length : (x.expect.records ?? 0)), 0);
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as DyadRecord);
    assert.equal(records.length, expected);
    const badItems = light.reduce((n, x) => n + (x.expect.kind === 'items' ? x.expect.problems.length : 0), 0);
    assert.equal(skipped.length, light.filter((x) => x.expect.kind === 'error').length + 1 + badItems, 'one line per bad input or item (the loop folder has two)');
  });

  test('a good article alone exits 0; an empty one exits 1 naming the file', async () => {
    const good = path.join(dir, 'single-good.txt');
    writeFileSync(good, GOOD_ARTICLE);
    const ok = await runCli(['extract', good]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal((JSON.parse(ok.stdout) as DyadRecord).document.published, '2024-09-17');
    const empty = inputs.find((x) => x.name === 'empty.txt')!;
    const bad = await runCli(['extract', empty.path]);
    assert.equal(bad.status, 1);
    assert.equal(bad.stderr.trim(), `dyad: skipped ${empty.path}: empty file`);
  });
});

describe('extract: files and folders that change under the run', () => {
  test('a file removed between listing and reading is reported by name, the others are read', () => {
    const d = path.join(dir, 'vanishing');
    mkdirSync(d);
    for (const n of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(path.join(d, n), GOOD_ARTICLE.replace('Monday', n));
    const files = listFiles(d);
    unlinkSync(path.join(d, 'b.txt'));
    const outcomes = files.map((f) => {
      try {
        return readArticleFile(f).text.length > 0 ? 'read' : 'empty';
      } catch (err) {
        assert.ok(err instanceof InputError);
        return err.message;
      }
    });
    assert.deepEqual(outcomes, ['read', `${path.join(d, 'b.txt')}: no such file (it may have been removed during the run)`, 'read']);
  });

  test('the 200 MB file is refused without reading it into memory', () => {
    const huge = inputs.find((x) => x.name === 'huge-200mb.txt')!;
    const before = process.resourceUsage().maxRSS;
    const t0 = performance.now();
    assert.throws(() => readArticleFile(huge.path), /huge-200mb\.txt: too large for one article \(200\.0 MB/);
    assert.ok(performance.now() - t0 < 1000);
    assert.ok(process.resourceUsage().maxRSS - before < 50 * 1024, 'peak memory grew by less than 50 MB');
  });

  test('two identical files give two records with the same document id', async () => {
    const [a, b] = ['duplicate-a.txt', 'duplicate-b.txt'].map((n) => inputs.find((x) => x.name === n)!.path);
    const { records } = await extractPaths([a, b], {}, undefined, pipeline);
    assert.equal(records.length, 2);
    assert.equal(records[0].document.id, records[1].document.id);
    assert.notEqual(records[0].document.file, records[1].document.file);
  });
});
