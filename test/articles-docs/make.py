#!/usr/bin/env python3
"""Writes corpus/<file> and gold/<file>.json for the articles-docs set (document fields only).
Every article and its annotation live here; edit them here and rerun: python3 make.py (in this folder).
Headers imitate how each outlet's page comes out when scraped to text; all wording is our own."""
import json, os

A = []  # (file, text, document gold)

def art(file, text, published, source, dateline, byline, title):
    A.append((file, text.lstrip("\n"), dict(published=published, source=source, dateline=dateline, byline=byline, title=title)))

art("k01_reuters_jpn_phl.txt", """
Japan, Philippines agree to widen coast guard drills in disputed waters
By Haruka Ozawa and Leo Banzon
January 14, 20259:12 AM GMT+9Updated 2 hours ago

TOKYO, Jan 14 (Reuters) - Japan and the Philippines agreed on Tuesday to hold more frequent joint coast guard exercises, officials of both countries said, as the two U.S. allies look to answer growing maritime pressure with closer operational ties.

The decision came at a meeting of senior maritime officials in Tokyo, where the two sides also discussed the delivery of five more patrol vessels financed by Japanese loans.

"Our crews already speak the same language at sea. Now they will practise it more often," a Philippine official told reporters after the session.

Manila and Tokyo signed a reciprocal access pact last year that allows their forces to train on each other's soil.

Reporting by Haruka Ozawa in Tokyo and Leo Banzon in Manila; Editing by Clare Whitby
Our Standards: The Thomson Reuters Trust Principles., opens new tab
""", "2025-01-14", "Reuters", "Tokyo", "Haruka Ozawa and Leo Banzon", "Japan, Philippines agree to widen coast guard drills in disputed waters")

art("k02_ap_kor_jpn.txt", """
South Korea and Japan hold first security dialogue in seven years
By HYUN-SOO CHOI
Updated 4:17 AM GMT+1, March 5, 2025
Share

SEOUL, South Korea (AP) — Senior defense and diplomatic officials from South Korea and Japan met in Seoul on Wednesday for their first formal security dialogue since 2018, a sign of the steady thaw between the neighbors.

The talks covered North Korea's missile tests and ways to share early-warning data in real time, South Korea's Foreign Ministry said in a statement.

Relations between the two countries sank to a low in 2019 over wartime history, but both governments have since worked to repair them under pressure from their common ally, Washington.

Associated Press writer Emi Takeda in Tokyo contributed to this report.
""", "2025-03-05", "AP", "Seoul", "Hyun-soo Choi", "South Korea and Japan hold first security dialogue in seven years")

art("k03_france24_afp_ken_eth.txt", """
Kenya and Ethiopia sign pact to police shared border
Issued on: 12/02/2025 - 14:35Modified: 12/02/2025 - 16:10
2 min
Kenyan and Ethiopian officials at the signing ceremony in Nairobi on February 12, 2025. © Simon Maina, AFP
Nairobi (AFP) – Kenya and Ethiopia on Wednesday signed an agreement to run joint patrols along their long and porous frontier, where cattle raids and smuggling have fuelled violence for years.

The deal was signed by the two countries' interior ministers in the Kenyan capital, according to a statement from Nairobi.

"Criminals do not respect the line on the map, so neither can our police," the Kenyan minister said at the ceremony.

Both governments said the patrols would begin within three months.
""", "2025-02-12", "AFP", "Nairobi", None, "Kenya and Ethiopia sign pact to police shared border")

art("k04_barrons_afp_pol_ltu.txt", """
Barron's
AFP
Poland, Lithuania Vow Closer Air Defence Ties
By AFP - Agence France Presse
April 3, 2025

Poland and Lithuania pledged on Thursday to link their air defence networks more tightly, their defence ministers said after meeting near the border between the two NATO members.

The ministers said their militaries would share radar pictures and hold a joint exercise in the autumn.

"An attack from the sky on one of us is an attack on the other," the Lithuanian minister told reporters.

bur-xyz/rmb
""", "2025-04-03", "AFP", None, None, "Poland, Lithuania Vow Closer Air Defence Ties")

art("k05_yahoo_afp_vnm_jpn.txt", """
Vietnam, Japan upgrade ties as premier visits Hanoi
AFP
Sun, January 5, 2025 at 3:12 AM UTC
2 min read

Hanoi (AFP) - Vietnam and Japan pledged on Sunday to deepen cooperation in semiconductors and infrastructure as the Japanese prime minister held talks with his Vietnamese counterpart in Hanoi.

The two leaders witnessed the signing of several documents, including a loan for a metro line in the capital, officials said.

Japan is among the largest foreign investors in Vietnam, and the two countries raised their relationship to the highest diplomatic level in 2023.
""", "2025-01-05", "AFP", "Hanoi", None, "Vietnam, Japan upgrade ties as premier visits Hanoi")

art("k06_aljazeera_egy_tur.txt", """
Egypt and Turkey pledge to double trade as ties thaw
Leaders meet in Cairo for the second time in a year, signing agreements on energy and defence.
By Omar Haddad
Published On 14 Feb 202614 Feb 2026
Save
Click here to share on social media
share2

Egypt and Turkey have agreed to double bilateral trade within five years, as the two regional powers continue to repair relations that broke down more than a decade ago.

The Egyptian president received his Turkish counterpart in Cairo on Saturday, and the two oversaw the signing of agreements covering energy, tourism and military industry.

Analysts say economic need has pushed both capitals to set aside their disputes over Libya and the eastern Mediterranean.

Source: Al Jazeera and news agencies
""", "2026-02-14", "Al Jazeera", None, "Omar Haddad", "Egypt and Turkey pledge to double trade as ties thaw")

art("k07_bbc_chn_aus.txt", """
 date 2025-03-14 China and Australia restart defence talks after five-year pause

2 hours ago
Share
Save
Hannah Ellery
BBC News, Sydney
Getty Images
Australia's defence minister had pushed for the talks to resume
Australia and China have held their first formal defence talks in five years, in the latest sign that relations between the two countries are recovering from a deep freeze.

Senior military officials met in Canberra on Thursday, Australia's defence department said, describing the discussions as "frank and constructive".

Beijing froze most official contacts with Canberra in 2020 after Australia called for an inquiry into the origins of Covid-19.
""", "2025-03-14", "BBC", None, "Hannah Ellery", "China and Australia restart defence talks after five-year pause")

