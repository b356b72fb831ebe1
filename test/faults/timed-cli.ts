// Runs `dyad ARGS…` in this process, then writes its exit code and CPU seconds to RESULT.json, so a
// test can hold a command to a CPU budget that does not depend on how busy the machine is.
// Usage: node --import tsx test/faults/timed-cli.ts RESULT.json dyad-arguments…
import { writeFileSync } from 'node:fs';
import { main } from '../../src/cli/main.ts';

const [resultFile, ...args] = process.argv.slice(2);
const exitCode = await main([process.argv[0], 'dyad', ...args]);
const cpu = process.cpuUsage();
writeFileSync(resultFile, JSON.stringify({ exitCode, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
process.exitCode = exitCode;
