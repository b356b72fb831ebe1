// Placeholder for the events stage; its owner replaces this file.
import type { Stage } from '../../core/stage.ts';

export const eventsStage: Stage = {
  name: 'events',
  requires: ['sentences', 'dates', 'countryMentions', 'places', 'placeMentions', 'organizations', 'organizationMentions', 'people', 'personMentions', 'quotes'],
  provides: ['events'],
  run() {},
};
