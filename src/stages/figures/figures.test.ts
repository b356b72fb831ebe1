// Figures: our own sentences about trade, aid and travel with the figures they must give (value, unit,
// period, qualifier, evidence text); negatives (durations, ordinals, enumerations) live in figures.negative.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../../lexicon/index.ts';
import { testDoc } from '../quotes/test-doc.ts';
import { findFigures } from './index.ts';

const lexicon = loadLexicon();

type Expected = [value: number, unit: string, period: string | null, qualifier: string, text: string];
type Case = [name: string, text: string, expected: Expected[]];

// Every case is read as published on 2024-05-20, so a figure with no year in its sentence gets "2024".
const CASES: Case[] = [
  ['relief workers and those they saved are counted as people', 'Ghana sent 64 rescuers to Malawi, and they pulled 9 survivors from the mud.',
    [[64, 'people', '2024', 'exact', '64 rescuers'], [9, 'people', '2024', 'exact', '9 survivors']]],
  ['NEGATIVE: a small spelled number of experts is narrative', 'Two experts said the bridge would hold, and the ministry counted 300 firefighters.',
    [[300, 'people', '2024', 'exact', '300 firefighters']]],
  ['thousands set off by spaces, and a decimal comma before a multiplier', 'The sector employs about 40 000 people, and trade was worth US$111,6 million in 2023.',
    [[40000, 'people', '2023', 'about', '40 000 people'], [111.6e6, 'USD', '2023', 'exact', 'US$111,6 million']]],
  ['NEGATIVE: a year before a count is no group of thousands', 'In 2023 100 firms closed, and the ministry counted 1,200 tonnes in 2022.',
    [[100, 'firms', '2023', 'exact', '100 firms'], [1200, 'tonnes', '2022', 'exact', '1,200 tonnes']]],
  ['dollar sign and billion, year after', 'Bilateral trade between India and the UAE reached $85 billion in 2023.',
    [[85e9, 'USD', '2023', 'exact', '$85 billion']]],
  ['US$ prefix with "more than"', 'Two-way trade with Chile topped more than US$12.5 billion in 2022, officials said.',
    [[12.5e9, 'USD', '2022', 'over', 'US$12.5 billion']]],
  ['euros after the number', 'Germany pledged 3 million euros in humanitarian aid for Sudan in 2024.',
    [[3e6, 'EUR', '2024', 'exact', '3 million euros']]],
  ['trillion yuan, publication year', 'The rail programme is worth 1.2 trillion yuan, the planning agency said.',
    [[1.2e12, 'CNY', '2024', 'exact', '1.2 trillion yuan']]],
  ['VND code before the number', 'Hanoi approved VND 500 billion for the new bridge over the Red River.',
    [[5e11, 'VND', '2024', 'exact', 'VND 500 billion']]],
  ['"U.S. dollars" after the number', 'Exports to Mexico hit 47.3 billion U.S. dollars in 2021.',
    [[47.3e9, 'USD', '2021', 'exact', '47.3 billion U.S. dollars']]],
  ['pound sign with attached bn', 'Britain will invest £4bn in Gulf energy projects, the minister said.',
    [[4e9, 'GBP', '2024', 'exact', '£4bn']]],
  ['rupee symbol and crore', 'New Delhi set aside ₹5,000 crore for the port in Colombo.',
    [[5e10, 'INR', '2024', 'exact', '₹5,000 crore']]],
  ['Singapore, Australian and Hong Kong dollars', 'The fund raised S$1.5 billion, A$2 billion and HK$300 million last quarter.',
    [[1.5e9, 'SGD', '2024', 'exact', 'S$1.5 billion'], [2e9, 'AUD', '2024', 'exact', 'A$2 billion'], [3e8, 'HKD', '2024', 'exact', 'HK$300 million']]],
  ['ringgit symbol, won and rupiah', 'Malaysia offered RM10 billion, Seoul 500 billion won and Jakarta 3 trillion rupiah.',
    [[1e10, 'MYR', '2024', 'exact', 'RM10 billion'], [5e11, 'KRW', '2024', 'exact', '500 billion won'], [3e12, 'IDR', '2024', 'exact', '3 trillion rupiah']]],
  ['number words with a multiplier', 'Washington promised two billion dollars for Pacific cables.',
    [[2e9, 'USD', '2024', 'exact', 'two billion dollars']]],
  ['"under" before money', 'Aid to Laos fell to under $5 million in 2019.',
    [[5e6, 'USD', '2019', 'under', '$5 million']]],
  ['percent with year-on-year', 'Exports to Brazil rose 4.8 percent year-on-year in the first quarter of 2024.',
    [[4.8, 'percent', '2024', 'exact', '4.8 percent']]],
  ['"per cent" and "%"', 'Inflation in Kenya eased to 3.1 per cent in March 2023, while rates stayed at 13%.',
    [[3.1, 'percent', '2023', 'exact', '3.1 per cent'], [13, 'percent', '2023', 'exact', '13%']]],
  ['percentage change then amount in one clause', "Seoul's imports from Riyadh fell 2.5% to 30 billion dollars in 2022.",
    [[2.5, 'percent', '2022', 'exact', '2.5%'], [3e10, 'USD', '2022', 'exact', '30 billion dollars']]],
  ['"some" tourists', 'Some 1,200 tourists from Malaysia arrived in Da Nang on the first charter flights.',
    [[1200, 'people', '2024', 'about', '1,200 tourists']]],
  ['documents with modifiers and "more than"', 'More than 45 cooperation documents were signed during the visit to Jakarta.',
    [[45, 'documents', '2024', 'over', '45 cooperation documents']]],
  ['millions of visitors, "nearly" is just under', 'Thailand expects nearly 2 million Chinese visitors during the holiday season.',
    [[2e6, 'people', '2024', 'under', '2 million Chinese visitors']]],
  ['distances as written, and NEGATIVE: a converted length in brackets is the same length', 'The atoll lies about 230 kilometers (143 miles) west of Luzon and 40 nautical miles from the coast.',
    [[230, 'kilometers', '2024', 'about', '230 kilometers'], [40, 'nautical miles', '2024', 'exact', '40 nautical miles']]],
  ['a length as an adjective, glued "km", and a length after "altitude of"', 'The 1,340-kilometre land border is closed; the 800km pipeline is not. The rocket reached an altitude of about 100 km.',
    [[1340, 'kilometres', '2024', 'exact', '1,340-kilometre'], [800, 'kilometres', '2024', 'exact', '800km'], [100, 'kilometres', '2024', 'about', '100 km']]],
  ['votes in digits, and the votes against after "votes to"', 'The assembly passed the motion by 48 votes to 9, and the senate gave it 31 votes.',
    [[48, 'votes', '2024', 'exact', '48 votes'], [9, 'votes', '2024', 'exact', '9'], [31, 'votes', '2024', 'exact', '31 votes']]],
  ['NEGATIVE: a small spelled number of votes is narrative', 'Two votes were held on the motion in the assembly.', []],
  ['population of over …', 'Indonesia, with a population of over 270 million, is the largest economy in ASEAN.',
    [[2.7e8, 'people', '2024', 'over', '270 million']]],
  ['a year earlier in the sentence carries over', 'In 2022, the two sides signed 12 agreements worth $3 billion.',
    [[12, 'agreements', '2022', 'exact', '12 agreements'], [3e9, 'USD', '2022', 'exact', '$3 billion']]],
  ['a conversion in brackets is charted in its own currency too', 'Vietnam will invest VND 1 trillion (about $40 million) in the port of Lach Huyen.',
    [[1e12, 'VND', '2024', 'exact', 'VND 1 trillion'], [4e7, 'USD', '2024', 'about', '$40 million']]],
  ['ringgit with its US dollar value, sharing the year', 'Two-way trade stood at RM48.3 billion (US$10.6 billion) in 2022.',
    [[48.3e9, 'MYR', '2022', 'exact', 'RM48.3 billion'], [10.6e9, 'USD', '2022', 'exact', 'US$10.6 billion']]],
  ['"of its" between a number and its noun', 'Kyiv received 230 of its citizens in the exchange.',
    [[230, 'people', '2024', 'exact', '230 of its citizens']]],
  ['"over the same period" takes the year of the figure before',
    'Exports to Peru reached $3 billion in 2022. Imports grew to $2 billion over the same period.',
    [[3e9, 'USD', '2022', 'exact', '$3 billion'], [2e9, 'USD', '2022', 'exact', '$2 billion']]],
  ['people counted with a multiplier', 'The corridor serves 1.4 billion people across South Asia.',
    [[1.4e9, 'people', '2024', 'exact', '1.4 billion people']]],
  // Money in the forms of South and Southeast Asian papers.
  ['rupees in crore, "Rs" and "Rs."', 'Delhi approved Rs 418 crore for the bridge and Rs. 75 crore for the road to Sylhet.',
    [[4.18e9, 'INR', '2024', 'exact', 'Rs 418 crore'], [7.5e8, 'INR', '2024', 'exact', 'Rs. 75 crore']]],
  ['"lakh crore"', 'Trade with the Gulf was worth Rs 1.1 lakh crore in 2022.',
    [[1.1e12, 'INR', '2022', 'exact', 'Rs 1.1 lakh crore']]],
  ['a multiplier hyphenated to its number', 'Tokyo backed a ₹2,500-crore metro line and a $1.5-billion port.',
    [[2.5e10, 'INR', '2024', 'exact', '₹2,500-crore'], [1.5e9, 'USD', '2024', 'exact', '$1.5-billion']]],
  ['rupiah, taka, shillings and dong glued to their codes', 'The funds were Rp4.1 trillion, Tk 500 crore, KSh 30 billion and VND2 quadrillion.',
    [[4.1e12, 'IDR', '2024', 'exact', 'Rp4.1 trillion'], [5e9, 'BDT', '2024', 'exact', 'Tk 500 crore'],
      [3e10, 'KES', '2024', 'exact', 'KSh 30 billion'], [2e15, 'VND', '2024', 'exact', 'VND2 quadrillion']]],
  ['"bn" and "mn" glued to a symbol', 'Qatar pledged $45bn and Britain £2.1mn.',
    [[45e9, 'USD', '2024', 'exact', '$45bn'], [2.1e6, 'GBP', '2024', 'exact', '£2.1mn']]],
  ['"pc" for per cent', 'Exports to Nepal rose 12 pc in 2023.', [[12, 'percent', '2023', 'exact', '12 pc']]],
  // Counts written out, and the nouns they count.
  ['spelled-out counts before countable nouns', 'The ministers signed seven agreements, and three crew members were hurt.',
    [[7, 'agreements', '2024', 'exact', 'seven agreements'], [3, 'people', '2024', 'exact', 'three crew members']]],
  ['a spelled-out count past modifiers with digits and dots', 'Tokyo will supply five additional 97-meter patrol vessels and two U.S.-made radars.',
    [[5, 'vessels', '2024', 'exact', 'five additional 97-meter patrol vessels']]],
  ['memoranda of understanding and MoUs keep their noun', 'Firms signed 32 memoranda of understanding and 12 MoUs in Busan.',
    [[32, 'memoranda of understanding', '2024', 'exact', '32 memoranda of understanding'], [12, 'MoUs', '2024', 'exact', '12 MoUs']]],
  ['passenger trips, metric tons and sanctioned entities', 'The line carried 9 million passenger trips and 3.1 million metric tons; 10 other Hong Kong-based entities were listed.',
    [[9e6, 'passenger trips', '2024', 'exact', '9 million passenger trips'], [3.1e6, 'metric tons', '2024', 'exact', '3.1 million metric tons'],
      [10, 'entities', '2024', 'exact', '10 other Hong Kong-based entities']]],
  ['officials and visits counted in digits', 'Laos sent 1,200 officials to training courses, and tourists made 7.5 million visits.',
    [[1200, 'people', '2024', 'exact', '1,200 officials'], [7.5e6, 'visits', '2024', 'exact', '7.5 million visits']]],
  ['plural demonyms of one and two words', 'Some 8.8 million South Koreans and more than two million Bangladeshis travelled abroad.',
    [[8.8e6, 'people', '2024', 'about', '8.8 million South Koreans'], [2e6, 'people', '2024', 'over', 'two million Bangladeshis']]],
  // Periods.
  ['a total "since" a year runs to the publication year', 'The refinery had bought oil worth $2.4 billion since 2021.',
    [[2.4e9, 'USD', '2024', 'exact', '$2.4 billion']]],
  ['a year naming a thing is no period', 'Some $5 trillion in goods passes the strait each year, and Manila cites a 2016 ruling.',
    [[5e12, 'USD', '2024', 'about', '$5 trillion']]],
  ['a year in a participle clause of its own', 'Launched in 2013, the corridor has drawn $30 billion of investment.',
    [[3e10, 'USD', '2024', 'exact', '$30 billion']]],
  ['a year in a relative clause of its own', 'The railway, which opened in 2016, has carried over 6 million passengers.',
    [[6e6, 'people', '2024', 'over', '6 million passengers']]],
  ['a present stock after a clause with its own year', 'Trade reached $4.1 billion in 2023, and more than 300 Turkish firms operate in Iraq.',
    [[4.1e9, 'USD', '2023', 'exact', '$4.1 billion'], [300, 'firms', '2024', 'over', '300 Turkish firms']]],
  ['a past clause after a clause with its own year shares it', 'Exports rose to $6 billion in 2022, and imports fell 3 percent to $2 billion.',
    [[6e9, 'USD', '2022', 'exact', '$6 billion'], [3, 'percent', '2022', 'exact', '3 percent'], [2e9, 'USD', '2022', 'exact', '$2 billion']]],
  ['a "with" clause shares the year of the clause before', 'Trade hit $12 billion in 2021, with imports from Chile increasing 6%.',
    [[12e9, 'USD', '2021', 'exact', '$12 billion'], [6, 'percent', '2021', 'exact', '6%']]],
  ['the base of a comparison keeps its year to itself', 'Trade in 2021 was $7 billion, up from $5 billion in 2019.',
    [[7e9, 'USD', '2021', 'exact', '$7 billion'], [5e9, 'USD', '2019', 'exact', '$5 billion']]],
  ['"the number of" a countable noun, then its amount', 'The number of Korean visitors to Laos jumped to 210,000 in 2023.',
    [[210000, 'people', '2023', 'exact', '210,000']]],
  // A bare count after a measure noun and a verb of change, with a short phrase between them.
  ['a death toll that rose to a bare number', 'The death toll from the landslide in northern Peru rose to 41 on Tuesday.',
    [[41, 'people', '2024', 'exact', '41']]],
  ['"the number of injured" climbed to a bare number', 'The number of injured climbed to 112, the health ministry said.',
    [[112, 'people', '2024', 'exact', '112']]],
  ['"the number of visitors" reached a bare amount', 'The number of visitors from Kenya reached 3.2 million in 2023.',
    [[3.2e6, 'people', '2023', 'exact', '3.2 million']]],
  // A span of years is no single period: null (the gold annotates such figures without a period).
  ['a span of years with a hyphen is no period', 'Trade with Chile grew by 12 percent in 2021-2023.',
    [[12, 'percent', null, 'exact', '12 percent']]],
  ['"between 2019 and 2022" is no period', 'Exports to Ghana rose to $2 billion between 2019 and 2022.',
    [[2e9, 'USD', null, 'exact', '$2 billion']]],
  ['a fiscal year across two calendar years is no period', 'The deficit was 7.4 percent of output in the 2024/25 fiscal year, and remittances hit $9 billion in fiscal 2023-24.',
    [[7.4, 'percent', null, 'exact', '7.4 percent'], [9e9, 'USD', null, 'exact', '$9 billion']]],
  ['NEGATIVE: two years joined by "and" without "between" are no span', 'Aid reached $40 million in 2021 and 2022 alike.',
    [[4e7, 'USD', '2021', 'exact', '$40 million']]],
  ['NEGATIVE: a year and a month ("2023-05") are no span', 'Exports reached $5 billion in 2023-05 terms, officials said in 2022.',
    [[5e9, 'USD', '2023', 'exact', '$5 billion']]],
  ['"the 2023 fiscal year" is a period', 'Revenue hit $3 billion in the 2023 fiscal year.',
    [[3e9, 'USD', '2023', 'exact', '$3 billion']]],
  ['rand written "R" glued to the number', 'South African firms have invested more than R120 billion in Nigeria.',
    [[1.2e11, 'ZAR', '2024', 'over', 'R120 billion']]],
  ['a bare number that a verb shows to count people', 'In the crash, at least 14 died and 9 were injured.',
    [[14, 'people', '2024', 'over', '14'], [9, 'people', '2024', 'exact', '9']]],
  ['the year of an event named after "in the" is the period', 'In the 2019 floods, at least 300 people were killed.',
    [[300, 'people', '2019', 'over', '300 people']]],
  ['"a year earlier" is the year before the sentence\'s', 'Trade fell to $27 billion in 2024 from $31 billion a year earlier.',
    [[27e9, 'USD', '2024', 'exact', '$27 billion'], [31e9, 'USD', '2023', 'exact', '$31 billion']]],
  ['"up 0.8% on 2023": the base of the comparison is not the period', 'Trade reached €175 billion in 2024, up 0.8% on 2023.',
    [[175e9, 'EUR', '2024', 'exact', '€175 billion'], [0.8, 'percent', '2024', 'exact', '0.8%']]],
  ['a year in a clause of its own after the figure', 'The line is built with loans of $9 billion and is expected to open in 2027.',
    [[9e9, 'USD', '2024', 'exact', '$9 billion']]],
  ['a present passive after ", while" does not share the year before', 'Imports reached $3 billion in 2023, while investments are estimated at $2 billion.',
    [[3e9, 'USD', '2023', 'exact', '$3 billion'], [2e9, 'USD', '2024', 'exact', '$2 billion']]],
  ['a year after "since" makes a total to date', 'The dam has produced 12,000 gigawatt-hours since it opened in 2022.',
    [[12000, 'gigawatt-hours', '2024', 'exact', '12,000 gigawatt-hours']]],
  ['"over the year" takes the period of the figure before', 'Trade reached $9 billion in 2023.\n\nExports rose 5% over the year.',
    [[9e9, 'USD', '2023', 'exact', '$9 billion'], [5, 'percent', '2023', 'exact', '5%']]],
  ['a full date naming an event is not a period', 'About 180 people convicted over the January 8, 2023 riots remain abroad.',
    [[180, 'people', '2024', 'about', '180 people']]],
  ['"the number of" a demonym\'s plural, then its amount', 'The number of South Koreans who visited Japan reached 8.8 million in 2024.',
    [[8.8e6, 'people', '2024', 'exact', '8.8 million']]],
  ['two demonyms joined by "and" before a countable noun', '2,000 French and British troops will train together in October.',
    [[2000, 'people', '2024', 'exact', '2,000 French and British troops']]],
  ['a headline repeating the body is one figure', 'Japan pledges $300 million for Pacific ports\n\nJapan on Monday pledged $300 million for ports in the Pacific.',
    [[3e8, 'USD', '2024', 'exact', '$300 million']]],
  ['"more" between a count and its noun', 'Lithuania sent 800 more soldiers and two more helicopters to the border.',
    [[800, 'people', '2024', 'exact', '800 more soldiers']]],
  ['a rejected count does not hide the next one', 'The two sides signed seven documents on fisheries.',
    [[7, 'documents', '2024', 'exact', 'seven documents']]],
  ['equal counts of different nouns are two figures', 'Three border guards were wounded, and the blast killed three Moroccan traders.',
    [[3, 'people', '2024', 'exact', 'Three border guards'], [3, 'people', '2024', 'exact', 'three Moroccan traders']]],
  ['a percentage change from a base year takes its own period', 'Exports to Ghana rose to $2 billion in 2023, an increase of 14 percent from 2021.',
    [[2e9, 'USD', '2023', 'exact', '$2 billion'], [14, 'percent', '2023', 'exact', '14 percent']]],
  ['a base "same period of" year is no period', 'Trade reached $3 billion in the first half, a rise of 9% compared with the same period of 2022.',
    [[3e9, 'USD', '2024', 'exact', '$3 billion'], [9, 'percent', '2024', 'exact', '9%']]],
  ['vehicles, roles and attempts counted in digits', 'Guards stopped 1,400 attempts to cross, held 35 lorries and detained 12 activists.',
    [[1400, 'attempts', '2024', 'exact', '1,400 attempts'], [35, 'lorries', '2024', 'exact', '35 lorries'], [12, 'people', '2024', 'exact', '12 activists']]],
  ['bare participles of a casualty list count people', 'At least 45 civilians were killed and 120 wounded in the strike on Kharkiv.',
    [[45, 'people', '2024', 'over', '45 civilians'], [120, 'people', '2024', 'exact', '120']]],
  ['"others" counted in digits are people', 'The ministry said 38 died, with 1,203 others injured.',
    [[38, 'people', '2024', 'exact', '38'], [1203, 'people', '2024', 'exact', '1,203 others']]],
  ['a base amount that is no figure keeps its year to itself', 'Visitors reached 3.6 million in 2023, up 50 percent from 2.4 million in 2022.',
    [[50, 'percent', '2023', 'exact', '50 percent']]],
  ['NEGATIVE: a percentage that is the base keeps its own year', 'The tariff rose from 5 percent in 2022 to 9 percent in 2023.',
    [[5, 'percent', '2022', 'exact', '5 percent'], [9, 'percent', '2023', 'exact', '9 percent']]],
  ['repeated acts counted in "times"', 'Seoul said Pyongyang violated the buffer zone 1,200 times in 2023, including 35 times near the islands.',
    [[1200, 'times', '2023', 'exact', '1,200 times'], [35, 'times', '2023', 'exact', '35 times']]],
  ['"half a" before a multiplier', 'Half a million tourists came, and Tokyo lent half a billion dollars.',
    [[5e5, 'people', '2024', 'exact', 'Half a million tourists'], [5e8, 'USD', '2024', 'exact', 'half a billion dollars']]],
  ['a past-tense sentence right after an amount of a past year goes on about that year',
    'Trade reached $9 billion in 2022.\n\nExports to Peru rose 10% to $5 billion, while imports fell to $4 billion.',
    [[9e9, 'USD', '2022', 'exact', '$9 billion'], [10, 'percent', '2022', 'exact', '10%'], [5e9, 'USD', '2022', 'exact', '$5 billion'], [4e9, 'USD', '2022', 'exact', '$4 billion']]],
  ['NEGATIVE: a present stock, a count, a period of its own, or a later sentence take the publication year',
    'Trade reached $9 billion in 2022. Chinese firms have invested $2 billion. Trade reached $9 billion in 2021. Some 300 firms opened offices. Trade reached $8 billion in 2020. Exports fell to $1 billion in the first quarter. Trade reached $7 billion in 2019. The minister spoke. Loans rose to $3 billion.',
    [[9e9, 'USD', '2022', 'exact', '$9 billion'], [2e9, 'USD', '2024', 'exact', '$2 billion'], [9e9, 'USD', '2021', 'exact', '$9 billion'], [300, 'firms', '2024', 'about', '300 firms'],
      [8e9, 'USD', '2020', 'exact', '$8 billion'], [1e9, 'USD', '2024', 'exact', '$1 billion'], [7e9, 'USD', '2019', 'exact', '$7 billion'], [3e9, 'USD', '2024', 'exact', '$3 billion']]],
  ['an amount used as an adjective, hyphenated to its currency', 'Kyiv drew on the 50-billion-euro facility and a 300-million-dollar loan.',
    [[5e10, 'EUR', '2024', 'exact', '50-billion-euro'], [3e8, 'USD', '2024', 'exact', '300-million-dollar']]],
  ['NEGATIVE: a percentage not followed by an intensity adjective stays', 'The minister was sure that 40 percent of exports were late and 60% arrived.',
    [[40, 'percent', '2024', 'exact', '40 percent'], [60, 'percent', '2024', 'exact', '60%']]],
  ['the shilling written "Sh"', 'Uganda and Kenya traded goods worth Sh75 billion in 2023.',
    [[75e9, 'KES', '2023', 'exact', 'Sh75 billion']]],
  ['a name after "to" is no model name before a count', 'Police handed over to Kenya 14 Somali nationals and flew to Nairobi 300 tourists in 2023.',
    [[14, 'people', '2023', 'exact', '14 Somali nationals'], [300, 'people', '2023', 'exact', '300 tourists']]],
  ['an area keeps its unit as written', 'The disputed area covers 335 square kilometres, and the park 120 square kilometers.',
    [[335, 'square kilometres', '2024', 'exact', '335 square kilometres'], [120, 'square kilometers', '2024', 'exact', '120 square kilometers']]],
  ['Rohingya counted with no plural ending', 'Bangladesh shelters over 1.1 million Rohingya. Some 9,000 Rohingya reached Aceh by boat in 2023.',
    [[1.1e6, 'people', '2024', 'over', '1.1 million Rohingya'], [9000, 'people', '2023', 'about', '9,000 Rohingya']]],
];

