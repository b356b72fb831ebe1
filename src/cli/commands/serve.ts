// `dyad serve`: the corpus as a JSON API and a dashboard over HTTP, on loopback unless told otherwise.
import { InvalidArgumentError, type Command } from 'commander';
import { createApp } from '../../api/index.ts';
import { listen } from '../../api/server.ts';
import { DEFAULT_STORE, openStore } from '../../store/index.ts';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (0–65535)`);
  return port;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve a store as a JSON API (/api/…, described at /openapi.json) and a dashboard')
    .option('--db <path>', 'the store to serve (opened read-only)', DEFAULT_STORE)
    .option('--port <port>', 'TCP port; 0 picks a free one', parsePort, 8080)
    .option('--host <host>', 'interface to listen on; anything but loopback exposes the corpus to your network', '127.0.0.1')
    .addHelpText('after', `
Examples:
  dyad ingest examples/corpus --db dyad.db && dyad serve --db dyad.db
  dyad serve --db dyad.db --port 0            # any free port; the address is printed

Stops on Ctrl-C (SIGINT) or SIGTERM.`)
    .action(async (opts: { db: string; port: number; host: string }) => {
      const store = openStore(opts.db, { readonly: true });
      const server = await listen(createApp(store), opts.port, opts.host).catch((err: NodeJS.ErrnoException) => {
        store.close();
        throw new Error(err.code === 'EADDRINUSE' ? `port ${opts.port} on ${opts.host} is in use; try --port 0` : err.message);
      });
      const stats = store.stats();
      process.stdout.write(`dyad: serving ${opts.db} (${stats.documents} articles, ${stats.events} events) at ${server.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await server.close();
      store.close();
      process.stdout.write('dyad: stopped\n');
    });
}
