// The outlet (document.source) from the credit forms of wire and newspaper copy: a table of short
// articles of our own, each written the way one house credits its story, with the outlet it must give.
// NEGATIVE rows: text that names an outlet without crediting the story to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../core/doc.ts';
import { loadLexicon } from '../../lexicon/index.ts';
import { readDocument } from './index.ts';

const lexicon = loadLexicon();
const BODY = 'The two ministers agreed on Monday to widen cooperation on ports and grain.\n\nTalks will resume next month.\n';

/** [description, text, source, dateline?] */
const CREDITS: [string, string, string | null, (string | null)?][] = [
  // Datelines.
  ['AP dateline with an em dash', `Leaders meet on ports\n\nWASHINGTON (AP) — ${BODY}`, 'AP', 'Washington'],
  ['Reuters dateline with a hyphen', `Leaders meet on ports\n\nWASHINGTON (Reuters) - ${BODY}`, 'Reuters', 'Washington'],
  ['two places before the wire credit', `Leaders meet on ports\n\nLIMA/SANTIAGO, May 4 (Reuters) - ${BODY}`, 'Reuters', 'Lima'],
  ['AFP dateline', `Leaders meet on ports\n\nNAIROBI, May 4, 2025 (AFP) - ${BODY}`, 'AFP', 'Nairobi'],
  ['dpa in lower case', `Leaders meet on ports\n\nBERLIN (dpa) - ${BODY}`, 'dpa', 'Berlin'],
  ['EFE with its full stop', `Leaders meet on ports\n\nBogotá, May 4 (EFE).- ${BODY}`, 'EFE'],
  ['PTI with a colon', `Leaders meet on ports\n\nNEW DELHI, May 4 (PTI): ${BODY}`, 'PTI', 'New Delhi'],
  ['Kyodo', `Leaders meet on ports\n\nTOKYO, May 4 (Kyodo) -- ${BODY}`, 'Kyodo', 'Tokyo'],
  ['WAFA', `Leaders meet on ports\n\nRAMALLAH, May 4 (WAFA) - ${BODY}`, 'WAFA', 'Ramallah'],
  ['Télam with its accent', `Leaders meet on ports\n\nBUENOS AIRES, May 4 (Télam) - ${BODY}`, 'Télam', 'Buenos Aires'],
  ['Agência Brasil', `Leaders meet on ports\n\nBRASÍLIA, May 4 (Agência Brasil) - ${BODY}`, 'Agência Brasil'],
  ['KBC', `Leaders meet on ports\n\nNAIROBI, May 4 (KBC) - ${BODY}`, 'KBC', 'Nairobi'],
  ['SABC', `Leaders meet on ports\n\nPRETORIA, May 4 (SABC) - ${BODY}`, 'SABC', 'Pretoria'],
  ['NAN', `Leaders meet on ports\n\nABUJA, May 4 (NAN) - ${BODY}`, 'NAN', 'Abuja'],
  // Header lines.
  ['byline with the outlet after a bar', `Leaders meet on ports\n\nBy Jane Doe | The Hindu\n\n${BODY}`, 'The Hindu'],
  ['Source line', `Leaders meet on ports\n\nSource: Anadolu Agency\n\n${BODY}`, 'Anadolu Agency'],
  ['Published by line', `Leaders meet on ports\n\nPublished by Al Jazeera\n\n${BODY}`, 'Al Jazeera'],
  ['page title suffix', `Leaders meet on ports | Kyodo News\n\n${BODY}`, 'Kyodo News'],
  ['the outlet desk signs with a possessive', `Leaders meet on ports\n\nBy RFE/RL's Balkan Service\n\n${BODY}`, 'RFE/RL'],
  ['byline of a named outlet desk', `Leaders meet on ports\n\nBy Jane Doe, Bernama\n\n${BODY}`, 'Bernama'],
  ['the place before an agency, after a dot', `Leaders meet on ports\n\n05.03.2026 12:15\n\nKyiv · Ukrinform\n\n${BODY}`, 'Ukrinform', 'Kyiv'],
  ['NEGATIVE: a section before the dot is no dateline', `Leaders meet on ports\n\n05.03.2026 12:15\n\nPolitics · Ukrinform\n\n${BODY}`, 'Ukrinform', null],
  ['NEGATIVE: the bureau after the byline is no dateline (gold-format.md: the dateline opens the story)', `Leaders meet on ports\n\nBy Jane Doe, New Delhi\nUpdated on: Dec 09, 2025 07:52 PM IST\n\n${BODY}`, null, null],
  ['NEGATIVE: a page label with a colon is no dateline', `Leaders meet on ports\nPUBLISHED : 5 Jan 2025 at 18:21\nNEWSPAPER SECTION: NEWS\nWRITER: Jane Doe\n\n${BODY}`, null, null],
  // Closing lines.
  ['closing em-dash credit', `Leaders meet on ports\n\n${BODY}\n— Agence France-Presse\n`, 'Agence France-Presse'],
  ['closing copyright line', `Leaders meet on ports\n\n${BODY}\nCopyright 2024 The Associated Press. All rights reserved.\n`, 'The Associated Press'],
  ['closing copyright line with the company\'s form', `Leaders meet on ports\n\n${BODY}\n©2025 Bloomberg L.P.\n`, 'Bloomberg'],
  ['closing copyright sign', `Leaders meet on ports\n\n${BODY}\n© 2025 Yonhap News Agency\n`, 'Yonhap News Agency'],
  ['closing "with" agencies', `Leaders meet on ports\n\n${BODY}\nFRANCE 24 with AFP and Reuters\n`, 'France 24'],
  ['closing bracketed credit', `Leaders meet on ports\n\n${BODY}\n(PNA)\n`, 'PNA'],
  ['closing "Published by" line', `Leaders meet on ports\n\n${BODY}\nPublished by Prensa Latina\n`, 'Prensa Latina'],
  ['a masthead name after the last sentence', `Leaders meet on ports\n\n${BODY.trim()} MercoPress\n`, 'MercoPress'],
  ['the site promo line under the headline', `Leaders meet on ports\n\nWhy you can trust SCMP\n\n${BODY}`, 'SCMP'],
  ['a section breadcrumb after the outlet', `Leaders meet on ports\n\nDaily Sabah | Politics, Diplomacy\n\n${BODY}`, 'Daily Sabah'],
  ['NEGATIVE: a breadcrumb of sections names no outlet', `Leaders meet on ports\n\nHome | World | Africa\n\n${BODY}`, null],
  ['the closing appeal for support', `Leaders meet on ports\n\n${BODY}\nSupport PREMIUM TIMES' journalism of integrity and credibility\n`, 'Premium Times'],
  ["the agency's closing notice about its website", `Leaders meet on ports\n\n${BODY}\nAnadolu Agency website contains only a portion of the news stories offered to subscribers.\n`, 'Anadolu Agency'],
  ["the writer's note naming the outlet", `Leaders meet on ports\n\n${BODY}\nJane Doe is the Guardian's diplomatic editor\n`, 'Guardian'],
  ['the writer\'s note with "for"', `Leaders meet on ports\n\n${BODY}\nJane Doe is a senior correspondent for Reuters.\n`, 'Reuters'],
  ['NEGATIVE: a closing sentence about a minister\'s post', `Leaders meet on ports\n\n${BODY}\nJohn Roe is the country's new trade minister.\n`, null],
  ['closing "(c) Copyright" line', `Leaders meet on ports\n\n${BODY}\n(c) Copyright Agence France-Presse 2024\n`, 'Agence France-Presse'],
  ['closing "All rights reserved. Copyright"', `Leaders meet on ports\n\n${BODY}\nAll rights reserved. Copyright Anadolu Agency\n`, 'Anadolu Agency'],
  ['a republished story names its publisher', `Leaders meet on ports\n\n${BODY}\nThis article was originally published by Nikkei Asia.\n`, 'Nikkei Asia'],
  ['a newsletter notice in the plural', `Leaders meet on ports\n\n${BODY}\nSign up for Bangkok Post newsletters\n`, 'Bangkok Post'],
  ['the masthead alone as the last line', `Leaders meet on ports\n\n${BODY}\nKyodo News\n`, 'Kyodo News'],
  ['NEGATIVE: a name alone as the last line', `Leaders meet on ports\n\n${BODY}\nJane Doe\n`, null],
  // Negatives.
  ['NEGATIVE: "Reuters reported" in the body credits no outlet', `Leaders meet on ports\n\nThe ministers met in Lima, Reuters reported, citing two officials.\n\n${BODY}`, null],
  ['NEGATIVE: another outlet quoted in the body', `Leaders meet on ports\n\nLIMA, May 4 (AP) — "We will see," the minister told Reuters.\n\n${BODY}`, 'AP'],
  ['NEGATIVE: a closing line that cites a story of an outlet others quote', `Leaders meet on ports\n\n${BODY}\nThe minister told Reuters he was hopeful.\n`, null],
  // A paper's own reporting: "… told The Jordan Times", when nothing else names the outlet.
  ['"told" a listed outlet in the body names the story\'s own', `Leaders meet on ports\n\n${BODY}\nAn official told The Jordan Times that the talks would resume.\n`, 'Jordan Times'],
  ['"told" a listed outlet at a sentence\'s end', `Leaders meet on ports\n\n"We will see," an analyst told Sudan Tribune.\n\n${BODY}`, 'Sudan Tribune'],
  ['"told the" a listed outlet', `Leaders meet on ports\n\n${BODY}\n"We will see," an analyst told the Tehran Times.\n`, 'Tehran Times'],
  ['NEGATIVE: "told the" a listed outlet before a noun of a medium is another\'s', `Leaders meet on ports\n\n${BODY}\n"We will see," the minister told the ARD broadcaster.\n`, null],
  ['a listed outlet that "learned" from a source reports its own story', `Leaders meet on ports\n\n${BODY}\nThe suspect was handed over on Monday, Morocco World News learned from a judicial source.\n`, 'Morocco World News'],
  ['NEGATIVE: an outlet others quote that "learned" is not the story\'s', `Leaders meet on ports\n\n${BODY}\nReuters learned of the handover on Monday.\n`, null],
  ['an agency credited beside a paper lent the story', `Leaders meet on ports\n\nJane Doe\nPAP, TVP World\nPublished: 13 November 2025, 13:52\n\n${BODY}`, 'TVP World'],
  ['NEGATIVE: a place after an agency\'s comma is its bureau', `Leaders meet on ports\n\nJane Doe\nReuters, Warsaw\nPublished: 13 November 2025, 13:52\n\n${BODY}`, 'Reuters'],
  ['a paper\'s masthead line above the agency that wrote the story', `Leaders meet on ports\n\nThe Peninsula\nQNA\nPublished: 26 Feb 2025 - 08:15 am\n\n${BODY}`, 'The Peninsula'],
  ['a title-case place with a particle before the credit', `Leaders meet on ports\n\nSantiago de Chile, Jun 10 (Prensa Latina) ${BODY}`, 'Prensa Latina', 'Santiago de Chile'],
  ['NEGATIVE: "told the National Assembly" names no outlet "The National"', `Leaders meet on ports\n\n${BODY}\nThe minister told the National Assembly that he was hopeful.\n`, null],
  ['NEGATIVE: a listed outlet told, under a wire credit, gives way to the credit', `Leaders meet on ports\n\nLIMA, May 4 (AP) — "We will see," the minister told The Jordan Times.\n\n${BODY}`, 'AP'],
  ['NEGATIVE: a country in brackets is no wire credit', `Leaders meet on ports\n\nThe pact with Peru (Lima) was signed. ${BODY}`, null],
  ['NEGATIVE: a person named in a closing line', `Leaders meet on ports\n\n${BODY}\n— Jane Doe\n`, null],
  ['NEGATIVE: an agency named in a closing sentence', `Leaders meet on ports\n\n${BODY}\nThe talks were first reported by Kyodo.\n`, null],
  ['NEGATIVE: a closing sentence that ends with an outlet as its object', `Leaders meet on ports\n\n${BODY.trim()} He spoke to Reuters\n`, null],
  ['NEGATIVE: an organisation\'s website notice', `Leaders meet on ports\n\n${BODY}\nThe ministry website contains the full text.\n`, null],
];

for (const [name, text, source, dateline] of CREDITS) {
  test(`document credits: ${name}`, () => {
    const doc = createDoc({ text });
    readDocument(doc, lexicon);
    assert.equal(doc.document.source, source, 'source');
    if (dateline !== undefined) assert.equal(doc.document.dateline, dateline, 'dateline');
  });
}

const BYLINES: [string, string, string | null][] = [
  ['second author with job words', 'Leaders meet on ports\n\nBy Asia correspondent Jane Doe and political reporter John Roe\n\nPosted Thu 5 Feb 2026 at 7:16pm\n\n' + BODY, 'Jane Doe and John Roe'],
  ['NEGATIVE: online reporters sign no one', 'Leaders meet on ports\n\nPUBLISHED : 17 May 2025 at 04:00\n\nWRITER: Online Reporters\n\n' + BODY, null],
];
for (const [name, text, byline] of BYLINES) {
  test(`document credits: byline: ${name}`, () => {
    const doc = createDoc({ text });
    readDocument(doc, lexicon);
    assert.equal(doc.document.byline, byline);
    assert.equal(doc.document.dateline, null, 'a byline label is no dateline');
  });
}
