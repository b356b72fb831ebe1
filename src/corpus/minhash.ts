// Near-duplicate detection: MinHash signatures over word shingles of an article body, with LSH
// bands so that a new article is compared only with the few stored ones that share a band.

/** Words per shingle: long enough that two different articles on one topic rarely share many. */
export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 128;
/** 32 bands of 4 rows: a pair at 0.5 shares a band 87% of the time, at 0.6 98%, at 0.03 one in 40,000. */
export const BANDS = 32;
export const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
/**
 * Estimated Jaccard similarity of the bodies' shingles at or above which two articles are copies.
 * Independently written reports of one meeting share under 5% of their shingles; a reprint that
 * drops its last paragraphs still shares well over half.
 */
export const DUPLICATE_THRESHOLD = 0.5;

/** A 32-bit finaliser (murmur3 fmix32): turns one hash into an independent-looking one per seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

/** Lower-cased words of a text (letters and digits); punctuation and spacing do not matter. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a's state after `s`, continuing from `h`. */
function fnvUpdate(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

const SPACE = 32;

/**
 * Hashes of the overlapping runs of SHINGLE_WORDS words (a shorter text is one shingle): the FNV-1a
 * hash of the words joined by spaces, computed word by word without building the joined string.
 */
export function shingleHashes(list: string[]): Uint32Array {
  if (list.length === 0) return new Uint32Array(0);
  const n = Math.max(1, list.length - SHINGLE_WORDS + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = fnvUpdate(0x811c9dc5, list[i]);
    for (let j = i + 1; j < i + SHINGLE_WORDS && j < list.length; j++) h = fnvUpdate(Math.imul(h ^ SPACE, 0x01000193), list[j]);
    out[i] = h >>> 0;
  }
  return out;
}

/**
 * The MinHash signature of a text, or null when it has no words to compare. The minimum of each row
 * is kept in signed 32-bit integers with the top bit flipped, which orders them as the unsigned hashes
 * are ordered and keeps V8 in small-integer arithmetic (about twice as fast as comparing doubles).
 * Row by row, so that each row's minimum stays in a local variable (a sixth faster than updating a
 * table of minima shingle by shingle).
 */
export function signature(text: string): Uint32Array | null {
  const hashes = shingleHashes(words(text));
  if (hashes.length === 0) return null;
  const shingles = new Int32Array(hashes.buffer, hashes.byteOffset, hashes.length);
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const seed = SEED_BITS[i];
    let min = 0x7fffffff;
    for (let k = 0; k < shingles.length; k++) {
      const h = mixSigned(shingles[k], seed) ^ TOP_BIT;
      if (h < min) min = h;
    }
    sig[i] = (min ^ TOP_BIT) >>> 0;
  }
  return sig;
}

const TOP_BIT = -0x80000000;
/** The seeds as signed 32-bit integers (the same bits). */
const SEED_BITS = Int32Array.from(SEEDS, (x) => x | 0);

/** `mix` in signed 32-bit arithmetic: the same bits as mix(x, seed). */
function mixSigned(x: number, seed: number): number {
  let h = x ^ seed;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** One hash per band; two signatures that agree on every row of a band share that band's hash. */
export function bandHashes(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix(sig[b * ROWS_PER_BAND + r], h);
    // Signed 32-bit, so that SQLite stores it as a small integer.
    out.push(h | 0);
  }
  return out;
}

/** The estimated Jaccard similarity: the share of signature rows on which the two agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

export function toBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

/** The signature stored in a blob: a view of its bytes, or a copy when they are not 4-byte aligned. */
export function fromBlob(blob: Uint8Array): Uint32Array {
  if (blob.byteOffset % 4 === 0) return new Uint32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4);
  const copy = new Uint8Array(blob);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}

/**
 * The stored article a new one copies: the most similar candidate at or above the threshold (the
 * first of equals), else null. `signatureOf` gives a candidate's signature.
 */
export function closestCopy<T>(sig: Uint32Array, candidates: T[], signatureOf: (candidate: T) => Uint32Array): { copy: T; similarity: number } | null {
  let best: { copy: T; similarity: number } | null = null;
  for (const c of candidates) {
    const s = similarity(sig, signatureOf(c));
    if (s >= DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { copy: c, similarity: s };
  }
  return best;
}

/** The body of an article for comparison: from the end of the header, without captions and credits. */
export function comparableBody(text: string, bodyStart: number, excluded: { start: number; end: number }[]): string {
  const cuts = excluded.filter((x) => x.end > bodyStart).sort((a, b) => a.start - b.start);
  let out = '';
  let at = bodyStart;
  for (const x of cuts) {
    if (x.start > at) out += text.slice(at, x.start) + '\n';
    at = Math.max(at, x.end);
  }
  return out + text.slice(at);
}
