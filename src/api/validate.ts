// Parses request input with zod and turns failures into a 400 that names each bad field.
import type { z } from 'zod';
import { ApiError, type ErrorDetail } from './errors.ts';

/** `where` is "query" or "params"; a problem's path reads like "query.limit". */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, where: string): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const details: ErrorDetail[] = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new ApiError(400, `invalid ${where}: ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}`, details);
}
