// The events stage: PLOVER events from every sentence, with actors, dates, places and evidence (issue 3).
import type { Stage } from '../../core/stage.ts';
import { codeDoc } from './coder.ts';
import type { CodingMode } from './refine.ts';

export type { CodingMode };

/**
 * "article" logs what an analyst would log from a whole article (no speech acts of a readout, one event per
 * occurrence); "sentence" codes every act a single sentence states, as sentence-level PLOVER coding does.
 */
export function createEventsStage(mode: CodingMode = 'article'): Stage {
  return {
    name: 'events',
    requires: ['sentences', 'dates', 'countryMentions', 'places', 'placeMentions', 'organizations', 'organizationMentions', 'people', 'personMentions', 'quotes'],
    provides: ['events'],
    run(doc, lexicon) {
      doc.events = codeDoc(doc, lexicon.events, mode, lexicon.people.leaders);
    },
  };
}

export const eventsStage: Stage = createEventsStage('article');
