// The hono application: security headers, the JSON API from a route table, /openapi.json and the dashboard files.
import { Hono } from 'hono';
import { loadAssets, mountAssets, WEB_ROOT } from './assets.ts';
import { errorResponse, notFound } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { mountRoutes, type RouteSpec } from './route.ts';
import { securityHeaders } from './security.ts';

export const API_VERSION = '0.1.0';

export interface AppOptions {
  /** Folder with the dashboard files (default: the repository's web/). */
  webRoot?: string;
}

/** Builds an app over any store and route table; `createApp` is this with dyad's own routes. */
export function buildApp<S>(store: S, routes: RouteSpec<S>[], options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.onError((err, c) => errorResponse(c, err));
  app.notFound(notFound);

  mountRoutes(app, store, routes);
  const spec = openApiDocument(routes as RouteSpec<unknown>[], API_VERSION);
  app.get('/openapi.json', (c) => c.json(spec));
  mountAssets(app, loadAssets(options.webRoot ?? WEB_ROOT));
  return app;
}
