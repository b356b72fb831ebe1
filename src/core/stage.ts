// The Stage contract: a named step that reads some Doc fields and fills others.
import type { Doc, DocField } from './doc.ts';
import type { Lexicon } from '../lexicon/index.ts';

export interface Stage {
  name: string;
  /** Doc fields this stage reads; an earlier stage (or createDoc) must provide them. */
  requires: DocField[];
  /** Doc fields this stage fills. */
  provides: DocField[];
  run(doc: Doc, lexicon: Lexicon): void;
}

/** Fields createDoc fills before any stage runs. */
export const INITIAL_FIELDS: DocField[] = ['text', 'document'];

export class StageError extends Error {
  constructor(readonly stage: string, cause: unknown) {
    super(`stage "${stage}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StageError';
  }
}

/** Checks at build time that every stage's inputs come from an earlier stage. */
export function checkOrder(stages: Stage[]): void {
  const available = new Set<DocField>(INITIAL_FIELDS);
  for (const stage of stages) {
    const missing = stage.requires.filter((f) => !available.has(f));
    if (missing.length > 0) {
      throw new Error(`stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage provides`);
    }
    for (const f of stage.provides) available.add(f);
  }
}
