// A set of short word sequences ("is set to", "coast guard") looked up at a token position, longest first.

export class PhraseSet<V = true> {
  private readonly byKey = new Map<string, V>();
  private maxWords = 0;

  static of(phrases: Iterable<string>): PhraseSet {
    const set = new PhraseSet();
    for (const p of phrases) set.add(p, true);
    return set;
  }

  /** Words are split on spaces; matching compares lower-cased token texts. */
  add(phrase: string, value: V): void {
    const words = phrase.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    this.byKey.set(words.join(' '), value);
    this.maxWords = Math.max(this.maxWords, words.length);
  }

  has(phrase: string): boolean {
    return this.byKey.has(phrase.toLowerCase());
  }

  /** The longest phrase starting at `i` in `words` (lower-cased), as its length and value, or null. */
  matchAt(words: readonly string[], i: number): { length: number; value: V } | null {
    for (let n = Math.min(this.maxWords, words.length - i); n > 0; n--) {
      const v = this.byKey.get(words.slice(i, i + n).join(' '));
      if (v !== undefined) return { length: n, value: v };
    }
    return null;
  }

  /** The longest phrase ending just before `end`, or null. */
  matchEndingAt(words: readonly string[], end: number): { length: number; value: V } | null {
    for (let n = Math.min(this.maxWords, end); n > 0; n--) {
      const v = this.byKey.get(words.slice(end - n, end).join(' '));
      if (v !== undefined) return { length: n, value: v };
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