for (const [name, text, expected] of CASES) {
  test(`figures: ${name}`, () => {
    const figures = findFigures(testDoc(text, []), lexicon);
    assert.deepEqual(figures.map((f) => [f.value, f.unit, f.period, f.qualifier, f.text]), expected);
    for (const f of figures) {
      assert.equal(text.slice(f.start, f.end), f.text, 'evidence offsets');
      assert.match(f.rule, /^figures\./);
    }
  });
}

const MEASURES: [text: string, measures: string[]][] = [
  ['Trade between Peru and Japan reached $9.2 billion in 2023.', ['Trade between Peru and Japan']],
  ['Last year, with total bilateral trade exceeding $40 billion, the ministers met.', ['total bilateral trade']],
  ['Exports of coffee to Russia grew 12% year-on-year.', ['Exports of coffee to Russia, year-on-year growth']],
  ["Seoul's exports to Hanoi rose 3.9 percent on-year.", ["Seoul's exports to Hanoi, year-on-year growth"]],
  ['Egypt received 14 million tourists in 2023.', ['tourists']],
  ['The leaders witnessed 20 documents signed by the two governments.', ['documents signed by the two governments']],
  ['Their combined population of 300 million is young.', ['combined population']],
  ['LIMA, May 2 (Andina) -- The loan of 3 billion U.S. dollars was signed.', ['loan']],
  // A level reached is no change ("fell to 4.2 percent"); a change by so much is ("fell 4.2 percent", "fell by").
  ['Inflation in Kenya fell to 4.2 percent in September.', ['Inflation in Kenya']],
  ['Inflation in Kenya fell 1.1 percent in September.', ['Inflation in Kenya decline']],
  // "a rise of" names no measure of its own: the figure before gives it; NEGATIVE: "growth in exports" does.
  ['Trade reached $3 billion, a rise of 9% on the year.', ['Trade', 'Trade growth']],
  ['Growth in exports was 3 percent.', ['Growth in exports']],
];

