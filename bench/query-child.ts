// Times the query services on a store and prints the timings as JSON: the benchmark runs it as a child
// process, so that the latencies are a fresh process's, as a server's would be, and not disturbed by
// the benchmark's own heap (the generated corpus and what extraction left behind).
// Usage: node --import tsx bench/query-child.ts STORE.db RUNS
import { openStore } from '../src/store/index.ts';
import { timeQueries } from './query.ts';

const [db, runs] = process.argv.slice(2);
const store = openStore(db, { readonly: true });
try {
  process.stdout.write(JSON.stringify(timeQueries(store, Number(runs))));
} finally {
  store.close();
}
