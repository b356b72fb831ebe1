// An article as read from any input (text file, web page, feed item, JSON line), before extraction.
import { createHash } from 'node:crypto';

export interface SourceArticle {
  text: string;
  /** Where it was read, for messages and the store: a path, "path:line" or "feed.xml#3". */
  input: string;
  /** The file name shown in records (no folders), or null for items of a feed or JSON Lines file. */
  file: string | null;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  /** YYYY-MM-DD from the input's metadata, or null. */
  published: string | null;
  source: string | null;
  byline: string | null;
  /** Problems with the input that did not stop it being read (encoding, missing metadata). */
  warnings: string[];
}

export function emptyArticle(input: string, text: string): SourceArticle {
  return { text, input, file: null, url: null, canonicalUrl: null, title: null, published: null, source: null, byline: null, warnings: [] };
}

/** A stable id for an article text: the same text always gets the same id. */
export function documentId(text: string): string {
  return createHash('sha1').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

/** A problem with one input (or one line or item of it): reported and skipped. */
export interface SourceProblem {
  input: string;
  reason: string;
}
