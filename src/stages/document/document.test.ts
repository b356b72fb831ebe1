// The document stage: a table of page headers with the metadata, body start and exclusions they must give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../core/doc.ts';
import { loadLexicon } from '../../lexicon/index.ts';
import { readDocument } from './index.ts';
import { findDateline } from './dateline.ts';
import { classifyHeaderText } from './headline.ts';
import { exclusionRule } from './captions.ts';
import { findOutlet } from '../../lexicon/document.ts';
import { creditedOutlet } from './outlet.ts';
import { readDateLine } from './date-line.ts';
import { parseByline } from './byline.ts';

const lexicon = loadLexicon();

interface Expect {
  title?: string | null;
  source?: string | null;
  published?: string | null;
  publishedFrom?: string | null;
  dateline?: string | null;
  byline?: string | null;
  /** The body must start with this text. */
  body?: string;
  /** Texts of excluded lines (each must start with the given text). */
  excluded?: string[];
  warning?: RegExp;
}

const CASES: [string, string, Expect, string?][] = [
  [
    'parts of a header line separated by middle dots: the signature, the outlet and the stamp',
    'Northern Ledger\n\nPolitics\n\nOttawa answers with duties on cars\n\nJane Carrow · Northern Ledger · Posted: Apr 09, 2025 5:00 AM EDT | Last Updated: April 9, 2025\n\nThe duties took effect on Wednesday.\n',
    { published: '2025-04-09', byline: 'Jane Carrow' },
  ],
  [
    'NEGATIVE: a middle dot in a headline does not make it a header line',
    'Northern Ledger\n\nPolitics\n\nOttawa · Washington: duties on cars answered\n\nApril 9, 2025\n\nThe duties took effect on Wednesday.\n',
    { title: 'Ottawa · Washington: duties on cars answered', published: '2025-04-09' },
  ],
  [
    'a stamp with spaced dashes between month, day and year ("Apr - 11 - 2025 , 06:45")',
    'Coastal Online\n\nGeneral News\n\nTwo neighbours agree patrols\n\nAuthor: Ama Mensah\n\nApr - 11 - 2025 , 06:45\n\nThe two countries agreed on Thursday to set up patrols.\n',
    { published: '2025-04-11' },
  ],
  [
    'NEGATIVE: numbers between spaced dashes with no month name make no stamp',
    'Coastal Online\n\nGeneral News\n\nTwo neighbours agree patrols\n\nAuthor: Ama Mensah\n\nPages 3 - 11 - 2025\n\nThe two countries agreed on Thursday to set up patrols.\n',
    { published: null },
  ],
  [
    'a name on the first line over the date stamp and a longer headline is the masthead, not the title',
    'Island Ledger\n\nWednesday, 9 April 2025 00:10\n\nJapan extends a grant for fishing gear as Tokyo steps up support after the debt deal\n\nJapan yesterday signed an exchange of notes for a grant.\n',
    { source: 'Island Ledger', title: 'Japan extends a grant for fishing gear as Tokyo steps up support after the debt deal', published: '2025-04-09' },
  ],
  [
    'NEGATIVE: a headline over the date stamp, with no longer headline below, stays the title',
    'Japan extends a grant for fishing gear\n\nWednesday, 9 April 2025 00:10\n\nJapan yesterday signed an exchange of notes for a grant with the island nation, officials said.\n',
    { title: 'Japan extends a grant for fishing gear', published: '2025-04-09' },
  ],
  [
    'a known place in capitals, a full date and an unlisted outlet before a dash open the lead: the dateline',
    'STEPPE POST\n\nPolitics\n\nTwo presidents discuss rail links\n\n03/03/2025 10:15\n\nASTANA, March 3, 2025, Steppe-Post — The two presidents met on Monday.\n',
    { dateline: 'Astana', published: '2025-03-03' },
  ],
  [
    'NEGATIVE: the same shape with a word in capitals that is no place is no dateline',
    'STEPPE POST\n\nPolitics\n\nTwo presidents discuss rail links\n\n03/03/2025 10:15\n\nBREAKING, March 3, 2025, Steppe-Post — The two presidents met on Monday.\n',
    { dateline: null, published: '2025-03-03' },
  ],
  [
    'a word in capitals first, over a section word and the headline, is the masthead and the source',
    'ZEMBLANEWS\n\nPolitics\n\nZembla and Ruritania agree on a joint maritime patrol plan\n\nBy Jane Roe\n\n16 February 2023 14:05 (UTC+04:00)\n\nThe two governments agreed on Monday to patrol together.\n',
    { source: 'ZEMBLANEWS', title: 'Zembla and Ruritania agree on a joint maritime patrol plan', byline: 'Jane Roe', published: '2023-02-16' },
  ],
  [
    'NEGATIVE: a word in capitals right over the headline is its section, no masthead',
    'DIPLOMACY\n\nZembla and Ruritania agree on a joint maritime patrol plan\n\nBy Jane Roe\n\n16 February 2023 14:05\n\nThe two governments agreed on Monday to patrol together.\n',
    { source: null, title: 'Zembla and Ruritania agree on a joint maritime patrol plan' },
  ],
  [
    'a name in title case over a headline in sentence case and the date stamp is the masthead and the source',
    'Harbour Post\n\nZembla and Ruritania agree on a joint maritime patrol plan\n\nSaturday, July 13, 2024\n\nThe two governments agreed on Monday to patrol together.\n',
    { source: 'Harbour Post', title: 'Zembla and Ruritania agree on a joint maritime patrol plan', published: '2024-07-13' },
  ],
  [
    'a name in title case over a section, a headline in sentence case and the date stamp is the masthead',
    'Office of Public Information\n\nForeign Relations\n\nMinister receives Zemblan envoy, proposes three tracks for ties\n\nThursday, 11 July 2024 - 03:10 PM\n\nThe minister received the envoy on Wednesday.\n',
    { source: 'Office of Public Information', title: 'Minister receives Zemblan envoy, proposes three tracks for ties', published: '2024-07-11' },
  ],
  [
    'NEGATIVE: a headline in title case over a longer one in title case is the headline, no masthead',
    'Ministers Meet In Lisbon\n\nZembla And Ruritania Agree On A Joint Maritime Patrol Plan\n\nSaturday, July 13, 2024\n\nThe two governments agreed on Monday to patrol together.\n',
    { source: null, title: 'Ministers Meet In Lisbon' },
  ],
  [
    'a known place and the day on a line of their own under the stamp are the dateline',
    'Ruritania and Zembla raise ties to a strategic partnership\n\nPosted At: Jul 11, 2024 01:30 AM (IST)\n\nVienna, July 10\n\nThe two leaders met on Wednesday.\n',
    { dateline: 'Vienna', published: '2024-07-11' },
  ],
  [
    'a place in capitals, the day and an unlisted outlet between slashes open the lead: the dateline; the masthead that spells the outlet out is the source',
    'ZEMBLA NEWS AGENCY\n\nPolitics\n\nTwo presidents discuss rail links\n\n2024-07-10 11:25\n\nYEREVAN, July 10. /ZEMBLA/. The two presidents spoke on Tuesday.\n',
    { dateline: 'Yerevan', source: 'ZEMBLA NEWS AGENCY' },
  ],
  [
    'NEGATIVE: the same shape with a word in capitals that is no place is no dateline',
    'ZEMBLA NEWS AGENCY\n\nPolitics\n\nTwo presidents discuss rail links\n\n2024-07-10 11:25\n\nBREAKING, July 10. /ZEMBLA/. The two presidents spoke on Tuesday.\n',
    { dateline: null },
  ],
  [
    'a time written with "h" ("19h05", as the Portuguese- and French-language press writes it) after a pipe or a comma is part of the stamp',
    'ZEMBLA PRESS\n\nPolitics\n\nTwo presidents open a bridge\n\n12 March 2024 | 19h05\n\nLuanda - The two presidents met on Tuesday.\n',
    { published: '2024-03-12' },
  ],
  [
    'the same with a comma',
    'ZEMBLA PRESS\n\nPolitics\n\nTwo presidents open a bridge\n\n12 March 2024, 08h30\n\nLuanda - The two presidents met on Tuesday.\n',
    { published: '2024-03-12' },
  ],
  [
    'NEGATIVE: words with an "h" between figures beside the date are no time: the line is no stamp',
    'ZEMBLA PRESS\n\nPolitics\n\nTwo presidents open a bridge\n\n12 March 2024 | Route 9h12 closed\n\nLuanda - The two presidents met on Tuesday.\n',
    { published: null },
  ],
  [
    'an unlisted masthead over a section, a headline and a byline above the stamp',
    'The Zembla Courier\n\nOcean\n\nCoast guard detains a trawler off the islands\n\nBy Ana Lima\n\nMarch 17, 2024\n\nThe coast guard detained the trawler on Monday.\n',
    { title: 'Coast guard detains a trawler off the islands', source: 'The Zembla Courier', byline: 'Ana Lima', published: '2024-03-17' },
  ],
  [
    'an unlisted masthead over a section path with a dot, a headline and "Written by" above the stamp',
    'The Zembla Courier\nNews · Northern Isles\n\nCoast guard detains a trawler off the islands\n\nWritten by Ana Lima\nSat, 16 Mar 2024\n\nThe coast guard detained the trawler on Monday.\n',
    { title: 'Coast guard detains a trawler off the islands', source: 'The Zembla Courier', byline: 'Ana Lima', published: '2024-03-16' },
  ],
  [
    'a byline in lower case under an unlisted masthead and a section path with a dot',
    'The Zembla Courier\nZembla · Fisheries\n\nCoast guard detains a trawler off the islands\n\nby Ana Lima\n16 March 2024\n\nThe coast guard detained the trawler on Monday.\n',
    { title: 'Coast guard detains a trawler off the islands', source: 'The Zembla Courier', byline: 'Ana Lima', published: '2024-03-16' },
  ],
  [
    'a job in title case after the name in a byline is no second author',
    'The Zembla Courier\n\nCoast guard detains a trawler off the islands\n\n16 March 2024\nBy Ana Lima, Chief Reporter\n\nThe coast guard detained the trawler on Monday.\n',
    { byline: 'Ana Lima', published: '2024-03-16' },
  ],
  [
    'a known place and its country on a line of their own under the stamp is the dateline',
    'The Zembla Courier\nFisheries\n\nCoast guard detains a trawler off the islands\n\nTuesday, March 12, 2024 - 16:30\n\nSuva, Fiji\n\nThe coast guard detained the trawler on Monday.\n',
    { dateline: 'Suva', published: '2024-03-12' },
  ],
  [
    'NEGATIVE: a name and an outlet on a line of their own is no dateline',
    'The Zembla Courier\nFisheries\n\nCoast guard detains a trawler off the islands\n\nTuesday, March 12, 2024 - 16:30\n\nAna Lima, Reuters\n\nThe coast guard detained the trawler on Monday.\n',
    { dateline: null, byline: 'Ana Lima' },
  ],
  [
    'a known place in title case, a date and an outlet between slashes open the story',
    'Zembla Wire\nSociety\n\nKorea to take more seasonal workers\n\n12-03-2024, 11:48\n\nBishkek, March 12, 2024 / Zembla Wire /. The minister signed a memorandum on Tuesday.\n',
    { dateline: 'Bishkek', published: '2024-03-12' },
  ],
  [
    'a date in figures with a full stop after it is the stamp, under the masthead and the headline',
    'Zembla Times\n\nCommittee again refuses to ratify the border treaty\n\n12.03.2024.\n\nZEMBLA – The House adopted a conclusion on Monday.\n',
    { source: 'Zembla Times', title: 'Committee again refuses to ratify the border treaty', published: '2024-03-12' },
  ],
  [
    'a name in capitals over the outlet\'s tagline ("Zembla\'s independent news"), a headline and a stamp is the masthead; the tagline is no title',
    "ZEMBLA POST\nZembla's independent news\n\nTown councils sign a twinning agreement as the governor visits\n\n12 March 2024\n\nThe two councils signed an agreement on Monday.\n",
    { source: 'ZEMBLA POST', title: 'Town councils sign a twinning agreement as the governor visits', published: '2024-03-12' },
  ],
  [
    'one word in capitals that is no section\'s word, over a headline and the stamp, is the masthead',
    'KORALIA\n\nTown councils sign a twinning agreement as the governor visits\n\nTuesday, March 12, 2024\n\nby Ana Lima\n\nThe two councils signed an agreement on Monday.\n',
    { source: 'KORALIA', title: 'Town councils sign a twinning agreement as the governor visits', byline: 'Ana Lima' },
  ],
  [
    'NEGATIVE: a section\'s word in capitals over a headline and the stamp is a section, not the source',
    'DIPLOMACY\n\nTown councils sign a twinning agreement as the governor visits\n\nTuesday, March 12, 2024\n\nThe two councils signed an agreement on Monday.\n',
    { source: null, title: 'Town councils sign a twinning agreement as the governor visits' },
  ],
  [
    'a place in capitals, a date in figures and an outlet between slashes open the story',
    'Zembla Wire\nSociety\n\nGovernors agree a water schedule\n\n12.03.2024 15:20\n\nDUSHANBE, 12.03.2024 /Zembla Wire/. The governors met on Monday.\n',
    { dateline: 'Dushanbe', published: '2024-03-12' },
  ],
  [
    'a known place in title case and its country in capitals before a dash open the story',
    'Zembla Post\nPacific\n\nSpeaker visits as curbs are lifted\n\nSaturday 16 March 2024\n\nApia, SAMOA – The Speaker held talks on Friday.\n',
    { dateline: 'Apia' },
  ],
  [
    'an unlisted masthead over a section, a headline, and a stamp sharing its line with an "Article By:" signature',
    'The Zembla Courier\nHeadlines\n\nIsland minister in the capital, regrets border incident\n\nMar 12, 2024, 10:05 AM | Article By: Ana B. Lima\n\nThe minister said yesterday that his government regrets the incident.\n',
    { source: 'The Zembla Courier', title: 'Island minister in the capital, regrets border incident', published: '2024-03-12', byline: 'Ana B. Lima' },
  ],
  [
    'a credit in the masthead\'s initials ("HT / STT" under "Harbour Times") names the masthead, not another outlet of those initials',
    'Harbour Times\nDomestic\n\nIslands sign a defence memorandum\n\nMonday, 11 March 2024 14:05\n\nWritten by HT / STT\n\nThe two ministers signed the memorandum on Monday.\n',
    { source: 'Harbour Times', published: '2024-03-11' },
  ],
  [
    'NEGATIVE: a credit of another outlet ("Reuters") under an unlisted masthead is that outlet',
    'Harbour Times\nDomestic\n\nIslands sign a defence memorandum\n\nMonday, 11 March 2024 14:05\n\nWritten by Reuters\n\nThe two ministers signed the memorandum on Monday.\n',
    { source: 'Reuters' },
  ],
  [
    '"Added" labels a stamp, with an ordinal day and a time',
    'ZEMBLA PRESS\n\nPolitics\n\nTwo presidents open a bridge\n\nBy Ana Lima\n\nAdded 12th March 2024 08:30 AM\n\nLuanda - The two presidents met on Tuesday.\n',
    { published: '2024-03-12' },
  ],
  [
    'NEGATIVE: "Added" opening a sentence of the body is prose',
    'ZEMBLA PRESS\n\nPolitics\n\nTwo presidents open a bridge\n\n12 March 2024\n\nLuanda - The two presidents met on Tuesday. Added to the agenda on 2 March 2024 was the border.\n',
    { published: '2024-03-12' },
  ],
  [
    'a zone named in words in brackets after the time ("(Paris time)") is part of the stamp',
    'Le Quotidien\n\nInternational\n\nTwo presidents meet at the UN\n\nBy Anna Duval\n\nPublished on September 25, 2024, at 5:20 am (Paris time)\n\nThe two presidents met on Tuesday.\n',
    { published: '2024-09-25', byline: 'Anna Duval' },
  ],
  [
    'NEGATIVE: words in brackets after a date that name no zone make no stamp',
    'Le Quotidien\n\nInternational\n\nTwo presidents meet at the UN\n\nBy Anna Duval\n\nSeptember 25, 2024 (a story of our time)\n\nThe two presidents met on Tuesday.\n',
    { published: null },
  ],
  [
    'a known place first in a bracket after the signature is the dateline',
    'Le Quotidien\n\nInternational\n\nTwo presidents meet at the UN\n\nBy Anna Duval (New York, special correspondent)\n\nSeptember 25, 2024\n\nThe two presidents met on Tuesday.\n',
    { dateline: 'New York', byline: 'Anna Duval', published: '2024-09-25' },
  ],
  [
    'NEGATIVE: a job in a bracket after the signature is no dateline',
    'Le Quotidien\n\nInternational\n\nTwo presidents meet at the UN\n\nBy Anna Duval (Contributor)\n\nSeptember 25, 2024\n\nThe two presidents met on Tuesday.\n',
    { dateline: null, byline: 'Anna Duval' },
  ],
  [
    'a summary of points under the headline is one standfirst: the signature and stamp after it are read',
    'The Zembla Star\n\nNews\n\nPresident pledges more police for the mission\n\nIn Summary\n• The President toured the base on Saturday.\n• Officers are to train at home under the plan.\n\nby JANE ODHIAMBO\nPolitical Writer\n26 September 2024 - 08:45\n\nThe President said on Wednesday that more officers would go.\n',
    { published: '2024-09-26', byline: 'Jane Odhiambo' },
  ],
  [
    'a listed outlet "by" the house that publishes it is the masthead',
    'The Japan News by The Yomiuri Shimbun\n\nPOLITICS\n\nTwo leaders agree to speed up help\n\nBy Kenta Mori\n\nSeptember 24, 2024\n\nThe two leaders met on Monday.\n',
    { source: 'The Japan News', title: 'Two leaders agree to speed up help' },
  ],
  [
    'an edition word ("English") after a listed outlet on the first line is that outlet',
    'EL PAÍS English\n\nInternational\n\nThe king is left off the guest list\n\nBy Ana Ruiz\n\nSeptember 25, 2024\n\nThe president-elect said on Wednesday that she would not reconsider.\n',
    { source: 'El País' },
  ],
  [
    'a brand in lower case with hyphens over a section and a headline is the masthead and the source, before a wire credited at the foot',
    'in-zembla\n\nPolitics\n\nThe government condemns the call for recognition\n\n25.09.2024 | 09:48\n\nThe government on Tuesday condemned the call for recognition of the breakaway regime.\n\nThe spokesman said in a statement that the call broke the resolutions of the Security Council.\n\nThe president will address the General Assembly on Thursday. (CNA)\n',
    { source: 'in-zembla', title: 'The government condemns the call for recognition' },
  ],
  [
    'a short name, a dash and the name it spells out is the masthead and the source, before a wire credited at the foot',
    'ZDN - The Zembla Daily News\n\nPOLITICS\n\nZembla expels two envoys\n\n12.05.2025 14:20\n\nZembla expelled two Ruritanian diplomats on Monday.\n\n(PAP)\n',
    { title: 'Zembla expels two envoys', published: '2025-05-12', source: 'The Zembla Daily News' },
  ],
  [
    'NEGATIVE: a place and a dash first is a dateline, no masthead, when its letters spell nothing after it',
    'KYIV - The Zembla Daily News\n\nKyiv and Warsaw held talks on Monday, officials said.\n',
    { dateline: 'Kyiv', source: null },
  ],
  [
    'a country\'s name alone under an unknown masthead is the site\'s section, not the headline',
    'Zembla Herald\n\nArgentina\n\nDissidents reach the US after a year in the residence\n\nBy Tomas Iriarte\nMay 7, 2025\n\nFive activists are now in the United States, officials said on Tuesday.\n',
    { title: 'Dissidents reach the US after a year in the residence', published: '2025-05-07', source: 'Zembla Herald', byline: 'Tomas Iriarte' },
  ],
  [
    'a known place first in a pipe-separated stamp is the dateline, no signature; NEGATIVE: a name there signs the story',
    'The Indian Express\n\nIndia\n\nDrones spotted hours after the truce\n\nBy Jane Doe\n\nNew Delhi | Updated: May 11, 2025 09:40 IST\n\nIndia on Saturday accused Pakistan of breaking the truce.\n',
    { dateline: 'New Delhi', byline: 'Jane Doe', published: '2025-05-11' },
  ],
  [
    'NEGATIVE: a person first in a pipe-separated stamp signs it',
    'The Indian Express\n\nIndia\n\nDrones spotted hours after the truce\n\nJane Doe | Updated: May 11, 2025 09:40 IST\n\nIndia on Saturday accused Pakistan of breaking the truce.\n',
    { dateline: null, byline: 'Jane Doe', published: '2025-05-11' },
  ],
  [
    'a place in capitals with a colon alone on a line is the dateline; NEGATIVE: a section label with a colon is none',
    'The Express Tribune\n\nTalks held\n\nNovember 18, 2025\n\nJane Doe\n\nISLAMABAD:\n\nKenya and Uganda held talks on Monday.\n',
    { title: 'Talks held', published: '2025-11-18', byline: 'Jane Doe', dateline: 'Islamabad' },
  ],
  [
    'NEGATIVE: a capitals label with a colon that is no place gives no dateline',
    'The Express Tribune\n\nTalks held\n\nNovember 18, 2025\n\nANALYSIS:\n\nKenya and Uganda held talks on Monday.\n',
    { title: 'Talks held', published: '2025-11-18', dateline: null },
  ],
  [
    'a web address as the masthead, right over the headline; a breadcrumb and a stamp with the weekday after the date',
    'Zemblanews.com\n\nZembla expels a diplomat\n\nPolitics » DIPLOMACY | March 7, 2025, Friday // 08:15\n\nZembla has expelled a diplomat of Ruritania, the ministry said on Thursday.\n',
    { title: 'Zembla expels a diplomat', source: 'Zemblanews.com', published: '2025-03-07', body: 'Zembla has expelled' },
  ],
  [
    'a web address of figures as the masthead, over a section and the headline',
    '12.kg\n\nEconomy\n\nBishkek signs a loan\n\n07/03/2025 10:20\n\nKyrgyzstan signed a loan on Thursday.\n',
    { title: 'Bishkek signs a loan', source: '12.kg', published: '2025-03-07' },
  ],
  [
    'an agency\'s name written out as the masthead; the place, the stamp and the byline between pipes',
    'Zembla News Agency\n\nTrawler seized off the coast\n\nVictoria, Seychelles | March 7, 2025, Friday @ 10:05| By Marie Lund\n\nA trawler was seized on Thursday.\n',
    { title: 'Trawler seized off the coast', source: 'Zembla News Agency', published: '2025-03-07', dateline: 'Victoria', byline: 'Marie Lund' },
  ],
  [
    'NEGATIVE: a first part between pipes that is no known place gives no dateline; a short line that is no web address is the title',
    'Trawler seized\n\nGreen Harbour, North Coast | March 7, 2025\n\nA trawler was seized on Thursday.\n',
    { title: 'Trawler seized', published: '2025-03-07', dateline: null },
  ],
  [
    'an agency\'s masthead, its name written out, and a section with a country adjective above the headline; a stamp with its zone',
    'TASS\nRussian News Agency\n\nKazakh Politics & Diplomacy\n\nMoscow protests detention of two lorry drivers\n\nMarch 3, 2025, 10:15 UTC+3\n\nMOSCOW, March 3. /TASS/. Russia on Monday protested the detention of two drivers at the border.\n',
    { title: 'Moscow protests detention of two lorry drivers', published: '2025-03-03', dateline: 'Moscow', source: 'TASS' },
  ],
  [
    'a short masthead over the agency\'s long name, then a section word; a title-case place and a spaced hyphen opens the lead',
    'ZAP Express\nZembla Agence Presse\n\nGeneral News\n\nZembla and its neighbour sign two agreements\n\nThursday 22 May 2025 - 17:48\n\nRabat - The foreign minister held talks on Thursday with his counterpart.\n',
    { title: 'Zembla and its neighbour sign two agreements', published: '2025-05-22', dateline: 'Rabat', body: 'Rabat - The foreign minister' },
  ],
  [
    'a place in capitals, its country and a date, then a full stop; a title-case place and a date with a year after a slash',
    'Ministers meet on transit corridor\n\n15 April 2025 17:22\n\nBAKU, Azerbaijan, April 15. The foreign minister held talks today with his counterpart.\n',
    { dateline: 'Baku', published: '2025-04-15', body: 'BAKU, Azerbaijan' },
  ],
  [
    'ENA\'s "Addis Ababa, July 22/2025 (ENA)"',
    'Ministers sign trade accord\n\nJul 22, 2025\n\nAddis Ababa, July 22/2025 (ENA) The foreign minister held talks on Tuesday with his counterpart.\n',
    { dateline: 'Addis Ababa', source: 'ENA', body: 'Addis Ababa, July 22/2025' },
  ],
  [
    'NEGATIVE: a country name and a hyphen is no dateline; a longer line of section words is a headline',
    'Sports and Politics of the Region Meet Again in Kenya\n\nKenya - The president received the envoy on Monday.\n',
    { dateline: null, title: 'Sports and Politics of the Region Meet Again in Kenya' },
  ],
  [
    'a section label in capitals above the headline is no title',
    'DIPLOMACY\nAthens and Ankara trade notes over naval drills\n\nJane Doe\n09.10.2025 • 14:27\n\nGreece on Wednesday delivered a note to the Turkish embassy over the drills.\n',
    { title: 'Athens and Ankara trade notes over naval drills', byline: 'Jane Doe', published: '2025-10-09', body: 'Greece on Wednesday' },
  ],
  [
    'NEGATIVE: a short headline in capitals over the lead stays the title',
    'CHINA PROTESTS\n\nBeijing, May 3 (Xinhua) -- China lodged a protest with Japan on Monday over the visit, officials said.\n',
    { title: 'CHINA PROTESTS', source: 'Xinhua', dateline: 'Beijing' },
  ],
  [
    'a ministry press release: masthead and tagline, label, number, headline, place and date; the masthead is the source',
    'Ministry of Foreign Affairs\nGovernment of the Republic of Ruritania\n\nPress Release\nNo. 12/2025\n\nRuritania protests border shooting to its neighbour\n\nStrelsau, 16 October 2025\n\nThe ministry on Wednesday summoned the envoy of the neighbouring country over the shooting.\n',
    { title: 'Ruritania protests border shooting to its neighbour', source: 'Ministry of Foreign Affairs', published: '2025-10-16', body: 'The ministry on Wednesday' },
  ],
  [
    'a breadcrumb and a section word above the headline are no title; a "Written:" stamp with its update',
    'News > Inter-Korea\n\nPolitics\n\nSeoul sends fishermen home by sea\n\nWritten: 2025-09-24 16:05:12 Updated: 2025-09-24 18:31:40\n\nSouth Korea on Wednesday sent four fishermen home.\n',
    { title: 'Seoul sends fishermen home by sea', published: '2025-09-24', body: 'South Korea on Wednesday' },
  ],
  [
    'NEGATIVE: a one-line headline of section words over the lead stays the title',
    'World News\n\nSouth Korea on Wednesday sent four fishermen home across the sea border, officials said.\n',
    { title: 'World News' },
  ],
  [
    'a blog theme\'s "On <stamp> In <section> by <name>"',
    'Abuja summons envoy over fishermen\n\nOn March 20, 2025 6:42 pm In News by Jane Doe\n\nABUJA — The government on Wednesday summoned the envoy.\n',
    { title: 'Abuja summons envoy over fishermen', byline: 'Jane Doe', published: '2025-03-20' },
  ],
  [
    'a stamp with counts of comments and views after it',
    'Navy arrests fishermen off Delft\n\n17 July 2025 12:20 am - 4 - 2,318\n\nBy Jane Doe\n\nThe navy arrested 11 fishermen on Tuesday night.\n',
    { title: 'Navy arrests fishermen off Delft', byline: 'Jane Doe', published: '2025-07-17' },
  ],
  [
    'a "Publication date" label',
    'Leaders set a trade goal\n\nKhmer Times\nJane Doe\nPublication date 27 March 2025 | 09:18 ICT\n\nThe two prime ministers held talks yesterday.\n',
    { source: 'Khmer Times', byline: 'Jane Doe', published: '2025-03-27' },
  ],
  [
    'the capital as an Ethiopian outlet spells it, before a dash',
    'Ethiopia writes to the UN\n\nBy Jane Doe\n\nOctober 23, 2025\n\nAddis Abeba – Ethiopia on Tuesday sent a letter to the UN about the border.\n',
    { dateline: 'Addis Abeba', published: '2025-10-23', byline: 'Jane Doe' },
  ],
  [
    'crawler date stamp followed by a headline',
    ' date 2024-06-02 Manila and Tokyo agree to deepen coast guard ties\n\nThe Philippines and Japan agreed on Sunday to hold joint drills.\n',
    { title: 'Manila and Tokyo agree to deepen coast guard ties', published: '2024-06-02', publishedFrom: 'header', body: 'The Philippines and Japan agreed' },
  ],
  [
    'crawler date stamp followed by the lead sentence: no title, the lead stays in the body',
    ' date 2023-03-21 Russian President Vladimir Putin on Tuesday hosted talks with a visiting delegation from Laos in Moscow, the Kremlin said.\n\nThe two sides discussed energy.\n',
    { title: null, published: '2023-03-21', body: 'Russian President Vladimir Putin on Tuesday' },
  ],
  [
    'crawler date stamp followed by a photo caption',
    ' date 2022-11-15 Leaders pose for a photo in Bali, Indonesia, on Tuesday. [Photo/Agencies]\n\nLeaders of the Group of 20 met on the island.\n',
    { title: null, published: '2022-11-15', body: 'Leaders of the Group of 20', excluded: [' date 2022-11-15'.trim()] },
  ],
  [
    'Xinhua web page: title with outlet suffix, repeated title, Source and Editor lines, time stamp, dateline',
    'Wang Yi holds talks with Lao counterpart-Xinhua\n\nWang Yi holds talks with Lao counterpart\n\nSource: Xinhua\n\nEditor: huaxia\n\n2024-02-20 21:04:11\n\nVIENTIANE, Feb. 20 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks here on Tuesday with his Lao counterpart.\n',
    {
      title: 'Wang Yi holds talks with Lao counterpart', source: 'Xinhua', published: '2024-02-20', dateline: 'Vientiane',
      body: 'VIENTIANE, Feb. 20 (Xinhua) --', excluded: ['Wang Yi holds talks with Lao counterpart-Xinhua', 'Wang Yi holds talks with Lao counterpart', 'Source: Xinhua', 'Editor: huaxia', '2024-02-20'],
    },
  ],
  [
    'China Daily: time, date and byline on one line with an unclosed bracket',
    'Beijing, Seoul pledge closer trade links\n\n10:05, May 27, 2024 By Zhang Wei ( China Daily\n\nChina and South Korea agreed to restart talks.\n\n(Web editor: Li Na, Wang Fang)\n',
    { title: 'Beijing, Seoul pledge closer trade links', source: 'China Daily', published: '2024-05-27', byline: 'Zhang Wei', body: 'China and South Korea', excluded: ['10:05', '(Web editor'] },
  ],
  [
    "People's Daily: outlet credit run into the time stamp",
    "Premier Li meets Singapore's prime minister\n\nXinhua) 09:40, June 3, 2024\n\nBEIJING, June 3 (Xinhua) -- Premier Li Qiang met visiting guests.\n",
    { title: "Premier Li meets Singapore's prime minister", source: 'Xinhua', published: '2024-06-03', dateline: 'Beijing', body: 'BEIJING, June 3' },
  ],
  [
    'Reuters: dateline without a date, byline line, credit footer',
    'Philippines summons Chinese envoy over shoal incident\n\nBy Karen Lema\n\nMANILA (Reuters) - The Philippines summoned a Chinese diplomat on Monday.\n\nReporting by Karen Lema; Editing by Ed Davies\n',
    { title: 'Philippines summons Chinese envoy over shoal incident', source: 'Reuters', byline: 'Karen Lema', dateline: 'Manila', published: null, body: 'MANILA (Reuters)', excluded: ['By Karen Lema', 'Reporting by'], warning: /no publication date found/ },
  ],
  [
    'Reuters: no byline line, the reporters from the credit footer without their bureaus',
    'Kenya and Uganda agree on a pipeline route\n\nNAIROBI, May 14, 2025 (Reuters) - Kenya and Uganda agreed on a route on Wednesday.\n\nReporting by Wanjiru Kamau in Nairobi and Okello Ssali in Kampala; Editing by Ruth Penn\n',
    { source: 'Reuters', byline: 'Wanjiru Kamau and Okello Ssali', dateline: 'Nairobi', published: '2025-05-14', excluded: ['Reporting by'] },
  ],
  [
    // NEGATIVE for the footer: the byline line wins over it, and an editor is no author.
    'Reuters: byline line and a credit footer naming someone else',
    'Chile and Peru reopen a border crossing\n\nBy Marta Ruiz\n\nSANTIAGO, May 14, 2025 (Reuters) - Chile and Peru reopened a crossing on Wednesday.\n\nAdditional reporting by Tomas Vidal; Editing by Ruth Penn\n',
    { byline: 'Marta Ruiz', dateline: 'Santiago' },
  ],
  [
    'AP: byline with outlet, dateline with an em dash',
    'Japan and South Korea leaders meet in Tokyo\n\nBy Mari Yamaguchi and Hyung-jin Kim, Associated Press\n\nTOKYO (AP) — The leaders of Japan and South Korea met Thursday.\n',
    // The dateline's credit is the wire's own: it wins over the byline's long form.
    { source: 'AP', byline: 'Mari Yamaguchi and Hyung-jin Kim', dateline: 'Tokyo', body: 'TOKYO (AP)' },
  ],
  [
    'Yonhap: dateline with a full date gives the publication date',
    'SEOUL, March 3, 2024 (Yonhap) -- South Korea and Australia held a defense dialogue on Sunday.\n',
    { title: null, source: 'Yonhap', dateline: 'Seoul', published: '2024-03-03', publishedFrom: 'dateline', body: 'SEOUL, March 3, 2024' },
  ],
  [
    'VNA: title-case dateline with date and outlet',
    'Hanoi, Oct. 8 (VNA) - Vietnam and Laos signed a border agreement.\n',
    { source: 'VNA', dateline: 'Hanoi', body: 'Hanoi, Oct. 8 (VNA)' },
  ],
  [
    'Philippine News Agency: pipe-separated metadata line',
    'DFA lodges protest over water cannon use\n\nBy Joyce Ann Rocamora | Philippine News Agency | Updated: 2024-03-24 14:02\n\nMANILA – The Department of Foreign Affairs lodged a protest.\n',
    { title: 'DFA lodges protest over water cannon use', byline: 'Joyce Ann Rocamora', source: 'Philippine News Agency', published: '2024-03-24', dateline: 'Manila', body: 'MANILA –' },
  ],
  [
    'Kyodo: two-line header with a weekday date',
    'Japan, Vietnam upgrade ties\n\nMonday, November 27, 2023\n\nTOKYO - Japan and Vietnam raised their relations on Monday.\n',
    { title: 'Japan, Vietnam upgrade ties', published: '2023-11-27', dateline: 'Tokyo', body: 'TOKYO - Japan' },
  ],
  [
    'caption lines between paragraphs are excluded, prose is not',
    'Leaders meet in Jakarta\n\nIndonesia and Malaysia held talks.\n\nPresident Prabowo Subianto greets guests in Jakarta on Friday. (Xinhua/Xu Qin)\n\nThe talks covered fisheries and border issues.\n',
    { body: 'Indonesia and Malaysia', excluded: ['President Prabowo Subianto greets guests'] },
  ],
  [
    'broadcaster page: job words in the byline, two stamps on one line',
    'Seoul and Canberra sign minerals pact\n\nBy defence correspondent Tom Hale\n\nPosted Tue 7 May 2024 at 5:10am, updated Tue 7 May 2024 at 8:45am\n\nAustralia and South Korea signed a critical minerals pact.\n',
    { byline: 'Tom Hale', published: '2024-05-07', body: 'Australia and South Korea' },
  ],
  [
    'agency dateline in title case without a date, reporter footer',
    'Jakarta, Canberra to boost nickel trade\n\nJakarta (ANTARA) - Indonesia and Australia agreed to boost trade.\n\nReporter: Dewi Lestari\nEditor: Agus Salim\n',
    { source: 'Antara', dateline: 'Jakarta', byline: 'Dewi Lestari', body: 'Jakarta (ANTARA)', excluded: ['Reporter: Dewi Lestari', 'Editor: Agus Salim'] },
  ],
  [
    'NEGATIVE: a bracketed credit that is no listed outlet needs a dash',
    'ISLAMABAD, Mar 2 (Harbour Gazette) Pakistan and Iran reopened a border market.\n',
    { dateline: null, body: 'ISLAMABAD' },
  ],
  [
    'dateline with a known outlet and no dash',
    'NEW DELHI, Mar 2 (PTI) India and Nepal signed a power deal.\n',
    { dateline: 'New Delhi', source: 'PTI', body: 'NEW DELHI' },
  ],
  [
    'a place in capitals on a line of its own is the dateline',
    'Dhaka and Delhi hold talks\n\nUpdated - June 4, 2024 07:30 am IST\n\nNEW DELHI\n\nIndia and Bangladesh held talks on river water.\n',
    { dateline: 'New Delhi', published: '2024-06-04', body: 'India and Bangladesh' },
  ],
  [
    'a wire dateline with its date and a listed outlet on a line of its own, under the headline',
    'Kenya and Oman sign port deal\n\nWednesday, March 12, 2025\n\nNAIROBI, MAR 11 (KNA)\n\nKenya and Oman signed a port agreement on Tuesday.\n',
    { dateline: 'Nairobi', published: '2025-03-12', body: 'Kenya and Oman signed' },
  ],
  [
    'NEGATIVE: a line of capitals and a bracket that credits no listed outlet is no dateline',
    'Kenya and Oman sign port deal\n\nWednesday, March 12, 2025\n\nNAIROBI, MAR 11 (HARBOUR NOTES)\n\nKenya and Oman signed a port agreement on Tuesday.\n',
    { dateline: null },
  ],
  [
    'a "Publish :" stamp with a space before its colon dates the page and ends the header',
    'Kenya signs rail loan\n\nJane Wanjiru\n\nPublish : 10 Feb 2025, 08:15 PM\n\nKenya on Sunday signed a rail loan with Japan.\n',
    { published: '2025-02-10', byline: 'Jane Wanjiru', body: 'Kenya on Sunday' },
  ],
  [
    'NEGATIVE: "Publish" in a headline is no stamp',
    'Kenya to publish rail loan terms\n\nKenya will publish the terms of its rail loan from Japan on Monday.\n',
    { published: null, title: 'Kenya to publish rail loan terms' },
  ],
  [
    'a Mongolian signature, the initial written against the name, under the stamp',
    'Mongolia and Japan sign loan deal\n\n2025-03-11 10:24\n\nD.Oyunbileg\n\nUlaanbaatar, March 11 (MONTSAME). Mongolia and Japan signed a loan agreement.\n',
    { byline: 'D.Oyunbileg', published: '2025-03-11' },
  ],
  [
    'NEGATIVE: an abbreviation in capitals under the stamp is no signature',
    'Mongolia and Japan sign loan deal\n\n2025-03-11 10:24\n\nU.N.\n\nMongolia and Japan signed a loan agreement on Tuesday.\n',
    { byline: null, published: '2025-03-11' },
  ],
  [
    'a bracketed wire label is not part of the headline',
    '(2nd LD) Seoul, Tokyo agree to resume shuttle diplomacy\n\n2023-03-16 18:02:11\n\nSEOUL, March 16 (Yonhap) -- South Korea and Japan agreed to resume visits.\n',
    { title: 'Seoul, Tokyo agree to resume shuttle diplomacy', source: 'Yonhap', dateline: 'Seoul', body: 'SEOUL, March 16' },
  ],
  [
    'crawler date stamp on a leap day',
    ' date 2024-02-29 Chile and Peru reopen border post\n\nChile and Peru reopened the post on Thursday.\n',
    { title: 'Chile and Peru reopen border post', published: '2024-02-29', publishedFrom: 'header' },
  ],
  [
    'NEGATIVE: a crawler date stamp that names no real day is reported, not used',
    ' date 2024-02-31 Chile and Peru reopen border post\n\nChile and Peru reopened the post on Monday.\n',
    { title: 'Chile and Peru reopen border post', published: null, warning: /header date 2024-02-31 is not a calendar date/, body: 'Chile and Peru reopened' },
  ],
  [
    'NEGATIVE: February 29 outside a leap year',
    ' date 2023-02-29 Kenya and Uganda sign rail deal\n\nThe two countries signed the deal.\n',
    { published: null, warning: /not a calendar date/ },
  ],
  [
    'NEGATIVE: a thirteenth month and a month zero',
    ' date 2024-13-05 Ghana and Togo hold border talks\n\nOfficials met in Lome.\n',
    { published: null, warning: /no publication date found/ },
  ],
  [
    'NEGATIVE: day 31 of a 30-day month',
    ' date 2024-04-31 Laos and Thailand open bridge\n\nThe bridge opened.\n',
    { published: null, warning: /2024-04-31 is not a calendar date/ },
  ],
  [
    'an impossible stamp does not hide a real date line below it',
    ' date 2024-02-31 Border talks resume\n\nMonday, March 4, 2024\n\nLIMA - Chile and Peru resumed border talks.\n',
    { title: 'Border talks resume', published: '2024-03-04', dateline: 'Lima', warning: /2024-02-31 is not a calendar date/, body: 'LIMA - Chile' },
  ],
  [
    'NEGATIVE: a capitalised word alone on a line that is no place is not a dateline',
    'Ceasefire holds\n\nANALYSIS\n\nThe truce held for a third day.\n',
    { dateline: null },
  ],
  [
    'NEGATIVE: a prose first line is not a headline',
    'India and Bangladesh signed seven agreements on Saturday.\n\nThe deals cover water sharing.\n',
    { title: null, body: 'India and Bangladesh signed' },
  ],
  // ---- page furniture between header lines ----
  [
    'share buttons, a section name and a standfirst between the headline, the signature and the stamp',
    'Oslo and Reykjavik agree fisheries deal\n\nWORLD\n\nThe agreement settles quotas for three species\n\nShare\n\nIngrid Aas\n\nMon 3 Feb 2025 09.15 GMT\n\nSave\n\nNorway and Iceland agreed a fisheries deal on Monday.\n',
    { title: 'Oslo and Reykjavik agree fisheries deal', byline: 'Ingrid Aas', published: '2025-02-03', body: 'The agreement settles quotas', excluded: ['WORLD', 'Share', 'Ingrid Aas', 'Mon 3 Feb', 'Save'] },
  ],
  [
    'a place line and a stamp after an outlet credit written with its partner agency',
    'Ankara and Baku open rail link\n\nGAZETTE DAILY WITH AGENCIES\n\nISTANBUL\n\nFEB 03, 2025 - 2:10 PM GMT+3\n\nTürkiye and Azerbaijan opened a rail link on Monday.\n',
    { published: '2025-02-03', dateline: 'Istanbul', body: 'Türkiye and Azerbaijan' },
  ],
  [
    'authors on lines of their own joined by "and"; a date label alone above its date',
    'Lima and Quito settle river dispute\n\nBy Ana Ruiz\n\nand\n\nPablo Vera\n\nPublished\n\nFebruary 3, 2025 at 6:00 a.m. EST\n\nLIMA — Peru and Ecuador settled a dispute.\n',
    { byline: 'Ana Ruiz and Pablo Vera', published: '2025-02-03', dateline: 'Lima', body: 'LIMA —' },
  ],
  [
    'outlet masthead on the first line, then the wire credit and the headline',
    'Dawn\n\nReuters\n\nOslo, Reykjavik sign fisheries pact\n\nFebruary 3, 2025\n\nNorway and Iceland signed a pact on Monday.\n',
    { title: 'Oslo, Reykjavik sign fisheries pact', source: 'Reuters', published: '2025-02-03', body: 'Norway and Iceland' },
  ],
  [
    'NEGATIVE: a one-paragraph story is not passed over to reach its source footer',
    'Oslo and Reykjavik agree fisheries deal\n\nNorway and Iceland agreed on Monday to share fishing quotas for three species over five years\n\nSource: Xinhua\n',
    { body: 'Norway and Iceland agreed', source: 'Xinhua' },
  ],
  [
    'NEGATIVE: furniture is not passed over into a dateline paragraph',
    'Oslo and Reykjavik agree fisheries deal\n\nShare\n\nOSLO (Reuters) - Norway and Iceland agreed a deal.\n\nMarch 3, 2025\n',
    { body: 'OSLO (Reuters)', dateline: 'Oslo', source: 'Reuters', excluded: ['Share'], publishedFrom: 'footer' },
  ],
  // ---- outlet credits in page titles, mastheads and datelines ----
  [
    'page title with a section after a pipe, before the outlet',
    'Dhaka, Delhi agree on river talks | World News - Hindustan Times\n\nJan 03, 2025 09:57 PM IST\n\nIndia and Bangladesh agreed on river talks.\n',
    { title: 'Dhaka, Delhi agree on river talks', source: 'Hindustan Times', published: '2025-01-03' },
  ],
  [
    'page title with the outlet and a date',
    'Berlin and Prague open rail link – DW – 02/13/2025\n\nThe two countries opened a rail link.\n',
    { title: 'Berlin and Prague open rail link', source: 'DW' },
  ],
  [
    'NEGATIVE: an attribution after a dash with a date is no outlet suffix',
    'Berlin and Prague open rail link – minister – 02/13/2025\n\nThe two countries opened a rail link.\n',
    { source: null },
  ],
  [
    'masthead with its motto, outlet credit written with its partner agency, wire credit after the dateline dash',
    'Yonhap. The Voice of Korea\n\nSeoul and Ottawa sign minerals deal\n\nFebruary 3, 2025\n\nSEOUL, Feb 3 - Yonhap. South Korea and Canada signed a deal.\n',
    { title: 'Seoul and Ottawa sign minerals deal', source: 'Yonhap', dateline: 'Seoul', published: '2025-02-03' },
  ],
  [
    'an outlet written with its partner agency',
    'Ankara and Baku open rail link\n\nANADOLU AGENCY WITH REUTERS\n\nFebruary 3, 2025\n\nTürkiye and Azerbaijan opened a rail link.\n',
    { source: 'Anadolu Agency', published: '2025-02-03' },
  ],
  [
    "the lead credits the outlet's own correspondent",
    'Kyiv and Chisinau open bridge\n\n03.02.2025 21:21\n\nUkraine and Moldova opened a bridge on Monday, a Ukrinform correspondent reports.\n\nThe bridge links two towns.\n',
    { source: 'Ukrinform', published: '2025-02-03' },
  ],
  [
    'NEGATIVE: another outlet cited in the lead is not the source',
    'Kyiv and Chisinau open bridge\n\nUkraine and Moldova opened a bridge on Monday, Xinhua reported.\n\nThe bridge links two towns.\n',
    { source: null },
  ],
  [
    'a place line in the header does not hide the date and credit of the body dateline',
    'Seoul and Canberra hold defence talks\n\nBy Kim Min-ho\n\nSeoul\n\nSEOUL, March 3, 2024 (Yonhap) -- South Korea and Australia held talks.\n',
    { dateline: 'Seoul', source: 'Yonhap', published: '2024-03-03', byline: 'Kim Min-ho' },
  ],
  // ---- signatures and bylines ----
  [
    'a short signature line with an unlabelled stamp',
    'Lima and Quito settle river dispute\n\nAna Ruiz  February 3, 2025 09:14\n\nPeru and Ecuador settled a dispute.\n',
    { byline: 'Ana Ruiz', published: '2025-02-03', body: 'Peru and Ecuador' },
  ],
  [
    'NEGATIVE: a long line with a name and a date is prose, not a signature',
    'Lima and Quito settle river dispute\n\nPeru and Ecuador settled the dispute that Ana Ruiz had mediated since talks began on February 3, 2025 in Lima\n\nThe deal covers the river.\n',
    { byline: null, published: null },
  ],
  [
    'second author on an "and" line, header byline label, desk signature, title-case place line, outlet with a comma before its stamp',
    'Rome and Tunis sign migration pact\n\nBy LUCA BIANCHI\n\nand SARA TRABELSI\n\nFebruary 3, 2025 4:00 am CET\n\nRome\n\nItaly and Tunisia signed a migration pact.\n',
    { byline: 'Luca Bianchi and Sara Trabelsi', dateline: 'Rome', published: '2025-02-03', body: 'Italy and Tunisia' },
  ],
  [
    'byline label in the header; outlet and stamp after a comma; a desk that signs',
    'Bangkok and Vientiane open bridge\n\nWRITER: Niran Chai\n\nAhram Online , Monday 3 Feb 2025\n\nGulf News Report\n\nThailand and Laos opened a bridge.\n',
    { byline: 'Niran Chai', source: 'Ahram Online', published: '2025-02-03' },
  ],
  [
    'signature, place line, stamp; a bracketed byline under the story; a title-case dateline with a colon',
    'Doha and Ankara sign trade pact\n\nOmar Aziz\n\nAnkara\n\n3 February 2025 18:21 GMT\n\nDoha: Qatar and Turkey signed a trade pact.\n\n(By Leyla Demir)\n',
    { byline: 'Omar Aziz', dateline: 'Ankara', published: '2025-02-03', excluded: ['Omar Aziz', 'Ankara', '3 February', '(By Leyla Demir)'] },
  ],
  [
    'a wire dateline alone on its line with the outlet written bare; a time in square brackets',
    'Baku and Tbilisi sign rail deal\n\n03.02.2025 [21:21]\n\nTbilisi, February 3, AZERTAC\n\nAzerbaijan and Georgia signed a rail deal.\n',
    { dateline: 'Tbilisi', source: 'AzerTac', published: '2025-02-03' },
  ],
  [
    'NEGATIVE: a country with a colon is no dateline; a name after "and" without a byline above is prose',
    'Doha and Ankara sign trade pact\n\nQatar: The two countries signed a pact on Monday.\n',
    { dateline: null, byline: null },
  ],
  [
    'signature with its job after the name, after a standfirst',
    'Oslo and Reykjavik agree fisheries deal\n\nQuotas for three species are settled for five years\n\nSigrid Holm Fisheries correspondent\n\nMon 3 Feb 2025 09.15 GMT\n\nNorway and Iceland agreed a fisheries deal on Monday.\n',
    { byline: 'Sigrid Holm', published: '2025-02-03', body: 'Quotas for three species', excluded: ['Sigrid Holm'] },
  ],
  [
    'signature with the outlet in brackets, then the place and the stamp',
    'Manila and Hanoi sign rice pact\n\nRina Santos (The Jakarta Post)\n\nJakarta ● Mon, February 3, 2025\n\nThe Philippines and Vietnam signed a rice pact.\n',
    { byline: 'Rina Santos', source: 'The Jakarta Post', dateline: 'Jakarta', published: '2025-02-03', body: 'The Philippines and Vietnam' },
  ],
  [
    'signature with the outlet and a job after a comma, below the stamp and furniture',
    'Apia and Suva sign fisheries deal\n\n4:10 pm on 3 February 2025\n\nShare this\n\nSione Vaka, RNZ Pacific Journalist\n\nSamoa and Fiji signed a fisheries deal.\n',
    { byline: 'Sione Vaka', source: 'RNZ Pacific', published: '2025-02-03', body: 'Samoa and Fiji' },
  ],
  [
    'a signature whose surname is also a town is still a signature; a bureau after the name is not an author',
    'Doha and Ankara sign trade pact\n\nFarah Ozturk\n\n03 Feb 2025 08:21PM\n\nBy Omar Aziz, New Delhi\n\nQatar and Turkey signed a trade pact.\n',
    { byline: 'Farah Ozturk', published: '2025-02-03' },
  ],
  [
    'lower-case "by", a "By:" with a job and a handle, contributors after "with"',
    'Cairo and Rome sign gas deal\n\nby Lucia Ferri with Reuters, AFP\n\nFebruary 3, 2025\n\nEgypt and Italy signed a gas deal.\n',
    { byline: 'Lucia Ferri', source: null, published: '2025-02-03', body: 'Egypt and Italy' },
  ],
  [
    'byline and stamp without a label on one line',
    'Hanoi and Vientiane open road link\n\nBy Minh Chau   February 3, 2025 | 08:21 pm GMT+7\n\nVietnam and Laos opened a road link.\n',
    { byline: 'Minh Chau', published: '2025-02-03', body: 'Vietnam and Laos' },
  ],
  [
    'NEGATIVE: "Middle East" beside a stamp is a section, not a signature',
    'Doha and Ankara sign trade pact\n\nMiddle East\n\n03 Feb 2025 08:21PM\n\nQatar and Turkey signed a trade pact.\n',
    { byline: null, published: '2025-02-03' },
  ],
  [
    'NEGATIVE: a section before a separator and a stamp is no dateline',
    'Doha and Ankara sign trade pact\n\nPolitics ● Mon, February 3, 2025\n\nQatar and Turkey signed a trade pact.\n',
    { dateline: null, published: '2025-02-03' },
  ],
  // ---- publication stamps in the forms outlets print them ----
  [
    'newspaper page: title with outlet suffix, standfirst, Updated before Published, place after the stamp, signature, caption',
    'Dhaka and Delhi sign river pact - The Hindu\n\nDhaka and Delhi sign river pact\n\nLeaders hold talks on water sharing; new rail link announced\n\nUpdated - March 4, 2024 09:10 am IST\n\nPublished - March 3, 2024 06:20 pm IST - NEW DELHI\n\nRavi Menon\n\nThe two leaders at a joint news conference in New Delhi on March 3, 2024. | Photo Credit: Staff Photographer\n\nIndia and Bangladesh signed an agreement on river water.\n',
    {
      title: 'Dhaka and Delhi sign river pact', source: 'The Hindu', published: '2024-03-03', dateline: 'New Delhi', byline: 'Ravi Menon',
      body: 'Leaders hold talks', excluded: ['Updated - March 4', 'Published - March 3', 'Ravi Menon', 'The two leaders at a joint'],
    },
  ],
  [
    'broadcaster page: title with section and outlet, "Published On" stamp',
    'Seoul and Hanoi hold talks | Asia | Al Jazeera\n\nSeoul and Hanoi hold talks\n\nThe meeting is the first between the two foreign ministers this year.\n\nPublished On 9 May 2024\n\nThe foreign ministers of South Korea and Vietnam met in Hanoi.\n',
    { title: 'Seoul and Hanoi hold talks', source: 'Al Jazeera', published: '2024-05-09', body: 'The meeting is the first', excluded: ['Published On'] },
  ],
  [
    'site section between headline and outlet is dropped when the next line repeats the headline',
    'Leaders agree to widen trade corridor - Pakistan - DAWN.COM\n\nLeaders agree to widen trade corridor\n\nSara Khan Published June 8, 2024 Updated June 9, 2024 09:14am\n\nBEIJING: The two leaders agreed on Friday to widen the corridor.\n',
    { title: 'Leaders agree to widen trade corridor', source: 'Dawn', byline: 'Sara Khan', published: '2024-06-08', dateline: 'Beijing', body: 'BEIJING:' },
  ],
  [
    'NEGATIVE: an attribution after a dash stays in the headline when no outlet follows it',
    'Malaysia, Thailand to build border bridge - Anwar\n\nKUALA LUMPUR, Dec 3 (Bernama) -- Malaysia and Thailand agreed to build a bridge.\n',
    { title: 'Malaysia, Thailand to build border bridge - Anwar', source: 'Bernama', dateline: 'Kuala Lumpur' },
  ],
  [
    'signature line above a time-first stamp, after a standfirst',
    'Canberra and Beijing restart dialogue\n\nVisa rules eased as leaders meet for the first time in years\n\nLena Ho\n\nPublished: 6:45pm, 17 Jun 2024\n\nChina and Australia agreed on Monday to restart a dialogue.\n',
    { byline: 'Lena Ho', published: '2024-06-17', body: 'Visa rules eased', excluded: ['Lena Ho', 'Published: 6:45pm'] },
  ],
  [
    'signature with a job line, then Published and Updated stamps',
    'Singapore and India sign chip pact | The Straits Times\n\nSingapore and India sign chip pact\n\nMei Lin Goh\n\nIndia Correspondent\n\nPublished Sep 04, 2025, 05:12 PM\n\nUpdated Sep 05, 2025, 09:40 AM\n\nNEW DELHI – Singapore and India on Sept 4 signed an agreement.\n',
    { title: 'Singapore and India sign chip pact', source: 'The Straits Times', byline: 'Mei Lin Goh', published: '2025-09-04', dateline: 'New Delhi', body: 'NEW DELHI –' },
  ],
  [
    'a revision stamp alone gives the date',
    'Hanoi and Vientiane open border gate\n\nUpdated: Jan 5, 2025 10:02 ICT\n\nVietnam and Laos opened a new border gate.\n',
    { published: '2025-01-05', body: 'Vietnam and Laos' },
  ],
  [
    'dotted year-first stamp',
    'Seoul and Jakarta sign defence pact\n\n2025.10.28 14:05\n\nSouth Korea and Indonesia signed a defence agreement.\n',
    { published: '2025-10-28', body: 'South Korea and Indonesia' },
  ],
  [
    'day-first stamp with a GMT offset',
    'Hanoi, Tokyo boost ties\n\n12 May 2024, 10:32 GMT+7\n\nVietnam and Japan agreed to boost ties.\n',
    { published: '2024-05-12', body: 'Vietnam and Japan' },
  ],
  [
    'a dated stamp followed by a relative age gives the dated day',
    'US targets shipping firms\n\nBy Ann Lee\n\nOctober 10, 2025 11:42 PM GMT+8 Updated an hour ago\n\nWASHINGTON, Oct 10 (Reuters) - The United States imposed sanctions.\n',
    { published: '2025-10-10', byline: 'Ann Lee', source: 'Reuters', dateline: 'Washington' },
  ],
  [
    'NEGATIVE: a relative age alone is no publication date',
    'Manila protests shoal incident\n\nUpdated 2 hours ago\n\nThe Philippines lodged a protest.\n',
    { published: null, warning: /no publication date found/ },
  ],
  [
    'NEGATIVE: a date in the lead and a dated line in the body are not the publication date',
    'Ministers meet in Bangkok\n\nOn June 3, 2024, the foreign ministers of Thailand and Cambodia met in Bangkok.\n\nThey discussed the border.\n\nJune 5, 2024\n\nThey agreed to meet again.\n',
    { published: null, body: 'On June 3, 2024', warning: /no publication date found/ },
  ],

  // ---- bylines: people, agencies, desks ----
  [
    'an outlet signing as the author gives the source and no byline',
    'China urges Japan to retract remarks\n\nBy Global Times Published: Nov 15, 2025 01:18 AM\n\nChina summoned the Japanese ambassador on Thursday.\n',
    { source: 'Global Times', byline: null, published: '2025-11-15', body: 'China summoned' },
  ],
  [
    'an agency staff byline is no person',
    'Gulf states back ceasefire\n\nBy Reuters Staff\n\nDUBAI (Reuters) - Gulf states backed a ceasefire on Monday.\n',
    { source: 'Reuters', byline: null, dateline: 'Dubai', body: 'DUBAI' },
  ],
  [
    'a desk byline is no person, and the line is still metadata',
    'Pakistan, Iran reopen border market\n\nBy Staff Reporter\n\nISLAMABAD: Pakistan and Iran reopened a border market.\n',
    { byline: null, dateline: 'Islamabad', body: 'ISLAMABAD:', excluded: ['By Staff Reporter'] },
  ],
  [
    'agency writers named after the agency',
    'China, Kenya upgrade ties\n\nBy Xinhua writers Wang Lei, Zhou Min\n\nChina and Kenya upgraded their ties on Thursday.\n',
    { source: 'Xinhua', byline: 'Wang Lei and Zhou Min', body: 'China and Kenya' },
  ],
  [
    'a name in capitals followed by the outlet without a comma; a job phrase that opens with a capital',
    'Coast guard fires water cannon\n\nBy JANE ROE Associated Press\n\nUpdated 9:47 PM GMT+8, September 16, 2025\n\nA coast guard ship fired a water cannon on Tuesday.\n',
    { byline: 'Jane Roe', source: 'Associated Press', published: '2025-09-16', body: 'A coast guard ship' },
  ],
  [
    'job phrase with a capitalised region before the name; broadcaster stamp',
    'PNG and Australia sign police pact - ABC News\n\nPNG and Australia sign police pact\n\nBy Pacific affairs reporter Tom Hale\n\nPosted Thu 7 Dec 2023 at 3:42pm\n\nAustralia and Papua New Guinea signed a security agreement.\n',
    { title: 'PNG and Australia sign police pact', source: 'ABC News', byline: 'Tom Hale', published: '2023-12-07', body: 'Australia and Papua New Guinea' },
  ],
  [
    'NEGATIVE: a page section beside a stamp is no signature',
    'Gulf ministers meet in Riyadh\n\nMiddle East\n\nPublished: 2 Mar 2024\n\nGulf foreign ministers met in Riyadh on Saturday.\n',
    { byline: null, published: '2024-03-02' },
  ],

  // ---- agency datelines ----
  [
    'TASS dateline: full stop after the date and the agency between slashes',
    'WONSAN, July 12. /TASS/. Russian and North Korean ministers held talks on Saturday.\n',
    { dateline: 'Wonsan', source: 'TASS', body: 'WONSAN' },
  ],
  [
    'Kazinform dateline: the agency after the place\'s full stop',
    'ASTANA. KAZINFORM – Kazakhstan and Uzbekistan signed a water agreement.\n',
    { dateline: 'Astana', source: 'Kazinform', body: 'ASTANA' },
  ],
  [
    'ANI dateline: country in square brackets',
    'New Delhi [India], July 12 (ANI): India and Nepal held talks on power trade.\n',
    { dateline: 'New Delhi', source: 'ANI' },
  ],
  [
    'the agency written bare after the date, with a year',
    'Riyadh, July 12, 2024, SPA -- Saudi Arabia and Iraq signed an energy memorandum.\n',
    { dateline: 'Riyadh', source: 'SPA', published: '2024-07-12', publishedFrom: 'dateline' },
  ],

  // ---- closing credits ----
  [
    'a bracketed agency credit closing the story',
    'PH, Vietnam sign rice deal\n\nBy Ana Cruz\n\nJanuary 30, 2024, 6:15 pm\n\nHANOI – The Philippines and Vietnam signed a rice deal.\n\nThe deal covers three years. (PNA)\n',
    { source: 'PNA', byline: 'Ana Cruz', published: '2024-01-30', dateline: 'Hanoi' },
  ],
  [
    'a sign-off line credits the agency and is not prose',
    ' date 2024-12-16 Malaysia, Thailand agree on rail link\n\nPUTRAJAYA – Malaysia and Thailand agreed on a rail link.\n\n-- BERNAMA\n',
    { source: 'Bernama', dateline: 'Putrajaya', excluded: ['-- BERNAMA'] },
  ],
  [
    'a copyright line credits the agency',
    'Jakarta, Canberra talk trade\n\nIndonesia and Australia discussed trade.\n\nCopyright © ANTARA 2025\n',
    { source: 'Antara' },
  ],
  [
    'a closing "Source:" line with several credits gives the first outlet',
    'Iran, Saudi ministers meet\n\nThe ministers met in Beijing.\n\nSOURCE: AL JAZEERA AND NEWS AGENCIES\n',
    { source: 'Al Jazeera' },
  ],
  [
    "the agency's web address under the story, before a bracketed date",
    'Leaders exchange greetings\n\nThe two leaders exchanged messages of greeting.\n\nwww.kcna.kp (Juche113.6.12.)\n',
    { source: 'KCNA' },
  ],
  [
    'NEGATIVE: a bracketed abbreviation closing the story is no outlet',
    'Ministers meet in Vientiane\n\nThe ministers met on the sidelines of the summit of the Association of Southeast Asian Nations (ASEAN)\n',
    { source: null },
  ],
  [
    'NEGATIVE: a wire credit in the dateline wins over the site in the title and a closing credit',
    "Premier meets Singapore leader - People's Daily Online\n\nBEIJING, June 3 (Xinhua) -- Premier Li Qiang met Singapore's prime minister.\n\n(Reuters)\n",
    { source: 'Xinhua', dateline: 'Beijing' },
  ],
  [
    'NEGATIVE: a dateline-like line deep in the body is not the dateline',
    'Leaders meet\n\nThe leaders met on Monday.\n\nThey discussed trade.\n\nThey discussed security.\n\nBEIJING, June 3 (Xinhua) -- An earlier report said the talks were planned.\n',
    { dateline: null, source: null },
  ],
  [
    'contributor credit and reporter e-mail under the story are not prose',
    'Seoul and Tokyo agree to meet\n\nSEOUL, June 9 (Yonhap) -- The leaders agreed to meet.\n\nJane Roe in Tokyo contributed to this report.\n\njroe@example.com\n\n(END)\n',
    { source: 'Yonhap', excluded: ['Jane Roe in Tokyo contributed', 'jroe@example.com', '(END)'] },
  ],
  // ---- more page layouts ----
  [
    'broadcaster page: date, signature, then the outlet with the place it reports from',
    'Seoul and Canberra agree to talks\n\n3 June 2024\n\nJane Roe\n\nBBC News, Seoul\n\nSouth Korea and Australia have agreed to hold talks.\n',
    { published: '2024-06-03', byline: 'Jane Roe', source: 'BBC News', dateline: null, body: 'South Korea and Australia', excluded: ['Jane Roe', 'BBC News, Seoul'] },
  ],
  [
    'newspaper page: signature with the place, stamp with a dotted time and zone',
    'Manila and Tokyo sign troop pact\n\nJane Roe in Manila\n\nMon 8 Jul 2024 05.21 BST\n\nThe Philippines and Japan signed a troop pact.\n',
    { byline: 'Jane Roe', published: '2024-07-08', body: 'The Philippines and Japan' },
  ],
  [
    'title-case dateline with the country before the credit; "Reporting from" line',
    'Seoul and Tokyo agree to talks\n\nBy Jane Roe, CNN\n\nReporting from Seoul\n\nUpdated 5:21 AM EDT, Mon June 3, 2024\n\nSeoul, South Korea (CNN) — South Korea and Japan agreed to talks.\n',
    { byline: 'Jane Roe', source: 'CNN', published: '2024-06-03', dateline: 'Seoul', body: 'Seoul, South Korea (CNN)' },
  ],
  [
    'one pipe-separated line with Source, stamp and Editor',
    'Xi meets visiting envoy\n\nSource: Xinhua| 2024-06-03 21:04:11|Editor: huaxia\n\nBEIJING, June 3 (Xinhua) -- Xi Jinping met a visiting envoy.\n',
    { source: 'Xinhua', published: '2024-06-03', dateline: 'Beijing' },
  ],
  [
    'a date in figures is read day first, and the dateline agrees',
    'Anwar, Prabowo agree on border talks\n\n03/06/2024 05:21 PM\n\nKUALA LUMPUR, June 3 (Bernama) -- Malaysia and Indonesia agreed to speed up talks.\n',
    { published: '2024-06-03', source: 'Bernama', dateline: 'Kuala Lumpur' },
  ],
  [
    "a month-first date in figures is turned round by the dateline's month and day",
    'Berlin and Warsaw talk trade\n\n06/03/2024\n\nBERLIN, June 3 (dpa) - Germany and Poland discussed trade.\n',
    { published: '2024-06-03', source: 'dpa', dateline: 'Berlin' },
  ],
  [
    'a pipe line with outlet, author, stamp and a bare time',
    'Pretoria and Abuja revive commission\n\nNews24 | Thandi Mokoena | Published 3 June 2024 | 17:42\n\nSouth Africa and Nigeria revived their commission.\n',
    { source: 'News24', byline: 'Thandi Mokoena', published: '2024-06-03' },
  ],
  [
    'a closing signature with the place the reporter filed from',
    'Kyiv and Warsaw sign grain deal\n\n03.06.2024 12:15\n\nKyiv · Ukrinform\n\nUkraine and Poland signed a grain deal on Monday.\n\nThe deal covers transit.\n\nOlena Kovalenko, Kyiv\n',
    { source: 'Ukrinform', byline: 'Olena Kovalenko', published: '2024-06-03', excluded: ['Olena Kovalenko, Kyiv'] },
  ],
  [
    'NEGATIVE: a closing "name, place" of someone the story tells of signs no reporter',
    'Kyiv and Warsaw sign grain deal\n\n03.06.2024 12:15\n\nOlena Kovalenko, the minister, signed a grain deal on Monday.\n\nOlena Kovalenko, Kyiv\n',
    { byline: null, published: '2024-06-03' },
  ],
  [
    'NEGATIVE: a closing "desk, place" line signs no reporter',
    'Georgetown protests incursion\n\n03.06.2024 12:15\n\nGuyana protested an incursion on Monday.\n\nPublic Information Unit, Georgetown\n',
    { byline: null, published: '2024-06-03' },
  ],
  [
    'NEGATIVE: a closing line "place, place" signs no reporter',
    'Kyiv and Warsaw sign grain deal\n\n03.06.2024 12:15\n\nUkraine and Poland signed a grain deal on Monday.\n\nWarsaw Lviv, Kyiv\n',
    { byline: null, published: '2024-06-03' },
  ],
  [
    'an American outlet writes a date in figures month first',
    'Mexico and US discuss border\n\nBy Jane Roe, Associated Press\n\nUpdated 04/06/2024 10:12 AM\n\nMexico and the United States discussed the border.\n',
    { published: '2024-04-06', source: 'Associated Press' },
  ],
  [
    "NEGATIVE: an American outlet's figures that the dateline reads day first stay day first",
    'Berlin and Warsaw talk trade\n\n03/06/2024\n\nBERLIN, June 3 (AP) — Germany and Poland discussed trade.\n',
    { published: '2024-06-03', source: 'AP', dateline: 'Berlin' },
  ],
  [
    'NEGATIVE: without a dateline a date in figures stays day first',
    'Kuwait and Iraq discuss border\n\n04/06/2024\n\nKuwait and Iraq discussed the border.\n',
    { published: '2024-06-04' },
  ],
  [
    "with no dateline, the body's dates without a year turn a date in figures round: they fall just before it",
    'Harbour Chronicle\n\nSeoul and Hanoi agree on a hotline\n\nBy Mai Tran\n\nPublished on 07-11-2024 08:15\n\nSouth Korea and Vietnam agreed on a hotline on Wednesday, after talks on July 2 and 3 in Hanoi.\n',
    { published: '2024-07-11', byline: 'Mai Tran' },
  ],
  [
    "the body's dates may also keep a date in figures day first",
    'Harbour Chronicle\n\nSeoul and Hanoi agree on a hotline\n\nBy Mai Tran\n\nPublished on 07-11-2024 08:15\n\nSouth Korea and Vietnam agreed on a hotline, a week after talks on 31 October in Hanoi.\n',
    { published: '2024-11-07' },
  ],
  [
    "NEGATIVE: a body date with its year (an older act) does not turn a date in figures round",
    'Harbour Chronicle\n\nSeoul and Hanoi agree on a hotline\n\nBy Mai Tran\n\nPublished on 07-11-2024 08:15\n\nSouth Korea and Vietnam agreed on a hotline, renewing a pact of July 2, 2024.\n',
    { published: '2024-11-07' },
  ],
  [
    "the outlet's own name in capitals opening the body is its credit, no dateline",
    'Lagoon Times\n\nNews\n\nDoctors come home\n\nBy Ana Cruz\nNovember 22, 2019\n\nLAGOON TIMES – The last 104 doctors who had served in Ecuador landed in Havana on Wednesday.\n',
    { source: 'Lagoon Times', dateline: null, published: '2019-11-22' },
  ],
  [
    "NEGATIVE: a place opening the body under an outlet named after it is the dateline",
    'Lagoon Times\n\nNews\n\nDoctors come home\n\nBy Ana Cruz\nNovember 22, 2019\n\nHAVANA – The last 104 doctors who had served in Ecuador landed on Wednesday.\n',
    { source: 'Lagoon Times', dateline: 'Havana', published: '2019-11-22' },
  ],
  [
    "a name alone on the last line signs the story",
    'Lagoon Times\n\nPolitics\n\nTwo ministers agree\n\n15:40 | 18/11/2019\n\nVietnam and Laos agreed on Monday to open a border gate.\n\nThe gate will open in May.\n\nMai Lan\n',
    { byline: 'Mai Lan', published: '2019-11-18' },
  ],
  [
    "NEGATIVE: a name the story tells of, alone on the last line, signs nothing",
    'Lagoon Times\n\nPolitics\n\nTwo ministers agree\n\n15:40 | 18/11/2019\n\nVietnam and Laos agreed on Monday to open a border gate, said Mai Lan.\n\nThe gate will open in May.\n\nMai Lan\n',
    { byline: null },
  ],
  [
    "NEGATIVE: an agency's name alone on the last line signs nothing",
    'Lagoon Times\n\nPolitics\n\nTwo ministers agree\n\n15:40 | 18/11/2019\n\nVietnam and Laos agreed on Monday to open a border gate.\n\nAgence France Presse\n',
    { byline: null },
  ],
  [
    "NEGATIVE: the outlet signing its own story ('By The Lagoon Times') names no author",
    'The Lagoon Times\n\nPolitics\n\nTwo ministers agree\n\nNovember 21, 2019\nBy The Lagoon Times\n\nVietnam and Laos agreed on Monday to open a border gate.\n',
    { byline: null, source: 'The Lagoon Times' },
  ],
  [
    'a stamp whose time is followed by a zone written in mixed case ("09:47 PM BdST")',
    'Dhaka Ledger\n\nBangladesh seeks talks\n\nStaff Correspondent\nPublished: 20 Nov 2019 09:47 PM BdST\nUpdated: 20 Nov 2019 10:05 PM BdST\n\nBangladesh asked Saudi Arabia for talks on Wednesday.\n',
    { published: '2019-11-20' },
  ],
  [
    'a masthead over a section and its subjects after a pipe ("News | Democracy, Human Rights & Governance")',
    'Aidwatch\nNews | Democracy, Human Rights & Governance\n\nDonors pause aid to the new junta after the election is voided\n\nBy Lena Okoro // 12 March 2021\n\nThe donors met on Thursday.\n',
    { title: 'Donors pause aid to the new junta after the election is voided', source: 'Aidwatch', published: '2021-03-12', byline: 'Lena Okoro', body: 'The donors met' },
  ],
  [
    'NEGATIVE: a headline with a pipe and words in lower case is no section',
    'Aidwatch\n\nDonors pause aid | junta says it will hold new polls soon\n\n12 March 2021\n\nThe donors met on Thursday.\n',
    { title: 'Donors pause aid | junta says it will hold new polls soon', published: '2021-03-12', body: 'The donors met' },
  ],
  [
    'a closing signature after a dash ("— Tomas Lind")',
    'Harbour Post\nPolitics\n\nNeighbours trade charges of meddling after a tense vote\n\nFebruary 4, 2021\n\nThe minister spoke on Tuesday.\n\n— Tomas Lind\n',
    { byline: 'Tomas Lind', published: '2021-02-04' },
  ],
  [
    'NEGATIVE: a dash before a desk\'s name at the end signs no person',
    'Harbour Post\nPolitics\n\nNeighbours trade charges of meddling after a tense vote\n\nFebruary 4, 2021\n\nThe minister spoke on Tuesday.\n\n— Foreign Desk\n',
    { byline: null, published: '2021-02-04' },
  ],
  [
    'dotted day-first date and an "Update" stamp; place alone on the next line',
    'Ankara and Baghdad sign water deal\n\n03.06.2024 - Update : 04.06.2024\n\nANKARA\n\nTurkiye and Iraq signed a water agreement.\n',
    { published: '2024-06-03', dateline: 'Ankara', body: 'Turkiye and Iraq' },
  ],
  [
    'the outlet, its stamp and the site sections on one line',
    'Tokyo and Manila talk defence\n\nKYODO NEWS - Jun 3, 2024 - 12:05 | World, All\n\nJapan and the Philippines discussed defence ties.\n',
    { source: 'Kyodo News', published: '2024-06-03', body: 'Japan and the Philippines' },
  ],
  [
    'a site section before the stamp',
    'Seoul, Tokyo to resume visits\n\nPolitics 10:12 June 03, 2024\n\nSEOUL, June 3 (Yonhap) -- South Korea and Japan agreed to resume visits.\n',
    { published: '2024-06-03', source: 'Yonhap', body: 'SEOUL, June 3' },
  ],
  [
    'a job after the name in the byline, a stamp opening with a slash',
    'Ministers meet in Manila\n\nBy Jane Roe - Reporter\n\n/ 05:21 PM June 03, 2024\n\nMANILA, Philippines — Ministers of the Philippines and Japan met.\n',
    { byline: 'Jane Roe', published: '2024-06-03', dateline: 'Manila', body: 'MANILA' },
  ],
  [
    'a stamp without a year gives no date but is not prose',
    'Moscow and Beijing sign energy deals\n\n3 JUN, 17:21\n\nMOSCOW, June 3. /TASS/. Russia and China signed energy deals.\n',
    { published: null, source: 'TASS', dateline: 'Moscow', body: 'MOSCOW', excluded: ['3 JUN, 17:21'] },
  ],
  [
    'slash-separated desk, site and stamp',
    'Delhi and Singapore hold talks\n\nTOI News Desk / TIMESOFINDIA.COM / Updated: Jun 3, 2024, 17:21 IST\n\nNEW DELHI: India and Singapore held talks.\n',
    { source: 'TOI', byline: null, published: '2024-06-03', dateline: 'New Delhi', body: 'NEW DELHI:' },
  ],
  [
    'a known place with its country and a dash',
    'Qatar hosts Sudan talks\n\nDoha, Qatar – Qatar hosted a new round of Sudan talks on Monday.\n',
    { dateline: 'Doha', body: 'Doha, Qatar' },
  ],
  [
    'a known place alone before a long dash',
    'Talks resume\n\nGeneva — Envoys of Armenia and Azerbaijan resumed talks on Monday.\n',
    { dateline: 'Geneva' },
  ],
  [
    'a known place and a full stop (East African papers)',
    'Tanzania lifts ban\n\nDar es Salaam. Tanzania yesterday lifted its ban on imports from Malawi.\n',
    { dateline: 'Dar es Salaam', body: 'Dar es Salaam.' },
  ],
  [
    'a known place, a full stop and a dash (Latin American papers), under an outlet named on a line of its own',
    'Abinader sends troops\n\nDominican Today\n\nOctober 9, 2025\n\nSanto Domingo.- President Luis Abinader on Wednesday ordered more soldiers to the border.\n',
    { dateline: 'Santo Domingo', source: 'Dominican Today', byline: null, published: '2025-10-09' },
  ],
  [
    'a "Last update on:" stamp under the first is header, not the body\'s first line',
    'Envoy summoned\n\nDiplomatic Correspondent\n\nTue May 13, 2025 12:00 AM\nLast update on: Tue May 13, 2025 01:47 AM\n\nBangladesh yesterday summoned the envoy.\n',
    { published: '2025-05-13', body: 'Bangladesh yesterday summoned' },
  ],
  [
    'the date first, then the place in capitals in brackets and a dash (Sudan Tribune)',
    'Envoy summoned\n\nJune 2, 2025 (KHARTOUM) – Sudan summoned the Kenyan ambassador on Monday.\n',
    { dateline: 'Khartoum', published: '2025-06-02' },
  ],
  [
    'NEGATIVE: a date and an outlet in brackets name no place',
    'Envoy summoned\n\nJune 2, 2025 (AFP) – Sudan summoned the Kenyan ambassador on Monday.\n',
    { dateline: null },
  ],
  [
    'NEGATIVE: a country and a full stop open no dateline',
    'Talks resume\n\nKenya. The country is at a crossroads, analysts say.\n',
    { dateline: null },
  ],
  [
    'NEGATIVE: a title-case place that is no known place',
    'Talks resume\n\nLakeview Springs, Ontario – Envoys of two countries met on Monday.\n',
    { dateline: null },
  ],
  [
    'NEGATIVE: a person and a dash are no dateline',
    'Talks resume\n\nJohn Smith — the envoy — met his counterpart on Monday.\n',
    { dateline: null },
  ],
  [
    'a date stamp as the last line',
    'Seoul and Hanoi hold trade talks\n\nSEOUL, May 9 (Yonhap) -- South Korea and Vietnam held trade talks on Thursday.\n\n(END)\n2025/05/09 16:02 KST\n',
    { published: '2025-05-09', publishedFrom: 'footer', source: 'Yonhap', dateline: 'Seoul' },
  ],
  [
    'a labelled stamp printed right after the lead',
    'Poland shuts crossing\n\nWarsaw (AFP) - Poland on Thursday closed a rail crossing with Belarus.\n\nPublished: 27/11/2025 - 14:05\n\nThe ministry gave no reason.\n',
    { published: '2025-11-27', dateline: 'Warsaw', source: 'AFP' },
  ],
  [
    'an "Updated on:" stamp in the header',
    'India, China agree on border trade\n\nBy Anirban Ghosh, New Delhi\nUpdated on: Dec 09, 2025 07:52 PM IST\n\nIndia and China on Monday agreed to resume border trade.\n',
    { published: '2025-12-09' },
  ],
  [
    'a place, a middle dot and the outlet on a line of its own',
    'Ukraine brings home 157 defenders\n\n05.03.2026 12:15\n\nKyiv · Ukrinform\n\nUkraine brought home 157 servicemen on Thursday.\n',
    { source: 'Ukrinform', published: '2026-03-05' },
  ],
  [
    'NEGATIVE: a place and a dot before words that are no outlet',
    'Talks resume\n\n05.03.2026 12:15\n\nKyiv · Politics\n\nUkraine and Poland resumed talks on Thursday.\n',
    { source: null },
  ],
  [
    'a timed stamp with the story number after the lead',
    'Araghchi meets crown prince in Riyadh\n\nTehran, IRNA - Iranian Foreign Minister Abbas Araghchi met the Saudi crown prince in Riyadh on Tuesday evening.\n\nNovember 12, 2025, 10:31 AM  News ID: 85421907\n\nThe two discussed regional security.\n',
    { published: '2025-11-12', source: 'IRNA' },
  ],
  [
    'a closing "Published" stamp',
    'Ghana and Togo talks\n\nGhana and Togo discussed border security on Friday.\n\nPublished 14 March 2025\n',
    { published: '2025-03-14' },
  ],
  [
    'a closing note on when the story was first published',
    'Chad and Niger talks\n\nChad and Niger discussed border security on Friday.\n\nThis story was first published on 14 March 2025.\n',
    { published: '2025-03-14', publishedFrom: 'footer' },
  ],
  [
    'a date in the web address on a header line',
    'Chad and Niger talks\n\nhttps://news.example.org/africa/2025/03/14/chad-niger-talks\n\nChad and Niger discussed border security on Friday.\n',
    { published: '2025-03-14', publishedFrom: 'url' },
  ],
  [
    'NEGATIVE: a web address with no calendar date in its path',
    'Chad and Niger talks\n\nhttps://news.example.org/africa/2025/13/45/chad-niger-talks\n\nChad and Niger discussed border security on Friday.\n',
    { published: null },
  ],
  [
    'NEGATIVE: a stamp in the header wins over the web address',
    'Chad and Niger talks\n\nhttps://news.example.org/africa/2025/03/12/chad-niger-talks\n\nMarch 14, 2025\n\nChad and Niger discussed border security on Friday.\n',
    { published: '2025-03-14' },
  ],
  [
    'a blog-style signature with its date',
    'Chad and Niger talks\n\nPosted by Amina Bello on March 14, 2025\n\nChad and Niger discussed border security on Friday.\n',
    { published: '2025-03-14', byline: 'Amina Bello' },
  ],
  [
    'NEGATIVE: a closing sentence on an earlier publication without a date',
    'Chad and Niger talks\n\nChad and Niger discussed border security on Friday.\n\nThe treaty was first published in the official gazette.\n',
    { published: null },
  ],
  [
    'NEGATIVE: a closing sentence with a date is not a stamp',
    'Ghana and Togo talks\n\nGhana and Togo discussed border security.\n\nThe next round is set for 14 March 2025.\n',
    { published: null },
  ],
  [
    'NEGATIVE: a closing stamp that names no real day',
    'Ghana and Togo talks\n\nGhana and Togo discussed border security.\n\n2025/02/30 10:00 GMT\n',
    { published: null },
  ],
  [
    'NEGATIVE: a caps label with a colon is not a dateline',
    'BREAKING: Ukraine and Poland reach a grain deal\n',
    { dateline: null, body: 'BREAKING:' },
  ],
  [
    'an unlisted outlet\'s masthead over a section word and the headline: the masthead is the source, not the title',
    'The Harbour Courier\n\nPolitics\n\nPort Louis and Victoria agree on a joint maritime patrol plan\n\nMarch 3, 2025\n\nBy Jane Roe\n\nThe two governments agreed on Monday to patrol together.\n',
    { title: 'Port Louis and Victoria agree on a joint maritime patrol plan', source: 'The Harbour Courier', byline: 'Jane Roe', published: '2025-03-03', body: 'The two governments', excluded: ['The Harbour Courier', 'Politics'] },
  ],
  [
    'a web address as an unlisted masthead over a section word',
    'Zembla.news\n\nWorld\n\nZembla and its neighbour reopen the river ferry after a year\n\n04.03.2025, 09:10\n\nThe ferry across the river resumed service on Tuesday.\n',
    { title: 'Zembla and its neighbour reopen the river ferry after a year', source: 'Zembla.news', published: '2025-03-04' },
  ],
  [
    'a ministry\'s name as the masthead without a tagline, over "Press Briefing" and the headline',
    'Ministry of Foreign Affairs of Ruritania\n\nPress Briefing\n\nHighlights of the weekly briefing by the spokesperson\n\nPort Louis, 5 March 2025\n\nThe spokesperson on Wednesday briefed journalists.\n',
    { title: 'Highlights of the weekly briefing by the spokesperson', source: 'Ministry of Foreign Affairs of Ruritania', published: '2025-03-05', dateline: 'Port Louis' },
  ],
  [
    'NEGATIVE: a headline over a section word and a standfirst stays the title; no masthead',
    'Kenya and Uganda sign a border deal\n\nPolitics\n\nThe two presidents met in Entebbe on Monday and signed the accord.\n',
    { title: 'Kenya and Uganda sign a border deal', source: null },
  ],
  [
    'NEGATIVE: a headline in sentence case over a label and a second headline is no masthead',
    'Talks resume in Doha\n\nPOLITICS\n\nQatar hosts a second round of talks between the two delegations\n\nQatar said on Monday it would host the talks.\n',
    { title: 'Talks resume in Doha', source: null },
  ],
  [
    'a listed outlet\'s masthead, then a section of capitalised words that names a place, then the headline: no dateline',
    'RNZ\n\nOceania\n\nFiji and Tonga agree to share coastguard patrol data\n\n4 March 2025\n\nFiji and Tonga agreed on Tuesday to share patrol data.\n',
    { title: 'Fiji and Tonga agree to share coastguard patrol data', source: 'RNZ', dateline: null, excluded: ['Oceania'] },
  ],
  [
    'a listed outlet\'s masthead, then a section path with a pipe and a section of unlisted words',
    'Al Jazeera\n\nNews | Sahel\n\nChad and Sudan agree to reopen the Adre crossing for aid\n\n4 March 2025\n\nChad and Sudan agreed on Tuesday to reopen the crossing.\n',
    { title: 'Chad and Sudan agree to reopen the Adre crossing for aid', source: 'Al Jazeera', published: '2025-03-04' },
  ],
  [
    'a listed outlet\'s masthead, then a section of two unlisted words',
    'Al Jazeera\n\nBorder Regions\n\nChad and Sudan agree to reopen the Adre crossing for aid\n\nChad and Sudan agreed on Tuesday to reopen the crossing.\n',
    { title: 'Chad and Sudan agree to reopen the Adre crossing for aid' },
  ],
  [
    'NEGATIVE: a place alone under the masthead, over the lead, is the dateline',
    'Al Jazeera\n\nDoha\n\nQatar said on Monday it would host a new round of talks.\n',
    { dateline: 'Doha', source: 'Al Jazeera' },
  ],
  [
    'a labelled weekday in a part of its own before the date, then the time',
    'Zembla and its neighbour open a bridge\n\nPublished: Tuesday | March 4, 2025 | 9:05 PM\n\nThe bridge opened on Tuesday.\n',
    { published: '2025-03-04', body: 'The bridge opened', excluded: ['Published: Tuesday'] },
  ],
  [
    'a revision label and a weekday before the date: a revision date, which a publication date wins over',
    'Zembla and its neighbour open a bridge\n\nMarch 3, 2025\n\nUpdated: Tuesday | March 4, 2025\n\nThe bridge opened on Monday.\n',
    { published: '2025-03-03' },
  ],
  [
    'NEGATIVE: a weekday part with no date after it is no stamp',
    'Zembla and its neighbour open a bridge\n\nJane Roe | Sunday\n\nThe bridge opened on Sunday.\n',
    { published: null, byline: null },
  ],
  [
    'a transcript\'s headline that ends with its weekday and day dates the page',
    'Remarks by the Foreign Minister at the opening of the border talks, Monday, 3 March 2025\n\nMinister: Good morning. We meet today to settle the border.\n',
    { published: '2025-03-03', publishedFrom: 'header' },
  ],
  [
    'a briefing\'s headline that ends "of <day>" dates the page',
    'Answers of the Spokesperson to questions from the media at the briefing of 14 July 2025\n\nQ: What is the ministry\'s answer to the note?\n',
    { published: '2025-07-14' },
  ],
  [
    'NEGATIVE: a stamp under the headline wins over the day the headline ends with',
    'Remarks by the Foreign Minister at the opening of the border talks, 3 March 2025\n\nPublished: 5 March 2025\n\nMinister: Good morning. We meet today to settle the border.\n',
    { published: '2025-03-05' },
  ],
  [
    'NEGATIVE: a date inside the headline, not at its end, does not date the page',
    'Zembla marks the 3 March 2025 treaty with a parade in the capital\n\nZembla held a parade on Sunday.\n',
    { published: null },
  ],
  [
    'a page of briefs, each opening with a dateline of another place, has no one dateline',
    'West Africa this week\n\n7 March 2025\n\nACCRA - Ghana reopened a border post on Monday.\n\nLOME - Togo signed a grid deal with Benin on Tuesday.\n\nNIAMEY - Niger hosted a transport meeting on Wednesday.\n',
    { dateline: null, published: '2025-03-07', body: 'ACCRA - Ghana' },
  ],
  [
    'NEGATIVE: a second paragraph from another place is no roundup',
    'Ghana and Togo talk trade\n\n7 March 2025\n\nACCRA - Ghana reopened a border post on Monday.\n\nLOME - Togo welcomed the step on Tuesday.\n\nTrade across the post had stopped in January.\n',
    { dateline: 'Accra' },
  ],
  [
    'NEGATIVE: later paragraphs in capitals from the same place, or naming no place, keep the dateline',
    'Ghana and Togo talk trade\n\n7 March 2025\n\nACCRA - Ghana reopened a border post on Monday.\n\nACCRA - Officials said trade would resume.\n\nECOWAS said it welcomed the step.\n\nNATO - an unrelated acronym - was not involved.\n',
    { dateline: 'Accra' },
  ],
  [
    'a broadcaster\'s reporter credit with the place the story opens in: the bureau is the dateline',
    'Quito and Lima reopen the border bridge\n\n4 March 2025\n\nJane Roe\nSky News, Lima\n\nPeru and Ecuador agreed in Lima on Tuesday to reopen the bridge.\n',
    { byline: 'Jane Roe', source: 'Sky News', dateline: 'Lima', body: 'Peru and Ecuador' },
  ],
  [
    'NEGATIVE: the bureau only inside a longer word of the opening is no dateline',
    'Cyprus talks resume\n\n4 March 2025\n\nJane Roe\nSky News, Lima\n\nThe two sides met in Limassol on Tuesday.\n',
    { dateline: null },
  ],
  [
    'NEGATIVE: a bureau named only after the opening paragraphs is no dateline',
    'Quito and Lima reopen the border bridge\n\n4 March 2025\n\nJane Roe\nSky News, Lima\n\nPeru and Ecuador agreed on Tuesday to reopen the bridge.\n\nThe bridge was shut in January.\n\nTrade fell by a third.\n\nOfficials will meet again in Lima next month.\n',
    { dateline: null },
  ],
  [
    'a roundup compiled by a named editor: "Compiled by" signs it',
    'Week in the Sahel: Niamey and Bamako reopen a crossing\n\n3 Mar 2025\n\nCompiled by Aminata Sow\n\nNIAMEY - Niger reopened its border post on Monday.\n',
    { byline: 'Aminata Sow', published: '2025-03-03', body: 'NIAMEY - Niger', excluded: ['Compiled by Aminata Sow'] },
  ],
  [
    'NEGATIVE: "compiled by" inside a sentence signs nothing',
    'Niamey and Bamako reopen a crossing\n\nFigures compiled by the customs office show trade fell by a third this year.\n',
    { byline: null },
  ],
];

