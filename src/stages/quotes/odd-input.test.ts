// The quotes, proposals and figures stages on odd input: they must return, not throw, and keep offsets valid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../../lexicon/index.ts';
import { findFigures } from '../figures/index.ts';
import { findProposals } from '../proposals/index.ts';
import { findQuotes } from './index.ts';
import { testDoc } from './test-doc.ts';

const lexicon = loadLexicon();

const ODD: [string, string][] = [
  ['empty text', ''],
  ['only quotation marks', '"""" “”“ ‘’ "'],
  ['an unclosed quote at the very end', 'Ruto said: "'],
  ['a closing mark first', '” he said, "and then'],
  ['numbers too large for a double', `Trade reached $${'9'.repeat(400)} billion in 2024.`],
  ['ordinals with nothing after them', 'First,\nSecond,\nThird,'],
  ['a bullet with no words', '•\n• \n-'],
  ['currency symbols alone', '$ € £ ¥ ₹ US$ VND RMB'],
  ['control characters', 'Trade\u0000 rose 5%\u0007 "ok," he said\u001b.'],
  ['a very long line of digits and percent signs', '1% '.repeat(2000)],
];

for (const [name, text] of ODD) {
  test(`quotes, proposals, figures: ${name}`, () => {
    const doc = testDoc(text, [{ id: 'ruto', name: 'William Ruto', country: 'KEN', aliases: ['Ruto'] }]);
    const items = [...findQuotes(doc, lexicon), ...findProposals(doc, lexicon), ...findFigures(doc, lexicon)];
    for (const item of items) {
      assert.ok(item.start >= 0 && item.end <= text.length && item.start <= item.end, `offsets of ${JSON.stringify(item)}`);
    }
    for (const f of findFigures(doc, lexicon)) assert.ok(Number.isFinite(f.value), `finite value for ${f.text}`);
  });
}