art("k08_guardian_gbr_nor.txt", """
Britain and Norway sign pact to hunt Russian submarines in North Atlantic | Defence policy | The Guardian
Britain and Norway sign pact to hunt Russian submarines in North Atlantic
Agreement will see the two navies operate a joint fleet of frigates to protect undersea cables
Tomas Lindqvist Defence correspondent
Sun 5 Jan 2025 10.32 GMT
Last modified on Sun 5 Jan 2025 12.10 GMT
Share

Britain and Norway have agreed to operate a joint fleet of frigates to track Russian submarines in the North Atlantic, in one of the closest defence arrangements the UK has signed with a European ally.

The agreement, signed in Oslo by the two defence secretaries, will see British and Norwegian crews share ships, training and maintenance yards.

Officials in London said the pact was driven by fears that undersea cables and pipelines could be sabotaged.
""", "2025-01-05", "The Guardian", None, "Tomas Lindqvist", "Britain and Norway sign pact to hunt Russian submarines in North Atlantic")

art("k09_nyt_usa_mex.txt", """
U.S. and Mexico Reach Deal on Water Deliveries Along Rio Grande - The New York Times
U.S. and Mexico Reach Deal on Water Deliveries Along Rio Grande
The agreement eases a dispute that had strained relations between the two governments for months.
By Clara Wexley and Rodrigo Salinas
Reporting from Mexico City
Jan. 5, 2025
Updated 6:12 p.m. ET

The United States and Mexico agreed on Sunday to a new schedule for Mexican water deliveries under a treaty signed in 1944, settling a dispute that had drawn threats of tariffs from Washington.

Under the deal, Mexico will release water from reservoirs in the north of the country over the next two years, Mexican officials said.

Farmers in Texas had complained for months that they were being shortchanged.
""", "2025-01-05", "The New York Times", None, "Clara Wexley and Rodrigo Salinas", "U.S. and Mexico Reach Deal on Water Deliveries Along Rio Grande")

art("k10_wapo_usa_ind.txt", """
U.S., India sign 10-year defense framework as ministers meet in Delhi - The Washington Post
U.S., India sign 10-year defense framework as ministers meet in Delhi
Officials said the framework would speed up joint production of engines and drones.
By Daniel Pruitt
and
Meera Kulkarni
January 5, 2025 at 6:00 a.m. EST

NEW DELHI — The United States and India signed a 10-year defense framework on Sunday, committing to produce military hardware together and share more intelligence at sea.

The framework was signed by the two countries' defense chiefs after talks in the Indian capital.

"This is a relationship built for the long haul," the American official said.
""", "2025-01-05", "The Washington Post", "New Delhi", "Daniel Pruitt and Meera Kulkarni", "U.S., India sign 10-year defense framework as ministers meet in Delhi")

art("k11_cnn_chn_jpn.txt", """
China and Japan agree to resume high-level economic dialogue | CNN
By Hanako Mori and Li Jun, CNN
4 minute read
Published 1:02 AM EST, Wed January 15, 2025
Updated 3:41 AM EST, Wed January 15, 2025

Tokyo CNN — China and Japan agreed on Wednesday to restart a high-level economic dialogue that has been suspended for six years, as Asia's two largest economies look to steady ties.

Japan's foreign minister announced the decision after talks with a visiting Chinese official in Tokyo.

The dialogue brings together several ministers from each side to discuss trade, investment and supply chains.
""", "2025-01-15", "CNN", "Tokyo", "Hanako Mori and Li Jun", "China and Japan agree to resume high-level economic dialogue")

art("k12_dw_deu_pol.txt", """
Germany and Poland hold talks on border controls – DW – 03/06/2025
Europe
Germany and Poland hold talks on border controls
Karin Wendt with Reuters, AFP
03/06/2025March 6, 2025
Berlin's decision to check travelers at the border has irritated Warsaw. The interior ministers of both countries met to calm the dispute.
https://p.dw.com/p/4qXyZ

The interior ministers of Germany and Poland met in Frankfurt an der Oder on Thursday to discuss German controls at their shared border.

Poland has complained that the checks slow down trade and commuters, while Berlin says they are needed to curb irregular migration.

The two ministers agreed to set up a joint working group to report back within two months.
""", "2025-03-06", "DW", None, "Karin Wendt", "Germany and Poland hold talks on border controls")

art("k13_scmp_chn_vnm.txt", """
China and Vietnam agree to speed up cross-border rail link
The two sides agreed to finish a feasibility study for the line by the end of the year
Why you can trust SCMP
Tran Mai Anh
Published: 8:00pm, 5 Jan 2025Updated: 9:15pm, 5 Jan 2025

China and Vietnam have agreed to speed up work on a railway linking the Vietnamese port of Haiphong with the Chinese border, as Hanoi looks to Beijing for help with its infrastructure plans.

The decision was reached at talks between transport officials in Hanoi on Sunday, according to Vietnam's Ministry of Construction.

The line would use standard gauge track, allowing trains from China to run directly into northern Vietnam.
""", "2025-01-05", "South China Morning Post", None, "Tran Mai Anh", "China and Vietnam agree to speed up cross-border rail link")

art("k14_nikkei_idn_jpn.txt", """
Indonesia and Japan agree to co-develop nickel processing
Tokyo offers financing as Jakarta pushes to move up the battery supply chain
Indonesia's economy minister, right, and his Japanese counterpart shake hands in Jakarta. (Photo by Budi Santoso)
DEWI LARASATI, Nikkei staff writer
January 5, 2025 15:30 JST

JAKARTA -- Indonesia and Japan on Sunday agreed to jointly develop nickel processing plants, as Southeast Asia's largest economy seeks more foreign partners for its electric vehicle ambitions.

The agreement was signed during a visit by Japan's trade minister to Jakarta, officials from both countries said.

Japanese banks will provide loans for the first two plants, according to a statement.
""", "2025-01-05", "Nikkei Asia", "Jakarta", "Dewi Larasati", "Indonesia and Japan agree to co-develop nickel processing")

art("k15_kyodo_jpn_kor.txt", """
Japan, S. Korea agree to resume shuttle diplomacy between leaders
KYODO NEWS - Jan 18, 2026 - 18:32 | World, All

TOKYO - Japan and South Korea agreed Sunday to resume regular visits between their leaders, the Japanese government said, as the neighbors seek to keep improving ties despite disputes over history.

The agreement was reached during talks between the two countries' foreign ministers in Tokyo.

The ministers also confirmed plans to expand youth exchanges and cooperation on supply chains.

==Kyodo
""", "2026-01-18", "Kyodo", "Tokyo", None, "Japan, S. Korea agree to resume shuttle diplomacy between leaders")

art("k16_japantimes_jpn_aus.txt", """
Japan and Australia to expand joint exercises in northern Australia - The Japan Times
POLITICS
Japan and Australia to expand joint exercises in northern Australia
by Akira Tanabe
Staff writer
Feb 9, 2025
SHARE

Japan and Australia will expand joint military exercises in the north of Australia, the two countries' defense ministers said Sunday after talks in Tokyo.

The ministers agreed that Japan's Self-Defense Forces would send fighter jets to take part in air drills later this year.

The two countries signed a reciprocal access agreement in 2022 that eases the entry of troops into each other's territory.
""", "2025-02-09", "The Japan Times", None, "Akira Tanabe", "Japan and Australia to expand joint exercises in northern Australia")

