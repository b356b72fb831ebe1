// Use case: extract records from article files, directories or standard input.
import path from 'node:path';
import { documentId } from '../ingest/article.ts';
import { createPipeline, type Pipeline } from '../pipeline.ts';
import type { DocInput } from '../core/doc.ts';
import type { DyadRecord } from '../core/types.ts';
import { decodeArticle, InputError, type Decoded } from '../ingest/decode.ts';
import { joinsBatch } from '../ingest/extract-article.ts';
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

export { documentId };

export function extractText(pipeline: Pipeline, text: string, file: string | null, options: ExtractOptions = {}, warnings: string[] = []): DyadRecord {
  const record = pipeline.extract(docInput(text, file, options));
  record.document.warnings.unshift(...warnings);
  return record;
}

const docInput = (text: string, file: string | null, options: ExtractOptions): DocInput => ({ text, file, id: documentId(text), published: options.published ?? null });

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
    let batch: FileRead[] = [];
    let articles = 0;
    let chars = 0;
    for (const file of listFiles(p, problems)) {
      const read = readFile(file);
      if ('decoded' in read) {
        if (!joinsBatch(articles, chars, read.decoded.text.length)) {
          extractBatch(pipeline, batch, options, result);
          batch = [];
          articles = chars = 0;
        }
        articles++;
        chars += read.decoded.text.length;
      }
      batch.push(read);
    }
    extractBatch(pipeline, batch, options, result);
    for (const pr of problems) result.failures.push({ input: pr.path, error: `${pr.path}: ${pr.reason}` });
  }
  return result;
}

type FileRead = { file: string; decoded: Decoded } | { file: string; error: unknown };

function readFile(file: string): FileRead {
  try {
    return { file, decoded: readArticleFile(file) };
  } catch (error) {
    return { file, error };
  }
}

/**
 * Adds the records and failures of `files`, in their order. Their articles are extracted as one batch
 * (pipeline.extractAll); if that throws, one by one, so that only the article at fault fails.
 */
function extractBatch(pipeline: Pipeline, files: FileRead[], options: ExtractOptions, result: ExtractResult): void {
  const read = files.filter((f) => 'decoded' in f);
  let records: DyadRecord[] | null = null;
  if (read.length > 1) {
    try {
      records = pipeline.extractAll(read.map(({ file, decoded }) => docInput(decoded.text, path.basename(file), options)));
    } catch {
      // One by one below.
    }
  }
  let next = 0;
  for (const f of files) {
    tryOne(result, f.file, () => {
      if ('error' in f) throw f.error;
      const record = records?.[next++];
      if (!record) return extractText(pipeline, f.decoded.text, path.basename(f.file), options, f.decoded.warnings);
      record.document.warnings.unshift(...f.decoded.warnings);
      return record;
    });
  }
}

function tryOne(result: ExtractResult, input: string, fn: () => DyadRecord): void {
  try {
    result.records.push(fn());
  } catch (err) {
    const message = err instanceof InputError ? err.message : `${input}: ${(err as Error).message}`;
    result.failures.push({ input, error: message });
  }
}