test('figures: measures name the thing measured', () => {
  for (const [text, measures] of MEASURES) {
    assert.deepEqual(findFigures(testDoc(text, []), lexicon).map((f) => f.measure), measures, text);
  }
});

test('figures: a number before a plural demonym counts people', () => {
  const demonyms = { Filipinos: 'PHL', Chinese: 'CHN', Swiss: 'CHE' };
  const cases: [string, [number, string, string][]][] = [
    ['About 350,000 Filipinos live and work in Japan.', [[350000, 'people', 'about']]],
    ['Some 2,000 Swiss, most of them retired, live in Da Nang.', [[2000, 'people', 'about']]],
    ['Two Japanese destroyers and 2 Japanese frigates sailed past.', []],
    ['Nearly 5,000 Chinese tourists visited Nepal.', [[5000, 'people', 'under']]],
    // The boats are counted as boats, not as Chinese people.
    ['Some 40,000 Chinese live in Laos, and 100 Chinese fishing boats sailed by.', [[40000, 'people', 'about'], [100, 'boats', 'exact']]],
    ['In 2019 Chinese investors bought the port.', []],
  ];
  for (const [text, expected] of cases) {
    const figures = findFigures(testDoc(text, [], demonyms), lexicon);
    assert.deepEqual(figures.map((f) => [f.value, f.unit, f.qualifier]), expected, text);
    for (const f of figures) assert.equal(text.slice(f.start, f.end), f.text);
  }
});

