// Quotes: a table of news sentences (our own) with the quotes and speakers they must give, and negatives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../../lexicon/index.ts';
import { findQuotes } from './index.ts';
import { testDoc, type TestPerson } from './test-doc.ts';

const lexicon = loadLexicon();

const P = {
  anwar: { id: 'anwar', name: 'Anwar Ibrahim', country: 'MYS', offices: ['Prime Minister'], aliases: ['Anwar', 'Prime Minister Anwar Ibrahim'] },
  wong: { id: 'wong', name: 'Penny Wong', country: 'AUS', offices: ['Foreign Minister'], aliases: ['Wong'] },
  jaishankar: { id: 'jai', name: 'Subrahmanyam Jaishankar', country: 'IND', offices: ['External Affairs Minister'], aliases: ['Jaishankar'] },
  kishida: { id: 'kishida', name: 'Fumio Kishida', country: 'JPN', offices: ['Prime Minister'], aliases: ['Kishida'] },
  yoon: { id: 'yoon', name: 'Yoon Suk Yeol', country: 'KOR', offices: ['President'], aliases: ['Yoon'] },
  lula: { id: 'lula', name: 'Luiz Inacio Lula da Silva', country: 'BRA', offices: ['Brazilian President'], aliases: ['Lula'] },
  xi: { id: 'xi', name: 'Xi Jinping', country: 'CHN', offices: ['Chinese President'], aliases: ['Xi'] },
  macron: { id: 'macron', name: 'Emmanuel Macron', country: 'FRA', offices: ['French President'], aliases: ['Macron', 'President Macron'] },
  scholz: { id: 'scholz', name: 'Olaf Scholz', country: 'DEU', offices: ['German Chancellor'], aliases: ['Scholz', 'Chancellor Scholz'] },
  erdogan: { id: 'erdogan', name: 'Recep Tayyip Erdogan', country: 'TUR', offices: ['President'], aliases: ['Erdogan'] },
  modi: { id: 'modi', name: 'Narendra Modi', country: 'IND', offices: ['Prime Minister'], aliases: ['Modi'] },
  ramaphosa: { id: 'rama', name: 'Cyril Ramaphosa', country: 'ZAF', offices: ['President'], aliases: ['Ramaphosa'] },
  albanese: { id: 'alba', name: 'Anthony Albanese', country: 'AUS', offices: ['Prime Minister'], aliases: ['Albanese', 'Mr Albanese'] },
  yoonAlone: { id: 'yoon', name: 'Yoon Suk Yeol', country: 'KOR', aliases: ['Yoon'] },
  wang: { id: 'wang', name: 'Wang Yi', country: 'CHN', offices: ['Foreign Minister'], aliases: ['Wang'] },
  starmer: { id: 'starmer', name: 'Keir Starmer', country: 'GBR', offices: ['Prime Minister'], aliases: ['Starmer'] },
  guterres: { id: 'guterres', name: 'Antonio Guterres', country: 'PRT', offices: ['UN Secretary-General'], aliases: ['Guterres'] },
  marcos: { id: 'marcos', name: 'Ferdinand Marcos Jr.', country: 'PHL', offices: ['President'], aliases: ['Marcos'] },
  li: { id: 'li', name: 'Li Qiang', country: 'CHN', offices: ['Premier'], aliases: ['Li'] },
  ruto: { id: 'ruto', name: 'William Ruto', country: 'KEN', offices: ['President'], aliases: ['Ruto'] },
  lam: { id: 'lam', name: 'Bui Van Lam', country: 'VNM', offices: ['Vietnamese Deputy Prime Minister'], aliases: ['Lam'] },
} satisfies Record<string, TestPerson>;

const DEMONYMS = { Brazilian: 'BRA', German: 'DEU', French: 'FRA', Vietnamese: 'VNM', Chinese: 'CHN', Kenyan: 'KEN', Tokyo: 'JPN' };

type Case = [name: string, text: string, people: TestPerson[], expected: [speaker: string | null, quote: string][]];

