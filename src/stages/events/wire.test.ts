// Table tests for long wire-copy sentences (the kinds of misses found with test/sentences-dev4): the first event's
// type, actor and recipient countries; `type: null` rows must give no event, and `not` rows must not put that type
// first. The sentences are the team's own, not those of any suite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSentenceCoder } from '../../services/code.ts';

const coder = createSentenceCoder();

interface Row {
  text: string;
  /** The first event's type; null: no event at all. */
  type: string | null;
  actor?: string[];
  recipient?: string[];
  /** NEGATIVE rows: the first event, if any, must not be of this type. */
  not?: string;
}

/** The distinct country codes of a side ("the army and the RSF" are one country). */
const codes = (xs: { code: string }[]) => [...new Set(xs.map((x) => x.code))].sort();

const ROWS: Row[] = [
  // Kinds of misses found with test/sentences-dev5 (sentences of our own, not the suite's):
  // A message delivered from its sender: the sender's to the one handed it; NEGATIVE: no party sent it.
  { text: 'Chinese envoy Liu Jianchao delivered a letter from Xi Jinping to To Lam on Monday.', type: 'SUPPORT', actor: ['CHN'], recipient: ['VNM'] },
  { text: 'Kenyan envoy Martin Kimani handed Yoweri Museveni a message from William Ruto on Monday.', type: 'SUPPORT', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'The ambassador delivered a message from the foreign ministry on Monday.', type: null },
  { text: 'Wang Yi conveyed greetings from Xi Jinping to To Lam on Monday.', type: null },
  // A party's act called a danger or a wrong; NEGATIVE: no party acted on, a call for something, the speaker's word.
  { text: "Japan called Russia's missile launch provocative on Friday.", type: 'ACCUSE', actor: ['JPN'], recipient: ['RUS'] },
  { text: 'The minister called the situation dangerous.', type: null },
  { text: 'Kenya called for calm on Friday.', type: 'REQUEST', actor: ['KEN'] },
  { text: 'Chile recalled its envoy over what it called the illegal seizure of a fishing boat by Peru.', type: 'SANCTION', not: 'ACCUSE' },
  // "spoke by telephone" is a simple past, no reduced relative: the call stays the main event before a call for talks.
  { text: "Spain's prime minister spoke by telephone with Brazil's president on Monday and repeated Madrid's call for a ceasefire.", type: 'CONSULT', actor: ['BRA', 'ESP'] },
  // Ties restored in the passive, by the parties after "between"; NEGATIVE: ties talked of are no act.
  { text: 'Diplomatic ties between Egypt and Turkey were restored in 2023 after a decade of hostility.', type: 'SUPPORT', actor: ['EGY', 'TUR'], recipient: [] },
  { text: 'Relations between Morocco and Germany have been normalised, the two governments said on Friday.', type: 'SUPPORT', actor: ['DEU', 'MAR'] },
  { text: 'Relations between Morocco and Germany remain tense, analysts said.', type: null },
  // A single tariff imposed; debt written off with the amount before the debtor.
  { text: 'Mexico imposed a 30 percent tariff on Chinese cars on Tuesday.', type: 'SANCTION', actor: ['MEX'], recipient: ['CHN'] },
  { text: "Hungary wrote off $30 million of Laos's debt on Monday.", type: 'AID', actor: ['HUN'], recipient: ['LAO'] },
  // An investor divesting from a country's companies; NEGATIVE: divestment only talked of.
  { text: 'Sweden said its pension fund had divested from four Israeli banks.', type: 'SANCTION', recipient: ['ISR'] },
  { text: 'Divestment from fossil fuels has gathered pace in Sweden, the report said.', type: null },
  // Forces put on combat readiness; NEGATIVE: readiness talked of in a report is no mobilisation.
  { text: 'Greece placed its navy on the highest level of combat readiness on Sunday.', type: 'MOBILIZE', actor: ['GRC'] },
  // Pulling out of talks or a summit is a cancelled meeting (REJECT); NEGATIVE: troops pulling out of a town retreat.
  { text: "Egypt's president pulled out of a planned summit with Israel's prime minister on Sunday.", type: 'REJECT', actor: ['EGY'], recipient: ['ISR'] },
  { text: 'Israeli troops pulled out of two villages in southern Lebanon on Tuesday.', type: 'RETREAT', not: 'REJECT' },
  // Refusing to approve a bid is a rejection, not a negated act of support.
  { text: "Hungary will not approve Ukraine's accession bid, Orban said on Friday.", type: 'REJECT', actor: ['HUN'], recipient: ['UKR'] },
  // Diplomats ordered to leave, told in the passive: the state they must leave expels them (not their withdrawal).
  { text: 'Three Lithuanian diplomats were ordered to leave Belarus within 72 hours.', type: 'SANCTION', actor: ['BLR'], recipient: ['LTU'] },
  // Paint sprayed as a symbolic act is PROTEST vandalize; NEGATIVE: a state's troops do no such protest.
  { text: 'Climate activists sprayed orange paint on the offices of an oil company in London on Monday.', type: 'PROTEST', actor: ['GBR'] },
  // A state's act in the passive of a thing, with no party as agent: the state where it happened.
  { text: 'The curfew in Nairobi was lifted on Friday.', type: 'CONCEDE', actor: ['KEN'], recipient: ['KEN'] },
  { text: 'Mobile internet was suspended in Manipur on Saturday.', type: 'COERCE', actor: ['IND'], recipient: [] },
  { text: 'The curfew was lifted on Friday.', type: null },
  // Killings of the defenceless ("executed … villagers") told in a rights group's report accuse the perpetrator;
  // NEGATIVE: a plan executed is no killing.
  { text: 'Myanmar soldiers executed 17 villagers in Sagaing region, Amnesty International said in a report on Tuesday.', type: 'ACCUSE', actor: ['NGO'], recipient: ['MMR'] },
  { text: 'The company executed a plan to expand into Vietnam.', type: null },
  // A protest named by its noun with its actor after "by", over words of quantity; NEGATIVE: a market rally.
  { text: 'A rally by thousands of Georgian opposition supporters was held in Tbilisi on Sunday.', type: 'PROTEST', actor: ['GEO'] },
  { text: 'A rally by the dollar lifted Asian stocks on Monday.', type: null },
  // A court directing the government to act is an order (REQUEST); NEGATIVE: attacks "directed at" civilians.
  { text: 'The Supreme Court of Pakistan directed the government to hold elections within 90 days.', type: 'REQUEST', actor: ['PAK'] },
  { text: 'Attacks directed at civilians in Darfur rose sharply last month.', type: null },
  // A request named by its noun: by its owner, or in the passive by the "by" party; NEGATIVES: a country's demand for
  // a commodity, and a request that only says how a meeting came about.
  { text: "Japan's request for the extradition of two suspects was handed to Thai authorities on Monday.", type: 'REQUEST', actor: ['JPN'], recipient: ['THA'] },
  { text: "A request for extradition was sent to Spain by Ukraine's prosecutors.", type: 'REQUEST', actor: ['UKR'], recipient: ['ESP'] },
  { text: "China's demand for Australian coal fell last year.", type: null },
  { text: 'At the request of Egypt, Qatar hosted the talks on Monday.', type: 'CONSULT', not: 'REQUEST' },
  // "sought to" is tried to, no request; "sought the extradition" is one.
  { text: 'Both countries sought to avoid the dollar, the central bank said.', type: null },
  { text: 'Ukraine sought the extradition of a former lawmaker from Spain.', type: 'REQUEST', actor: ['UKR'] },
  // A deployment named by its noun and ordered in the passive; a parliament approving a deployment abroad promises it
  // (AGREE), while a leader approving one mobilises (NEGATIVE: no AGREE).
  { text: 'The deployment of 500 French troops to Estonia was announced by Macron on Friday.', type: 'MOBILIZE', actor: ['FRA'] },
  { text: "Poland's parliament approved the deployment of 200 soldiers to Lithuania.", type: 'AGREE', actor: ['POL'], recipient: ['LTU'] },
  { text: 'Putin approved the deployment of additional troops to the border with Finland.', type: 'MOBILIZE', not: 'AGREE' },
  // A company starting production at a plant abroad invests there; arms handed over in the passive disarm.
  { text: 'Samsung began production at a new $17 billion chip plant in Texas on Monday.', type: 'COOPERATE', actor: ['KOR'], recipient: ['USA'] },
  { text: 'Weapons were handed over by a group of PKK fighters at a ceremony on Friday.', type: 'RETREAT', actor: ['TUR'] },
  // Sanctions decided with the day they take effect are sanctions, not threats (NEGATIVE: "will impose" with no such
  // day stays a threat, below).
  { text: 'Canada will impose a 25 percent tariff on steel made in China from Oct. 1, the minister said on Monday.', type: 'SANCTION', actor: ['CAN'], recipient: ['CHN'] },
  { text: 'The EU will ban imports of Russian gas starting January 1, 2027.', type: 'SANCTION', actor: ['EUR'], recipient: ['RUS'] },
  // Blocked or throttled platforms: censorship aimed at the platform's home country; NEGATIVE: access to a holy site
  // restricted is no censorship of a platform.
  { text: 'Turkey blocked access to Instagram on Friday.', type: 'COERCE', actor: ['TUR'], recipient: ['USA'] },
  { text: 'Russia began restricting voice calls on WhatsApp and Telegram.', type: 'COERCE', actor: ['RUS'], recipient: ['ARE', 'USA'] },
  { text: 'Israel restricted access to the Al-Aqsa mosque on Friday.', type: 'COERCE', actor: ['ISR'], recipient: ['ISR'] },
  // History told as background: an act dated "in" or "since" a year a decade before the story is no news; NEGATIVES: a
  // year that only names what a request is about, and a signing of the day.
  { text: 'The treaty, signed by Egypt and Israel in 1979, has held for decades.', type: null },
  { text: 'Argentina asked Interpol on Monday to issue a red notice over the 1994 bombing.', type: 'REQUEST', actor: ['ARG'] },
  { text: 'Egypt and Israel signed a water agreement on Monday.', type: 'SUPPORT', actor: ['EGY', 'ISR'] },
  // A wealth fund or a central bank names its country.
  { text: "Norway's sovereign wealth fund said on Monday it had divested from five Israeli banks.", type: 'SANCTION', actor: ['NOR'], recipient: ['ISR'] },
  // Visitors barred, named before a long list; NEGATIVE: a ban on a group's activities is no barred entry.
  { text: 'Niger barred a delegation of ECOWAS, the African Union and the United Nations from entering the country on Tuesday.', type: 'REJECT', actor: ['NER'] },
  { text: 'Niger banned all activities of political parties on Tuesday.', type: 'COERCE', not: 'REJECT' },
  // A proposal or bid acted on in the passive is aimed at its maker, not at a party named inside it; NEGATIVE: a
  // passive whose subject is no proposal keeps the party after the verb.
  { text: 'A proposal by Kenya to mediate between Ethiopia and Egypt was turned down by Cairo on Friday.', type: 'REJECT', actor: ['EGY'], recipient: ['KEN'] },
  { text: "Moldova's bid to join the European Union was endorsed on Monday by Romania.", type: 'SUPPORT', actor: ['ROU'], recipient: ['MDA'] },
  { text: 'Sanctions were imposed on three Russian banks by Britain on Monday.', type: 'SANCTION', actor: ['GBR'], recipient: ['RUS'] },
  // Parties "attending as guarantors" or "acting as observers" are third parties, no side of the talks (NEGATIVE: the
  // observers' country is in neither list).
  { text: 'Delegations of the Sudanese army and the RSF resumed negotiations in Jeddah on Monday, with Saudi and U.S. officials attending as guarantors.', type: 'CONSULT', actor: ['SDN'] },
  { text: 'Ethiopia and Egypt resumed talks on the dam in Addis Ababa on Monday, with Sudanese officials acting as observers.', type: 'CONSULT', actor: ['EGY'], recipient: ['ETH'] },
  // A veto of a text whose body has a long name, aimed at the sponsor.
  { text: 'Russia vetoed a U.N. Security Council resolution drafted by the United States on Tuesday.', type: 'REJECT', actor: ['RUS'], recipient: ['USA'] },
  // A Commonwealth envoy summoned is a high commissioner; NEGATIVE: a police commissioner summoned by lawmakers is no
  // diplomatic protest.
  { text: "Kenya summoned Uganda's acting high commissioner in Nairobi on Tuesday over the arrest of two Kenyan activists.", type: 'ACCUSE', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Kenyan lawmakers summoned the police commissioner on Monday to testify about the deaths in custody.', type: null },
  // "Defence chiefs", "military chiefs" name their countries' forces, so coordinated adjectives both count.
  { text: 'Australian and Indian defence chiefs signed a logistics agreement in Canberra on Friday, officials said.', type: 'SUPPORT', actor: ['AUS', 'IND'], recipient: [] },
  // Nominal acts with their sides after "between", a few words from the noun: the signing of an agreement that is
  // welcomed, talks with their venue first, fighting named by its noun.
  { text: 'The European Union welcomed the signing of a trade agreement between Chile and New Zealand in Santiago on Monday, a spokesman said.', type: 'SUPPORT', actor: ['EUR'], recipient: ['CHL', 'NZL'] },
  { text: "Tuesday's talks in Geneva between Armenian and Azerbaijani officials lasted six hours, a Swiss diplomat said.", type: 'CONSULT', actor: ['ARM', 'AZE'], recipient: [] },
  { text: 'Fierce fighting between Ethiopian troops and Eritrean forces broke out near the border town of Zalambessa on Sunday, residents said.', type: 'ASSAULT', actor: ['ERI', 'ETH'], recipient: [] },
  { text: 'Clashes erupted between Kyrgyz and Tajik border guards on Thursday, the two governments said.', type: 'ASSAULT', actor: ['KGZ', 'TJK'], recipient: [] },
  // NEGATIVE: the signing itself is no welcome when nobody welcomes it; a call to end fighting is a request, not the
  // fighting.
  { text: 'The signing of a trade agreement between Chile and New Zealand took place in Santiago on Monday.', type: 'SUPPORT', not: 'ASSAULT' },
  { text: 'Qatar called on Tuesday for an end to the fighting between the Sudanese army and the Rapid Support Forces.', type: 'REQUEST', actor: ['QAT'] },
  // Admissions are concessions, and the act admitted is not the main event; NEGATIVE: a hospital admitting the
  // wounded is no admission.
  { text: "Peru's navy admitted on Thursday that its sailors had fired on a fishing boat in 2019, at a hearing in Lima.", type: 'CONCEDE', actor: ['PER'] },
  { text: 'Azerbaijan admitted shooting down the Russian helicopter over Armenia and offered compensation.', type: 'CONCEDE', actor: ['AZE'], recipient: ['RUS'] },
  { text: 'A hospital in Gaza admitted 40 wounded people on Monday, the health ministry said.', type: null },
  // A court striking down a law rejects it; NEGATIVE: missiles that "struck down" power lines attacked.
  { text: "South Africa's Constitutional Court on Tuesday struck down a law that barred independent candidates from standing.", type: 'REJECT', actor: ['ZAF'] },
  { text: 'Russian missiles struck down power lines in Kharkiv overnight, the regional governor said.', type: 'ASSAULT', actor: ['RUS'], recipient: ['UKR'] },
  // Returned artefacts are a retreat, to the country they go back to; NEGATIVE: returned nationals are people, not
  // property (still RETREAT, by return-people), and a runner who returned home returned nothing.
  { text: 'Germany returned 20 looted bronzes to Nigeria at a ceremony in Abuja on Tuesday, the culture ministry said.', type: 'RETREAT', actor: ['DEU'], recipient: ['NGA'] },
  { text: "The Kenyan runner returned home from Paris with two gold medals on Friday.", type: null },
  // Forces detected near a country are deployed by their own country against it; NEGATIVE: a whale spotted near
  // ships is no deployment.
  { text: "Japan's defence ministry said it had tracked two Russian bombers flying over the Sea of Japan on Tuesday.", type: 'MOBILIZE', actor: ['RUS'], recipient: ['JPN'] },
  { text: 'Fishermen spotted a whale near the harbour on Tuesday.', type: null },
  // Aid told in wire wording: relief goods whose delivery starts ("began airdropping food"), an aid package announced,
  // relief goods "sent by" a country arriving somewhere. NEGATIVES: a starting flow of other goods is trade, a
  // package of sanctions is no aid, a letter sent by a leader is no aid.
  { text: 'The World Food Programme began airdropping food to 30,000 people in Sudan\'s Blue Nile state on Monday, the agency said.', type: 'AID', actor: ['UNO'], recipient: ['SDN'] },
  { text: 'Azerbaijan began shipping oil to Israel through Turkey on Monday, the energy ministry said.', type: 'COOPERATE', actor: ['AZE'] },
  { text: 'Canada announced a $500 million package of military aid for Ukraine on Friday, the defence minister said.', type: 'AID', actor: ['CAN'], recipient: ['UKR'] },
  { text: 'The European Union announced a new package of sanctions against Belarus on Friday.', type: 'SANCTION', actor: ['EUR'], recipient: ['BLR'] },
  { text: 'Forty tonnes of medicines sent by Jordan arrived in Lebanon on Tuesday, the health ministry said.', type: 'AID', actor: ['JOR'], recipient: ['LBN'] },
  { text: 'A letter sent by the Chinese president arrived in Moscow on Tuesday, the Kremlin said.', type: null },
  // A past form after "of"/"for" qualifies a noun, and a form in -s after a preposition and a name is a noun: neither
  // is an arrest. NEGATIVE: an arrest told with the verb still is one.
  { text: 'Relatives of detained opposition leader Kizza Besigye marched to the court in Kampala on Monday.', type: 'PROTEST' },
  { text: 'Hundreds of Sahrawi prisoners in Moroccan jails began a hunger strike on Monday, a rights group said.', type: 'PROTEST' },
  { text: 'Iran jailed a Swedish citizen for eight years on spying charges, the judiciary said on Tuesday.', type: 'COERCE', actor: ['IRN'], recipient: ['SWE'] },
  // Civilians who clash with police riot; NEGATIVE: armed groups that clash with police or security forces fight.
  { text: 'Opposition supporters clashed with riot police in Nairobi on Tuesday as they tried to reach parliament.', type: 'PROTEST', actor: ['KEN'] },
  { text: 'Al-Shabaab fighters clashed with police on the outskirts of Mogadishu on Friday, witnesses said.', type: 'ASSAULT', actor: ['SOM'] },
  // "Launched a hunger strike" is a protest, never an attack.
  { text: 'Dozens of Kurdish prisoners in Turkish jails launched an open-ended hunger strike on Monday, their lawyers said.', type: 'PROTEST' },
  // The opposition staying away from a session protests (boycott); NEGATIVE: a state boycotting a summit rejects it.
  { text: "Zimbabwe's main opposition party boycotted Tuesday's parliamentary session on the budget, calling the vote a sham.", type: 'PROTEST', actor: ['ZWE'] },
  { text: 'Russia boycotted the peace summit in Switzerland, the Kremlin said on Monday.', type: 'REJECT', actor: ['RUS'] },
  // A company that announces its withdrawal from a country pulls out (SANCTION); NEGATIVE: a state announcing the
  // withdrawal of its troops concedes.
  { text: 'Chevron announced its withdrawal from Myanmar on Friday, citing the human rights situation since the coup.', type: 'SANCTION', actor: ['USA'], recipient: ['MMR'] },
  { text: 'France announced the withdrawal of its troops from Niger on Sunday, the Elysee said.', type: 'CONCEDE', actor: ['FRA'] },
  // An act in an opening phrase of setting ("In a joint statement issued after a phone call …,", "During talks in
  // …,") is background: the main clause's act comes first. NEGATIVE: an opening place with no act leaves the main
  // clause's act alone.
  { text: 'In a joint statement issued after a phone call between their presidents, Egypt and Turkey said they would hold a summit in Ankara next month.', type: 'AGREE', actor: ['EGY', 'TUR'] },
  { text: 'During talks in Astana on Monday, Kazakhstan and Uzbekistan signed an agreement on sharing water from the Syr Darya.', type: 'SUPPORT', actor: ['KAZ', 'UZB'] },
  { text: 'In Khartoum, paramilitary fighters shelled a market on Sunday, killing 20 people, medics said.', type: 'ASSAULT', actor: ['SDN'] },
  // An undated act before ", and" or ", but" and a day is the setting of the dated act after it, which comes first.
  // NEGATIVE: with no day after the turn, the first act stays first.
  { text: 'Chad and Niger have long complained of arms smuggling across their border, and on Monday their armies began joint patrols along it.', type: 'COOPERATE', actor: ['NER', 'TCD'] },
  { text: 'Chad and Niger have long complained of arms smuggling across their border, and their armies began joint patrols along it.', type: 'ACCUSE', actor: ['NER', 'TCD'] },
  // A passive's "by" party after the passive's place and day acts ("was announced in Kampala on Tuesday by …").
  // NEGATIVE: a "by" of another act after the comma is no agent of the first.
  { text: "The expulsion of two Somali diplomats was announced in Kampala on Tuesday by Uganda's foreign ministry.", type: 'SANCTION', actor: ['UGA'], recipient: ['SOM'] },
  { text: 'A pledge of 12 million euros in aid to Cape Verde was announced in Praia on Wednesday by Luxembourg.', type: 'AGREE', actor: ['LUX'], recipient: ['CPV'] },
  { text: 'Uganda ordered the expulsion of two Somali diplomats on Tuesday, days after a raid by Kenyan police.', type: 'SANCTION', actor: ['UGA'], recipient: ['SOM'] },
  // A scare quote of a few words around the cue or inside a pattern is stepped over. NEGATIVE: a quoted sentence with
  // the pattern's words and no party acting is no act.
  { text: 'Kenya "fully backs" Somalia\'s bid to join the East African Community, Ruto said on Monday.', type: 'SUPPORT', actor: ['KEN'], recipient: ['SOM'] },
  { text: 'Ghana will respond "firmly and in kind" to any new expulsion of its diplomats from Togo, the ministry warned.', type: 'THREATEN', actor: ['GHA'], recipient: ['TGO'] },
  { text: 'The new port "will respond firmly to the needs of traders in Togo and Ghana," the ministry said.', type: null },
  // Visa-free entry resumed or restored is eased; forces scaled or drawn down are withdrawn (promised: conceded).
  // NEGATIVE: demands scaled back are a position given up, no withdrawal; a war fought between two years a decade and
  // more before the story is history, no act.
  { text: 'Vietnam will resume visa-free entry for Polish citizens from March 1, the foreign ministry said.', type: 'CONCEDE', actor: ['VNM'], recipient: ['POL'] },
  { text: 'Kenya scaled back its troops in Somalia last month, the defence ministry said.', type: 'RETREAT', actor: ['KEN'], recipient: ['SOM'] },
  { text: 'Kenya will begin drawing down its forces in Somalia next year, the defence ministry said.', type: 'CONCEDE', actor: ['KEN'], recipient: ['SOM'] },
  { text: 'Kenya scaled back its demands on Uganda on Monday.', type: 'CONCEDE', actor: ['KEN'], recipient: ['UGA'], not: 'RETREAT' },
  { text: 'Peru and Ecuador fought a border war between 1941 and 1942 that left hundreds dead.', type: null },
  // Blame is laid on a party, directly or after "on". NEGATIVE: blame laid on a thing is no accusation.
  { text: 'Kenya blamed the attack on Ugandan rebels on Monday.', type: 'ACCUSE', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Kenya has blamed Uganda for the raid.', type: 'ACCUSE', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Twelve people died when a bus left the road near Nakuru on Friday, Kenyan police said, blaming a brake failure.', type: null },
  { text: 'Kenya blamed the crash on bad weather on Monday.', type: null },
  // Trade remedies imposed are sanctions on the goods' country.
  { text: 'India imposed anti-dumping duties of 20 percent on Chinese steel on Monday.', type: 'SANCTION', actor: ['IND'], recipient: ['CHN'] },
  { text: 'Turkey imposed provisional anti-dumping deposits on Vietnamese fibre on Friday.', type: 'SANCTION', actor: ['TUR'], recipient: ['VNM'] },
  // A request in the subject of a passive rejection is its setting: the rejection comes first, and the request's
  // complement ends at the passive verb. NEGATIVE: the request's own passive ("was made by") is no rejection.
  { text: 'A request by Kenya for talks on the border was rejected by Uganda on Monday.', type: 'REJECT', actor: ['UGA'], recipient: ['KEN'] },
  { text: 'A request by the UN envoy to visit detained opposition leaders in the capital has been turned down by the Burmese junta.', type: 'REJECT', actor: ['MMR'], recipient: ['UNO'] },
  { text: 'Kenya called for talks on the border with Uganda on Monday.', type: 'REQUEST', actor: ['KEN'], not: 'REJECT' },
  // "unlikely to" negates the act after it; an agreement's long name with "of" in it is still signed; La Francophonie
  // is an intergovernmental body left. NEGATIVE: "likely to" does not negate.
  { text: 'Analysts say Nairobi is unlikely to ease its pressure on Kampala over the pipeline this year.', type: null },
  { text: 'Australia and Fiji signed a status of visiting forces agreement in Suva on Wednesday.', type: 'SUPPORT', actor: ['AUS', 'FJI'] },
  { text: 'Niger announced its withdrawal from the International Organisation of La Francophonie on Monday.', type: 'SANCTION', actor: ['NER'], recipient: ['IGO'] },
  { text: 'Kenya is likely to sign the deal with Uganda on Friday.', type: 'SUPPORT', not: 'REJECT' },
  // A boycott by a country's own people that names no one else is aimed at home. NEGATIVE: a boycott of another
  // country's goods is aimed at that country.
  { text: "Zambia's opposition parties boycotted the opening session of parliament in Lusaka on Friday.", type: 'PROTEST', actor: ['ZMB'], recipient: ['ZMB'] },
  { text: 'Kenyan traders boycotted Ugandan sugar on Friday.', type: 'PROTEST', actor: ['KEN'], recipient: ['UGA'] },
  // A party's act of the future made to hang on another party's ("will … unless X …") is a threat to X, when no cue
  // reads the act. NEGATIVE: a thing's fate so told is a forecast; a cue before "unless" codes the act itself.
  { text: 'Kampala will close the valves on its oil pipeline to the coast unless Kenya pays the transit fees it owes, the energy ministry said.', type: 'THREATEN', actor: ['UGA'], recipient: ['KEN'] },
  { text: "An analyst argued that the bloc's plan for a single currency would fail unless the bigger member states spent far more.", type: null },
  { text: 'Kenya will impose tariffs on Ugandan sugar unless Kampala lifts its ban on Kenyan milk.', type: 'THREATEN', actor: ['KEN'], recipient: ['UGA'] },
  // The commas of a list of names do not break a pattern's gap. NEGATIVE: a list of things does (no blockade of fuel
  // read over "roads, roundabouts and fuel depots").
  { text: 'Managua expelled Panamanian, Honduran and Guatemalan diplomats on Monday.', type: 'SANCTION', actor: ['NIC'], recipient: ['GTM', 'HND', 'PAN'] },
  { text: 'Tens of thousands of French farmers blocked roads, roundabouts and fuel depots across France on Saturday to protest against diesel taxes.', type: 'PROTEST', not: 'COERCE' },
  // Aid or trade put on hold is reduced; a curfew clamped is imposed; people snatched are abducted. NEGATIVE: a plan
  // put on hold is no sanction.
  { text: 'Brussels put on hold all budget support to Niger on Monday.', type: 'SANCTION', actor: ['EUR'], recipient: ['NER'] },
  { text: 'Berlin put all development aid to Niger on hold after the coup.', type: 'SANCTION', actor: ['DEU'], recipient: ['NER'] },
  { text: 'Kenya put its plan to tax imports on hold on Monday.', type: 'CONCEDE', not: 'SANCTION' },
  { text: 'A dusk-to-dawn curfew was clamped on Maradi by Niger\'s authorities on Wednesday.', type: 'COERCE', actor: ['NER'] },
  { text: 'Gunmen snatched three Chinese engineers in Nigeria\'s Niger state on Monday.', type: 'ASSAULT', actor: ['NGA'], recipient: ['CHN'] },
  // The press told of talks is no side of them: the one who told it is. NEGATIVE: a meeting with the press is none.
  { text: "The pipeline will be built, Timor-Leste's Energy Minister Joao Tavares told Lusa on Monday, after talks in Canberra with Australian Foreign Minister Penny Wong.", type: 'CONSULT', actor: ['TLS'], recipient: ['AUS'] },
  { text: 'Foreign Minister Penny Wong met reporters in Canberra on Monday.', type: null },
  // A response announced to an act named between ("would respond to the expulsion in kind") is a threat. NEGATIVE: a
  // reply to a letter is none.
  { text: 'Minsk will respond to the move in kind, the Belarusian foreign ministry said on Tuesday.', type: 'THREATEN', actor: ['BLR'] },
  { text: 'Minsk said it would respond to the letter in due course.', type: null },
  // A country whose name has a hyphen of its own acts as its subject. NEGATIVE: two names joined by a hyphen before a
  // noun are no subject.
  { text: "Guinea-Bissau summoned Senegal's ambassador on Monday.", type: 'ACCUSE', actor: ['GNB'], recipient: ['SEN'] },
  { text: 'Timor-Leste took Australia to the International Court of Justice in 2013.', type: null },
  { text: 'Timor-Leste took Australia to the International Court of Justice on Monday.', type: 'ACCUSE', actor: ['TLS'], recipient: ['AUS'] },
  { text: 'The Kenya-Uganda committee met in Nairobi on Monday.', type: null },
  // A mission opened in another country's city sets up ties with it. NEGATIVE: fire opened on an embassy is no such act.
  { text: 'Malta opened an embassy in Accra on Monday, the foreign ministry said.', type: 'SUPPORT', actor: ['MLT'], recipient: ['GHA'] },
  { text: 'India opened its first consulate in Erbil on Monday.', type: 'SUPPORT', actor: ['IND'], recipient: ['IRQ'] },
  { text: 'Gunmen opened fire on the embassy in Accra on Monday.', type: 'ASSAULT', not: 'SUPPORT' },
  // A promise won from a party is that party's promise to the one who won it. NEGATIVE: a letter received is no promise.
  { text: 'Nepal secured a promise from Beijing on Friday to finance a railway to Kathmandu.', type: 'AGREE', actor: ['CHN'], recipient: ['NPL'] },
  { text: 'Kenya received assurances from Uganda that the border would stay open.', type: 'AGREE', actor: ['UGA'], recipient: ['KEN'] },
  { text: 'Kenya received a letter from Uganda on Friday.', type: 'SUPPORT', not: 'AGREE' },
  // Force or "all means" announced for a purpose is a threat. NEGATIVE: aircraft used to deliver aid are no threat.
  { text: 'Moscow will use all necessary means, including its navy, to protect its tankers, the Kremlin said on Friday.', type: 'THREATEN', actor: ['RUS'] },
  { text: 'Kenya will use military aircraft to deliver aid to Somalia.', type: 'AID', not: 'THREATEN' },
  { text: 'Kenya will use the air force to evacuate its citizens from Sudan.', type: 'AGREE', not: 'THREATEN' },
  // Flights or trade resumed, named by the noun, between two countries are their joint act. NEGATIVE: a call for it is a
  // request.
  { text: 'The resumption of direct flights between Kenya and Somalia came on Tuesday.', type: 'COOPERATE', actor: ['KEN', 'SOM'], recipient: [] },
  { text: 'Kenya called for the resumption of flights between Somalia and Ethiopia.', type: 'REQUEST', actor: ['KEN'], not: 'COOPERATE' },
  // An extradition in the passive with no "by" is made by the state it leaves: the place after "from" or where the
  // person was held, else the speaker's state. NEGATIVE: with no such state the actor stays unknown.
  { text: 'A Peruvian man was extradited to Peru from Chile on Thursday.', type: 'COOPERATE', actor: ['CHL'], recipient: ['PER'] },
  { text: 'A Peruvian man held in Arica was extradited to Peru on Thursday.', type: 'COOPERATE', actor: ['CHL'], recipient: ['PER'] },
  { text: 'A man wanted at home for fraud was extradited to Peru on Thursday, the Chilean police said.', type: 'COOPERATE', actor: ['CHL'], recipient: ['PER'] },
  { text: 'A Peruvian man was extradited to Peru on Thursday.', type: 'COOPERATE', actor: [''], recipient: ['PER'] },
  // Two bodies named each with "the" are coordinated: "their" act is both's. NEGATIVE: two parties acted on stay the
  // recipients.
  { text: 'The Chilean Navy and the Peruvian Navy carried out their first joint patrol off Arica on Wednesday.', type: 'COOPERATE', actor: ['CHL', 'PER'], recipient: [] },
  { text: 'Chile accused Peru and the Bolivian government of ignoring their obligations.', type: 'ACCUSE', actor: ['CHL'], recipient: ['BOL', 'PER'] },
  // A figure that "hit a record" is no attack; NEGATIVE: a drone that hit a depot is.
  { text: 'Trade between Kenya and Uganda hit a record 4.2 billion dollars in the first half, the statistics office said.', type: null },
  { text: 'Exports hit an all-time high in May.', type: null },
  { text: 'A Ukrainian drone hit a fuel depot in Kursk on Friday.', type: 'ASSAULT' },
  // Proceedings opened; a pact its party will not sign; cars torched and shops looted by rioters. NEGATIVE: a pact
  // someone "will sign" is agreed, and property "looted by" soldiers and returned keeps its returner.
  { text: "Uganda's anti-graft agency has opened a criminal case against a former mayor.", type: 'ACCUSE', actor: ['UGA'] },
  { text: 'Fiji said on Wednesday it would not sign the security agreement with Australia in its current form.', type: 'REJECT', actor: ['FJI'], recipient: ['AUS'] },
  { text: 'Fiji said on Wednesday it would sign the security agreement with Australia next month.', type: 'AGREE', not: 'REJECT' },
  { text: 'Rioters torch cars and loot shops in Lome as anger over a tax turns violent.', type: 'PROTEST', actor: ['TGO'] },
  { text: 'Germany returned 20 bronzes looted by British soldiers in 1897 to Nigeria on Tuesday.', type: 'RETREAT', actor: ['DEU'], recipient: ['NGA'] },
  // "We" and "our" in a quotation stand for the side of the speaker named right after it. NEGATIVE: with no speaker
  // named, "we" is no one.
  { text: '“We demand that Venezuela release the gendarme immediately,” Argentine Foreign Minister Gerardo Werthein said on Friday.', type: 'REQUEST', actor: ['ARG'], recipient: ['VEN'] },
  { text: '“We have no choice but to cut our diplomatic ties with Lima,” said Venezuelan Foreign Minister Yvan Gil on Tuesday.', type: 'SANCTION', actor: ['VEN'], recipient: ['PER'] },
  { text: 'We demand that Venezuela release the gendarme immediately.', type: null },
  // A facility two countries opened to run jointly is their joint act; a development bank's loan is an IGO's aid.
  // NEGATIVE: a plant "jointly owned" by firms is no act of states.
  { text: 'Kenya and Uganda opened a jointly run cargo terminal at the Busia border crossing on Tuesday.', type: 'COOPERATE', actor: ['KEN', 'UGA'], recipient: [] },
  { text: 'The Eurasian Development Bank has approved a 50 million dollar loan to help Tajikistan rebuild irrigation canals.', type: 'AID', actor: ['IGO'], recipient: ['TJK'] },
  { text: 'Li was expected to visit a lithium plant jointly owned by Chinese and Australian firms in Perth.', type: 'CONSULT', not: 'COOPERATE' },
  // Captives handed "over" with the captives between; reinforcements and additional officers sent. NEGATIVE: officers
  // sent to talks are no forces.
  { text: 'The Nicaraguan Army handed the three fishermen over to the Costa Rican consul at the border post on Wednesday.', type: 'RETREAT', actor: ['NIC'], recipient: ['CRI'] },
  { text: 'Mali sent reinforcements and armoured vehicles to Gao on Sunday.', type: 'MOBILIZE', actor: ['MLI'] },
  { text: "Costa Rica's security ministry sent 40 additional officers to the northern border on Tuesday.", type: 'MOBILIZE', actor: ['CRI'] },
  { text: 'Kenya sent two officers to the talks in Geneva.', type: null },
  // A curfew imposed from a day is imposed, not threatened; NEGATIVE: one promised on a condition is a threat.
  { text: 'Kenya imposes a nationwide curfew from midnight as the death toll in the protests climbs, the government says.', type: 'COERCE', actor: ['KEN'], recipient: ['KEN'] },
  { text: 'Kenya will impose a nationwide curfew if the protests go on, the government said.', type: 'THREATEN', not: 'COERCE' },
  // Walking off the job is a strike.
  { text: 'Garment workers in Dhaka walked off the job on Thursday to reject the new minimum wage as too low.', type: 'PROTEST', actor: ['BGD'] },
  { text: 'The Nigeria Labour Congress on Monday demanded that the government reverse the fuel price increase.', type: 'REQUEST', actor: ['NGA'], recipient: ['NGA'] },
  // The one who calls on another is the guest, with or without a place, and two called on are two visits; co-chairs of
  // two countries are the talks' sides, not mediators; "the Government of India" is one party. NEGATIVE: calling on a
  // country to act is a request.
  { text: 'Kenyan Foreign Minister Musalia Mudavadi called on President Yoweri Museveni on Friday.', type: 'CONSULT', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Kenya called on Uganda to release the traders.', type: 'REQUEST', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Bhutan and India signed three agreements in Thimphu on Friday, and the Government of India released Nu 4.2 billion as the second tranche of its assistance.', type: 'SUPPORT', actor: ['BTN', 'IND'], recipient: [] },
  // An invitation carried by an envoy is the inviter's to the one invited; "to make a visit" is invited too. NEGATIVE:
  // a message carried is support, and the visit invited to is none made.
  { text: 'Mudavadi conveyed an invitation from President William Ruto to President Yoweri Museveni to make a state visit to Kenya.', type: 'AGREE', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Kenyan President William Ruto invited Ugandan President Yoweri Museveni to make a state visit to Kenya.', type: 'AGREE', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Mudavadi conveyed a message from President William Ruto to President Yoweri Museveni on Monday.', type: 'SUPPORT', not: 'AGREE' },
  { text: 'Mudavadi conveyed an invitation from President William Ruto to President Yoweri Museveni to make a state visit to Kenya.', type: 'AGREE', not: 'CONSULT' },
  // Signatures put to a memorandum are a signing; greetings passed on are no request.
  { text: 'Egyptian Foreign Minister Badr Abdelatty and Kenyan Foreign Minister Musalia Mudavadi put their signatures to a memorandum on regular consultations on Monday.', type: 'SUPPORT', actor: ['EGY', 'KEN'], recipient: [] },
  { text: 'El-Sisi asked Mudavadi to convey his greetings to President Ruto.', type: null },
  { text: 'Egypt asked Kenya to extradite the suspects.', type: 'REQUEST', actor: ['EGY'], recipient: ['KEN'] },
  // A meeting with no place of its own was held at the dateline that opens the sentence, so its country hosts.
  // NEGATIVE: a video summit is held nowhere.
  { text: 'DAMASCUS -- The UN special envoy for Syria, Geir Pedersen, held talks on Sunday with Ahmed al-Sharaa.', type: 'CONSULT', actor: ['UNO'], recipient: ['SYR'] },
  { text: 'NAIROBI -- Kenyan President William Ruto held talks on Sunday with Ugandan President Yoweri Museveni.', type: 'CONSULT', actor: ['UGA'], recipient: ['KEN'] },
  { text: 'NAIROBI -- Kenyan President William Ruto held a video summit on Sunday with Ugandan President Yoweri Museveni.', type: 'CONSULT', actor: ['KEN', 'UGA'], recipient: [] },
  // Meals handed out are aid; a standby force activated is mobilised; a toll counted around the world is no attack.
  // NEGATIVE: a toll in one country is.
  { text: 'The World Food Programme began handing out hot meals to 20,000 people in Port-au-Prince on Tuesday.', type: 'AID', actor: ['UNO'], recipient: ['HTI'] },
  { text: 'ECOWAS leaders ordered the activation of the bloc\'s standby force on Thursday to restore order in Niger.', type: 'MOBILIZE', actor: ['IGO'] },
  { text: 'A record 383 aid workers were killed around the world last year, the UN humanitarian office said.', type: null },
  { text: 'Gunmen killed 12 aid workers in South Sudan last week, the UN humanitarian office said.', type: 'ASSAULT' },
  // The head of an international NGO acts for it, not for the country where he is. NEGATIVE: a minister keeps his
  // country.
  { text: 'ICRC President Mirjana Spoljaric held talks in Moscow on Thursday with Russian Foreign Minister Sergei Lavrov.', type: 'CONSULT', actor: ['NGO'], recipient: ['RUS'] },
  { text: 'Amnesty International Secretary General Agnes Callamard met Kenyan Foreign Minister Musalia Mudavadi in Nairobi on Friday.', type: 'CONSULT', actor: ['NGO'], recipient: ['KEN'] },
  // Demands named as what is rejected are the rejection's object, no request of their own. NEGATIVE: a demand made
  // after a rejection, in a clause of its own, is a request.
  { text: 'President Jose Raul Mulino said on Thursday, rejecting demands from Washington that U.S. ships pass free of charge, that the canal was Panama\'s.', type: 'REJECT', actor: ['PAN'], not: 'REQUEST' },
  { text: 'Panama rejected the proposal on Thursday and demanded that Washington withdraw its warships.', type: 'REJECT', actor: ['PAN'] },
  // A participle set off after the first party, also after its title's words, is what was done to that party: the
  // act after it comes first.
  { text: 'Tunisian opposition figure Jawhar Ben Mbarek, jailed in the conspiracy case, has gone on hunger strike in protest at his detention.', type: 'PROTEST', actor: ['TUN'] },
  // A pact someone "will not sign" also with a long name between. NEGATIVE: one it will sign is agreed.
  { text: 'Fiji said it would not sign the new regional security and trade agreement with Australia.', type: 'REJECT', actor: ['FJI'], recipient: ['AUS'] },
  { text: 'Fiji said it would sign the new regional security and trade agreement with Australia next month.', type: 'AGREE', not: 'REJECT' },
  // A country after "border with" is a neighbour, no side of the talks; NEGATIVE: "with" a body of that country is.
  { text: "Malaysian Prime Minister Anwar Ibrahim and Thai Prime Minister Anutin Charnvirakul discussed on Friday the security situation on Thailand's border with Cambodia.", type: 'CONSULT', actor: ['MYS', 'THA'], recipient: [] },
  { text: 'The Kenyan and Ethiopian defence ministers discussed the security of the border with Somalia on Monday.', type: 'CONSULT', actor: ['ETH', 'KEN'], recipient: [] },
  { text: "Kenya's foreign minister discussed the border with Somalia's ambassador on Monday.", type: 'CONSULT', actor: ['KEN', 'SOM'] },
  // Demonyms coordinated before a named force share its noun: both sides' forces.
  { text: 'Israeli and Lebanese Hezbollah forces exchanged fire across the frontier on Sunday, the army said.', type: 'ASSAULT', actor: ['ISR', 'LBN'], recipient: [] },
  // Consent withdrawn for another country's consulate closes it; NEGATIVE: consent withdrawn for anything else does not.
  { text: 'Bolivia withdrew its consent on Monday for the Chilean consulate in Santa Cruz, the foreign ministry said.', type: 'SANCTION', actor: ['BOL'], recipient: ['CHL'] },
  { text: 'The regulator withdrew its consent for the merger of two Chilean banks on Monday.', type: 'CONCEDE', not: 'SANCTION' },
  // Relations lifted or taken "to" a higher level are upgraded; NEGATIVE: a dispute over relations taken to a court is not.
  { text: 'Kenya and Ghana lifted their relationship to a strategic partnership on Tuesday during a state visit.', type: 'SUPPORT', actor: ['GHA', 'KEN'], recipient: [] },
  { text: 'Chile and Peru took their bilateral ties to a new level on Monday, the two foreign ministries said.', type: 'SUPPORT', actor: ['CHL', 'PER'] },
  { text: 'Bolivia took its dispute over relations with Chile to the International Court of Justice.', not: 'SUPPORT', type: 'ACCUSE' },
  // Ships or planes sent loaded with relief are aid, however long the list of carriers; NEGATIVE: warships sent alone move forces.
  { text: 'Turkey dispatched three navy ships and two cargo planes loaded with tents, blankets and medicine to Libya on Monday after the floods.', type: 'AID', actor: ['TUR'], recipient: ['LBY'] },
  { text: 'Turkey dispatched three navy ships and two frigates to the eastern Mediterranean on Monday.', type: 'MOBILIZE', actor: ['TUR'] },
  // A word of tenure before the second person's title keeps the two coordinated; NEGATIVE: one person alone meets no one.
  { text: 'President-elect Amara Konneh and outgoing President George Weah met at the Executive Mansion in Monrovia on Monday.', type: 'CONSULT', actor: ['LBR'] },
  { text: 'Outgoing President George Weah met on Monday in Monrovia.', type: null },
  // Backing voiced or expressed for a party is support; NEGATIVE: backing voiced for a plan of one's own names no one.
  { text: "Chile's government voiced its full backing for Peruvian President Dina Boluarte on Thursday.", type: 'SUPPORT', actor: ['CHL'], recipient: ['PER'] },
  { text: "Chile's government expressed strong backing on Thursday for its own pension reform.", type: 'SUPPORT', actor: ['CHL'], recipient: [] },
  // The author of what is rejected follows "from" after a noun of claims; NEGATIVE: a party "from" after another noun
  // does not take the place of the claim's owner named before it.
  { text: "Togo on Wednesday rejected renewed accusations from Burkina Faso's military authorities that it hosts French bases.", type: 'REJECT', actor: ['TGO'], recipient: ['BFA'] },
  { text: 'Serbia rejected demands from the European Union to impose sanctions on Russia.', type: 'REJECT', actor: ['SRB'], recipient: ['EUR'] },
  { text: "Togo rejected Ghana's claims of smuggling from Burkina Faso on Wednesday.", type: 'REJECT', actor: ['TGO'], recipient: ['GHA'] },
  // An accusation repeated or renewed is made; NEGATIVE: "renewed accusations" as a noun phrase is what is rejected.
  { text: 'Rwanda on Monday renewed its accusations against Burundi of harbouring rebels.', type: 'ACCUSE', actor: ['RWA'], recipient: ['BDI'] },
  { text: 'Burundi rejected renewed accusations from Rwanda on Monday.', type: 'REJECT', actor: ['BDI'], recipient: ['RWA'] },
  // A pipeline to another country shut is a measure against it; NEGATIVE: one shut for repairs by no state is none.
  { text: 'Niger shut the oil pipeline to Benin on Monday.', type: 'SANCTION', actor: ['NER'], recipient: ['BEN'] },
  { text: 'Engineers shut the pipeline for repairs on Monday.', type: null },
  // A condition opened by inversion ("Were … to", "Should …") tells no act; NEGATIVE: the same act told plainly is one.
  { text: 'Were Algeria to shut the gas pipeline to Spain, Madrid would turn to liquefied gas.', type: null },
  { text: 'Should Eritrean troops cross the border, Ethiopia would respond with force.', not: 'MOBILIZE', type: 'THREATEN' },
  { text: 'Algeria shut the gas pipeline to Spain on Monday.', type: 'SANCTION', actor: ['DZA'], recipient: ['ESP'] },
  // An envoy "called to the Foreign Ministry" is summoned there; NEGATIVE: called to another ministry is not.
  { text: 'The acting Russian ambassador to Finland was called to the Foreign Ministry in Helsinki on Thursday morning.', type: 'ACCUSE', actor: ['FIN'], recipient: ['RUS'] },
  { text: 'The acting Russian ambassador was called to the ministry of health in Helsinki on Thursday.', type: null },
  // A call with a word of manner before it is still the call; NEGATIVE: a call without two people in it is none.
  { text: 'In a tense phone call on Friday, Chilean President Gabriel Boric told Argentine President Javier Milei that the border would stay open.', type: 'CONSULT', actor: ['ARG', 'CHL'], recipient: [] },
  { text: 'In a lengthy phone call on Friday, the two sides discussed tariffs.', not: 'ASSAULT', type: 'CONSULT' },
  { text: 'A tense phone call was expected later this month.', type: null },
  // A compound point of the compass keeps a place after its preposition ("in north-west Greenland"), so it is no subject
  // of the verb after ", and"; NEGATIVE: a place named with no preposition may still be one.
  { text: "On Friday, US Vice President JD Vance visited a base in north-west Greenland without an invitation from Copenhagen or Nuuk, and accused Denmark of neglecting the island's security.", type: 'ACCUSE', actor: ['USA'], recipient: ['DNK'] },
  { text: 'Nuuk and Copenhagen on Friday accused Washington of spying on Greenland.', type: 'ACCUSE', actor: ['DNK'], recipient: ['USA'] },
  // A fuel plant "set ablaze" with its place before "ablaze" is struck; NEGATIVE: a stadium set ablaze by goals is not.
  { text: "Ukrainian drones set a fuel depot in Russia's Bryansk region ablaze overnight into Thursday, the governor said.", type: 'ASSAULT', actor: ['UKR'], recipient: ['RUS'] },
  { text: 'The striker set the stadium ablaze with two late goals on Sunday.', type: null },
  // A country placed "under martial law"; NEGATIVE: a plan placed under review.
  { text: "Thailand's army chief placed the country under martial law early on Tuesday.", type: 'COERCE', actor: ['THA'] },
  { text: 'The minister placed the plan under review on Tuesday.', type: null },
  // A figure that "eased to" a level concedes nothing; NEGATIVE: restrictions eased are a concession.
  { text: "Egypt's annual inflation eased to 24% in March, the statistics agency said on Monday.", type: null },
  { text: 'China eased restrictions on Australian barley on Friday.', type: 'CONCEDE', actor: ['CHN'], recipient: ['AUS'] },
  // A leader who "will not resign" turns down calls to go; NEGATIVE: one who will resign does not.
  { text: 'Peruvian President Dina Boluarte will not resign under any circumstances, her chief of staff told reporters on Monday.', type: 'REJECT', actor: ['PER'] },
  { text: 'The Peruvian prime minister will resign on Friday, his office said.', not: 'REJECT', type: 'CONCEDE' },
  // A fraction before "of" leaves the party after it the subject; NEGATIVE: a place after "of" is still none.
  { text: "About two-thirds of Kenya's public doctors walked off the job on Tuesday over unpaid wages.", type: 'PROTEST', actor: ['KEN'] },
  { text: 'About half of the capital of Kenya was without power on Tuesday.', type: null },
  // Talks "co-chaired" or "led by" two people are those people's talks; NEGATIVE: a meeting chaired by one person alone is none.
  { text: "The talks were co-chaired by Nepal's Foreign Secretary Amrit Rai and India's Foreign Secretary Vikram Misri on Monday.", type: 'CONSULT', actor: ['IND', 'NPL'], recipient: [] },
  { text: 'The talks were led by Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff on Sunday.', type: 'CONSULT', actor: ['IRN', 'USA'], recipient: [] },
  { text: 'The cabinet meeting was chaired by the prime minister on Monday.', type: null },
  // Persona non grata over a long phrase of who was declared; NEGATIVE: a visit declared a success.
  { text: 'Romania has declared a diplomat at the Russian embassy in Bucharest persona non grata, the foreign ministry said on Thursday.', type: 'SANCTION', actor: ['ROU'], recipient: ['RUS'] },
  { text: "Romania declared the Russian diplomat's visit a success on Thursday.", type: null },
  // A response promised "adequate" or "proportionate" is a threat; NEGATIVE: a detailed response to a letter is none.
  { text: 'Russia would give an adequate response to Bucharest\'s move, the foreign ministry spokeswoman said on Friday.', type: 'THREATEN', actor: ['RUS'], recipient: ['ROU'] },
  { text: 'The ministry will give a detailed response to the letter next week.', type: null },
  // An arrest told in the passive "on the Beninese side" of a border was made by that side's state; NEGATIVE: a side
  // that is no place ("the Togolese side said") names no one who arrested (the actor stays unknown).
  { text: 'Four Ghanaian traders were arrested on Friday near Aflao, on the Togolese side of the border crossing.', type: 'COERCE', actor: ['TGO'], recipient: ['GHA'] },
  { text: 'Four Ghanaian traders were arrested on Friday, the Togolese side said.', type: 'COERCE', actor: [''], recipient: ['GHA'] },
  // Goods kept "from entering" a place are blockaded; NEGATIVE: aid stopped to a country is aid cut.
  { text: 'Israel stopped all goods and aid from entering the Gaza Strip on Sunday.', type: 'COERCE', actor: ['ISR'], recipient: ['PSE'] },
  { text: 'The United States stopped aid to Ethiopia on Monday.', type: 'SANCTION', actor: ['USA'], recipient: ['ETH'] },
  // "riot police" is a force, no riot; NEGATIVE: protesters who riot still do.
  { text: 'Armenian riot police fired tear gas at protesters outside parliament in Yerevan on Friday.', type: 'ASSAULT', actor: ['ARM'], recipient: ['ARM'] },
  { text: 'Armenian protesters rioted outside parliament in Yerevan on Friday.', type: 'PROTEST', actor: ['ARM'] },
  // Every party of a list that opens the sentence acts in each verb of its series (negatives in events.test.ts).
  { text: 'Kenya, the United States and Tanzania held talks in Arusha on Monday, condemned the attack and agreed to share intelligence.', type: 'CONSULT', actor: ['KEN', 'TZA', 'USA'], recipient: [] },
  // A summit or talks ruled out ("will have no summit with") is a rejection; NEGATIVE: one to be held is a plan.
  { text: 'Eritrea will have no talks with Ethiopia while its troops remain in Tigray, the information minister said on Tuesday.', type: 'REJECT', actor: ['ERI'], recipient: ['ETH'] },
  { text: 'Eritrea will have talks with Ethiopia next month, the information minister said on Tuesday.', not: 'REJECT', type: 'AGREE' },
  // A city "flooded with" police or troops; NEGATIVE: a market flooded with goods.
  { text: 'Kenya flooded Nairobi with thousands of police officers on Tuesday ahead of planned protests.', type: 'MOBILIZE', actor: ['KEN'] },
  { text: 'Chinese exporters flooded the Kenyan market with cheap steel last year.', not: 'MOBILIZE', type: null },
  // A protecting power takes custody of another's mission or interests; NEGATIVE: police taking custody of suspects.
  { text: 'Brazil took custody of the embassy and of Argentine interests in Caracas on August 1.', type: 'COOPERATE', actor: ['BRA'], recipient: ['ARG'] },
  { text: 'Kenyan police took custody of the suspects on Monday.', not: 'COOPERATE', type: null },
  // Two parties who spoke or talked with no one after the verb spoke with each other; NEGATIVES: one speaker, a party
  // spoken about, words to reporters.
  { text: 'Kenyan President William Ruto and Ugandan President Yoweri Museveni spoke on Tuesday about the oil pipeline.', type: 'CONSULT', actor: ['KEN', 'UGA'], recipient: [] },
  { text: 'The Kenyan and Ugandan leaders talked for two hours at the summit venue on Tuesday.', type: 'CONSULT', actor: ['KEN', 'UGA'], recipient: [] },
  { text: 'President Ruto talked for an hour about Uganda and Tanzania on Tuesday.', not: 'CONSULT', type: null },
  { text: 'President Ruto and President Museveni spoke to reporters in Entebbe on Tuesday.', not: 'CONSULT', type: null },
  // A truce or deal "between" two parties agreed in the passive; ties "between" two raised to a level. NEGATIVE: a deal
  // between them rejected.
  { text: 'A truce between Sudan and South Sudan was agreed in Juba on Tuesday.', type: 'AGREE', actor: ['SDN', 'SSD'], recipient: [] },
  { text: 'Ties between Kenya and Rwanda were raised to a strategic partnership in March.', type: 'SUPPORT', actor: ['KEN', 'RWA'], recipient: [] },
  { text: 'A deal between Sudan and South Sudan was rejected by the army on Tuesday.', not: 'AGREE', type: 'REJECT' },
  // A match won by a margin is no attack; NEGATIVE: a beating with no margin is.
  { text: 'Sri Lanka beat Bangladesh by 45 runs in Colombo on Sunday.', not: 'ASSAULT', type: null },
  { text: 'Police in Nairobi beat dozens of protesters on Sunday.', type: 'ASSAULT', actor: ['KEN'] },
  // Sanctions "placed" on someone, active or passive; NEGATIVE: house arrest is no sanction.
  { text: 'A Ugandan general was placed under sanctions by the United States on Friday.', type: 'SANCTION', actor: ['USA'], recipient: ['UGA'] },
  { text: 'Britain placed three Kenyan officials under sanctions on Monday.', type: 'SANCTION', actor: ['GBR'], recipient: ['KEN'] },
  { text: 'A Ugandan general was placed under house arrest on Friday.', not: 'SANCTION', type: 'COERCE' },
  // Staying away from a meeting; a court's order or a vote not recognised. NEGATIVES: attending; not recognising a face.
  { text: 'Ruto will not attend the summit with Museveni in Kampala next week, his office said.', type: 'REJECT', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Ruto will attend the summit with Museveni in Kampala next week, his office said.', not: 'REJECT', type: 'AGREE' },
  { text: "Venezuela said on Saturday it did not recognise the court's order on the Essequibo.", type: 'REJECT', actor: ['VEN'] },
  { text: 'Kenya did not recognise him at first.', not: 'REJECT', type: null },
  // Troops gathered or assembled are mobilised; NEGATIVE: leaders gathered for talks.
  { text: 'Russia has gathered 40,000 troops near Kharkiv, Kyiv said on Monday.', type: 'MOBILIZE', actor: ['RUS'] },
  { text: 'African leaders gathered in Addis Ababa on Monday for the summit.', not: 'MOBILIZE', type: null },
  // A country's goods taken off the shelves is a boycott; NEGATIVE: goods pulled over a health scare.
  { text: 'Shops in Jordan pulled Danish products from their shelves on Monday.', type: 'PROTEST', actor: ['JOR'], recipient: ['DNK'] },
  { text: 'Supermarkets pulled the products from their shelves after a health scare.', not: 'PROTEST', type: null },
  // A protest to come "unless" something is done is a threat; NEGATIVE: one announced with no condition stays a protest.
  { text: 'Nurses in Kenya said they would walk off the job next week unless the government raised pay.', type: 'THREATEN', actor: ['KEN'] },
  { text: 'Nurses in Kenya said they would walk off the job next week.', not: 'THREATEN', type: 'PROTEST' },
  // Attending a meeting is a meeting of two parties at least; NEGATIVE: one who attended the talks told of is none.
  { text: 'Kenyan President William Ruto and Ugandan President Yoweri Museveni attended the summit in Arusha on Monday.', type: 'CONSULT', actor: ['KEN', 'UGA'], recipient: [] },
  { text: 'Foreign Minister Musalia Mudavadi, who attended the talks on Monday, told reporters the border would reopen.', not: 'CONSULT', type: null },
  // Two countries that agree act on neither of them ("the Kenyan-Ugandan commission" is theirs); NEGATIVE: a third
  // country they agree to help stays the recipient.
  { text: 'Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed on Monday that the next session of the Kenyan-Ugandan commission would be held in Kampala.', type: 'AGREE', actor: ['KEN', 'UGA'], recipient: [] },
  { text: 'Kenya and Uganda agreed on Monday to send food aid to Tanzania.', type: 'AGREE', actor: ['KEN', 'UGA'], recipient: ['TZA'] },
  // Weapons "fired from" a country at a target are its attack, whatever became of them; NEGATIVE: missiles fired from a
  // ship in a test name no country.
  { text: 'A missile fired from Lebanon at northern Israel was intercepted on Saturday.', type: 'ASSAULT', actor: ['LBN'], recipient: ['ISR'] },
  { text: 'The missiles fired from the ship were tested on Saturday.', not: 'ASSAULT', type: null },
  // A decision a party will not reconsider, a ceremony it will not take part in, an act "described as unacceptable";
  // NEGATIVES: a decision reconsidered, a part taken.
  { text: 'Kenyan President William Ruto said on Wednesday that he would not reconsider his decision to bar Ugandan President Yoweri Museveni from the summit.', type: 'REJECT', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Kenyan President William Ruto said on Wednesday that he would reconsider his decision.', not: 'REJECT', type: null },
  { text: 'Spain would not take part in the talks with Morocco, the ministry said on Tuesday.', type: 'REJECT', actor: ['ESP'], recipient: ['MAR'] },
  { text: 'Spain would take part in the talks with Morocco, the ministry said on Tuesday.', not: 'REJECT', type: 'AGREE' },
  { text: "Kenya's foreign ministry on Tuesday described Uganda's closure of the border as unacceptable.", type: 'ACCUSE', actor: ['KEN'], recipient: ['UGA'] },
  // What an anniversary remembers is no act of the day; NEGATIVE: how it was marked, after "by", is.
  { text: 'Rwandans lit candles in Kigali on Sunday to mark 30 years since the genocide in which militias killed 800,000 people.', not: 'ASSAULT', type: null },
  { text: 'Kenya and Uganda marked the anniversary of their ties by signing a trade pact on Monday.', type: 'SUPPORT', actor: ['KEN', 'UGA'] },
  // People sent back across a border are deported; NEGATIVE: protesters pushed back across a bridge are not.
  { text: 'The Dominican Republic sent more than 27,000 Haitians back across the border in October, Haiti said on Tuesday.', type: 'COERCE', actor: ['DOM'], recipient: ['HTI'] },
  { text: 'Kenyan police pushed the protesters back across the bridge on Monday.', not: 'COERCE', type: null },
  { text: 'Consumer cooperatives in Jordan pulled Danish products from their shelves on Monday.', type: 'PROTEST', actor: ['JOR'], recipient: ['DNK'] },
  // A leader who "came to" a capital visited it; NEGATIVES: came to power, to an agreement, to a country's aid, and
  // the first time one had come (the occasion of a visit told before).
  { text: 'Nigerian President Muhammadu Buhari came to Rabat in June 2018.', type: 'CONSULT', actor: ['NGA'], recipient: ['MAR'] },
  { text: 'Kenya came to Uganda\'s aid in 2020.', not: 'CONSULT', type: null },
  { text: 'Tinubu came to power in 2023.', not: 'CONSULT', type: null },
  { text: 'It was the first time a Nigerian president had come to Morocco since 2018.', not: 'CONSULT', type: null },
  // A person who leaves a place travels; NEGATIVE: forces that leave it withdraw.
  { text: 'After leaving Kampala, Kenyan President William Ruto flew to Nairobi on Monday.', not: 'RETREAT', type: null },
  { text: 'Russian troops left Kherson on Friday.', type: 'RETREAT', actor: ['RUS'] },
  // Tariffs put on, answered with, counter-tariffs of an owner; pauses. NEGATIVES: tariffs put on hold are no new
  // tariffs; a framework put in place is no measure.
  { text: 'The United States put 25 per cent tariffs on Kenyan steel on March 12.', type: 'SANCTION', actor: ['USA'], recipient: ['KEN'] },
  { text: 'Nairobi answered the same day with tariffs on $3 billion worth of Ugandan goods.', type: 'SANCTION', actor: ['KEN'], recipient: ['UGA'] },
  { text: "Kenya's counter-tariffs on Ugandan sugar came into force on Wednesday.", type: 'SANCTION', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Washington put the tariffs on Kenyan steel on hold on Wednesday.', type: 'CONCEDE', actor: ['USA'], recipient: ['KEN'] },
  { text: 'Washington put the tariffs on Kenyan steel on hold on Wednesday.', not: 'SANCTION', type: 'CONCEDE' },
  { text: 'The framework that Kenya and Uganda put in place in 2019 has held.', not: 'SANCTION', type: null },
  // Reactions: civilians who attack a mission riot; an expulsion of diplomatic staff in the passive; mobile internet
  // suspended; punishment vowed; countermeasures to come; an ultimatum until a date. NEGATIVES: gunmen who attack
  // a mission attack; staff told to leave a building; internet prices cut; measures taken in the past; a grace
  // period given until a date.
  { text: 'Protesters attacked the Kenyan embassy in Kampala on Tuesday.', type: 'PROTEST', actor: ['UGA'], recipient: ['KEN'] },
  { text: 'Gunmen attacked the Kenyan embassy in Mogadishu on Tuesday.', type: 'ASSAULT', recipient: ['KEN'] },
  { text: 'Nine Ugandan diplomatic and consular officials were ordered to leave Kenya on Tuesday.', type: 'SANCTION', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Staff were told to leave the building on Monday.', not: 'SANCTION', type: null },
  { text: 'Ethiopia suspended mobile internet services across the country on Tuesday.', type: 'COERCE', actor: ['ETH'] },
  { text: 'The government cut prices of internet bundles on Monday.', not: 'COERCE', type: null },
  { text: "Uganda's president vowed harsh punishment for Kenya on Wednesday.", type: 'THREATEN', actor: ['UGA'], recipient: ['KEN'] },
  { text: 'Uganda will be forced to take countermeasures, its foreign ministry said on Tuesday.', type: 'THREATEN', actor: ['UGA'] },
  { text: 'Uganda was forced to take measures after the floods on Tuesday.', not: 'THREATEN', type: null },
  { text: 'The United States has given Kenya until the end of July to drop the tax or lose its trade preferences.', type: 'THREATEN', actor: ['USA'], recipient: ['KEN'] },
  { text: 'The bank has given Kenya until 2030 to repay the loan.', not: 'THREATEN' , type: null },
  // A demand rejected in the passive, with its owner's "'s" and an adverb: the rejection of the one who made it, and
  // no demand of its own; nor a demand named with its owner after "rejected". NEGATIVE: a demand made after a
  // rejection of something else stands.
  { text: "Ruto's demand that Uganda reopen the border was flatly rejected by Kampala on Sunday.", type: 'REJECT', actor: ['UGA'], recipient: ['KEN'] },
  { text: "Ruto's demand that Uganda reopen the border was flatly rejected by Kampala on Sunday.", not: 'REQUEST', type: 'REJECT' },
  { text: "Kenya rejected Uganda's demand for talks on Sunday.", type: 'REJECT', actor: ['KEN'], recipient: ['UGA'] },
  // Those joined by another for talks met with that party; NEGATIVE: a minister joined by his deputy meets no one.
  { text: "Kenyan President William Ruto and Ugandan President Yoweri Museveni were joined by Tanzania's president for talks on Monday.", type: 'CONSULT', actor: ['KEN', 'TZA', 'UGA'], recipient: [] },
  { text: 'The Kenyan minister was joined by his deputy for the talks on Monday.', not: 'CONSULT', type: null },
  // The minutes of a joint committee's session signed; NEGATIVE: "within minutes" signs nothing.
  { text: 'Kenyan and Ugandan trade ministers signed the minutes of the joint committee\'s session in Nairobi on Saturday.', type: 'SUPPORT', actor: ['KEN', 'UGA'] },
  { text: 'Kenya signed up to the scheme within minutes on Saturday.', not: 'SUPPORT', type: null },
  // A harm foretold is no threat; NEGATIVE: consequences for another party are.
  { text: 'Kenyan tea exporters warn of mounting losses at the port of Mombasa, the ministry said on Friday.', not: 'THREATEN', type: null },
  { text: 'Uganda warned Kenya of severe consequences on Friday.', type: 'THREATEN', actor: ['UGA'], recipient: ['KEN'] },
  // "the state of Palestine" with a small "s" is the country recognised; NEGATIVE: "the state of the talks" is none.
  { text: 'Kenya formally recognised the state of Palestine on Tuesday.', type: 'SUPPORT', actor: ['KEN'], recipient: ['PSE'] },
  { text: 'Kenya reviewed the state of the talks on Tuesday.', not: 'SUPPORT', type: null },
  // "The last of" a party's forces are its forces; NEGATIVE: the last of the talks is no party.
  { text: "The last of Kenya's military personnel stationed in Somalia have left the country, Somalia's president said on Friday.", type: 'RETREAT', actor: ['KEN'], recipient: ['SOM'] },
  { text: 'The last of the talks ended on Friday.', not: 'RETREAT', type: null },
  // Entry refused in the passive: by the state entry was refused to, else the speaker's state.
  { text: 'Two Kenyan MPs were refused entry to Uganda at Entebbe airport on Saturday.', type: 'REJECT', actor: ['UGA'], recipient: ['KEN'] },
  { text: 'Two Kenyan MPs were denied visas on Saturday, the Ugandan foreign ministry said.', type: 'REJECT', actor: ['UGA'], recipient: ['KEN'] },
  // An act named by its noun and then rejected or condemned in the passive: the rejecter acts on the noun's owner (its
  // possessive or its country's adjective), and the "by" phrase is no party of the act itself. NEGATIVE: an act of
  // force so condemned is not aimed at its condemner.
  { text: "Ghana's demand for the return of the seized trucks was rejected by Togo on Tuesday.", type: 'REJECT', actor: ['TGO'], recipient: ['GHA'] },
  { text: 'The Ethiopian proposal was rejected by Egypt on Monday.', type: 'REJECT', actor: ['EGY'], recipient: ['ETH'] },
  { text: 'The Israeli strike on the convoy was condemned by Jordan on Monday.', type: 'ASSAULT', actor: ['ISR'], recipient: [] },
  // An offer accepted in the passive: by the party after "by", from the offer's owner. NEGATIVE: no party, no act.
  { text: "Fiji's offer of a patrol boat was accepted by Tonga on Wednesday.", type: 'AGREE', actor: ['TON'], recipient: ['FJI'] },
  { text: 'Her application was accepted by the university.', type: null },
  // "Hit" by a weapon a party launched is that party's attack; NEGATIVE: a measure a state announced "hits" in a
  // figure of speech.
  { text: 'A missile fired by Russian forces hit a grain silo in Odesa on Tuesday.', type: 'ASSAULT', actor: ['RUS'], recipient: ['UKR'] },
  { text: 'The tariff announced by Washington hit garment makers in Lesotho hardest.', type: null },
  // Relief a leader orders to a country, and shelter handed over, are given (AID). NEGATIVES: a team ordered home,
  // a camp handed to one's own army.
  { text: 'President Mahama ordered a team of 60 rescuers to Malawi on Monday.', type: 'AID', actor: ['GHA'], recipient: ['MWI'] },
  { text: "Ghana's disaster agency handed over a tent camp for 900 flood victims to the Malawian authorities on Friday.", type: 'AID', actor: ['GHA'], recipient: ['MWI'] },
  { text: 'President Mahama ordered the rescue team to return home.', type: null },
  { text: 'The minister handed over the camp to the army.', type: null },
  // Beside a foreign party, the actor's own country is no recipient of an act between states.
  { text: 'Ruto pledged $5 million in relief for Kenya and Uganda on Tuesday.', type: 'AGREE', actor: ['KEN'], recipient: ['UGA'] },
  // A harm told with a blow of nature right after it is no attack; "blasted" with a party after it is words of blame
  // (the noun after "the" is none: events.test.ts).
  { text: "Eight Ugandans injured in last week's floods were flown to Nairobi on Tuesday.", type: null },
  { text: 'Raila Odinga blasted Uganda\'s decision on Tuesday.', type: 'ACCUSE', actor: ['KEN'], recipient: ['UGA'] },
  // A harm told in the passive with no agent is the act of force its "when" clause tells, aimed at the victims.
  // NEGATIVE: an act of force told in the active before "after" is an act of its own (events.test.ts).
  { text: 'Three Malian soldiers were killed on Sunday when Burkinabe forces opened fire on their post near the border.', type: 'ASSAULT', actor: ['BFA'], recipient: ['MLI'] },
  // Action promised against a party is a threat to it; NEGATIVE: not against a company.
  { text: 'Beijing will take strong measures against Manila if the ship is not removed.', type: 'THREATEN', actor: ['CHN'], recipient: ['PHL'] },
  { text: 'Ghana said it would take legal action against the contractor.', type: null },
  // A withdrawal told done in the passive; NEGATIVE: one only discussed.
  { text: 'The withdrawal of the Rwandan contingent from Mozambique has been completed.', type: 'RETREAT', actor: ['RWA'], recipient: ['MOZ'] },
  { text: 'The withdrawal of troops from the region was discussed.', type: null },
  // An agreement with another party approved by a government or parliament; NEGATIVE: a budget approved.
  { text: "Kenya's cabinet approved a ten-year security pact with Haiti on Tuesday.", type: 'SUPPORT', actor: ['KEN'], recipient: ['HTI'] },
  { text: 'The cabinet approved the budget on Wednesday.', type: null },
  // A country's envoy to the UN speaks for the country; NEGATIVE: the UN's own envoy.
  { text: "Ghana's U.N. ambassador accused Togo on Tuesday of shielding the smugglers.", type: 'ACCUSE', actor: ['GHA'], recipient: ['TGO'] },
  { text: 'The UN envoy accused Togo on Tuesday of shielding the smugglers.', type: 'ACCUSE', actor: ['UNO'], recipient: ['TGO'] },
  // A call with the other side named before the means ("spoke to X by phone"); NEGATIVE: the press so spoken to.
  { text: 'President Ruto spoke to Ugandan President Yoweri Museveni by phone on Wednesday.', type: 'CONSULT', actor: ['KEN', 'UGA'], recipient: [] },
  { text: 'Ruto spoke to reporters by phone on Wednesday.', type: null },
  // Workers no longer sent to a country: a ban on deployment; NEGATIVE: police deployment halted is no such ban.
  { text: 'The Philippines banned all deployment of domestic workers to Kuwait on Wednesday.', type: 'SANCTION', actor: ['PHL'], recipient: ['KWT'] },
  { text: 'Indonesia halted the sending of maids to Saudi Arabia.', type: 'SANCTION', actor: ['IDN'], recipient: ['SAU'] },
  { text: 'Kenya halted the deployment of police officers to Haiti.', type: null },
  // A diplomatic mission raised in rank is ties upgraded (SUPPORT); NEGATIVE: a level raised of anything else.
  { text: "President Ruto decided on Thursday to raise the level of Kenya's diplomatic representation in Kinshasa.", type: 'SUPPORT', actor: ['KEN'], recipient: ['COD'] },
  { text: 'Kenya raised the level of the water in the dam.', type: null },
  // An offer extended or made to a party is AGREE; NEGATIVE: "appeals" before "court" is a court's name, no request.
  { text: 'The Government of Ghana on Friday extended its offer of citizenship to the 40 Togolese dissidents.', type: 'AGREE', actor: ['GHA'], recipient: ['TGO'] },
  { text: 'A Lome appeals court declared the 40 dissidents traitors on Wednesday.', not: 'REQUEST', type: null },
  // A blockade laid on a party (also by an armed group); an accident is no one's attack.
  { text: 'The Houthis imposed a naval blockade on Israel on Tuesday.', type: 'COERCE', actor: ['YEM'], recipient: ['ISR'] },
  { text: 'Ten people were killed when two Malaysian Navy helicopters collided in mid-air on Tuesday.', type: null },
  // A member of a mission expelled is a diplomat expelled (SANCTION); NEGATIVE: officials of no mission are deported.
  { text: 'Kenya expelled two officials of the Somali embassy on Monday.', type: 'SANCTION', actor: ['KEN'], recipient: ['SOM'] },
  { text: 'Kenya expelled two Somali officials on Monday.', not: 'SANCTION', type: 'COERCE' },
  // One of a body's members named after the body is no act of the body; NEGATIVE: the body itself.
  { text: 'Slovenia on Friday became the first European Union country to ban all arms exports to Israel.', type: 'SANCTION', actor: ['SVN'], recipient: ['ISR'] },
  { text: 'The EU banned all arms exports to Belarus on Friday.', type: 'SANCTION', actor: ['EUR'], recipient: ['BLR'] },
  // The head of another country's body met: a meeting with that country. NEGATIVE: the head of a body of no country.
  { text: "Kenya's Interior Minister Kithure Kindiki met the head of Uganda's police on Tuesday.", type: 'CONSULT', actor: ['KEN', 'UGA'], recipient: [] },
  { text: "Kenya's Interior Minister Kithure Kindiki met the head of Uganda's National Police Service (UNPS), Abbas Byakagaba, on Tuesday.", type: 'CONSULT', actor: ['KEN', 'UGA'], recipient: [] },
  { text: "Kenya's Interior Minister Kithure Kindiki met the head of the department on Tuesday.", type: null },
  // A checkpoint or roadblocks set up on a border restrict passage (COERCE); NEGATIVE: none set up.
  { text: 'Kenya set up roadblocks along its border with Somalia on Monday.', type: 'COERCE', actor: ['KEN'], recipient: ['SOM'] },
  { text: 'Kenya set up a committee on Monday.', type: null },
  // Regret expressed for an act the same side did is made to the party the act hit; NEGATIVE: with no such act, none.
  { text: 'Kenya expressed regret on Monday after Kenyan troops shelled a Ugandan border post.', type: 'CONCEDE', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Kenya expressed regret on Monday over the deaths.', type: 'CONCEDE', actor: ['KEN'], recipient: ['KEN'] },
  // The dead released to a country's mission are given back (RETREAT); workers barred from being sent (SANCTION);
  // NEGATIVE: a cost met is no meeting.
  { text: 'The Qatari authorities released the bodies of two Nepali workers to the Nepali Embassy in Doha on Saturday.', type: 'RETREAT', actor: ['QAT'], recipient: ['NPL'] },
  { text: 'Nepal barred agencies from sending domestic workers to Qatar in 2015.', type: 'SANCTION', actor: ['NPL'], recipient: ['QAT'] },
  { text: 'The Qatari authorities acted on Saturday, after the embassy intervened to have the employers meet the cost of the flights.', type: null },
  // The parties opening a relative clause on an agreement welcomed are its sides; NEGATIVE: not those after a comma.
  { text: 'Ghana welcomed the accord that Togo and Benin signed in Lome on Tuesday.', type: 'SUPPORT', actor: ['GHA'], recipient: ['TGO', 'BEN'] },
  { text: 'Ghana praised the treaty that Togo and Benin concluded last week.', type: 'SUPPORT', actor: ['GHA'], recipient: ['TGO', 'BEN'] },
  { text: 'Ghana welcomed the accord, noting that Togo and Benin had met twice.', type: 'CONSULT', actor: ['TGO', 'BEN'] },
  // A group after a person's possessive is of the person's country, over a word between ("new"); NEGATIVE: an
  // international official's owns none.
  { text: "William Ruto's new government deported two Ugandan activists on Friday.", type: 'COERCE', actor: ['KEN'], recipient: ['UGA'] },
  { text: "Nicolas Maduro's security forces detained two Colombian nationals on Friday.", type: 'COERCE', actor: ['VEN'], recipient: ['COL'] },
  { text: "Antonio Guterres's envoys met Sudanese officials in Port Sudan on Monday.", type: 'CONSULT', actor: ['UNO'] },
  // A city marched "through" is where the march was, not what it is aimed at.
  { text: 'Thousands of protesters marched through central Nairobi on Wednesday against Emmanuel Macron\'s state visit.', type: 'PROTEST', actor: ['KEN'], recipient: ['FRA'] },
  // A passive killing "in" an act of force a country's adjective qualifies is that country's, over the place where it
  // struck; NEGATIVE: a place's name before the act ("a Gaza ambush") is no attacker's adjective.
  { text: 'A senior Hamas commander was killed in an Israeli airstrike on a flat in Beirut on Friday.', type: 'ASSAULT', actor: ['ISR'], recipient: ['PSE'] },
  { text: 'Two Syrian officers were killed in Turkish drone strikes in Qamishli on Monday.', type: 'ASSAULT', actor: ['TUR'], recipient: ['SYR'] },
  { text: 'Two Israeli soldiers were killed in a Gaza ambush on Friday.', type: 'ASSAULT', actor: ['PSE'], recipient: ['ISR'] },
  // "the country" opening what a state's speaker said is the speaker's country; NEGATIVE: not over another country
  // named between ("Ruto, speaking in Tanzania, said that the country").
  { text: "Chile's foreign minister announced on Monday that the country was breaking off diplomatic relations with Nicaragua.", type: 'SANCTION', actor: ['CHL'], recipient: ['NIC'] },
  { text: 'Ruto, speaking in Tanzania on Monday, said that the country would send troops to Mozambique.', type: 'THREATEN', actor: ['TZA'], recipient: ['MOZ'] },
  // Walking out of talks or a hall is refusing the meeting; NEGATIVE: walking out of prison is no act.
  { text: 'The Russian delegation walked out of the Security Council meeting on Monday.', type: 'REJECT' },
  { text: 'Bassirou Diomaye Faye was sworn in as president on Tuesday, three weeks after walking out of prison.', type: null },
  // A base handed over to the host's army is a withdrawal; NEGATIVE: suspects handed over are cooperation.
  { text: 'The last Belgian troops in Mali handed their main camp over to the Malian army on Thursday.', type: 'RETREAT', actor: ['BEL'], recipient: ['MLI'] },
  { text: 'Turkish troops handed over their last base in Libya to the Libyan army on Monday.', type: 'RETREAT', actor: ['TUR'], recipient: ['LBY'] },
  { text: 'Kenya handed over the two suspects to Ugandan police on Monday.', type: 'COOPERATE', actor: ['KEN'], recipient: ['UGA'] },
  // An accord revoked is a treaty left; NEGATIVE: a licence revoked is coercion, no treaty.
  { text: 'Mali revoked its defence accord with France on Saturday.', type: 'SANCTION', actor: ['MLI'], recipient: ['FRA'] },
  { text: 'Mali revoked the licence of a French broadcaster on Saturday.', type: 'COERCE' },
  // Transfers of revenue owed to another party halted are withheld; NEGATIVE: a bank halting transfers abroad is no act.
  { text: 'Israel halted transfers of customs revenues to the Palestinian Authority on Monday.', type: 'COERCE', actor: ['ISR'], recipient: ['PSE'] },
  { text: "Israel's finance minister said he had ordered a halt to transfers of the tax revenues collected for the Palestinian Authority.", type: 'COERCE', actor: ['ISR'], recipient: ['PSE'] },
  { text: 'The central bank halted transfers of dollars abroad on Monday.', type: null },
  // People named by their nationality act after a verb of attempt ("tried to storm").
  { text: 'Thousands of Moroccans tried to storm the Algerian consulate in Oujda on Tuesday.', type: 'PROTEST', actor: ['MAR'], recipient: ['DZA'] },
  // Civic groups and campaigners are groups of the place where they act.
  { text: 'Civic groups rallied in Manila on Monday to protest the arrival of a Chinese survey ship.', type: 'PROTEST', actor: ['PHL'], recipient: ['CHN'] },
  // A party said to be behind a deed is accused by the speaker; the deed is no event of its own.
  { text: 'Estonia said on Monday that Russian military intelligence was behind the sabotage of an undersea cable.', type: 'ACCUSE', actor: ['EST'], recipient: ['RUS'] },
  { text: 'Prosecutors in Berlin believe that Iranian agents were behind the plot against a synagogue.', type: 'ACCUSE', recipient: ['IRN'] },
  { text: 'Officials said Iran was behind the drone attack on the oil tanker.', type: 'ASSAULT', not: 'ACCUSE' },
  { text: 'The ministry said the new frigates were behind schedule.', type: null },
  // The wording of the press of South Asia, the Gulf and Africa: felicitations, cables, gifts, "nabs", "raps".
  { text: "Nepal's prime minister on Sunday felicitated the new Sri Lankan president on his election victory.", type: 'SUPPORT', actor: ['NPL'], recipient: ['LKA'] },
  { text: 'The Emir of Qatar sent a cable to the President of Ghana on Monday on the anniversary of independence.', type: 'SUPPORT', actor: ['QAT'], recipient: ['GHA'] },
  { text: 'Oman on Monday extended felicitations to Tunisia on its national day.', type: 'SUPPORT', actor: ['OMN'], recipient: ['TUN'] },
  { text: 'South Korea on Tuesday gifted three coast guard boats to Sri Lanka.', type: 'AID', actor: ['KOR'], recipient: ['LKA'] },
  { text: 'The minister handed gift hampers to Kenyan athletes on Monday.', type: null },
  { text: 'Turkey carried out a series of heavy air strikes on militant positions in northern Iraq on Sunday.', type: 'ASSAULT', actor: ['TUR'], recipient: ['IRQ'] },
  { text: 'The Indian Coast Guard nabbed 12 Pakistani fishermen off Gujarat on Monday.', type: 'COERCE', actor: ['IND'], recipient: ['PAK'] },
  { text: 'Ghana raps Togo over border closure.', type: 'ACCUSE', actor: ['GHA'], recipient: ['TGO'] },
  { text: 'The singer raps about his childhood in Lagos.', type: null },
  // Short forms of country names in South Asian headlines: "Lankan", "B'desh".
  { text: 'Lankan Navy arrests 14 Indian fishermen off Mannar.', type: 'COERCE', actor: ['LKA'], recipient: ['IND'] },
  { text: "Nepal on Monday handed over relief material to B'desh.", type: 'AID', actor: ['NPL'], recipient: ['BGD'] },
  // Missiles test-launched, warships ordered to a region.
  { text: 'Pakistan test-launched a nuclear-capable ballistic missile on Tuesday, the army said.', type: 'MOBILIZE', actor: ['PAK'] },
  { text: 'Britain ordered a destroyer to the Red Sea on Monday.', type: 'MOBILIZE', actor: ['GBR'] },
  { text: 'The airline sent a carrier to the airport on Monday.', type: null },
  // "Dials" a leader: a phone call, as South Asian headlines write it.
  { text: 'Modi dialled Nepalese Prime Minister Pushpa Kamal Dahal on Monday.', type: 'CONSULT', actor: ['IND', 'NPL'] },
  { text: 'Tehran dialled back its threats on Monday.', type: null },
  // A mission inaugurated is one opened.
  { text: 'Senegal on Tuesday inaugurated its consulate in Dakhla.', type: 'SUPPORT', actor: ['SEN'], recipient: ['MAR'] },
  { text: 'The minister inaugurated a new wing of the embassy school on Monday.', type: null },
  // A weight of goods handed over is a gift; state aid agencies act for their states.
  { text: 'KSrelief handed over 40 tonnes of flour to the Yemeni authorities in Aden on Sunday.', type: 'AID', actor: ['SAU'], recipient: ['YEM'] },
  { text: 'TIKA delivered hygiene kits to Kyrgyzstan on Monday.', type: 'AID', actor: ['TUR'], recipient: ['KGZ'] },
  { text: 'Police handed over two tons of seized cocaine to prosecutors on Monday.', type: null },
  // "The (Federal) Government" under a dateline is the dateline's, not that of a place it speaks of.
  { text: 'NAIROBI — The government has condemned the attack on a Kenyan truck convoy in Juba.', type: 'ACCUSE', actor: ['KEN'] },
  { text: 'ABUJA — The Federal Government on Tuesday condemned the killing of a Nigerian trader in Accra.', type: 'ACCUSE', actor: ['NGA'] },
  { text: 'The government of South Sudan condemned the attack on a convoy in Juba.', type: 'ACCUSE', actor: ['SSD'] },
  { text: 'COLOMBO: The authorities on Tuesday released 12 Indian fishermen held since March.', type: 'RETREAT', actor: ['LKA'], recipient: ['IND'] },
  { text: 'COLOMBO: The authorities in Chennai on Tuesday released 12 Sri Lankan fishermen.', type: 'RETREAT', actor: ['IND'], recipient: ['LKA'] },
  // Shells fired into the sea are a show of force; Lower Juba is a region of Somalia, not South Sudan's capital.
  { text: 'North Korea fired about 90 artillery shells into waters near the maritime border on Saturday.', type: 'MOBILIZE', actor: ['PRK'] },
  { text: 'Israeli tanks fired shells into Gaza on Friday.', type: 'ASSAULT', actor: ['ISR'], recipient: ['PSE'] },
  { text: 'Hundreds of al-Shabaab fighters massed in the Lower Juba region near the Kenyan border on Monday.', type: 'MOBILIZE', actor: ['SOM'], recipient: ['KEN'] },
  // Troops that cross into another's land mobilize against it; refugees who cross do not.
  { text: 'Ugandan troops crossed the border into South Sudan on Wednesday.', type: 'MOBILIZE', actor: ['UGA'], recipient: ['SSD'] },
  { text: 'Thousands of refugees crossed into Chad on Tuesday.', type: null },
  // A party's short name in brackets does not end a list of parties; NEGATIVE: a bracket that holds no short name.
  { text: 'The foreign ministers of the Central African Republic (CAR) and Chad met in Libreville on Monday.', type: 'CONSULT', actor: ['CAF', 'TCD'] },
  { text: 'Burkina Faso (BF) and Ghana signed a security pact in Accra on Monday.', type: 'SUPPORT', actor: ['BFA', 'GHA'] },
  { text: 'The pact was signed by Ghana and Burkina Faso (BF) on Monday.', type: 'SUPPORT', actor: ['BFA', 'GHA'] },
  { text: 'Ghana (which hosted the talks, the deputy minister said) and Togo signed a security pact on Monday.', type: 'SUPPORT', actor: ['TGO'] },
  // "Called on" two parties whose names together are longer than a slot; NEGATIVE: two dates are no parties called on.
  { text: "Norway on Monday called on the Ethiopian federal army and the Tigray People's Liberation Front to respect the truce.", type: 'REQUEST', actor: ['NOR'], recipient: ['ETH'] },
  { text: 'Ruto called on Sunday and again on Tuesday to offer his condolences to Museveni.', type: 'SUPPORT', not: 'REQUEST' },
  // Civilians with no place of their own in the sentence under the dateline are the dateline's; NEGATIVE: their own
  // adjective wins, and armed men are not taken for the dateline's.
  { text: 'NAIROBI: Hundreds of students marched to the Chinese embassy on Monday to protest against cheap imports.', type: 'PROTEST', actor: ['KEN'], recipient: ['CHN'] },
  { text: 'KATHMANDU: Dozens of Indian students rallied outside the Chinese embassy on Monday.', type: 'PROTEST', actor: ['IND'], recipient: ['CHN'] },
  { text: 'ADDIS ABABA: Gunmen attacked a Sudanese army post near the border on Monday.', type: 'ASSAULT', actor: [''], recipient: ['SDN'] },
  // A compact (protocol, charter) a state will not sign is turned down; NEGATIVE: one it signs is no rejection.
  { text: 'Poland would not sign the migration compact in its current form, the prime minister said on Monday.', type: 'REJECT', actor: ['POL'] },
  { text: 'Poland signed the migration compact on Monday.', type: 'SUPPORT', not: 'REJECT' },
  // The right or option to use force held out is a threat; NEGATIVE: the right to appeal is none.
  { text: 'Turkey said on Monday it reserved the right to strike militant positions across its border with Syria.', type: 'THREATEN', actor: ['TUR'], recipient: ['SYR'] },
  { text: 'The company reserves the right to appeal the ruling in Kenya.', type: null },
  // A member suspended from a body is sanctioned; NEGATIVE: members suspended from a party are no state.
  { text: 'The African Union suspended Niger from all its activities on Saturday.', type: 'SANCTION', actor: ['IGO'], recipient: ['NER'] },
  { text: 'The party suspended two lawmakers from its ranks on Monday.', type: null },
  // "Ordered <X> to the …" sends forces somewhere, no request; NEGATIVE: an order with its infinitive still is one.
  { text: 'Putin ordered the army to the highest state of combat readiness on Monday.', type: 'MOBILIZE', actor: ['RUS'] },
  { text: 'Kenya ordered Uganda to return the cattle to the herders on Monday.', type: 'REQUEST', actor: ['KEN'], recipient: ['UGA'] },
  // Craft handed back are released; NEGATIVE: boats handed over are given. Money in a currency received from a party is aid.
  { text: 'Iran handed back the two British tankers it had seized in the Gulf on Monday.', type: 'RETREAT', actor: ['IRN'], recipient: ['GBR'] },
  { text: 'Turkey handed over two patrol boats to Somalia on Monday.', type: 'AID', actor: ['TUR'], recipient: ['SOM'] },
  { text: 'Kenya said on Monday it had received 500 million euros from Germany for its railways.', type: 'AID', actor: ['DEU'], recipient: ['KEN'] },
  // A document signed, in the singular too; NEGATIVE: one leaked is no signing.
  { text: 'Kenya signed the document with Uganda in Kampala on Friday.', type: 'SUPPORT', actor: ['KEN'], recipient: ['UGA'] },
  { text: 'Kenya leaked the document on Friday.', type: null },
  // A minister's title with its portfolio after "for" before the name is the person's.
  { text: "The Indian ambassador called on Myanmar's Union Minister for Foreign Affairs Kyaw Min on Monday.", type: 'CONSULT', actor: ['IND'], recipient: ['MMR'] },
  // An act approved, told by a gerund right after "approved", is that act; NEGATIVE: a thing approved is backing.
  { text: "Kenya's parliament approved sending 200 troops to Haiti on Friday.", type: 'MOBILIZE', actor: ['KEN'], recipient: ['HTI'] },
  { text: "Japan's cabinet approved removing Russia from its list of trusted trading partners on Friday.", type: 'SANCTION', actor: ['JPN'], recipient: ['RUS'] },
  { text: "Kenya's parliament approved the defence pact with Uganda on Friday.", type: 'SUPPORT', not: 'MOBILIZE' },
  // A sentence coded alone reads its dateline as a dateline: the place is no party of it.
  { text: 'DUBAI: Gold prices rose again on Monday as buyers rushed in, leaving shops in the old market short of stock.', type: null },
  // Debt forgiven, also when agreed to (PLOVER: debt forgiveness is AID) and over a country of two words; NEGATIVE: other
  // help agreed to stays AGREE, and debt relief refused is a refusal.
  { text: "Ghana has agreed to forgive part of Togo's debt, the finance minister said on Tuesday.", type: 'AID', actor: ['GHA'], recipient: ['TGO'] },
  { text: "Ghana forgave part of Sierra Leone's debt on Monday.", type: 'AID', actor: ['GHA'], recipient: ['SLE'] },
  { text: 'Ghana agreed to provide aid to Togo on Monday.', type: 'AGREE', actor: ['GHA'], recipient: ['TGO'] },
  { text: "Ghana refused to forgive Togo's debt on Monday.", type: 'REJECT', actor: ['GHA'], recipient: ['TGO'] },
  // Taking part in a meeting refused, told with "participate" as with "take part".
  { text: 'Kenya would not participate in the summit with Somalia, the ministry said on Monday.', type: 'REJECT', actor: ['KEN'], recipient: ['SOM'] },
  // A protocol or licence let lapse is turned down, as an agreement is.
  { text: 'Senegal decided not to renew the fishing protocol with Mauritania, the ministry said on Tuesday.', type: 'REJECT', actor: ['SEN'], recipient: ['MRT'] },
  // Border checks of one's own, or kept for longer, restrict movement as new ones do; NEGATIVE: checks of papers are none.
  { text: 'Hungary responded on Friday by introducing controls of its own on its border with Serbia.', type: 'COERCE', actor: ['HUN'], recipient: ['SRB'] },
  { text: 'The Austrian government decided on Monday to keep police checks on the border with Hungary for another month.', type: 'COERCE', actor: ['AUT'], recipient: ['HUN'] },
  { text: 'Austrian police kept checking passports at the airport on Monday.', type: null },
  // Talks ended were held; drills gone ahead with were held; NEGATIVE: the noun "end" of talks, and negotiations concluded.
  { text: 'Ghanaian and Togolese officials ended three days of border talks in Lome on Thursday without a deal.', type: 'CONSULT', actor: ['GHA'], recipient: ['TGO'] },
  { text: 'Ghanaian marines went ahead with live-fire drills off Keta on Friday despite Togolese warnings.', type: 'MOBILIZE', actor: ['GHA'], recipient: ['TGO'] },
  { text: 'The two presidents signed six accords at the end of official talks in Accra on Friday.', type: 'SUPPORT', not: 'CONSULT' },
  // Craft handed back with the one given back to named first; NEGATIVE: equipment handed over is aid.
  { text: 'Ghana handed back to Togo on Tuesday three fishing boats its navy had seized.', type: 'RETREAT', actor: ['GHA'], recipient: ['TGO'] },
  { text: 'Ghana handed over to Togo on Tuesday three patrol boats for its navy.', type: 'AID', actor: ['GHA'], recipient: ['TGO'] },
  // An act named by its noun that "did not take place" is none; NEGATIVE: one that took place is.
  { text: 'An exchange of prisoners that Armenia and Azerbaijan had been expected to carry out on Monday did not take place, officials said.', type: null },
  { text: 'An exchange of prisoners between Armenia and Azerbaijan took place on Monday.', type: 'RETREAT', actor: ['ARM', 'AZE'] },
  // People a country word names are that country's, not the body's after "of"; NEGATIVE: soldiers with no country word are the body's.
  { text: 'Kenyan troops of the African Union mission handed over their last base in Lower Juba to the Somali army on Tuesday.', type: 'RETREAT', actor: ['KEN'], recipient: ['SOM'] },
  { text: 'Soldiers of the Botswana Defence Force arrested five Namibian fishermen on Sunday.', type: 'COERCE', actor: ['BWA'], recipient: ['NAM'] },
  // What is imposed told before the verb: a passive with "by", a relative clause whose subject stands right before
  // the verb. NEGATIVES: a reduced relative with no agent ("the law imposed on Macau") is nobody's act, least of
  // all the speaker's; nor is one on a place.
  { text: 'Sanctions were imposed on three Russian banks by Britain on Monday.', type: 'SANCTION', actor: ['GBR'], recipient: ['RUS'] },
  { text: 'Tariffs of 25% were imposed on Canadian steel by the United States in March.', type: 'SANCTION', actor: ['USA'], recipient: ['CAN'] },
  { text: 'Travel bans were imposed on 12 Georgian officials by Lithuania on Monday.', type: 'SANCTION', actor: ['LTU'], recipient: ['GEO'] },
  { text: 'The tariffs Washington imposed on Mexican steel took effect on Monday.', type: 'SANCTION', actor: ['USA'], recipient: ['MEX'] },
  { text: 'The British minister said the new security law imposed on Macau would hurt business.', type: null },
  { text: 'Restrictions imposed on the city were lifted on Monday.', type: null },
  // An envoy summoned in the passive, by the party after "by"; a chargé d'affaires or a deputy chief of mission is an
  // envoy. NEGATIVES: a session or a cabinet summoned is no diplomatic protest.
  { text: 'The Russian ambassador was summoned by the Polish foreign ministry on Monday.', type: 'ACCUSE', actor: ['POL'], recipient: ['RUS'] },
  { text: "Venezuela's chargé d'affaires was called in by Colombia on Wednesday.", type: 'ACCUSE', actor: ['COL'], recipient: ['VEN'] },
  { text: "Iran's envoy in Berlin has been summoned by Germany's foreign ministry.", type: 'ACCUSE', actor: ['DEU'], recipient: ['IRN'] },
  { text: "The foreign minister of Latvia summoned Russia's deputy chief of mission in Riga late Tuesday and lodged a strong protest.", type: 'ACCUSE', actor: ['LVA'], recipient: ['RUS'] },
  { text: 'An emergency session summoned by Russia ended without a vote.', type: null },
  { text: 'The cabinet was summoned by Kenyan President William Ruto to an emergency meeting.', type: null },
  // "X said (on Monday) that …(,) and warned/pledged …": the verb after "and" is the speaker's when the clause of what
  // was said has no party as subject, or after a comma. NEGATIVE: a party acting inside what was said keeps its act.
  { text: 'Russia said on Monday that the sanctions were illegal and warned that it would respond.', type: 'THREATEN', actor: ['RUS'] },
  { text: 'The Russian foreign ministry spokeswoman said that the sanctions would hurt European consumers more than Russia, and warned that Moscow would respond.', type: 'THREATEN', actor: ['RUS'] },
  { text: 'Japan said that the talks with Vietnam were useful, and pledged to send more aid to Ukraine.', type: 'AGREE', actor: ['JPN'], recipient: ['UKR'] },
  { text: 'Russia said that Ukraine had shelled the plant and killed two workers.', type: 'ASSAULT', actor: ['UKR'] },
  // So is a participle after a comma: "said that …, warning that …".
  { text: 'The Russian foreign ministry said on Monday that the deliveries would prolong the war, warning that Moscow would respond.', type: 'THREATEN', actor: ['RUS'] },
  // A promise told as a clause after its recipient ("promised Ukraine that …", "assured Manila that …"). NEGATIVE: a
  // promise between people of no country is no event.
  { text: 'Germany promised Ukraine that it would send two more Patriot systems by the end of the year.', type: 'AGREE', actor: ['DEU'], recipient: ['UKR'] },
  { text: 'Japan assured the Philippines that it would deliver five more patrol ships next year.', type: 'AGREE', actor: ['JPN'], recipient: ['PHL'] },
  { text: 'The coach promised fans that the team would win the next match.', type: null },
  // A pattern's last word that opens a date is the date's ("fired a ballistic missile on May 8" fires on no one): a
  // missile fired with no target is a launch. NEGATIVES: one fired at a target, or troops that fired on soldiers,
  // attack.
  { text: 'North Korea fired a ballistic missile on May 8, the South Korean military said.', type: 'MOBILIZE', actor: ['PRK'] },
  { text: 'Russia fired a ballistic missile at Dnipro on Monday, the Ukrainian air force said.', type: 'ASSAULT', actor: ['RUS'], recipient: ['UKR'] },
  { text: 'Indian troops fired on Chinese soldiers on Monday near the Line of Actual Control.', type: 'ASSAULT', actor: ['IND'], recipient: ['CHN'] },
  // An agreement between two parties signed in the passive with no "by" was signed by them. NEGATIVES: one never
  // signed, or only to be signed, is no signing.
  { text: 'A free trade agreement between India and Australia was signed in New Delhi on Sunday.', type: 'SUPPORT', actor: ['AUS', 'IND'], recipient: [] },
  { text: 'A defence pact between Japan and the Philippines was signed in Manila on Monday, officials said.', type: 'SUPPORT', actor: ['JPN', 'PHL'], recipient: [] },
  { text: 'The agreement between Armenia and Azerbaijan was never signed.', type: null },
  { text: 'The agreement between Armenia and Azerbaijan will be signed next month.', not: 'SUPPORT', type: 'SUPPORT' },
  // Sanctions named by their owner before the verb ("Canada's sanctions on Iran took effect"). NEGATIVES: with no
  // owner nobody imposes them; sanctions that were eased are no new sanction.
  { text: "Canada's sanctions on Iran took effect on Monday.", type: 'SANCTION', actor: ['CAN'], recipient: ['IRN'] },
  { text: "The EU's tariffs on Chinese electric cars came into force on Tuesday.", type: 'SANCTION', actor: ['EUR'], recipient: ['CHN'] },
  { text: 'Sanctions on Russia have hurt European consumers, the report said.', type: null },
  { text: "Washington's sanctions against Caracas were eased in 2023.", type: null },
  // Sanctions announced are imposed (SANCTION); sanctions promised for later are a threat (the manual's THREATEN for a
  // coercive warning: an act of the future told as one category, not SANCTION + future). NEGATIVE: "announced" with
  // "would impose" after it is still only a promise.
  { text: 'The European Union announced new sanctions on Russia on Monday.', type: 'SANCTION', actor: ['EUR'], recipient: ['RUS'] },
  { text: 'Japan will impose sanctions on 11 Russian banks, the government said on Friday.', type: 'THREATEN', actor: ['JPN'], recipient: ['RUS'] },
  { text: 'The European Union announced it would impose sanctions on Belarus.', type: 'THREATEN', actor: ['EUR'], recipient: ['BLR'] },
  { text: 'The European Union announced it would impose sanctions on Belarus.', type: 'THREATEN', not: 'SANCTION' },
];

for (const row of ROWS) {
  test(`wire copy: "${row.text}"`, () => {
    const events = coder.code(row.text, '2024-05-16');
    if (row.type === null) {
      assert.deepEqual(events.map((e) => e.event[0]), []);
      return;
    }
    if (row.not) {
      if (events.length > 0) assert.notEqual(events[0].event[0], row.not);
      return;
    }
    assert.ok(events.length > 0, 'no event');
    const e = events[0];
    assert.equal(e.event[0], row.type);
    if (row.actor) assert.deepEqual(codes(e.actor), [...row.actor].sort(), 'actor');
    if (row.recipient) assert.deepEqual(codes(e.recipient), [...row.recipient].sort(), 'recipient');
  });
}

/**
 * The second act of a sentence, joined to the first by "and": its actor is the subject of the verb before, not that
 * verb's object, and "him" after the subject stands for the person acted on; the source of a closing attribution is
 * no party. `acts` lists every event as
 * "TYPE ACTOR>RECIPIENT" (country codes).
 */
const JOINED: { text: string; acts: string[] }[] = [
  { text: 'Kenya expelled two Ugandan diplomats and recalled its ambassador from Kampala on Friday.', acts: ['SANCTION KEN>UGA', 'SANCTION KEN>UGA'] },
  { text: "Chile's foreign minister summoned Peru's ambassador and handed him a note of protest on Monday.", acts: ['ACCUSE CHL>PER'] },
  { text: 'Gabriel Boric telephoned Dina Boluarte on Monday and urged her to reopen the border.', acts: ['CONSULT CHL,PER>', 'REQUEST CHL>PER'] },
  // "then" before a title joins the person to the one before; NEGATIVE: after a clause, "and then" opens a new act.
  { text: 'Anwar Ibrahim and then Thai prime minister Srettha Thavisin agreed in March to revive the bridge projects.', acts: ['AGREE MYS,THA>'] },
  { text: 'Thailand closed the border and then Malaysia agreed to hold talks.', acts: ['SANCTION THA>MYS', 'AGREE MYS>'] },
  // A noun cue in a "during a" phrase is the main clause's subject's; NEGATIVE: "during his visit" keeps its owner.
  { text: 'James Marape addressed the Australian Parliament during a visit to Canberra in February.', acts: ['CONSULT PNG>AUS'] },
  { text: 'Anthony Albanese praised James Marape during his visit to Canberra in February.', acts: ['SUPPORT AUS>PNG', 'CONSULT PNG>AUS'] },
  // The source of a closing attribution, after its owner or "the", is no party to the act.
  { text: "Kenya held joint border patrols on Friday, Uganda's Ministry of Defence said.", acts: [] },
  { text: 'Kenya and Uganda held joint border patrols on Friday, the Kenyan Ministry of Interior said.', acts: ['COOPERATE KEN,UGA>'] },
  // NEGATIVE: with no party acting in the first clause, its object stays the country of both acts.
  { text: 'A gunman killed four people and wounded nine at a market in Dortmund on Saturday.', acts: ['ASSAULT DEU>DEU'] },
  // NEGATIVE: "him" in a clause whose own subject is another person stands for the sentence's subject.
  { text: 'Gustavo Petro said Lula had invited him to visit Brasilia.', acts: ['AGREE BRA>COL'] },
];

for (const { text, acts } of JOINED) {
  test(`joined acts: "${text}"`, () => {
    const events = coder.code(text, '2024-05-16');
    assert.deepEqual(events.map((e) => `${e.event[0]} ${codes(e.actor).join(',')}>${codes(e.recipient).join(',')}`), acts);
  });
}
