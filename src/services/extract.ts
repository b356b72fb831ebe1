// Use case: extract records from article files, directories or standard input.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { createPipeline, type Pipeline } from '../pipeline.ts';
import type { DyadRecord } from '../core/types.ts';
import { decodeArticle, InputError } from '../ingest/decode.ts';
import { listFiles, readArticleFile } from '../ingest/read-file.ts';

export interface ExtractOptions {
  /** Publication date to use when the text has none (YYYY-MM-DD). */
  published?: string | null;
}

export interface ExtractFailure {
  input: string;
  error: string;
}

export interface ExtractResult {
  records: DyadRecord[];
  failures: ExtractFailure[];
}

/** A stable id for an article text: the same text always gets the same id. */
export function documentId(text: string): string {
  return createHash('sha1').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

export function extractText(pipeline: Pipeline, text: string, file: string | null, options: ExtractOptions = {}, warnings: string[] = []): DyadRecord {
  const record = pipeline.extract({ text, file, id: documentId(text), published: options.published ?? null });
  record.document.warnings.unshift(...warnings);
  return record;
}

/** Extracts every file under the given paths ("-" is standard input); failures are collected, not thrown. */
export function extractPaths(paths: string[], options: ExtractOptions = {}, stdin?: () => Buffer, pipeline: Pipeline = createPipeline()): ExtractResult {
  const result: ExtractResult = { records: [], failures: [] };
  for (const p of paths) {
    if (p === '-') {
      tryOne(result, 'stdin', () => {
        const decoded = decodeArticle(stdin ? stdin() : Buffer.alloc(0), 'stdin');
        return extractText(pipeline, decoded.text, null, options, decoded.warnings);
      });
      continue;
    }
    const problems: { path: string; reason: string }[] = [];
    for (const file of listFiles(p, problems)) {
      tryOne(result, file, () => {
        const decoded = readArticleFile(file);
        return extractText(pipeline, decoded.text, path.basename(file), options, decoded.warnings);
      });
    }
    for (const pr of problems) result.failures.push({ input: pr.path, error: `${pr.path}: ${pr.reason}` });
  }
  return result;
}

function tryOne(result: ExtractResult, input: string, fn: () => DyadRecord): void {
  try {
    result.records.push(fn());
  } catch (err) {
    const message = err instanceof InputError ? err.message : `${input}: ${(err as Error).message}`;
    result.failures.push({ input, error: message });
  }
}
