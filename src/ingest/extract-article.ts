// Extraction of read articles for the store: the record, where the body starts and the body's
// MinHash signature. Runs in the ingest process (--jobs 0) or in an extraction worker.
import type { Doc, DocInput } from '../core/doc.ts';
import { toRecord } from '../core/doc.ts';
import type { DyadRecord } from '../core/types.ts';
import { comparableBody, signature } from '../corpus/minhash.ts';
import type { Pipeline } from '../pipeline.ts';
import type { SourceArticle } from './article.ts';

export interface ExtractedArticle {
  record: DyadRecord;
  bodyStart: number;
  signature: Uint32Array | null;
}

/** An article to extract: `id` is the document id of its text, `published` the date for an article that gives none. */
export interface ExtractItem {
  article: SourceArticle;
  id: string;
  published: string | null;
}

export type Extraction = { ok: true; extracted: ExtractedArticle } | { ok: false; error: string };

/**
 * Articles extracted together at most: each stage then runs over all of them while its code and data
 * are warm. A long article goes alone (EXTRACT_BATCH_CHARS), so that a batch never holds the working
 * data of several long texts at once. Four, not more, for memory: ingesting the 20 MB bench corpus with
 * two threads took 78 s and 485 MB one by one, 65 s and 497 MB in fours, 65-74 s and 540-554 MB in eights.
 */
export const EXTRACT_BATCH = 4;
export const EXTRACT_BATCH_CHARS = 256 * 1024;

/** Whether a text of `chars` characters joins a batch of `count` articles and `batchChars` characters. */
export function joinsBatch(count: number, batchChars: number, chars: number): boolean {
  return count === 0 || (count < EXTRACT_BATCH && batchChars + chars <= EXTRACT_BATCH_CHARS);
}

/** How many of `items`, from the first, make the next batch: at least one. */
export function nextBatchSize(items: readonly ExtractItem[]): number {
  let n = 0;
  let chars = 0;
  while (n < items.length && joinsBatch(n, chars, items[n].article.text.length)) chars += items[n++].article.text.length;
  return Math.max(1, n);
}

export function extractArticle(pipeline: Pipeline, article: SourceArticle, id: string, published: string | null): ExtractedArticle {
  return finish(pipeline.run(docInput({ article, id, published })), article);
}

/**
 * Extracts the items as one batch (pipeline.runAll). If anything in it throws, each is extracted
 * again on its own, so that only the article at fault gets the error, the same one as alone.
 */
export function extractArticles(pipeline: Pipeline, items: readonly ExtractItem[]): Extraction[] {
  if (items.length > 1) {
    try {
      const docs = pipeline.runAll(items.map(docInput));
      return docs.map((doc, i): Extraction => ({ ok: true, extracted: finish(doc, items[i].article) }));
    } catch {
      // One by one below.
    }
  }
  return items.map(({ article, id, published }): Extraction => {
    try {
      return { ok: true, extracted: extractArticle(pipeline, article, id, published) };
    } catch (err) {
      return { ok: false, error: (err as Error).message ?? String(err) };
    }
  });
}

function docInput({ article, id, published }: ExtractItem): DocInput {
  return {
    text: article.text,
    file: article.file,
    id,
    published: article.published ?? published,
    title: article.title,
    source: article.source,
    byline: article.byline,
    url: article.url,
  };
}

function finish(doc: Doc, article: SourceArticle): ExtractedArticle {
  const record = toRecord(doc);
  record.document.warnings.unshift(...article.warnings);
  return { record, bodyStart: doc.bodyStart, signature: signature(comparableBody(article.text, doc.bodyStart, doc.excluded)) };
}
