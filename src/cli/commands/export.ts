// `dyad export`: every corpus event (or a filtered set) as PLOVER JSON Lines or CSV, streamed.
import type { Command } from 'commander';
import { eachEvent } from '../../services/events.ts';
import { EVENT_COLUMNS, toPlover, toRow } from '../../services/export.ts';
import { eventQuery, formatOption, withEventFilters, type EventFilterOpts } from '../corpus-options.ts';
import { withDbOption, withStore } from '../store-option.ts';
import { csvLine } from '../tabular.ts';

interface ExportOpts extends EventFilterOpts {
  db: string;
  format: string;
}

/** Writes and waits when the pipe is full, so exporting a large corpus holds little in memory. */
async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

export function registerExport(program: Command): void {
  withDbOption(withEventFilters(program
    .command('export')
    .description('Export corpus events as PLOVER JSON Lines or CSV (oldest first)')))
    .requiredOption('-f, --format <format>', 'plover-jsonl or csv', formatOption(['plover-jsonl', 'csv']))
    .addHelpText('after', `
Examples:
  dyad export --format plover-jsonl > events.jsonl
  dyad export --format csv --between CHN VNM > chn-vnm.csv

PLOVER records use the manual's field names (id, date, actor, recipient, event, mode, context,
event_loc, event_text, quad_code, event_scale); cite_info lists every article reporting the event
with the evidence span.`)
    .action(async (opts: ExportOpts) => {
      const q = eventQuery(opts);
      await withStore(opts.db, 'read', async (store) => {
        if (opts.format === 'csv') await write(csvLine([...EVENT_COLUMNS]));
        for (const e of eachEvent(store, q)) {
          await write(opts.format === 'csv' ? csvLine(EVENT_COLUMNS.map((c) => toRow(e)[c])) : JSON.stringify(toPlover(e)) + '\n');
        }
      });
    });
}
