// The events stage on a hand-built Doc: it reads only the Doc contract (sentences, dates, mentions, people),
// so it is tested here without any other stage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Doc } from '../../core/doc.ts';
import { loadLexicon } from '../../lexicon/index.ts';
import { createEventsStage } from './index.ts';

const lexicon = loadLexicon();

/** A Doc over `text` whose mentions are given as [surface text, …] and found by position in the text. */
function handBuilt(text: string, published: string): Doc {
  const doc = createDoc({ text, published, id: 'hand' });
  doc.sentences = [];
  for (const m of text.matchAll(/[^.]+\./g)) {
    const s = m.index + (m[0].length - m[0].trimStart().length);
    doc.sentences.push({ start: s, end: m.index + m[0].length, index: doc.sentences.length, paragraph: 0 });
  }
  return doc;
}

function at(doc: Doc, surface: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = doc.text.indexOf(surface, i + 1);
  if (i < 0) throw new Error(`"${surface}" not in the test text`);
  return { start: i, end: i + surface.length };
}

test('a meeting in the host capital: the visitor from elsewhere is actor, the host recipient, on the stated day', () => {
  const doc = handBuilt('Foreign Minister Ana Lopes met Minister Kofi Mensah in Accra on Monday.', '2024-03-06');
  doc.people = [
    { id: 'p1', name: 'Ana Lopes', country: 'PRT', offices: ['Foreign Minister'], aliases: [], mentions: [] },
    { id: 'p2', name: 'Kofi Mensah', country: 'GHA', offices: ['Minister'], aliases: [], mentions: [] },
  ];
  doc.personMentions = [
    { ...at(doc, 'Ana Lopes'), personId: 'p1', text: 'Ana Lopes', rule: 'test' },
    { ...at(doc, 'Kofi Mensah'), personId: 'p2', text: 'Kofi Mensah', rule: 'test' },
  ];
  doc.countryMentions = [{ ...at(doc, 'Accra'), code: 'GHA', kind: 'capital', rule: 'test' }];
  doc.placeMentions = [{ ...at(doc, 'Accra'), name: 'Accra', country: 'GHA', kind: 'capital', rule: 'test' }];
  doc.dates = [{ ...at(doc, 'on Monday'), text: 'on Monday', value: '2024-03-04', future: false, rule: 'test' }];
  createEventsStage('article').run(doc, lexicon);

  assert.equal(doc.events.length, 1);
  const e = doc.events[0];
  assert.deepEqual(e.event, ['CONSULT']);
  assert.deepEqual(e.mode, ['visit']);
  assert.equal(e.date, '2024-03-04');
  assert.deepEqual(e.actor.map((x) => x.identifier_text), ['Ana Lopes']);
  assert.deepEqual(e.recipient.map((x) => x.identifier_text), ['Kofi Mensah']);
  assert.equal(e.actor[0].office, 'Foreign Minister');
  assert.equal(e.actor[0].sector, 'GOV');
  assert.deepEqual(e.event_loc, { name: 'Accra', country: 'GHA' });
  assert.equal(doc.text.slice(e.text_info.start, e.text_info.end), 'met');
  assert.equal(e.rule, 'events.consult.meet-direct');
});

test('without mentions there is no party and so no event', () => {
  const doc = handBuilt('Foreign Minister Ana Lopes met Minister Kofi Mensah in Accra on Monday.', '2024-03-06');
  createEventsStage('article').run(doc, lexicon);
  assert.deepEqual(doc.events, []);
});

test('a visit to a country without a date of its own takes the month of publication', () => {
  const doc = handBuilt('Foreign Minister Ana Lopes is on an official visit to Ghana.', '2024-03-06');
  doc.people = [{ id: 'p1', name: 'Ana Lopes', country: 'PRT', offices: ['Foreign Minister'], aliases: [], mentions: [] }];
  doc.personMentions = [{ ...at(doc, 'Ana Lopes'), personId: 'p1', text: 'Ana Lopes', rule: 'test' }];
  doc.countryMentions = [{ ...at(doc, 'Ghana'), code: 'GHA', kind: 'name', rule: 'test' }];
  createEventsStage('article').run(doc, lexicon);
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0].date, '2024-03');
  assert.deepEqual(doc.events[0].recipient.map((x) => x.code), ['GHA']);
  assert.equal(doc.events[0].event_loc, null);
});
