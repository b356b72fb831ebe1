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
    // Called at every token by several stages, and most tokens start no phrase: nothing is allocated until one does.
    let node = this.root;
    let last: TrieNode<V> | null = null;
    let to = -1;
    for (let j = i; j < tokens.length; j++) {
      const next = this.step(node, tokens[j]);
      if (next === undefined) break;
      node = next;
      if (node.values.length > 0) {
        to = j + 1;
        last = node;
      }
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