art("k17_yonhap_kor_pol.txt", """
(LEAD) S. Korea, Poland agree to expand arms cooperation
All News 15:21 January 05, 2025
By Lee Min-ji

SEOUL, Jan. 5 (Yonhap) -- South Korea and Poland agreed Sunday to widen their arms cooperation beyond tanks and howitzers, the defense ministry said, as Warsaw continues to buy large amounts of Korean weapons.

The agreement came during talks between the two countries' deputy defense ministers in Seoul.

Poland signed deals worth billions of dollars for South Korean tanks, artillery and fighter jets in 2022.

(END)
""", "2025-01-05", "Yonhap", "Seoul", "Lee Min-ji", "S. Korea, Poland agree to expand arms cooperation")

art("k18_koreaherald_kor_vnm.txt", """
Korea, Vietnam agree to boost nuclear power cooperation
Published : Jan. 20, 2025 - 14:21
Updated : Jan. 20, 2025 - 15:01
By Park Seo-yeon
Link copied

South Korea and Vietnam agreed Monday to work together on nuclear power, as Hanoi considers building its first reactors, the industry ministry said.

The two sides signed a memorandum of understanding on training engineers and developing small modular reactors during talks in Seoul.

Trade between the two countries has grown rapidly over the past decade, with Korean firms among the largest investors in Vietnam.

(parksy@heraldcorp.com)
""", "2025-01-20", None, None, "Park Seo-yeon", "Korea, Vietnam agree to boost nuclear power cooperation")

art("k19_joongang_kor_cze.txt", """
Korea, Czech Republic sign deal on nuclear plant supply chain
Published: 21 Jan. 2025, 17:40
Updated: 21 Jan. 2025, 18:02
By Kang Ji-hoon [kang.jihoon@joongang.co.kr]
The industry ministers of Korea and the Czech Republic pose for a photo after signing an agreement in Seoul on Tuesday. [MINISTRY OF TRADE, INDUSTRY AND ENERGY]

Korea and the Czech Republic signed an agreement Tuesday to build a supply chain for nuclear power plant parts, as a Korean consortium prepares to build two reactors in the Central European country.

The deal was signed by the two countries' industry ministers in Seoul.

Korea Hydro & Nuclear Power was picked last year as the preferred bidder for the project.
""", "2025-01-21", None, None, "Kang Ji-hoon", "Korea, Czech Republic sign deal on nuclear plant supply chain")

art("k20_kcnawatch_prk_rus.txt", """
Kim Jong Un Receives Russian Delegation
KCNA | 2025-01-05

Pyongyang, January 5 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, received a delegation of the Russian government on Sunday.

He warmly welcomed the delegation and had a friendly talk with them.

The delegation handed over a gift to him. -0-
www.kcna.kp (Juche114.1.5.)
""", "2025-01-05", "KCNA", "Pyongyang", None, "Kim Jong Un Receives Russian Delegation")

art("k21_tass_rus_vnm.txt", """
 date 2025-01-05 Russia, Vietnam to expand oil and gas cooperation - deputy PM

Russia, Vietnam to expand oil and gas cooperation - deputy PM
The two countries also discussed the supply of Russian wheat to Vietnam
5 JAN, 18:32

MOSCOW, January 5. /TASS/. Russia and Vietnam intend to expand cooperation in oil and gas production on the Vietnamese shelf, a Russian deputy prime minister said after talks with a Vietnamese delegation in Moscow.

"Our joint ventures have worked for decades and we see room for new projects," he told reporters.

The sides also discussed deliveries of Russian grain and fertilizers to Vietnam.
""", "2025-01-05", "TASS", "Moscow", None, "Russia, Vietnam to expand oil and gas cooperation - deputy PM")

art("k22_ria_rus_tur.txt", """
 date 2025-02-11 Russia and Turkey discuss gas hub project

MOSCOW, February 11 - RIA Novosti. The energy ministers of Russia and Turkey discussed plans for a gas trading hub in Thrace during a meeting in Moscow, the Russian ministry said on Tuesday.

The ministers also talked about the construction of the Akkuyu nuclear power plant, the ministry said.

Turkey is one of the largest buyers of Russian gas.
""", "2025-02-11", "RIA Novosti", "Moscow", None, "Russia and Turkey discuss gas hub project")

art("k23_anadolu_tur_aze.txt", """
Türkiye, Azerbaijan sign agreement on new gas pipeline link
Ahmet Yıldız   |14.01.2025 - Update : 15.01.2025
ANKARA

Türkiye and Azerbaijan on Tuesday signed an agreement to build a new pipeline link carrying Azerbaijani gas to the Turkish network via Nakhchivan, the Turkish energy ministry said.

The deal was signed by the two countries' energy ministers in Ankara.

"This line will bind our two nations even more closely," the Turkish minister said at the ceremony.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.
""", "2025-01-14", "Anadolu Agency", "Ankara", "Ahmet Yıldız", "Türkiye, Azerbaijan sign agreement on new gas pipeline link")

art("k24_dailysabah_tur_egy.txt", """
Türkiye, Egypt vow to boost defense industry cooperation
DAILY SABAH WITH AA
ISTANBUL
JAN 07, 2025 - 4:11 PM GMT+3

Türkiye and Egypt have agreed to boost cooperation in the defense industry, including joint production of drones, officials said Tuesday following a meeting in Istanbul.

The meeting brought together senior officials from the defense ministries of both countries.

Ankara and Cairo restored full diplomatic ties in 2023 after a decade of tension.
""", "2025-01-07", "Daily Sabah", "Istanbul", None, "Türkiye, Egypt vow to boost defense industry cooperation")

art("k25_dawn_pak_irn.txt", """
Pakistan, Iran agree to fence more of shared border - Pakistan - DAWN.COM
Pakistan, Iran agree to fence more of shared border
Iftikhar Rana Published January 6, 2025 Updated January 6, 2025 10:15am

ISLAMABAD: Pakistan and Iran have agreed to fence more of their shared border and open two new crossing points for trade, the Foreign Office said on Sunday.

The decisions were taken at a meeting of the two countries' joint border commission held in Islamabad.

Both sides also agreed to step up intelligence sharing against militant groups operating in the border region.
""", "2025-01-06", "Dawn", "Islamabad", "Iftikhar Rana", "Pakistan, Iran agree to fence more of shared border")