// The web address a page was read from dates it when its text gives no date.
const URL_DATES: [string, string | null][] = [
  ['https://english.example.cn/20250314/abc123/c.html', '2025-03-14'],
  ['http://www.example.cn/english/2025-03/14/c_1234.htm', '2025-03-14'],
  ['https://example.com/news/2025-03-14-talks-resume', '2025-03-14'],
  // NEGATIVE
  ['https://example.com/news/20250314123/story.html', null],
  ['https://example.com/news/2025/02/30/story', null],
  ['https://example.com/news/story-2025', null],
];
test('NEGATIVE: a date given with the page wins over its web address', () => {
  const doc = createDoc({ text: 'Chad and Niger talks\n\nChad and Niger discussed border security on Friday.\n', url: 'https://example.com/2025/03/12/talks', published: '2025-03-14' });
  readDocument(doc, lexicon);
  assert.equal(doc.document.published, '2025-03-14');
  assert.deepEqual(doc.document.warnings, []);
});
for (const [url, published] of URL_DATES) {
  test(`document date from the web address ${url}`, () => {
    const doc = createDoc({ text: 'Chad and Niger talks\n\nChad and Niger discussed border security on Friday.\n', url });
    readDocument(doc, lexicon);
    assert.equal(doc.document.published, published);
  });
}