test('figures: measures from the figure before, and none from a preposition', () => {
  const cases: [string, string[]][] = [
    ['Trade hit $20 billion in 2023, and both sides aim to raise it to $30 billion.', ['Trade', 'Trade']],
    ['Britain will pay France £476m over three years.', ['amount']],
    ['Turkey backs a planned $17bn road and rail corridor to the Gulf.', ['road and rail corridor']],
    // A conjunction ending the words after a figure opens the next phrase: it is no part of the measure.
    ['India agreed to provide a $400 million currency swap and a new loan.', ['currency swap']],
  ];
  for (const [text, measures] of cases) assert.deepEqual(findFigures(testDoc(text, []), lexicon).map((f) => f.measure), measures, text);
});

test('figures: a comparison with last year does not give a change its period', () => {
  const text = 'Arrivals rose 48% on the same period last year.';
  const doc = testDoc(text, []);
  const start = text.indexOf('last year');
  doc.dates.push({ start, end: start + 9, rule: 'test', text: 'last year', value: '2023', future: false });
  assert.deepEqual(findFigures(doc, lexicon).map((f) => [f.period, f.measure]), [['2024', 'Arrivals, year-on-year growth']]);
});

test('figures: a bare "$", "dollars" or "Rs" takes the currency of the outlet\'s country', () => {
  const cases: [source: string | null, text: string, units: string[]][] = [
    ['The Straits Times', 'Trade reached $47 billion (US$35 billion) in 2024.', ['SGD', 'USD']],
    ['Australian Broadcasting Corporation', 'Canberra will provide 200 million dollars to the police.', ['AUD']],
    ['Dawn', 'Islamabad set aside Rs 45 billion for the dam.', ['PKR']],
    ['Xinhua', 'Exports reached $5 billion and ¥2 trillion.', ['USD', 'CNY']],
    [null, 'Trade reached $47 billion and Rs 9 billion.', ['USD', 'INR']],
    ['The Citizen', 'Dodoma set aside Sh300 billion for the railway.', ['TZS']],
    ['Dawn', 'India approved a 30 billion rupee credit line.', ['PKR']],
  ];
  for (const [source, text, units] of cases) {
    const doc = testDoc(text, []);
    doc.document.source = source;
    assert.deepEqual(findFigures(doc, lexicon).map((f) => f.unit), units, `${source}: ${text}`);
  }
});

