// /api/documents: the stored articles, and one article with its full text.
import { z } from 'zod';
import { getDocument, listDocuments } from '../../services/corpus.ts';
import { dateFrom, dateTo, FROM_AFTER_TO, fromNotAfterTo, pagination } from '../schemas.ts';
import { route } from './define.ts';

export const documentRoutes = [
  route({
    path: '/api/documents',
    tag: 'documents',
    summary: 'Stored articles, newest first',
    description: 'Republished copies are left out unless duplicates=true.',
    returns: 'document summaries (id, title, source, published, file, url, duplicateOf)',
    paginated: true,
    query: z
      .strictObject({
        from: dateFrom,
        to: dateTo,
        source: z.string().min(1).max(200).optional().meta({ description: 'outlet, as stored (e.g. Xinhua)', example: 'Xinhua' }),
        duplicates: z.enum(['true', 'false']).optional().meta({ description: 'include republished copies' }),
        ...pagination,
      })
      .refine(fromNotAfterTo, FROM_AFTER_TO),
    handle: (store, q) =>
      listDocuments(store, { from: q.from, to: q.to, source: q.source, duplicates: q.duplicates === 'true' }, { limit: q.limit, offset: q.offset }),
  }),
  route({
    path: '/api/documents/{id}',
    tag: 'documents',
    summary: 'One article with its full text, metadata, copies and counts',
    returns: 'a stored document; every evidence offset elsewhere points into its `text`',
    params: z.strictObject({ id: z.string().min(1).max(100) }),
    handle: (store, _q, p) => getDocument(store, p.id),
  }),
];
