// Proposals: enumerated lists in our own sentences, with speaker, ordinal, headline and theme; and non-lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../../lexicon/index.ts';
import { testDoc, type TestPerson } from '../quotes/test-doc.ts';
import { findProposals } from './index.ts';

const lexicon = loadLexicon();

const LAVROV: TestPerson = { id: 'lavrov', name: 'Sergei Lavrov', country: 'RUS', offices: ['Foreign Minister'], aliases: ['Lavrov'] };
const FARAH: TestPerson = { id: 'farah', name: 'Amina Farah', country: 'KEN', offices: ['Trade Minister'], aliases: ['Farah'] };
const BALAKRISHNAN: TestPerson = { id: 'vb', name: 'Vivian Balakrishnan', country: 'SGP', offices: ['Foreign Minister'], aliases: ['Balakrishnan'] };
const RUTO: TestPerson = { id: 'ruto', name: 'William Ruto', country: 'KEN', offices: ['President'], aliases: ['Ruto'] };
const ALBANESE: TestPerson = { id: 'alba', name: 'Anthony Albanese', country: 'AUS', offices: ['Prime Minister'], aliases: ['Albanese'] };
const TINUBU: TestPerson = { id: 'tinubu', name: 'Bola Tinubu', country: 'NGA', offices: ['President'], aliases: ['Tinubu'] };

type Case = [name: string, text: string, people: TestPerson[], expected: [speaker: string | null, ordinal: number, text: string][]];

