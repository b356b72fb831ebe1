// `dyad eval`: score extraction against gold annotation files and print a per-field table.
import type { Command } from 'commander';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score extraction against gold annotations (the rules: docs/eval.md) and list the misses')
    .option('--gold <dir>', 'directory of gold files, one <article file name>.json per article')
    .option('--corpus <dir>', 'directory holding the articles the gold files name')
    .option('--sentences <file>', 'instead: score sentence-level PLOVER coding on a JSONL suite (e.g. test/sentences/plover-sentences.jsonl)')
    .option('--json', 'print the scores, per-file counts and misses as JSON')
    .addHelpText('after', `
Examples:
  dyad eval --gold examples/gold --corpus examples/corpus
  dyad eval --gold examples/gold --corpus examples/corpus --json
  dyad eval --sentences test/sentences/plover-sentences.jsonl

A gold file that cannot be read, or whose article is missing, is reported and skipped;
the exit status is 1 when that happened, 0 otherwise.`)
    .action(async (opts: { gold?: string; corpus?: string; sentences?: string; json?: boolean }) => {
      if (opts.sentences) {
        const { evalSentences, formatSentenceReport } = await import('../../eval/sentences.ts');
        const report = evalSentences(opts.sentences);
        if (opts.json) process.stdout.write(JSON.stringify({ ...report, outcomes: report.outcomes.filter((o) => !o.typeOk || !o.actorOk || !o.recipientOk) }, null, 2) + '\n');
        else process.stdout.write(formatSentenceReport(report));
        process.exitCode = report.problems.length > 0 ? 1 : 0;
        return;
      }
      if (!opts.gold || !opts.corpus) throw new Error('dyad eval needs --gold and --corpus (or --sentences FILE)');
      const { evaluateDirectories } = await import('../../eval/run.ts');
      const { formatReport, toJson } = await import('../../eval/report.ts');
      const result = await evaluateDirectories(opts.gold, opts.corpus);
      if (opts.json) process.stdout.write(JSON.stringify(toJson(result), null, 2) + '\n');
      else process.stdout.write(formatReport(result));
      for (const p of result.problems) process.stderr.write(`dyad: ${p.error}\n`);
      process.exitCode = result.problems.length > 0 ? 1 : 0;
    });
}
