// /api/proposals: a speaker's enumerated proposals across meetings, aligned by theme.
import { z } from 'zod';
import { alignProposals, proposalSpeakers } from '../../services/corpus.ts';
import { route } from './define.ts';

export const proposalRoutes = [
  route({
    path: '/api/proposals',
    tag: 'proposals',
    summary: "One speaker's proposals per meeting, aligned by theme: repeated, added or dropped",
    returns: '{ speaker, speakerId, themes, meetings: [{ documentId, date, title, cells: { theme: [{ ordinal, text, status, start, end, documentId }] }, repeated, added, dropped }] }',
    query: z.strictObject({
      speaker: z.string().trim().min(1).max(200).meta({ description: 'name, alias or id of the speaker', example: 'Xi Jinping' }),
    }),
    handle: (store, q) => alignProposals(store, { speaker: q.speaker }),
  }),
  route({
    path: '/api/proposals/speakers',
    tag: 'proposals',
    summary: 'Everyone with enumerated proposals, with counts',
    returns: '{ items: [{ speaker, speakerId, proposals, documents }] }',
    handle: (store) => proposalSpeakers(store),
  }),
];
