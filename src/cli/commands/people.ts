// `dyad people`: people with their offices over time (articles and gazetteer combined), and who
// held an office on a given day according to the corpus.
import type { Command } from 'commander';
import { listPeople, officeHolders, type PersonSummary } from '../../services/people.ts';
import type { OfficeSpan } from '../../corpus/timeline.ts';
import { formatOption, parseCount, parseCountry } from '../corpus-options.ts';
import { parseDateOption } from '../options.ts';
import { withDbOption, withStore } from '../store-option.ts';
import { formatTable } from '../tabular.ts';

interface PeopleOpts {
  db: string;
  country?: string;
  name?: string;
  office?: string;
  on?: string;
  format: string;
  limit: number;
  offset: number;
}

function basis(s: OfficeSpan): string {
  const seen = s.documents ? `${s.documents} article${s.documents === 1 ? '' : 's'}${s.firstSeen ? ` (${s.firstSeen === s.lastSeen ? s.firstSeen : `${s.firstSeen} … ${s.lastSeen}`})` : ''}` : '';
  if (s.basis === 'gazetteer') return 'gazetteer';
  if (s.basis === 'both') return `gazetteer; seen in ${seen}`;
  return `seen in ${seen}`;
}

function formatPerson(p: PersonSummary): string {
  const head = `${p.name} (${p.country ?? '?'}) — mentioned in ${p.documents} article${p.documents === 1 ? '' : 's'}`;
  if (!p.offices.length) return `${head}\n  no office recorded\n`;
  const rows = p.offices.map((s) => `  ${`${s.from ?? '?'} … ${s.to ?? (s.basis === 'corpus' ? '?' : 'now')}`.padEnd(25)} ${s.office.length > 60 ? s.office.slice(0, 59) + '…' : s.office.padEnd(60)}  ${basis(s)}`);
  return `${head}\n${rows.join('\n')}\n`;
}

export function registerPeople(program: Command): void {
  withDbOption(program
    .command('people')
    .description('People in the corpus with their offices over time, or who held an office on a day'))
    .option('--country <code>', 'people of this country (ISO3)', parseCountry)
    .option('--name <name>', 'people whose name or alias contains this')
    .option('--office <office>', 'with --on: who held this office ("President", "Foreign Minister")')
    .option('--on <date>', 'with --office: the day (YYYY-MM-DD)', parseDateOption)
    .option('-f, --format <format>', 'text or json', formatOption(['text', 'json']), 'text')
    .option('--limit <n>', 'people per page', parseCount, 50)
    .option('--offset <n>', 'people to skip', parseCount, 0)
    .addHelpText('after', `
Examples:
  dyad people --country VNM
  dyad people --name "To Lam"
  dyad people --office President --country VNM --on 2024-06-01

Offices come from two places: what the articles call a person, dated by each article, and the
gazetteer's dated offices (data/people/leaders.yaml). "seen in" says which articles gave an office.
For --office/--on, "corpus" means articles gave the office before and after the day, and
"last seen" that the latest article before the day gave it.`)
    .action(async (opts: PeopleOpts) => {
      if (!!opts.office !== !!opts.on) throw new Error('--office and --on go together: who held OFFICE on DATE');
      await withStore(opts.db, 'read', (store) => {
        if (opts.office && opts.on) {
          const holders = officeHolders(store, { office: opts.office, on: opts.on, country: opts.country });
          if (opts.format === 'json') return void process.stdout.write(JSON.stringify(holders, null, 2) + '\n');
          process.stdout.write(formatTable([
            { label: 'person', value: (h) => `${h.person.name} (${h.person.country ?? '?'})` },
            { label: 'office', value: (h) => h.office, max: 60 },
            { label: 'from', value: (h) => h.from ?? '?' },
            { label: 'to', value: (h) => h.to ?? (h.evidence === 'gazetteer' ? 'now' : '?') },
            { label: 'evidence', value: (h) => (h.evidence === 'last-seen' ? `last seen ${h.lastSeen}` : h.evidence) },
            { label: 'articles', value: (h) => h.documents, right: true },
          ], holders));
          return void process.stdout.write(`${holders.length} holder${holders.length === 1 ? '' : 's'} of "${opts.office}" on ${opts.on}\n`);
        }
        const page = listPeople(store, { country: opts.country, name: opts.name }, { limit: opts.limit, offset: opts.offset });
        if (opts.format === 'json') return void process.stdout.write(JSON.stringify(page, null, 2) + '\n');
        process.stdout.write(page.items.map(formatPerson).join('\n'));
        process.stdout.write(`${page.total} people${page.total > page.items.length ? ` (showing ${page.items.length}; --offset for more)` : ''}\n`);
      });
    });
}
