from ann_helpers import D, P, E, Q, PR, F

# Economic statecraft in the week of 7-13 April 2025: relief shipments after an earthquake, a central-bank swap
# line kept open, and a grant signed after a debt restructuring.
# s07: The Global New Light of Myanmar, Friday 11 April 2025 (YANGON, 10 April dateline)
THAKUR, SOETHEIN, THANSWE, MODI, MAH = ("Abhay Thakur", "Soe Thein", "Than Swe", "Narendra Modi",
                                       "Min Aung Hlaing")
# s08: Caixin Global, Friday 11 April 2025
CAPUTO, FERNANDEZ, CLAVER, LINJIAN, MILEI, BESSENT, XI = ("Luis Caputo", "Alberto Fernández",
                                                          "Mauricio Claver-Carone", "Lin Jian", "Javier Milei",
                                                          "Scott Bessent", "Xi Jinping")
# s09: Daily FT, Wednesday 9 April 2025
SIRIWARDANA, ISOMATA, SURIYAPPERUMA, HERATH, AKD = ("Mahinda Siriwardana", "Akio Isomata", "Harshana Suriyapperuma",
                                                   "Vijitha Herath", "Anura Kumara Dissanayake")

ANN = {
"s07_gnlm_mmr_ind.txt": {
    "document": D("2025-04-11", "The Global New Light of Myanmar", "Yangon", None,
                  "India hands over further relief supplies for earthquake-hit regions"),
    "people": [
        P(THAKUR, "IND", "Ambassador"),
        P(SOETHEIN, "MMR", "Yangon Region Chief Minister"),
        P(THANSWE, "MMR", "Union Minister for Foreign Affairs"),
        P(MODI, "IND", "Prime Minister"),
        P(MAH, "MMR", "Chairman of the State Administration Council", "Prime Minister", "Senior General"),
    ],
    "events": [
        E(["AID"], [], "2025-04-10", [THAKUR, "IND"], [SOETHEIN, "MMR"], "Yangon",
          "handed over the supplies, including about 300 tonnes of rice, 30 tonnes of cooking oil, medicines and prefabricated shelter kits, to Yangon Region Chief Minister U Soe Thein"),
        E(["CONSULT"], ["visit"], "2025-04-10", [THAKUR], [THANSWE, "MMR"], "Yangon",
          "the ambassador called on Union Minister for Foreign Affairs U Than Swe at the Yangon office of the ministry"),
        E(["AGREE", "AID"], [], "2025-04-10", [THAKUR, "IND"], [THANSWE, "MMR"], "Yangon",
          "India would provide prefabricated classrooms for 50 schools in Sagaing and Mandalay regions"),
        E(["CONSULT"], ["phone"], "2025-03-28", [MODI, MAH], [], None,
          "Indian Prime Minister Mr Narendra Modi spoke by telephone with Chairman of the State Administration Council"),
        E(["AID"], [], "2025-03-29", ["IND"], ["MMR"], "Yangon",
          "The first Indian relief flight, carrying 15 tonnes of supplies, landed in Yangon the next morning"),
        E(["CONSULT"], ["multilateral"], "2025-04-04", [MAH, MODI], [], "Bangkok",
          "The Senior General met Mr Narendra Modi in Bangkok on 4 April on the sidelines of the Sixth BIMSTEC Summit"),
    ],
    "quotes": [
        Q(THAKUR, "India will stand with the people of Myanmar not only in the first days after the disaster but through the long work of rebuilding,"),
        Q(SOETHEIN, "Our neighbour came to us before the dust had settled. The people of Mandalay and Sagaing will not forget it,"),
    ],
    "proposals": [],
    "figures": [
        F("rice in the Indian consignment", 300, "tonnes", "2025-04-10", "about"),
        F("cooking oil in the Indian consignment", 30, "tonnes", "2025-04-10", "exact"),
        F("schools to receive prefabricated classrooms from India", 50, "schools", "2025-04-10", "exact"),
        F("people killed by the earthquake", 3600, "people", None, "over"),
        F("people injured by the earthquake", 5000, "people", None, "over"),
        F("supplies on the first Indian relief flight", 15, "tonnes", "2025-03-29", "exact"),
        F("members of the Indian Army field hospital in Mandalay", 118, "people", None, "exact"),
        F("Indian relief materials delivered to Myanmar", 750, "tonnes", None, "over"),
    ],
},
"s08_caixin_arg_chn.txt": {
    "document": D("2025-04-11", "Caixin Global", None, "Zhou Yiming",
                  "Argentina Keeps $5 Billion Chinese Swap Line for Another Year"),
    "people": [
        P(CAPUTO, "ARG", "Economy Minister"),
        P(FERNANDEZ, "ARG", "former President"),
        P(CLAVER, "USA", "special envoy for Latin America"),
        P(LINJIAN, "CHN", "Foreign Ministry spokesperson"),
        P(MILEI, "ARG", "President"),
        P(BESSENT, "USA", "Treasury Secretary"),
        P(XI, "CHN", "President"),
    ],
    "events": [
        E(["AID", "COOPERATE"], [], "2025-04-10", ["CHN"], ["ARG"], None,
          "said Thursday that the two central banks had agreed to keep the 35 billion yuan ($4.8 billion) tranche available until mid-2026"),
        E(["AID", "COOPERATE"], [], "2024-06", ["CHN"], ["ARG"], None,
          "Under an extension agreed in June 2024"),
        E(["COOPERATE", "SUPPORT"], [], "2009", ["CHN"], ["ARG"], None,
          "a wider swap line worth 130 billion yuan that the two central banks first set up in 2009"),
        E(["AID"], [], "2023", ["CHN"], ["ARG"], None,
          "Buenos Aires drew on it in 2023, under former President Alberto Fernández"),
        E(["ACCUSE"], ["allege"], "2025-04", [CLAVER, "USA"], ["CHN"], None,
          "described the swap as a form of extortion by Beijing earlier this week"),
        E(["REJECT", "ACCUSE"], [], "2025-04-08", [LINJIAN, "CHN"], ["USA", CLAVER], None,
          "Lin Jian rejected the remarks at a regular press briefing on Tuesday"),
        E(["CONSULT"], ["multilateral"], "2024-11", [MILEI, XI], [], "Rio de Janeiro",
          "He met Chinese President Xi Jinping in Rio de Janeiro in November, when both attended the G20 summit"),
    ],
    "quotes": [
        Q(CAPUTO, "This gives the central bank room to finish the move to a consistent and sustainable exchange-rate regime without putting pressure on reserves,"),
        Q(LINJIAN, "The swap is normal financial cooperation between two central banks and it serves the interests of both countries. We hope the U.S. side will do more to support the development of Latin American countries, rather than smear others,"),
    ],
    "proposals": [],
    "figures": [
        F("activated tranche of the China-Argentina swap", 35000000000, "CNY", None, "exact"),
        F("activated tranche of the swap in dollars", 4800000000, "USD", None, "about"),
        F("China-Argentina swap line", 130000000000, "CNY", None, "exact"),
        F("new IMF program for Argentina", 20000000000, "USD", None, "exact"),
        F("Argentina-China bilateral trade", 14000000000, "USD", "2024", "about"),
    ],
},
"s09_dailyft_lka_jpn.txt": {
    "document": D("2025-04-09", "Daily FT", None, None,
                  "Japan extends Rs. 3.2 b grant for SME and fisheries equipment as Tokyo steps up support after debt deal"),
    "people": [
        P(SIRIWARDANA, "LKA", "Secretary to the Ministry of Finance, Planning and Economic Development"),
        P(ISOMATA, "JPN", "Ambassador"),
        P(SURIYAPPERUMA, "LKA", "Deputy Finance Minister"),
        P(HERATH, "LKA", "Foreign Minister"),
        P(AKD, "LKA", "President"),
    ],
    "events": [
        E(["SUPPORT"], [], "2025-04-08", [SIRIWARDANA, ISOMATA, "LKA", "JPN"], [], "Colombo",
          "Japan yesterday signed an Exchange of Notes with Sri Lanka for a grant of 1.6 billion yen"),
        E(["AGREE", "AID"], [], "2025-04-08", [ISOMATA, "JPN"], ["LKA"], "Colombo",
          "Japan will provide cold-storage units, refrigerated trucks and fishing gear"),
        E(["CONSULT"], ["visit"], "2025-04-07", [ISOMATA], [HERATH, "LKA"], None,
          "On Monday, Ambassador Isomata called on Foreign Minister Vijitha Herath at the Foreign Ministry"),
        E(["SUPPORT"], [], "2025-03-07", ["LKA", "JPN"], [], None,
          "On 7 March, Sri Lanka and Japan signed the Exchange of Notes and an amendment agreement"),
        E(["SUPPORT"], [], "2024-06-26", ["LKA", "JPN", "IND", "FRA"], [], None,
          "Sri Lanka and the committee signed a Memorandum of Understanding on 26 June 2024"),
        E(["SANCTION"], ["discontinue"], "2025-04-02", ["USA"], ["LKA"], None,
          "the United States tariff of 44% on Sri Lankan goods announced on 2 April"),
    ],
    "quotes": [
        Q(ISOMATA, "Japan has never seen Sri Lanka only as a borrower. We see a partner at the centre of the Indian Ocean, and we want its recovery to reach the fishing harbours and the small workshops,"),
        Q(SIRIWARDANA, "Two years ago our partners were asking when we would pay. Today they are asking what we want to build,"),
    ],
    "proposals": [],
    "figures": [
        F("Japanese grant to Sri Lanka", 1600000000, "JPY", "2025-04-08", "exact"),
        F("Japanese grant to Sri Lanka in rupees", 3200000000, "LKR", "2025-04-08", "about"),
        F("Japanese loans restructured", 369450000000, "JPY", "2025-03-07", "about"),
        F("Japanese loans restructured in dollars", 2500000000, "USD", "2025-03-07", "about"),
        F("suspended yen-loan projects resumed", 11, "projects", None, "exact"),
        F("US tariff on Sri Lankan goods", 44, "percent", "2025-04-02", "exact"),
        F("Japan's share of Sri Lanka's external debt to official creditors", 10, "percent", None, "about"),
    ],
},
}
