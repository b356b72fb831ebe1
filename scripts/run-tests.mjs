// `npm test`: type-check the whole project, then run every *.test.ts under src/ and test/ with node:test.
// Node 20 does not expand globs itself, so the files are listed here. Extra arguments filter by path.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const filters = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts')) files.push(p);
  }
};
for (const dir of ['src', 'test']) walk(dir);
const selected = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;

if (!process.env.DYAD_SKIP_TYPECHECK) {
  console.log('type-checking (tsc --noEmit)…');
  const tsc = spawnSync('npx', ['tsc', '--noEmit', '-p', '.'], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
console.log(`running ${selected.length} test files`);
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...selected], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC' },
});
process.exit(run.status ?? 1);
