// Ingest progress on stderr: a bar with rate and ETA on a terminal, plain lines at most once a
// second otherwise (logs, CI, tests that watch the output).
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../services/ingest.ts';

export interface ProgressReporter {
  update(p: IngestProgress): void;
  /** A line that must not be drawn over by the bar (a skipped input). */
  log(line: string): void;
  stop(p: IngestProgress): void;
}

/** "0.4 of 12.3 MB", or "36 of 48 KB" while the total is under a megabyte. */
function amount(bytes: number, total: number): string {
  if (total < 1048576) return `${Math.round(bytes / 1024)} of ${Math.round(total / 1024)} KB`;
  return `${(bytes / 1048576).toFixed(1)} of ${(total / 1048576).toFixed(1)} MB`;
}
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeProgress(p: IngestProgress): string {
  const seconds = Math.max(p.elapsedMs / 1000, 0.001);
  const parts = [`${count(p.articles, 'article', 'articles')} read`, `${p.stored} stored`];
  if (p.duplicates) parts.push(count(p.duplicates, 'republished copy', 'republished copies'));
  if (p.existing) parts.push(`${p.existing} already stored`);
  if (p.failed) parts.push(`${p.failed} skipped`);
  return `${parts.join(', ')}; ${amount(p.bytes, p.totalBytes)}; ${(p.articles / seconds).toFixed(1)} articles/s`;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false): ProgressReporter {
  if (quiet) return { update() {}, log: (line) => void stream.write(line + '\n'), stop() {} };
  if (!stream.isTTY) {
    let last = 0;
    return {
      update(p) {
        if (p.elapsedMs - last < 1000) return;
        last = p.elapsedMs;
        stream.write(`ingest: ${describeProgress(p)}\n`);
      },
      log: (line) => void stream.write(line + '\n'),
      stop: (p) => void stream.write(`ingest: ${describeProgress(p)}\n`),
    };
  }
  const bar = new cliProgress.SingleBar({
    stream,
    format: 'ingest {bar} {percentage}% | {articles} articles | {rate} articles/s | {mbs} MB/s | ETA {eta_formatted}',
    hideCursor: true,
    etaBuffer: 50,
    fps: 5,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  const payload = (p: IngestProgress) => {
    const seconds = Math.max(p.elapsedMs / 1000, 0.001);
    return { articles: p.articles, rate: (p.articles / seconds).toFixed(1), mbs: (p.bytes / 1048576 / seconds).toFixed(2) };
  };
  return {
    update(p) {
      if (!started) {
        bar.start(Math.max(p.totalBytes, 1), 0, payload(p));
        started = true;
      }
      bar.update(Math.min(p.bytes, p.totalBytes), payload(p));
    },
    log(line) {
      // Clear the bar's line, print, and let the next update redraw it.
      stream.write(`\r\x1b[K${line}\n`);
    },
    stop(p) {
      if (started) {
        bar.update(Math.min(p.bytes, p.totalBytes), payload(p));
        bar.stop();
      }
    },
  };
}
