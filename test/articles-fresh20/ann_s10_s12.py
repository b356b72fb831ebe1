from ann_helpers import D, P, E, Q, PR, F

# Energy, water and borders in the week of 11-17 March 2024: US sanctions on a Basra oil trading firm and
# Baghdad's rejection, Japan's loan and grant for power in Uzbekistan, Norway's detention of a Russian trawler
# off Svalbard and Moscow's protest.
# s10: Shafaq News, Saturday 16 March 2024
JIHAD, NELSON, ROMANOWSKI, ABDULGHANI, SUDANI, BIDEN = (
    "Asim Jihad", "Brian Nelson", "Alina Romanowski", "Hayan Abdul-Ghani", "Mohammed Shia al-Sudani", "Joe Biden")
# s11: Daryo, Tuesday 12 March 2024
KUCHKAROV, MIRZAMAHMUDOV, MIRZIYOYEV, ABE = ("Jamshid Kuchkarov", "Jurabek Mirzamahmudov", "Shavkat Mirziyoyev",
                                             "Shinzo Abe")
# s12: The Barents Observer, Sunday 17 March 2024
ZAKHAROVA, MYRSETH, EIDE = "Maria Zakharova", "Cecilie Myrseth", "Espen Barth Eide"

ANN = {
"s10_shafaqnews_irq_usa.txt": {
    "document": D("2024-03-16", "Shafaq News", None, None,
                  "Iraq's Oil Ministry rejects US sanctions on Basra trading firm, asks Washington for evidence"),
    "people": [
        P(JIHAD, "IRQ", "ministry spokesman"),
        P(NELSON, "USA", "Under Secretary for Terrorism and Financial Intelligence"),
        P(ROMANOWSKI, "USA", "Ambassador"),
        P(ABDULGHANI, "IRQ", "Deputy Prime Minister for Energy Affairs", "Oil Minister"),
        P(SUDANI, "IRQ", "Prime Minister"),
        P(BIDEN, "USA", "President"),
    ],
    "events": [
        E(["SANCTION"], ["discontinue"], "2024-03-14", ["USA"], ["IRQ"], None,
          "The US Treasury Department on Thursday imposed sanctions on the Sawa Energy Trading Company and three of its executives"),
        E(["REJECT", "REQUEST"], [], "2024-03-15", ["IRQ"], ["USA"], None,
          "Iraq's Ministry of Oil on Friday rejected accusations behind US sanctions on a Basra-based trading company and asked Washington to share whatever evidence it holds"),
        E(["CONCEDE"], [], "2024-03-12", ["USA"], ["IRQ"], None,
          "the State Department renewed for another 120 days the waiver that allows Iraq to pay for Iranian electricity imports"),
        E(["CONSULT"], ["visit"], "2024-03-13", [ROMANOWSKI], [ABDULGHANI, "IRQ"], "Baghdad",
          "US Ambassador Alina Romanowski met Deputy Prime Minister for Energy Affairs and Oil Minister Hayan Abdul-Ghani in Baghdad"),
        E(["AGREE"], [], "2024-03-13", [SUDANI], [BIDEN, "USA"], None,
          "he had accepted an invitation from President Joe Biden to visit Washington on April 15"),
        E(["SANCTION"], ["discontinue"], "2023-03", ["TUR"], ["IRQ"], None,
          "Turkey halted those flows in March 2023"),
    ],
    "quotes": [
        Q(JIHAD, "Iraq is not a corridor for anyone's sanctions evasion. If the American side has documents, we ask that they be given to us so that our own bodies can act on them,"),
        Q(NELSON, "Tehran continues to exploit the energy trade of its neighbours to fund its destabilising activities in the region, and we will expose those who help it."),
    ],
    "proposals": [],
    "figures": [
        F("executives of the Sawa Energy Trading Company sanctioned", 3, "people", "2024-03-14", "exact"),
        F("Iranian fuel oil moved by the sanctioned network", 1800000, "barrels", "2023", "over"),
        F("Iraqi payments due to Iran held in accounts abroad", 10000000000, "USD", None, "about"),
        F("Iraq's average daily oil exports", 3300000, "barrels", "2024-02", "about"),
    ],
},
"s11_daryo_uzb_jpn.txt": {
    "document": D("2024-03-12", "Daryo", "Tashkent", "Diyora Rahimova",
                  "Japan lends Uzbekistan ¥38 billion to rebuild Navoi power plant unit, adds grant for grid equipment"),
    "people": [
        P(KUCHKAROV, "UZB", "Deputy Prime Minister", "Minister of Economy and Finance"),
        P(MIRZAMAHMUDOV, "UZB", "Minister of Energy"),
        P(MIRZIYOYEV, "UZB", "President"),
        P(ABE, "JPN", "Prime Minister"),
    ],
    "events": [
        E(["SUPPORT"], [], "2024-03-11", [KUCHKAROV, "UZB", "JPN"], [], "Tashkent",
          "Deputy Prime Minister and Minister of Economy and Finance Jamshid Kuchkarov signed the exchange of notes with Japan's ambassador to Uzbekistan"),
        E(["AID", "SUPPORT"], [], "2024-03-11", ["JPN"], ["UZB"], "Tashkent",
          "Tokyo will lend 38 billion yen for the modernisation of a unit at the Navoi thermal power plant"),
        E(["AID", "SUPPORT"], [], "2024-03-11", ["JPN"], ["UZB"], "Tashkent",
          "provide a separate grant of 1.5 billion yen for grid equipment in the Republic of Karakalpakstan"),
        E(["CONSULT"], ["visit"], "2024-03-11", ["JPN"], [MIRZIYOYEV, "UZB"], "Tashkent",
          "President Shavkat Mirziyoyev received a JICA delegation headed by its senior vice-president"),
        E(["AGREE"], [], "2024-03-11", ["JPN"], ["UZB"], None,
          "Japan also agreed to send a team of specialists to Tashkent in May"),
        E(["CONSULT"], ["visit"], "2024-02", [MIRZAMAHMUDOV], ["JPN"], "Tokyo",
          "Mirzamahmudov visited Tokyo last month"),
        E(["CONSULT"], ["visit"], "2019-12", [MIRZIYOYEV], [ABE, "JPN"], "Tokyo",
          "Mirziyoyev's official visit to Tokyo in December 2019, when he held talks with Prime Minister Shinzo Abe"),
        E(["SUPPORT"], [], "2019-12", [MIRZIYOYEV, ABE, "UZB", "JPN"], [], "Tokyo",
          "the two countries signed agreements worth around $4.6 billion"),
    ],
    "quotes": [
        Q(MIRZAMAHMUDOV, "Every cubic metre we save at Navoi is a cubic metre we do not have to import in winter. Japanese technology lets us produce the same power with far less fuel,"),
    ],
    "proposals": [],
    "figures": [
        F("Japanese loan for the Navoi thermal power plant", 38000000000, "JPY", "2024-03-11", "exact"),
        F("Japanese grant for grid equipment in Karakalpakstan", 1500000000, "JPY", "2024-03-11", "exact"),
        F("interest rate of the Japanese loan", 0.3, "percent", None, "exact"),
        F("capacity of the new combined-cycle unit at Navoi", 650, "megawatts", None, "exact"),
        F("Japanese loans to Uzbekistan since 1993", 3500000000, "USD", None, "over"),
        F("agreements signed during Mirziyoyev's visit to Tokyo", 4600000000, "USD", "2019-12", "about"),
        F("yearly growth of electricity demand in Uzbekistan", 7, "percent", None, "about"),
        F("target share of renewable energy in generation by 2030", 40, "percent", None, "exact"),
    ],
},
"s12_barentsobserver_nor_rus.txt": {
    "document": D("2024-03-17", "The Barents Observer", None, "Kjersti Lien",
                  "Moscow protests after Norwegian Coast Guard detains Murmansk trawler off Svalbard"),
    "people": [
        P(ZAKHAROVA, "RUS", "Foreign Ministry spokeswoman"),
        P(MYRSETH, "NOR", "Minister of Fisheries and Ocean Policy"),
        P(EIDE, "NOR", "Foreign Minister"),
    ],
    "events": [
        E(["COERCE"], ["seize"], "2024-03-11", ["NOR"], ["RUS"], "Svalbard",
          "The Norwegian Coast Guard boarded and detained the Murmansk-registered trawler Kapitan Sorokin in the Fisheries Protection Zone around Svalbard on Monday"),
        E(["RETREAT"], ["release"], "2024-03-13", ["NOR"], ["RUS"], "Tromsø",
          "It was allowed to leave on Wednesday"),
        E(["ACCUSE"], ["disapprove"], "2024-03-12", ["RUS"], ["NOR"], "Oslo",
          "The Russian embassy in Oslo sent a note to the Norwegian Ministry of Foreign Affairs on Tuesday protesting against the detention"),
        E(["ACCUSE", "THREATEN"], ["disapprove"], "2024-03-14", [ZAKHAROVA, "RUS"], ["NOR"], "Moscow",
          "On Thursday, Foreign Ministry spokeswoman Maria Zakharova went further"),
        E(["REJECT"], [], "2024-03-15", [MYRSETH, "NOR"], ["RUS"], None,
          "Minister of Fisheries and Ocean Policy Cecilie Myrseth rejected the criticism on Friday"),
        E(["CONSULT"], ["phone"], "2023-10", ["NOR", "RUS"], [], None,
          "The Joint Norwegian-Russian Fisheries Commission met by video link in October 2023"),
        E(["SUPPORT", "AGREE"], [], "2023-10", ["NOR", "RUS"], [], None,
          "agreed a total quota of 453,427 tonnes of North-East Arctic cod for 2024"),
        E(["SANCTION"], ["discontinue"], "2022", ["NOR"], ["RUS"], None,
          "Norway has closed its ports to Russian vessels other than fishing boats since 2022"),
    ],
    "quotes": [
        Q(ZAKHAROVA, "Norway is using fisheries control as a pretext to squeeze Russian fishermen out of waters where they have worked for centuries. If these provocations continue, we will be forced to respond,"),
        Q(MYRSETH, "The rules in the zone apply equally to Norwegian, Russian and all other vessels. A trawler that hides part of its catch will be stopped, whatever flag it flies,"),
    ],
    "proposals": [],
    "figures": [
        F("unrecorded cod found in the trawler's hold", 40, "tonnes", "2024-03-11", "about"),
        F("crew of the detained trawler", 24, "people", None, "exact"),
        F("security lodged by the trawler's owner", 1500000, "NOK", "2024-03-13", "exact"),
        F("Coast Guard inspections of Russian trawlers", 150, "inspections", "2023", "about"),
        F("total quota of North-East Arctic cod", 453427, "tonnes", "2024", "exact"),
        F("cut in the North-East Arctic cod quota from the year before", 20, "percent", "2024", "exact"),
    ],
},
}
