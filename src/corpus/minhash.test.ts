// Near-duplicate detection: copies under other headers or cut short are found; different reports
// of one event, and unrelated articles, are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandHashes, closestCopy, comparableBody, DUPLICATE_THRESHOLD, fromBlob, shingleHashes, signature, similarity, toBlob, words } from './minhash.ts';
import { KE_TZ_CALL, KE_TZ_HERALD, KE_TZ_LAKE, KE_TZ_MINISTERS, KE_TZ_REPRINT, MY_ID_FIRST, MY_ID_SECOND } from '../store/test-articles.ts';

const body = (text: string) => text.split('\n\n').slice(1).join('\n\n');
const sim = (a: string, b: string) => similarity(signature(a)!, signature(b)!);

const PAIRS: [name: string, a: string, b: string, copy: boolean][] = [
  ['the same body', body(KE_TZ_HERALD), body(KE_TZ_HERALD), true],
  ['a reprint without the last paragraph, with an editor line', body(KE_TZ_HERALD), body(KE_TZ_REPRINT), true],
  ['the same words in other spacing and case', body(KE_TZ_HERALD), body(KE_TZ_HERALD).toUpperCase().replace(/\n\n/g, '\n'), true],
  ['another outlet reporting the same meeting', body(KE_TZ_HERALD), body(KE_TZ_LAKE), false],
  ['the same speaker making proposals at two meetings', body(MY_ID_FIRST), body(MY_ID_SECOND), false],
  ['two meetings of the same dyad', body(KE_TZ_MINISTERS), body(KE_TZ_CALL), false],
];

for (const [name, a, b, copy] of PAIRS) {
  test(`minhash: ${name} ${copy ? 'is' : 'is not'} a copy`, () => {
    const s = sim(a, b);
    assert.equal(s >= DUPLICATE_THRESHOLD, copy, `similarity ${s}`);
    if (!copy) assert.ok(s < 0.2, `different articles stay far below the threshold (${s})`);
  });
}

test('minhash: a copy shares at least one LSH band, so the store finds it', () => {
  const a = bandHashes(signature(body(KE_TZ_HERALD))!);
  const b = bandHashes(signature(body(KE_TZ_REPRINT))!);
  assert.ok(a.some((h, i) => h === b[i]));
  assert.equal(a.length, 32);
  assert.ok(a.every((h) => Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31));
});

test('minhash: no words means no signature; a short text is one shingle', () => {
  assert.equal(signature(' — … \n '), null);
  assert.equal(shingleHashes(words('two words')).length, 1);
  assert.deepEqual(words('Standard-gauge, 2025!'), ['standard', 'gauge', '2025']);
});

test('minhash: signatures survive the round trip through a blob', () => {
  const sig = signature(KE_TZ_LAKE)!;
  assert.deepEqual(fromBlob(new Uint8Array(toBlob(sig))), sig);
  // A blob whose bytes do not start on a 4-byte boundary is copied, not viewed.
  const unaligned = new Uint8Array(toBlob(sig).byteLength + 1).subarray(1);
  unaligned.set(toBlob(sig));
  assert.deepEqual(fromBlob(unaligned), sig);
});

test('minhash: the closest copy above the threshold wins; nothing below it', () => {
  const sig = signature(body(KE_TZ_HERALD))!;
  const candidates = [KE_TZ_LAKE, KE_TZ_REPRINT, KE_TZ_HERALD].map((t, i) => ({ id: i, signature: signature(body(t))! }));
  assert.equal(closestCopy(sig, candidates, (c) => c.signature)?.copy.id, 2);
  assert.equal(closestCopy(sig, candidates.slice(0, 1), (c) => c.signature), null);
  // Of equally similar candidates, the first (the first stored) wins.
  const twice = [candidates[2], { ...candidates[2], id: 3 }];
  assert.equal(closestCopy(sig, twice, (c) => c.signature)?.copy.id, 2);
});

test('minhash: the comparable body leaves out the header and excluded spans', () => {
  const text = 'HEADLINE\n\nFirst paragraph here.\n\nPhoto: someone\n\nLast paragraph.';
  const start = text.indexOf('First');
  const photo = { start: text.indexOf('Photo'), end: text.indexOf('Photo') + 'Photo: someone'.length };
  const out = comparableBody(text, start, [photo]);
  assert.ok(!out.includes('HEADLINE') && !out.includes('Photo'));
  assert.deepEqual(words(out), ['first', 'paragraph', 'here', 'last', 'paragraph']);
});

test('minhash: signatures stay as stored ones were computed (FNV-1a of the joined words, murmur3-mixed per row)', () => {
  // Values computed by the first, string-joining implementation: a store keeps signatures across versions.
  const text = 'Ministers from Chile and Peru met in Lima on Tuesday to discuss fishing rights along their maritime border.';
  assert.deepEqual([...shingleHashes(words(text)).slice(0, 3)], [4165903569, 3232554523, 3651470540]);
  assert.deepEqual([...signature(text)!.slice(0, 6)], [347886764, 75022650, 8319087, 382677235, 262218890, 243568928]);
  // Rows whose minimum has the top bit set (hashes of 2^31 and more) come out unsigned.
  const sig = signature('a b')!;
  assert.ok(sig.every((x) => x >= 0 && x < 2 ** 32));
  assert.equal(shingleHashes(words('a b c d e f g')).length, 3);
});
