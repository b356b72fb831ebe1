// Placeholder for the dates stage; its owner replaces this file.
import type { Stage } from '../../core/stage.ts';

export const datesStage: Stage = {
  name: 'dates',
  requires: ['sentences', 'document'],
  provides: ['dates'],
  run() {},
};
