// The geo stage: tables of sentences with the country mentions and places they must give, and what they must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Doc } from '../../core/doc.ts';
import { loadLexicon } from '../../lexicon/index.ts';
import { findGeo } from './index.ts';

const lexicon = loadLexicon();

/** Runs geo over `text` taken as one sentence. */
function geo(text: string): Doc {
  const doc = createDoc({ text });
  doc.sentences = [{ start: 0, end: text.length, index: 0, paragraph: 0 }];
  findGeo(doc, lexicon);
  return doc;
}

const show = (doc: Doc) => doc.countryMentions.map((m) => `${doc.text.slice(m.start, m.end)}=${m.code}/${m.kind}`);

const COUNTRY_CASES: [string, string, string[]][] = [
  // A river, its basin or delta named after a city or country is neither; NEGATIVE: the city and the country alone are.
  ['a river named like a capital or a country', 'Patrols sailed the Cenepa and Santiago rivers and the Congo River; Santiago protested and Congo agreed.', ['Santiago=CHL/capital', 'Congo=COD/name']],
  // A demonym before "-speaking" or "-language" names a language, no country; NEGATIVE: the demonym alone still does.
  ['a language, not a country', 'The Italian-speaking canton, French-language media and Russian-speakers met Italian officials.', ['Italian=ITA/demonym']],
  // A place of several words that holds a country's name, not read where it stands, names no country; NEGATIVE: the
  // country's own name still does.
  ['a state or region whose name holds a country\'s', 'A New South Wales court ruled, the New Mexico governor spoke and Mexico answered.', ['Mexico=MEX/name']],
  ['names and possessives', "Vietnam's exports to China rose.", ['Vietnam=VNM/name', 'China=CHN/name']],
  // Nouns for a people that differ from the adjective; NEGATIVE: "North Pole" names no Pole.
  ['nouns for a people', 'Two Britons, a Frenchman, three Spaniards and four Poles were freed.', ['Britons=GBR/demonym', 'Frenchman=FRA/demonym', 'Spaniards=ESP/demonym', 'Poles=POL/demonym']],
  ['NEGATIVE: a pole of the Earth', 'Explorers reached the North Pole.', []],
  // Seats of government that are not the constitutional capital stand for their states as capitals do.
  ['seats of government', 'Cotonou, Abidjan and Port Sudan answered.', ['Cotonou=BEN/capital', 'Abidjan=CIV/capital', 'Port Sudan=SDN/capital']],
  ['short forms with dots', 'The U.S. and the ROK held drills near the DPRK.', ['U.S.=USA/name', 'ROK=KOR/name', 'DPRK=PRK/name']],
  ['official names beat their parts', "The People's Republic of China and the Republic of Korea signed it.", ["People's Republic of China=CHN/name", 'Republic of Korea=KOR/name']],
  ['demonyms', 'Filipino fishermen and Indonesian officials met Malaysian envoys.', ['Filipino=PHL/demonym', 'Indonesian=IDN/demonym', 'Malaysian=MYS/demonym']],
  ['plural demonyms', 'Thousands of Kenyans, Haitians and Bangladeshis joined Filipinos.', ['Kenyans=KEN/demonym', 'Haitians=HTI/demonym', 'Bangladeshis=BGD/demonym', 'Filipinos=PHL/demonym']],
  ['plurals of the demonyms news spells otherwise than world-countries', 'Hundreds of Nepalis, Emiratis and Argentinians marched.', ['Nepalis=NPL/demonym', 'Emiratis=ARE/demonym', 'Argentinians=ARG/demonym']],
  ['NEGATIVE: no plural in -s for a demonym in -man', 'Two Englishmans were a typo.', []],
  ['alternative spellings that are demonyms stay demonyms', 'Thai and Togolese envoys met.', ['Thai=THA/demonym', 'Togolese=TGO/demonym']],
  ['no plural in -s for demonyms in -ese or -sh', 'The Chineses and Britishs were typos.', []],
  ['combining forms and hyphenated pairs', 'Sino-Russian ties and the Japan-ROK summit.', ['Sino-=CHN/adjective', 'Russian=RUS/demonym', 'Japan=JPN/name', 'ROK=KOR/name']],
  ['NEGATIVE: a demonym after "Pan-" names a continent\'s peoples ("the Pan-American Highway")', 'Protesters blocked the Pan-American Highway and American tourists waited.', ['American=USA/demonym']],
  ['a region\'s adjective names no country, not even by its last word', 'South American and Latin American leaders met North African envoys and Brazilians.', ['Brazilians=BRA/demonym']],
  ['a country\'s demonym of as many words as a region\'s still names it', 'Central African and South African troops met American officers.', ['Central African=CAF/demonym', 'South African=ZAF/demonym', 'American=USA/demonym']],
  ['demonyms news spells otherwise than world-countries', 'Ecuadorian, Argentinian and Slovenian officials met Djiboutian envoys.', ['Ecuadorian=ECU/demonym', 'Argentinian=ARG/demonym', 'Slovenian=SVN/demonym', 'Djiboutian=DJI/demonym']],
  ['Nigerian papers\' "Niger Republic" is Niger; NEGATIVE: "Niger Delta" is a region of Nigeria', 'Nigeria and the Niger Republic met as the Niger Delta waited.', ['Nigeria=NGA/name', 'Niger Republic=NER/name']],
  ['seats of government that are not the constitutional capital stand for their governments', 'La Paz and Putrajaya agreed.', ['La Paz=BOL/capital', 'Putrajaya=MYS/capital']],
  ['NEGATIVE: a seat of government after a locative word is only a place', 'The envoy arrived in La Paz from Putrajaya.', []],
  ['capitals as metonyms', 'Seoul and Tokyo agreed, while Pyongyang objected.', ['Seoul=KOR/capital', 'Tokyo=JPN/capital', 'Pyongyang=PRK/capital']],
  ['a capital after a locative word is only a place', 'The envoy arrived in Canberra from Wellington.', []],
  ['a capital after a venue named after a locative word is only a place', 'Ruto received Madobe at State House, Nairobi, on Monday.', []],
  ['NEGATIVE: a month or weekday after "In" before the comma is a date, no venue: the capital stands for its government', 'In January, Kathmandu protested, and on Monday, Nairobi agreed.', ['Kathmandu=NPL/capital', 'Nairobi=KEN/capital']],
  ['NEGATIVE: a capital after a comma that closes no venue still stands for its government', 'Kenya, Nairobi said, would reopen the border.', ['Kenya=KEN/name', 'Nairobi=KEN/capital']],
  ['Washington as a metonym', "Washington's response angered Moscow.", ['Washington=USA/capital', 'Moscow=RUS/capital']],
  ['diacritics are folded', 'Việt Nam and Türkiye signed a deal.', ['Việt Nam=VNM/name', 'Türkiye=TUR/name']],
  ['headline capitals', 'SEOUL WARNS PYONGYANG', ['SEOUL=KOR/capital', 'PYONGYANG=PRK/capital']],
  ['NEGATIVE: a country whose name opens with a region\'s adjective is no descriptor', 'Chad sent troops to the Central African Republic.', ['Chad=TCD/name', 'Central African Republic=CAF/name']],
  ['region descriptor resolves to the nearby country in that region', 'Japan sent aid to Cambodia, and the Southeast Asian country thanked Tokyo.', ['Japan=JPN/name', 'Cambodia=KHM/name', 'the Southeast Asian country=KHM/descriptor', 'Tokyo=JPN/capital']],
  ['ambiguous country name beside a person name is not a country', 'Michael Jordan visited Chad Johnson.', []],
  ['ambiguous country name on its own is a country', 'Jordan and Georgia joined the talks.', ['Jordan=JOR/name', 'Georgia=GEO/name']],
  ['"Congo" and "Congolese" alone are the DR Congo; the Republic of Congo keeps its names', 'Congo and Rwanda met; Congolese troops left. Congo-Brazzaville and the Republic of Congo stayed out.', ['Congo=COD/name', 'Rwanda=RWA/name', 'Congolese=COD/demonym', 'Congo-Brazzaville=COG/name', 'Republic of Congo=COG/name']],
  ['"Dominican" is the Dominican Republic; Dominica keeps its name', 'Dominican police and Haitian officials met; Dominica sent observers and Dominicans voted.', ['Dominican=DOM/demonym', 'Haitian=HTI/demonym', 'Dominica=DMA/name', 'Dominicans=DOM/demonym']],
  ['"the Syrian capital" as a metonym', 'The Syrian capital welcomed the decision.', ['Syrian capital=SYR/capital']],
  // The Soviet Union is Russia, its successor (PLOVER's ISO codes, the Correlates of War list); NEGATIVE: "Soviet-era"
  // names a time.
  ['the Soviet Union and its demonym are Russia', 'Soviet aircraft bombed Helsinki; the USSR and the Soviet Union signed.', ['Soviet=RUS/demonym', 'Helsinki=FIN/capital', 'USSR=RUS/name', 'Soviet Union=RUS/name']],
  ['NEGATIVE: a demonym before "-era" names no country', 'Poland sent Soviet-era tanks to Ukraine.', ['Poland=POL/name', 'Ukraine=UKR/name']],
  ['NEGATIVE: lower-case words are not countries', 'They turkey-trotted to china cabinets; us too.', []],
  ['NEGATIVE: "Sino" without a hyphen is not China', 'Sino Group announced results.', []],
  ['initialisms of country names', 'The UAE, the DRC and PNG signed the pact.', ['UAE=ARE/name', 'DRC=COD/name', 'PNG=PNG/name']],
  ['NEGATIVE: a country name in a currency is not a mention', 'The loan of 5 billion U.S. dollars from Japan was repaid in Chinese yuan.', ['Japan=JPN/name']],
  ['NEGATIVE: country letters with a dollar sign written on are a currency; with a space between, still the country', 'Japan lent Kenya US$40 million and NZ$2 million came from New Zealand; the US $ rate fell.', ['Japan=JPN/name', 'Kenya=KEN/name', 'New Zealand=NZL/name', 'US=USA/name']],
  ['"Korean" alone is the one Korea the article names', 'South Korea hosted the talks. The Korean side said so.', ['South Korea=KOR/name', 'Korean=KOR/demonym']],
  ['NEGATIVE: "Korean" alone names no country when the article names both Koreas, or neither', 'North Korea and South Korea met. The Korean side spoke. Korean food was served in Japan.', ['North Korea=PRK/name', 'South Korea=KOR/name', 'Japan=JPN/name']],
  ['NEGATIVE: a capital or a country that names a document is not a mention; one before a lower-case noun still is', 'Kenya signed the Ankara Declaration and the Singapore Declaration, and Tokyo declaration drafts.', ['Kenya=KEN/name', 'Tokyo=JPN/capital']],
];

