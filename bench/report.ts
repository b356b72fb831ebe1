// Formats benchmark results as the table printed by `npm run bench` (and pasted into docs/performance.md).
import type { Rate } from './extract.ts';
import type { BenchResult } from './run.ts';

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const rateRow = (r: Rate, vsDyad: number | null): string[] => [
  r.engine, fmt(r.articles), fmt(r.bytes / 1048576, 2), fmt(r.articlesPerSec), fmt(r.mbPerSec, 2), fmt(r.sentencesPerSec),
  vsDyad === null ? '' : `${fmt(vsDyad, 1)}×`,
];

const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');

export function formatReport(r: BenchResult): string {
  const out: string[] = [];
  out.push(`dyad benchmark, ${r.mode} mode (node ${r.node}, ${r.cpus} CPUs; one process = one core: the rates below are per core)`);
  const e = r.extract;
  const code = e.bundled ? 'the bundled pipeline, as dyad runs it' : 'the TypeScript sources through tsx (no bundle could be built)';
  out.push('', `Extraction (${code}; lexicon load ${fmt(e.lexiconLoadMs)} ms, not counted; peak RSS ${fmt(e.peakRssMb)} MB with the corpus in memory)`);
  const header = ['engine', 'articles', 'MB', 'articles/s', 'MB/s', 'sentences/s', 'dyad is'];
  const dyadMb = e.sameText[0].mbPerSec;
  out.push(table(header, [
    rateRow(e.dyad, null),
    rateRow(e.dyadSecondHalf, null),
    ...e.sameText.map((s, i) => rateRow(s, i === 0 ? null : dyadMb / s.mbPerSec)),
  ]));
  out.push('(first row: the whole corpus; second: its second half, once V8 has compiled dyad\'s code (for information: the target is');
  out.push(' on the whole run); the rest: the same first articles for every engine, so ratios compare equal text,');
  out.push(` timed in turns, an eighth of the text at a time, so a change in the machine's speed weighs on all alike;`);
  out.push(` dyad extracts ${e.batch} articles at a time (pipeline.runAll), as ingest's extraction threads do; the baselines one by one)`);
  out.push('', 'dyad CPU time by stage', table(['stage', 'CPU ms', 'share'], e.stages.map((s) => [s.stage, fmt(s.ms), `${fmt(100 * s.share, 1)}%`])));
  const rows: string[][] = [
    ['extraction MB/s per core', fmt(e.mbPerSecPerCore, 2), '≥ 1', verdict(e.mbPerSecPerCore >= 1)],
    ['dyad / compromise', `${fmt(e.ratioVsCompromise, 1)}×`, '≥ 10×', verdict(e.ratioVsCompromise >= 10)],
    ['dyad / wink-nlp bare', `${fmt(e.ratioVsWink, 2)}×`, '≥ 0.5×', verdict(e.ratioVsWink >= 0.5)],
  ];
  if (r.ingest) {
    const i = r.ingest;
    const threads = i.jobs > 0 ? `${i.jobs} extraction thread${i.jobs > 1 ? 's' : ''} and the writing thread` : 'extraction in the writing thread';
    out.push('', `Ingest into a fresh store (child process, ${threads}: ${fmt(i.cores)} cores; ${fmt(i.articles)} articles, ${fmt(i.bytes / 1048576, 1)} MB from ${i.source})`);
    out.push(table(['measure', 'value'], [
      ['articles/s, whole run', fmt(i.articlesPerSec)],
      [`articles/s after the ${fmt(i.startupSeconds, 2)} s start-up`, fmt(i.articlesPerSecAfterStartup)],
      ['MB/s', fmt(i.mbPerSec, 2)],
      ['MB/s per core', fmt(i.mbPerSecPerCore, 2)],
      ['sentences/s', i.sentencesPerSec === null ? 'n/a' : fmt(i.sentencesPerSec)],
      ['sentences/s per core', i.sentencesPerSecPerCore === null ? 'n/a' : fmt(i.sentencesPerSecPerCore)],
      ['CPU seconds (every thread)', fmt(i.cpuSeconds, 1)],
      ['articles per CPU second', fmt(i.articlesPerCpuSecond)],
      ['peak RSS of the ingest process (threads included)', `${fmt(i.peakRssMb)} MB`],
      ['store size', `${fmt(i.storeMb, 1)} MB`],
    ]));
    out.push('(whole run: store open to last article stored, the threads\' start-up included)');
    if (i.big) {
      const gb = fmt(i.big.bytes / 1073741824, 2);
      out.push('', `Streamed run (--big): ${fmt(i.big.articles)} articles, ${gb} GB of JSON Lines in ${fmt(i.big.seconds)} s (${fmt(i.big.articlesPerSec)} articles/s)`);
      out.push(`peak RSS in each tenth of the run: ${i.big.rssByTenthMb.map((x) => fmt(x)).join(', ')} MB`);
    }
    rows.push(['ingest articles/s, whole run', fmt(i.articlesPerSec), '≥ 500', verdict(i.articlesPerSec >= 500)]);
    if (i.big) rows.push([`ingest articles/s, ${fmt(i.big.bytes / 1073741824, 2)} GB streamed`, fmt(i.big.articlesPerSec), '≥ 500', verdict(i.big.articlesPerSec >= 500)]);
    if (i.big) rows.push([`ingest peak RSS, ${fmt(i.big.bytes / 1073741824, 2)} GB streamed`, `${fmt(i.big.peakRssMb)} MB`, '< 500 MB', verdict(i.big.peakRssMb < 500)]);
    else rows.push(['ingest peak RSS', `${fmt(i.peakRssMb)} MB`, '< 500 MB', verdict(i.peakRssMb < 500)]);
  } else {
    out.push('', `Ingest: not measured (${r.skipped.ingest ?? 'skipped'})`);
  }
  if (r.query) {
    const q = r.query;
    const built = q.reused ? 'store reused from an earlier run' : `store built in ${fmt(q.buildSeconds, 1)} s`;
    out.push('', `Query latency on a store of ${fmt(q.events)} events (services, in a fresh child process that first reads the store file through, as a running server has it cached; ${fmt(q.runsPerQuery)} runs each with random parameters, after one warm-up; ${built})`);
    out.push(table(['query', 'p50 ms', 'p95 ms', 'max ms', 'rows'], q.queries.map((x) => [x.name, fmt(x.p50Ms, 2), fmt(x.p95Ms, 2), fmt(x.maxMs, 2), fmt(x.rows)])));
    rows.push(['query p95 (worst query)', `${fmt(q.p95Ms, 2)} ms`, '≤ 50 ms', verdict(q.p95Ms <= 50)]);
  } else {
    out.push('', `Query: not measured (${r.skipped.query ?? 'skipped'})`);
  }
  rows.push(['peak RSS, any process', `${fmt(r.peakRssMb)} MB`, '', '']);
  out.push('', 'Targets', table(['measure', 'value', 'target', ''], rows));
  out.push('', `${fmt(r.seconds, 1)} s in all; JSON in bench/out/latest.json`);
  return out.join('\n');
}
