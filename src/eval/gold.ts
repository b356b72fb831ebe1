// Reads and validates gold annotation files (../shared/spec/gold-format.md).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeFsError } from '../ingest/read-file.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const nullableString = z.string().nullable().optional().transform((v) => v ?? null);

const GoldEventSchema = z.object({
  event: z.array(z.string()).min(1),
  mode: z.array(z.string()).default([]),
  date: z.string().regex(DATE, 'a date is YYYY-MM-DD, YYYY-MM or YYYY'),
  actor: z.array(z.string()).default([]),
  recipient: z.array(z.string()).default([]),
  location: nullableString,
  cue: z.string().optional(),
});

// A list section absent from the file is not annotated, and not scored (a set that annotates only the
// document fields, or only people); an empty list is annotated: nothing of that kind is in the article.
const GoldSchema = z.object({
  file: z.string().optional(),
  document: z.object({
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'published is YYYY-MM-DD').nullable(),
    source: nullableString,
    dateline: nullableString,
    byline: nullableString,
    title: nullableString,
  }),
  people: z.array(z.object({
    name: z.string().min(1),
    country: z.string().nullable(),
    offices: z.array(z.string()).default([]),
  })).optional(),
  events: z.array(GoldEventSchema).optional(),
  quotes: z.array(z.object({ speaker: z.string().nullable(), text: z.string() })).optional(),
  proposals: z.array(z.object({ speaker: z.string().nullable(), ordinal: z.number().int(), text: z.string() })).optional(),
  figures: z.array(z.object({
    measure: z.string().default(''),
    value: z.number(),
    unit: z.string(),
    period: z.string().nullable().optional().transform((v) => v ?? null),
    qualifier: z.enum(['exact', 'over', 'under', 'about']).default('exact'),
  })).optional(),
});

export type Gold = z.infer<typeof GoldSchema>;
export type GoldEvent = z.infer<typeof GoldEventSchema>;

export class GoldError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'GoldError';
  }
}

/** Validates parsed JSON as a gold annotation; the error names the file and the first bad fields. */
export function parseGold(json: unknown, file: string): Gold {
  const result = GoldSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new GoldError(file, `not a gold annotation file (${problems.join('; ')})`);
  }
  return result.data;
}

export function readGoldFile(file: string): Gold {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    throw new GoldError(file, describeFsError(err));
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new GoldError(file, `invalid JSON (${(err as Error).message})`);
  }
  return parseGold(json, file);
}
