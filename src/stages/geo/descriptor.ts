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

/** The country the descriptor at `pos` refers to: the nearest earlier mention in its area, else the nearest later one. */
export function resolveDescriptor(areas: string[], pos: number, mentions: CountryMention[], lex: GeoLexicon): string | null {
  const fits = (m: CountryMention) => {
    const c = lex.countries.get(m.code);
    return m.kind !== 'descriptor' && c !== undefined && inAreas(c, areas);
  };
  let before: CountryMention | undefined;
  let after: CountryMention | undefined;
  for (const m of mentions) {
    if (!fits(m)) continue;
    if (m.end <= pos) before = m;
    else if (!after) after = m;
  }
  return (before ?? after)?.code ?? null;
}
