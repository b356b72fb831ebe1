// The sticky figure patterns are tried only where lex.amountStart matches (scan in index.ts): that finds exactly
// what searching the whole text found only if every match of theirs starts there. Checked on odd edge cases and
// on every article and sentence suite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexicon } from '../../lexicon/index.ts';
import { readSentenceSuite } from '../../eval/sentences.ts';
import { RECOGNIZERS } from './recognizers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const lex = loadLexicon().figures;

const EDGE_CASES = [
  'Half a million tourists came, and HALF   A MILLION dollars.',
  'Twenty-five agreements, TWO THOUSAND troops, Two  billion dollars and a 1,340-kilometre border.',
  'It passed by 62 votes to 11 after 5 000 people and 12 were killed; 704 times in 2024, 4.8 per cent.',
  '(3 million euros) "five agreements" —two million Bangladeshis, 800km and 90 nautical miles.',
];

function texts(): string[] {
  const out = [...EDGE_CASES];
  const folders = [path.join(ROOT, '../shared/corpus/seeds'), path.join(ROOT, 'examples/corpus'), path.join(ROOT, 'test/articles-dev/corpus')];
  for (const dir of folders.filter((d) => existsSync(d))) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) out.push(readFileSync(path.join(dir, f), 'utf8'));
  }
  for (const suite of ['test/sentences/plover-sentences.jsonl', 'test/sentences-dev/dev.jsonl'].map((s) => path.join(ROOT, s))) {
    if (existsSync(suite)) out.push(...readSentenceSuite(suite).cases.map((c) => c.text));
  }
  return out;
}

test('every match of a sticky figure pattern starts where an amount may start', () => {
  const sticky = RECOGNIZERS.map((r) => [r.id, r.pattern(lex)] as const).filter(([, re]) => re.sticky);
  assert.ok(sticky.length > 0);
  let checked = 0;
  for (const text of texts()) {
    const starts = new Set([...text.matchAll(lex.amountStart)].map((m) => m.index));
    for (const [id, re] of sticky) {
      // The same pattern searched for over the whole text, from every character.
      const search = new RegExp(re.source, re.flags.replace('y', 'g'));
      for (let m = search.exec(text); m; m = search.exec(text)) {
        assert.ok(starts.has(m.index), `${id}: "${m[0]}" at ${m.index} starts where amountStart does not match`);
        checked++;
        search.lastIndex = m.index + 1;
      }
    }
  }
  assert.ok(checked > 100, `only ${checked} matches checked`);
});
