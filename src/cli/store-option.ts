// The --db option every corpus command shares, and opening the store it names.
import type { Command } from 'commander';
import { DEFAULT_STORE, openStore, type Store } from '../store/index.ts';

export function withDbOption(command: Command): Command {
  return command.option('--db <path>', 'the corpus store (SQLite file)', DEFAULT_STORE);
}

/** Opens the store for a query command (read-only) or for ingest, runs `fn`, and always closes it. */
export async function withStore<T>(db: string, mode: 'read' | 'write', fn: (store: Store) => T | Promise<T>): Promise<T> {
  const store = openStore(db, { readonly: mode === 'read' });
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
