// Event cue patterns ("{pay} ... visit to", "{accuse} <X> of") compiled once into one token trie.
// Syntax (documented for analysts in docs/events.md):
//   word       a literal word, matched case-insensitively (or a comma)
//   a|b|c      one of several words
//   {verb}     every inflected form of the verb (meet → meet, meets, met, meeting)
//   x?         the token (or alternatives) may be absent
//   ...        a gap of 0–4 words (no punctuation; an amount, "30 billion yen", counts as one)
//   <X>        a slot of 1–6 words, not all dates or adverbs, usually the recipient ("urged <X> to")
import { allVerbForms, type IrregularVerbs } from './verb-forms.ts';

export type PatternToken =
  | { kind: 'words'; words: string[]; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'slot'; max: number };

export const GAP_MAX = 4;
export const SLOT_MAX = 6;

/** Parses one pattern; throws with the pattern in the message when it is malformed. */
export function parsePattern(pattern: string, irregular: IrregularVerbs): PatternToken[] {
  const parts = pattern.trim().split(/\s+/).filter(Boolean);
  const out: PatternToken[] = [];
  for (const raw of parts) {
    if (raw === '...') out.push({ kind: 'gap', max: GAP_MAX });
    else if (raw === '<X>') out.push({ kind: 'slot', max: SLOT_MAX });
    else {
      const optional = raw.endsWith('?');
      const body = optional ? raw.slice(0, -1) : raw;
      const words = body.split('|').flatMap((w) => {
        const verb = /^\{([a-z-]+)\}$/i.exec(w);
        if (verb) return allVerbForms(verb[1], irregular);
        // (A comma may be a word of its own: "deal , which <X> signed".)
        if (!/^([\p{L}\p{N}'’$%-]+|,)$/u.test(w)) throw new Error(`bad word "${w}" in cue pattern "${pattern}"`);
        return [w.toLowerCase()];
      });
      out.push({ kind: 'words', words: [...new Set(words)], optional });
    }
  }
  const first = out[0];
  const last = out.at(-1);
  if (!first || first.kind !== 'words' || first.optional) throw new Error(`cue pattern "${pattern}" must start with a required word`);
  if (!last || last.kind !== 'words') throw new Error(`cue pattern "${pattern}" must end with a word`);
  return out;
}

// Every node has every field from the start, so that the matcher meets one object shape (adding `gap` to some
// nodes later made its property reads polymorphic); most nodes are leaves, which hold no map of their own.
interface TrieNode<V> {
  words: Map<string, TrieNode<V>> | null;
  gap: TrieNode<V> | null;
  slot: TrieNode<V> | null;
  values: V[];
}

const newNode = <V>(): TrieNode<V> => ({ words: null, gap: null, slot: null, values: [] });

/** What the matcher needs to know about each token of a sentence. */
export interface TrieInput {
  /** Lower-cased token texts. */
  words: string[];
  /** Tokens a pattern may step over between two of its words (dates, "also", "jointly"). */
  skippable(i: number): boolean;
  /** Tokens a gap or slot may not cover (punctuation, clause words). */
  barrier(i: number): boolean;
  /** Tokens a gap covers without counting them against its length (the rest of an amount: "30 billion yen"). */
  gapFree(i: number): boolean;
}

export interface TrieMatch<V> {
  value: V;
  /** Index of the first token. */
  from: number;
  /** Index after the last token. */
  to: number;
  /** Token range covered by the first slot, when the pattern has one. */
  slot?: [number, number];
}

const startSlot = (w: string): number => (w.charCodeAt(0) * 961 + w.charCodeAt(w.length - 1) * 31 + w.length) & 0xffff;

export class CueTrie<V> {
  private readonly root: TrieNode<V> = newNode();
  /** The root's words: every word a pattern starts with. */
  private readonly firstWords = new Map<string, TrieNode<V>>();
  /**
   * One bit per start slot (a hash of its first and last letters and length) of those words. Most tokens start
   * no pattern, and a clear bit says so sooner than a look-up in the map of thousands of verb forms.
   */
  private readonly starts = new Uint32Array(2048);

  constructor() {
    this.root.words = this.firstWords;
  }

  private compacted = false;

  add(tokens: PatternToken[], value: V): void {
    if (this.compacted) throw new Error('no cue pattern can be added to a compacted trie');
    this.insert(this.root, tokens, 0, value);
  }

  /**
   * Merges the subtrees that match alike (the same words, gaps and slots leading to the same values, in the same
   * order), once every pattern is added: the forms of a verb then lead to one node for the words after them ("met
   * with", "meets with"). The matches stay the same; the trie is read cold between the other stages, and is smaller.
   */
  compact(): void {
    const valueIds = new Map<V, number>();
    const nodeIds = new Map<TrieNode<V>, number>();
    const bySignature = new Map<string, TrieNode<V>>();
    const canonical = (node: TrieNode<V>): TrieNode<V> => {
      if (node.words) for (const [w, child] of node.words) node.words.set(w, canonical(child));
      if (node.gap) node.gap = canonical(node.gap);
      if (node.slot) node.slot = canonical(node.slot);
      const values = node.values.map((v) => valueIds.get(v) ?? valueIds.set(v, valueIds.size).get(v)).join(',');
      // (A loop, not a spread and .map(): that chain could fall into a loop of deoptimisations at load.)
      const entries: string[] = [];
      if (node.words) for (const [w, child] of node.words) entries.push(`${w}>${nodeIds.get(child)}`);
      const words = entries.sort().join(' ');
      const signature = `${values}|${words}|${node.gap ? nodeIds.get(node.gap) : ''}|${node.slot ? nodeIds.get(node.slot) : ''}`;
      const same = bySignature.get(signature);
      if (same) return same;
      bySignature.set(signature, node);
      nodeIds.set(node, nodeIds.size);
      return node;
    };
    for (const [w, child] of this.firstWords) this.firstWords.set(w, canonical(child));
    if (this.root.gap || this.root.slot) throw new Error('a cue pattern must start with a word');
    this.compacted = true;
  }

  private insert(node: TrieNode<V>, tokens: PatternToken[], k: number, value: V): void {
    if (k === tokens.length) {
      if (!node.values.includes(value)) node.values.push(value);
      return;
    }
    const t = tokens[k];
    if (t.kind === 'gap') {
      node.gap ??= newNode();
      this.insert(node.gap, tokens, k + 1, value);
      return;
    }
    if (t.kind === 'slot') {
      node.slot ??= newNode();
      this.insert(node.slot, tokens, k + 1, value);
      return;
    }
    if (t.optional) this.insert(node, tokens, k + 1, value);
    node.words ??= new Map();
    for (const w of t.words) {
      if (node === this.root) {
        const slot = startSlot(w);
        this.starts[slot >>> 5] |= 1 << (slot & 31);
      }
      let child = node.words.get(w);
      if (!child) {
        child = newNode();
        node.words.set(w, child);
      }
      this.insert(child, tokens, k + 1, value);
    }
  }

  /** Every match starting at any token; the caller chooses among overlapping ones. */
  matchAll(input: TrieInput): TrieMatch<V>[] {
    const out: TrieMatch<V>[] = [];
    for (let i = 0; i < input.words.length; i++) {
      const w = input.words[i];
      const slot = startSlot(w);
      if ((this.starts[slot >>> 5] & (1 << (slot & 31))) === 0) continue;
      const first = this.firstWords.get(w);
      if (first) this.walk(first, input, i, i + 1, undefined, out);
    }
    return out;
  }

  private walk(node: TrieNode<V>, input: TrieInput, from: number, j: number, slot: [number, number] | undefined, out: TrieMatch<V>[]): void {
    for (const value of node.values) out.push({ value, from, to: j, slot });
    const n = input.words.length;
    const words = node.words;
    if (words !== null) {
      // Dates and adverbs between two cue words are stepped over: "met on Monday with". A skippable word that is also
      // the next cue word is tried both ways: "agreed on Monday to" is "{agree} to" over the date, and "{agree} on".
      // (One look-up a token: the maps are large, and most of the matcher's time went into reading them.)
      let k = j;
      let child = k < n ? words.get(input.words[k]) : undefined;
      while (child === undefined && k < n && input.skippable(k)) {
        k++;
        child = k < n ? words.get(input.words[k]) : undefined;
      }
      if (child) this.walk(child, input, from, k + 1, slot, out);
      if (child && input.skippable(k)) {
        let m = k + 1;
        while (m < n && input.skippable(m)) m++;
        const over = m < n && m > k + 1 ? words.get(input.words[m]) : undefined;
        if (over) this.walk(over, input, from, m + 1, slot, out);
      }
    }
    if (node.gap) {
      // (The gap covers [j, k); an amount counts as one word: "granted a loan of 30 billion yen to".)
      let length = 0;
      for (let k = j; k <= n; k++) {
        if (k > j) {
          if (input.barrier(k - 1)) break;
          if (!input.gapFree(k - 1)) length++;
          if (length > GAP_MAX) break;
        }
        this.walk(node.gap, input, from, k, slot, out);
      }
    }
    if (node.slot) {
      // (A slot of dates and adverbs alone holds no one: "held a call on Thursday to review …" calls on no one.)
      let held = false;
      for (let k = j + 1; k <= Math.min(n, j + SLOT_MAX); k++) {
        if (input.barrier(k - 1)) break;
        held ||= !input.skippable(k - 1);
        if (held) this.walk(node.slot, input, from, k, slot ?? [j, k], out);
      }
    }
  }
}
