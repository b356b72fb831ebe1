// Summarises a V8 .cpuprofile (from `node --cpu-prof`): top functions by self and total time, and source files.
// Usage: node --import tsx bench/profile-summary.ts FILE.cpuprofile [top=25]
// (`--cpu-prof` under tsx writes one profile per thread: pass the largest, the main thread's.)
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const fileOf = (id: number): string =>
    byId.get(id)!.callFrame.url.replace(/^file:\/\//, '').replace(/^.*?\/(src|node_modules|bench)\//, '$1/') || '(native)';
  const nameOf = (id: number): string => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'}  ${fileOf(id)}${f.url ? `:${f.lineNumber + 1}` : ''}`;
  };
  const add = (m: Map<string, number>, k: string, us: number): void => void m.set(k, (m.get(k) ?? 0) + us);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  // Regular expressions and other built-ins show as native frames: charged to the script function that called them.
  const byCaller = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    add(byFunction, nameOf(id), us);
    add(byFile, fileOf(id), us);
    let caller: number | undefined = id;
    while (caller !== undefined && !byId.get(caller)!.callFrame.url && parent.has(caller)) caller = parent.get(caller);
    add(byCaller, caller !== undefined && byId.get(caller)!.callFrame.url ? nameOf(caller) : nameOf(id), us);
    // Total time: once per distinct function on the stack (recursion counts once).
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const name = nameOf(n);
      if (!seen.has(name)) add(inclusive, name, us);
      seen.add(name);
    }
  }
  const list = (m: Map<string, number>): string =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top)
      .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
  return [
    `total sampled ${(total / 1000).toFixed(0)} ms`,
    `Top functions by self time\n${list(byFunction)}`,
    `Top functions by self time, native frames (regular expressions, built-ins) charged to their caller\n${list(byCaller)}`,
    `Top functions by total time (self and callees)\n${list(inclusive)}`,
    `Top files by self time\n${list(byFile)}`,
  ].join('\n\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const [file, top] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary.ts FILE.cpuprofile [top]');
  process.stdout.write(summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(top ?? 25)) + '\n');
}
