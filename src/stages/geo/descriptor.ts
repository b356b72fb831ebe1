// Recognizer: "the Southeast Asian country" stands for a country named nearby whose subregion fits.
import type { CountryMention } from '../../core/types.ts';
import { inAreas, type GeoLexicon } from '../../lexicon/geo.ts';
import type { Token } from '../../lexicon/tokens.ts';

export interface DescriptorHit {
  areas: string[];
  from: number;
  to: number;
}

/** "the" + region adjective + country noun, starting at token `i`. */
export function matchDescriptor(tokens: Token[], i: number, lex: GeoLexicon): DescriptorHit | null {
  if (tokens[i].lower !== 'the') return null;
  const d = lex.descriptors.matchAt(tokens, i + 1);
  if (!d) return null;
  const n = lex.countryNouns.matchAt(tokens, d.to);
  return n ? { areas: d.values[0], from: i, to: n.to } : null;
}

/** The mentions (not descriptors) of countries in some areas, in the article's order. */
export interface AreaMentions {
  list: CountryMention[];
  /** Their ends are in order too (they do not overlap): then a binary search finds the ones around a position. */
  byEnd: boolean;
}

export function mentionsInAreas(areas: string[], mentions: CountryMention[], lex: GeoLexicon): AreaMentions {
  const list = mentions.filter((m) => {
    const c = lex.countries.get(m.code);
    return m.kind !== 'descriptor' && c !== undefined && inAreas(c, areas);
  });
  let byEnd = true;
  for (let i = 1; i < list.length && byEnd; i++) byEnd = list[i - 1].end <= list[i].end;
  return { list, byEnd };
}

/**
 * The country the descriptor at `pos` refers to: the last mention in its area that ends before it, else the
 * first one after it. `inArea` comes from mentionsInAreas.
 */
export function resolveDescriptor(pos: number, inArea: AreaMentions): string | null {
  const list = inArea.list;
  if (!inArea.byEnd) {
    // Mentions that overlap: the list as it stands.
    let before: CountryMention | undefined;
    let after: CountryMention | undefined;
    for (const m of list) {
      if (m.end <= pos) before = m;
      else if (!after) after = m;
    }
    return (before ?? after)?.code ?? null;
  }
  // Mentions in order of their ends: the first one ending after pos, and the one before it.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return (list[lo - 1] ?? list[lo])?.code ?? null;
}