const CASES: Case[] = [
  ['name then verb after the quote', '"We will not accept unilateral tariffs," Prime Minister Anwar Ibrahim said on Monday.', [P.anwar],
    [['Anwar Ibrahim', 'We will not accept unilateral tariffs,']]],
  ['inverted "said NAME" with an apposition', '"Our doors remain open to every partner in the Pacific," said Wong, who arrived in Suva on Sunday.', [P.wong],
    [['Penny Wong', 'Our doors remain open to every partner in the Pacific,']]],
  ['pronoun resolved to the previous subject', 'Jaishankar met his Singaporean counterpart in New Delhi on Tuesday. "Trade between our countries can double within five years," he said.', [P.jaishankar],
    [['Subrahmanyam Jaishankar', 'Trade between our countries can double within five years,']]],
  ['pronoun skips a name after "with"', 'Kishida held talks with Yoon in Seoul on Sunday. "History must not block the road ahead," he told reporters.', [P.kishida, P.yoon],
    [['Fumio Kishida', 'History must not block the road ahead,']]],
  ['description by demonym', 'Lula welcomed Xi to Brasilia on Wednesday. "This partnership matters to the whole Global South," the Brazilian leader said.', [P.lula, P.xi],
    [['Luiz Inacio Lula da Silva', 'This partnership matters to the whole Global South,']]],
  ['description by office', 'President Macron and Chancellor Scholz spoke by phone on Friday. "Europe must act together on energy," the chancellor said.', [P.macron, P.scholz],
    [['Olaf Scholz', 'Europe must act together on energy,']]],
  ['participle "saying:" takes the sentence subject', 'Erdogan urged restraint on both sides, saying: "Escalation serves nobody in the region."', [P.erdogan],
    [['Recep Tayyip Erdogan', 'Escalation serves nobody in the region.']]],
  ['a quote of two sentences is one quote', '"We have signed twelve agreements today. More will follow in the autumn," Modi said in Abu Dhabi.', [P.modi],
    [['Narendra Modi', 'We have signed twelve agreements today. More will follow in the autumn,']]],
  ['a quote closing its paragraph with a comma takes the attribution that opens the next one',
    'Ruto hosted Xi on Monday.\n\n"Trade will double within five years,"\n\nXi said at the signing.\n\n"We will build the port together,"\n\nRuto told reporters.', [P.ruto, P.xi],
    [['Xi Jinping', 'Trade will double within five years,'], ['William Ruto', 'We will build the port together,']]],
  ['NEG a quote closing its paragraph with a full stop keeps the speaker before it, not the next paragraph\'s',
    'Ruto hosted Xi on Monday. Ruto said:\n\n"Trade will double within five years."\n\nXi said the port would open in May.', [P.ruto, P.xi],
    [['William Ruto', 'Trade will double within five years.']]],
  ['a quote paragraph continues the previous speaker', '"Peace requires patience," Ramaphosa said in Pretoria.\n\n"We will keep talking to every party involved in the conflict."', [P.ramaphosa],
    [['Cyril Ramaphosa', 'Peace requires patience,'], ['Cyril Ramaphosa', 'We will keep talking to every party involved in the conflict.']]],
  ['a quote after "wrote on X." continues the speaker of the quote before', '“Tariffs protect nobody,” Starmer wrote on X. “We will answer in kind.”\n\nThe talks resume on Monday.', [P.starmer],
    [['Keir Starmer', 'Tariffs protect nobody,'], ['Keir Starmer', 'We will answer in kind.']]],
  ['a full quote after a sentence about the speaker', 'Ruto called for debt relief for African economies. "Nobody grows while paying interest of this size."', [P.ruto],
    [['William Ruto', 'Nobody grows while paying interest of this size.']]],
  ['a quoted phrase inside a sentence, attributed after', 'The two governments agreed on ties built on "mutual respect and shared prosperity," Albanese said.', [P.albanese],
    [['Anthony Albanese', 'mutual respect and shared prosperity,']]],
  // Words no person or body can be named for are no quote (the rows below guard against a wrong speaker).
  ['NEG a pronoun with no one to refer to gives no speaker, so no quote', 'He arrived in Manila on Monday and said that "good neighbours share the same sea" in his first speech.', [P.marcos], []],
  ['a quoted phrase after "said that", subject named earlier', 'Marcos greeted the delegation. He said that "good neighbours share the same sea" before the talks began.', [P.marcos],
    [['Ferdinand Marcos Jr.', 'good neighbours share the same sea']]],
  ['NEG a full quote after an unnamed speaker\'s quote is not the earlier subject\'s', 'Wong met her counterpart on Monday.\n\n"The talks were useful," a senior official told reporters. "But gaps remain."', [P.wong], []],
  ['a full quote after a named speaker\'s quote is still that speaker\'s', 'Wong met her counterpart on Monday.\n\n"The talks were useful," Wong told reporters. "But gaps remain."', [P.wong],
    [['Penny Wong', 'The talks were useful,'], ['Penny Wong', 'But gaps remain.']]],
  ['a pronoun after a description opening its sentence is that description', 'Ruto hosted Xi on Monday. "Trade will double," Xi said.\n\nThe Kenyan leader said the port, a project he called "the gate of Africa", would open in May.', [P.ruto, P.xi],
    [['Xi Jinping', 'Trade will double,'], ['William Ruto', 'the gate of Africa']]],
  ['NEG a pronoun after a description that is not its sentence\'s opening keeps the earlier subject', 'Ruto hosted Xi on Monday. "Trade will double," Xi said.\n\nLater he said the port, which the Kenyan leader opened, was "the gate of Africa".', [P.ruto, P.xi],
    [['Xi Jinping', 'Trade will double,'], ['Xi Jinping', 'the gate of Africa']]],
  ['NEG a place that is the verb\'s own subject speaks, not the sentence\'s person', 'Wang raised the islands, which Tokyo calls an "inherent territory", at the talks.', [P.wang], []],
  ['a person right before the same verb still speaks', 'Wang raised the islands, which he calls an "inherent territory", at the talks.', [P.wang],
    [['Wang Yi', 'inherent territory']]],
  ['a speech verb used as a noun ("in remarks") is not the verb of the quote', 'The chancellor said in remarks broadcast on television that Berlin was ready "to turn a new page".', [P.scholz],
    [['Olaf Scholz', 'to turn a new page']]],
  ['NEG the verb form still attributes: "he remarks" is a verb', 'Scholz met Wong on Monday. Wong then remarks that the talks were "useful".', [P.scholz, P.wong],
    [['Penny Wong', 'useful']]],
  ['single curly quotes, British style', '‘We stand with Ukraine for as long as it takes,’ Starmer said in Kyiv.', [P.starmer],
    [['Keir Starmer', 'We stand with Ukraine for as long as it takes,']]],
  ['curly double quotes and "said NAME"', '“No country can face the climate crisis alone,” said Guterres.', [P.guterres],
    [['Antonio Guterres', 'No country can face the climate crisis alone,']]],
  ['a pronoun after "According to NAME," in its sentence is that source', 'Kishida met the envoy on Monday. According to Wong, the meeting ran long. "We covered every item," she said.', [P.kishida, P.wong],
    [['Penny Wong', 'We covered every item,']]],
  ['NEG "according to" before a lower-case source is no person: the pronoun keeps the earlier subject', 'Kishida arrived in Hanoi on Monday. According to local media, the visit had been delayed. "We are glad to be here," he said.', [P.kishida],
    [['Fumio Kishida', 'We are glad to be here,']]],
  ['NEG "the official" after "a senior official, speaking on condition of anonymity" is that unnamed person, not the named one before',
    'Kishida met the envoy on Monday. A senior official, speaking on condition of anonymity, said talks would resume. "Nobody wants a wider war," the official said.', [P.kishida],
    []],
  ['"an official visit" introduces no unnamed official', 'Kishida began an official visit to Hanoi on Monday. "Our ties have never been closer," the official said.', [P.kishida],
    [['Fumio Kishida', 'Our ties have never been closer,']]],
  ['straight single quotes around a whole sentence', "'These talks are a waste of time,' Kishida wrote on social media.", [P.kishida],
    [['Fumio Kishida', 'These talks are a waste of time,']]],
  ['NEG apostrophes and a straight single quote around a name are no quote', "Kishida's aides said the ministers' meeting on the 'Quad' plan of the '90s had ended, Kishida said.", [P.kishida],
    []],
  ['"according to NAME"', '"The talks were frank and useful," according to Marcos.', [P.marcos],
    [['Ferdinand Marcos Jr.', 'The talks were frank and useful,']]],
  ['a name inside a quote is not the speaker of the next one', '"Mr Albanese is welcome in Beijing at any time," Li said.\n\n"We agree on far more than we disagree on," he added.', [P.albanese, P.li],
    [['Li Qiang', 'Mr Albanese is welcome in Beijing at any time,'], ['Li Qiang', 'We agree on far more than we disagree on,']]],
  ['colon after a description', 'The Vietnamese deputy prime minister was blunt: "Our farmers need those markets."', [P.lam],
    [['Bui Van Lam', 'Our farmers need those markets.']]],
  ['verb then comma introduces a quote', 'Li said, "Both sides should keep supply chains stable," at the forum.', [P.li],
    [['Li Qiang', 'Both sides should keep supply chains stable,']]],
  ['two quoted phrases share the verb before them',
    'Starmer said the deal was ‘a genuine breakthrough’ that would ‘end the smuggling trade’.', [P.starmer],
    [['Keir Starmer', 'a genuine breakthrough'], ['Keir Starmer', 'end the smuggling trade']]],
  // Negative cases: quotation marks around the names of things.
  ['"described … as" and "condemned … as" give the words a speaker', 'Wang Yi described the tariffs as "a dead end." Ruto condemned the attack as "cowardly and senseless."', [P.wang, P.ruto],
    [['Wang Yi', 'a dead end.'], ['William Ruto', 'cowardly and senseless.']]],
  ['NEG "described as" without a speaker is no quote of anyone', 'The bridge was described as "an engineering marvel" in a report.', [P.ruto], []],
  ['"hailed … as" and "branded … as" give the words a speaker', 'Modi hailed the pact as "a new chapter." Wong branded the launch "reckless."', [P.modi, P.wong],
    [['Narendra Modi', 'a new chapter.'], ['Penny Wong', 'reckless.']]],
  ['"NAME, who told/said …" gives the words to NAME, not to the subject of the sentence',
    'Albanese was replying to Wong, who told the Senate on Monday that Beijing had "moved the goalposts". Later he met Ruto, who also said the region needed "calm heads".',
    [P.albanese, P.wong, P.ruto],
    [['Penny Wong', 'moved the goalposts'], ['William Ruto', 'calm heads']]],
  ['NEG "who" not after a name: the subject keeps the words', 'Albanese thanked the crew, who had worked all night, and said it was "a proud day".', [P.albanese],
    [['Anthony Albanese', 'a proud day']]],
  ['NEG "what it called …" after a named object is not that person\'s', 'The ministry summoned Ruto on Monday to protest what it called a "reckless" act.', [P.ruto], []],
  ['NEG "they" before the verb names no single person', 'Modi met Wong, and they called the deal "a milestone".', [P.modi, P.wong], []],
  ['"accused X of …" gives the words to the accuser, not the accused', 'Albanese accused Wong of "playing politics with the reef" on Monday.', [P.albanese, P.wong],
    [['Anthony Albanese', 'playing politics with the reef']]],
  ['NEG a note "accusing" someone is nobody\'s named words', 'Ruto was handed a protest note accusing Nairobi of "meddling in our affairs".', [P.ruto], []],
  ['NEG "hailed as" in the passive names no speaker', 'The corridor was hailed as "a lifeline" by traders in the port.', [P.modi], []],
  ['"was quoted as saying" after the quote, and "thanked … for" before it', '"We will keep our word," the Kenyan president was quoted as saying. Ruto thanked Xi for China\'s "steadfast support" on Monday.', [P.ruto, P.xi],
    [['William Ruto', 'We will keep our word,'], ['William Ruto', 'steadfast support']]],
  ['NEG a proxy speaks: "whose office said"', 'The pact was signed in the presence of Ruto, whose office said it would "deepen trust" between the armies.', [P.ruto], []],
  ['NEG listed political terms', 'Washington renewed its "maximum pressure" campaign on the "shadow fleet" of tankers, Wang said.', [P.wang], []],
  ['NEG a titled declaration', 'The summit adopted a declaration titled "Partners for a Greener Future" on Friday, Ruto said.', [P.ruto], []],
  ['NEG a campaign name in Title Case', 'Seoul will fund "Korea Study Weeks" for young Kenyans, Yoon said.', [P.yoonAlone], []],
  ['NEG a listed political term', 'Beijing opposes any moves toward "Taiwan independence," Wang said.', [P.wang], []],
  ['NEG a short capitalised term with a speaker', 'The ministers discussed the "Blue Pacific" agenda at length, Wong said.', [P.wong], []],
  ['NEG a dialogue format with no words', 'The "2+2" dialogue of foreign and defence ministers resumed in Tokyo, Kishida said.', [P.kishida], []],
  ['NEG a phrase with no speaker at all', 'The agreement created a "green lane for perishable goods" between the two ports.', [P.ruto], []],
  ['NEG unnamed officials speak: no speaker, no quote', 'Officials called the plan a "turning point for the region" after the vote.', [P.ruto], []],
  ['a single quoted word with a speaker', 'Wang said the new partnership was "hollow" and unfair.', [P.wang], [['Wang Yi', 'hollow']]],
  ['a quoted phrase that goes on with the sentence takes the verb before it',
    'Ruto welcomed the loan on Monday, saying it was "a fair deal" and urging lenders to follow.', [P.ruto], [['William Ruto', 'a fair deal']]],
  ['a long title between the quote and the named speaker',
    '"We expect the talks to resume soon," Kenya\'s deputy foreign affairs spokesperson Bui Van Lam told reporters.', [P.lam],
    [['Bui Van Lam', 'We expect the talks to resume soon,']]],
  ['NEG "so-called" names a thing', 'Wang criticised the so-called "containment" strategy, he said.', [P.wang], []],
  ['NEG a capitalised single word', 'Wang said the "Quad" was a relic of the past.', [P.wang], []],
  ['"X called Y a …": the name after "called" is its object, not the speaker',
    'Lula, who once called Macron "arrogant" in an interview, struck a softer tone on Friday.', [P.lula, P.macron],
    [['Luiz Inacio Lula da Silva', 'arrogant']]],
  ['NEG "X called Y …" never gives Y the words even when Y is the only person named after the verb',
    'Critics called Starmer "a prisoner of his own rules" after the vote.', [P.starmer], []],
  ['a quote then ", while" opens another clause: its verb is not the attribution',
    'Starmer called the offer “a step forward”, while Macron said it was “too little, too late”.', [P.starmer, P.macron],
    [['Keir Starmer', 'a step forward'], ['Emmanuel Macron', 'too little, too late']]],
  ['", but" after a quote is a new clause too',
    'Wang described the talks as "candid," but Wong said they had been "difficult."', [P.wang, P.wong],
    [['Wang Yi', 'candid,'], ['Penny Wong', 'difficult.']]],
  ['"Z quoted the prime minister as saying": the words are the prime minister\'s',
    '"We will not sell our rice below cost," an aide to Anwar quoted the prime minister as saying.', [P.anwar],
    [['Anwar Ibrahim', 'We will not sell our rice below cost,']]],
  ['NEG "quoted" without "as saying" keeps the speaker before it',
    '"Nothing has been decided," Wong said, when asked about a report that quoted officials.', [P.wong],
    [['Penny Wong', 'Nothing has been decided,']]],
  ['"…, saying" belongs to the main clause subject, not a name in a clause before it',
    'Wang Yi repeated on Monday the proposals Li had made in April, saying that "the door to talks stays open."', [P.wang, P.li],
    [['Wang Yi', 'the door to talks stays open.']]],
  ['a quote after "she told NAME" continues the speaker, not the person told',
    '"Trade has grown, and so have the frictions," Wong told Wang at the start of the meeting. "We want a relationship that lasts."', [P.wong, P.wang],
    [['Penny Wong', 'Trade has grown, and so have the frictions,'], ['Penny Wong', 'We want a relationship that lasts.']]],
  ['NEG a listed foreign-policy doctrine in quotation marks', 'Indonesia will keep its "free and active" foreign policy, Marcos said.', [P.marcos], []],
  ['NEG apostrophes are not quotes', 'Britain’s support for Ukraine’s defence will continue, Starmer’s office said.', [P.starmer], []],
  ['a name in a participial aside ("speaking alongside NAME") is no speaker: the subject before the aside is',
    'President Ruto, speaking alongside President Ramaphosa in Nairobi, said both economies "need roads before summits."', [P.ruto, P.ramaphosa],
    [['William Ruto', 'need roads before summits.']]],
  ['NEG an aside after the speaker does not move the quote to the name before it',
    'Standing beside Ruto, Ramaphosa said the corridor was "the backbone of the region."', [P.ruto, P.ramaphosa],
    [['Cyril Ramaphosa', 'the backbone of the region.']]],
];

