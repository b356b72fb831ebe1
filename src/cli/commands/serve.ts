// `dyad serve`: the corpus as a JSON API and a dashboard over HTTP, on loopback unless told otherwise.
import { InvalidArgumentError, type Command } from 'commander';
import type { RunningServer } from '../../api/index.ts';
import { DEFAULT_STORE, openStore, type Store } from '../../store/index.ts';

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (0–65535)`);
  return port;
}

export interface ServeOptions {
  port: number;
  host: string;
  /** When the port is taken, take any free one instead of failing (the demo's default port). */
  anyPortIfTaken?: boolean;
}

async function listenOn(store: Store, options: ServeOptions): Promise<RunningServer> {
  // The web server's code loads here, not with every command.
  const { createApp, listen } = await import('../../api/index.ts');
  try {
    return await listen(createApp(store), options.port, options.host);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    if (options.anyPortIfTaken) return listen(createApp(store), 0, options.host);
    throw new Error(`port ${options.port} on ${options.host} is in use; try --port 0 for any free port`);
  }
}

/** Serves the store read-only until SIGINT or SIGTERM, printing the address it listens on. */
export async function serveStore(dbPath: string, options: ServeOptions): Promise<void> {
  const store = openStore(dbPath, { readonly: true });
  let server: RunningServer;
  try {
    server = await listenOn(store, options);
  } catch (err) {
    store.close();
    throw err;
  }
  const stats = store.stats();
  process.stdout.write(`dyad: serving ${dbPath} (${stats.documents} articles, ${stats.events} events) at ${server.url}\n`);
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
}

export function addServerOptions(command: Command): Command {
  return command
    .option('--port <port>', 'TCP port; 0 picks a free one', parsePort, 8080)
    .option('--host <host>', 'interface to listen on; anything but loopback exposes the corpus to your network', '127.0.0.1');
}

export function registerServe(program: Command): void {
  addServerOptions(program
    .command('serve')
    .description('Serve a store as a JSON API (/api/…, described at /openapi.json) and a dashboard')
    .option('--db <path>', 'the store to serve (opened read-only)', DEFAULT_STORE))
    .addHelpText('after', `
Examples:
  dyad ingest examples/corpus --db dyad.db && dyad serve --db dyad.db
  dyad serve --db dyad.db --port 0            # any free port; the address is printed

Stops on Ctrl-C (SIGINT) or SIGTERM.`)
    .action((opts: { db: string; port: number; host: string }) => serveStore(opts.db, opts));
}