for (const [name, text, expected] of COUNTRY_CASES) {
  test(`geo countries: ${name}`, () => assert.deepEqual(show(geo(text)), expected));
}

const PLACE_CASES: [string, string, string[]][] = [
  // A region of the world list as the owner of one of its bodies; NEGATIVE: not before any other possessive.
  ['a region owning its body', "Ticino's Department of Institutions wrote; Ticino's lakes were calm.", ['Ticino=CHE/region']],
  ['a region before its office or body', 'Kansas Governor Laura Kelly and the Kansas Department of Agriculture wrote; Kansas wheat sold well.', ['Kansas=USA/region', 'Kansas=USA/region']],
  // A region's name right before its own body reads past the body's capitalised head (as "Kansas Governor" did);
  // NEGATIVE: not before a capitalised word that heads no body of its own.
  ['a region before its own department', 'The Alberta Department of Energy wrote to Ottawa.', ['Alberta=CAN/region', 'Ottawa=CAN/capital']],
  ['a region before the head of its office in lower case, past words of rank', "Jalisco's governor and Alberta's provincial premier spoke.", ['Jalisco=MEX/region', 'Alberta=CAN/region']],
  ['NEGATIVE: a region before another capitalised word is part of a name', 'Alberta Ferretti and Nevada Smith arrived.', []],
  ['a region of the world list after "off"', 'The trawler was detained off Svalbard.', ['Svalbard=NOR/region']],
  ['cities and regions with their country', 'Talks in Guangxi Zhuang Autonomous Region and Da Nang ended.', ['Guangxi Zhuang Autonomous Region=CHN/region', 'Da Nang=VNM/city']],
  // The capitals of Denmark's territories, and a border town, which the world list lacks.
  ['territorial capitals and a border town', 'Officials in Nuuk and Torshavn spoke; deportees crossed at Islam Qala.', ['Nuuk=DNK/city', 'Tórshavn=DNK/city', 'Islam Qala=AFG/city']],
  // A city of the world list (read only after a locative word) in capitals at the start before a dash, comma or bracket
  // is a dateline. NEGATIVE: the same name in capitals elsewhere, or not in capitals, is not read.
  ['a world-list city as a dateline', 'DOUALA - The foreign ministry summoned the envoy.', ['Douala=CMR/city']],
  ['a world-list city as a wire dateline', 'GUAYAQUIL, Ecuador (AP) - Police seized a boat.', ['Guayaquil=ECU/city']],
  ['NEGATIVE: a world-list city in capitals not at the start, or at the start in lower case', 'Officials said DOUALA - and Guayaquil - agreed.', []],
  // Kashmir (data/geo/places.tsv): the disputed region alone has no country; a part named by who administers it does.
  ['NEGATIVE: Kashmir alone has no country', 'Troops traded fire in the disputed Kashmir region.', ['Kashmir=null/region']],
  ['a part of Kashmir named by who administers it takes that state', 'Shelling hit Indian-administered Kashmir and Pakistan-administered Kashmir.', ['Jammu and Kashmir=IND/region', 'Azad Kashmir=PAK/region']],
  ['the Indian union territory and the Pakistani region by their names', 'Voters in Jammu and Kashmir and in Azad Jammu and Kashmir went to the polls.', ['Jammu and Kashmir=IND/region', 'Azad Kashmir=PAK/region']],
  ['"Indian Kashmir" and "Pakistani Kashmir"', 'Families fled Indian Kashmir for Pakistani Kashmir.', ['Jammu and Kashmir=IND/region', 'Azad Kashmir=PAK/region']],
  ['seas without a country', 'Ships sailed from the South China Sea into the Sea of Japan.', ['South China Sea=null/sea', 'Sea of Japan=null/sea']],
  ['alternative names map to one place', 'Vessels gathered near Ayungin Shoal, which China calls Ren\'ai Jiao.', ['Second Thomas Shoal=null/island', 'Second Thomas Shoal=null/island']],
  ['landmarks', 'The ceremony was held at the Great Hall of the People.', ['Great Hall of the People=CHN/landmark']],
  ['a city that is also a given name needs a locative word', 'He met Nguyen Van Hue in Hue.', ['Hue=VNM/city']],
  ['NEGATIVE: given name inside a person name is not a place', 'Speaker Vuong Dinh Hue said so.', []],
  ['a world city after a locative word', 'Riot police cleared a square in Bogor overnight.', ['Bogor=IDN/city']],
  ['a world region before a place noun', 'Gunmen raided two villages of Zamfara state.', ['Zamfara=NGA/region']],
  ['a world region after "the … region of"', 'Aid reached the northern region of Tigray.', ['Tigray=ETH/region']],
  ['NEGATIVE: a world city name as a person\'s name', 'Florence Tan chaired the panel.', []],
  ['NEGATIVE: a world city name without a locative word', 'Rawalpindi remained calm, officials said.', []],
  ['NEGATIVE: a world city name inside a longer name', 'She studied at Bogor Agricultural University.', []],
  ['a place name that goes on with a particle is a longer name, in the country of the place after the particle', 'Trucks crossed into San Antonio del Táchira and on to Santa Elena de Uairén.', ['San Antonio del Táchira=VEN/city', 'Santa Elena de Uairén=null/region']],
  ['NEGATIVE: a capital whose longer name holds its country stays the capital', 'The ministers flew to Santiago de Chile.', ['Santiago=CHL/capital']],
  ['"the Iranian capital" after a locative word is the capital', 'The prince met the Ayatollah in the Iranian capital in April.', ['Tehran=IRN/capital']],
  ['"the Saudi capital": a short name that is also a demonym', 'The minister arrived in the Saudi capital on Tuesday.', ['Riyadh=SAU/capital']],
  ['a world city after its own country\'s possessive', "Drones hit a depot in Russia's Saratov overnight.", ['Saratov=RUS/city']],
  ['NEGATIVE: a world city after another country\'s possessive is not read', "Kenya's Saratov plan was shelved.", []],
  ['NEGATIVE: a world city after a person\'s possessive is not read', "Putin's Saratov speech was short.", []],
  ['a named site the gazetteer lacks, before a site noun', 'Police detained him at the Jarinje border crossing and raided shops in Eastleigh district.', ['Jarinje=null/place', 'Eastleigh=null/place']],
  ['a named site after "the town of"', "Fishermen were held near the town of Marsa Ben M'Hidi and the village of Ras El-Hekma.", ["Marsa Ben M'Hidi=null/town", 'Ras El-Hekma=null/town']],
  ['a named site described by an apposition after "in"', 'Police raided shops in Eastleigh, a suburb of Nairobi, and in Argyle, a small coastal town in the east.', ['Eastleigh=null/town', 'Nairobi=KEN/capital', 'Argyle=null/town']],
  ['NEGATIVE: a person described by an apposition, and a name after "to"', 'He spoke to Ruto, a leader of Kenya, and met at Odinga, a man of the people.', []],
  ['NEGATIVE: a word that is no name before a site noun', 'He won the Congress district in January and the State region.', []],
  ['NEGATIVE: a known place keeps its gazetteer reading', 'Troops moved into the Tigray region.', ['Tigray=ETH/region']],
  ['NEGATIVE: a sentence\'s first word, and a site noun in a name', 'Eastleigh district was calm. The Capital Region voted.', []],
  ['a site noun ending the text, a name ending in its noun', 'Boats sank near Rebun Island and shops were raided in Eastleigh district', ['Rebun Island=null/island', 'Eastleigh=null/place']],
  ['NEGATIVE: a lower-case name and a word that is no name before a site noun ending the text', 'Shops in eastleigh district shut, as did the Congress district', []],
  ['NEGATIVE: "the Chinese capital market" is money, not Beijing', 'Funds poured into the Chinese capital market last year.', []],
  ['NEGATIVE: a city that names a building is not the place', 'The leaders met at Lahore House on Saturday.', []],
  ['a listed building named after a city is a landmark, not the city', 'The leaders met at Hyderabad House on Saturday.', ['Hyderabad House=IND/landmark']],
  ['NEGATIVE: a capital that names a street is not the place', 'Crowds gathered on Cairo Street near the embassy.', []],
  ['a city before a lower-case "house" is still the place', 'Talks in Hyderabad housed both delegations.', ['Hyderabad=IND/city']],
  ['a city before a venue noun it does not name stays the place', 'They dined at the Beijing Hotel in Beijing.', ['Beijing=CHN/capital', 'Beijing=CHN/capital']],
  // A town the gazetteer lacks, followed by its country ("in Gabala, Azerbaijan, on …"): a town of that country.
  ['a town and its country after "in"', 'The commissions met in Gabala, Azerbaijan, on Wednesday.', ['Gabala=AZE/town']],
  ['a town and a country of several words', 'The two presidents met in Argyle, St Vincent and the Grenadines, on Thursday.', ['Argyle=VCT/town']],
  ['a town and its country at the end of the sentence', 'Rebels seized a police post near Aguelhok, Mali.', ['Aguelhok=MLI/town']],
  ['NEGATIVE: a month before a list of countries', 'They met in March, Vietnam, Laos and Cambodia said.', []],
  ['NEGATIVE: a name and a country that is the subject of a verb', 'The report was written at Harvard, Kenya said on Monday.', []],
  // A capitalised last word that says what the place is (site-nouns.tsv reads=final).
  ['an island, a valley and a shoal by their last word', 'Jets flew near Rebun Island after clashes in the Tirah Valley and near Sabina Shoal.', ['Rebun Island=null/island', 'Tirah Valley=null/place', 'Sabina Shoal=null/island']],
  ['an air base and a refugee camp', 'Drones hit the Hmeimim Air Base and the Zamzam refugee camp.', ['Hmeimim Air Base=null/place', 'Zamzam=null/place']],
  ['NEGATIVE: the site noun alone is no name', 'The Island was calm and the Valley was quiet.', []],
  ['Kosovo\'s capital, a territory with a code of its own', 'A court in Pristina on Monday ordered the detention of a Serbian official.', ['Pristina=KOS/capital']],
  // A name no list knows, right after "in", "at", "near" or "off" and before the phrase ends: a town (site.ts).
  ['an unlisted town after "in" before "on"', 'Security officers detained a Latvian citizen in Daugavpilsk on suspicion of spying.', ['Daugavpilsk=null/town']],
  ['an unlisted crossing point after "at" and an island of the world list after "off"', 'Lithuania shut its crossing at Salcininkeliai on Monday after a boat was seized off Kihnu.', ['Salcininkeliai=null/town', 'Kihnu=EST/region']],
  ['a border named by its town after "at the"', 'Trucks were held at the Namanga border for a week.', ['Namanga=null/place']],
  ['NEGATIVE: "border" after a name with no "at the" before it', 'Officials discussed the Kagame border policy.', []],
  ['NEGATIVE: continents, languages, holidays and bodies after "in"', 'He spoke in Hindi at Christmas in Asia and studied at Tsinghua University in Parliament.', []],
  ['NEGATIVE: a name after "the", a name going on, money and a possessive', "He met them in the Senate, in Kenyatta Avenue Mall, in Rs1 trillion deals and in Khan's house.", []],
  // A place's name inside a person's name: right after a title and before a name word, or glued after "al-".
  ['NEGATIVE: a region\'s name as a titled given name and after "al-"', 'Kuwaiti Crown Prince Sabah Khaled al-Sabah received the delegation.', []],
  ['a region after a locative word keeps its reading', 'Sabah Chief Minister Hajiji Noor met the envoy in Sabah.', ['Sabah=MYS/region', 'Sabah=MYS/region']],
  ['a region written with "al-" after a possessive is still the region', "Militants attacked a checkpoint in Iraq's al-Anbar province.", ['Anbar=IRQ/region']],
  ['first-level regions under their English names', 'Farmers in Oddar Meanchey, Ontario, Chechnya, Sicily and West Java were hit.', ['Oddar Meanchey=KHM/region', 'Ontario=CAN/region', 'Chechnya=RUS/region', 'Sicily=ITA/region', 'West Java=IDN/region']],
  ['a Russian republic as ISO 3166-2 names it, after "in"', 'Protests spread in Dagestan and in Tatarstan.', ['Dagestan=RUS/region', 'Tatarstan=RUS/region']],
  ['"the Kurdistan region" in lower case is the Iraqi region', 'He flew to the Kurdistan region on Monday.', ['Kurdistan Region=IRQ/region']],
  ['the capitals and main island of the states in free association with New Zealand', 'Peters arrived in Rarotonga on Wednesday, held talks in Avarua and later flew to Alofi.', ['Rarotonga=COK/region', 'Avarua=COK/city', 'Alofi=NIU/city']],
];

