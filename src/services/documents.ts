// Use case: the stored articles (one with its full text, or a filtered page) and corpus totals.
import type { CorpusStats, DocumentFilter, DocumentSummary, Page, PageRequest, Store, StoredDocument } from '../store/index.ts';

export function getDocument(store: Store, id: string): StoredDocument | null {
  return store.document(id);
}

export function listDocuments(store: Store, filter: DocumentFilter = {}, page: PageRequest = {}): Page<DocumentSummary> {
  return store.documents(filter, page);
}

export function corpusStats(store: Store): CorpusStats {
  return store.stats();
}
