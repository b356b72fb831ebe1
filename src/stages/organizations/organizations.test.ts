// The organizations stage: sentences with the bodies they must give (name, country, sector) and must not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orgs, show } from './test-fixtures.ts';

const CASES: [string, string, string[]][] = [
  ['Switzerland\'s foreign ministry by its full name, not the Philippines\' department', 'In Bern, the Federal Department of Foreign Affairs said the minister had called Rome.', ['Federal Department of Foreign Affairs=Federal Department of Foreign Affairs/CHE/GOV']],
  // National legislatures known by a name of their own, and ruling parties.
  ['legislatures by their own names and a ruling party by its acronym', "The Great Khural and Croatia's Sabor sent observers, and the CCM met Frelimo in Maputo.", [
    'Great Khural=State Great Khural/MNG/LEG', 'Sabor=Croatian Parliament/HRV/LEG', 'CCM=Chama Cha Mapinduzi/TZA/PTY', 'Frelimo=Frelimo/MOZ/PTY']],
  // Regional development banks are international bodies; a national development fund is its state's.
  ['regional development banks by name and acronym', 'The Caribbean Development Bank and the EBRD will lend to Jamaica.', [
    'Caribbean Development Bank=Caribbean Development Bank/IGO/null', 'EBRD=European Bank for Reconstruction and Development/IGO/null']],
  ['a national development fund is its state\'s', 'The Saudi Fund for Development signed a loan with Kyrgyzstan.', ['Saudi Fund for Development=Saudi Fund for Development/SAU/GOV']],
  // "Democratic Party" alone is no one country's: many have a party of that name; NEGATIVE: the U.S. party by its full name.
  ['"Democratic Party" alone is not the American party', 'The opposition Democratic Party accused the government in Tirana.', ['Democratic Party=Democratic Party/null/PTY']],
  ['NEGATIVE: the American party by a name that says so', "The US Democratic Party and America's Republican Party held conventions.", ['US Democratic Party=U.S. Democratic Party/USA/PTY', 'Republican Party=Republican Party/USA/PTY']],
  // A name two bodies share is the one whose country the article names.
  ['"SDF" in an article that names Syria is the Syrian Democratic Forces', 'Turkey warned the SDF in northern Syria.', ['SDF=Syrian Democratic Forces/SYR/REB']],
  ['NEGATIVE: "SDF" elsewhere is Japan\'s Self-Defense Forces', 'Japan\'s SDF held drills.', ['SDF=Japan Self-Defense Forces/JPN/MIL']],
  ['the African Union\'s Peace and Security Council is no UN Security Council', 'The AU\'s Peace and Security Council suspended Mali, and the Security Council met.', [
    'AU=African Union/IGO/null', 'Peace and Security Council=African Union Peace and Security Council/IGO/null', 'Security Council=United Nations Security Council/UNO/null']],
  ['border forces of South Asia by their acronyms', 'BSF troops and the BGB met at the border.', ['BSF=Border Security Force/IND/MIL', 'BGB=Border Guard Bangladesh/BGD/MIL']],
  // A list of subjects before a subject noun is part of the name, and names what the body studies, not its country.
  ['a research institute named by a list of subjects', 'He works at the Institute of Russian, Eastern European and Central Asian Studies.', [
    'Institute of Russian, Eastern European and Central Asian Studies=Institute of Russian, Eastern European and Central Asian Studies/null/EDU']],
  ['NEGATIVE: countries listed after a body with no subject noun are not part of it', 'The Institute of Peace, Uganda and Tanzania signed the pact.', ['Institute of Peace=Institute of Peace/null/EDU']],
  ['listed party with its acronym', 'The Workers\' Party of Korea (WPK) met. The WPK chose a new line.', [
    "Workers' Party of Korea=Workers' Party of Korea/PRK/PTY", 'WPK=Workers\' Party of Korea/PRK/PTY']],
  ['a bracketed acronym inside a longer name', 'He chairs the Communist Party of Vietnam (CPV) Central Committee.', [
    'Communist Party of Vietnam (CPV) Central Committee=Central Committee of the Communist Party of Vietnam/VNM/PTY']],
  ['generic ministry takes the demonym before it', 'The Japanese Foreign Ministry protested.', ['Foreign Ministry=Ministry of Foreign Affairs of Japan/JPN/GOV']],
  ['generic ministry takes a possessive country', "Indonesia's Defense Ministry denied it.", ['Defense Ministry=Ministry of National Defense of Indonesia/IDN/MIL']],
  ['generic body takes "of COUNTRY" after it', 'She addressed the National Assembly of Thailand.', ['National Assembly=National Assembly of Thailand/THA/LEG']],
  ['generic body without a country stays without one', 'The Coast Guard said nothing.', ['Coast Guard=Coast Guard/null/COP']],
  // An outlet's credit-only alias (outlets.tsv "~Trend") is an ordinary word in prose; its full name is still read.
  ['an outlet by its full name in prose', 'Trend News Agency reported the talks.', ['Trend News Agency=Trend News Agency/AZE/JRN']],
  ['NEGATIVE: an outlet\'s credit-only alias is no body in prose', 'Trend growth slowed in Europe.', []],
  ['armed groups carry their country and the rebel sector', 'Houthi fighters and al-Shabab militants were named in the report.', ['Houthi=Houthis/YEM/REB', 'al-Shabab=al-Shabaab/SOM/REB']],
  ['a transnational armed group is coded IMG', 'A cell loyal to the Islamic State group was broken up.', ['Islamic State group=Islamic State/IMG/REB']],
  ['a longer listed name beats the shorter group name', 'The Pakistani Taliban denied any role.', ['Pakistani Taliban=Tehreek-e-Taliban Pakistan/PAK/REB']],
  ['a country word inside an unlisted body gives way to the city it is in', 'She works at the Lindqvist Ukraine Policy Center in Stockholm.', ['Lindqvist Ukraine Policy Center=Lindqvist Ukraine Policy Center/SWE/SOC']],
  ["NEGATIVE: a body that opens with its country keeps it abroad", 'Protesters gathered outside the Kenyan High Commission in London.', ['Kenyan High Commission=Kenyan High Commission/KEN/GOV']],
  ['NEGATIVE: a country a body studies is not its country', 'He teaches at the Center for Japanese Studies.', ['Center for Japanese Studies=Center for Japanese Studies/null/SOC']],
  ['NEGATIVE: "Foreign Office" is any state\'s, like "Foreign Ministry"', "Pakistan's Foreign Office protested.", ['Foreign Office=Ministry of Foreign Affairs of Pakistan/PAK/GOV']],
  ['NEGATIVE: an acronym another body owns keeps its owner', 'The SDF sent two destroyers to the drill.', ['SDF=Japan Self-Defense Forces/JPN/MIL']],
  ['international bodies carry PLOVER codes', 'ASEAN and the UN Security Council urged restraint.', ['ASEAN=Association of Southeast Asian Nations/IGO/null', 'UN Security Council=United Nations Security Council/UNO/null']],
  ['unlisted body by its head noun with a place inside', 'Experts at Hanoi National University disagreed.', ['Hanoi National University=Hanoi National University/VNM/EDU']],
  ['unlisted services, headquarters and directorates by their head noun', 'The State Border Service of Kyrgyzstan spoke. So did the Coordination Headquarters for Detainees and the Main Intelligence Directorate.', [
    'State Border Service of Kyrgyzstan=State Border Service of Kyrgyzstan/KGZ/GOV', 'Coordination Headquarters for Detainees=Coordination Headquarters for Detainees/null/GOV', 'Main Intelligence Directorate=Main Intelligence Directorate/null/GOV']],
  ['NEGATIVE: a head noun in lower case makes no body', 'The ferry service and the army headquarters were closed.', []],
  ['unlisted body with an "of" phrase', 'The General Department of Vietnam Customs released data.', ['General Department of Vietnam Customs=General Department of Vietnam Customs/VNM/GOV']],
  ['a commission of a listed party takes its country and sector', 'She heads the Organization Commission of the Lao People\'s Revolutionary Party.', [
    'Organization Commission=Organization Commission/LAO/PTY', "Lao People's Revolutionary Party=Lao People's Revolutionary Party/LAO/PTY"]],
  ['an acronym defined inline for an unlisted body', 'The Malaysian Institute for Maritime Affairs (MIMA) said so. MIMA later added more.', [
    'Malaysian Institute for Maritime Affairs=Malaysian Institute for Maritime Affairs/MYS/EDU', 'MIMA=Malaysian Institute for Maritime Affairs/MYS/EDU']],
  ['a possessive country owns an unlisted body without being part of its name', "South Korea's National Security Office briefed reporters.", ['National Security Office=National Security Office/KOR/GOV']],
  // A country's name with its short form in brackets is the country, not a body defined inline.
  ['NEGATIVE: a country\'s short form in brackets defines no body', 'Envoys of the Central African Republic (CAR) and Chad met.', []],
  ['NEGATIVE: nor after a title and "of"', 'The ministers of the Democratic Republic of the Congo (DRC) met.', []],
  ['NEGATIVE: a minister\'s title with its portfolio before a name is no body', 'Union Minister of Coal and Mines Ravi Kumar met the envoy.', []],
  ['NEGATIVE: a body\'s one-word short form ending a person\'s name is the name\'s', 'Foreign Minister Marie Lumbala Wagner met the envoy.', []],
  ['the short form after "The", a country or a lower-case word is the body', 'The Wagner units and Russian Wagner fighters and Kremlin-backed Wagner crews left.', ['Wagner=Wagner Group/RUS/PRM', 'Wagner=Wagner Group/RUS/PRM', 'Kremlin=Kremlin/RUS/GOV', 'Wagner=Wagner Group/RUS/PRM']],
  ['national armies named like a rebel force are their state\'s', "Soldiers of the South Sudan People's Defence Forces crossed the border and the Uganda Peoples' Defence Forces deployed troops.", [
    "South Sudan People's Defence Forces=South Sudan People's Defence Forces/SSD/MIL", "Uganda Peoples' Defence Forces=Uganda People's Defence Forces/UGA/MIL"]],
  ['NEGATIVE: the rebels\' name alone stays theirs', "The People's Defence Force attacked a junta post.", ["People's Defence Force=People's Defence Force/MMR/REB"]],
  ['outlets are organisations', 'The Straits Times reported it first.', ['The Straits Times=The Straits Times/SGP/JRN']],
  ['NEGATIVE: a title and a name after the head noun are not part of the body', 'Foreign Ministry Spokesperson Lin Jian spoke.', ['Foreign Ministry=Ministry of Foreign Affairs/null/GOV']],
  ['NEGATIVE: capitalised phrases without a head noun are not organisations', 'The Belt and Road Initiative and the Global South were discussed.', []],
  ['NEGATIVE: a sentence-initial word is not part of a body', 'The Philippine Coast Guard sailed.', ['Philippine Coast Guard=Philippine Coast Guard/PHL/COP']],
  ['NEGATIVE: a head noun that is the portfolio of the next title ("and Police Minister") makes no body of the person before it', 'Trade Minister Kofi Mensah and Police Minister Ana Tupou signed it.', ['Police=Police/null/COP']],
  ['NEGATIVE: a title and a name after "Bank of …" are not part of the bank', 'Reserve Bank of India Governor Sanjay Malhotra spoke.', ['Reserve Bank of India=Reserve Bank of India/IND/BUS']],
  ['a title with no name after it stays inside the body', 'The Office of the President said so.', ['Office of the President=Office of the President/null/GOV']],
  ['a title and a name before a head noun, past "and", are part of the body', 'The King Tarek Humanitarian Aid and Relief Centre sent food.', ['King Tarek Humanitarian Aid and Relief Centre=King Tarek Humanitarian Aid and Relief Centre/null/SOC']],
  // "and" then a country's possessive starts another body, whose owner the country is; NEGATIVE: "and" inside a
  // portfolio, or before a country that owns nothing, joins one name.
  ['a body, "and", then a country\'s own body', "The Alberta Department of Energy and Ghana's Ministry of Energy and Mines signed.", [
    'Alberta Department of Energy=Alberta Department of Energy/CAN/GOV', 'Ministry of Energy and Mines=Ministry of Energy and Mines/GHA/GOV']],
  ['an army region is one military body, not an army and a stray word', "The Thai Second Army Region and Laos' border police met.", ['Thai Second Army Region=Thai Second Army Region/THA/MIL']],
  // The short form of an international body's name after a country's possessive is that country's own body; NEGATIVE:
  // not before a noun of a seat in the international one.
  ['a country\'s own security council', "The secretary of Russia's Security Council spoke.", ['Security Council=Security Council of Russia/RUS/GOV']],
  ['NEGATIVE: a country\'s veto in the UN Security Council', "Russia's Security Council veto angered Kyiv.", ['Security Council=United Nations Security Council/UNO/null']],
  ['NEGATIVE: "and" inside one body\'s portfolio', 'The Ministry of Fisheries and Marine Resources of Namibia signed.', ['Ministry of Fisheries and Marine Resources of Namibia=Ministry of Fisheries and Marine Resources of Namibia/NAM/GOV']],
];

for (const [name, text, expected] of CASES) {
  test(`organizations: ${name}`, () => {
    const doc = orgs(text);
    assert.deepEqual(show(doc), expected);
    for (const m of doc.organizationMentions) {
      assert.equal(doc.text.slice(m.start, m.end), m.text);
      assert.match(m.rule, /^org\./);
    }
  });
}

test('organizations: mentions of one body share one record', () => {
  const doc = orgs('NATO met. NATO agreed. The North Atlantic Treaty Organization will meet again.');
  assert.equal(doc.organizations.length, 1);
  assert.equal(doc.organizations[0].mentions.length, 3);
  assert.deepEqual(doc.organizations[0].aliases, ['NATO']);
});