for (const [name, text, expect] of CASES) {
  test(`document: ${name}`, () => {
    const doc = createDoc({ text });
    readDocument(doc, lexicon);
    const d = doc.document;
    for (const k of ['title', 'source', 'published', 'publishedFrom', 'dateline', 'byline'] as const) {
      if (k in expect) assert.equal(d[k], expect[k], k);
    }
    if (expect.body) assert.ok(text.slice(doc.bodyStart).startsWith(expect.body), `body starts with ${JSON.stringify(text.slice(doc.bodyStart, doc.bodyStart + 40))}`);
    for (const x of expect.excluded ?? []) {
      assert.ok(doc.excluded.some((r) => text.slice(r.start, r.end).startsWith(x)), `excluded: ${x}`);
    }
    for (const r of doc.excluded) assert.equal(text.slice(r.start, r.end), text.slice(r.start, r.end).trim());
    if (expect.warning) assert.ok(d.warnings.some((w) => expect.warning!.test(w)), d.warnings.join('; '));
  });
}

test('document: a date given by the caller is kept when the text has none', () => {
  const doc = createDoc({ text: 'Thailand and Cambodia agreed to reopen a border crossing.\n', published: '2025-07-01' });
  readDocument(doc, lexicon);
  assert.equal(doc.document.published, '2025-07-01');
  assert.equal(doc.document.publishedFrom, 'option');
  assert.deepEqual(doc.document.warnings, []);
});

