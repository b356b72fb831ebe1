// Placeholder for the organizations stage; its owner replaces this file.
import type { Stage } from '../../core/stage.ts';

export const organizationsStage: Stage = {
  name: 'organizations',
  requires: ['sentences', 'countryMentions'],
  provides: ['organizations', 'organizationMentions'],
  run() {},
};
