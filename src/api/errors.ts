// JSON error responses: every failure under /api is `{ error, details? }` with a fitting status.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ErrorDetail {
  /** Where the problem is: "query.from", "params.id". */
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
  }
}

export function errorResponse(c: Context, err: unknown): Response {
  if (err instanceof ApiError) {
    return c.json(err.details ? { error: err.message, details: err.details } : { error: err.message }, err.status);
  }
  // Internal errors are logged for the operator; the client gets no stack or SQL.
  console.error(`dyad serve: ${c.req.method} ${c.req.path}: ${(err as Error)?.stack ?? err}`);
  return c.json({ error: 'internal error' }, 500);
}

export function notFound(c: Context): Response {
  return c.json({ error: `not found: ${c.req.path}` }, 404);
}
