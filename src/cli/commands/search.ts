// `dyad search`: ranked full-text search over the stored articles with highlighted snippets.
import type { Command } from 'commander';
import { searchArticles } from '../../services/search.ts';
import { formatOption, parseCount } from '../corpus-options.ts';
import { withDbOption, withStore } from '../store-option.ts';

interface SearchOpts {
  db: string;
  format: string;
  limit: number;
  offset: number;
}

export function registerSearch(program: Command): void {
  withDbOption(program
    .command('search')
    .description('Full-text search over the stored articles, best matches first, with the matching words highlighted')
    .argument('<words...>', 'words that must all appear; "a quoted phrase"; OR between two words; a trailing * for a prefix'))
    .option('-f, --format <format>', 'text or json', formatOption(['text', 'json']), 'text')
    .option('--limit <n>', 'results per page', parseCount, 10)
    .option('--offset <n>', 'results to skip', parseCount, 0)
    .addHelpText('after', `
Examples:
  dyad search "standard-gauge railway"
  dyad search '"water cannon"' OR collision --limit 5

Punctuation and search operators in your words are read as plain words, so no query is an error.`)
    .action(async (parts: string[], opts: SearchOpts) => {
      const result = await withStore(opts.db, 'read', (store) => searchArticles(store, parts.join(' '), { limit: opts.limit, offset: opts.offset }));
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify(result, null, 2) + '\n');
        return;
      }
      // Bold on a terminal; **…** in files and pipes, readable as plain text and as Markdown.
      const [open, close] = process.stdout.isTTY ? ['\x1b[1m', '\x1b[22m'] : ['**', '**'];
      const lines = result.items.map((hit, i) => {
        const meta = [hit.source, hit.published, hit.duplicateOf ? `copy of ${hit.duplicateOf}` : null].filter(Boolean).join(' · ');
        const snippet = hit.snippet.replace(/\s+/g, ' ').split(result.marks.open).join(open).split(result.marks.close).join(close);
        return `${result.offset + i + 1}. ${hit.title ?? '(no headline)'}${meta ? ` — ${meta}` : ''} [${hit.documentId}]\n   ${snippet}\n`;
      });
      process.stdout.write(lines.join('\n') + `${result.total} article${result.total === 1 ? '' : 's'} match ${result.query}\n`);
    });
}
