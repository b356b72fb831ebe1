// /api/figures: quantities the articles report (trade, investment, casualties …), each with its evidence span.
import { z } from 'zod';
import { figureMeasures, listFigures } from '../../services/corpus.ts';
import { pagination } from '../schemas.ts';
import { route } from './define.ts';

export const figureRoutes = [
  route({
    path: '/api/figures',
    tag: 'figures',
    summary: 'Reported values of a measure, in period order',
    returns: 'figures (measure, value, unit, period, qualifier, text, start, end, documentId, published)',
    paginated: true,
    query: z.strictObject({
      measure: z.string().min(1).max(200).optional().meta({ description: 'measure as listed by /api/figures/measures', example: 'bilateral trade' }),
      unit: z.string().min(1).max(50).optional().meta({ description: 'ISO 4217 code, "percent", "people" or the noun counted', example: 'USD' }),
      ...pagination,
    }),
    handle: (store, q) => listFigures(store, { measure: q.measure, unit: q.unit }, { limit: q.limit, offset: q.offset }),
  }),
  route({
    path: '/api/figures/measures',
    tag: 'figures',
    summary: 'Every measure and unit with how many values the corpus holds',
    returns: '{ items: [{ measure, unit, count }] }',
    handle: (store) => figureMeasures(store),
  }),
];
