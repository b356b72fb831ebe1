// Runs extraction over every corpus article that has a gold file, and scores each record.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createPipeline, type Pipeline } from '../pipeline.ts';
import { documentId } from '../ingest/article.ts';
import { InputError } from '../ingest/decode.ts';
import { extractArticle } from '../ingest/extract-article.ts';
import { readFileItems } from '../ingest/sources.ts';
import { findOutlet } from '../lexicon/document.ts';
import { createNameFolder, createSourceFolder } from './fold.ts';
import { GoldError, readGoldFile } from './gold.ts';
import { scoreRecord, sumScores, type FileScore, type Totals } from './score.ts';

export interface EvalProblem {
  input: string;
  error: string;
}

export interface EvalResult {
  goldDir: string;
  corpusDir: string;
  files: FileScore[];
  totals: Totals;
  /** Gold files that could not be read, articles missing or unreadable, extraction failures. */
  problems: EvalProblem[];
}

/** A clear error about the command's arguments (missing directory), as opposed to one bad file. */
export class EvalSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalSetupError';
  }
}

function requireDirectory(dir: string, role: string): void {
  if (!existsSync(dir)) throw new EvalSetupError(`${role} directory ${dir} does not exist`);
  if (!statSync(dir).isDirectory()) throw new EvalSetupError(`${role} path ${dir} is not a directory`);
}

/**
 * Gold files are `<article file name>.json` in goldDir; the article is `<article file name>` in
 * corpusDir. Every bad file is reported in `problems` and skipped; the rest are still scored.
 */
export async function evaluateDirectories(goldDir: string, corpusDir: string, pipeline: Pipeline = createPipeline()): Promise<EvalResult> {
  requireDirectory(goldDir, 'gold');
  requireDirectory(corpusDir, 'corpus');
  const goldFiles = readdirSync(goldDir).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
  if (goldFiles.length === 0) throw new EvalSetupError(`gold directory ${goldDir} holds no .json gold files`);
  const foldName = createNameFolder(pipeline.lexicon.scoring.honorifics);
  const foldSource = createSourceFolder((s) => findOutlet(pipeline.lexicon.document, s)?.name);
  const files: FileScore[] = [];
  const problems: EvalProblem[] = [];
  for (const goldName of goldFiles) {
    const goldPath = path.join(goldDir, goldName);
    const articleName = goldName.slice(0, -'.json'.length);
    const articlePath = path.join(corpusDir, articleName);
    try {
      const gold = readGoldFile(goldPath);
      if (!existsSync(articlePath)) {
        problems.push({ input: goldPath, error: `${goldPath}: no article ${articlePath} for this gold file; skipped` });
        continue;
      }
      // Read by its format, as extract and ingest read it: a web page's article text and metadata.
      const items = [];
      for await (const item of readFileItems(articlePath)) items.push(item);
      const problem = items.find((i) => i.kind === 'problem');
      if (problem?.kind === 'problem') throw new InputError(problem.problem.input, problem.problem.reason);
      if (items.length !== 1 || items[0].kind !== 'article') {
        throw new InputError(articlePath, `holds ${items.length} articles; a gold file scores one article`);
      }
      const { article } = items[0];
      const record = extractArticle(pipeline, article, documentId(article.text), null).record;
      files.push(scoreRecord(gold, record, articleName, { foldName, foldSource }));
    } catch (err) {
      // Gold and input errors already name their file; a failing stage does not.
      const named = err instanceof GoldError || err instanceof InputError;
      problems.push({ input: goldPath, error: named ? (err as Error).message : `${articlePath}: ${(err as Error).message}` });
    }
  }
  return { goldDir, corpusDir, files, totals: sumScores(files), problems };
}
