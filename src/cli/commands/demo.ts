// `dyad demo`: the quick start in one command: ingest the bundled example articles into a store and
// serve the dashboard over them, printing its address.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { openStore } from '../../store/index.ts';
import { createProgress, describeProgress } from '../progress.ts';
import { addServerOptions, serveStore } from './serve.ts';

const EXAMPLES = fileURLToPath(new URL('../../../examples/corpus', import.meta.url));

export function registerDemo(program: Command): void {
  addServerOptions(program
    .command('demo')
    .description('Build a store from the bundled example articles and serve the dashboard over it')
    .option('--db <path>', 'keep the store in this file (default: a temporary one, removed on exit)')
    .argument('[paths...]', 'articles to ingest instead of the bundled examples'))
    .addHelpText('after', `
Examples:
  dyad demo                                   # then open the printed address
  dyad demo --db demo.db examples/corpus my-articles/

Stops on Ctrl-C; port 8080 is used when free, else any free port.`)
    .action(async (paths: string[], opts: { db?: string; port: number; host: string }) => {
      const tmp = opts.db ? null : mkdtempSync(path.join(os.tmpdir(), 'dyad-demo-'));
      const db = opts.db ?? path.join(tmp!, 'demo.db');
      try {
        const store = openStore(db);
        const progress = createProgress(process.stderr);
        const inputs = paths.length ? paths : [EXAMPLES];
        const { ingestPaths } = await import('../../services/ingest.ts');
        try {
          const summary = await ingestPaths(store, inputs, {
            onProgress: (p) => progress.update(p),
            onProblem: (p) => progress.log(`dyad: skipped ${p.input}: ${p.reason}`),
          });
          progress.stop(summary);
          process.stdout.write(`dyad: ${describeProgress(summary)}; ${summary.events} events\n`);
        } finally {
          store.close();
        }
        await serveStore(db, { port: opts.port, host: opts.host, anyPortIfTaken: true });
      } finally {
        if (tmp) rmSync(tmp, { recursive: true, force: true });
      }
    });
}
