// `dyad eval`: score extraction against gold annotation files and print a per-field table.
import type { Command } from 'commander';
import { evaluateDirectories } from '../../eval/run.ts';
import { formatReport, toJson } from '../../eval/report.ts';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score extraction against gold annotations (see ../shared/spec/scoring.md) and list the misses')
    .requiredOption('--gold <dir>', 'directory of gold files, one <article file name>.json per article')
    .requiredOption('--corpus <dir>', 'directory holding the articles the gold files name')
    .option('--json', 'print the scores, per-file counts and misses as JSON')
    .addHelpText('after', `
Examples:
  dyad eval --gold ../shared/gold/seeds --corpus ../shared/corpus/seeds
  dyad eval --gold examples/gold --corpus examples/corpus --json

A gold file that cannot be read, or whose article is missing, is reported and skipped;
the exit status is 1 when that happened, 0 otherwise.`)
    .action((opts: { gold: string; corpus: string; json?: boolean }) => {
      const result = evaluateDirectories(opts.gold, opts.corpus);
      if (opts.json) process.stdout.write(JSON.stringify(toJson(result), null, 2) + '\n');
      else process.stdout.write(formatReport(result));
      for (const p of result.problems) process.stderr.write(`dyad: ${p.error}\n`);
      process.exitCode = result.problems.length > 0 ? 1 : 0;
    });
}
