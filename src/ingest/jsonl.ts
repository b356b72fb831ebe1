// JSON Lines: one article per line ({text, url?, published?, source?, title?}), read as a stream so
// a file of any size costs one line of memory; a broken line is reported with its number and skipped.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { emptyArticle, type SourceArticle, type SourceProblem } from './article.ts';
import { MAX_ARTICLE_BYTES } from './decode.ts';
import { metadataDay } from './metadata-date.ts';

export type JsonLine =
  | { kind: 'article'; article: SourceArticle; bytes: number }
  | { kind: 'problem'; problem: SourceProblem; bytes: number };

const optionalString = (o: Record<string, unknown>, key: string): string | null =>
  typeof o[key] === 'string' && (o[key] as string).trim() ? (o[key] as string).trim() : null;

/** One line of a JSON Lines file as an article, or the reason it is not one. */
export function parseJsonLine(line: string, where: string): SourceArticle | SourceProblem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { input: where, reason: `not valid JSON (${(err as Error).message})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { input: where, reason: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string' || o.text.trim() === '') return { input: where, reason: 'no "text" string' };
  const article = emptyArticle(where, o.text);
  article.url = optionalString(o, 'url');
  article.title = optionalString(o, 'title');
  article.source = optionalString(o, 'source');
  const published = optionalString(o, 'published');
  article.published = metadataDay(published);
  if (published && !article.published) article.warnings.push(`"published" is not a date ("${published}"); ignored`);
  return article;
}

/** Lines of the file in order; `bytes` is what each line took of the file (for progress). */
export async function* readJsonLines(file: string): AsyncGenerator<JsonLine> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    const bytes = Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    const where = `${file}:${n}`;
    if (bytes > MAX_ARTICLE_BYTES * 2) {
      yield { kind: 'problem', problem: { input: where, reason: 'line too long for one article' }, bytes };
      continue;
    }
    const parsed = parseJsonLine(line.replace(/^\uFEFF/, ''), where);
    yield 'text' in parsed ? { kind: 'article', article: parsed, bytes } : { kind: 'problem', problem: parsed, bytes };
  }
}
