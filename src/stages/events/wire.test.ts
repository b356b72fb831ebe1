// Table tests for long wire-copy sentences (the kinds of misses found with test/sentences-dev4): the first event's
// type, actor and recipient countries; `type: null` rows must give no event, and `not` rows must not put that type
// first. The sentences are the team's own, not those of any suite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSentenceCoder } from '../../services/code.ts';

const coder = createSentenceCoder();

interface Row {
  text: string;
  /** The first event's type; null: no event at all. */
  type: string | null;
  actor?: string[];
  recipient?: string[];
  /** NEGATIVE rows: the first event, if any, must not be of this type. */
  not?: string;
}

const codes = (xs: { code: string }[]) => xs.map((x) => x.code).sort();

const ROWS: Row[] = [
  // A Commonwealth envoy summoned is a high commissioner; NEGATIVE: a police commissioner summoned by lawmakers is no
  // diplomatic protest.
  { text: "Kenya summoned Uganda's acting high commissioner in Nairobi on Tuesday over the arrest of two Kenyan activists.", type: 'ACCUSE', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Kenyan lawmakers summoned the police commissioner on Monday to testify about the deaths in custody.', type: null },
  // "Defence chiefs", "military chiefs" name their countries' forces, so coordinated adjectives both count.
  { text: 'Australian and Indian defence chiefs signed a logistics agreement in Canberra on Friday, officials said.', type: 'SUPPORT', actor: ['AUS', 'IND'], recipient: [] },
];

for (const row of ROWS) {
  test(`wire copy: "${row.text}"`, () => {
    const events = coder.code(row.text, '2024-05-16');
    if (row.type === null) {
      assert.deepEqual(events.map((e) => e.event[0]), []);
      return;
    }
    if (row.not) {
      if (events.length > 0) assert.notEqual(events[0].event[0], row.not);
      return;
    }
    assert.ok(events.length > 0, 'no event');
    const e = events[0];
    assert.equal(e.event[0], row.type);
    if (row.actor) assert.deepEqual(codes(e.actor), [...row.actor].sort(), 'actor');
    if (row.recipient) assert.deepEqual(codes(e.recipient), [...row.recipient].sort(), 'recipient');
  });
}