for (const [name, text, people, expected] of CASES) {
  test(`quotes: ${name}`, () => {
    const doc = testDoc(text, people, DEMONYMS);
    const quotes = findQuotes(doc, lexicon);
    assert.deepEqual(quotes.map((q) => [q.speaker, q.text]), expected);
    for (const q of quotes) {
      assert.equal(text.slice(q.start, q.end), q.text, 'evidence offsets');
      assert.match(q.rule, /^quotes\./);
      assert.equal(q.speakerId, people.find((p) => p.name === q.speaker)?.id ?? null);
    }
  });
}

test('quotes: a quote left open at a paragraph end takes the speaker of the quote that continues it', () => {
  const text = 'Ruto met Tinubu in Abuja on Monday.\n\n"The corridor will carry grain and fertiliser to the coast.\n\n' +
    '"It will also carry our young people to new jobs," Tinubu said.';
  const doc = testDoc(text, [P.ruto, { id: 'tinubu', name: 'Bola Tinubu', country: 'NGA', aliases: ['Tinubu'] }]);
  assert.deepEqual(findQuotes(doc, lexicon).map((q) => [q.speaker, q.text, q.rule]), [
    ['Bola Tinubu', 'The corridor will carry grain and fertiliser to the coast.', 'quotes.runs-on.name'],
    ['Bola Tinubu', 'It will also carry our young people to new jobs,', 'quotes.after-verb.name'],
  ]);
});

