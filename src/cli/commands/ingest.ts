// `dyad ingest`: read articles (text, web pages, feeds, JSON Lines, folders) into the corpus store.
import type { Command } from 'commander';
import { defaultJobs } from '../../ingest/extract-pool.ts';
import { InvalidArgumentError } from 'commander';
import { parseDateOption } from '../options.ts';
import { createProgress, describeProgress } from '../progress.ts';
import { withDbOption, withStore } from '../store-option.ts';

interface IngestOpts {
  db: string;
  published?: string;
  json?: boolean;
  quiet?: boolean;
  jobs: number;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 256) throw new InvalidArgumentError(`"${value}" is not a number of threads from 0 to 256`);
  return n;
}

export function registerIngest(program: Command): void {
  withDbOption(program
    .command('ingest')
    .description('Extract articles and store them in the corpus (idempotent: an article already stored is skipped)')
    .argument('<paths...>', 'files or folders: .txt (or any text), .html pages, .xml/.rss/.atom feeds, .jsonl ({text, url?, published?, source?, title?} per line)'))
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that give none', parseDateOption)
    .option('-j, --jobs <n>', 'extraction threads beside the writing thread (0: extract in the writing thread itself)', parseJobs, defaultJobs())
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress output; skipped inputs are still reported')
    .addHelpText('after', `
Examples:
  dyad ingest examples/corpus
  dyad ingest pages/ feed.xml articles.jsonl --db news.db

Articles are extracted in --jobs worker threads (default: one per core but one, the core of the
thread that stores them; on one core, none) and stored by that thread in input order, so the store
is the same whatever --jobs is; reading stays a bounded number of articles ahead of storing, so
memory does not grow with the size of the input. Articles are stored
in batches, one transaction each (the first of at most 10 articles or 50 ms of work, the next ones
twice as large, up to 100 articles or 1 s): a run that is interrupted keeps every batch it finished
and never part of an article, and running the same command again stores exactly the rest.
Unreadable files, malformed feeds and broken JSON lines are reported with their path (and line)
and skipped; the exit status is 1 when anything was skipped.`)
    .action(async (paths: string[], opts: IngestOpts) => {
      const progress = createProgress(process.stderr, opts.quiet || opts.json);
      const { ingestPaths } = await import('../../services/ingest.ts');
      const summary = await withStore(opts.db, 'write', (store) => ingestPaths(store, paths, {
        published: opts.published,
        jobs: opts.jobs,
        onProgress: (p) => progress.update(p),
        onProblem: (p) => progress.log(`dyad: skipped ${p.input}: ${p.reason}`),
      }));
      progress.stop(summary);
      if (opts.json) {
        process.stdout.write(JSON.stringify({ db: opts.db, ...summary }, null, 2) + '\n');
      } else {
        const merged = summary.merged ? ` (${summary.merged} joined events other articles already report)` : '';
        process.stdout.write(`${opts.db}: ${describeProgress(summary)}; ${summary.events} events${merged}\n`);
      }
      process.exitCode = summary.failed > 0 ? 1 : 0;
    });
}
