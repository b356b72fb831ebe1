// Placeholder for the quotes stage; its owner replaces this file.
import type { Stage } from '../../core/stage.ts';

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'people', 'personMentions'],
  provides: ['quotes'],
  run() {},
};
