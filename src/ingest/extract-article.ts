// Extraction of one read article for the store: the record, where the body starts and the body's
// MinHash signature. Runs in the ingest process (--jobs 1) or in an extraction worker.
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

/** `id` is the document id of the text; `published` the date for an article that gives none. */
export function extractArticle(pipeline: Pipeline, article: SourceArticle, id: string, published: string | null): ExtractedArticle {
  const doc = pipeline.run({
    text: article.text,
    file: article.file,
    id,
    published: article.published ?? published,
    title: article.title,
    source: article.source,
    byline: article.byline,
    url: article.url,
  });
  const record = toRecord(doc);
  record.document.warnings.unshift(...article.warnings);
  return { record, bodyStart: doc.bodyStart, signature: signature(comparableBody(article.text, doc.bodyStart, doc.excluded)) };
}
