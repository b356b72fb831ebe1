// Placeholder for the geo stage; its owner replaces this file.
import type { Stage } from '../../core/stage.ts';

export const geoStage: Stage = {
  name: 'geo',
  requires: ['sentences'],
  provides: ['countryMentions', 'places', 'placeMentions'],
  run() {},
};
