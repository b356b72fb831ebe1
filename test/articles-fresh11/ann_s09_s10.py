from ann_helpers import D, P, E, Q, PR, F

# Stories with economic figures.
# s09: AZERTAC, Thursday 13 February 2025
JABBAROV, KUDRATOV, ALIYEV, MIRZIYOYEV = "Mikayil Jabbarov", "Laziz Kudratov", "Ilham Aliyev", "Shavkat Mirziyoyev"
# s10: ANTARA News, Friday 14 February 2025
FAVARO, AMRAN, ROSAN, PRABOWO, LULA = ("Carlos Fávaro", "Andi Amran Sulaiman", "Rosan Roeslani", "Prabowo Subianto",
                                       "Luiz Inácio Lula da Silva")

ANN = {
"s09_azertac_aze_uzb.txt": {
    "document": D("2025-02-13", "AZERTAC", "Baku", None,
                  "Azerbaijan-Uzbekistan trade turnover grows 24.6 percent in 2024"),
    "people": [
        P(JABBAROV, "AZE", "Minister of Economy"),
        P(KUDRATOV, "UZB", "Minister of Investment, Industry and Trade"),
        P(ALIYEV, "AZE", "President"),
        P(MIRZIYOYEV, "UZB", "President"),
    ],
    "events": [
        E(["CONSULT"], ["phone"], "2025-02-12", [JABBAROV, KUDRATOV], [], None,
          "a video conference between Minister of Economy Mikayil Jabbarov and Uzbekistan's Minister of Investment, Industry and Trade Laziz Kudratov"),
        E(["AGREE"], [], "2025-02-12", [JABBAROV, KUDRATOV, "AZE", "UZB"], [], None,
          "The ministers agreed to hold the 14th meeting of the commission in Baku in June"),
        E(["AGREE", "COOPERATE"], [], "2025-02-12", ["AZE", "UZB"], [], None,
          "the supervisory board of the Azerbaijan-Uzbekistan Investment Company, which has a capital of $500 million, approved the financing of three projects"),
        E(["CONSULT"], ["visit"], "2024-08", [ALIYEV], [MIRZIYOYEV], None,
          "President Ilham Aliyev's state visit to Uzbekistan in August 2024"),
        E(["SUPPORT"], [], "2024-08", [ALIYEV, MIRZIYOYEV, "AZE", "UZB"], [], None,
          "President Aliyev and President Shavkat Mirziyoyev signed the Agreement on Allied Relations"),
        E(["CONSULT"], [], "2024-07", ["AZE", "UZB"], [], "Bukhara",
          "The 13th meeting of the Joint Intergovernmental Commission, held in Bukhara in July 2024"),
    ],
    "quotes": [
        Q(JABBAROV, "The growth of trade last year shows that the allied relations between our countries are producing results, but we are still far from what two economies with a combined population of about 47 million people can achieve,"),
    ],
    "proposals": [],
    "figures": [
        F("Azerbaijan-Uzbekistan trade turnover", 287400000, "USD", "2024", "exact"),
        F("growth of Azerbaijan-Uzbekistan trade turnover", 24.6, "percent", "2024", "exact"),
        F("Azerbaijan's exports to Uzbekistan", 96200000, "USD", "2024", "exact"),
        F("Azerbaijan's imports from Uzbekistan", 191200000, "USD", "2024", "exact"),
        F("bilateral trade target", 1000000000, "USD", None, "exact"),
        F("capital of the Azerbaijan-Uzbekistan Investment Company", 500000000, "USD", None, "exact"),
        F("projects approved for financing", 3, "projects", "2025-02-12", "exact"),
        F("value of the projects approved for financing", 46000000, "USD", "2025-02-12", "exact"),
        F("combined population of the two countries", 47000000, "people", None, "about"),
        F("Chevrolet cars assembled at Hajigabul since production began", 7000, "cars", None, "over"),
        F("firms registered in Azerbaijan by Uzbek investors", 90, "firms", None, "over"),
        F("joint ventures with Azerbaijani capital in Uzbekistan", 200, "joint ventures", None, "over"),
    ],
},
"s10_antara_idn_bra.txt": {
    "document": D("2025-02-14", "ANTARA News", "Jakarta", "Fadhil Ramadhan",
                  "Brazilian firms pledge US$2.3 billion as Indonesia, Brazil aim for US$10 billion trade"),
    "people": [
        P(FAVARO, "BRA", "Minister of Agriculture and Livestock"),
        P(AMRAN, "IDN", "Agriculture Minister"),
        P(ROSAN, "IDN", "Investment and Downstreaming Minister"),
        P(PRABOWO, "IDN", "President"),
        P(LULA, "BRA", "President"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-02-13", [FAVARO], [AMRAN], "Jakarta",
          "after meeting Indonesian Agriculture Minister Andi Amran Sulaiman in Jakarta on Thursday"),
        E(["AGREE"], [], "2025-02-13", [FAVARO, "BRA"], ["IDN"], "Jakarta",
          "Brazilian companies have pledged investments worth US$2.3 billion in Indonesia's food processing and agriculture sectors"),
        E(["SUPPORT"], [], "2025-02-13", [AMRAN, FAVARO, "IDN", "BRA"], [], "Jakarta",
          "The two ministers signed a memorandum of understanding on cooperation in tropical agriculture research"),
        E(["COOPERATE"], [], "2025-02-13", ["IDN"], ["BRA"], "Jakarta",
          "The Indonesian side also approved eight more Brazilian meatpacking plants to export beef to Indonesia"),
        E(["CONSULT"], ["visit"], "2025-02-13", [FAVARO], [ROSAN], "Jakarta",
          "Later on Thursday, Fávaro met Investment and Downstreaming Minister Rosan Roeslani"),
        E(["SUPPORT"], [], "2025-01-06", ["BRA"], ["IDN"], None,
          "On January 6, Brazil, which holds the BRICS chairmanship this year, announced that Indonesia had become a full member of the bloc"),
    ],
    "quotes": [
        Q(AMRAN, "Indonesia and Brazil are the two great tropical agricultural powers of the world. Rather than competing, we should be learning from one another,"),
        Q(FAVARO, "Our aim is to reach US$10 billion in trade by 2030, and to make sure that trade flows in both directions,"),
    ],
    "proposals": [],
    "figures": [
        F("investments pledged by Brazilian companies", 2300000000, "USD", "2025-02-13", "exact"),
        F("Brazilian businesspeople in the delegation", 40, "people", "2025-02-13", "exact"),
        F("Indonesia-Brazil bilateral trade", 6800000000, "USD", "2024", "exact"),
        F("growth of Indonesia-Brazil bilateral trade over 2023", 9.3, "percent", "2024", "exact"),
        F("Brazil's exports to Indonesia", 5100000000, "USD", "2024", "about"),
        F("Indonesia's exports to Brazil", 1700000000, "USD", "2024", "exact"),
        F("bilateral trade target", 10000000000, "USD", "2030", "exact"),
        F("Brazilian meatpacking plants newly approved", 8, "meatpacking plants", "2025-02-13", "exact"),
        F("Brazilian meatpacking plants approved in total", 38, "meatpacking plants", None, "exact"),
        F("Indonesia's sugar imports per year", 2500000, "tons", None, "about"),
    ],
},
}
