// Placeholder for the figures stage; its owner replaces this file.
import type { Stage } from '../../core/stage.ts';

export const figuresStage: Stage = {
  name: 'figures',
  requires: ['sentences', 'dates', 'countryMentions'],
  provides: ['figures'],
  run() {},
};
