// /api/events and /api/series: corpus events (merged over every article reporting them) and their counts over time.
import { z } from 'zod';
import { eventSeries, getEvent, listEvents } from '../../services/corpus.ts';
import { eventFilters, FROM_AFTER_TO, fromNotAfterTo, pagination } from '../schemas.ts';
import { route } from './define.ts';

export const eventRoutes = [
  route({
    path: '/api/events',
    tag: 'events',
    summary: 'Corpus events, newest first',
    description: 'Each event lists every article reporting it with its evidence span; month- and year-precision dates count when they overlap the range.',
    returns: 'corpus events (id, date, event, mode, actor, recipient, event_loc, quad_code, event_scale, sourceCount, sources)',
    paginated: true,
    query: z
      .strictObject({
        ...eventFilters,
        document: z.string().min(1).max(100).optional().meta({ description: 'only events this article reports (document id)' }),
        ...pagination,
      })
      .refine(fromNotAfterTo, FROM_AFTER_TO),
    handle: (store, q) => {
      const { limit, offset, document, ...filters } = q;
      return listEvents(store, { ...filters, documentId: document }, { limit, offset });
    },
  }),
  route({
    path: '/api/events/{id}',
    tag: 'events',
    summary: 'One corpus event with every source article and evidence span',
    returns: 'a corpus event; each source has documentId, start, end, rule and the evidence text',
    params: z.strictObject({ id: z.string().min(1).max(100) }),
    handle: (store, _q, p) => getEvent(store, p.id),
  }),
  route({
    path: '/api/series',
    tag: 'events',
    summary: 'Event counts per month or year, by quad class and PLOVER type, with the mean PLOVER score',
    description: 'Periods run from the first to the last with events, empty ones included; `excluded` counts events the series cannot place.',
    returns: '{ by, between, rows: [{ period, events, quads, types, meanScore }], totals, excluded }',
    query: z
      .strictObject({
        ...eventFilters,
        by: z.enum(['month', 'year']).default('month').meta({ description: 'period length', example: 'month' }),
      })
      .refine(fromNotAfterTo, FROM_AFTER_TO),
    handle: (store, q) => eventSeries(store, q),
  }),
];
