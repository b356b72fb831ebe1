// Every kind of input as one stream of articles: text files, web pages, feeds, JSON Lines and
// folders of them, read one file (or line) at a time. Problems are items of the stream, not throws.
import { statSync } from 'node:fs';
import path from 'node:path';
import { emptyArticle, type SourceArticle, type SourceProblem } from './article.ts';
import { InputError, type Decoded } from './decode.ts';
import { readJsonLines } from './jsonl.ts';
import { describeFsError, readArticleFile, walkFiles, type WalkProblem } from './read-file.ts';

export type SourceItem =
  | { kind: 'article'; article: SourceArticle; bytes: number }
  | { kind: 'problem'; problem: SourceProblem; bytes: number };

export type InputKind = 'text' | 'html' | 'feed' | 'jsonl';

const BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The kind an extension names; null for other extensions, whose content decides (see `sniff`). */
export function kindOfPath(file: string): InputKind | null {
  return BY_EXTENSION[path.extname(file).toLowerCase()] ?? null;
}

/** A file of unknown extension: a feed or page when its first markup says so, else plain text. */
export function sniff(text: string): InputKind {
  const head = text.slice(0, 2048).trimStart();
  if (!head.startsWith('<')) return 'text';
  if (/<(rss|feed|rdf:RDF)[\s>]/.test(head)) return 'feed';
  if (/<!doctype html|<html[\s>]/i.test(head)) return 'html';
  return 'text';
}

/** Files and their total size, for progress and ETA; walking problems are collected. */
export function scanInputs(paths: string[], problems: WalkProblem[] = []): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const quiet: WalkProblem[] = [];
  for (const p of paths) {
    for (const f of walkFiles(p, quiet)) {
      files++;
      try {
        bytes += statSync(f).size;
      } catch {
        /* reported when it is read */
      }
    }
  }
  problems.push(...quiet);
  return { files, bytes };
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Articles of one file; `bytes` of the whole file is carried by its first item. */
export async function* readFileItems(file: string): AsyncGenerator<SourceItem> {
  const kind = kindOfPath(file);
  const size = fileSize(file);
  if (kind === 'jsonl') {
    try {
      yield* readJsonLines(file);
    } catch (err) {
      yield { kind: 'problem', problem: { input: file, reason: describeFsError(err) }, bytes: 0 };
    }
    return;
  }
  let items: SourceItem[];
  try {
    const decoded = readArticleFile(file);
    items = await decodedItems(decoded, kind ?? sniff(decoded.text), file, path.basename(file));
  } catch (err) {
    items = [problemItem(file, err)];
  }
  if (items.length) items[0].bytes = size;
  yield* items;
}

/** The articles of a decoded text of the given kind (not JSON Lines), read from `input` (a file, or "stdin"). */
export async function decodedItems(decoded: Decoded, kind: InputKind, input: string, name: string | null): Promise<SourceItem[]> {
  // The feed and HTML readers (and their parsers) load when a feed or a page comes.
  if (kind === 'feed') {
    const { readFeed } = await import('./feed.ts');
    const feed = readFeed(decoded.text, input);
    return [
      ...feed.articles.map((article): SourceItem => ({ kind: 'article', article, bytes: 0 })),
      ...feed.problems.map((problem): SourceItem => ({ kind: 'problem', problem, bytes: 0 })),
    ];
  }
  const article = kind === 'html' ? (await import('./html.ts')).readHtml(decoded.text, input, name) : { ...emptyArticle(input, decoded.text), file: name };
  article.warnings.unshift(...decoded.warnings);
  return [{ kind: 'article', article, bytes: 0 }];
}

/** An input that could not be read, as a problem item with the reason (without the input's name). */
export function problemItem(input: string, err: unknown): SourceItem {
  const reason = err instanceof InputError ? err.message.slice(err.input.length + 2) : (err as Error).message;
  return { kind: 'problem', problem: { input, reason }, bytes: 0 };
}

/** Every article under the given paths, in order; unreadable inputs come through as problems. */
export async function* readSources(paths: string[]): AsyncGenerator<SourceItem> {
  for (const p of paths) {
    const problems: WalkProblem[] = [];
    for (const file of walkFiles(p, problems)) {
      yield* readFileItems(file);
      yield* drain(problems);
    }
    yield* drain(problems);
  }
}

function* drain(problems: WalkProblem[]): Generator<SourceItem> {
  while (problems.length) {
    const pr = problems.shift()!;
    yield { kind: 'problem', problem: { input: pr.path, reason: pr.reason }, bytes: 0 };
  }
}