test('document: a date in the text wins over the caller and the difference is reported', () => {
  const doc = createDoc({ text: ' date 2025-07-02 Border crossing reopens\n\nThailand and Cambodia reopened a crossing.\n', published: '2025-07-01' });
  readDocument(doc, lexicon);
  assert.equal(doc.document.published, '2025-07-02');
  assert.equal(doc.document.publishedFrom, 'header');
  assert.match(doc.document.warnings.join(' '), /differs/);
});

test('document: a header stamp with a two-digit year dates the page ("21/10/24 09:15" under the byline); NEGATIVE: such figures inside a sentence of the body do not', () => {
  const doc = createDoc({ text: 'Steppe Herald\n\nPolitics\n\nTwo neighbours reopen a mountain crossing\n\nDana Karimova\n\n21/10/24 09:15\n\nAlmaty — Kazakhstan and Kyrgyzstan reopened the Karkara crossing on Monday.\n' });
  readDocument(doc, lexicon);
  assert.equal(doc.document.published, '2024-10-21');
  const body = createDoc({ text: 'Two neighbours reopen a mountain crossing\n\nKazakhstan and Kyrgyzstan reopened the crossing under order 21/10/24 on Monday.\n' });
  readDocument(body, lexicon);
  assert.equal(body.document.published, null);
});