test('figures: with no outlet known, the country of a form\'s list the article names, or names most, gives its meaning', () => {
  const cases: [countries: Record<string, string>, text: string, units: string[]][] = [
    [{ Pakistan: 'PAK' }, 'Pakistan set aside Rs 45 billion for the dam.', ['PKR']],
    [{ Pakistan: 'PAK', India: 'IND' }, 'Pakistan and India each set aside Rs 45 billion.', ['INR']],
    [{ Australia: 'AUS' }, 'Australia will provide $200 million for the reef.', ['AUD']],
    [{ Australia: 'AUS', 'United States': 'USA' }, 'Australia and the United States will provide $200 million.', ['USD']],
    [{ Kenya: 'KEN' }, 'Kenya will provide $200 million for the port.', ['USD']],
    [{ Uganda: 'UGA' }, 'Uganda will spend Sh900 billion on roads.', ['UGX']],
    [{ Uganda: 'UGA', Kenya: 'KEN' }, 'Uganda and Kenya will each spend Sh900 billion.', ['KES']],
    // (Of several, the one named most; NEGATIVE above: two named as often give the form's default.)
    [{ 'Sri Lanka': 'LKA', India: 'IND' }, 'Sri Lanka will spend Rs. 3 billion on clinics. Sri Lanka thanked India and Sri Lanka said more would come.', ['LKR']],
    // (NEGATIVE: a country named less than the article's two main ones gives a form no meaning: "$" stays USD.)
    [{ Kenya: 'KEN', Uganda: 'UGA', Canada: 'CAN' }, 'Kenya and Uganda will spend $3 billion. Kenya and Uganda met in Kampala, and Kenya later called Canada.', ['USD']],
  ];
  for (const [countries, text, units] of cases) {
    const doc = testDoc(text, [], countries);
    doc.document.source = null;
    assert.deepEqual(findFigures(doc, lexicon).map((f) => f.unit), units, text);
  }
});

