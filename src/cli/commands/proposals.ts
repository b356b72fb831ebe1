// `dyad proposals`: a speaker's enumerated proposals across meetings, aligned by theme.
import type { Command } from 'commander';
import { alignProposals, proposalSpeakers, type SpeakerAlignment } from '../../services/proposals.ts';
import { formatOption } from '../corpus-options.ts';
import { withDbOption, withStore } from '../store-option.ts';
import { formatTable } from '../tabular.ts';

interface ProposalsOpts {
  db: string;
  speaker?: string;
  format: string;
}

const MARK = { repeated: '=', added: '+', dropped: '-' } as const;

export function formatAlignment(a: SpeakerAlignment): string {
  const out: string[] = [`${a.speaker}: ${a.meetings.length} meeting${a.meetings.length === 1 ? '' : 's'} with enumerated proposals`];
  for (const m of a.meetings) {
    out.push('', `${m.date ?? 'undated'}  ${m.title ?? '(no headline)'}${m.source ? ` — ${m.source}` : ''} [${m.documentId}]`);
    if (m.documentIds.length > 1) out.push(`  also reported by ${m.documentIds.filter((d) => d !== m.documentId).join(', ')}`);
    for (const theme of a.themes) {
      for (const p of m.cells[theme] ?? []) {
        out.push(`  ${MARK[p.status]} ${theme.padEnd(26)} ${p.ordinal ? `${p.ordinal}. ` : ''}${p.text}`);
      }
    }
    const parts = [m.repeated.length && `repeated ${m.repeated.join(', ')}`, m.added.length && `added ${m.added.join(', ')}`, m.dropped.length && `dropped ${m.dropped.join(', ')}`];
    out.push(`  → ${parts.filter(Boolean).join('; ') || 'no proposals'}`);
  }
  return out.join('\n') + '\n';
}

export function registerProposals(program: Command): void {
  withDbOption(program
    .command('proposals')
    .description("A speaker's enumerated proposals across meetings, aligned by theme: what was repeated, added or dropped"))
    .option('--speaker <name>', 'the speaker (name or alias); without it, the speakers with proposals are listed')
    .option('-f, --format <format>', 'text or json', formatOption(['text', 'json']), 'text')
    .addHelpText('after', `
Examples:
  dyad proposals
  dyad proposals --speaker "Xi Jinping"

Meetings are in date order. For each meeting: "=" a theme the previous meeting also had, "+" a
new theme, "-" a theme of the previous meeting that this one dropped (its earlier wording shown).
Themes come from data/speech/themes.yaml.`)
    .action(async (opts: ProposalsOpts) => {
      await withStore(opts.db, 'read', (store) => {
        if (!opts.speaker) {
          const speakers = proposalSpeakers(store);
          if (opts.format === 'json') return void process.stdout.write(JSON.stringify(speakers, null, 2) + '\n');
          return void process.stdout.write(formatTable([
            { label: 'speaker', value: (s) => s.speaker },
            { label: 'proposals', value: (s) => s.proposals, right: true },
            { label: 'articles', value: (s) => s.documents, right: true },
          ], speakers.items));
        }
        const aligned = alignProposals(store, { speaker: opts.speaker });
        if (opts.format === 'json') return void process.stdout.write(JSON.stringify(aligned, null, 2) + '\n');
        process.stdout.write(aligned.meetings.length ? formatAlignment(aligned) : `no enumerated proposals by "${opts.speaker}" in the corpus\n`);
      });
    });
}