for (const [name, text, expected] of PLACE_CASES) {
  test(`geo places: ${name}`, () => {
    const doc = geo(text);
    assert.deepEqual(doc.placeMentions.map((p) => `${p.name}=${p.country}/${p.kind}`), expected);
  });
}

test('geo: places are deduplicated with all their mentions', () => {
  const doc = geo('Hanoi hosted the talks; officials in Hanoi said Hanoi was ready.');
  const hanoi = doc.places.filter((p) => p.name === 'Hanoi');
  assert.equal(hanoi.length, 1);
  assert.equal(hanoi[0].mentions.length, 3);
  assert.equal(hanoi[0].country, 'VNM');
});

test('geo: every mention carries evidence offsets and a rule', () => {
  const doc = geo('Sino-Vietnamese trade grew as Beijing courted Hanoi near the Gulf of Tonkin, the Southeast Asian country said.');
  const all = [...doc.countryMentions, ...doc.placeMentions];
  assert.ok(all.length >= 5);
  for (const m of all) {
    assert.ok(m.rule.startsWith('geo.'), m.rule);
    assert.ok(m.end > m.start);
    assert.equal(doc.text.slice(m.start, m.end).trim(), doc.text.slice(m.start, m.end));
  }
});

test('geo: the lexicon records subregions for descriptors', () => {
  assert.equal(lexicon.geo.countries.get('VNM')?.subregion, 'South-Eastern Asia');
  assert.equal(lexicon.geo.countries.get('PRK')?.capitals[0], 'Pyongyang');
  assert.equal(lexicon.geo.countries.has('GUM'), false, 'territories fold into their state');
});