const CASES: Case[] = [
  ['ordinal paragraphs after "proposed three steps", with framing removed',
    'Lavrov proposed three steps to ease tensions with Ankara.\n\nFirst, resume direct flights between the two capitals.\n\n' +
    'The flights stopped two years ago, he said.\n\nSecond, it is necessary to reopen the consulates in both countries.\n\n' +
    'Third, expand grain and fertilizer trade.',
    [LAVROV],
    [['Sergei Lavrov', 1, 'resume direct flights between the two capitals'], ['Sergei Lavrov', 2, 'reopen the consulates in both countries'],
      ['Sergei Lavrov', 3, 'expand grain and fertilizer trade']]],
  ['"the following points:" and -ly ordinals inside one paragraph',
    'Farah then laid out the following points: Firstly, we should cut duplicate border checks. Secondly, the two sides should ' +
    'open a joint trade desk in Kampala. Lastly, let us publish tariff schedules online.',
    [FARAH],
    [['Amina Farah', 1, 'cut duplicate border checks'], ['Amina Farah', 2, 'open a joint trade desk in Kampala'],
      ['Amina Farah', 3, 'publish tariff schedules online']]],
  ['a numbered list',
    'Balakrishnan outlined the plan on Thursday:\n1. Deepen digital trade links. Officials will meet monthly.\n2) Expand green energy grids across the region.',
    [BALAKRISHNAN],
    [['Vivian Balakrishnan', 1, 'Deepen digital trade links'], ['Vivian Balakrishnan', 2, 'Expand green energy grids across the region']]],
  ['"proposed three things:" and a note "listing three demands:", each a series',
    'Ruto proposed three things: a ceasefire along the border, safe corridors for food, and a joint border commission. Farah handed over a note listing three demands: an end to the expulsions, consular access to the detained traders, and compensation for their goods.',
    [RUTO, FARAH],
    [['William Ruto', 1, 'a ceasefire along the border'], ['William Ruto', 2, 'safe corridors for food'], ['William Ruto', 3, 'a joint border commission'],
      ['Amina Farah', 1, 'an end to the expulsions'], ['Amina Farah', 2, 'consular access to the detained traders'], ['Amina Farah', 3, 'compensation for their goods']]],
  ['inline items numbered "1)", and the speaker is the subject of the verb that puts them forward, not a name after it',
    'Farah presented a three-point agenda on behalf of the government of President William Ruto: 1) a protocol for returning migrants; 2) free transit for cargo through Mombasa; and 3) the reopening of the railway.',
    [FARAH, RUTO],
    [['Amina Farah', 1, 'a protocol for returning migrants'], ['Amina Farah', 2, 'free transit for cargo through Mombasa'], ['Amina Farah', 3, 'the reopening of the railway']]],
  ['a list told in the words of another: the subject of the verb that puts it forward, after "said", not the teller',
    'Briefing reporters, Amina Farah said William Ruto had put three proposals to the Ugandan side: first, to lower tariffs on tea; second, to fund rail links to the port; and third, to train more nurses.',
    [FARAH, RUTO],
    [['William Ruto', 1, 'lower tariffs on tea'], ['William Ruto', 2, 'fund rail links to the port'], ['William Ruto', 3, 'train more nurses']]],
  ['NEGATIVE: no verb that puts the list forward after "said": the teller',
    'Briefing reporters, Amina Farah said the three proposals to the Ugandan side were simple: first, to lower tariffs on tea; second, to fund rail links to the port; and third, to train more nurses.',
    [FARAH, RUTO],
    [['Amina Farah', 1, 'lower tariffs on tea'], ['Amina Farah', 2, 'fund rail links to the port'], ['Amina Farah', 3, 'train more nurses']]],
  ['a counted series whose items are long ("three proposals:" with items of up to 25 words)',
    'Ruto said he had put three proposals to Museveni: the reopening of the border crossing, a joint fund financed by both treasuries to repair the roads that trucks use between Busia and the port of Mombasa, and an early deal on fishing rights.',
    [RUTO],
    [['William Ruto', 1, 'the reopening of the border crossing'], ['William Ruto', 2, 'a joint fund financed by both treasuries to repair the roads that trucks use between Busia and the port of Mombasa'], ['William Ruto', 3, 'an early deal on fishing rights']]],
  ['NEGATIVE: a series with no count whose items are long is no list of proposals',
    'Ruto proposed that both sides reopen the crossing, that a joint fund financed by both treasuries repair the roads that trucks use between Busia and the port of Mombasa, and that they agree on fishing.',
    [RUTO],
    []],
  ['an inline list after a colon, separated by semicolons',
    'Ruto put forward a three-point proposal: first, lower tariffs on tea; second, fund rail links to the port; and third, train more nurses.',
    [RUTO],
    [['William Ruto', 1, 'lower tariffs on tea'], ['William Ruto', 2, 'fund rail links to the port'], ['William Ruto', 3, 'train more nurses']]],
  ['a bullet list takes the latest subject as speaker',
    'Tinubu spoke about the new partnership with Ghana.\n• Harmonise customs rules at Seme.\n• Share power from the West African grid.',
    [TINUBU],
    [['Bola Tinubu', 1, 'Harmonise customs rules at Seme'], ['Bola Tinubu', 2, 'Share power from the West African grid']]],
  ['the headline stops at the first clause break',
    'Albanese made two proposals. First, a joint fund for reef science; it would start next year. Second, more student visas.',
    [ALBANESE],
    [['Anthony Albanese', 1, 'a joint fund for reef science'], ['Anthony Albanese', 2, 'more student visas']]],
  ['a short subject and modal are dropped, and so is a trailing "starting with" clause',
    'Albanese listed two priorities. First, Canberra will fund reef science, starting with a new lab in Cairns. ' +
    'Second, both countries should reopen the student exchange, which closed in 2020.',
    [ALBANESE],
    [['Anthony Albanese', 1, 'fund reef science'], ['Anthony Albanese', 2, 'reopen the student exchange']]],
  ['short numbered items without full stops are still a list',
    'Ruto set out his priorities:\n\n1. Tea exports\n\n2. Rail links to the port\n\n3. Nurse training',
    [RUTO],
    [['William Ruto', 1, 'Tea exports'], ['William Ruto', 2, 'Rail links to the port'], ['William Ruto', 3, 'Nurse training']]],
  ['ordinals inside a quotation: the speaker of the sentence before',
    'Albanese said Canberra would bring three ideas to the talks. "First, a reef science fund. Second, more student visas. ' +
    'Third, a hotline between the coast guards," he said.',
    [ALBANESE],
    [['Anthony Albanese', 1, 'a reef science fund'], ['Anthony Albanese', 2, 'more student visas'],
      ['Anthony Albanese', 3, 'a hotline between the coast guards']]],
  ['a counted series after "--": the speaker of the list verb, not of "told"',
    'A spokesman told reporters that Ruto had suggested three areas for cooperation -- tea exports, rail links to the port, and nurse training -- at the talks.',
    [RUTO],
    [['William Ruto', 1, 'tea exports'], ['William Ruto', 2, 'rail links to the port'], ['William Ruto', 3, 'nurse training']]],
  ['a counted series after ", namely", with "A, B and C" and no final comma',
    'Farah proposed that the two countries work together in three fields, namely cutting customs delays, building cold storage and training inspectors.',
    [FARAH],
    [['Amina Farah', 1, 'cutting customs delays'], ['Amina Farah', 2, 'building cold storage'], ['Amina Farah', 3, 'training inspectors']]],
  ['"proposed that both countries A, B, and C": a series of actions',
    'Tinubu proposed that both countries open consulates in Kano and Durban, share data on migrant workers, and hold trade fairs every year.',
    [TINUBU],
    [['Bola Tinubu', 1, 'open consulates in Kano and Durban'], ['Bola Tinubu', 2, 'share data on migrant workers'],
      ['Bola Tinubu', 3, 'hold trade fairs every year']]],
  ['a short item keeps its examples; a long one is cut before them',
    'Ruto put forward a two-point proposal: first, build supply chains in manufacturing, including fertiliser; and second, strengthen ' +
    'coordination at the United Nations and in the African Union on every matter of shared concern, including within regional blocs.',
    [RUTO],
    [['William Ruto', 1, 'build supply chains in manufacturing, including fertiliser'],
      ['William Ruto', 2, 'strengthen coordination at the United Nations and in the African Union on every matter of shared concern']]],
  ['", when" ends the headline',
    'Farah listed two priorities. First, special rules for dry seasons, when the river runs low. Second, a joint dispute panel.',
    [FARAH],
    [['Amina Farah', 1, 'special rules for dry seasons'], ['Amina Farah', 2, 'a joint dispute panel']]],
  ['"the first is …; the second is …" in one sentence',
    'Albanese offered three ideas of his own. The first is a reef science fund; the second is a student visa scheme; the third is a coast guard hotline.',
    [ALBANESE],
    [['Anthony Albanese', 1, 'a reef science fund'], ['Anthony Albanese', 2, 'a student visa scheme'], ['Anthony Albanese', 3, 'a coast guard hotline']]],
  ['"The first step is to …" in sentences of their own',
    'Farah described the plan to traders. The first step is to scan every truck once. The second step is to publish waiting times online.',
    [FARAH],
    [['Amina Farah', 1, 'scan every truck once'], ['Amina Farah', 2, 'publish waiting times online']]],
  ['numbers in brackets inside one sentence, and the attribution after the last item left out',
    'Farah said Kenya wants to (1) cut tea tariffs, (2) open a consulate in Kisumu and (3) double flights to Entebbe, Farah said.',
    [FARAH],
    [['Amina Farah', 1, 'cut tea tariffs'], ['Amina Farah', 2, 'open a consulate in Kisumu'], ['Amina Farah', 3, 'double flights to Entebbe']]],
  ['the attribution after an ordinal item is not part of it',
    'Ruto listed two steps. First, open the rail link. Second, cut port fees by half, Ruto told reporters.',
    [RUTO],
    [['William Ruto', 1, 'open the rail link'], ['William Ruto', 2, 'cut port fees by half']]],
  ['an inline list opened after a comma ("would, first, …; second, …")',
    'Ruto said the two countries would, first, finish the border survey by 2027; second, open a joint customs post; and third, link their power grids.',
    [RUTO],
    [['William Ruto', 1, 'finish the border survey by 2027'], ['William Ruto', 2, 'open a joint customs post'], ['William Ruto', 3, 'link their power grids']]],
  ['the reporting words of a narrated item are no part of it ("Secondly, he called for …")',
    'Ruto made three proposals. Firstly, he called for joint patrols on Lake Victoria. Secondly, he proposed that both sides share fisheries data. ' +
    'Thirdly, he urged closer coordination within the African Union.',
    [RUTO],
    [['William Ruto', 1, 'joint patrols on Lake Victoria'], ['William Ruto', 2, 'both sides share fisheries data'],
      ['William Ruto', 3, 'closer coordination within the African Union']]],
  // Negative cases: ordinary uses of "first" and lone ordinals.
  ['NEG a lone ", first," aside is not a list',
    'Ruto, first, thanked his host, and then spoke about trade with Uganda.', [RUTO], []],
  ['NEG ", first," and ", second," asides in two sentences are not an inline list',
    'The talks, first, covered trade. The visit, second in a month, ended on Friday.', [RUTO], []],
  ['a counted series whose list noun has a longer tail ("four proposals for the coming year:")',
    'Ruto put forward four proposals for the coming year: to open a joint seed bank; to double flights to Mombasa; to train customs officers together; and to hold a trade fair in 2026.',
    [RUTO],
    [['William Ruto', 1, 'open a joint seed bank'], ['William Ruto', 2, 'double flights to Mombasa'], ['William Ruto', 3, 'train customs officers together'], ['William Ruto', 4, 'hold a trade fair in 2026']]],
  ['NEG a count far from the separator is not the count of the series after it',
    'Ruto put forward four proposals at the summit that ended on Monday in the coastal city of Mombasa after long talks: trade, roads, ports, and visas.', [RUTO], []],
  ['NEG a counted series whose count does not match is not a list',
    'Ruto suggested three areas: tea exports and rail links.', [RUTO], []],
  ['NEG a counted series with no verb that puts a list forward',
    'The two sides signed deals in three areas: trade, energy, and tourism.', [RUTO], []],
  ['NEG "proposed that both sides" with a list of nouns is one proposal, not a series',
    'Farah proposed that both sides expand trade in tea, coffee, and flowers.', [FARAH], []],
  ['NEG "proposed that both sides" without a final ", and" is not a series',
    'Tinubu proposed that both countries open consulates in Kano and Durban, share data on migrant workers and hold fairs.', [TINUBU], []],
  ['NEG numbered section headings of a readout are not items',
    'Ruto met Albanese in Canberra.\n\n1. Opening remarks\n\nRuto thanked his host for the welcome.\n\n2. Bilateral relations\n\n' +
    'Albanese spoke about trade.\n\n3. Documents\n\nSix documents were signed.',
    [RUTO, ALBANESE], []],
  ['NEG numbered paragraphs that report what was said or done are not items',
    'Ruto met Albanese in Canberra.\n\n(1) The two leaders agreed to hold talks every year.\n\n(2) President Ruto stated that Kenya welcomes investment.\n\n' +
    '(3) They also confirmed their cooperation at the United Nations.',
    [RUTO, ALBANESE], []],
  ['NEG "first visit" and "first round" are not items',
    'It was his first visit to Nairobi. The first round of talks ended on Friday, and the second round opens in May.', [RUTO], []],
  ['NEG a lone "First," is not a list', 'First, the delegation toured a solar plant outside Mombasa. Then it flew home.', [RUTO], []],
  ['NEG a list that does not start at one', 'Second, the ministers agreed to meet again. Third, they left.', [RUTO], []],
  ['NEG "the first … was" tells of past events, not a list',
    'The first summit was held in Nairobi. The second was held in Canberra in 2023.', [RUTO], []],
  ['NEG a lone "the first is"', 'Two questions remain. The first is whether the port deal survives.', [RUTO], []],
  ['NEG clause numbers of a treaty are not inline items', 'Under Article 5(1) and Article 5(2) of the pact, Kenya may object.', [RUTO], []],
  ['NEG numbers in prose are not a numbered list', 'The 2024 session closed early.\n2025 will be busier, Ruto said.', [RUTO], []],
  ['"One is to …", "Another is to …", "A third is to …"',
    'Tinubu made three offers to Accra. One is to waive visas for students. Another is to pool grain reserves. A third is to share radar data over the gulf.',
    [TINUBU],
    [['Bola Tinubu', 1, 'waive visas for students'], ['Bola Tinubu', 2, 'pool grain reserves'], ['Bola Tinubu', 3, 'share radar data over the gulf']]],
  ['a counted "N-point plan:" with items held apart by semicolons, commas inside them',
    'Albanese set out a three-point plan: funding the port at Suva, the Fijian capital; training coast guards; and opening a fisheries office.',
    [ALBANESE],
    [['Anthony Albanese', 1, 'funding the port at Suva, the Fijian capital'], ['Anthony Albanese', 2, 'training coast guards'], ['Anthony Albanese', 3, 'opening a fisheries office']]],
  ['NEG "one is … another is …" describing people is no list',
    'Two envoys arrived in Abuja. One is a former general. Another is a banker, Tinubu said.', [TINUBU], []],
  ['NEG "One," opening a sentence is no ordinal', 'One, perhaps two, ministers will attend. Another, Tinubu said, will stay home.', [TINUBU], []],
  ['a first item told inside its sentence ("will first …", "Under the plan, first, …") before "Second, …"',
    'Ruto and Albanese agreed on a plan. The two sides will first cut port fees by June. Second, they will open a joint trade desk. ' +
    'Finally, they will review progress every six months.',
    [RUTO, ALBANESE],
    [['William Ruto', 1, 'cut port fees by June'], ['William Ruto', 2, 'open a joint trade desk'], ['William Ruto', 3, 'review progress every six months']]],
  ['an opening phrase before "first,"',
    'Ruto set out a plan. Under the plan, first, the two countries will cut port fees. Second, they will train customs officers.',
    [RUTO],
    [['William Ruto', 1, 'cut port fees'], ['William Ruto', 2, 'train customs officers']]],
  ['NEG three things named with no verb that puts them forward are no list',
    'Three things stood out at the border: the heat, the dust, and the long queues of trucks.', [RUTO], []],
  ['NEG "will first" with no "Second" after it is no list',
    'Ruto will first travel to Mombasa. He will then fly to Canberra.', [RUTO], []],
];

