// `dyad extract`: read articles and print their records.
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { formatRecordPretty } from '../format-record.ts';
import { parseDateOption } from '../options.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract the dyad record (document, people, events, quotes, proposals, figures) from articles')
    .argument('<paths...>', 'files (.txt, .html pages, .xml/.rss/.atom feeds, .jsonl) or directories; "-" reads standard input')
    .option('-f, --format <format>', 'json (one record, or an array for several), jsonl, or pretty', 'json')
    .option('--published <date>', 'publication date (YYYY-MM-DD) to use when the text has none', parseDateOption)
    .addHelpText('after', `
Examples:
  dyad extract article.txt --format json
  dyad extract articles/ --format json     # a JSON array, one record per file
  cat article.txt | dyad extract - --format pretty
  dyad extract page.html feed.xml --format jsonl   # pages and feeds are read as ingest reads them

Unreadable inputs (empty, binary, too large, missing, a page with no text, a broken feed or JSON
line) are reported on stderr and skipped;
the exit status is 1 when any input failed, 0 otherwise.`)
    .action(async (paths: string[], opts: { format: string; published?: string }) => {
      if (!['json', 'jsonl', 'pretty'].includes(opts.format)) {
        throw new Error(`unknown --format "${opts.format}" (use json, jsonl or pretty)`);
      }
      const { extractPaths } = await import('../../services/extract.ts');
      const { records, failures } = await extractPaths(paths, { published: opts.published }, () => readFileSync(0));
      for (const f of failures) process.stderr.write(`dyad: skipped ${f.error}\n`);
      if (opts.format === 'pretty') {
        process.stdout.write(records.map(formatRecordPretty).join('\n'));
      } else if (opts.format === 'jsonl') {
        for (const r of records) process.stdout.write(JSON.stringify(r) + '\n');
      } else {
        const single = paths.length === 1 && records.length === 1 && failures.length === 0 && !isDirectoryRun(paths);
        process.stdout.write(JSON.stringify(single ? records[0] : records, null, 2) + '\n');
      }
      process.exitCode = failures.length > 0 ? 1 : 0;
    });
}

function isDirectoryRun(paths: string[]): boolean {
  try {
    return paths[0] !== '-' && statSync(paths[0]).isDirectory();
  } catch {
    return false;
  }
}
