// Use case: extract records from article files, directories or standard input.
import { documentId } from '../ingest/article.ts';
import { createPipeline, type Pipeline } from '../pipeline.ts';
import type { DocInput } from '../core/doc.ts';
import type { DyadRecord } from '../core/types.ts';
import { decodeArticle } from '../ingest/decode.ts';
import { extractArticles, joinsBatch } from '../ingest/extract-article.ts';
import { decodedItems, problemItem, readSources, sniff, type SourceItem } from '../ingest/sources.ts';

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

/**
 * Extracts every article under the given paths ("-" is standard input), read by format as ingest reads
 * them (text, web pages, feeds, JSON Lines; `src/ingest/sources.ts`); failures are collected, not thrown.
 */
export async function extractPaths(paths: string[], options: ExtractOptions = {}, stdin?: () => Buffer, pipeline: Pipeline = createPipeline()): Promise<ExtractResult> {
  const result: ExtractResult = { records: [], failures: [] };
  for (const p of paths) {
    if (p === '-') {
      for (const item of await readStdinItems(stdin ? stdin() : Buffer.alloc(0))) addItems(pipeline, [item], options, result);
      continue;
    }
    let batch: SourceItem[] = [];
    let articles = 0;
    let chars = 0;
    for await (const item of readSources([p])) {
      if (item.kind === 'article') {
        if (!joinsBatch(articles, chars, item.article.text.length)) {
          addItems(pipeline, batch, options, result);
          batch = [];
          articles = chars = 0;
        }
        articles++;
        chars += item.article.text.length;
      }
      batch.push(item);
    }
    addItems(pipeline, batch, options, result);
  }
  return result;
}

/** Standard input as one article, or as the articles of a page or feed when it is one. */
async function readStdinItems(bytes: Buffer): Promise<SourceItem[]> {
  try {
    const decoded = decodeArticle(bytes, 'stdin');
    return await decodedItems(decoded, sniff(decoded.text), 'stdin', null);
  } catch (err) {
    return [problemItem('stdin', err)];
  }
}

/**
 * Adds the records and failures of `items`, in their order. Their articles are extracted as one batch
 * (pipeline.runAll); if that throws, one by one, so that only the article at fault fails.
 */
function addItems(pipeline: Pipeline, items: SourceItem[], options: ExtractOptions, result: ExtractResult): void {
  const articles = items.flatMap((item) => (item.kind === 'article' ? [item.article] : []));
  const extracted = extractArticles(pipeline, articles.map((article) => ({ article, id: documentId(article.text), published: options.published ?? null })));
  let next = 0;
  for (const item of items) {
    if (item.kind === 'problem') {
      result.failures.push({ input: item.problem.input, error: `${item.problem.input}: ${item.problem.reason}` });
      continue;
    }
    const x = extracted[next++];
    if (x.ok) result.records.push(x.extracted.record);
    else result.failures.push({ input: item.article.input, error: `${item.article.input}: ${x.error}` });
  }
}