art("k26_thehindu_ind_lka.txt", """
India, Sri Lanka agree to link power grids - The Hindu
India, Sri Lanka agree to link power grids
The two countries will set up a joint task force to finalise the route of an undersea cable
Updated - January 05, 2025 10:12 pm IST
Published - January 05, 2025 08:40 pm IST - NEW DELHI
Kavitha Raman
Comments
Follow Us

India and Sri Lanka on Sunday agreed to link their electricity grids through an undersea cable, officials said after talks between the two countries' energy ministers.

The two sides also discussed a pipeline to carry petroleum products from southern India to Trincomalee.

India has extended billions of dollars in credit to Sri Lanka since its economic crisis.
""", "2025-01-05", "The Hindu", "New Delhi", "Kavitha Raman", "India, Sri Lanka agree to link power grids")

art("k27_hindustantimes_ind_mdv.txt", """
India and Maldives agree to revive stalled housing projects | Latest News India - Hindustan Times
India and Maldives agree to revive stalled housing projects
By Rezaul Bhat, New Delhi
Jan 05, 2025 09:57 PM IST
Read this news in brief form

India and the Maldives on Sunday agreed to revive housing and airport projects funded by Indian credit lines, in a sign that relations are recovering after a year of strain.

The decision was taken at a meeting of a high-level core group in New Delhi, the external affairs ministry said.

Ties soured in 2024 after the Maldives asked Indian military personnel to leave the islands.

(With inputs from agencies)
""", "2025-01-05", "Hindustan Times", None, "Rezaul Bhat", "India and Maldives agree to revive stalled housing projects")

art("k28_theprint_pti_ind_npl.txt", """
India, Nepal agree to fast-track cross-border transmission lines
PTI
05 January, 2025 08:15 pm IST
Representational image | Power lines | Commons
Text Size:

New Delhi, Jan 5 (PTI) India and Nepal on Sunday agreed to fast-track the building of cross-border transmission lines, officials said after a meeting of the two countries' joint steering committee on power.

The two sides reviewed progress on a new high-capacity line and agreed to finish it next year.

Nepal already sells surplus hydropower to India during the monsoon months.

This report is auto-generated from Press Trust of India news service. ThePrint holds no responsibility for its content.
""", "2025-01-05", "PTI", "New Delhi", None, "India, Nepal agree to fast-track cross-border transmission lines")

art("k29_ani_ind_bhu.txt", """
India, Bhutan hold talks on hydropower, rail link
ANI | Updated: Jan 05, 2025 18:21 IST

Thimphu [Bhutan], January 5 (ANI): India and Bhutan on Sunday reviewed progress on hydropower projects and a planned cross-border railway, the Ministry of External Affairs said.

The talks were held in Thimphu between senior officials of the two governments.

India is Bhutan's largest trading partner and development partner.
""", "2025-01-05", "ANI", "Thimphu", None, "India, Bhutan hold talks on hydropower, rail link")

art("k30_toi_ind_bgd.txt", """
India, Bangladesh agree to resume border talks | India News - Times of India
TOI News Desk / TIMESOFINDIA.COM / Updated: Jan 5, 2025, 18:21 IST
Share
AA
Follow us

NEW DELHI: India and Bangladesh have agreed to resume talks between their border forces, the ministry of external affairs said on Sunday, after months of tension along the frontier.

The talks will be held in Dhaka next month.

Relations between the neighbours have cooled since a change of government in Dhaka last year.
""", "2025-01-05", "The Times of India", "New Delhi", None, "India, Bangladesh agree to resume border talks")

art("k31_jakartapost_idn_aus.txt", """
Indonesia, Australia agree to step up maritime patrols - Politics - The Jakarta Post
Indonesia, Australia agree to step up maritime patrols
Dian Kusuma (The Jakarta Post)
Jakarta ● Fri, January 10, 2025
Premium

Indonesia and Australia have agreed to step up joint maritime patrols to curb illegal fishing and people smuggling, officials said after talks between the two countries' foreign ministers.

The ministers also discussed plans for a new defense cooperation agreement.

Australia is one of Indonesia's most important partners in the region.
""", "2025-01-10", "The Jakarta Post", "Jakarta", "Dian Kusuma", "Indonesia, Australia agree to step up maritime patrols")

art("k32_antara_idn_mys.txt", """
Indonesia, Malaysia agree to speed up border demarcation
January 5, 2025 18:21 GMT+700

Jakarta (ANTARA) - Indonesia and Malaysia agreed to speed up the demarcation of their land border on Borneo island, the Indonesian foreign ministry said on Sunday.

The agreement was reached during a meeting of a joint commission in Jakarta.

Both sides hope to settle the remaining disputed segments within two years.

Reporter: Rizky Pratama
Editor: Hendra Wijaya
Copyright © ANTARA 2025
""", "2025-01-05", "ANTARA", "Jakarta", "Rizky Pratama", "Indonesia, Malaysia agree to speed up border demarcation")

art("k33_bernama_mys_sgp.txt", """
Malaysia, Singapore agree to fast-track special economic zone
07/01/2025 08:21 PM

PUTRAJAYA, Jan 7 (Bernama) -- Malaysia and Singapore have agreed to fast-track the setting up of a special economic zone in Johor, Prime Minister's Office said in a statement today.

The agreement was reached at the annual leaders' retreat held here.

Both countries also agreed to improve the flow of goods and people across the causeway.

-- BERNAMA
""", "2025-01-07", "Bernama", "Putrajaya", None, "Malaysia, Singapore agree to fast-track special economic zone")

art("k34_thestar_mys_tha.txt", """
Malaysia, Thailand to build new bridge at border crossing
Nation
Sunday, 05 Jan 2025
12:21 PM MYT
By ZULKIFLI HAMZAH
Related News

PUTRAJAYA: Malaysia and Thailand have agreed to build a new bridge over the Golok river to ease congestion at a busy border crossing.

The agreement was reached during talks between the two countries' works ministers here on Sunday.

Construction is expected to begin next year.
""", "2025-01-05", None, "Putrajaya", "Zulkifli Hamzah", "Malaysia, Thailand to build new bridge at border crossing")

art("k35_straitstimes_sgp_vnm.txt", """
Singapore, Vietnam agree to cooperate on undersea power cables | The Straits Times
Singapore, Vietnam agree to cooperate on undersea power cables
Sign up now: Get ST's newsletters delivered to your inbox
Nguyen Hoa
Regional Correspondent
Updated
Jan 05, 2025, 08:21 PM
Published
Jan 05, 2025, 06:00 PM

HANOI – Singapore and Vietnam have agreed to cooperate on undersea cables that would carry renewable power from Vietnam to Singapore, officials said on Jan 5.

The agreement was signed during a visit by Singapore's energy minister to Hanoi.

Singapore aims to import a large share of its electricity by 2035.
""", "2025-01-05", "The Straits Times", "Hanoi", "Nguyen Hoa", "Singapore, Vietnam agree to cooperate on undersea power cables")