test('document: empty and whitespace-only text do not crash', () => {
  for (const text of ['', '\n\n  \n']) {
    const doc = createDoc({ text });
    readDocument(doc, lexicon);
    assert.equal(doc.document.published, null);
    assert.ok(doc.bodyStart <= text.length);
  }
});

const DATELINES: [string, string | null][] = [
  // a listed outlet first, then the place it files from; NEGATIVE: an outlet alone before the dash is no place
  ['TEMPO.CO, Belém - The environment minister signed a letter of intent on Tuesday.', 'Belém'],
  ['Xinhua, Beijing - China said on Monday', 'Beijing'],
  ['REUTERS - The talks ended on Monday', null],
  ['Nairobi CNN — Kenya and Uganda agreed', 'Nairobi'],
  ['Seoul, South Korea CNN — South Korea said', 'Seoul'],
  ['Lisbon Foreign Minister — the talks ended', null],
  ['ATHENS, March 4 - ANA-MPA. Greece and Cyprus said', 'Athens'],
  ['KUALA LUMPUR, Feb. 12 (Bernama) -- Malaysia said', 'Kuala Lumpur'],
  ['UNITED NATIONS, Dec. 13 (Xinhua) -- The Security Council', 'United Nations'],
  ['NEW DELHI: India and Japan held talks', 'New Delhi'],
  ['MANILA, Philippines — The coast guard said', 'Manila'],
  ['WASHINGTON, Jan 5 (Reuters) - The United States', 'Washington'],
  ['US-CHINA: a look at the trade numbers', null],
  ['The talks in Hanoi - which lasted hours - ended.', null],
  ['EXCLUSIVE: Seoul weighs new sanctions', null],
  ['NATO (North Atlantic Treaty Organization) members met.', null],
  ['MOSCOW, July 12. /TASS/. Russia said', 'Moscow'],
  ['MOSCOW. July 12 (Interfax) - Russia said', 'Moscow'],
  ['ST. PETERSBURG, June 5 (Reuters) - Russia said', 'St. Petersburg'],
  ['Kuala Lumpur, June 3 (Bernama) -- Malaysia said', 'Kuala Lumpur'],
  ['Jakarta (ANTARA) - Indonesia said', 'Jakarta'],
  ['ABU DHABI, 12th July, 2024 (WAM) -- The UAE said', 'Abu Dhabi'],
  ['Madrid, Jul 12 (EFE).- Spain said', 'Madrid'],
  ['Havana, Jul 12 (Prensa Latina) Cuba and Vietnam signed', 'Havana'],
  ['Baku, July 12, AZERTAC. Azerbaijan and Georgia signed', 'Baku'],
  ['YEREVAN, JULY 12, ARMENPRESS. Armenia said', 'Yerevan'],
  ['Tehran, IRNA -- Iran said', 'Tehran'],
  ['Hanoi (VNA) said on Monday that talks went well.', null],
  ['Jakarta (Reuters) reported that talks went well.', null],
  ['Moscow, Beijing - the two capitals - agreed.', null],
  ['AFP, Reuters - both reported the talks.', null],
  ['China, Russia: a joint statement', null],
  // Five words, a place that is no city, a slash for two places, Trend's bare credit after the date.
  ['ON BOARD AIR FORCE ONE (Reuters) - The president said', 'On Board Air Force One'],
  ["ABOARD THE PRESIDENT'S PLANE (Reuters) - Iran said", "Aboard The President's Plane"],
  ['ABOARD THE PRESIDENTIAL PLANE, Sept 3 (AA) - Turkey said', 'Aboard The Presidential Plane'],
  ['UNITED NATIONS (AP) — The Security Council met', 'United Nations'],
  ['WASHINGTON/BEIJING, March 3 (Reuters) - Trade officials', 'Washington'],
  ['BAKU, Azerbaijan, Aug. 14. Trend: Azerbaijan and Uzbekistan', 'Baku'],
  ['TASHKENT, Uzbekistan, March 2. Trend: Uzbekistan said', 'Tashkent'],
  ['US AND CHINA AGREE TO TALK AGAIN', null],
  ['THE TALKS IN GENEVA ENDED LATE ON MONDAY - officials said', null],
  ['BAKU, Aug. 14. Trendy: cafes are busy', null],
  ['NEW DELHI, March 2. Note: the figures are provisional', null],
  // The credit first, then the place in capitals and the day (ANSA's style); NEGATIVE: a bracket and a word in capitals
  // that is no place before a dash.
  ['(ANSA) - MILAN, 3 FEB - Italy and Albania signed', 'Milan'],
  ['(ANSAmed) - TUNIS - Tunisia said on Monday', 'Tunis'],
  ['(AP) - NOTE - the figures are provisional', null],
  // A long dash that touches the story's first word; NEGATIVE: a hyphen that touches it is a word's.
  ['APIA, 2 June 2025 (Samoa Newsline)—Samoa and Fiji signed', 'Apia'],
  ['HONIARA (Solomon Star)-Solomon Islands said', null],
];
for (const [line, place] of DATELINES) {
  test(`document dateline: ${line.slice(0, 30)}`, () => assert.equal(findDateline(line, lexicon.document)?.place ?? null, place));
}

