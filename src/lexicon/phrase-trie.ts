// A token trie of phrases (names, aliases, titles) built once from data, matched longest-first.
import { tokenize, type Token } from './tokens.ts';

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

export interface PhraseMatch<V> {
  /** Index of the first token of the match. */
  from: number;
  /** Index after the last token of the match. */
  to: number;
  values: V[];
}

// A key's slot of 16 bits: its first character (7 bits; exact for ASCII) and a hash of its second and last
// characters and its length (9 bits). Keys are grouped by first character, so a word in lower case meets only
// the few phrases that start in lower case. On the bench corpus the gazetteer's root map is looked up at 19 %
// of tokens and the titles' at 10 % (with the first two characters alone: 27 % and 57 %); those look-ups,
// in maps too large for the processor's caches, were most of the tries' time.
const startSlot = (key: string): number =>
  ((key.charCodeAt(0) & 127) << 9) | (Math.imul((key.length > 1 ? key.charCodeAt(1) : 0) ^ (key.charCodeAt(key.length - 1) << 7) ^ (key.length << 14), 0x9e3779b1) >>> 23);

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: [] };
  /**
   * One bit per start slot of the phrases' first tokens. Most tokens start no phrase, and a clear bit says
   * so sooner than a look-up in the root map, which for the gazetteer holds thousands of keys.
   */
  private readonly starts = new Uint32Array(2048);
  private count = 0;

  /** With `caseInsensitive`, keys are lower-cased ("foreign minister" matches "Foreign Minister"). */
  constructor(readonly caseInsensitive = false) {}

  get size(): number {
    return this.count;
  }

  add(phrase: string, value: V): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    let node = this.root;
    const slot = startSlot(this.caseInsensitive ? tokens[0].key.toLowerCase() : tokens[0].key);
    this.starts[slot >>> 5] |= 1 << (slot & 31);
    for (const t of tokens) {
      const k = this.caseInsensitive ? t.key.toLowerCase() : t.key;
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) {
      node.values.push(value);
      this.count++;
    }
  }

  /** False when no phrase starts with `key`; true when one may. */
  private mayStart(key: string): boolean {
    const slot = startSlot(key);
    return (this.starts[slot >>> 5] & (1 << (slot & 31))) !== 0;
  }

  /** What step(root, token) gives, after the start bits. */
  private first(token: Token): TrieNode<V> | undefined {
    if (this.caseInsensitive) return this.mayStart(token.lower) ? this.root.next.get(token.lower) : undefined;
    const node = this.mayStart(token.key) ? this.root.next.get(token.key) : undefined;
    return node ?? (token.capitalised !== null && this.mayStart(token.capitalised) ? this.root.next.get(token.capitalised) : undefined);
  }

  private step(node: TrieNode<V>, token: Token): TrieNode<V> | undefined {
    if (this.caseInsensitive) return node.next.get(token.lower);
    // Datelines and headlines write names in capitals: HANOI, KUALA LUMPUR.
    return node.next.get(token.key) ?? (token.capitalised === null ? undefined : node.next.get(token.capitalised));
  }

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: Token[], i: number): PhraseMatch<V> | null {
    // Called at every token by several stages, and most tokens start no phrase: the start bits of the token's
    // key turn them away here, in a method small enough for V8 to inline at its callers (profiles showed first
    // and mayStart called, not inlined, at every token). A token in capitals may still start one by its
    // `capitalised` form, which walk looks at.
    if (i >= tokens.length) return null;
    const token = tokens[i];
    // (startSlot written out: V8 did not inline it here. The phrase-trie tests check that the two agree.)
    const key = this.caseInsensitive ? token.lower : token.key;
    const slot = ((key.charCodeAt(0) & 127) << 9) | (Math.imul((key.length > 1 ? key.charCodeAt(1) : 0) ^ (key.charCodeAt(key.length - 1) << 7) ^ (key.length << 14), 0x9e3779b1) >>> 23);
    if ((this.starts[slot >>> 5] & (1 << (slot & 31))) === 0 && (this.caseInsensitive || token.capitalised === null)) return null;
    return this.walk(tokens, i);
  }

  /** matchAt past the start bits. Nothing is allocated until a phrase matches. */
  private walk(tokens: Token[], i: number): PhraseMatch<V> | null {
    let node = this.first(tokens[i]);
    let last: TrieNode<V> | null = null;
    let to = -1;
    for (let j = i + 1; node !== undefined; j++) {
      if (node.values.length > 0) {
        to = j;
        last = node;
      }
      node = j < tokens.length ? this.step(node, tokens[j]) : undefined;
    }
    return last === null ? null : { from: i, to, values: last.values };
  }

  /** Non-overlapping longest matches, left to right. */
  scan(tokens: Token[]): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
