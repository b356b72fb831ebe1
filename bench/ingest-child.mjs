// Runs `dyad ingest ARGS…` in this process, as bin/dyad.js runs it (the bundled command line, see
// bin/bundle.js), then writes its exit code, wall time, CPU time, peak RSS and the RSS sampled every
// half second (to show whether memory grows with the input) to RESULT.json: the
// benchmark starts it as a child process so that ingest's memory is measured alone. Both figures
// are the whole process's: the extraction worker threads are counted in them.
// Usage: node bench/ingest-child.mjs RESULT.json ingest-arguments…
import { writeFileSync } from 'node:fs';
import { bundle } from '../bin/bundle.js';

const bundled = await bundle('cli/main.ts');
if (!bundled) throw new Error('the command line could not be bundled (is esbuild installed?)');
const { main } = await import(bundled);
const [resultFile, ...args] = process.argv.slice(2);
const started = performance.now();
const rssSamplesMb = [];
const sampler = setInterval(() => rssSamplesMb.push(Math.round(process.memoryUsage.rss() / 1048576)), 500);
const exitCode = await main([process.argv[0], 'dyad', 'ingest', ...args]);
clearInterval(sampler);
writeFileSync(resultFile, JSON.stringify({
  exitCode,
  wallMs: performance.now() - started,
  maxRssKb: process.resourceUsage().maxRSS,
  cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  rssSamplesMb,
}));
process.exitCode = exitCode;
