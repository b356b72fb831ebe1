// Option parsers shared by the corpus commands: country pairs, quad classes, page sizes, formats.
import { InvalidArgumentError, type Command } from 'commander';
import { PLOVER_TYPES } from '../core/types.ts';
import { parseDateOption } from './options.ts';

/** A bad option value found when the command runs (after commander's own parsing): main prints it. */
export class UsageError extends Error {}

const ISO3 = /^[A-Za-z]{3}$/;

/** "--between CHN VNM" or "--between CHN,VNM" → ["CHN", "VNM"]. */
export function parseBetween(values: string[] | string | undefined): [string, string] | undefined {
  if (values === undefined) return undefined;
  const codes = (Array.isArray(values) ? values : [values]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  if (codes.length !== 2 || !codes.every((c) => ISO3.test(c))) {
    throw new UsageError(`--between needs two ISO 3166-1 alpha-3 country codes, e.g. --between CHN VNM (got "${codes.join(' ')}")`);
  }
  return [codes[0].toUpperCase(), codes[1].toUpperCase()];
}

export function parseCountry(value: string): string {
  if (!ISO3.test(value)) throw new InvalidArgumentError(`"${value}" is not an ISO 3166-1 alpha-3 country code (e.g. VNM)`);
  return value.toUpperCase();
}

export function parseQuad(value: string): number {
  const n = Number(value);
  if (![1, 2, 3, 4].includes(n)) throw new InvalidArgumentError(`--quad is 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict)`);
  return n;
}

export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}

/** A parser accepting one of the allowed --format values. */
export function formatOption(allowed: string[]) {
  return (value: string): string => {
    if (!allowed.includes(value)) throw new InvalidArgumentError(`unknown format "${value}" (use ${allowed.join(', ')})`);
    return value;
  };
}

export interface EventFilterOpts {
  between?: string[];
  country?: string;
  from?: string;
  to?: string;
  type?: string;
  quad?: number;
  person?: string;
}

/** The event filters `events`, `series` and `export` share. */
export function withEventFilters(command: Command): Command {
  return command
    .option('--between <codes...>', 'both countries take part (two ISO3 codes: CHN VNM)')
    .option('--country <code>', 'this country takes part (ISO3)', parseCountry)
    .option('--from <date>', 'earliest date, YYYY-MM-DD (inclusive)', parseDateOption)
    .option('--to <date>', 'latest date, YYYY-MM-DD (inclusive)', parseDateOption)
    .option('--type <plover>', 'PLOVER event type, e.g. CONSULT')
    .option('--quad <n>', 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', parseQuad)
    .option('--person <name>', 'a participant, by name or alias');
}

export function eventQuery(opts: EventFilterOpts) {
  if (opts.from && opts.to && opts.from > opts.to) throw new UsageError(`--from ${opts.from} is after --to ${opts.to}`);
  const type = opts.type?.toUpperCase();
  if (type && !(PLOVER_TYPES as readonly string[]).includes(type)) throw new UsageError(`--type "${opts.type}" is not a PLOVER event type (${PLOVER_TYPES.join(', ')})`);
  return {
    between: parseBetween(opts.between),
    country: opts.country,
    from: opts.from,
    to: opts.to,
    type,
    quad: opts.quad,
    person: opts.person,
  };
}