art("k36_cna_sgp_mys.txt", """
Singapore and Malaysia agree on new water talks
Farah Idris
05 Jan 2025 08:21PM (Updated: 05 Jan 2025 09:15PM)

SINGAPORE: Singapore and Malaysia have agreed to hold new talks on water supply, the Ministry of Foreign Affairs said on Sunday (Jan 5).

The talks will be held at the level of senior officials over the coming months.

Singapore buys raw water from Johor under an agreement that runs until 2061.

Source: CNA/fi(ac)
""", "2025-01-05", "CNA", "Singapore", "Farah Idris", "Singapore and Malaysia agree on new water talks")

art("k37_vnexpress_vnm_lao.txt", """
Vietnam, Laos agree to speed up expressway link - VnExpress International
Vietnam, Laos agree to speed up expressway link
By Hoang Phong   January 5, 2025 | 08:21 pm GMT+7
Vietnam and Laos agreed to speed up work on an expressway linking Vientiane with a Vietnamese seaport.

The two sides reached the agreement at a meeting of their intergovernmental committee in Hanoi on Sunday.

Laos, which has no coast, relies on Vietnamese ports for much of its trade.
""", "2025-01-05", "VnExpress", None, "Hoang Phong", "Vietnam, Laos agree to speed up expressway link")

art("k38_vietnamplus_vnm_khm.txt", """
Vietnam, Cambodia boost border trade cooperation
Sunday, January 05, 2025 21:21

Phnom Penh (VNA) – Vietnam and Cambodia agreed to boost trade through border markets and build new border gates, at a meeting in Phnom Penh on January 5.

The meeting was co-chaired by the two countries' trade ministers.

Bilateral trade grew strongly last year, according to the Vietnamese side./.

VNA
""", "2025-01-05", "VNA", "Phnom Penh", None, "Vietnam, Cambodia boost border trade cooperation")

art("k39_inquirer_phl_jpn.txt", """
PH, Japan sign deal on radar systems
By: Carla Mendoza - Reporter / @CMendozaINQ
INQUIRER.net / 05:42 PM January 05, 2025

MANILA, Philippines — The Philippines and Japan on Sunday signed an agreement under which Tokyo will supply coastal radar systems to the Philippine Air Force.

The deal was signed at the Department of National Defense in Camp Aguinaldo.

Japan has stepped up security assistance to the Philippines amid tension in the South China Sea.
""", "2025-01-05", "Inquirer", "Manila", "Carla Mendoza", "PH, Japan sign deal on radar systems")

art("k40_pna_phl_vnm.txt", """
PH, Vietnam coast guards hold joint exercise
By Joseph Santos
January 5, 2025, 8:21 pm
Share

MANILA – The Philippine Coast Guard and its Vietnamese counterpart held a joint search and rescue exercise off Manila Bay on Sunday, officials said.

The exercise followed an agreement signed by the two coast guards last year.

A Vietnamese coast guard ship docked in Manila for the event. (PNA)
""", "2025-01-05", "PNA", "Manila", "Joseph Santos", "PH, Vietnam coast guards hold joint exercise")

art("k41_xinhua_chn_lao.txt", """
China, Laos hold talks on railway operations-Xinhua
China, Laos hold talks on railway operations
Source: Xinhua| 2025-01-05 21:21:30|Editor: huaxia

VIENTIANE, Jan. 5 (Xinhua) -- China and Laos held talks here on Sunday on improving the operations of their cross-border railway, officials said.

The two sides agreed to add more freight trains and speed up customs clearance at the border.

The railway opened in December 2021.
""", "2025-01-05", "Xinhua", "Vientiane", None, "China, Laos hold talks on railway operations")

art("k42_chinadaily_chn_bra.txt", """
China, Brazil pledge closer ties in green energy
By YANG XIAOWEN | chinadaily.com.cn | Updated: 2025-01-05 21:21

China and Brazil pledged on Sunday to deepen cooperation in green energy, including solar power and electric vehicles, officials said after talks in Beijing.

The two countries also agreed to expand trade in agricultural products.

China is Brazil's largest trading partner.
""", "2025-01-05", "China Daily", None, "Yang Xiaowen", "China, Brazil pledge closer ties in green energy")

art("k43_globaltimes_chn_kaz.txt", """
China, Kazakhstan agree to open new border crossing
By GT staff reporters Published: Jan 05, 2025 09:21 PM

China and Kazakhstan agreed to open a new border crossing for freight trains, officials said on Sunday after talks in Beijing.

Chinese analysts said the crossing would ease congestion on the China-Europe rail routes.

Kazakhstan is a key transit country for Chinese goods bound for Europe.
""", "2025-01-05", "Global Times", None, None, "China, Kazakhstan agree to open new border crossing")

art("k44_cgtn_chn_srb.txt", """
China, Serbia sign agreements on infrastructure
Updated 21:21, 05-Jan-2025
CGTN

China and Serbia signed agreements on infrastructure and trade on Sunday during talks in Belgrade between senior officials of the two countries.

The agreements cover roads, a metro line and a free trade arrangement.

Serbia is one of China's closest partners in Europe.
""", "2025-01-05", "CGTN", None, None, "China, Serbia sign agreements on infrastructure")

art("k45_peoplesdaily_chn_ken.txt", """
China, Kenya vow to upgrade railway cooperation
By Zhou Min (People's Daily) 09:21, January 05, 2025

China and Kenya on Sunday vowed to upgrade cooperation on the railway linking Mombasa and Nairobi, officials said after talks in Nairobi.

The two sides also discussed extending the line to the Ugandan border.

China is one of Kenya's largest creditors.
""", "2025-01-05", "People's Daily", None, "Zhou Min", "China, Kenya vow to upgrade railway cooperation")

art("k46_abc_aus_png.txt", """
Australia and PNG sign deal to build new police training college - ABC News
Australia and PNG sign deal to build new police training college
By Pacific affairs reporter Liam Costa
Topic:Foreign Affairs
Posted Sun 5 Jan 2025 at 6:12pm, updated Sun 5 Jan 2025 at 8:00pm

Australia and Papua New Guinea have signed a deal to build a new police training college in Port Moresby.

The agreement was signed by the two countries' police ministers.

Australia has promised hundreds of millions of dollars to strengthen policing in PNG.
""", "2025-01-05", "ABC News", None, "Liam Costa", "Australia and PNG sign deal to build new police training college")

