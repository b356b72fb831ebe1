// The dyad command line: one sub-command per file in ./commands, registered here.
import { Command, CommanderError } from 'commander';
import { registerExtract } from './commands/extract.ts';
import { registerEval } from './commands/eval.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerEvents } from './commands/events.ts';
import { registerSearch } from './commands/search.ts';
import { registerPeople } from './commands/people.ts';
import { registerSeries } from './commands/series.ts';
import { registerProposals } from './commands/proposals.ts';
import { registerExport } from './commands/export.ts';
import { registerCode } from './commands/code.ts';
import { registerServe } from './commands/serve.ts';
import { registerDemo } from './commands/demo.ts';

/** Each register function adds one sub-command; keep this list in the README's order. */
const COMMANDS: ((program: Command) => void)[] = [
  registerExtract,
  registerCode,
  registerEval,
  registerIngest,
  registerEvents,
  registerSearch,
  registerPeople,
  registerSeries,
  registerProposals,
  registerExport,
  registerServe,
  registerDemo,
];

export async function main(argv: string[]): Promise<number> {
  const program = new Command('dyad')
    .description('Turn news about relations between countries into verifiable PLOVER event data.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError();
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    process.stderr.write(`dyad: ${(err as Error).message}\n`);
    return 1;
  }
}
