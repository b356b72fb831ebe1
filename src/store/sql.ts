// Small pieces every SQLite read and write module shares: the cached statement function and paging.
import type Database from 'better-sqlite3';
import type { Page, PageRequest } from './types.ts';

/** Returns the prepared statement for a SQL text, prepared once per connection. */
export type Sql = (text: string) => Database.Statement;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 10_000;

/** Limit and offset clamped to sane bounds (the API validates its own, stricter ones). */
export function bounds(page: PageRequest): { limit: number; offset: number } {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(page.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  return { limit, offset };
}

export function page<T>(items: T[], total: number, b: { limit: number; offset: number }): Page<T> {
  return { total, limit: b.limit, offset: b.offset, items };
}

export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined) return fallback;
  return JSON.parse(text) as T;
}

/** A WHERE clause built from optional conditions, with its parameters in order. */
export class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(condition: string, ...params: unknown[]): this {
    this.parts.push(condition);
    this.params.push(...params);
    return this;
  }

  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}