art("k47_rnz_nzl_fji.txt", """
New Zealand, Fiji agree to new defence partnership
6:12 pm on 5 January 2025
Share this
Mele Tuilagi, RNZ Pacific Journalist

New Zealand and Fiji have agreed on a new defence partnership covering training and maritime surveillance.

The agreement was signed in Suva by the two countries' defence ministers.

New Zealand has long been one of Fiji's main security partners.
""", "2025-01-05", "RNZ", None, "Mele Tuilagi", "New Zealand, Fiji agree to new defence partnership")

art("k48_premiumtimes_nga_gha.txt", """
Nigeria, Ghana agree to ease trade barriers at border
January 5, 2025
Adaeze Okafor

Nigeria and Ghana have agreed to ease barriers to trade at their land borders, officials of both countries said on Sunday.

The agreement was reached during talks between the two countries' trade ministers in Abuja.

Traders have long complained of delays and illegal charges on the Lagos-Accra corridor.

Support PREMIUM TIMES' journalism of integrity and credibility
""", "2025-01-05", "Premium Times", None, "Adaeze Okafor", "Nigeria, Ghana agree to ease trade barriers at border")

art("k49_eastafrican_ken_uga.txt", """
Kenya, Uganda agree to extend oil pipeline talks
Sunday January 05 2025
Kenya and Uganda have agreed to continue talks on a pipeline to carry refined petroleum products.
By JOSEPH KARIUKI
More by this Author

Kenya and Uganda have agreed to extend talks on a pipeline that would carry refined petroleum products from the Kenyan coast to Kampala.

The agreement was reached at a meeting of energy ministers in Nairobi.

Uganda currently imports most of its fuel by road through Kenya.
""", "2025-01-05", None, None, "Joseph Kariuki", "Kenya, Uganda agree to extend oil pipeline talks")

art("k50_nation_ken_som.txt", """
Kenya, Somalia agree to reopen border crossings
Wanjiru Mwangi
Senior Reporter
Nation Media Group
January 05, 2025

Kenya and Somalia have agreed to reopen their shared border crossings in phases, the interior ministry said on Sunday.

The decision followed talks between security officials of the two countries in Nairobi.

The border has been officially closed since 2011 because of attacks by militants.
""", "2025-01-05", "Daily Nation", None, "Wanjiru Mwangi", "Kenya, Somalia agree to reopen border crossings")

art("k51_africanews_eth_som.txt", """
 date 2025-01-05 Ethiopia and Somalia restore full diplomatic ties

Ethiopia and Somalia restore full diplomatic ties
Africanews
with AFP
Last updated: 05/01 - 18:21

Ethiopia and Somalia have restored full diplomatic ties, a year after a row over a port deal with the breakaway region of Somaliland.

The two governments announced the move after talks in Addis Ababa.

Turkey helped mediate between the two neighbours.
""", "2025-01-05", "Africanews", None, None, "Ethiopia and Somalia restore full diplomatic ties")

art("k52_mehr_irn_irq.txt", """
Iran, Iraq agree to extend gas deal
Jan 5, 2025, 9:21 PM
News ID: 3712345

TEHRAN, Jan. 05 (MNA) – Iran and Iraq have agreed to extend a deal for Iranian gas exports to Iraq, the Iranian oil minister said on Sunday.

The minister made the remarks after meeting his Iraqi counterpart in Tehran.

Iraq relies on Iranian gas for a large part of its electricity.
""", "2025-01-05", "Mehr News Agency", "Tehran", None, "Iran, Iraq agree to extend gas deal")

art("k53_irna_irn_rus.txt", """
Iran, Russia discuss North-South transport corridor
January 5, 2025, 9:21 PM
News ID: 85712345

Tehran, IRNA - Iran and Russia discussed progress on the North-South transport corridor in a meeting between the two countries' transport ministers in Tehran on Sunday.

The ministers focused on the Rasht-Astara railway, the missing link in the corridor.

Russia has agreed to lend Iran money to build the line.
""", "2025-01-05", "IRNA", "Tehran", None, "Iran, Russia discuss North-South transport corridor")

art("k54_arabnews_sau_egy.txt", """
Saudi Arabia, Egypt sign investment protection deal
Updated 05 January 2025
ARAB NEWS
January 05, 202521:21

RIYADH: Saudi Arabia and Egypt signed an agreement on Sunday to protect investments, the Saudi Press Agency reported.

The agreement was signed in Riyadh by the two countries' investment ministers.

Saudi Arabia is one of the largest investors in Egypt.
""", "2025-01-05", "Arab News", "Riyadh", None, "Saudi Arabia, Egypt sign investment protection deal")

art("k55_thenational_are_ind.txt", """
UAE and India sign deal on food corridor | The National
UAE and India sign deal on food corridor
Salma Rahimi
Jan 05, 2025

The UAE and India have signed an agreement to build a food corridor that would bring Indian produce to the Gulf.

The deal was signed in Abu Dhabi by the two countries' trade ministers.

The two countries signed a comprehensive economic partnership agreement in 2022.
""", "2025-01-05", "The National", None, "Salma Rahimi", "UAE and India sign deal on food corridor")

art("k56_timesofisrael_isr_cyp.txt", """
Israel, Cyprus agree to speed up gas field talks
By ToI Staff
5 January 2025, 9:21 pm

Israel and Cyprus have agreed to speed up talks on developing a gas field that straddles their maritime border, the Energy Ministry said Sunday.

The agreement was reached during a visit by the Cypriot energy minister to Jerusalem.

The two countries have been negotiating over the field for more than a decade.

Agencies contributed to this report.
""", "2025-01-05", "The Times of Israel", None, None, "Israel, Cyprus agree to speed up gas field talks")

art("k57_kyivindependent_ukr_pol.txt", """
Ukraine, Poland agree to resolve dispute over exhumations
by The Kyiv Independent news desk
January 5, 2025 9:21 PM 2 min read

Ukraine and Poland have agreed to allow exhumations of victims of World War II-era massacres, resolving a long-running dispute between the neighbors, Poland's foreign minister said on Jan. 5.

The announcement came after talks between the two countries' foreign ministers in Warsaw.

Poland had made the issue a condition for supporting Ukraine's bid to join the European Union.
""", "2025-01-05", "Kyiv Independent", None, None, "Ukraine, Poland agree to resolve dispute over exhumations")

art("k58_ukrinform_ukr_mda.txt", """
Ukraine, Moldova agree to build new bridge over Dniester
05.01.2025 21:21

Ukraine and Moldova have agreed to build a new bridge over the Dniester river, an Ukrinform correspondent reports.

The agreement was reached at talks between the two countries' prime ministers in Chisinau.

The bridge will ease freight traffic between the two countries.
""", "2025-01-05", "Ukrinform", None, None, "Ukraine, Moldova agree to build new bridge over Dniester")

