// Times the query services on a store and prints the timings as JSON: the benchmark runs it as a child
// process, so that the latencies are a fresh process's, as a server's would be, and not disturbed by
// the benchmark's own heap (the generated corpus and what extraction left behind).
// The store file is read through once first, so that it is in the operating system's page cache, as a
// server's store is once it has been up a while: timed cold, after the machine had been busy with other
// work, the worst p95 was 199 ms instead of 25.
// Usage: node --import tsx bench/query-child.ts STORE.db RUNS
import { closeSync, openSync, readSync } from 'node:fs';
import { openStore } from '../src/store/index.ts';
import { timeQueries } from './query.ts';

function readThrough(file: string): void {
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(8 * 1048576);
  try {
    while (readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    closeSync(fd);
  }
}

const [db, runs] = process.argv.slice(2);
readThrough(db);
const store = openStore(db, { readonly: true });
try {
  process.stdout.write(JSON.stringify(timeQueries(store, Number(runs))));
} finally {
  store.close();
}