/** Runs geo over `text` as one sentence of a story filed from `dateline`. */
function geoFrom(dateline: string, text: string): string[] {
  const doc = createDoc({ text });
  doc.document.dateline = dateline;
  doc.sentences = [{ start: 0, end: text.length, index: 0, paragraph: 0 }];
  findGeo(doc, lexicon);
  return doc.placeMentions.map((p) => `${doc.text.slice(p.start, p.end)}=${p.name}/${p.country}`);
}

const DATELINE_CAPITAL_CASES: [string, string, string, string[]][] = [
  ['"in the capital" in a story filed from a capital', 'Honiara', 'The minister arrived in the capital on Monday.', ['the capital=Honiara/SLB']],
  ['"the capital\'s" district', 'Kyiv', "Two people died in the capital's Darnytskyi district.", ['the capital=Kyiv/UKR', 'Darnytskyi=Darnytskyi/null']],
  ['NEGATIVE: a dateline that is no capital', 'Mumbai', 'The minister arrived in the capital on Monday.', []],
  ['NEGATIVE: "the capital of" another country', 'Honiara', 'The minister flew on to the capital of Vanuatu.', []],
  ['NEGATIVE: "the capital" without a locative word', 'Honiara', 'The capital was calm on Monday.', []],
  ['NEGATIVE: capital as money', 'Honiara', 'Funds flowed into the capital markets.', []],
];

for (const [name, dateline, text, expected] of DATELINE_CAPITAL_CASES) {
  test(`geo dateline capital: ${name}`, () => assert.deepEqual(geoFrom(dateline, text), expected));
}

