// `dyad events`: corpus events (merged across the articles reporting them) with filters.
import type { Command } from 'commander';
import { listEvents } from '../../services/events.ts';
import { EVENT_COLUMNS, toRow } from '../../services/export.ts';
import type { CorpusEvent } from '../../store/index.ts';
import { eventQuery, formatOption, parseCount, withEventFilters, type EventFilterOpts } from '../corpus-options.ts';
import { withDbOption, withStore } from '../store-option.ts';
import { csvLine, formatTable, type Column } from '../tabular.ts';

interface EventsOpts extends EventFilterOpts {
  db: string;
  format: string;
  limit: number;
  offset: number;
}

const who = (list: CorpusEvent['actor']): string => list.map((x) => (x.identifier_text && x.identifier_text !== x.code ? `${x.identifier_text} (${x.code})` : x.code)).join(', ');

const COLUMNS: Column<CorpusEvent>[] = [
  { label: 'date', value: (e) => e.date ?? 'undated' },
  { label: 'type', value: (e) => e.event.join('|') },
  { label: 'mode', value: (e) => e.mode.join(',') },
  { label: 'quad', value: (e) => e.quad_code, right: true },
  { label: 'score', value: (e) => e.event_scale, right: true },
  { label: 'actor', value: (e) => who(e.actor), max: 32 },
  { label: 'recipient', value: (e) => who(e.recipient), max: 32 },
  { label: 'sources', value: (e) => e.sourceCount, right: true },
  { label: 'id', value: (e) => e.id },
];

export function registerEvents(program: Command): void {
  withDbOption(withEventFilters(program
    .command('events')
    .description('List corpus events: each merged over every article that reports it, with its source count')))
    .option('-f, --format <format>', 'table, json or csv', formatOption(['table', 'json', 'csv']), 'table')
    .option('--limit <n>', 'events per page', parseCount, 50)
    .option('--offset <n>', 'events to skip', parseCount, 0)
    .addHelpText('after', `
Examples:
  dyad events --between CHN VNM --from 2024-01-01 --to 2025-12-31 --type CONSULT
  dyad events --person "To Lam" --format json
  dyad events --country PHL --quad 4 --format csv > phl-conflict.csv

Newest first. "sources" counts distinct articles (a republished copy is not counted again);
--format json gives every source article with its evidence span.`)
    .action(async (opts: EventsOpts) => {
      const q = eventQuery(opts);
      const page = await withStore(opts.db, 'read', (store) => listEvents(store, q, { limit: opts.limit, offset: opts.offset }));
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify(page, null, 2) + '\n');
      } else if (opts.format === 'csv') {
        process.stdout.write(csvLine([...EVENT_COLUMNS]) + page.items.map((e) => csvLine(EVENT_COLUMNS.map((c) => toRow(e)[c]))).join(''));
      } else {
        process.stdout.write(formatTable(COLUMNS, page.items));
        const last = page.offset + page.items.length;
        process.stdout.write(`${page.total} events${page.total > page.items.length ? ` (showing ${page.total ? page.offset + 1 : 0}–${last}; --offset ${last} for more)` : ''}\n`);
      }
    });
}
