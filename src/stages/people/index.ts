// Placeholder for the people stage; its owner replaces this file.
import type { Stage } from '../../core/stage.ts';

export const peopleStage: Stage = {
  name: 'people',
  requires: ['sentences', 'countryMentions', 'organizationMentions', 'placeMentions'],
  provides: ['people', 'personMentions'],
  run() {},
};
