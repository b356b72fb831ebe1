// The phrase trie: longest match at a token, names in capitals, case-insensitive tries, and the start bits
// that turn most tokens away before the root map is looked at (they must never turn away a phrase's start).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseTrie } from './phrase-trie.ts';
import { tokenize } from './tokens.ts';

const at = (trie: PhraseTrie<string>, text: string, i = 0) => {
  const m = trie.matchAt(tokenize(text), i);
  return m && { to: m.to, values: m.values };
};

test('the longest phrase at a token, in the case written or in capitals', () => {
  const trie = new PhraseTrie<string>();
  for (const p of ['Kuala Lumpur', 'Kuala', 'Kuwait', 'Ku', 'K', 'Đà Nẵng', 'al-Sisi', 'the Hague', '7th Fleet']) trie.add(p, p);
  assert.deepEqual(at(trie, 'Kuala Lumpur said'), { to: 2, values: ['Kuala Lumpur'] });
  assert.deepEqual(at(trie, 'KUALA LUMPUR, Dec. 13'), { to: 2, values: ['Kuala Lumpur'] });
  assert.deepEqual(at(trie, 'Kuala Terengganu'), { to: 1, values: ['Kuala'] });
  assert.deepEqual(at(trie, 'Ku and K'), { to: 1, values: ['Ku'] });
  assert.deepEqual(at(trie, 'Ku and K', 2), { to: 3, values: ['K'] });
  assert.deepEqual(at(trie, 'in Đà Nẵng', 1), { to: 3, values: ['Đà Nẵng'] });
  assert.deepEqual(at(trie, 'Mr al-Sisi', 1), { to: 4, values: ['al-Sisi'] });
  assert.deepEqual(at(trie, 'to the Hague', 1), { to: 3, values: ['the Hague'] });
  assert.deepEqual(at(trie, 'the 7th Fleet', 1), { to: 3, values: ['7th Fleet'] });
  // Tokens that share a phrase's first letters, or its first token's start, but start no phrase.
  for (const text of ['Kuwaiti', 'kuala', 'Kubrick', 'KU', 'Ka', 'k', 'the', 'Dan', 'al', '7', '']) assert.equal(at(trie, text), null, text);
  assert.equal(trie.matchAt(tokenize('Kuala'), 1), null);
});

test('a case-insensitive trie matches any case', () => {
  const trie = new PhraseTrie<string>(true);
  for (const p of ['Foreign Minister', 'prime minister', 'PM']) trie.add(p, p);
  assert.deepEqual(at(trie, 'FOREIGN MINISTER Wang'), { to: 2, values: ['Foreign Minister'] });
  assert.deepEqual(at(trie, 'Prime Minister Albanese'), { to: 2, values: ['prime minister'] });
  assert.deepEqual(at(trie, 'pm'), { to: 1, values: ['PM'] });
  assert.equal(at(trie, 'foreigners'), null);
  assert.equal(at(trie, 'Primer'), null);
});
