// The plural forms of titles the people lexicon adds ("Foreign Ministers A and B").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pluralTitle, spellingVariants } from './people.ts';

const CASES: [string, string | null][] = [
  ['Foreign Minister', 'Foreign Ministers'],
  ['Minister of Foreign Affairs', 'Ministers of Foreign Affairs'],
  ['Deputy Secretary', 'Deputy Secretaries'],
  ['Chief of Staff', 'Chiefs of Staff'],
  ['chief negotiator', 'chief negotiators'],
  ['Ambassador to', 'Ambassadors to'],
  ['fisherman', 'fishermen'],
  ['Foreign Ministry spokeswoman', 'Foreign Ministry spokeswomen'],
  // NEGATIVE: abbreviations, hyphenated heads and plural words get no plural.
  ['PM', null],
  ['Sen.', null],
  ['Ambassador-at-large', null],
  ['Justices', null],
];

for (const [title, plural] of CASES) {
  test(`people lexicon: the plural of "${title}" is ${plural === null ? 'none' : `"${plural}"`}`, () => {
    assert.equal(pluralTitle(title), plural);
  });
}

const VARIANTS: [string, string[]][] = [
  // (And the Arabic article as "al-", "Al-" or "Al ".)
  ['Abdel Fattah al-Sisi', ['Abdel Fattah al-Sisi', 'Abdel-Fattah al-Sisi', 'Abdel Fattah Al-Sisi', 'Abdel Fattah Al Sisi', 'Abdel-Fattah Al-Sisi', 'Abdel-Fattah Al Sisi']],
  ['Abdul-Malik al-Houthi', ['Abdul-Malik al-Houthi', 'Abdul Malik al-Houthi', 'Abdul-Malik Al-Houthi', 'Abdul-Malik Al Houthi', 'Abdul Malik Al-Houthi', 'Abdul Malik Al Houthi']],
  ['Ahmed Al Sharaa', ['Ahmed Al Sharaa', 'Ahmed al-Sharaa', 'Ahmed Al-Sharaa']],
  ['Abdel Fattah el-Sisi', ['Abdel Fattah el-Sisi', 'Abdel-Fattah el-Sisi', 'Abdel Fattah El-Sisi', 'Abdel Fattah El Sisi', 'Abdel-Fattah El-Sisi', 'Abdel-Fattah El Sisi']],
  // NEGATIVE: "Al" as a given name, not after another name.
  ['Al Gore', ['Al Gore']],
  ['Abu Bakr Ahmed', ['Abu Bakr Ahmed', 'Abu-Bakr Ahmed']],
  // NEGATIVE: no Arabic compound, or the prefix inside a longer word or before a lower-case word.
  ['Kim Jong Un', ['Kim Jong Un']],
  ['Abdelmadjid Tebboune', ['Abdelmadjid Tebboune']],
  ['Abdullah bin Zayed', ['Abdullah bin Zayed']],
];

for (const [name, variants] of VARIANTS) {
  test(`people lexicon: "${name}" is also written ${variants.slice(1).map((v) => `"${v}"`).join(', ') || 'no other way'}`, () => {
    assert.deepEqual(spellingVariants(name), variants);
  });
}
