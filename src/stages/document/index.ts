// Placeholder for the document stage; its owner replaces this file.
import type { Stage } from '../../core/stage.ts';

export const documentStage: Stage = {
  name: 'document',
  requires: ['text', 'document'],
  provides: ['document', 'bodyStart', 'excluded'],
  run() {},
};
