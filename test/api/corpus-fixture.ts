// A store built for the HTTP tests: the seed articles, the bundled examples and a hostile article,
// ingested with the corpus's own ingest service into a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, listen } from '../../src/api/index.ts';
import { ingestPaths, type IngestSummary } from '../../src/services/corpus.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { noSeeds, SEED_CORPUS } from '../support/shared.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// The seeds join when they are there (CI has them); the examples alone cover every view.
export const CORPUS_INPUTS = [
  ...(noSeeds ? [] : [SEED_CORPUS]),
  path.join(ROOT, 'examples/corpus'),
  path.join(ROOT, 'test/browser/fixtures'),
];

export interface CorpusServer {
  url: string;
  store: Store;
  ingest: IngestSummary;
  close(): Promise<void>;
}

/** Ingests the test corpus into a fresh store and serves it on a free loopback port. */
export async function startCorpusServer(): Promise<CorpusServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dyad-serve-'));
  const writer = openStore(path.join(dir, 'test.db'));
  let ingest: IngestSummary;
  try {
    ingest = await ingestPaths(writer, CORPUS_INPUTS);
  } finally {
    writer.close();
  }
  // Served read-only, as `dyad serve` does.
  const store = openStore(path.join(dir, 'test.db'), { readonly: true });
  const server = await listen(createApp(store), 0, '127.0.0.1');
  return {
    url: server.url,
    store,
    ingest,
    close: async () => {
      await server.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
