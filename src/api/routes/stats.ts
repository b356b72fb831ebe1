// /api/stats: corpus totals, the dyads with events and the PLOVER types present (the dashboard's header and filters).
import { corpusStats } from '../../services/corpus.ts';
import { route } from './define.ts';

export const statsRoutes = [
  route({
    path: '/api/stats',
    tag: 'corpus',
    summary: 'Corpus totals, dyads and event types',
    returns: '{ documents, duplicates, events, reports, people, quotes, proposals, figures, dyads: [{ between, events }], eventTypes, firstDate, lastDate }',
    handle: (store) => corpusStats(store),
  }),
];
