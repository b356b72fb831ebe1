// Placeholder for the proposals stage; its owner replaces this file.
import type { Stage } from '../../core/stage.ts';

export const proposalsStage: Stage = {
  name: 'proposals',
  requires: ['sentences', 'people', 'personMentions'],
  provides: ['proposals'],
  run() {},
};
