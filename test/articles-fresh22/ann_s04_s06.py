from ann_helpers import D, P, E, Q, PR, F

# s04: Khovar, Tuesday 17 May 2022 (Sughd and Batken governors); s05: Borneo Bulletin, Wednesday 18 May 2022
# (Sarawak's Premier in Brunei); s06: Amandala, Wednesday 18 May 2022 (Quintana Roo's governor in Belize).
AHM, YATIMOV = "Rajabboy Ahmadzoda", "Saymumin Yatimov"
AJ, SULTAN, MANAF = "Abang Johari Openg", "Hassanal Bolkiah", "Abdul Manaf Metussin"
JOAQUIN, BRICENO, COURTENAY = "Carlos Joaquín González", "John Briceño", "Eamon Courtenay"

ANN = {
"s04_khovar_tjk_kgz.txt": {
    "document": D("2022-05-17", "Khovar", "Dushanbe", None,
                  "Governors of Sughd and Batken agree water schedule, Kyrgyz side frees two shepherds"),
    "people": [
        P(AHM, "TJK", "Chairman of Sughd region"),
        P(YATIMOV, "TJK", "Chairman of the State Committee for National Security"),
    ],
    "events": [
        E(["CONSULT"], [], "2022-05-16", [AHM, "TJK", "KGZ"], [], "Isfara",
          "met yesterday the governor of Kyrgyzstan's Batken region at the border near the town of Isfara"),
        E(["AGREE"], [], "2022-05-16", ["TJK", "KGZ"], [], "Isfara",
          "The governors agreed a schedule under which each side will take water from the main canal on alternate days"),
        E(["AGREE"], [], "2022-05-16", ["TJK", "KGZ"], [], "Isfara",
          "They also agreed to reopen the road through Vorukh to local traffic"),
        E(["AGREE"], [], "2022-05-16", ["TJK", "KGZ"], [], "Isfara",
          "The governors also agreed to hold their next meeting in the Sughd city of Isfara in July"),
        E(["COOPERATE"], [], "2022-05-14", ["TJK"], ["KGZ"], None,
          "Work on clearing silt from the Golovnoi canal began on Saturday, with excavators from both regions working on the same stretch"),
        E(["COERCE"], ["arrest"], "2022-05-12", ["KGZ"], ["TJK"], None,
          "Kyrgyz border guards detained two shepherds from the village of Chorkuh on Thursday"),
        E(["ACCUSE", "REQUEST"], ["disapprove", "yield"], "2022-05-13", ["TJK"], ["KGZ"], None,
          "Dushanbe handed a note of protest to the Kyrgyz side on Friday, demanding the immediate release of the two men"),
        E(["RETREAT"], ["release"], "2022-05-14", ["KGZ"], ["TJK"], "Guliston",
          "The shepherds were handed over to Tajik border guards on Saturday evening at the Guliston crossing"),
        E(["ASSAULT"], [], "2021-04", ["TJK", "KGZ"], [], "Golovnoi",
          "At the end of April 2021, fighting between the two sides around the Golovnoi water intake left about 55 people dead"),
        E(["ASSAULT"], [], "2022-01", ["TJK", "KGZ"], [], "Khoja Alo",
          "Another exchange of fire near Khoja Alo in January of this year killed two people"),
    ],
    "quotes": [
        Q(AHM, "Our people must be able to work their land without fear. We agreed with our Kyrgyz colleagues that questions of pasture will be decided by the commissions, not by detentions,"),
    ],
    "proposals": [],
    "figures": [
        F("water carried by the Golovnoi canal in summer", 25, "cubic meters per second", None, "under"),
        F("Tajik shepherds detained by Kyrgyz border guards", 2, "people", "2022-05-12", "exact"),
        F("length of the Tajik-Kyrgyz border", 970, "kilometers", None, "about"),
        F("length of the Tajik-Kyrgyz border described", 664, "kilometers", None, "about"),
        F("people killed in the fighting around the Golovnoi water intake", 55, "people", "2021-04", "about"),
        F("people killed in the exchange of fire near Khoja Alo", 2, "people", "2022-01", "exact"),
    ],
},
"s05_borneobulletin_brn_mys.txt": {
    "document": D("2022-05-18", "Borneo Bulletin", None, "Nur Hidayah Abdullah",
                  "Sarawak Premier leads trade mission to the Sultanate, eyes power link"),
    "people": [
        P(AJ, "MYS", "Premier"),
        P(SULTAN, "BRN", "Sultan"),
        P(MANAF, "BRN", "Minister of Primary Resources and Tourism"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2022-05-17", [AJ], [SULTAN, "BRN"], "Istana Nurul Iman",
          "was granted an audience with His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah at Istana Nurul Iman yesterday"),
        E(["CONSULT"], ["visit"], "2022-05-17", [AJ], [MANAF, "BRN"], None,
          "earlier in the day held talks with Minister of Primary Resources and Tourism Dato Seri Setia Haji Abdul Manaf bin Haji Metussin"),
        E(["SUPPORT"], [], "2022-05-16", ["MYS", "BRN"], [], None,
          "the Sarawak government and Brunei's Department of Energy signed a memorandum of understanding on a study for a power interconnection"),
        E(["AGREE"], [], "2022-05-16", [AJ, "MYS"], ["BRN"], None,
          "Abang Johari said at the signing that Sarawak was ready to offer Brunei a long-term price for the electricity"),
        E(["REQUEST"], [], "2022-03", ["MYS"], ["BRN"], None,
          "Sarawak asked Brunei in March to extend the opening hours of the land control posts"),
        E(["SUPPORT"], [], "2009", ["BRN", "MYS"], [], None,
          "in 2009, when the two countries signed the Exchange of Letters"),
    ],
    "quotes": [
        Q(AJ, "Sarawak and Brunei share rivers, families and a coastline. Every hour a lorry waits at the border is money that neither of us gets back,"),
        Q(MANAF, "We have always seen Sarawak as our closest neighbour, and trade should follow that closeness,"),
    ],
    "proposals": [
        PR(AJ, 1, "to keep the Sungai Tujoh and Kuala Lurah control posts open until midnight on weekends"),
        PR(AJ, 2, "to allow Brunei halal-certified products to enter Sarawak through a single inspection at the border"),
        PR(AJ, 3, "to set up a joint council of business chambers from Miri, Limbang and Brunei to meet twice a year"),
    ],
    "figures": [
        F("Sarawak businesses in the trade mission", 46, "businesses", None, "exact"),
        F("hydropower Sarawak would supply to Brunei", 100, "megawatts", None, "under"),
        F("trade between Brunei and Sarawak", 2100000000, "MYR", "2021", "about"),
        F("share of Brunei's rice that is imported", 90, "percent", None, "over"),
    ],
},
"s06_amandala_blz_mex.txt": {
    "document": D("2022-05-18", "Amandala", None, "Marisol Cal",
                  "Corozal and Chetumal become sister cities as Quintana Roo governor visits"),
    "people": [
        P(JOAQUIN, "MEX", "governor"),
        P(BRICENO, "BLZ", "Prime Minister"),
        P(COURTENAY, "BLZ", "Foreign Minister"),
    ],
    "events": [
        E(["SUPPORT"], [], "2022-05-17", ["BLZ", "MEX"], [], "Corozal",
          "yesterday signed a sister-city agreement at the Corozal Town Hall"),
        E(["CONSULT"], ["visit"], "2022-05-16", [JOAQUIN], [BRICENO, "BLZ"], "Belmopan",
          "On Monday, Joaquín González was received in Belmopan by Prime Minister John Briceño"),
        E(["AID"], [], "2022-05-16", [JOAQUIN, "MEX"], ["BLZ"], "Orange Walk",
          "the governor handed over two fully equipped ambulances to the Northern Regional Hospital in Orange Walk"),
        E(["AGREE"], [], "2022-05-16", [BRICENO, "BLZ"], [JOAQUIN, "MEX"], None,
          "also invited Briceño on Monday to attend the opening of the new Chetumal international fair in October, and the Prime Minister accepted"),
        E(["COERCE"], ["seize", "arrest"], "2022-05-14", ["BLZ"], ["MEX"], "Bacalar Chico",
          "On Saturday the Belize Coast Guard seized a Mexican fishing skiff and detained three fishermen from Xcalak near Bacalar Chico"),
        E(["REQUEST"], ["yield"], "2022-05-15", ["MEX"], ["BLZ"], "Belize City",
          "The Mexican consulate in Belize City asked on Sunday for the men's release and for consular access"),
        E(["RETREAT"], ["release"], "2022-05-16", ["BLZ"], ["MEX"], None,
          "The three men were released on Monday afternoon"),
        E(["SUPPORT"], [], "1981", ["MEX", "BLZ"], [], None,
          "Mexico and Belize established diplomatic relations in 1981"),
    ],
    "quotes": [
        Q(JOAQUIN, "Chetumal and Corozal are really one community with a river in the middle. What we sign today only puts on paper what families have been doing for a hundred years,"),
        Q(COURTENAY, "whether the boats come from the north, the south or the east"),
    ],
    "proposals": [],
    "figures": [
        F("ambulances handed over by Quintana Roo", 2, "ambulances", "2022-05-16", "exact"),
        F("Mexican fishermen detained near Bacalar Chico", 3, "people", "2022-05-14", "exact"),
        F("fines paid by the Mexican fishermen", 6000, "BZD", "2022-05-16", "exact"),
        F("conch meat forfeited", 180, "pounds", "2022-05-16", "exact"),
        F("Belizeans crossing into Chetumal each month", 60000, "people", None, "about"),
    ],
},
}
