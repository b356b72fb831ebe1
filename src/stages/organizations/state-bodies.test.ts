// Central banks and state bodies (central-banks.yaml, state-bodies.yaml): sentences with the bodies they must give
// (name, country, sector) and, in NEGATIVE rows, the ordinary words that must give none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orgs, show } from './test-fixtures.ts';

const CASES: [string, string, string[]][] = [
  // Central banks act for their state (GOV); a monetary union's bank carries PLOVER's non-state code.
  ['central banks by their own names and short forms', 'The Bundesbank and the Banque de France warned that the ECB may hold rates.', [
    'Bundesbank=Deutsche Bundesbank/DEU/GOV', 'Banque de France=Banque de France/FRA/GOV', 'ECB=European Central Bank/EUR/null']],
  ['central banks named "Bank" plus their country', 'Bank Indonesia and Bank Negara Malaysia sold dollars to defend their currencies.', [
    'Bank Indonesia=Bank Indonesia/IDN/GOV', 'Bank Negara Malaysia=Bank Negara Malaysia/MYS/GOV']],
  ['a monetary authority by name and acronym', 'The Hong Kong Monetary Authority said the HKMA had bought local dollars.', [
    'Hong Kong Monetary Authority=Hong Kong Monetary Authority/HKG/GOV', 'HKMA=Hong Kong Monetary Authority/HKG/GOV']],
  ['"the Fed" and Mexico\'s bank by its nickname', 'The Fed and the Bank of England moved together, and Banxico followed.', [
    'The Fed=Federal Reserve/USA/GOV', 'Bank of England=Bank of England/GBR/GOV', 'Banxico=Banco de México/MEX/GOV']],
  ['Gulf central banks by acronym and full name', 'SAMA and the Central Bank of the UAE signed a currency swap.', [
    'SAMA=Saudi Central Bank/SAU/GOV', 'Central Bank of the UAE=Central Bank of the UAE/ARE/GOV']],
  ['Nordic central banks by their own names', 'Danmarks Nationalbank, Norges Bank and the Riksbank cut rates.', [
    'Danmarks Nationalbank=Danmarks Nationalbank/DNK/GOV', 'Norges Bank=Norges Bank/NOR/GOV', 'Riksbank=Sveriges Riksbank/SWE/GOV']],
  ['regional central banks are intergovernmental', 'The Bank for International Settlements and the BCEAO met.', [
    'Bank for International Settlements=Bank for International Settlements/IGO/null', 'BCEAO=Central Bank of West African States/IGO/null']],
  // An acronym left out of the list (BSP is also Bulgaria's Socialist Party) is still read once the article defines it.
  ['an unlisted acronym defined after the name', 'The Bangko Sentral ng Pilipinas (BSP) cut rates. The BSP said inflation eased.', [
    'Bangko Sentral ng Pilipinas=Bangko Sentral ng Pilipinas/PHL/GOV', 'BSP=Bangko Sentral ng Pilipinas/PHL/GOV']],
  // State companies, funds, airlines and railways are BUS, with their state's code.
  ['national gas companies', 'Naftogaz signed a gas deal with Bulgargaz in Sofia.', ['Naftogaz=Naftogaz/UKR/BUS', 'Bulgargaz=Bulgargaz/BGR/BUS']],
  ['national oil companies', 'NNPC and Sonangol met KazMunayGas officials.', ['NNPC=NNPC/NGA/BUS', 'Sonangol=Sonangol/AGO/BUS', 'KazMunayGas=KazMunayGas/KAZ/BUS']],
  ['sovereign wealth funds', 'The Qatar Investment Authority and Mubadala invested in the British port.', [
    'Qatar Investment Authority=Qatar Investment Authority/QAT/BUS', 'Mubadala=Mubadala/ARE/BUS']],
  ['a fund after its country\'s possessive', "Norway's Government Pension Fund Global sold its stake.", ['Government Pension Fund Global=Government Pension Fund Global/NOR/BUS']],
  ['national railways', 'Lithuanian Railways halted transit for Belarusian Railway trains, and Ukrzaliznytsia blamed Russian Railways.', [
    'Lithuanian Railways=Lithuanian Railways/LTU/BUS', 'Belarusian Railway=Belarusian Railway/BLR/BUS', 'Ukrzaliznytsia=Ukrzaliznytsia/UKR/BUS', 'Russian Railways=Russian Railways/RUS/BUS']],
  ['state power firms', 'KEPCO and EDF bid for the Czech reactor, and Eskom asked Rosatom for help.', [
    'KEPCO=Korea Electric Power Corporation/KOR/BUS', 'EDF=Électricité de France/FRA/BUS', 'Eskom=Eskom/ZAF/BUS', 'Rosatom=Rosatom/RUS/BUS']],
  ['a name with a letter diacritics do not fold', 'Ørsted and Orsted are one company.', ['Ørsted=Ørsted/DNK/BUS', 'Orsted=Ørsted/DNK/BUS']],
  ['a state lender that funds other states is GOV', 'The Export-Import Bank of China and JBIC financed the port in Sri Lanka.', [
    'Export-Import Bank of China=Export-Import Bank of China/CHN/GOV', 'JBIC=Japan Bank for International Cooperation/JPN/GOV']],
  // Agencies, police, paramilitary forces and intelligence services.
  ['agencies with their own names', 'Roskomnadzor blocked the app, and COGAT said aid trucks entered Gaza.', [
    'Roskomnadzor=Roskomnadzor/RUS/GOV', 'COGAT=Coordinator of Government Activities in the Territories/ISR/MIL']],
  ['national police forces', 'The Guardia Civil and the Carabinieri arrested the smugglers, and the Gendarmerie nationale helped.', [
    'Guardia Civil=Guardia Civil/ESP/COP', 'Carabinieri=Carabinieri/ITA/COP', 'Gendarmerie nationale=Gendarmerie nationale/FRA/COP']],
  ['paramilitary forces of a state', 'Members of the Basij and Rosgvardia units were sanctioned.', ['Basij=Basij/IRN/PRM', 'Rosgvardia=National Guard of Russia/RUS/PRM']],
  ['intelligence services', 'The DGSE and the BND shared intelligence.', ['DGSE=General Directorate for External Security/FRA/SPY', 'BND=Bundesnachrichtendienst/DEU/SPY']],
  ['a longer name is not cut to the British service inside it', 'The Australian Secret Intelligence Service and MI6 cooperated.', [
    'Australian Secret Intelligence Service=Australian Secret Intelligence Service/AUS/SPY', 'MI6=Secret Intelligence Service/GBR/SPY']],
  ['a military media wing', 'ISPR said the drone was shot down.', ['ISPR=Inter-Services Public Relations/PAK/MIL']],
  // NEGATIVE rows: ordinary words, other bodies and short forms left out of the lists.
  ['NEGATIVE: "Fed" opening a sentence is the verb', 'Fed up with delays, farmers blocked the road.', []],
  ['NEGATIVE: "civil guard", "naval group" and "state grid" in lower case are no bodies', 'A civil guard of volunteers watched the naval group while the state grid failed.', []],
  ['NEGATIVE: a given name and a lake that are also short forms', 'Former prime minister Naoto Kan visited Lake Garda.', []],
  ['NEGATIVE: "Emirates" alone is the country, not the airline', 'Flights to the Emirates resumed on Monday.', []],
  ['NEGATIVE: acronyms other bodies share are not read undefined', "Bolivia's MAS party and Bulgaria's BSP held rallies.", []],
  ['NEGATIVE: a commercial bank named like its country\'s central bank', 'The Bank of Ireland and the State Bank of India raised rates.', [
    'Bank of Ireland=Bank of Ireland/IRL/BUS', 'State Bank of India=State Bank of India/IND/BUS']],
];

for (const [name, text, expected] of CASES) {
  test(`state bodies: ${name}`, () => {
    const doc = orgs(text);
    assert.deepEqual(show(doc), expected);
    for (const m of doc.organizationMentions) {
      assert.equal(doc.text.slice(m.start, m.end), m.text);
      assert.match(m.rule, /^org\./);
    }
  });
}
