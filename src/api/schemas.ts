// Query-string building blocks shared by the API routes; the OpenAPI document is generated from them.
import { z } from 'zod';
import { isRealDate } from '../cli/options.ts';
import { PLOVER_TYPES } from '../core/types.ts';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date in YYYY-MM-DD form')
  .refine(isRealDate, 'not a calendar date');

export const dateFrom = isoDate.optional().meta({ description: 'earliest date, inclusive (YYYY-MM-DD)', example: '2024-01-01' });
export const dateTo = isoDate.optional().meta({ description: 'latest date, inclusive (YYYY-MM-DD)', example: '2025-12-31' });

/** "CHN,VNM": two ISO 3166-1 alpha-3 codes, in either order; upper-cased. */
export const between = z
  .string()
  .regex(/^[A-Za-z]{3},[A-Za-z]{3}$/, 'expected two ISO3 country codes separated by a comma, e.g. CHN,VNM')
  .transform((s) => s.toUpperCase().split(',') as [string, string])
  .optional()
  .meta({ description: 'the dyad: two ISO3 country codes, comma-separated', example: 'CHN,VNM' });

/** One ISO3 country code, upper-cased. */
export const country = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'expected an ISO3 country code, e.g. VNM')
  .transform((s) => s.toUpperCase())
  .optional()
  .meta({ description: 'a country taking part (ISO3)', example: 'VNM' });

/** Filters shared by the events list and the series. */
export const eventFilters = {
  between,
  country,
  from: dateFrom,
  to: dateTo,
  type: z
    .string()
    .transform((s) => s.toUpperCase())
    .refine((s) => (PLOVER_TYPES as readonly string[]).includes(s), `expected a PLOVER event type: ${PLOVER_TYPES.join(', ')}`)
    .optional()
    .meta({ description: 'PLOVER event type', example: 'CONSULT' }),
  quad: z.coerce
    .number()
    .int()
    .min(1)
    .max(4)
    .optional()
    .meta({ description: 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', example: 1 }),
  person: z.string().min(1).max(200).optional().meta({ description: 'a person taking part: name, alias or id', example: 'To Lam' }),
};

export const MAX_LIMIT = 500;

export const pagination = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(50)
    .meta({ description: `page size (1–${MAX_LIMIT})`, example: 50 }),
  offset: z.coerce.number().int().min(0).default(0).meta({ description: 'items to skip', example: 0 }),
};

/** Fails when both dates are given and `from` is after `to`. */
export function fromNotAfterTo(q: { from?: string; to?: string }): boolean {
  return !q.from || !q.to || q.from <= q.to;
}
export const FROM_AFTER_TO = { message: '"from" is after "to"', path: ['from'] };

/** A list response: `items` is one page, `total` counts every match. */
export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}