test('figures: an outlet of a country a form does not stand for (Reuters and "rupee") leaves it to the article\'s countries; NEGATIVE: Dawn\'s rupee is its own (see above)', () => {
  const doc = testDoc('Pakistan received a 30 billion rupee loan from China.', [], { Pakistan: 'PAK' });
  doc.document.source = 'Reuters';
  assert.deepEqual(findFigures(doc, lexicon).map((f) => [f.value, f.unit]), [[3e10, 'PKR']]);
});

test('figures: with no publication date, the latest full date in the article gives the fallback year', () => {
  const text = 'Updated June 3, 2023\n\nFirms signed 12 agreements.';
  const doc = testDoc(text, []);
  doc.document.published = null;
  const at = text.indexOf('June');
  doc.dates.push({ start: at, end: at + 12, rule: 'test', text: 'June 3, 2023', value: '2023-06-03', future: false });
  assert.deepEqual(findFigures(doc, lexicon).map((f) => f.period), ['2023']);
});

test('figures: a resolved date from the dates stage gives the period ("last year")', () => {
  const text = 'Trade with Chile reached $6 billion last year.';
  const doc = testDoc(text, []);
  const start = text.indexOf('last year');
  doc.dates.push({ start, end: start + 9, rule: 'test', text: 'last year', value: '2023', future: false });
  assert.deepEqual(findFigures(doc, lexicon).map((f) => f.period), ['2023']);
});