test('a dateline\'s month in lower case counts between a day and a year ("APIA, 2 june 2025 (Samoa Newsline)—"); NEGATIVE: not without the year', () => {
  assert.equal(findDateline('APIA, 2 june 2025 (Samoa Newsline)—Samoa and Fiji signed', lexicon.document)?.published, '2025-06-02');
  assert.equal(findDateline('APIA, 2 june (Samoa Newsline) — Samoa and Fiji signed', lexicon.document)?.published ?? null, null);
});

const HEADER_TEXTS: [string, string][] = [
  ['Xi, Putin vow to deepen ties', 'headline'],
  ['Seoul says it will respond firmly to Pyongyang missile launch', 'headline'],
  ['Prime Minister Anthony Albanese arrived in Beijing on Saturday for a four-day visit, the first by an Australian leader since 2016.', 'lead'],
  ['Delegates attend the opening ceremony in Vientiane, Laos, Oct. 9, 2024. (Xinhua/Kaikeo Saiyasane)', 'caption'],
];
for (const [text, kind] of HEADER_TEXTS) {
  test(`document header text: ${kind}: ${text.slice(0, 30)}`, () => assert.equal(classifyHeaderText(text, lexicon.document), kind));
}

const EXCLUSIONS: [string, string | null][] = [
  ['Soldiers march in Seoul on Oct. 1, 2023. (AP Photo/Ahn Young-joon)', 'document.caption-credit'],
  ['A ship sails near the shoal. REUTERS/Eloisa Lopez/File Photo', 'document.caption-credit'],
  ['Delegates pose for a group photo. [Photo/VCG]', 'document.caption-photo'],
  ['(Responsible editor: Chen Lu)', 'document.editor-line'],
  ['Additional reporting by Jun Yuan; Editing by Kim Coghill', 'document.credit-line'],
  ['The ministers (both former diplomats) met for two hours.', null],
  ['Trade rose 5/6 of the way to the target (roughly).', null],
  ['The leaders at Rashtrapati Bhavan on June 22, 2024. | Photo Credit: Jane Doe', 'document.caption-photo'],
  ['The exhibition, titled Photo: Asia in Focus, opened on Monday.', null],
  ['-- BERNAMA', 'document.sign-off'],
  ['==Kyodo', 'document.sign-off'],
  ['(END)', 'document.sign-off'],
  ['-- The talks will resume', null],
  ['Associated Press writer Jane Roe in Beijing contributed to this report.', 'document.credit-line'],
  ['The ministers said trade contributed to growth.', null],
  ['jdoe@agency.example', 'document.contact'],
  ['Write to jdoe@agency.example for the full text.', null],
  ['Contact reporter Jane Doe (jdoe@paper.example) and editor Ann Roe (aroe@paper.example)', 'document.contact'],
  ['Jane Doe (jdoe@paper.example) wrote this story.', 'document.contact'],
  ['Contact us on Monday to book a seat at the briefing.', null],
];
for (const [line, rule] of EXCLUSIONS) {
  test(`document exclusion: ${line.slice(0, 30)}`, () => assert.equal(exclusionRule(line, lexicon.document), rule));
}

