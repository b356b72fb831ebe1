// `dyad code`: PLOVER events of one sentence, or of a JSONL batch of sentences on standard input.
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { PloverEvent } from '../../core/types.ts';
import { parseDateOption } from '../options.ts';

interface CodeOptions {
  date?: string;
  format: string;
}

export function registerCode(program: Command): void {
  program
    .command('code')
    .description('Code sentences into PLOVER events (type, mode, actor, recipient, date, place, evidence)')
    .argument('[sentence]', 'the sentence to code; without it, JSONL lines {"id","text","date"?} are read from standard input')
    .option('--date <date>', 'publication date (YYYY-MM-DD) that "on Monday" or "last month" are resolved against', parseDateOption)
    .option('-f, --format <format>', 'json (one sentence: an array of events; a batch: one {"id","events"} line per input line), jsonl (one {"id","events"} line per sentence) or pretty (one line per event)', 'json')
    .addHelpText('after', `
Examples:
  dyad code "Chinese coast guard ships fired water cannon at two Philippine supply boats on Sunday." --date 2024-03-25
  dyad code "Wang Yi met Sergei Lavrov in Moscow on Monday." --date 2024-04-02 --format pretty
  dyad code --format jsonl < sentences.jsonl > events.jsonl

In a batch each input line gives one output line, in the same order: {"id","events":[…]}, or
{"id","error":"line N: …"} for a line that cannot be read; the batch goes on after it. Fields may also be
named "sentence" (text), "publication_date", "pub_date" or "story_date" (date, which may carry a time:
2024-05-13T09:30:00Z, or be written 20240513) and "story_id" or "event_id" (id).`)
    .action(async (sentence: string | undefined, opts: CodeOptions) => {
      if (!['json', 'pretty', 'jsonl'].includes(opts.format)) throw new Error(`unknown --format "${opts.format}" (use json, pretty or jsonl)`);
      const { codeJsonLine, createSentenceCoder } = await import('../../services/code.ts');
      const coder = createSentenceCoder();
      if (sentence !== undefined) {
        const events = coder.code(sentence, opts.date ?? null);
        if (opts.format === 'pretty') process.stdout.write(events.map(formatEventLine).join('\n') + (events.length ? '\n' : '(no event)\n'));
        else if (opts.format === 'jsonl') process.stdout.write(JSON.stringify({ id: null, events }) + '\n');
        else process.stdout.write(JSON.stringify(events, null, 2) + '\n');
        return;
      }
      let lineNo = 0;
      let failed = 0;
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        lineNo++;
        if (line.trim() === '') continue;
        const out = codeJsonLine(coder, line, lineNo, opts.date ?? null);
        if (out.error) failed++;
        if (opts.format === 'pretty') {
          const body = out.error ?? (out.events!.map(formatEventLine).join('\n    ') || '(no event)');
          process.stdout.write(`${String(out.id)}: ${body}\n`);
        } else process.stdout.write(JSON.stringify(out) + '\n');
      }
      if (failed > 0) process.stderr.write(`dyad: ${failed} of ${lineNo} line(s) could not be coded\n`);
      process.exitCode = failed > 0 ? 1 : 0;
    });
}

/** "CONSULT/visit 2024-04-01 CHN (Wang Yi) → RUS (his Russian counterpart = Russia) in Moscow «met» [events.consult.meet-direct]" */
export function formatEventLine(e: PloverEvent): string {
  // "CHN (Chinese coast guard ships = China)", "VNM (he = To Lam)", "CHN (President Xi Jinping)".
  const who = (list: PloverEvent['actor']) => list.map((x) => {
    const named = x.identifier_text && !x.entity_text.includes(x.identifier_text) ? ` = ${x.identifier_text}` : '';
    return `${x.code || '?'} (${x.entity_text}${named})`;
  }).join(', ') || '-';
  const mode = e.mode.length ? `/${e.mode.join(',')}` : '';
  const where = e.event_loc ? ` in ${e.event_loc.name}` : '';
  return `${e.event.join('|')}${mode} ${e.date ?? '????'} ${who(e.actor)} → ${who(e.recipient)}${where} «${e.event_text.join(' | ')}» [${e.rule}]`;
}