test('quotes: a quote left open with no speaker anywhere is dropped', () => {
  const text = '"The corridor will carry grain and fertiliser to the coast, Ruto said.\n\nMore text here.';
  assert.deepEqual(findQuotes(testDoc(text, [P.ruto]), lexicon).map((q) => q.text), []);
});

test('quotes: NEG with no people or bodies known, words a verb attributes to nobody named are no quote', () => {
  const text = '"We are ready to talk," the ministry said in a statement.';
  assert.deepEqual(findQuotes(testDoc(text, []), lexicon), []);
});

test('quotes: an apposition between the name and the verb', () => {
  const text = '"Both economies gain from open sea lanes," Aiko Tanaka, a researcher at a Tokyo think tank, said on Friday.';
  const quotes = findQuotes(testDoc(text, [{ id: 'tanaka', name: 'Aiko Tanaka', country: 'JPN', aliases: ['Tanaka'] }]), lexicon);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.rule]), [['Aiko Tanaka', 'quotes.after-verb.apposition']]);
});

test('quotes: "said" then a title the name does not include', () => {
  const text = '"We see no military solution," said Chinese Foreign Minister Wang in Geneva.';
  const doc = testDoc(text, [{ id: 'wang', name: 'Wang Yi', country: 'CHN', aliases: ['Wang'] }]);
  assert.deepEqual(findQuotes(doc, lexicon).map((q) => q.speaker), ['Wang Yi']);
});

test('quotes: an organisation speaks when no person does', () => {
  const text = '"The sanctions are illegal," the Foreign Ministry said in Moscow.';
  const doc = testDoc(text, []);
  const start = text.indexOf('Foreign Ministry');
  doc.organizations.push({ id: 'mfa-rus', name: 'Ministry of Foreign Affairs of Russia', country: 'RUS', aliases: [], mentions: [] });
  doc.organizationMentions.push({ start, end: start + 'Foreign Ministry'.length, rule: 'test', organizationId: 'mfa-rus', text: 'Foreign Ministry' });
  assert.deepEqual(findQuotes(doc, lexicon).map((q) => [q.speaker, q.speakerOrganization, q.rule]),
    [[null, 'Ministry of Foreign Affairs of Russia', 'quotes.after-verb.organization']]);
});
