// Runs the dyad command line as a child process with a time limit, and checks a store file from outside.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliRun {
  status: number | null;
  /** Set when the run was killed (at the time limit: a hang). */
  signal: string | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs `dyad ARGS…`; `as` runs it as another user (root only). */
export function runCli(args: string[], timeoutMs = 60_000, as: { uid?: number; gid?: number } = {}): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/dyad.js', ...args], { cwd: ROOT, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1048576, env: { ...process.env, TZ: 'UTC' }, ...as },
      (err, stdout, stderr) => {
        const e = err as (Error & { code?: number | string; signal?: string | null }) | null;
        resolve({
          status: e ? (typeof e.code === 'number' ? e.code : null) : 0,
          signal: e?.signal ?? null,
          stdout,
          stderr,
          seconds: (performance.now() - started) / 1000,
        });
      });
  });
}

export interface TimedRun extends CliRun {
  /** CPU seconds the command used (start-up included), or null when it was killed. */
  cpuSeconds: number | null;
}

let timedRuns = 0;

/** Like runCli, and also reports the CPU time the command used (see timed-cli.ts). */
export async function runCliTimed(args: string[], timeoutMs: number): Promise<TimedRun> {
  const resultFile = path.join(os.tmpdir(), `dyad-timed-${process.pid}-${timedRuns++}.json`);
  const started = performance.now();
  const run = await new Promise<CliRun>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'test/faults/timed-cli.ts', resultFile, ...args],
      { cwd: ROOT, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1048576, env: { ...process.env, TZ: 'UTC' } },
      (err, stdout, stderr) => {
        const e = err as (Error & { code?: number | string; signal?: string | null }) | null;
        resolve({ status: e ? (typeof e.code === 'number' ? e.code : null) : 0, signal: e?.signal ?? null, stdout, stderr, seconds: (performance.now() - started) / 1000 });
      });
  });
  const cpuSeconds = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, 'utf8')) as { cpuSeconds: number }).cpuSeconds : null;
  rmSync(resultFile, { force: true });
  return { ...run, cpuSeconds };
}

export interface StoreCheck {
  integrity: string;
  documents: number;
  /** Document ids stored more than once (the schema forbids it; checked anyway after kills). */
  duplicateIds: number;
  /** Reports of events whose document is missing, or corpus events nothing reports. */
  orphans: number;
}

/** Opens the store read-write (as a later run would: a leftover WAL is recovered) and checks it. */
export function storeCheck(db: string): StoreCheck {
  const conn = new Database(db);
  try {
    const n = (sql: string): number => (conn.prepare(sql).get() as { n: number }).n;
    return {
      integrity: (conn.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; '),
      documents: n('SELECT count(*) AS n FROM documents'),
      duplicateIds: n('SELECT count(*) AS n FROM (SELECT id FROM documents GROUP BY id HAVING count(*) > 1)'),
      orphans: n('SELECT count(*) AS n FROM events e LEFT JOIN documents d ON d.id = e.document_id WHERE d.id IS NULL')
        + n('SELECT count(*) AS n FROM corpus_events c WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.corpus_event_id = c.id)'),
    };
  } finally {
    conn.close();
  }
}
