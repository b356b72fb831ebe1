// Short articles written for the store and service tests (the dyad team's own words): two outlets
// reporting one Kenya–Tanzania border meeting, a reprint of the first, and other meetings; and the
// extraction each test assumes for them (ArticleSpec, see test-fixtures.ts).
import type { ArticleSpec } from './test-fixtures.ts';

export const KE_TZ_HERALD = `Kenya and Tanzania agree to scrap border trade barriers

Kenya and Tanzania agreed on Wednesday to scrap fourteen trade barriers at their shared border, after talks between Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan in Namanga.

The two leaders said lorry queues at the crossing had cost small traders millions of shillings every month. Officials from both revenue agencies will meet every quarter to review progress, and the one-stop border post will open around the clock from April.

"Our traders should not wait three days to move maize across a line on the map," Ruto told reporters after the meeting.

Trade between the neighbours reached 1.2 billion U.S. dollars in 2022, according to figures released by the Kenyan trade ministry.`;

export const KE_TZ_LAKE = `Namanga summit clears path for cross-border commerce

Presidents Samia Suluhu Hassan of Tanzania and William Ruto of Kenya met at the Namanga frontier on Wednesday and announced the removal of fourteen non-tariff barriers that have slowed commerce between the two countries.

Hassan described the decision as a gift to the farmers and market women who carry goods over the border each morning. The leaders also told their energy ministers to finish a study on a second power interconnector before the end of the year, and to report back at their next meeting in Dodoma.`;

/** The Herald's story under another outlet's header and without its last paragraph. */
export const KE_TZ_REPRINT = `Border deal: fourteen barriers to go

Published by the Rift Valley Digest

${KE_TZ_HERALD.split('\n\n').slice(1, -1).join('\n\n')}

(Editing by the Digest's regional desk)`;

export const KE_TZ_MINISTERS = `Foreign ministers of Kenya and Tanzania review joint commission

Kenyan Foreign Minister Musalia Mudavadi hosted his Tanzanian counterpart January Makamba in Nairobi on Wednesday for a session of the joint permanent commission, which last met four years ago. The two ministers discussed fishing rights on Lake Victoria and a long-delayed road link to the port of Tanga.`;

export const KE_TZ_CALL = `Ruto and Hassan speak by phone on fuel pipeline

Kenyan President William Ruto spoke by telephone with Tanzanian President Samia Suluhu Hassan on Tuesday about the planned fuel pipeline from Dar es Salaam to Nairobi, his office said. The two leaders asked their ministers to settle the route before the rainy season.`;

export const MY_ID_FIRST = `Anwar sets out four proposals in Jakarta talks

Malaysian Prime Minister Anwar Ibrahim met Indonesian President Joko Widodo in Jakarta on Monday. Anwar proposed four steps. First, deepen strategic trust through yearly leaders' consultations. Second, expand trade in palm oil and electric vehicle batteries. Third, strengthen joint patrols against piracy in the Strait of Malacca. Fourth, widen student exchanges between universities.`;

export const MY_ID_SECOND = `Anwar and Prabowo hold talks in Putrajaya

Malaysian Prime Minister Anwar Ibrahim received Indonesian President Prabowo Subianto in Putrajaya on Friday. Anwar put forward three proposals. First, keep strategic trust at the heart of the partnership with regular consultations. Second, expand trade and investment in green industries. Third, coordinate positions within ASEAN on the South China Sea code of conduct.`;

const PRESIDENTS = ['William Ruto|KEN|Kenyan President', 'Samia Suluhu Hassan|TZA|Tanzanian President'];

export const HERALD: ArticleSpec = {
  text: KE_TZ_HERALD, title: 'Kenya and Tanzania agree to scrap border trade barriers', source: 'Coast Herald', published: '2023-03-02',
  people: PRESIDENTS,
  events: [
    { type: 'CONSULT', date: '2023-03-01', actor: ['William Ruto', 'Samia Suluhu Hassan'], cue: 'after talks between', scale: 1 },
    { type: 'SUPPORT', date: '2023-03-01', actor: ['KEN', 'TZA'], cue: 'agreed on Wednesday to scrap', scale: 3.5 },
  ],
  quotes: [{ speaker: 'William Ruto', text: 'Our traders should not wait three days to move maize across a line on the map,' }],
  figures: [{ measure: 'trade', value: 1.2e9, unit: 'USD', period: '2022', text: '1.2 billion U.S. dollars in 2022' }],
};

export const LAKE: ArticleSpec = {
  text: KE_TZ_LAKE, title: 'Namanga summit clears path for cross-border commerce', source: 'Lake Zone Daily', published: '2023-03-02',
  people: ['Samia Suluhu Hassan|TZA|President', 'William Ruto|KEN|President'],
  events: [
    { type: 'CONSULT', date: '2023-03-01', actor: ['Samia Suluhu Hassan', 'William Ruto'], cue: 'met at the Namanga frontier', scale: 2 },
    { type: ['AGREE', 'SUPPORT'], date: '2023-03', actor: ['TZA', 'KEN'], cue: 'announced the removal', scale: 4.5 },
  ],
};

export const REPRINT: ArticleSpec = { ...HERALD, text: KE_TZ_REPRINT, title: 'Border deal: fourteen barriers to go', source: 'Rift Valley Digest', published: '2023-03-03', figures: [], quotes: [] };

export const MINISTERS: ArticleSpec = {
  text: KE_TZ_MINISTERS, published: '2023-03-02',
  people: ['Musalia Mudavadi|KEN|Kenyan Foreign Minister', 'January Makamba|TZA|Tanzanian counterpart'],
  events: [{ type: 'CONSULT', date: '2023-03-01', actor: ['Musalia Mudavadi'], recipient: ['January Makamba'], mode: ['visit'], cue: 'hosted his Tanzanian counterpart' }],
};

export const CALL: ArticleSpec = {
  text: KE_TZ_CALL, published: '2023-05-10',
  people: PRESIDENTS,
  events: [{ type: 'CONSULT', date: '2023-05-09', actor: ['William Ruto', 'Samia Suluhu Hassan'], mode: ['phone'], cue: 'spoke by telephone' }],
};
