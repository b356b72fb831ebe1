// Parsers for option values shared by several commands.
import { InvalidArgumentError } from 'commander';

/** Accepts a real calendar date in YYYY-MM-DD form. */
export function parseDateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) {
    throw new InvalidArgumentError(`"${value}" is not a date in YYYY-MM-DD form`);
  }
  return value;
}

export function isRealDate(ymd: string): boolean {
  const d = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === ymd;
}
