from ann_helpers import D, P, E, Q, PR, F

# Mediation, ultimatums and summitry in the week of 21-27 August 2023: Xi's state visit to Pretoria on the eve of
# the BRICS summit, the Seoul-Washington-Tokyo reply to North Korea's failed satellite launch a week after Camp David,
# Modi's first visit of an Indian prime minister to Athens in four decades.
# s01: Daily Maverick, Wednesday 23 August 2023
XI, RAMAPHOSA, WANG = "Xi Jinping", "Cyril Ramaphosa", "Wang Wentao"
# s02: The Chosun Ilbo, Friday 25 August 2023
PARK, BLINKEN, HAYASHI, YOON, KISHIDA, BIDEN = ("Park Jin", "Antony Blinken", "Yoshimasa Hayashi", "Yoon Suk Yeol",
                                                "Fumio Kishida", "Joe Biden")
# s03: The Times of India, Saturday 26 August 2023
MODI, GANDHI, GERAPETRITIS, SAKELLAROPOULOU, MITSOTAKIS, KWATRA = (
    "Narendra Modi", "Indira Gandhi", "George Gerapetritis", "Katerina Sakellaropoulou", "Kyriakos Mitsotakis",
    "Vinay Kwatra")

ANN = {
"s01_dailymaverick_chn_zaf.txt": {
    "document": D("2023-08-23", "Daily Maverick", None, "Thandeka Mokoena",
                  "Xi and Ramaphosa sign a sheaf of deals in Pretoria as state visit opens BRICS week"),
    "people": [
        P(XI, "CHN", "President"),
        P(RAMAPHOSA, "ZAF", "President"),
        P(WANG, "CHN", "Commerce Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2023-08-22", [XI], [RAMAPHOSA, "ZAF"], "Pretoria",
          "Chinese President Xi Jinping was greeted with a 21-gun salute at the Union Buildings on Tuesday morning and then spent close to two hours in talks with President Cyril Ramaphosa"),
        E(["SUPPORT"], [], "2023-08-22", [XI, RAMAPHOSA, "CHN", "ZAF"], [], "Pretoria",
          "Afterwards the two presidents watched their ministers sign 11 agreements"),
        E(["AID", "AGREE"], [], "2023-08-22", ["CHN"], ["ZAF"], "Pretoria",
          "a Chinese grant of emergency generators, inverters and solar equipment worth R166-million"),
        E(["AGREE"], [], "2023-08-22", [XI, RAMAPHOSA], [], None,
          "The two leaders also agreed to co-chair a China-Africa leaders' dialogue on Thursday"),
        E(["CONSULT"], ["visit"], "2013", [XI], ["ZAF"], None,
          "his fourth trip to South Africa as head of state, after 2013, 2015 and 2018"),
        E(["CONSULT"], ["visit"], "2015", [XI], ["ZAF"], None,
          "his fourth trip to South Africa as head of state, after 2013, 2015 and 2018"),
        E(["CONSULT"], ["visit"], "2018", [XI], ["ZAF"], None,
          "his fourth trip to South Africa as head of state, after 2013, 2015 and 2018"),
        E(["SUPPORT"], [], "1998-01-01", ["ZAF", "CHN"], [], None,
          "Relations between Pretoria and Beijing were established on 1 January 1998, when South Africa switched recognition from Taipei"),
        E(["SUPPORT"], [], "2010", ["ZAF", "CHN"], [], None,
          "raised to a comprehensive strategic partnership in 2010"),
        E(["CONSULT"], ["visit"], "2018-09", [RAMAPHOSA], ["CHN"], "Beijing",
          "Ramaphosa paid a state visit to Beijing in September 2018"),
    ],
    "quotes": [
        Q(XI, "China and South Africa are good brothers who share weal and woe. Our cooperation is not a favour granted by one to the other but a gain for both,"),
        Q(RAMAPHOSA, "China is our largest trading partner, and we value that. But we cannot keep shipping out ore and buying back finished goods. We want Chinese firms to build factories here and employ South Africans,"),
    ],
    "proposals": [
        PR(XI, 1, "to connect the Belt and Road Initiative more closely with South Africa's economic reconstruction and recovery plan"),
        PR(XI, 2, "to widen trade in both directions, with China opening its market further to South African citrus, wine and beef"),
        PR(XI, 3, "to work side by side in BRICS and the G20 for a greater voice for developing countries"),
    ],
    "figures": [
        F("agreements signed during Xi's state visit", 11, "agreements", "2023-08-22", "exact"),
        F("Chinese grant of emergency power equipment for Eskom", 166000000, "ZAR", "2023-08", "exact"),
        F("China-South Africa two-way trade", 56000000000, "USD", "2022", "about"),
        F("South Africa's trade deficit with China", 10000000000, "USD", "2022", "about"),
    ],
},
"s02_chosun_kor_usa.txt": {
    "document": D("2023-08-25", "The Chosun Ilbo", None, None,
                  "Seoul, Washington and Tokyo Condemn N.Korea's Second Failed Satellite Launch"),
    "people": [
        P(PARK, "KOR", "Foreign Minister"),
        P(BLINKEN, "USA", "Secretary of State"),
        P(HAYASHI, "JPN", "Foreign Minister"),
        P(YOON, "KOR", "President"),
        P(KISHIDA, "JPN", "Prime Minister"),
        P(BIDEN, "USA", "President"),
    ],
    "events": [
        E(["MOBILIZE"], ["weapons"], "2023-08-24", ["PRK"], [], None,
          "North Korea fired a rocket carrying what it called a military reconnaissance satellite at around 3:50 a.m. on Thursday"),
        E(["MOBILIZE"], ["weapons"], "2023-05-31", ["PRK"], [], "Yellow Sea",
          "a first attempt on May 31 ended with the rocket falling into the Yellow Sea"),
        E(["COOPERATE"], [], "2023-08-21", ["KOR", "USA"], [], None,
          "Ulchi Freedom Shield, the summertime exercise that South Korean and U.S. forces began on Monday"),
        E(["ACCUSE", "THREATEN"], ["disapprove"], "2023-08-22", ["PRK"], ["KOR", "USA"], None,
          "Pyongyang's official Korean Central News Agency on Tuesday called the exercise a rehearsal for an invasion and warned of consequences"),
        E(["CONSULT"], ["phone"], "2023-08-24", [PARK, BLINKEN, HAYASHI], [], None,
          "Foreign Minister Park Jin held a three-way phone call with U.S. Secretary of State Antony Blinken and Japanese Foreign Minister Yoshimasa Hayashi on Thursday afternoon"),
        E(["AGREE"], [], "2023-08-24", [PARK, BLINKEN, HAYASHI], [], None,
          "The ministers agreed to ask for a meeting of the UN Security Council and to share missile warning data in real time"),
        E(["ACCUSE"], ["disapprove"], "2023-08-24", ["KOR"], ["PRK"], None,
          "The Joint Chiefs of Staff said in a separate statement that it strongly condemned the launch"),
        E(["CONSULT"], ["visit"], "2023-08-18", [YOON, KISHIDA], [BIDEN, "USA"], "Camp David",
          "President Yoon Suk Yeol and Prime Minister Fumio Kishida met U.S. President Joe Biden at the presidential retreat in Maryland"),
        E(["SUPPORT", "AGREE"], [], "2023-08-18", [YOON, KISHIDA, BIDEN], [], "Camp David",
          "There the leaders adopted the Camp David Principles and a commitment to consult one another promptly in a crisis, and agreed to hold trilateral exercises every year"),
    ],
    "quotes": [
        Q(PARK, "Every launch that uses ballistic missile technology is a violation of the Security Council resolutions, whether the North calls it a satellite or not. We will answer it together,"),
        Q(YOON, "Camp David gave us the framework. A night like this one shows why we needed it,"),
        Q(BLINKEN, "ironclad."),
    ],
    "proposals": [],
    "figures": [
        F("large field training events in Ulchi Freedom Shield", 38, "field training events", "2023", "exact"),
        F("American troops stationed in South Korea", 28500, "people", None, "about"),
    ],
},
"s03_toi_ind_grc.txt": {
    "document": D("2023-08-26", "The Times of India", "Athens", "Rohit Deshmukh",
                  "India, Greece lift ties to strategic partnership, set goal of doubling trade by 2030"),
    "people": [
        P(MODI, "IND", "Prime Minister"),
        P(GANDHI, "IND"),
        P(GERAPETRITIS, "GRC", "Foreign Minister"),
        P(SAKELLAROPOULOU, "GRC", "President"),
        P(MITSOTAKIS, "GRC", "Prime Minister"),
        P(KWATRA, "IND", "foreign secretary"),
    ],
    "events": [
        E(["SUPPORT"], [], "2023-08-25", [MODI, MITSOTAKIS, "IND", "GRC"], [], "Athens",
          "India and Greece on Friday decided to raise their relationship to a strategic partnership"),
        E(["CONSULT"], ["visit"], "2023-08-25", [MODI], [MITSOTAKIS, "GRC"], "Athens",
          "Talks with Prime Minister Kyriakos Mitsotakis at the Maximos Mansion"),
        E(["CONSULT"], ["visit"], "2023-08-25", [MODI], [SAKELLAROPOULOU, "GRC"], "Athens",
          "He then called on President Katerina Sakellaropoulou"),
        E(["SUPPORT"], [], "2023-08-25", [SAKELLAROPOULOU, "GRC"], [MODI], "Athens",
          "who conferred on him the Grand Cross of the Order of Honour"),
        E(["AGREE"], [], "2023-08-25", [MODI, MITSOTAKIS, "IND", "GRC"], [], "Athens",
          "The two leaders agreed to double bilateral trade by 2030 and instructed their officials to finish negotiations on a migration and mobility agreement within the year"),
        E(["AGREE"], [], "2023-08-25", [MITSOTAKIS], [MODI, "IND"], "Athens",
          "Modi invited Mitsotakis to visit India, and the Greek premier accepted"),
        E(["CONSULT"], ["visit"], "1983", [GANDHI], ["GRC"], "Athens",
          "Indira Gandhi was the last to do so, in 1983"),
    ],
    "quotes": [
        Q(MODI, "Greece can be India's gateway to Europe, and India can be Greece's gateway to the Indo-Pacific. Our two civilisations have spoken to each other for more than two thousand years, and today we are giving that conversation a modern shape,"),
        Q(MITSOTAKIS, "Greek owners run one of the largest merchant fleets in the world, and many of the officers on those ships are Indian. We want Indian companies in our ports, our railways and our pharmaceutical plants,"),
    ],
    "proposals": [],
    "figures": [
        F("India-Greece two-way trade", 2000000000, "USD", "2022", "under"),
        F("Indian tourists visiting Greece", 40000, "people", "2022", "about"),
        F("Indian community living in Greece", 15000, "people", None, "about"),
    ],
},
}
