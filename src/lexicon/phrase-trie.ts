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

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: [] };
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

  private step(node: TrieNode<V>, token: Token): TrieNode<V> | undefined {
    if (this.caseInsensitive) return node.next.get(token.lower);
    // Datelines and headlines write names in capitals: HANOI, KUALA LUMPUR.
    return node.next.get(token.key) ?? (token.capitalised === null ? undefined : node.next.get(token.capitalised));
  }

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: Token[], i: number): PhraseMatch<V> | null {
    let node: TrieNode<V> | undefined = this.root;
    let to = -1;
    let values: V[] = [];
    for (let j = i; j < tokens.length && node; j++) {
      node = this.step(node, tokens[j]);
      if (node && node.values.length > 0) {
        to = j + 1;
        values = node.values;
      }
    }
    return to < 0 ? null : { from: i, to, values };
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
