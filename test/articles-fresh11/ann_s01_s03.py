from ann_helpers import D, P, E, Q, PR, F

# Readouts of a visit or talks.
# s01: MONTSAME, Tuesday 11 February 2025
BATT, NURT, TOKAYEV, KHUR = "Battsetseg Batmunkh", "Murat Nurtleu", "Kassym-Jomart Tokayev", "Ukhnaagiin Khurelsukh"
# s02: Oman Observer, Wednesday 12 February 2025
BADR, KOMBO, SAMIA, HAITHAM, QAIS = ("Badr bin Hamad Albusaidi", "Mahmoud Thabit Kombo", "Samia Suluhu Hassan",
                                     "Haitham bin Tarik", "Qais bin Mohammed Al Yousef")
# s03: Times of Malta, Friday 14 February 2025
BORG, BAOUR, DBEIBAH, ABELA, SARRAJ = "Ian Borg", "Taher al-Baour", "Abdul Hamid Dbeibah", "Robert Abela", "Fayez al-Sarraj"

ANN = {
"s01_montsame_mng_kaz.txt": {
    "document": D("2025-02-11", "MONTSAME", "Astana", "B.Khulan",
                  "Mongolia and Kazakhstan sign four documents during Foreign Minister Battsetseg's official visit to Astana"),
    "people": [
        P(BATT, "MNG", "Minister of Foreign Affairs of Mongolia"),
        P(NURT, "KAZ", "Deputy Prime Minister", "Minister of Foreign Affairs of the Republic of Kazakhstan"),
        P(TOKAYEV, "KAZ", "President of Kazakhstan"),
        P(KHUR, "MNG", "President of Mongolia"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-02-09", [BATT], ["KAZ"], "Astana",
          "Minister Battsetseg arrived in the Kazakh capital on Sunday for an official visit"),
        E(["CONSULT"], ["visit"], "2025-02-10", [BATT], [NURT], "Astana",
          "held official talks with Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Kazakhstan Murat Nurtleu in Astana on February 10"),
        E(["SUPPORT"], [], "2025-02-10", [BATT, NURT, "MNG", "KAZ"], [], "Astana",
          "Following the talks, the ministers signed four documents"),
        E(["AGREE"], [], "2025-02-10", ["MNG", "KAZ"], [], "Astana",
          "agreed to hold the next session of the Intergovernmental Commission"),
        E(["CONSULT"], ["visit"], "2025-02-10", [BATT], [TOKAYEV], "Astana",
          "Minister Battsetseg was received by President Kassym-Jomart Tokayev at the Akorda Presidential Palace"),
        E(["SUPPORT", "CONSULT"], [], "2025-02-10", [KHUR, "MNG"], [TOKAYEV], "Astana",
          "The Minister conveyed the warm greetings of President of Mongolia Ukhnaagiin Khurelsukh to the Kazakh leader"),
        E(["AGREE"], [], "2025-02-10", [TOKAYEV], [KHUR], "Astana",
          "President Tokayev invited President Khurelsukh to pay a state visit to Kazakhstan"),
        E(["CONSULT"], ["visit"], "2024-10", [TOKAYEV], ["MNG"], None,
          "the state visit of President of Kazakhstan Kassym-Jomart Tokayev to Mongolia in October 2024"),
        E(["SUPPORT"], [], "2024-10", ["KAZ", "MNG"], [], None,
          "relations between the two countries were elevated to a Strategic Partnership"),
        E(["SUPPORT"], [], "1992-01-22", ["MNG", "KAZ"], [], None,
          "Mongolia and Kazakhstan established diplomatic relations on January 22, 1992"),
    ],
    "quotes": [
        Q(BATT, "reaffirmed their commitment to the Strategic Partnership and agreed to hold the next session of the Intergovernmental Commission on Trade, Economic, Scientific, Technical and Cultural Cooperation in Ulaanbaatar in the first half of this year."),
        Q(NURT, "Kazakhstan and Mongolia share the great steppe and a nomadic memory, and the Kazakh community of Bayan-Ulgii ties our two nations together more closely than any treaty,"),
    ],
    "proposals": [],
    "figures": [
        F("Mongolia-Kazakhstan trade turnover", 150000000, "USD", "2024", "exact"),
        F("growth of Mongolia-Kazakhstan trade turnover over 2023", 20, "percent", "2024", "exact"),
        F("trade turnover target set by the two Heads of State", 500000000, "USD", None, "exact"),
        F("documents signed by the foreign ministers", 4, "documents", "2025-02-10", "exact"),
        F("ethnic Kazakhs living in Mongolia", 100000, "people", None, "about"),
    ],
},
"s02_omanobserver_omn_tza.txt": {
    "document": D("2025-02-12", "Oman Observer", "Muscat", None,
                  "Oman, Tanzania sign three agreements as Kombo proposes direct shipping link"),
    "people": [
        P(BADR, "OMN", "Minister of Foreign Affairs"),
        P(KOMBO, "TZA", "Minister of Foreign Affairs and East African Cooperation of the United Republic of Tanzania"),
        P(SAMIA, "TZA", "President"),
        P(HAITHAM, "OMN", "Sultan"),
        P(QAIS, "OMN", "Minister of Commerce, Industry and Investment Promotion"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-02-10", [KOMBO], ["OMN"], "Muscat",
          "who arrived in the Sultanate of Oman on Monday on a three-day official visit"),
        E(["CONSULT"], ["visit"], "2025-02-11", [KOMBO], [BADR], "Muscat",
          "held official talks at the ministry's General Diwan on Tuesday with Mahmoud Thabit Kombo"),
        E(["SUPPORT"], [], "2025-02-11", [BADR, KOMBO, "OMN", "TZA"], [], "Muscat",
          "Sayyid Badr and Kombo signed three documents"),
        E(["AGREE"], [], "2025-02-11", ["OMN", "TZA"], [], "Muscat",
          "The two sides agreed that the Joint Permanent Commission would meet in Zanzibar in the second half of the year"),
        E(["CONSULT", "SUPPORT"], [], "2025-02-10", [SAMIA, "TZA"], [HAITHAM], "Muscat",
          "Kombo handed Sayyid Badr a written message from President Samia Suluhu Hassan to His Majesty Sultan Haitham bin Tarik"),
        E(["CONSULT"], ["visit"], "2025-02-11", [KOMBO], [QAIS], "Muscat",
          "The Tanzanian minister also called on Qais bin Mohammed Al Yousef"),
        E(["CONSULT"], ["visit"], "2022-06", [SAMIA], ["OMN"], None,
          "President Samia paid a state visit to the Sultanate in June 2022"),
        E(["AGREE"], [], "2022-06", ["OMN", "TZA"], [], None,
          "the two countries agreed to revive several cooperation programmes"),
    ],
    "quotes": [
        Q(BADR, "The Omani presence on the coast of East Africa is part of our shared memory, and we want it to become part of our shared prosperity as well,"),
        Q(KOMBO, "Thousands of Tanzanian families have relatives in Muscat, Sur and Salalah, and we would like that closeness to be reflected in the figures for trade and investment,"),
    ],
    "proposals": [
        PR(KOMBO, 1, "to convene the Joint Permanent Commission, which has not met for several years, in Zanzibar before the end of 2025"),
        PR(KOMBO, 2, "to establish a direct cargo and passenger shipping line between the Port of Duqm and Dar es Salaam"),
        PR(KOMBO, 3, "to increase the number of scholarships offered to Tanzanian students at Omani universities and technical colleges"),
    ],
    "figures": [
        F("Oman-Tanzania trade", 41300000, "OMR", "2024", "exact"),
        F("growth of Oman-Tanzania trade over the previous year", 14, "percent", "2024", "exact"),
        F("documents signed by the two ministers", 3, "documents", "2025-02-11", "exact"),
    ],
},
"s03_timesofmalta_mlt_lby.txt": {
    "document": D("2025-02-14", "Times of Malta", None, "Karl Scicluna",
                  "Malta and Libya sign search-and-rescue and air link deals as Borg hosts al-Baour"),
    "people": [
        P(BORG, "MLT", "Foreign Minister"),
        P(BAOUR, "LBY", "acting foreign minister"),
        P(DBEIBAH, "LBY"),
        P(ABELA, "MLT", "Prime Minister"),
        P(SARRAJ, "LBY", "head of the Government of National Accord"),
    ],
    "events": [
        E(["SUPPORT"], [], "2025-02-13", [BORG, BAOUR, "MLT", "LBY"], [], "Valletta",
          "Malta and Libya signed two memoranda of understanding on Thursday"),
        E(["CONSULT"], ["visit"], "2025-02-13", [BAOUR], [BORG], "Valletta",
          "as Foreign Minister Ian Borg hosted Libya's acting foreign minister, Taher al-Baour, at Palazzo Parisio in Valletta"),
        E(["CONSULT"], ["visit"], "2025-02-12", [BAOUR], ["MLT"], None,
          "flew in on Wednesday evening for a two-day visit at Borg's invitation"),
        E(["AGREE"], [], "2025-02-13", ["MLT", "LBY"], [], "Valletta",
          "the two sides had agreed on three points"),
        E(["CONSULT"], ["visit"], "2025-02-13", [BAOUR], [ABELA], "Valletta",
          "al-Baour called on Prime Minister Robert Abela at the Auberge de Castille"),
        E(["CONSULT"], ["visit"], "2020-05-28", [ABELA], [SARRAJ], "Tripoli",
          "Abela flew to Tripoli on his first official trip abroad as prime minister"),
        E(["SUPPORT"], [], "2020-05-28", [ABELA, SARRAJ, "MLT", "LBY"], [], "Tripoli",
          "signed a memorandum with Fayez al-Sarraj"),
        E(["CONSULT"], ["visit"], "2020-07", [SARRAJ], ["MLT"], None,
          "Al-Sarraj returned the visit in July of that year"),
    ],
    "quotes": [
        Q(BORG, "Libya is not a problem to be managed from a distance, it is our closest southern neighbour, and what happens on its coast happens to us within hours,"),
        Q(BAOUR, "We are asking our friends in Malta to see Libya not only through the window of migration but as a partner for reconstruction,"),
    ],
    "proposals": [
        PR(BORG, 1, "to reconvene the joint committee on migration in Tripoli in April"),
        PR(BORG, 2, "to set up a working group on the recognition of Libyan medical and engineering qualifications in Malta"),
        PR(BORG, 3, "to hold a Malta-Libya business forum in Valletta before the summer"),
    ],
    "figures": [
        F("memoranda of understanding signed", 2, "memoranda", "2025-02-13", "exact"),
        F("weekly flights allowed between Malta and Benghazi", 14, "flights", None, "under"),
        F("Maltese exports to Libya", 96000000, "EUR", "2023", "about"),
    ],
},
}
