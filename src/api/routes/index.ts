// Every API route, in the order the OpenAPI document lists them.
import type { RouteSpec } from '../route.ts';
import type { Store } from '../../store/index.ts';
import { documentRoutes } from './documents.ts';
import { eventRoutes } from './events.ts';
import { figureRoutes } from './figures.ts';
import { peopleRoutes } from './people.ts';
import { proposalRoutes } from './proposals.ts';
import { searchRoutes } from './search.ts';
import { statsRoutes } from './stats.ts';

export const API_ROUTES: RouteSpec<Store>[] = [
  ...statsRoutes,
  ...documentRoutes,
  ...eventRoutes,
  ...peopleRoutes,
  ...searchRoutes,
  ...proposalRoutes,
  ...figureRoutes,
];
