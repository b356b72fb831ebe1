from ann_helpers import D, P, E, Q, PR, F

# Economic stories with figures.
# s09: Business Recorder, Tuesday 16 September 2025
JAM, BUDI = "Jam Kamal Khan", "Budi Santoso"
# s10: Mexico News Daily, Friday 19 September 2025
EBRARD, ALCKMIN, GONZALEZ, SHEINBAUM, LULA = ("Marcelo Ebrard", "Geraldo Alckmin", "Luz Elena González",
                                              "Claudia Sheinbaum", "Luiz Inácio Lula da Silva")

ANN = {
"s09_brecorder_pak_idn.txt": {
    "document": D("2025-09-16", "Business Recorder", "Islamabad", None,
                  "Pakistan, Indonesia agree to wrap up PTA review by December"),
    "people": [
        P(JAM, "PAK", "Federal Minister for Commerce"),
        P(BUDI, "IDN", "Minister of Trade"),
    ],
    "events": [
        E(["CONSULT"], ["phone"], "2025-09-15", [JAM, BUDI], [], None,
          "a virtual meeting between Federal Minister for Commerce Jam Kamal Khan and Indonesia's Minister of Trade Budi Santoso"),
        E(["AGREE"], [], "2025-09-15", ["PAK", "IDN"], [], None,
          "Pakistan and Indonesia have agreed to complete the review of their Preferential Trade Agreement (PTA) by December"),
        E(["SUPPORT"], [], "2012-02", ["PAK", "IDN"], [], "Jakarta",
          "The PTA was signed in Jakarta in February 2012"),
        E(["COOPERATE", "SUPPORT"], [], "2018", ["IDN", "PAK"], [], None,
          "Under a 2018 protocol, Indonesia extended duty-free access to 20 Pakistani tariff lines"),
    ],
    "quotes": [
        Q(JAM, "if the agreement is to remain preferential in more than name,"),
        Q(JAM, "We buy almost all of our palm oil from Indonesia, and we are happy to continue, but our exporters need the same chance in Indonesian supermarkets,"),
    ],
    "proposals": [],
    "figures": [
        F("Pakistan-Indonesia bilateral trade", 4100000000, "USD", "2024", "exact"),
        F("Pakistan's imports from Indonesia", 3790000000, "USD", "2024", "exact"),
        F("Pakistan's exports to Indonesia", 310000000, "USD", "2024", "exact"),
        F("palm oil share of Pakistan's imports from Indonesia", 78, "percent", "2024", "about"),
        F("palm oil imported from Indonesia, January-July", 1940000, "tonnes", "2025", "exact"),
        F("growth of palm oil imports, January-July", 9, "percent", "2025", "exact"),
        F("palm oil imported from Indonesia, January-July of the previous year", 1780000, "tonnes", "2024", "exact"),
        F("growth of Pakistan's exports to Indonesia, January-July", 14, "percent", "2025", "exact"),
        F("Pakistan's exports to Indonesia, January-July", 205000000, "USD", "2025", "exact"),
        F("Pakistani consumers", 240000000, "people", None, "over"),
        F("tariff lines covered by the review on each side", 300, "tariff lines", None, "about"),
        F("Pakistani tariff lines given duty-free access", 20, "tariff lines", "2018", "exact"),
    ],
},
"s10_mnd_mex_bra.txt": {
    "document": D("2025-09-19", "Mexico News Daily", None, "Laura Méndez",
                  "Mexico-Brazil trade up 6.5% so far this year as Ebrard and Alckmin set date for first negotiating round"),
    "people": [
        P(EBRARD, "MEX", "Economy Minister"),
        P(ALCKMIN, "BRA", "Vice President", "Minister of Development, Industry, Trade and Services"),
        P(GONZALEZ, "MEX", "Energy Minister"),
        P(SHEINBAUM, "MEX", "President"),
        P(LULA, "BRA", "President"),
    ],
    "events": [
        E(["CONSULT"], ["phone"], "2025-09-17", [EBRARD, ALCKMIN], [], None,
          "a video call between Economy Minister Marcelo Ebrard and Brazilian Vice President Geraldo Alckmin on Wednesday"),
        E(["AGREE"], [], "2025-09-17", [EBRARD, ALCKMIN, "MEX", "BRA"], [], None,
          "the two officials agreed that negotiators would hold the first formal round of talks"),
        E(["CONSULT"], ["visit"], "2025-08", [ALCKMIN], ["MEX"], "Mexico City",
          "Alckmin led a delegation of ministers and some 150 business leaders to Mexico City on August 27-28"),
        E(["SUPPORT"], [], "2025-08-27", [ALCKMIN, GONZALEZ, "BRA", "MEX"], [], "Mexico City",
          "he and Energy Minister Luz Elena González signed a declaration of intent on biofuels"),
        E(["CONSULT"], ["visit"], "2025-08-28", [ALCKMIN], [SHEINBAUM], "Mexico City",
          "the next day President Claudia Sheinbaum received him at the National Palace"),
        E(["CONSULT"], ["phone"], "2025-07-23", [SHEINBAUM, LULA], [], None,
          "a phone call between Sheinbaum and Brazilian President Luiz Inácio Lula da Silva on July 23"),
        E(["AGREE"], [], "2025-07-23", [SHEINBAUM, LULA, "MEX", "BRA"], [], None,
          "The visit had been agreed during a phone call"),
    ],
    "quotes": [
        Q(EBRARD, "Brazil is a natural partner for Mexico at a moment when our main market is changing the rules. We are not talking about a free trade agreement, we are talking about value chains,"),
    ],
    "proposals": [],
    "figures": [
        F("growth of Mexico-Brazil trade, January-August", 6.5, "percent", "2025", "exact"),
        F("Mexico-Brazil trade, January-August", 9400000000, "USD", "2025", "exact"),
        F("growth of Brazilian exports to Mexico, January-August", 8.1, "percent", "2025", "exact"),
        F("Brazilian exports to Mexico, January-August", 5300000000, "USD", "2025", "exact"),
        F("growth of Mexican exports to Brazil, January-August", 4.4, "percent", "2025", "exact"),
        F("Mexican exports to Brazil, January-August", 4100000000, "USD", "2025", "exact"),
        F("Mexico-Brazil merchandise trade", 13600000000, "USD", "2024", "exact"),
        F("Brazilian exports to Mexico", 7800000000, "USD", "2024", "exact"),
        F("business leaders in Alckmin's delegation", 150, "people", "2025-08", "about"),
        F("new United States tariff on Brazilian goods", 50, "percent", None, "exact"),
        F("Brazil's share of Mexico's pork imports", 17, "percent", None, "exact"),
    ],
},
}
