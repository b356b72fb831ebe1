// Places and countries found inside a person's name are not places ("Georgia" in a name, "Hue" in
// "Vuong Dinh Hue"): the people stage, which sees the whole name, removes them.
import type { Doc } from '../../core/doc.ts';
import type { Place } from '../../core/types.ts';

export function pruneGeoInsidePeople(doc: Doc): void {
  const spans = doc.personMentions;
  if (spans.length === 0) return;
  // Person mentions are sorted by start; a binary search finds the last one starting before `end`.
  // (Given offsets, not the mention: countries, places and their mentions are objects of several classes.)
  const inside = (start: number, end: number) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) if (spans[i].end > start) return true;
    return false;
  };
  const before = doc.countryMentions.length + doc.placeMentions.length;
  doc.countryMentions = doc.countryMentions.filter((m) => !inside(m.start, m.end));
  doc.placeMentions = doc.placeMentions.filter((m) => !inside(m.start, m.end));
  if (doc.countryMentions.length + doc.placeMentions.length === before) return;
  // (A literal as geo builds places, not a spread: places of one hidden class, see segment/index.ts. A loop, not
  // .map(): a .map() in optimised code makes a holey array, in the interpreter a packed one, and later stages'
  // optimised code was thrown away when the other kind reached it.)
  const places: Place[] = [];
  for (const p of doc.places) {
    const mentions = p.mentions.filter((m) => !inside(m.start, m.end));
    if (mentions.length > 0) places.push({ name: p.name, country: p.country, kind: p.kind, mentions });
  }
  doc.places = places;
}
