// A set of short word sequences ("is set to", "coast guard") looked up at a token position, longest first.
// Phrases are indexed by their first word (and by their last, for lookups that end at a position), so a
// lookup costs one map access per token however many phrases the set holds.

interface Entry<V> {
  words: string[];
  value: V;
}

export class PhraseSet<V = true> {
  private readonly byFirst = new Map<string, Entry<V>[]>();
  private readonly byLast = new Map<string, Entry<V>[]>();
  private readonly keys = new Set<string>();

  static of(phrases: Iterable<string>): PhraseSet {
    const set = new PhraseSet();
    for (const p of phrases) set.add(p, true);
    return set;
  }

  /** Words are split on spaces; matching compares lower-cased token texts. */
  add(phrase: string, value: V): void {
    const words = phrase.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const entry = { words, value };
    const put = (map: Map<string, Entry<V>[]>, key: string) => {
      const list = map.get(key) ?? [];
      list.push(entry);
      list.sort((a, b) => b.words.length - a.words.length);
      map.set(key, list);
    };
    put(this.byFirst, words[0]);
    put(this.byLast, words[words.length - 1]);
    this.keys.add(words.join(' '));
  }

  has(phrase: string): boolean {
    return this.keys.has(phrase.toLowerCase());
  }

  /** The longest phrase starting at `i` in `words` (lower-cased), as its length and value, or null. */
  matchAt(words: readonly string[], i: number): { length: number; value: V } | null {
    const list = this.byFirst.get(words[i]);
    if (!list) return null;
    outer: for (const e of list) {
      if (i + e.words.length > words.length) continue;
      for (let k = 1; k < e.words.length; k++) if (words[i + k] !== e.words[k]) continue outer;
      return { length: e.words.length, value: e.value };
    }
    return null;
  }

  /** The longest phrase ending just before `end`, or null. */
  matchEndingAt(words: readonly string[], end: number): { length: number; value: V } | null {
    const list = this.byLast.get(words[end - 1]);
    if (!list) return null;
    outer: for (const e of list) {
      const from = end - e.words.length;
      if (from < 0) continue;
      for (let k = 0; k < e.words.length - 1; k++) if (words[from + k] !== e.words[k]) continue outer;
      return { length: e.words.length, value: e.value };
    }
    return null;
  }

  /** Whether any phrase occurs within words[from, to). */
  occursIn(words: readonly string[], from: number, to: number): boolean {
    for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) {
      const m = this.matchAt(words, i);
      if (m && i + m.length <= to) return true;
    }
    return false;
  }
}