for (const [name, text, people, expected] of CASES) {
  test(`proposals: ${name}`, () => {
    const doc = testDoc(text, people);
    const proposals = findProposals(doc, lexicon);
    assert.deepEqual(proposals.map((p) => [p.speaker, p.ordinal, p.text]), expected);
    for (const p of proposals) {
      assert.equal(text.slice(p.start, p.end), p.text, 'evidence offsets');
      assert.match(p.rule, /^proposals\./);
    }
  });
}

const THEMES: [headline: string, theme: string | null][] = [
  ['deepen strategic mutual trust through high-level exchanges', 'political trust'],
  ['strengthen defence and law enforcement cooperation', 'security'],
  ['boost trade, investment and infrastructure connectivity', 'practical cooperation'],
  ['expand tourism, youth and cultural exchanges', 'people-to-people'],
  ['coordinate closely at the United Nations and in multilateral forums', 'multilateral coordination'],
  ['handle maritime disputes through dialogue', 'maritime issues'],
  ['meet again soon', null],
];

test('proposals: themes from data/speech/themes.yaml', () => {
  const text = THEMES.map(([h], i) => `${['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh'][i]}, ${h}.`).join('\n\n');
  const proposals = findProposals(testDoc(text, []), lexicon);
  assert.deepEqual(proposals.map((p) => [p.text, p.theme]), THEMES);
});

test('proposals: the theme falls back to the item\'s elaboration when the headline has no keyword', () => {
  const text = 'First, stand together.\n\nThe navies will hold joint security drills.\n\nSecond, grow together.\n\nTariffs on trade will fall.';
  assert.deepEqual(findProposals(testDoc(text, []), lexicon).map((p) => p.theme), ['security', 'practical cooperation']);
});

test('proposals: a list of documents signed is no list of proposals; NEGATIVE: proposals announced after a signing are', () => {
  const signed = 'Kenya and Uganda signed three agreements on Friday.\n\nThe agreements signed were:\n\n(1) an agreement on the road to Busia;\n\n(2) a memorandum on fisheries;\n\n(3) an agreement on health clinics.';
  assert.deepEqual(findProposals(testDoc(signed, []), lexicon), []);
  const proposed = 'After the two sides signed three agreements, Ruto put forward three proposals:\n\n(1) open the border longer;\n\n(2) build a railway;\n\n(3) share weather data.';
  assert.equal(findProposals(testDoc(proposed, [RUTO]), lexicon).length, 3);
});
