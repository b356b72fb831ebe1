// /api/search: full-text search over the articles with marked snippets.
import { z } from 'zod';
import { searchArticles, SearchQueryError } from '../../services/corpus.ts';
import { ApiError } from '../errors.ts';
import { pagination } from '../schemas.ts';
import { route } from './define.ts';

export const searchRoutes = [
  route({
    path: '/api/search',
    tag: 'search',
    summary: 'Articles matching the words, best first (bm25), with snippets',
    description: 'Words are ANDed; "quoted phrases" stay phrases, OR between words is OR, a trailing * searches a prefix. In each snippet a match sits between marks.open and marks.close (private-use characters): split on them, never parse the snippet as HTML.',
    returns: '{ total, limit, offset, items: [{ documentId, title, source, published, url, snippet, rank }], query, marks: { open, close } }',
    query: z.strictObject({
      q: z.string().trim().min(1).max(500).meta({ description: 'what to search for', example: 'standard-gauge railway' }),
      ...pagination,
    }),
    handle: (store, q) => {
      try {
        return searchArticles(store, q.q, { limit: q.limit, offset: q.offset });
      } catch (err) {
        if (err instanceof SearchQueryError) throw new ApiError(400, err.message, [{ path: 'query.q', message: err.message }]);
        throw err;
      }
    },
  }),
];
