// `dyad series`: a dyad's events per month or year, by quad class and PLOVER type, with the mean score.
import type { Command } from 'commander';
import { eventSeries, type SeriesRow } from '../../services/series.ts';
import { eventQuery, formatOption, withEventFilters, type EventFilterOpts } from '../corpus-options.ts';
import { withDbOption, withStore } from '../store-option.ts';
import { formatCsv, formatTable, type Column } from '../tabular.ts';

interface SeriesOpts extends EventFilterOpts {
  db: string;
  by: string;
  format: string;
}

const types = (r: SeriesRow): string => Object.entries(r.types).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t, n]) => `${t} ${n}`).join(', ');

const COLUMNS: Column<SeriesRow>[] = [
  { label: 'period', value: (r) => r.period },
  { label: 'events', value: (r) => r.events, right: true },
  { label: 'verb.coop', value: (r) => r.quads[1], right: true },
  { label: 'mat.coop', value: (r) => r.quads[2], right: true },
  { label: 'verb.conf', value: (r) => r.quads[3], right: true },
  { label: 'mat.conf', value: (r) => r.quads[4], right: true },
  { label: 'mean score', value: (r) => r.meanScore?.toFixed(2) ?? '', right: true },
  { label: 'types', value: types, max: 60 },
];

export function registerSeries(program: Command): void {
  withDbOption(withEventFilters(program
    .command('series')
    .description('Event counts per month or year by quad class and PLOVER type, with the mean PLOVER score')))
    .option('--by <period>', 'month or year', formatOption(['month', 'year']), 'month')
    .option('-f, --format <format>', 'table, json or csv', formatOption(['table', 'json', 'csv']), 'table')
    .addHelpText('after', `
Examples:
  dyad series --between CHN VNM --by month
  dyad series --between RUS UKR --by year --format csv > rus-ukr.csv

Quad classes: verbal cooperation (1), material cooperation (2), verbal conflict (3), material
conflict (4). The mean score is the mean PLOVER event_scale (-10 … +10). Months without events are
listed with zeros; events dated only by year are left out of a monthly series (the count is shown).`)
    .action(async (opts: SeriesOpts) => {
      const q = { ...eventQuery(opts), by: opts.by as 'month' | 'year' };
      const series = await withStore(opts.db, 'read', (store) => eventSeries(store, q));
      if (opts.format === 'json') return void process.stdout.write(JSON.stringify(series, null, 2) + '\n');
      if (opts.format === 'csv') {
        const typeNames = Object.keys(series.totals.types).sort();
        const csvColumns: Column<SeriesRow>[] = [
          ...COLUMNS.slice(0, 6),
          { label: 'mean_score', value: (r) => r.meanScore },
          ...typeNames.map((t): Column<SeriesRow> => ({ label: t, value: (r) => r.types[t] ?? 0 })),
        ];
        return void process.stdout.write(formatCsv(csvColumns, series.rows));
      }
      process.stdout.write(formatTable(COLUMNS, [...series.rows, { period: 'total', ...series.totals }]));
      const { undated, coarser } = series.excluded;
      if (undated || coarser) process.stdout.write(`not placed: ${undated} undated, ${coarser} dated only by year\n`);
    });
}
