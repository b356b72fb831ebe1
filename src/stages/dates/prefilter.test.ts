// The parser pre-checks (parsers/prefilter.ts) only skip work: chrono with them finds exactly what it finds
// without them, and the parsers they name still exist in chrono's casual configuration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { PREFILTERED_PARSERS, withPrefilter } from './parsers/prefilter.ts';

const SENTENCES = [
  'The two navies held a similar drill three weeks ago off Mindanao.',
  'Talks resume two days later in Nairobi, a spokesman said.',
  'The Kenyan minister travelled to Addis Ababa on March 3, 2024.',
  'Officials met on 3 March in Lusaka and again on Thursday.',
  'Delegates will meet at the weekend and sign the accord next Monday.',
  'Trade rose in May 2023, the ministry said; exports may rise again in 2024-Jun.',
  'The accord was initialled in 2019 March.',
  'Farmers march on the capital, and talks may follow.',
  'Nothing here names a day at all, only troops and ministers.',
  'The summit took place in Sept. 2022, well before the elections.',
];

const describe = (rs: chrono.ParsedResult[]) => rs.map((r) => `${r.index}|${r.text}|${r.start.date().toISOString()}`);

test('every pre-checked parser exists in chrono casual', () => {
  const names = new Set(chrono.casual.parsers.map((p) => p.constructor.name));
  for (const name of PREFILTERED_PARSERS) assert.ok(names.has(name), name);
});

test('chrono with pre-checks finds what it finds without them', () => {
  const wrapped = chrono.casual.clone();
  wrapped.parsers = wrapped.parsers.map(withPrefilter);
  const ref = { instant: new Date('2024-04-09T12:00:00Z'), timezone: 0 };
  for (const s of SENTENCES) {
    const plain = describe(chrono.casual.parse(s, ref, { forwardDate: false }));
    assert.deepEqual(describe(wrapped.parse(s, ref, { forwardDate: false })), plain, s);
  }
});

test('a parser is skipped on a sentence without its word, and kept with it', () => {
  const weekday = chrono.casual.parsers.find((p) => p.constructor.name === 'ENWeekdayParser')!;
  const context = (text: string) => ({ text }) as chrono.ParsingContext;
  const wrapped = withPrefilter(weekday);
  assert.equal(wrapped.pattern(context('No day is named here.')).exec('No day is named here.'), null);
  assert.equal(wrapped.pattern(context('They met on Monday.')), weekday.pattern(context('They met on Monday.')));
});
