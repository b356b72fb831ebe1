// A coded event as a PLOVER record: entity objects, quad class and conflict–cooperation score, evidence.
import type { EventEntity, PloverEvent } from '../../core/types.ts';
import type { EventsLexicon } from '../../lexicon/events.ts';
import type { Draft } from './draft.ts';
import type { Party } from './parties.ts';

// Modes the manual says also set a context of the same name.
const MODE_CONTEXTS = new Set(['cyber', 'misinformation']);

function entity(p: Party): EventEntity {
  return { code: p.code, sector: p.sector, entity_text: p.entityText, identifier_text: p.identifier, office: p.office };
}

export function toPloverEvent(d: Draft, lex: EventsLexicon, id: string): PloverEvent {
  const info = lex.types.get(d.type);
  // The first mode with a score of its own. (A loop: a .find() on what .map() gives, arrays of two elements kinds
  // whether optimised or not, deoptimised this.)
  let scale: number | undefined;
  for (const m of d.mode) if (scale === undefined) scale = info?.modeScores.get(m);
  scale ??= info?.score ?? 0;
  return {
    id,
    date: d.date,
    event: [d.type, ...d.alsoTypes],
    mode: d.mode,
    context: d.mode.filter((m) => MODE_CONTEXTS.has(m)),
    actor: d.actor.map(entity),
    recipient: d.recipient.map(entity),
    event_loc: d.loc ? { name: d.loc.name, country: d.loc.country } : null,
    event_text: d.texts,
    quad_code: info?.quad ?? 0,
    event_scale: scale,
    text_info: { sequence: d.sentence, start: d.start, end: d.end },
    rule: d.cue.id,
    confidence: d.confidence,
  };
}
