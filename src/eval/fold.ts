// Name and text folding for scoring: case, diacritics, punctuation and leading honorifics.

// Letters that Unicode does not decompose into a base letter plus a mark (Đ in Vietnamese names).
const UNDECOMPOSED: Record<string, string> = {
  đ: 'd', ð: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th',
};

/** Lower case, no diacritics, punctuation as space, single spaces: "Nguyễn Phú-Trọng" → "nguyen phu trong". */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đðøłßæœıþ]/g, (c) => UNDECOMPOSED[c] ?? c)
    // Punctuation is not part of a name: "Kim Jong-un" and "Kim Jong Un" are one name.
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type NameFolder = (name: string) => string;

/**
 * A folder that also strips honorifics from the front of a name ("President Xi Jinping" → "xi jinping").
 * Titles are tried longest first, repeatedly ("General Secretary Comrade To Lam"), and never empty a name.
 */
export function createNameFolder(honorifics: readonly string[]): NameFolder {
  const titles = [...new Set(honorifics.map(foldText).filter((t) => t !== ''))].sort((a, b) => b.length - a.length);
  return (name: string) => {
    let folded = foldText(name);
    for (let stripped = true; stripped;) {
      stripped = false;
      for (const t of titles) {
        if (folded.startsWith(t + ' ')) {
          folded = folded.slice(t.length + 1);
          stripped = true;
          break;
        }
      }
    }
    return folded;
  };
}

/**
 * A folder for document.source: two forms of one listed outlet ("AP", "Associated Press") fold alike,
 * since annotators write the outlet either as the credit does or by its full name. `outletName` gives
 * the listed outlet's name for a form it knows (data/document/outlets.tsv), else undefined.
 */
export function createSourceFolder(outletName: (s: string) => string | undefined): (s: string) => string {
  return (s: string) => foldText(outletName(s) ?? s);
}

/** Lower-cased word tokens of a text, as a set (for Jaccard overlap of quotes and proposals). */
export function tokenSet(text: string): Set<string> {
  return new Set(foldText(text).split(' ').filter((t) => t !== ''));
}

/** |a ∩ b| / |a ∪ b|; two empty sets overlap fully. */
export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

// British and American spellings of one unit ("kilometres", "kilometers"; "litre", "liter").
const RE_SPELLING = /\b([a-z]*(?:met|lit))re(s?)\b/g;

/** A unit folded as text, with its British spelling read as the American one: "Kilometres" → "kilometers". */
export function foldUnit(s: string): string {
  return foldText(s).replace(RE_SPELLING, '$1er$2');
}
