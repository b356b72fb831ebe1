// Places and countries found inside a person's name are not places ("Georgia" in a name, "Hue" in
// "Vuong Dinh Hue"): the people stage, which sees the whole name, removes them.
import type { Doc } from '../../core/doc.ts';

export function pruneGeoInsidePeople(doc: Doc): void {
  const spans = doc.personMentions;
  if (spans.length === 0) return;
  // Person mentions are sorted by start; a binary search finds the last one starting before m.end.
  const inside = (m: { start: number; end: number }) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < m.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) if (spans[i].end > m.start) return true;
    return false;
  };
  const before = doc.countryMentions.length + doc.placeMentions.length;
  doc.countryMentions = doc.countryMentions.filter((m) => !inside(m));
  doc.placeMentions = doc.placeMentions.filter((m) => !inside(m));
  if (doc.countryMentions.length + doc.placeMentions.length === before) return;
  doc.places = doc.places
    // (A literal as geo builds places, not a spread: places of one hidden class, see segment/index.ts.)
    .map((p) => ({ name: p.name, country: p.country, kind: p.kind, mentions: p.mentions.filter((m) => !inside(m)) }))
    .filter((p) => p.mentions.length > 0);
}
