// Table tests for the cue pattern syntax and the token trie: what each pattern matches, and must not match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CueTrie, parsePattern, type TrieInput } from './cue-trie.ts';
import { allVerbForms } from './verb-forms.ts';

const IRREGULAR = new Map([['meet', { past: 'met', participle: 'met' }], ['pay', { past: 'paid', participle: 'paid' }], ['hold', { past: 'held', participle: 'held' }]]);

function input(sentence: string, skippable: string[] = []): TrieInput {
  const words = sentence.toLowerCase().split(' ');
  return { words, skippable: (i) => skippable.includes(words[i]), barrier: (i) => /^[,.;:]$/.test(words[i]), gapFree: (i) => words[i] === 'billion' };
}

function matches(pattern: string, sentence: string, skippable: string[] = []): string[] {
  const trie = new CueTrie<string>();
  trie.add(parsePattern(pattern, IRREGULAR), pattern);
  const inp = input(sentence, skippable);
  return trie.matchAll(inp).map((m) => inp.words.slice(m.from, m.to).join(' '));
}

// [pattern, sentence, expected matched words ('' = no match)]
const TABLE: [string, string, string][] = [
  ['{meet} with', 'the minister met with her counterpart', 'met with'],
  ['{meet} with', 'officials are meeting with envoys', 'meeting with'],
  ['{meet} with', 'the plan meets with approval', 'meets with'],
  ['{pay} ... visit to', 'he paid a two-day state visit to hanoi', 'paid a two-day state visit to'],
  ['{pay} ... visit to', 'he paid a long and very friendly state visit to hanoi', ''],
  ['{pay} ... visit to', 'she paid tribute , then a visit to rome', ''],
  ['{accuse} <X> of', 'china accused the philippines of ramming', 'accused the philippines of'],
  ['{accuse} <X> of', 'china accused of ramming', ''],
  ['lodged|filed a|an? protest', 'vietnam lodged a protest over', 'lodged a protest'],
  ['lodged|filed a|an? protest', 'vietnam filed protest papers', 'filed protest'],
  ['{hold} talks with', 'they held talks on monday with kenya', 'held talks on monday with'],
  ['{hold} talks with', 'they held talks about trade with kenya', ''],
  ['{grant} ... to', 'japan granted a loan of 30 billion to manila', 'granted a loan of 30 billion to'],
  ['{grant} ... to', 'japan granted a loan of 30 thousand to manila', ''],
];

for (const [pattern, sentence, want] of TABLE) {
  test(`pattern "${pattern}" on "${sentence}" → ${want || 'no match'}`, () => {
    const got = matches(pattern, sentence, ['on', 'monday']);
    if (want) assert.ok(got.includes(want), `got ${JSON.stringify(got)}`);
    else assert.deepEqual(got, []);
  });
}

test('a slot reports its token range', () => {
  const trie = new CueTrie<string>();
  trie.add(parsePattern('{urge} <X> to', IRREGULAR), 'urge');
  const m = trie.matchAll(input('seoul urged pyongyang to return'))[0];
  assert.deepEqual(m.slot, [2, 3]);
});

test('a compacted trie matches what it matched before, and refuses new patterns', () => {
  const patterns = ['{meet} with', '{hold} talks with', '{pay} ... visit to', '{accuse} <X> of', 'met at', 'lodged|filed a|an? protest'];
  const build = (compact: boolean) => {
    const trie = new CueTrie<string>();
    for (const p of patterns) trie.add(parsePattern(p, IRREGULAR), p);
    if (compact) trie.compact();
    return trie;
  };
  const [plain, compacted] = [build(false), build(true)];
  const sentences = ['the minister met with her counterpart and met at noon', 'officials meeting at the hall', 'they held talks on monday with kenya',
    'he paid a two-day state visit to hanoi', 'china accused the philippines of ramming', 'vietnam filed protest papers', 'she meets at home'];
  for (const sentence of sentences) {
    const inp = input(sentence, ['on', 'monday']);
    assert.deepEqual(compacted.matchAll(inp), plain.matchAll(inp), sentence);
  }
  // "met" and "meets" share the node after them once compacted: "met at" must not reach "meets at".
  assert.deepEqual(compacted.matchAll(input('she meets at home')), []);
  assert.throws(() => compacted.add(parsePattern('{meet} in', IRREGULAR), 'x'));
});

const BAD: string[] = ['... visit', 'visit ...', '<X> to', 'urge <X>', 'visit? to', 'meet {with', 'talks (with)'];
for (const pattern of BAD) {
  test(`malformed pattern "${pattern}" is refused with its text in the message`, () => {
    assert.throws(() => parsePattern(pattern, IRREGULAR), (err: Error) => err.message.includes(pattern));
  });
}

// [verb, forms that must be produced]
const FORMS: [string, string[]][] = [
  ['meet', ['meet', 'meets', 'met', 'meeting']],
  ['ram', ['rams', 'rammed', 'ramming']],
  ['visit', ['visits', 'visited', 'visiting']],
  ['rally', ['rallies', 'rallied', 'rallying']],
  ['seize', ['seizes', 'seized', 'seizing']],
  ['travel', ['travels', 'traveled', 'travelled', 'traveling', 'travelling']],
  ['free', ['frees', 'freed', 'freeing']],
  ['push', ['pushes', 'pushed', 'pushing']],
  ['dial', ['dials', 'dialed', 'dialled', 'dialling']],
  ['fuel', ['fuelled', 'fuelling']],
  ['annul', ['annulled', 'annulling']],
];

test('NEGATIVE: verbs in -eal and -ail are not doubled ("appealled", "sailled")', () => {
  for (const verb of ['appeal', 'reveal', 'sail']) assert.ok(!allVerbForms(verb, IRREGULAR).includes(`${verb}led`), verb);
});
for (const [verb, want] of FORMS) {
  test(`verb forms of "${verb}"`, () => {
    const got = allVerbForms(verb, IRREGULAR);
    for (const f of want) assert.ok(got.includes(f), `${f} missing from ${got.join(' ')}`);
    assert.ok(!got.includes(`${verb}ed`) || verb !== 'meet');
  });
}
