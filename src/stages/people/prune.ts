// Places and countries found inside a person's name are not places ("Georgia" in a name, "Hue" in
// "Vuong Dinh Hue"): the people stage, which sees the whole name, removes them.
import type { Doc } from '../../core/doc.ts';

export function pruneGeoInsidePeople(doc: Doc): void {
  if (doc.personMentions.length === 0) return;
  const spans = doc.personMentions;
  const inside = (m: { start: number; end: number }) => spans.some((p) => m.start < p.end && m.end > p.start);
  doc.countryMentions = doc.countryMentions.filter((m) => !inside(m));
  doc.placeMentions = doc.placeMentions.filter((m) => !inside(m));
  doc.places = doc.places
    .map((p) => ({ ...p, mentions: p.mentions.filter((m) => !inside(m)) }))
    .filter((p) => p.mentions.length > 0);
}