test('figures: a year-on-year comparison gives no figure of its sentence its period', () => {
  for (const text of [
    'Exports to Chile rose 12% from a year earlier, while imports fell 3.4 percent.',
    'The economy grew 6.2% in the fourth quarter from a year earlier, faster than 5.6% in the third.',
  ]) {
    const doc = testDoc(text, []);
    const start = text.indexOf('a year earlier');
    doc.dates.push({ start, end: start + 14, rule: 'test', text: 'a year earlier', value: '2023', future: false });
    assert.deepEqual(findFigures(doc, lexicon).map((f) => f.period), ['2024', '2024'], text);
  }
  // NEGATIVE: a year that is not a comparison still gives the figures after it their period.
  const text = 'Last year exports to Chile rose 12%, while imports fell 3.4 percent.';
  const doc = testDoc(text, []);
  doc.dates.push({ start: 0, end: 9, rule: 'test', text: 'Last year', value: '2023', future: false });
  assert.deepEqual(findFigures(doc, lexicon).map((f) => f.period), ['2023', '2023']);
});

test('figures: the day a figure was told (", the ministry said on Monday") is no period, "last year" before it is; NEGATIVE: an attribution before the figure leaves the day after it', async () => {
  const { createPipeline } = await import('../../pipeline.ts');
  const pipeline = createPipeline();
  const periods = (text: string) => pipeline.extract({ text, file: 'a.txt', published: '2025-02-04' }).figures.map((f) => `${f.text} ${f.period}`);
  assert.deepEqual(periods('Trade between Egypt and Turkey rose 15 percent last year to $8.8 billion, the ministry said on Monday.'),
    ['15 percent 2024', '$8.8 billion 2024']);
  assert.deepEqual(periods('Officials said exports reached $5 billion in 2022.'), ['$5 billion 2022']);
});