art("k59_euronews_grc_tur.txt", """
Greece and Türkiye hold talks on confidence-building measures | Euronews
Greece and Türkiye hold talks on confidence-building measures
By Eleni Papadaki
Published on 14/01/2025 - 21:21 GMT+1•Updated 22:02

Greece and Türkiye held a new round of talks on confidence-building measures in Athens on Tuesday, as the two NATO allies try to keep tensions low in the Aegean.

Officials from both foreign ministries took part in the talks.

The two countries have held several rounds of such talks since 2023.
""", "2025-01-14", "Euronews", None, "Eleni Papadaki", "Greece and Türkiye hold talks on confidence-building measures")

art("k60_batimes_arg_chl.txt", """
Argentina and Chile agree to reopen border pass - Buenos Aires Times
Argentina and Chile agree to reopen border pass
The two countries will also work on a plan to share data on glaciers.
BY MARTINA GÓMEZ
14-01-2025 10:21

Argentina and Chile have agreed to reopen a mountain pass on their shared border after repairs, officials of both countries said.

The decision was taken at a meeting of the binational commission in Mendoza.

The pass is one of the main trade routes between the two countries.
""", "2025-01-14", "Buenos Aires Times", None, "Martina Gómez", "Argentina and Chile agree to reopen border pass")

art("k61_mercopress_arg_gbr.txt", """
MercoPress. South Atlantic News Agency
Argentina and UK agree to resume flights to Falklands
Sunday, January 5th 2025 - 21:21 UTC
Full article 5 comments

Argentina and the United Kingdom have agreed to resume weekly flights between the Falkland Islands and the Argentine mainland, officials said.

The agreement was reached during talks in London between senior officials of both countries.

The flights were suspended during the pandemic.
""", "2025-01-05", "MercoPress", None, None, "Argentina and UK agree to resume flights to Falklands")

art("k62_efe_esp_mar.txt", """
 date 2025-01-05 Spain and Morocco agree to reopen customs posts in Ceuta and Melilla

Madrid, Jan 5 (EFE).- Spain and Morocco agreed on Sunday to reopen the customs posts at the borders of Ceuta and Melilla, the Spanish government said.

The decision was taken at a meeting of senior officials of both countries in Madrid.

The customs posts have been closed since 2019.
""", "2025-01-05", "EFE", "Madrid", None, "Spain and Morocco agree to reopen customs posts in Ceuta and Melilla")

art("k63_prensalatina_cub_vnm.txt", """
 date 2025-01-05 Cuba and Vietnam sign agreements on rice production

Havana, Jan 5 (Prensa Latina) Cuba and Vietnam signed agreements on rice production and food security on Sunday, during a meeting of their intergovernmental commission in Havana.

The agreements provide for Vietnamese technical assistance to Cuban farmers.

Vietnam is one of Cuba's main trading partners in Asia.
""", "2025-01-05", "Prensa Latina", "Havana", None, "Cuba and Vietnam sign agreements on rice production")

art("k64_tehrantimes_irn_pak.txt", """
Iran, Pakistan agree to boost barter trade - Tehran Times
Iran, Pakistan agree to boost barter trade
January 5, 2025 - 21:21

TEHRAN – Iran and Pakistan have agreed to boost barter trade along their shared border, the Iranian trade ministry said on Sunday.

The agreement was reached at a meeting of the joint trade committee in Tehran.

The two countries aim to raise bilateral trade to $10 billion.
""", "2025-01-05", "Tehran Times", "Tehran", None, "Iran, Pakistan agree to boost barter trade")

art("k65_bbc_old_gbr_fra.txt", """
UK and France agree new deal on Channel patrols
Published
14 March 2025
Share
close panel
Image caption,
French police patrol a beach near Calais
By Daniel Hargreaves
Political reporter

The UK and France have agreed a new deal on patrols of beaches in northern France, the Home Office has said.

Under the agreement, the UK will fund more French officers and drones.

The deal was agreed at a meeting of the two countries' interior ministers in London.
""", "2025-03-14", None, None, "Daniel Hargreaves", "UK and France agree new deal on Channel patrols")


# ---- second batch (k66–k80), written after the first fixes and run once before any further change ----

art("k66_bloomberg_usa_vnm.txt", """
US and Vietnam Agree to Talks on Chip Supply Chains
By Nguyen Lan and Peter Hale
January 5, 2025 at 3:00 AM GMT+8
Save
Updated on January 5, 2025 at 5:10 AM GMT+8
Gift this article

The US and Vietnam agreed to start talks on securing supply chains for semiconductors, as Hanoi seeks more investment from American chipmakers.

Officials from both governments met in Hanoi on Sunday, according to people familiar with the matter.

Vietnam already hosts large factories run by US firms.
""", "2025-01-05", None, None, "Nguyen Lan and Peter Hale", "US and Vietnam Agree to Talks on Chip Supply Chains")

art("k67_politico_fra_deu.txt", """
France and Germany patch up defense rift ahead of summit – POLITICO
France and Germany patch up defense rift ahead of summit
Paris and Berlin agreed to revive a stalled fighter jet project.
By CLAIRE DUBOIS
and HANS MÜLLER
January 5, 2025 4:00 am CET

PARIS — France and Germany agreed on Sunday to revive talks on a joint fighter jet, easing a dispute that had held up the project for months.

The decision followed a meeting of the two defense ministers in Paris.

Industry officials had warned the project could collapse without a deal.
""", "2025-01-05", "Politico", "Paris", "Claire Dubois and Hans Müller", "France and Germany patch up defense rift ahead of summit")

art("k68_asahi_jpn_kor.txt", """
Japan, South Korea to restart finance dialogue
By TARO KIMURA/ Staff Writer
January 5, 2025 at 18:32 JST
Photo/Illutration The finance ministers of Japan and South Korea shake hands in Tokyo on Jan. 5. (Pool)

Japan and South Korea will restart their regular finance dialogue, the two countries' finance ministers said in Tokyo on Jan. 5.

The dialogue was suspended in 2016 amid a dispute over history.

The ministers also agreed to cooperate on foreign exchange markets.
""", "2025-01-05", None, None, "Taro Kimura", "Japan, South Korea to restart finance dialogue")

art("k69_focustaiwan_twn_phl.txt", """
Taiwan, Philippines sign agreement on fisheries cooperation - Focus Taiwan
01/05/2025 08:21 PM

Taipei, Jan. 5 (CNA) Taiwan and the Philippines signed an agreement on fisheries cooperation on Sunday, the Ministry of Foreign Affairs said.

The agreement sets up a mechanism to handle incidents involving fishing boats in overlapping waters.

(By Lin Yu-hsuan)
Enditem/ls
""", "2025-01-05", "Focus Taiwan", "Taipei", "Lin Yu-hsuan", "Taiwan, Philippines sign agreement on fisheries cooperation")

