// Where events happened (where.ts): table tests over sentences written for these tests. Each row lists every
// event the sentence gives, as "TYPE @place" ("TYPE" alone: no place).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSentenceCoder } from '../../services/code.ts';

const coder = createSentenceCoder();

const ROWS: [string, string, string[]][] = [
  // ", when …" hangs on a visit to a named place: the act in it happened there.
  ['a ", when" clause after a city visited', 'The Kenyan president visited Kampala in March, when he and Ugandan President Yoweri Museveni agreed to extend the pipeline.', ['CONSULT @Kampala', 'AGREE @Kampala']],
  // (The visit "by" someone is read too: a sentence keeps it beside the meeting, an article folds it into the meeting.)
  ['a ", when" clause after "a visit to" a city', 'The deal followed a visit by the Kenyan president to Kampala on Monday, when he met Ugandan President Yoweri Museveni.', ['CONSULT @Kampala', 'CONSULT @Kampala']],
  ['NEGATIVE: a ", when" clause after a country visited gives no place', 'The Kenyan president visited Uganda in March, when he and Ugandan President Yoweri Museveni agreed to extend the pipeline.', ['CONSULT', 'AGREE']],
  ['NEGATIVE: a comma between the place and ", when"', 'The Kenyan president visited Kampala in March, and later, when he returned, he and Ugandan President Yoweri Museveni agreed to extend the pipeline.', ['CONSULT @Kampala', 'AGREE']],
  // A capital after "in a week when" is the subject of a clause of time, not a place of the act.
  ['NEGATIVE: "in a week when Washington …" gives no place', 'Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni on Friday, in a week when Washington and Beijing kept raising tariffs on each other\'s goods.', ['CONSULT', 'SANCTION']],
  // A seizure "off" or "around" a place of the world list happened there; NEGATIVE: "around" a time is no place.
  ['a seizure off a region of the world list', 'The Norwegian coast guard seized a Russian trawler off Svalbard on Monday.', ['COERCE @Svalbard']],
  ['a seizure in the waters around it', 'The Norwegian coast guard seized a Russian trawler in the waters around Svalbard on Tuesday.', ['COERCE @Svalbard']],
  ['NEGATIVE: "around" a time gives no place', 'The Norwegian coast guard seized a Russian trawler at around noon on Monday.', ['COERCE']],
  ['talks "in the northern" city still are there', 'Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in the northern city of Gulu on Friday.', ['CONSULT @Gulu']],
  // A signing "at <Venue> in <City>": the city after a venue right after the cue.
  ['a signing at a venue in a city', 'Kenya and Uganda signed the pipeline deal at State House in Kampala on Friday.', ['SUPPORT @Kampala']],
  ['NEGATIVE: a city in the object of a signing is not where', 'Kenya and Uganda signed a deal on a pipeline ending at a depot near Kampala on Friday.', ['SUPPORT']],
  // A date between the cue and "in <City>" does not put the city out of reach; NEGATIVE: other words still do.
  ['a signing "on Sunday in" a city', 'India and Australia signed the trade agreement on Sunday in New Delhi.', ['SUPPORT @New Delhi']],
  ['NEGATIVE: a city after the date and other words', 'India and Australia signed the trade agreement on Sunday to boost exports in New Delhi.', ['SUPPORT']],
  // A signing's place after what the text is about ("a memorandum of understanding on border security … in"); NEGATIVE:
  // not after another party's phrase ("with firms in Shanghai").
  ['a signing\'s place after the memorandum\'s topic', 'Kenya and Uganda signed a memorandum of understanding on border security on Friday in Busia.', ['SUPPORT @Busia']],
  ['NEGATIVE: a city after another party in the topic', 'Kenya and Uganda signed a deal on trade with firms in Mombasa on Friday.', ['SUPPORT']],
  // An attack "on" or "against" a city happened there; not a country attacked, nor a city as a government.
  ['an attack on a capital', 'Russia launched a drone attack on Kyiv on Tuesday night.', ['ASSAULT @Kyiv']],
  ['strikes against a city', 'Russian forces launched strikes against Kharkiv on Sunday.', ['ASSAULT @Kharkiv']],
  ['NEGATIVE: an attack on a country gives no place', 'Israel launched strikes on Iran on Friday.', ['ASSAULT']],
  ['NEGATIVE: sanctions on a capital standing for its government give no place', 'Russia imposed sanctions on Kyiv on Sunday.', ['SANCTION']],
  // A bracketed abbreviation does not end the clause.
  ['a place after "(SCO)"', 'Kenya and Uganda held talks at the East African Community (EAC) summit in Arusha on Monday.', ['CONSULT @Arusha']],
  ['NEGATIVE: a place after a bracketed remark', 'Kenya and Uganda held talks (they were cordial) in Arusha on Monday.', ['CONSULT']],
  // A place after "in" and a noun of a state of affairs is a topic (grammar.yaml place_topic_nouns).
  ['NEGATIVE: "the war in" a country discussed is no venue', 'China and Indonesia discussed the war in Sudan and agreed to send aid on Monday.', ['CONSULT', 'AGREE']],
  ['NEGATIVE: "the situation in" a territory', 'Kenya and Uganda exchanged views on the situation in Gaza on Monday.', ['CONSULT']],
  ['talks held in a country still are there', 'China and Indonesia held talks in Sudan on Monday.', ['CONSULT @Sudan']],
  ['NEGATIVE: a place coordinated with a topic\'s ("the situation in the Pacific and in Myanmar")', 'Kenya and Uganda discussed the situation in Gaza and in Khartoum on Monday.', ['CONSULT']],
  // The city of a closing attribution's source is not where the act was.
  ['NEGATIVE: ", the ministry in Nairobi said" gives no place', 'Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan on Monday, the ministry in Nairobi said.', ['CONSULT']],
  ['a place before the closing attribution still counts', 'Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha on Monday, the ministry in Nairobi said.', ['CONSULT @Arusha']],
  // A value after "worth" between a signing and "in <City>" does not put the city out of reach; NEGATIVE: other words do.
  ['a signing "worth $45 million in" a city', 'Kenya and Qatar signed a loan agreement worth $45 million in Doha on Tuesday.', ['SUPPORT @Doha']],
  ['a signing "worth 2.5 billion yen in" a city', 'Japan and Kenya signed grant agreements worth 2.5 billion yen in Nairobi on Friday.', ['SUPPORT @Nairobi']],
  ['NEGATIVE: a city after "worth" and a project', 'Kenya and Qatar signed a loan agreement worth a new hospital ward in Doha on Tuesday.', ['SUPPORT']],
  // An act in a participle's clause is at none of the places before its comma.
  ['NEGATIVE: ", prompting X to expel" takes no place of the clause before', 'Ethiopia signed a memorandum with the breakaway region of Somaliland on Monday, prompting Mogadishu to expel the Ethiopian ambassador.', ['SUPPORT', 'SANCTION']],
  ['a place inside the participle\'s clause still counts', 'Israeli jets struck a building in Gaza City on Monday, prompting Hamas to fire rockets at Tel Aviv.', ['ASSAULT @Palestine', 'ASSAULT @Tel Aviv']],
  // A phone call took place nowhere.
  ['NEGATIVE: a phone call is at no place its sentence names', 'Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks by telephone on Monday and discussed a summit planned in Kampala.', ['CONSULT']],
  ['talks held in person keep their place', 'Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in Kampala on Monday.', ['CONSULT @Kampala']],
  // Forces or aid sent "to" a city right after the cue: the city.
  ['forces deployed to a city', 'Australia deployed police and troops to Honiara in November 2021.', ['MOBILIZE @Honiara']],
  ['aid sent to a city', 'Kenya sent relief goods to Kabul on Monday.', ['AID @Kabul']],
  ['NEGATIVE: sent to a country: no city', 'Kenya sent relief goods to Afghanistan on Monday.', ['AID']],
  ['NEGATIVE: a verbal act "to" a country is no sending', 'Kenya protested to Uganda on Monday over remarks made in Kampala.', ['ACCUSE']],
  // Words lodged with a mission: the mission's city ("data/events/grammar.yaml" mission_nouns).
  ['a protest lodged with an embassy in a city', "Kenya's foreign ministry lodged a protest with the Somali embassy in Nairobi on Monday.", ['ACCUSE @Nairobi']],
  ['NEGATIVE: a city in what the protest is about', "Kenya's foreign ministry lodged a protest with the Somali embassy over arrests in Kismayo on Monday.", ['ACCUSE', 'COERCE @Kismayo']],
  // A visit to a country: the city of that country the sentence names with "in" or "at", else no place.
  ['a visit to a country and a city of it named in the sentence', 'Ruto visited China in October, when he attended a forum in Beijing.', ['CONSULT @Beijing']],
  ['NEGATIVE: a city of another country named in the sentence', 'Ruto visited China in October, after talks in Nairobi.', ['CONSULT', 'CONSULT @Nairobi']],
  ['NEGATIVE: a city of the country named without "in" or "at"', 'Ruto visited China in October to see the port of Shanghai.', ['CONSULT']],
  // A withdrawal or recall "from" a city right after the cue: the city left.
  ['an ambassador recalled from a capital', 'Algeria recalled its ambassador from Paris in July 2023.', ['SANCTION @Paris']],
  ['forces withdrawn from a city', 'Russia withdrew its forces from Kyiv in March 2022.', ['RETREAT @Kyiv']],
  ['NEGATIVE: a capital further on, standing for its government', 'Algeria recalled its ambassador after criticism from Paris in July 2023.', ['SANCTION']],
  ['NEGATIVE: recalled from a country: no city', 'Algeria recalled its ambassador from France in July 2023.', ['SANCTION']],
  // Adjectives between the preposition's article and the place.
  ['"in the disputed Kashmir region"', 'Indian and Pakistani troops traded fire in the disputed Kashmir region on Monday night.', ['ASSAULT @Kashmir']],
  ['"in the southern Kherson region"', 'Russian forces shelled villages in the southern Kherson region on Monday.', ['ASSAULT @Kherson']],
  ['NEGATIVE: adjectives after a preposition that is no locative', 'Russian forces shelled villages with the old Kherson guns on Monday.', ['ASSAULT']],
  // A named site the gazetteer lacks (data/geo/site-nouns.tsv).
  ['an arrest at a named border crossing', 'Kosovo police detained a Serbian official at the Jarinje border crossing on Monday.', ['COERCE @Jarinje']],
  ['an arrest in a named district', 'Kenyan police arrested 23 Somali nationals in Eastleigh district on Monday.', ['COERCE @Eastleigh']],
  // What the two sides did during a visit to a city told in the same sentence happened in that city (refine.ts placeOfVisit).
  ['a signing "during which" after a visit to a city', 'Chilean President Gabriel Boric arrived in Lima on Thursday for a state visit, during which Chile and Peru signed a water accord.', ['CONSULT @Lima', 'SUPPORT @Lima']],
  ['a signing during an official visit to a capital', 'The Indian premier arrived in Dhaka on Monday for an official visit, during which India and Bangladesh signed seven agreements.', ['CONSULT @Dhaka', 'SUPPORT @Dhaka']],
  ['NEGATIVE: a signing told as before the visit', 'Ruto visited Kampala in March, weeks after Kenya and Ethiopia signed a power deal.', ['CONSULT @Kampala', 'SUPPORT']],
  // A seat of government that is also a body ("at the White House", "at the Kremlin"): its city (data/geo/places.tsv).
  ['a meeting at a seat of government', 'Russian President Vladimir Putin met Indian Prime Minister Narendra Modi at the Kremlin on Tuesday.', ['CONSULT @Moscow']],
  ['a visit hosted at a presidential palace', 'French President Emmanuel Macron hosted Brazilian President Lula at the Elysee Palace on Monday.', ['CONSULT @Paris']],
  ['a signing at a landmark after a long title', 'Rwandan President Paul Kagame and Congolese President Felix Tshisekedi signed the Washington Accords for Peace and Prosperity at the White House on Thursday.', ['SUPPORT @Washington']],
  ['NEGATIVE: the body speaking is no place', 'The Kremlin said on Tuesday that Russia would expel two Estonian diplomats.', ['THREATEN']],
  // A town followed by its country, and a name whose last word says it is a place (geo site.ts): where it happened.
  ['a meeting in a town and its country', 'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Entebbe, Uganda, on Monday.', ['CONSULT @Entebbe']],
  ['an incursion near an island the gazetteer lacks', 'A Russian patrol plane violated Japanese airspace near Rebun Island on Wednesday.', ['MOBILIZE @Rebun Island']],
  // Words lodged with or an envoy summoned to a body whose name ends in a mission noun (grammar.yaml mission_nouns).
  ['an envoy summoned to a ministry in a capital', 'Vice Foreign Minister Funakoshi Takehiro summoned Russian Ambassador Nikolai Nozdrev to the Foreign Ministry in Tokyo on Wednesday.', ['ACCUSE @Tokyo']],
  ['a protest note handed to a high commission', "Kenya's foreign ministry handed a protest note to the Tanzanian High Commission in Nairobi on Tuesday.", ['ACCUSE @Nairobi']],
  ['NEGATIVE: a ministry in what the protest is about', "Poland summoned the Belarusian charge d'affaires on Monday over the detention of a Polish citizen by the Interior Ministry in Minsk.", ['ACCUSE']],
  // A visit to a country whose capital bears its name was to that city.
  ['a visit to a city-state', 'Indian Prime Minister Narendra Modi visited Singapore in March.', ['CONSULT @Singapore']],
  // (A small country whose capital bears its name: "Kuwait City", "Panama City"; not a large one.)
  ['a visit to a small country whose capital bears its name', 'Indian Prime Minister Narendra Modi flew to Kuwait in March.', ['CONSULT @Kuwait']],
  ['NEGATIVE: a large country whose capital bears its name', 'Indian Prime Minister Narendra Modi flew to Mexico in March.', ['CONSULT']],
  ['NEGATIVE: a visit to another country gives no city', 'Indian Prime Minister Narendra Modi visited Malaysia in March.', ['CONSULT']],
  ['a signing at a named base, with nouns after its name, in a city', 'Peru and Chile signed a memorandum at the Callao garrison in Lima on Monday.', ['SUPPORT @Lima']],
  ['a signing at a named naval base in a city', 'Ghana and Togo signed a pact at the Sekondi naval base in Takoradi on Monday.', ['SUPPORT @Takoradi']],
  ['a signing at a venue after the topic of its text', 'Peru and Chile signed a memorandum on naval training at the Callao garrison in Lima on Monday.', ['SUPPORT @Lima']],
  ['NEGATIVE: the place of other parties after a venue', 'Ghana and Togo signed a pact on trade at the Lome trade fair with firms in Kumasi on Monday.', ['SUPPORT']],
  ['a reception at a palace every country has is in the host\'s capital', 'Kenyan President William Ruto was received by Ugandan President Yoweri Museveni at the Presidential Palace on Monday.', ['CONSULT @Kampala']],
  ['NEGATIVE: a meeting of three countries at such a palace has no one host', 'Kenyan President William Ruto met the presidents of Uganda and Tanzania at the Presidential Palace on Monday.', ['CONSULT @Presidential Palace']],
  ['a signing "with" a party right after the cue, then its city', 'Nepal signed the agreement with South Korea in Seoul on Wednesday.', ['SUPPORT @Seoul']],
  ['a signing "with" a person of a long title, then the city', "Ghana's trade minister signed the protocol with Togo's Minister of Trade and Industry Kodjo Adedze in Lome on Monday.", ['SUPPORT @Lomé']],
  ['NEGATIVE: a place after the partner of a participle after the cue is the participle\'s', 'Ghana on Monday signed the pact negotiated with Togo in Lome last year.', ['SUPPORT', 'CONSULT @Lomé']],
  // An act in a participle that continues the clause of the same party's act with a place (refine.ts placeOfClauseBefore).
  ['a release "before releasing" after a seizure at a border', 'Ugandan authorities impounded 40 Kenyan trucks at the Namanga border in 2023, before releasing them a week later.', ['COERCE @Namanga', 'RETREAT @Namanga']],
  ['a release in a participle after a comma', 'Ugandan police detained three Kenyan traders in Kampala on Monday, releasing them hours later.', ['COERCE @Kampala', 'RETREAT @Kampala']],
  ['NEGATIVE: a participle of another kind with no act before it that has a place', 'Releasing two Kenyan fishermen, Uganda said on Monday it wanted calm.', ['RETREAT']],
  // A named place passed "through" or "via" (not a country) is where goods or forces were sent.
  ['aid sent through a named crossing', 'Pakistan dispatched 20 trucks of relief goods to Afghanistan through the Torkham crossing on Wednesday.', ['AID @Torkham']],
  ['NEGATIVE: a country passed through gives no place', 'Iran sent fuel to Lebanon via Syria on Monday.', ['AID']],
  // "off" inside the cue is its verb's particle ("wrote off"); NEGATIVE: "off" before a place after the cue is a place word.
  ['NEGATIVE: a particle "off" in the cue before a country', "Ghana wrote off Togo's debt on Monday.", ['AID']],
  ['a place "off" which an act happened', 'Ghanaian sailors detained a Togolese trawler off Accra on Monday.', ['COERCE @Accra']],
];

for (const [name, text, expected] of ROWS) {
  test(`where: ${name}`, () => {
    const events = coder.code(text, '2024-05-20');
    assert.deepEqual(events.map((e) => `${e.event[0]}${e.event_loc ? ' @' + e.event_loc.name : ''}`), expected);
  });
}
