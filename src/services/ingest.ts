// Use case: read articles from files, pages, feeds and JSON Lines, extract them and store them,
// one article per transaction, reporting progress and every skipped input.
import { toRecord } from '../core/doc.ts';
import { comparableBody, signature } from '../corpus/minhash.ts';
import type { SourceArticle, SourceProblem } from '../ingest/article.ts';
import { readSources, scanInputs } from '../ingest/sources.ts';
import { createPipeline, type Pipeline } from '../pipeline.ts';
import { StoreError, type Store, type StoreResult } from '../store/index.ts';
import { documentId } from './extract.ts';

export interface IngestOptions {
  /** Publication date for articles whose text and metadata give none (YYYY-MM-DD). */
  published?: string | null;
  pipeline?: Pipeline;
  onProgress?: (progress: IngestProgress) => void;
  /** Called for every skipped input (the summary keeps only the first MAX_PROBLEMS). */
  onProblem?: (problem: SourceProblem) => void;
}

export interface IngestProgress {
  /** Articles read from the inputs, whatever became of them. */
  articles: number;
  stored: number;
  /** Stored, but recognised as republished copies of stored articles. */
  duplicates: number;
  /** Already in the store (the same text): skipped without extracting. */
  existing: number;
  /** Inputs, lines or items that could not be read or extracted. */
  failed: number;
  events: number;
  merged: number;
  bytes: number;
  totalBytes: number;
  elapsedMs: number;
}

export interface IngestSummary extends IngestProgress {
  problems: SourceProblem[];
}

export const MAX_PROBLEMS = 1000;

/** Extracts and stores one article; an article already stored is not extracted again. */
export function ingestArticle(store: Store, pipeline: Pipeline, article: SourceArticle, defaults: { published?: string | null } = {}): StoreResult {
  const id = documentId(article.text);
  if (store.hasDocument(id)) return { documentId: id, status: 'exists', duplicateOf: null, similarity: null, events: 0, merged: 0 };
  const doc = pipeline.run({
    text: article.text,
    file: article.file,
    id,
    published: article.published ?? defaults.published ?? null,
    title: article.title,
    source: article.source,
    byline: article.byline,
    url: article.url,
  });
  const record = toRecord(doc);
  record.document.warnings.unshift(...article.warnings);
  return store.addArticle({
    record,
    text: article.text,
    input: article.input,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    bodyStart: doc.bodyStart,
    signature: signature(comparableBody(article.text, doc.bodyStart, doc.excluded)),
  });
}

/**
 * Ingests every input under `paths`. Bad inputs are reported and skipped; a store error (read-only,
 * disk full) stops the run with that error, keeping every article stored before it.
 */
export async function ingestPaths(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const pipeline = options.pipeline ?? createPipeline();
  const summary: IngestSummary = {
    articles: 0, stored: 0, duplicates: 0, existing: 0, failed: 0, events: 0, merged: 0,
    bytes: 0, totalBytes: scanInputs(paths).bytes, elapsedMs: 0, problems: [],
  };
  const problem = (p: SourceProblem): void => {
    summary.failed++;
    if (summary.problems.length < MAX_PROBLEMS) summary.problems.push(p);
    options.onProblem?.(p);
  };
  for await (const item of readSources(paths)) {
    summary.bytes += item.bytes;
    if (item.kind === 'problem') {
      problem(item.problem);
    } else {
      summary.articles++;
      let result: StoreResult | null = null;
      try {
        result = ingestArticle(store, pipeline, item.article, options);
      } catch (err) {
        if (err instanceof StoreError) throw err;
        problem({ input: item.article.input, reason: `extraction failed: ${(err as Error).message}` });
      }
      if (result) count(summary, result);
    }
    summary.elapsedMs = Date.now() - started;
    options.onProgress?.(summary);
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

function count(summary: IngestSummary, r: StoreResult): void {
  if (r.status === 'exists') summary.existing++;
  else if (r.status === 'duplicate') summary.duplicates++;
  else summary.stored++;
  summary.events += r.events;
  summary.merged += r.merged;
}