art("k70_bangkokpost_tha_khm.txt", """
Thailand, Cambodia agree to reopen border checkpoints
PUBLISHED : 5 Jan 2025 at 18:21
NEWSPAPER SECTION: NEWS
WRITER: Somchai Boonmee

Thailand and Cambodia have agreed to reopen two border checkpoints closed for repairs, the Foreign Ministry said on Sunday.

The decision was taken at a meeting of the joint border committee in Bangkok.

Traders on both sides had urged the governments to reopen the crossings.
""", "2025-01-05", None, None, "Somchai Boonmee", "Thailand, Cambodia agree to reopen border checkpoints")

art("k71_philstar_phl_aus.txt", """
Philippines, Australia expand joint sails in West Philippine Sea
Maria Reyes - The Philippine Star
January 5, 2025 | 12:00am

MANILA, Philippines — The Philippines and Australia will expand their joint maritime patrols in the West Philippine Sea this year, defense officials said yesterday.

The plan was agreed during talks between the two countries' defense chiefs in Manila.

Australia is one of only two countries with a visiting forces agreement with the Philippines.
""", "2025-01-05", "The Philippine Star", "Manila", "Maria Reyes", "Philippines, Australia expand joint sails in West Philippine Sea")

art("k72_gulfnews_are_egy.txt", """
UAE, Egypt sign deal on new port zone
Agreement covers logistics and industry on the Red Sea coast
Last updated: January 05, 2025 | 21:21
2 MIN READ
Gulf News Report

Dubai: The UAE and Egypt signed an agreement on Sunday to develop a logistics and industrial zone at a Red Sea port.

The deal was signed in Cairo by officials of the two governments.

The UAE is one of the largest foreign investors in Egypt.
""", "2025-01-05", "Gulf News", "Dubai", None, "UAE, Egypt sign deal on new port zone")

art("k73_interfax_rus_kaz.txt", """
 date 2025-01-05 Russia, Kazakhstan agree on new gas transit terms

MOSCOW. Jan 5 (Interfax) - Russia and Kazakhstan have agreed on new terms for the transit of Russian gas to Uzbekistan through Kazakh territory, the Russian energy ministry said on Sunday.

The agreement was reached at talks in Moscow.

Transit volumes are expected to grow this year.
""", "2025-01-05", "Interfax", "Moscow", None, "Russia, Kazakhstan agree on new gas transit terms")

art("k74_azertac_aze_geo.txt", """
Azerbaijan, Georgia discuss new railway link
05.01.2025 [21:21]
Baku, January 5, AZERTAC

Azerbaijan and Georgia discussed plans for a new railway link during talks in Baku, the Azerbaijani foreign ministry said.

The two sides also discussed energy cooperation.

AZERTAC
""", "2025-01-05", "AzerTac", "Baku", None, "Azerbaijan, Georgia discuss new railway link")

art("k75_kathmandupost_npl_ind.txt", """
Nepal, India agree to speed up cross-border pipeline
Anil Giri
Published at : January 5, 2025
Updated at : January 5, 2025 20:21
Kathmandu

Nepal and India have agreed to speed up work on a second cross-border petroleum pipeline, officials said on Sunday.

The agreement was reached at a meeting of the oversight mechanism in Kathmandu.

Nepal imports all its petroleum products from India.
""", "2025-01-05", None, "Kathmandu", "Anil Giri", "Nepal, India agree to speed up cross-border pipeline")

art("k76_dailystar_bgd_ind.txt", """
Dhaka, Delhi agree to renew Ganges water treaty talks
Diplomatic Correspondent
Sun Jan 5, 2025 08:21 PM
Last update on: Sun Jan 5, 2025 09:00 PM

Bangladesh and India have agreed to begin talks on renewing the Ganges water sharing treaty, which expires next year.

The decision came at a meeting of foreign secretaries in Dhaka.

The treaty was signed in 1996.
""", "2025-01-05", None, None, None, "Dhaka, Delhi agree to renew Ganges water treaty talks")

art("k77_tuoitre_vnm_kor.txt", """
Vietnam, South Korea to boost nuclear power training
TUOI TRE NEWS
UPDATED : 01/05/2025 20:21 GMT + 7

Vietnam and South Korea have agreed to work together on training nuclear engineers, the Ministry of Industry and Trade said on Sunday.

The agreement was signed in Hanoi.

Vietnam plans to restart its nuclear power program.
""", "2025-01-05", "Tuoi Tre", None, None, "Vietnam, South Korea to boost nuclear power training")

art("k78_ahram_egy_sdn.txt", """
Egypt, Sudan agree to coordinate on Nile dam talks
Ahram Online , Sunday 5 Jan 2025

Egypt and Sudan agreed on Sunday to coordinate their positions in talks over Ethiopia's dam on the Blue Nile, the Egyptian foreign ministry said.

The agreement came during a visit by Sudan's foreign minister to Cairo.

Both countries depend heavily on the waters of the Nile.
""", "2025-01-05", "Ahram Online", None, None, "Egypt, Sudan agree to coordinate on Nile dam talks")

art("k79_kazinform_kaz_uzb.txt", """
Kazakhstan, Uzbekistan agree to build new border trade center
5 January 2025 18:21

ASTANA. KAZINFORM – Kazakhstan and Uzbekistan have agreed to build a new trade center on their shared border, the Kazakh trade ministry said.

The agreement was reached during talks in Astana.

Trade between the two countries has grown quickly in recent years.
""", "2025-01-05", "Kazinform", "Astana", None, "Kazakhstan, Uzbekistan agree to build new border trade center")

art("k80_mee_tur_syr.txt", """
Turkey and Syria agree to reopen border crossings
Turkish and Syrian officials met in Ankara to discuss trade
Selim Kaya
Istanbul
5 January 2025 18:21 GMT

Turkey and Syria have agreed to reopen two border crossings for trade, officials said on Sunday.

The agreement was reached during talks in Ankara between senior officials of both countries.

The crossings have been closed for most of the past decade.
""", "2025-01-05", None, "Istanbul", "Selim Kaya", "Turkey and Syria agree to reopen border crossings")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, "corpus"), exist_ok=True)
    os.makedirs(os.path.join(here, "gold"), exist_ok=True)
    seen = set()
    for file, text, doc in A:
        assert file not in seen, file
        seen.add(file)
        if doc["title"]:
            assert doc["title"] in text, (file, "title not in text")
        if doc["byline"]:
            first = doc["byline"].split(" and ")[0].split()[0]
            assert first.lower() in text.lower(), (file, "byline not in text")
        with open(os.path.join(here, "corpus", file), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(here, "gold", file + ".json"), "w", encoding="utf-8") as f:
            # Document fields only: the lists are left out, so eval does not score them.
            json.dump({"file": file, "document": doc}, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"{len(A)} articles written")

if __name__ == "__main__":
    main()
