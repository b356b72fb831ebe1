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
  })).default([]),
  events: z.array(GoldEventSchema).default([]),
  quotes: z.array(z.object({ speaker: z.string().nullable(), text: z.string() })).default([]),
  proposals: z.array(z.object({ speaker: z.string().nullable(), ordinal: z.number().int(), text: z.string() })).default([]),
  figures: z.array(z.object({
    measure: z.string().default(''),
    value: z.number(),
    unit: z.string(),
    period: z.string().nullable().optional().transform((v) => v ?? null),
    qualifier: z.enum(['exact', 'over', 'under', 'about']).default('exact'),
  })).default([]),
});

/** The list sections of a gold file; one left out of the file is not annotated and not scored. */
export const GOLD_SECTIONS = ['people', 'events', 'quotes', 'proposals', 'figures'] as const;
export type GoldSection = (typeof GOLD_SECTIONS)[number];

export type Gold = z.infer<typeof GoldSchema> & {
  /** Sections absent from the file (a set annotating only quotes, proposals and figures); none when not given. */
  notAnnotated?: GoldSection[];
};
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
  const given = json as Record<string, unknown>;
  const notAnnotated = GOLD_SECTIONS.filter((s) => !(s in given));
  return notAnnotated.length ? { ...result.data, notAnnotated } : result.data;
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
