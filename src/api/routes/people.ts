// /api/people: people with their offices over time, one person with quotes, and who met whom.
import { z } from 'zod';
import { getPerson, listPeople, peopleNetwork } from '../../services/corpus.ts';
import { between, country, dateFrom, dateTo, FROM_AFTER_TO, fromNotAfterTo, pagination } from '../schemas.ts';
import { route } from './define.ts';

export const peopleRoutes = [
  route({
    path: '/api/people',
    tag: 'people',
    summary: 'People, most mentioned first, each with offices over time',
    returns: 'people (id, name, country, sector, documents, offices: [{ office, from, to, basis, firstSeen, lastSeen, documents }])',
    paginated: true,
    query: z.strictObject({
      country,
      name: z.string().min(1).max(200).optional().meta({ description: 'part of a name or alias', example: 'Wang' }),
      ...pagination,
    }),
    handle: (store, q) => listPeople(store, { country: q.country, name: q.name }, { limit: q.limit, offset: q.offset }),
  }),
  // Listed before /api/people/{id} so that "network" is never taken for a person id.
  route({
    path: '/api/people/network',
    tag: 'people',
    summary: 'Who met whom: people of different countries at the same CONSULT event; edge weight = meetings',
    returns: '{ nodes: [{ id, name, country, meetings }], edges: [{ source, target, weight }] }',
    query: z.strictObject({ between, from: dateFrom, to: dateTo }).refine(fromNotAfterTo, FROM_AFTER_TO),
    handle: (store, q) => peopleNetwork(store, q),
  }),
  route({
    path: '/api/people/{id}',
    tag: 'people',
    summary: 'One person (by id, name or alias): offices over time, aliases, quotes and event count',
    returns: 'a person with offices, aliases, quotes (text, start, end, documentId) and events',
    params: z.strictObject({ id: z.string().min(1).max(200) }),
    handle: (store, _q, p) => getPerson(store, p.id),
  }),
];
