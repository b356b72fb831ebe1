// One API route as data: its path, input schemas and a handler over the store. The same table
// registers the hono handlers and generates the OpenAPI document, so the two cannot drift apart.
import type { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from './errors.ts';
import { parseInput } from './validate.ts';

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface RouteSpec<S, Q extends AnyObject = AnyObject, P extends AnyObject = AnyObject> {
  /** OpenAPI form, e.g. "/api/events/{id}". */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: Q;
  params?: P;
  /** True when the response is a `Page` ({ total, limit, offset, items }). */
  paginated?: boolean;
  /** What one item (or the single object) looks like, for the OpenAPI document. */
  returns: string;
  /** Returns the JSON body; `undefined` or `null` means 404. */
  handle(store: S, query: z.output<Q>, params: z.output<P>): unknown;
}

/** Keeps the handler's argument types tied to the route's schemas. */
export function defineRoute<S>() {
  return <Q extends AnyObject = AnyObject, P extends AnyObject = AnyObject>(spec: RouteSpec<S, Q, P>) =>
    spec as unknown as RouteSpec<S>;
}

const EMPTY = z.strictObject({});

export function honoPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}

export function mountRoutes<S>(app: Hono, store: S, routes: RouteSpec<S>[]): void {
  for (const route of routes) {
    app.get(honoPath(route.path), (c) => {
      const query = parseInput(route.query ?? EMPTY, c.req.query(), 'query');
      const params = parseInput(route.params ?? EMPTY, c.req.param(), 'params');
      const body = route.handle(store, query, params);
      if (body === undefined || body === null) throw new ApiError(404, `not found: ${c.req.path}`);
      return c.json(body as object);
    });
  }
}
