// The HTTP front end: `createApp(store)` builds the hono app (API, OpenAPI, dashboard); `listen` runs it.
import type { Hono } from 'hono';
import type { Store } from '../store/index.ts';
import { buildApp, type AppOptions } from './app.ts';
import { API_ROUTES } from './routes/index.ts';

export { listen, type RunningServer } from './server.ts';

export function createApp(store: Store, options: AppOptions = {}): Hono {
  return buildApp(store, API_ROUTES, options);
}