// The outlet list: the national agencies and papers whose credits articles carry, each with a real country.
const CREDITS: [string, string][] = [
  ['ANTARA', 'IDN'], ['Bernama', 'MYS'], ['VNA', 'VNM'], ['KCNA', 'PRK'], ['Yonhap', 'KOR'], ['Kyodo', 'JPN'],
  ['PTI', 'IND'], ['ANI', 'IND'], ['APP', 'PAK'], ['IRNA', 'IRN'], ['WAM', 'ARE'], ['SPA', 'SAU'], ['QNA', 'QAT'],
  ['KUNA', 'KWT'], ['MENA', 'EGY'], ['Anadolu', 'TUR'], ['TASS', 'RUS'], ['RIA Novosti', 'RUS'], ['Interfax', 'RUS'],
  ['Ukrinform', 'UKR'], ['PAP', 'POL'], ['ANSA', 'ITA'], ['EFE', 'ESP'], ['dpa', 'DEU'], ['AFP', 'FRA'],
  ['Reuters', 'GBR'], ['AP', 'USA'], ['Prensa Latina', 'CUB'], ['Agência Brasil', 'BRA'], ['Agencia Brasil', 'BRA'],
  ['Télam', 'ARG'], ['APS', 'DZA'], ['MAP', 'MAR'], ['Xinhua', 'CHN'], ['Kazinform', 'KAZ'], ['AZERTAC', 'AZE'],
  ['Armenpress', 'ARM'], ['KPL', 'LAO'], ['AKP', 'KHM'], ['PNA', 'PHL'], ['BSS', 'BGD'], ['Montsame', 'MNG'],
  ['BelTA', 'BLR'], ['Lusa', 'PRT'], ['CNA', 'SGP'], ['Focus Taiwan', 'TWN'], ['DAWN.COM', 'PAK'], ['www.thehindu.com', 'IND'],
];
for (const [credit, country] of CREDITS) {
  test(`document outlets: ${credit}`, () => assert.equal(findOutlet(lexicon.document, credit)?.country, country));
}

