from ann_helpers import D, P, E, Q, PR, F

# Energy, water and borders in the week of 11-17 March 2024: Malaysia's seizure of two Vietnamese fishing boats
# off Terengganu, the Australia-India critical minerals agreement in New Delhi, the Uganda-Tanzania pipeline
# documents signed in Kampala.
# s04: Tuoi Tre News, Monday 11 March 2024
MAI, TIEN, ANWAR, CHINH = "Tran Thi Mai", "Phung Duc Tien", "Anwar Ibrahim", "Pham Minh Chinh"
# s05: Business Standard, Wednesday 13 March 2024
KING, JOSHI, JAISHANKAR, ALBANESE, MODI = ("Madeleine King", "Pralhad Joshi", "S Jaishankar", "Anthony Albanese",
                                           "Narendra Modi")
# s06: New Vision, Friday 15 March 2024
NANK, BITEKO, MUSEVENI, SAMIA, MAGUFULI = ("Ruth Nankabirwa Ssentamu", "Doto Biteko", "Yoweri Museveni",
                                           "Samia Suluhu Hassan", "John Magufuli")

ANN = {
"s04_tuoitrenews_vnm_mys.txt": {
    "document": D("2024-03-11", "Tuoi Tre News", None, None,
                  "Vietnam seeks consular access after Malaysia detains two fishing boats, 19 crew off Terengganu"),
    "people": [
        P(MAI, "VNM"),
        P(TIEN, "VNM", "Deputy Minister of Agriculture and Rural Development"),
        P(ANWAR, "MYS", "Prime Minister"),
        P(CHINH, "VNM", "Prime Minister"),
    ],
    "events": [
        E(["COERCE"], ["seize", "arrest"], "2024-03-09", ["MYS"], ["VNM"], "Terengganu",
          "who were detained with their two boats off the Malaysian state of Terengganu on Saturday"),
        E(["REQUEST"], ["yield"], "2024-03-10", ["VNM"], ["MYS"], "Kuala Lumpur",
          "The Vietnamese Embassy in Kuala Lumpur sent a diplomatic note to Malaysia's foreign ministry on Sunday"),
        E(["RETREAT"], ["release"], "2024-02", ["MYS"], ["VNM"], None,
          "Malaysia released 28 Vietnamese fishermen last month"),
        E(["CONSULT"], ["visit"], "2023-07", [ANWAR], [CHINH, "VNM"], "Hanoi",
          "During Prime Minister Anwar Ibrahim's official visit to Hanoi in July 2023"),
        E(["AGREE"], [], "2023-07", [ANWAR, CHINH, "MYS", "VNM"], [], "Hanoi",
          "he and Prime Minister Pham Minh Chinh agreed to open a hotline linking the fisheries agencies of both countries"),
    ],
    "quotes": [
        Q(MAI, "My husband has fished the same grounds for twenty years. We do not know where the line is out there, and nobody explained it to us,"),
        Q(TIEN, "Every vessel caught in foreign waters costs us more than the boat and the catch. It costs us the trust we need to lift the yellow card,"),
    ],
    "proposals": [],
    "figures": [
        F("Vietnamese fishermen detained off Terengganu", 19, "people", "2024-03-09", "exact"),
        F("Vietnamese fishing boats detained off Terengganu", 2, "boats", "2024-03-09", "exact"),
        F("distance from the coast at which the trawlers were intercepted", 90, "nautical miles", None, "about"),
        F("fish found on board the detained trawlers", 1.5, "tonnes", "2024-03-09", "about"),
        F("maximum fine for the master of a foreign vessel under Malaysia's Fisheries Act", 6000000, "MYR", None, "under"),
        F("Vietnamese fishermen released by Malaysia", 28, "people", "2024-02", "exact"),
        F("fall in Vietnamese seafood exports", 17, "percent", "2023", "exact"),
        F("Vietnamese seafood exports", 9000000000, "USD", "2023", "about"),
        F("Vietnamese boats detained by Malaysian authorities", 41, "boats", "2023", "exact"),
    ],
},
"s05_businessstandard_aus_ind.txt": {
    "document": D("2024-03-13", "Business Standard", "New Delhi", "Shreya Nair",
                  "India, Australia sign pact to fund two lithium, cobalt projects under minerals partnership"),
    "people": [
        P(KING, "AUS", "Resources Minister"),
        P(JOSHI, "IND", "Union Minister of Coal and Mines"),
        P(JAISHANKAR, "IND", "External Affairs Minister"),
        P(ALBANESE, "AUS", "Prime Minister"),
        P(MODI, "IND", "Prime Minister"),
    ],
    "events": [
        E(["SUPPORT"], [], "2024-03-12", [KING, JOSHI, "AUS", "IND"], [], "New Delhi",
          "India and Australia on Tuesday signed an agreement to jointly fund detailed studies and early development of two critical minerals projects"),
        E(["CONSULT"], ["visit"], "2024-03-12", [KING], [JOSHI, "IND"], "New Delhi",
          "held talks with Union Minister of Coal and Mines Pralhad Joshi at Shastri Bhawan"),
        E(["CONSULT"], ["visit"], "2024-03-12", [KING], [JAISHANKAR, "IND"], "New Delhi",
          "She also called on External Affairs Minister S Jaishankar"),
        E(["AGREE"], [], "2024-03-12", [JOSHI], [KING, "AUS"], None,
          "Joshi accepted an invitation from King to attend a critical minerals conference in Perth later this year"),
        E(["SUPPORT"], [], "2022-03", ["AUS", "IND"], [], None,
          "The Critical Minerals Investment Partnership was signed in March 2022"),
        E(["CONSULT"], ["visit"], "2023-03", [ALBANESE], [MODI, "IND"], "New Delhi",
          "Prime Minister Anthony Albanese discussed it with Prime Minister Narendra Modi during his visit to New Delhi in March 2023"),
    ],
    "quotes": [
        Q(KING, "Australia has the resources, and India has the scale of demand that the world's energy transition will need. Together we can build supply chains that are not hostage to any single country,"),
        Q(JOSHI, "We are not looking only to buy ore. We want Indian companies to be partners at every stage, from the pit to the cell,"),
    ],
    "proposals": [
        PR(KING, 1, "to bring Indian buyers into long-term offtake contracts with Australian miners"),
        PR(KING, 2, "to build joint processing capacity so that concentrate is refined in either country rather than shipped elsewhere"),
        PR(KING, 3, "to train Indian geologists and engineers at Australian universities and mine sites"),
    ],
    "figures": [
        F("contribution of each side to the joint funding", 7500000, "AUD", "2024-03-12", "exact"),
        F("critical minerals projects selected for joint funding", 2, "projects", "2024-03-12", "exact"),
        F("shortlisted critical minerals projects", 5, "projects", None, "exact"),
        F("initial commitment to the Critical Minerals Investment Partnership", 5800000, "AUD", "2022-03", "exact"),
        F("India's imports of lithium-ion cells and batteries", 2800000000, "USD", "2023", "about"),
        F("Australia's share of global lithium mine output", 47, "percent", "2023", "about"),
        F("Australia-India bilateral goods trade", 46000000000, "AUD", "2023", "about"),
    ],
},
"s06_newvision_uga_tza.txt": {
    "document": D("2024-03-15", "New Vision", None, "Moses Kaweesa",
                  "Uganda, Tanzania sign gas pipeline study deal, set 2025 target for first crude through Tanga"),
    "people": [
        P(NANK, "UGA", "Minister of Energy and Mineral Development"),
        P(BITEKO, "TZA", "Deputy Prime Minister", "Minister of Energy"),
        P(MUSEVENI, "UGA", "President"),
        P(SAMIA, "TZA", "President"),
        P(MAGUFULI, "TZA", "President"),
    ],
    "events": [
        E(["SUPPORT"], [], "2024-03-14", [NANK, BITEKO, "UGA", "TZA"], [], "Kampala",
          "The documents were signed in Kampala by the Minister of Energy and Mineral Development, Ruth Nankabirwa Ssentamu, and Tanzania's Deputy Prime Minister and Minister of Energy, Doto Biteko"),
        E(["CONSULT"], ["visit"], "2024-03-14", [BITEKO], [NANK, "UGA"], "Kampala",
          "after talks between the two delegations at the ministry headquarters"),
        E(["CONSULT"], ["visit"], "2024-03-14", [BITEKO], [MUSEVENI, "UGA"], "Entebbe",
          "Biteko later drove to State House Entebbe, where he was received by President Yoweri Museveni"),
        E(["AGREE"], [], "2024-03-14", [NANK, BITEKO, "UGA", "TZA"], [], "Kampala",
          "The two ministers agreed that the first Ugandan crude should reach the Chongoleani terminal near Tanga by July 2025"),
        E(["SUPPORT"], [], "2021-04", [MUSEVENI, SAMIA, "UGA", "TZA"], [], "Entebbe",
          "Museveni and President Samia Suluhu Hassan signed the host government agreements for the pipeline at State House Entebbe in April 2021"),
        E(["CONSULT"], ["visit"], "2017-08", [MUSEVENI], [MAGUFULI, "TZA"], "Chongoleani",
          "Museveni and the late President John Magufuli laid the foundation stone of the project at Chongoleani in August 2017"),
    ],
    "quotes": [
        Q(NANK, "The pipeline is not a Ugandan project or a Tanzanian project. It is one line with two owners, and if one side is late, both of us lose,"),
        Q(BITEKO, "We have gas that has sat in the ground for years. Uganda's industries need cheap energy, and this is the most natural market for it,"),
    ],
    "proposals": [],
    "figures": [
        F("length of the East African Crude Oil Pipeline", 1443, "kilometers", None, "exact"),
        F("expected cost of the East African Crude Oil Pipeline", 5000000000, "USD", None, "about"),
        F("peak daily capacity of the East African Crude Oil Pipeline", 246000, "barrels", None, "under"),
        F("households affected by the route that received compensation", 98, "percent", None, "over"),
        F("Uganda's oil resources", 6500000000, "barrels", None, "about"),
        F("Uganda's recoverable oil", 1400000000, "barrels", None, "about"),
    ],
},
}
