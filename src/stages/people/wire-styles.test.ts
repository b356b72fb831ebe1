// People in the forms wire copy of many countries names them: titles before and after the name,
// appositions, "X's foreign minister", particles and non-English name order, single names, later
// surname references. Each row: sentences of our own, the people (canonical name/country) they must
// give (the gazetteer's canonical name where it knows the person: "S. Jaishankar" is Subrahmanyam
// Jaishankar), and for some the offices of the first person, as the article states them. NEGATIVE rows: places, bodies and events that look
// like names and must give no person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from '../../pipeline.ts';
import { documentStage } from '../document/index.ts';
import { segmentStage } from '../segment/index.ts';
import { geoStage } from '../geo/index.ts';
import { organizationsStage } from '../organizations/index.ts';
import { peopleStage } from './index.ts';
import type { Doc } from '../../core/doc.ts';

const pipeline = createPipeline([documentStage, segmentStage, geoStage, organizationsStage, peopleStage]);
const run = (text: string): Doc => pipeline.run({ text, published: '2025-07-01' });
const people = (doc: Doc) => doc.people.map((p) => `${p.name}/${p.country}`);

/** [description, text, people as name/country, offices of the first person (when given)] */
const ROWS: [string, string, string[], string[]?][] = [
  // East Asia.
  ['Korean hyphenated name, later surname', 'South Korean President Lee Jae-myung met business leaders on Monday. Lee said exports must grow.', ['Lee Jae-myung/KOR'], ['South Korean President']],
  ['company chairman after the company', 'Samsung Electronics Chairman Lee Jae-yong flew to Washington for talks on chip tariffs.', ['Lee Jae-yong/KOR']],
  ['North Korean leader and his sister in apposition', "North Korean leader Kim Jong Un's sister, Kim Yo Jong, said Pyongyang would not talk to Seoul.", ['Kim Jong Un/PRK', 'Kim Yo Jong/PRK']],
  ['Japanese apposition with a possessive country', "Japan's chief cabinet secretary, Yoshimasa Hayashi, told a news conference that Tokyo had protested.", ['Yoshimasa Hayashi/JPN'], ["Japan's chief cabinet secretary"]],
  ['Chinese spokesperson, a ministry before the title', 'Chinese Foreign Ministry spokesperson Mao Ning said Beijing firmly opposed the sale.', ['Mao Ning/CHN']],
  // The head of a visiting group takes the group's country, not the dateline's ("led by", "headed by"); NEGATIVE: a
  // group named with no country leaves the person to the usual rules.
  ['head of a delegation named by its country', 'BEIJING, May 3 (Xinhua) -- Chinese Vice Premier Ding Xuexiang met a delegation of the Chilean Senate led by Senator Ximena Rincon Gonzalez on Friday.', ['Ding Xuexiang/CHN', 'Ximena Rincon Gonzalez/CHL']],
  ['head of a business group, "headed by"', 'NAIROBI, May 3 (Reuters) -- Kenyan President William Ruto received a Japanese trade mission headed by Chairman Kenji Tanabe on Friday.', ['William Ruto/KEN', 'Kenji Tanabe/JPN']],
  ['NEGATIVE: a group without a country', 'NAIROBI, May 3 (Reuters) -- President William Ruto received a trade mission headed by Chairman Otieno Kamau on Friday.', ['William Ruto/KEN', 'Otieno Kamau/KEN']],
  // South-East Asia.
  ['Thai given name as the later reference', 'Thai Prime Minister Paetongtarn Shinawatra called Cambodia\'s leader on Sunday. Paetongtarn said the border would stay open.', ['Paetongtarn Shinawatra/THA']],
  ['Myanmar military rank before the name', 'Myanmar junta chief Senior General Min Aung Hlaing arrived in Moscow for talks.', ['Min Aung Hlaing/MMR']],
  ['Philippine secretary with a suffix', 'Philippine Defense Secretary Gilberto Teodoro Jr. said Manila would not back down.', ['Gilberto Teodoro/PHL']],
  ['Malaysian single given-name reference', 'Malaysian Prime Minister Anwar Ibrahim opened the summit. Anwar urged members to trade more.', ['Anwar Ibrahim/MYS']],
  // South and Central Asia.
  ['Indian minister with an initial', 'Indian External Affairs Minister S. Jaishankar met his Chinese counterpart in Beijing.', ['Subrahmanyam Jaishankar/IND']],
  ['Pakistani army chief in apposition with a rank', "Pakistan's army chief, Field Marshal Asim Munir, met U.S. officials in Washington.", ['Asim Munir/PAK']],
  ['Kazakh hyphenated given name', 'Kazakh President Kassym-Jomart Tokayev said Astana wanted balanced ties. Tokayev spoke in Astana.', ['Kassym-Jomart Tokayev/KAZ']],
  ['a title after the name, lower case', 'Shavkat Mirziyoyev, the president of Uzbekistan, received the delegation in Tashkent.', ['Shavkat Mirziyoyev/UZB']],
  // Middle East.
  ['Saudi crown prince with "bin"', 'Saudi Crown Prince Mohammed bin Salman received the visiting minister in Riyadh.', ['Mohammed bin Salman/SAU']],
  ['Qatari emir in apposition with Sheikh and Al Thani', "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, spoke with the Iranian president by phone.", ['Tamim bin Hamad Al Thani/QAT']],
  ['Iranian minister, later surname', 'Iranian Foreign Minister Abbas Araghchi arrived in Oslo. Araghchi said talks were possible.', ['Abbas Araghchi/IRN']],
  ['Turkish minister, later surname', 'Turkish Foreign Minister Hakan Fidan said Ankara backed the truce. Fidan spoke in Ankara.', ['Hakan Fidan/TUR']],
  ['Israeli leader\'s office', "Israeli Prime Minister Benjamin Netanyahu's office said the delegation would leave on Sunday.", ['Benjamin Netanyahu/ISR']],
  ['Houthi military spokesman', 'Houthi military spokesman Yahya Saree said the group had fired two missiles.', ['Yahya Saree/YEM']],
  ['Hamas official with a bureau', 'Senior Hamas official Basem Naim said the group had received the proposal.', ['Basem Naim/PSE']],
  ['Egyptian president with "el-"', 'Egyptian President Abdel Fattah el-Sisi hosted the talks in Cairo.', ['Abdel Fattah al-Sisi/EGY']],
  // Africa.
  ['Kenyan minister in a possessive apposition', "Kenya's foreign minister, Musalia Mudavadi, said Nairobi would send more troops.", ['Musalia Mudavadi/KEN'], ["Kenya's foreign minister"]],
  ['Ethiopian given-name reference', 'Ethiopian Prime Minister Abiy Ahmed inaugurated the dam. Abiy said it belonged to all Ethiopians.', ['Abiy Ahmed/ETH']],
  ['Sudanese army chief with a rank', "Sudan's army chief, General Abdel Fattah al-Burhan, visited Port Sudan on Tuesday.", ['Abdel Fattah al-Burhan/SDN']],
  ['rebel commander of a named force', 'Rapid Support Forces commander Mohamed Hamdan Dagalo said his fighters would not withdraw.', ['Mohamed Hamdan Dagalo/SDN']],
  ['rebel leader of M23', 'M23 rebel leader Corneille Nangaa told reporters in Goma that the group would hold the city.', ['Corneille Nangaa/COD']],
  ['Nigerian army spokesman with abbreviated ranks', 'Nigerian army spokesman Brig. Gen. Tukur Gusau said troops had freed 20 hostages.', ['Tukur Gusau/NGA']],
  ['Ghanaian minister "for" a portfolio in apposition', "Ghana's Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, said Accra would reopen the embassy.", ['Samuel Okudzeto Ablakwa/GHA']],
  ['Algerian minister', 'Algerian Foreign Minister Ahmed Attaf summoned the French charge d\'affaires.', ['Ahmed Attaf/DZA']],
  ['a king with a regnal number', 'Moroccan King Mohammed VI sent a message of congratulations to the new pope.', ['Mohammed VI/MAR']],
  // Europe and the Americas.
  ['EU official with "von der"', 'European Commission President Ursula von der Leyen said the bloc would respond. Von der Leyen spoke in Brussels.', ['Ursula von der Leyen/null']],
  ['Brazilian president with "da", later the single name', 'Brazilian President Luiz Inácio Lula da Silva arrived in Beijing. Lula said Brazil wanted more investment.', ['Luiz Inacio Lula da Silva/BRA']],
  ['Kremlin spokesman', 'Kremlin spokesman Dmitry Peskov told reporters that no meeting had been planned.', ['Dmitry Peskov/RUS']],
  ['Belarusian leader', 'Belarusian leader Alexander Lukashenko pardoned 16 prisoners on Friday.', ['Alexander Lukashenko/BLR']],
  ['envoy to a country keeps the sending country', "Ukraine's ambassador to Poland, Vasyl Bodnar, said the border blockade hurt both sides.", ['Vasyl Bodnar/UKR']],
  ['US special envoy', 'U.S. special envoy Steve Witkoff met Russian President Vladimir Putin in St. Petersburg.', ['Steve Witkoff/USA', 'Vladimir Putin/RUS']],
  ['German chancellor', 'German Chancellor Friedrich Merz said Berlin would boost defence spending. Merz spoke in the Bundestag.', ['Friedrich Merz/DEU']],
  ['Venezuelan opposition leader', 'Venezuelan opposition leader Maria Corina Machado called for new protests.', ['Maria Corina Machado/VEN']],
  ['Argentine minister', 'Argentine Economy Minister Luis Caputo said inflation had slowed.', ['Luis Caputo/ARG']],
  ['Colombian president in a possessive form', "Colombia's President Gustavo Petro recalled his ambassador from Washington.", ['Gustavo Petro/COL']],
  ['tech chief executive', 'Nvidia Chief Executive Jensen Huang said the company would keep selling chips to China.', ['Jensen Huang/USA']],
  ['Icelandic patronymic name', 'Icelandic Prime Minister Kristrun Frostadottir said the island would hold a referendum.', ['Kristrun Frostadottir/ISL']],
  // The Pacific.
  ['Fijian prime minister', 'Fijian Prime Minister Sitiveni Rabuka said the Pacific must not become a battleground.', ['Sitiveni Rabuka/FJI']],
  ['New Zealand prime minister, later surname', 'New Zealand Prime Minister Christopher Luxon arrived in Tokyo. Luxon said trade would top the agenda.', ['Christopher Luxon/NZL']],
  // Where the office is: a region before the title, a possessive before a lower-case title, a seat.
  ['a region right before the title gives its country', 'Puntland leader Said Abdullahi Deni criticised the plan.', ['Said Abdullahi Deni/SOM']],
  ['NEGATIVE: a city after a preposition gives no country to the title after it', 'Talks ended in Geneva Foreign Minister Aiko Mori said.', ['Aiko Mori/null']],
  ["a lower-case title after a country's possessive", "Qatar's representative, Hana Al-Kuwari, told the council that aid was blocked.", ['Hana Al-Kuwari/QAT']],
  ['a university gives its seat', 'Ken Ito, a researcher at Harvard University, said the talks had stalled.', ['Ken Ito/USA']],
  ['a think tank gives its seat', 'Maya Rao, a senior fellow at Chatham House, said the vote was symbolic.', ['Maya Rao/GBR']],
  ['a business federation before the title', 'The president met Keidanren chairman Taro Suzuki in Osaka.', ['Taro Suzuki/JPN']],
  ['a bilateral body is where the place after it says', 'Piotr Kowal, head of the Polish-Czech Forum in Prague, said ties were warm.', ['Piotr Kowal/CZE']],
  ['a month word as a given name after a title', 'Czech Foreign Minister Jan Novotny met his Slovak counterpart.', ['Jan Novotny/CZE']],
  // More forms: honorifics without a full stop, regnal and religious names, a leader's aide.
  ['Hezbollah leader', 'Hezbollah leader Naim Qassem said the group would not disarm.', ['Naim Qassem/LBN']],
  ['Taliban spokesman', 'Taliban spokesman Zabihullah Mujahid said the talks were useful.', ['Zabihullah Mujahid/AFG']],
  ['Israeli military spokesman with an abbreviated rank', 'Israeli military spokesman Lt. Col. Nadav Shoshani said the strike hit a depot.', ['Nadav Shoshani/ISR']],
  ['former prime minister in lower case', 'Former Pakistani prime minister Imran Khan remains in jail. Khan denies the charges.', ['Imran Khan/PAK']],
  ['British honorific without a stop', 'Australian Prime Minister Anthony Albanese met Chinese Premier Li Qiang. Mr Albanese said trade was stable.', ['Anthony Albanese/AUS', 'Li Qiang/CHN']],
  ['a king with a regnal number in lower-case copy', 'Britain\'s King Charles III hosted the Japanese emperor.', ['Charles III/GBR']],
  ['a pope (the gazetteer names popes with their title, as news does)', 'Pope Leo XIV called for a ceasefire in Gaza.', ['Pope Leo XIV/VAT']],
  ["an aide tied to a leader's possessive", "Armenian Prime Minister Nikol Pashinyan's spokeswoman, Nazeli Baghdasaryan, denied the report.", ['Nikol Pashinyan/ARM', 'Nazeli Baghdasaryan/ARM']],
  ['a sultan with "bin"', "Oman's Sultan Haitham bin Tariq received the Iranian envoy in Muscat.", ['Haitham bin Tariq/OMN']],
  ['a party founder', 'Georgian Dream founder Bidzina Ivanishvili said the party would win again.', ['Bidzina Ivanishvili/GEO']],
  ['a spokesman of a leader in apposition', "Tinubu's spokesman, Bayo Onanuga, said the president would travel to Paris.", ['Bola Tinubu/NGA', 'Bayo Onanuga/NGA']],
  ['Gulf rulers by title and given name alone', 'Crown Prince Mohammed met Emir Tamim in Doha.', ['Mohammed bin Salman/SAU', 'Tamim bin Hamad Al Thani/QAT']],
  ['a laureate', 'Nobel laureate Maria Ressa said the verdict was a warning.', ['Maria Ressa/null']],
  ['a victim described after the name', 'ALEPPO, Syria (AP) — "We have nothing left," said Mahmoud Haddad, 45, a shopkeeper whose store was destroyed.', ['Mahmoud Haddad/SYR']],
  ['NEGATIVE: storms and accords', 'Hurricane Melissa and Typhoon Kalmaegi killed dozens, while the Abraham Accords and Operation Midnight Hammer were debated.', []],
  ['a lower-case particle inside a name with only a speech verb', 'Khalil al-Hayya said the group had accepted the plan.', ['Khalil al-Hayya/null']],
  ["a state body's possessive gives its country", "Hamas's Khalil al-Hayya said the group had accepted the plan.", ['Khalil al-Hayya/PSE']],
  ['NEGATIVE: an international body\'s possessive gives no country', "The IAEA's Ana Ferreira said inspectors were ready.", ['Ana Ferreira/null']],
  ['a spokesperson for a nationality and a body, in apposition', 'A spokesperson for the Chinese Embassy, Ji Lingpeng, rejected the claim.', ['Ji Lingpeng/CHN']],
  ['"head of" a nationality and a body', 'The head of the Turkish Embassy, Murat Demir, rejected the claim.', ['Murat Demir/TUR']],
  ['NEGATIVE: "head of" and a nationality with no body is no title', 'At the head of the Turkish queue, Murat Demir waited.', []],
  ['NEGATIVE: Gaza places named like people', 'Strikes hit Khan Younis and Deir al-Balah overnight, and Sheikh Jarrah was calm.', []],
  ['NEGATIVE: resorts, air bases and holy sites', 'Delegates met in Sharm el-Sheikh before flying to Al Udeid Air Base near the Al-Aqsa Mosque.', []],
  ['NEGATIVE: squares and days named after people', 'Crowds filled Tiananmen Square on Martin Luther King Day.', []],
  // Negatives: places, bodies and events.
  ['NEGATIVE: a city named after a person', 'Ships unloaded grain in Port Sudan and Ho Chi Minh City on Monday.', []],
  ['NEGATIVE: a road, a bridge and an island', 'Traffic was stopped on Sheikh Zayed Road and the King Fahd Causeway.', []],
  ['NEGATIVE: a leadership school named after a leader', 'Cadres will train at the Mwalimu Julius Nyerere Leadership School near Dar es Salaam, and at the Kwame Nkrumah Leadership Institute.', []],
  ['NEGATIVE: an airport, a university and a prize named after people', 'Flights to Jomo Kenyatta International Airport resumed, Sultan Qaboos University reopened and the Nelson Mandela Peace Prize was awarded.', []],
  ['a surname that is also a building noun stays a name', 'Political scientist Stuart Hall said the vote was close.', ['Stuart Hall/null']],
  ['an air force rank of three words', 'Thai air force chief Air Chief Marshal Panpakdee Pattanakul inspected the base.', ['Panpakdee Pattanakul/THA']],
  ['a demonym the country list lacks in adjective form', 'Ecuadorian President Daniel Noboa and Slovenian Prime Minister Robert Golob spoke by phone.', ['Daniel Noboa/ECU', 'Robert Golob/SVN']],
  ['NEGATIVE: armed groups', 'Al-Shabaab and Hayat Tahrir al-Sham were named in the report.', []],
  ['NEGATIVE: meetings and operations', 'Delegates at the Shangri-La Dialogue discussed Operation Sindoor and the Raisina Dialogue.', []],
  ['NEGATIVE: a company and a central bank', 'General Motors and Bank Negara Malaysia issued statements on Tuesday.', []],
  ['NEGATIVE: a country with a saint\'s name', 'Saint Lucia and Sierra Leone voted for the resolution.', []],
  // Later references: a titled given name ("President Samia") is the person whose name begins with it; "Mr X" shows
  // that an earlier full name ending in X, which nothing else showed, was a person's.
  ['a president called by her given name after her full name', 'Tanzanian President Samia Suluhu Hassan warned activists on Monday. President Samia said her government would act.', ['Samia Suluhu Hassan/TZA']],
  ['a sheikh called by his given name', 'Bahraini Crown Prince Salman bin Hamad Al Khalifa met the envoy. Sheikh Salman said Manama backed the talks.', ['Salman bin Hamad Al Khalifa/BHR']],
  ['NEGATIVE: a titled given name shared by two people', 'Ugandan President Yoweri Museveni met Burundian President Evariste Ndayishimiye. Later President Yoweri Kaguta spoke.', ['Yoweri Museveni/UGA', 'Evariste Ndayishimiye/BDI', 'Yoweri Kaguta/UGA']],
  ['"Mr" and a family name shows the full name before', 'Peter Otieno, one of the three deported lawyers, said the deportations were illegal. "We will appeal," Mr Otieno said.', ['Peter Otieno/null']],
  ['"Ms" and a family name, the full name with no evidence of its own', 'NAIROBI, May 3 (Reuters) - Kenya protested on Friday. Grace Wanjiru, among the protesters outside the embassy, waved a flag. Ms Wanjiru said she would return.', ['Grace Wanjiru/KEN']],
  ['NEGATIVE: "Mr" and a family name two full names end in', 'John Banda and Mary Banda, both from the village, waited. Mr Banda said nothing.', ['Banda/null']],
  // Titles of other systems; a place's name inside a titled name; a region after "of"; an age; long particled names.
  ['an Irish prime minister by his own title', 'Taoiseach Simon Harris said Dublin opposed the plan.', ['Simon Harris/IRL']],
  ['a Pakistani cleric by his honorific', 'Pakistani cleric Maulana Fazlur Rehman criticised the deal in Islamabad.', ['Fazlur Rehman/PAK']],
  ['a crown prince whose given name is also a region', 'Kuwaiti Crown Prince Sabah Khaled al-Sabah received the delegation.', ['Sabah Khaled al-Sabah/KWT']],
  ['NEGATIVE: the region itself after a locative word', 'Sabah Chief Minister Hajiji Noor met the envoy in Sabah.', ['Hajiji Noor/MYS']],
  ['a governor of a province named after the name', 'Governor Juma Khan Hamdard of Helmand province said the crossing was shut.', ['Juma Khan Hamdard/AFG']],
  ['a chief minister of an Indian state', 'Chief Minister Siddaramaiah Gowda of Karnataka criticised the treaty.', ['Siddaramaiah Gowda/IND']],
  ['NEGATIVE: a body of a city is no person', 'The Bank of Lagos and the University of Kano issued statements.', []],
  ['an age between the name and the description', 'Kwame Asante, 45, a cocoa farmer from Kumasi, said prices had collapsed.', ['Kwame Asante/GHA']],
  ['an age between the name and the speech verb', 'LAGOS, May 3 (Reuters) - Nigeria closed the border. Funmilayo Adeyemi, 29, said she had waited for hours.', ['Funmilayo Adeyemi/NGA']],
  ['a Spanish name with two particles', 'Ana Lucia Mendez de la Torre, a Peruvian lawyer, said the ruling was wrong.', ['Ana Lucia Mendez de la Torre/PER']],
  ['NEGATIVE: a country in a list of subjects a researcher studies', 'BEIJING, May 3 (Xinhua) -- China and Kazakhstan signed a pact. Gao Lin, a researcher at the Institute of Russian, Eastern European and Central Asian Studies, said the pact mattered.', ['Gao Lin/CHN']],
  ['a regional government\'s prime minister; the body\'s first words are no person', 'Turkish Foreign Minister Hakan Fidan also met Kurdistan Regional Government Prime Minister Masrour Barzani in Erbil.', ['Hakan Fidan/TUR', 'Masrour Barzani/IRQ']],
  ['NEGATIVE: capitalised words right before a body\'s name are part of it', 'Police met Northern Alliance Government officials on Monday.', []],
  // People with no office, named as the object of an act or a story (name-cues.txt).
  ['a person killed, named with no office', 'Relations soured after the killing of Farid Haddad in Istanbul.', ['Farid Haddad/null']],
  ['a person sentenced and an opposition figure arrested', 'BELGRADE (Reuters) - A Serbian court sentenced Milan Jovic to ten years. Police arrested opposition figure Dragana Ilic in Belgrade.', ['Milan Jovic/SRB', 'Dragana Ilic/SRB']],
  ['a person whose supporters and relatives act', 'Supporters of Tariq Mahmood rallied in Lahore while relatives of Sana Yousaf waited.', ['Tariq Mahmood/null', 'Sana Yousaf/null']],
  ['NEGATIVE: groups, bodies and places after the same cues', 'Police arrested Hong Kong activists, the court sentenced Al Jazeera journalists and supporters of Hamas rallied.', []],
  ['a name with "de los"', 'Chilean Senator Maria de los Angeles Fuentes said the vote was fair.', ['Maria de los Angeles Fuentes/CHL']],
];

for (const [name, text, expected, offices] of ROWS) {
  test(`people wire styles: ${name}`, () => {
    const doc = run(text);
    assert.deepEqual(people(doc), expected);
    if (offices) assert.deepEqual(doc.people[0].offices, offices);
  });
}