test('document outlets: every country is an ISO 3166-1 alpha-3 code the geography knows', () => {
  for (const o of lexicon.document.outlets) if (o.country) assert.ok(lexicon.geo.countries.has(o.country), `${o.name}: ${o.country}`);
});

const CREDIT_FORMS: [string, string | undefined][] = [
  ['(VNA)', 'VNA'],
  ['Vietnam News Agency', 'Vietnam News Agency'],
  ['BERNAMA', 'Bernama'],
  ['DAWN.COM', 'Dawn'],
  ['Straits Times', 'Straits Times'],
  ['the Straits Times', 'The Straits Times'],
  ['/TASS/', 'TASS'],
  ['Harbour Gazette', undefined],
  ['Reuters Staff', undefined],
];
for (const [text, form] of CREDIT_FORMS) {
  test(`document credit form: ${text}`, () => assert.equal(creditedOutlet(lexicon.document, text), form));
}

// ---- stamp lines as pages print them (date or null) ----
const STAMPS: [string, string | null][] = [
  // scraped without their spaces
  ['March 3, 20258:05 AM GMT+9Updated 3 hours ago', '2025-03-03'],
  ['Published On 9 Apr 20269 Apr 2026', '2026-04-09'],
  ['April 02, 202517:40', '2025-04-02'],
  ['Published: 7:30am, 2 Mar 2025Updated: 8:10am, 2 Mar 2025', '2025-03-02'],
  // labels, separators, zone offsets and reading times
  ['Issued on: 13/03/2025 - 09:20Modified: 13/03/2025 - 11:05', '2025-03-13'],
  // GhanaWeb's section label before the day
  ['General News of Wednesday, 17 September 2025', '2025-09-17'],
  ['Business News of Monday, 3 March 2025', '2025-03-03'],
  ['Published on 21/02/2025 - 08:14 GMT+1•Updated 09:30', '2025-02-21'],
  ['February 3, 2025 07:45 GMT+700', '2025-02-03'],
  ['Published on 14/08/2025 - 18:22 Modified on 14/08/2025 - 18:40', '2025-08-14'],
  ['Modified on 15/08/2025 - 18:40', '2025-08-15'],
  ['Thursday 14 August 2025 15:30, UK', '2025-08-14'],
  ['February 3, 2025 7:45 AM 3 min read', '2025-02-03'],
  // figures and the date written out: the written date settles the order
  ['04/07/2025April 7, 2025', '2025-04-07'],
  ['04/07/2025 - July 4, 2025', '2025-07-04'],
  // the day of the week after the date, an "@" or "//" before the time
  ['September 19, 2025, Friday // 11:20', '2025-09-19'],
  ['March 7, 2025, Friday @ 08:15', '2025-03-07'],
  // a two-digit year in figures, day first unless the second number cannot be a month
  ['21/10/24 09:15', '2024-10-21'],
  ['Posted: 04.11.23', '2023-11-04'],
  ['10/21/24 9:15 pm', '2024-10-21'],
  // NEGATIVE
  ['21/13/24 09:15', null],
  ['Gate 21/10/24 opens at 09:15', null],
  ['1/2/3', null],
  ['Friday, the deal of March 7, 2025 holds', null],
  ['The deal was signed on February 3, 2025 in Oslo', null],
  ['Signed 2025 agreements', null],
  ['3 min read', null],
  ['Modified on a later day', null],
  ['UK 2025 outlook', null],
];
const BYLINES: [string, string | null, string | null][] = [
  // an Arabic article joined to the family name by a hyphen; NEGATIVE: the article alone names no one
  ['Rami al-Khatib', 'Rami al-Khatib', null],
  ['Huda el-Sayed and Omar ad-Dakhil', 'Huda el-Sayed and Omar ad-Dakhil', null],
  ['al-Khatib', null, null],
  // text after "By", the people, the outlet
  ['Inés Vidal - Reporter / @IVidalNews', 'Inés Vidal', null],
  ['AFP - Agence France Presse', null, 'Agence France Presse'],
  ['KIM SOO-AH, Nikkei staff writer', 'Kim Soo-Ah', 'Nikkei'],
  ['GT staff reporters', null, 'GT'],
  ['The Kyiv Independent news desk', null, 'The Kyiv Independent'],
  ['ANA LIMA and JOSÉ PRADO Associated Press', 'Ana Lima and José Prado', 'Associated Press'],
  ['Peter Lund Diplomatic editor', 'Peter Lund', null],
  ['YUKI ITO/ Staff Writer', 'Yuki Ito', null],
  ['RFE/RL', null, 'RFE/RL'],
  ['Karin Holm with Reuters, AFP', 'Karin Holm', null],
  // a desk's signature with a short name of its paper and a word that signs no one
  ['Herald Report', null, null],
  ['Courier Staff', null, null],
  // NEGATIVE
  ['the way, the talks went well', null, null],
  ['Maria Report-Lund', 'Maria Report-Lund', null],
];
for (const [text, byline, source] of BYLINES) {
  test(`document byline: ${JSON.stringify(text)}`, () => {
    const by = parseByline(text, lexicon.document);
    assert.equal(by?.byline ?? null, byline);
    assert.equal(by?.source ?? null, source);
  });
}

for (const [line, date] of STAMPS) {
  test(`document stamp: ${JSON.stringify(line)} → ${date}`, () => {
    assert.equal(readDateLine(line, lexicon.document)?.date ?? null, date);
  });
}
