from ann_helpers import D, P, E, Q, PR, F

# Mediation, ultimatums and summitry in the week of 21-27 August 2023: Portugal's president in Kyiv for the Crimea
# Platform and Independence Day, the Libyan foreign minister's meeting with Israel's in Rome revealed, the largest
# Australian-Philippine exercise and joint patrols agreed.
# s04: Kyiv Post, Thursday 24 August 2023
MRS, ZELENSKY, KULEBA, CRAVINHO, COSTA = ("Marcelo Rebelo de Sousa", "Volodymyr Zelensky", "Dmytro Kuleba",
                                          "João Gomes Cravinho", "António Costa")
# s05: Libya Herald, Sunday 27 August 2023
DBEIBAH, MANGOUSH, COHEN, TAJANI, IBRAHIM, MENFI, MELONI = (
    "Abdul Hamid Dbeibah", "Najla Mangoush", "Eli Cohen", "Antonio Tajani", "Halima Ibrahim", "Mohamed Menfi",
    "Giorgia Meloni")
# s06: The Philippine Star, Saturday 26 August 2023
MARCOS, MARLES, TEODORO, ALBANESE = ("Ferdinand Marcos Jr.", "Richard Marles", "Gilberto Teodoro Jr.",
                                     "Anthony Albanese")

ANN = {
"s04_kyivpost_prt_ukr.txt": {
    "document": D("2023-08-24", "Kyiv Post", None, "Iryna Bondarenko",
                  "Portugal's President Spends Independence Day in Kyiv, Pledges Demining Help and More Armor"),
    "people": [
        P(MRS, "PRT", "President"),
        P(ZELENSKY, "UKR", "President"),
        P(KULEBA, "UKR", "Foreign Minister"),
        P(CRAVINHO, "PRT"),
        P(COSTA, "PRT", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2023-08-24", [MRS], [ZELENSKY, "UKR"], "Kyiv",
          "Portuguese President Marcelo Rebelo de Sousa held talks with President Volodymyr Zelensky in Kyiv on Thursday"),
        E(["CONSULT"], ["multilateral"], "2023-08-23", [MRS, ZELENSKY], [], "Kyiv",
          "took part in person in the third summit of the Crimea Platform"),
        E(["SUPPORT"], [], "2023-08-24", [KULEBA, CRAVINHO, "UKR", "PRT"], [], "Kyiv",
          "Foreign Minister Dmytro Kuleba and his Portuguese counterpart João Gomes Cravinho signed a memorandum under which Portugal will train Ukrainian deminers"),
        E(["AGREE", "AID"], [], "2023-08-24", ["PRT"], ["UKR"], "Kyiv",
          "Lisbon also committed a further package of military aid that includes armored personnel carriers"),
        E(["AID"], [], "2023-03", ["PRT"], ["UKR"], None,
          "spare parts for the Leopard 2A6 tanks it delivered in March"),
        E(["AGREE"], [], "2023-08-24", [ZELENSKY], [MRS, "PRT"], "Kyiv",
          "Zelensky accepted an invitation to visit Lisbon, though no date was set"),
        E(["CONSULT"], ["visit"], "2022-05", [COSTA], [ZELENSKY, "UKR"], "Kyiv",
          "Prime Minister António Costa came to Kyiv in May 2022, when he and Zelensky toured the destroyed suburb of Irpin"),
        E(["AGREE", "AID"], [], "2023-07", ["PRT"], ["UKR"], None,
          "Portugal was also among the 11 countries that formed a coalition in July to train Ukrainian pilots on F-16 fighter jets"),
    ],
    "quotes": [
        Q(ZELENSKY, "Portugal is far from the front line, but it has never been far from Ukraine. You came here on the day that means the most to us, and Ukrainians will remember it,"),
        Q(MRS, "Independence is not a gift, it is a daily choice, and you are making it every day at a very high price. Portugal will stay with you for as long as it takes, including when the time comes to rebuild,"),
        Q(ZELENSKY, "by whatever means are needed,"),
    ],
    "proposals": [],
    "figures": [
        F("participants in the third Crimea Platform summit", 60, "countries and international organizations", "2023-08-23", "over"),
        F("Portuguese military and humanitarian aid to Ukraine since February 2022", 100000000, "EUR", None, "about"),
        F("Ukrainians with temporary protection in Portugal", 58000, "people", None, "about"),
        F("countries in the F-16 pilot training coalition", 11, "countries", "2023-07", "exact"),
    ],
},
"s05_libyaherald_lby_isr.txt": {
    "document": D("2023-08-27", "Libya Herald", "Tripoli", "Salem Ashour",
                  "Dbeibah suspends Mangoush after Israel reveals Rome meeting with Cohen"),
    "people": [
        P(DBEIBAH, "LBY", "Prime Minister"),
        P(MANGOUSH, "LBY", "Foreign Minister"),
        P(COHEN, "ISR", "Foreign Minister"),
        P(TAJANI, "ITA", "Foreign Minister"),
        P(IBRAHIM, "LBY", "justice minister"),
        P(MENFI, "LBY", "head of the Presidential Council"),
        P(MELONI, "ITA", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["third-party"], "2023-08-22", [COHEN, MANGOUSH], [], "Rome",
          "the meeting took place on Tuesday at the Italian foreign ministry and was hosted by Italy's Foreign Minister Antonio Tajani"),
        E(["REJECT"], [], "2023-08-27", ["LBY"], ["ISR"], None,
          "The ministry reaffirmed Libya's total rejection of normalisation with Israel"),
        E(["CONSULT"], ["visit"], "2023-08-22", [MANGOUSH], [TAJANI, "ITA"], "Rome",
          "Mangoush had held official talks with Tajani in Rome earlier on Tuesday"),
        E(["CONSULT"], ["visit"], "2023-01", [MELONI], [DBEIBAH, "LBY"], "Tripoli",
          "In January Prime Minister Giorgia Meloni came to Tripoli, where she was received by Dbeibah"),
    ],
    "quotes": [
        Q(COHEN, "Our conversation in Rome covered the heritage of Libya's Jews and the water and farming know-how Israel can offer. I see it as an opening, not a one-off,"),
        Q(DBEIBAH, "No one in this government has the authority to open any channel with the occupation, and no one will be protected if the rules were broken,"),
    ],
    "proposals": [],
    "figures": [
        F("Italy-Libya two-way trade", 11000000000, "EUR", "2022", "about"),
        F("Eni gas deal with the National Oil Corporation", 8000000000, "USD", "2023-01", "exact"),
        F("Libya's Jewish community in the mid-1940s", 38000, "people", None, "about"),
    ],
},
"s06_philstar_phl_aus.txt": {
    "document": D("2023-08-26", "The Philippine Star", "San Antonio", "Marielle Cruz",
                  "Marcos, Marles watch Alon landing; Manila, Canberra to start joint sea patrols"),
    "people": [
        P(MARCOS, "PHL", "President"),
        P(MARLES, "AUS", "Deputy Prime Minister", "defence minister"),
        P(TEODORO, "PHL", "Defense Secretary"),
        P(ALBANESE, "AUS", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2023-08-25", [MARLES], [MARCOS, "PHL"], "San Antonio",
          "President Ferdinand Marcos Jr. and Australian Deputy Prime Minister Richard Marles yesterday watched hundreds of Filipino and Australian troops storm a beach"),
        E(["COOPERATE"], [], "2023-08-25", ["AUS", "PHL"], [], "San Antonio",
          "Amphibious vehicles and landing craft launched from the Australian ship HMAS Canberra put ashore marines from both countries"),
        E(["COOPERATE"], [], "2023-08-14", ["AUS", "PHL"], [], None,
          "Exercise Alon, which began on Aug. 14 and ends on Aug. 31"),
        E(["CONSULT"], ["visit"], "2023-08-24", [MARLES], [TEODORO, "PHL"], "Quezon City",
          "held talks on Thursday with Defense Secretary Gilberto Teodoro Jr. at Camp Aguinaldo in Quezon City"),
        E(["AGREE"], [], "2023-08-24", [MARLES, TEODORO, "AUS", "PHL"], [], "Quezon City",
          "The two agreed that their navies and air forces would begin joint patrols in the South China Sea"),
        E(["AGREE"], [], "2023-08-25", [ALBANESE, "AUS"], ["PHL"], None,
          "Prime Minister Anthony Albanese would visit Manila in September to sign an agreement raising relations to a strategic partnership"),
        E(["ASSAULT", "COERCE"], ["crowd-control"], "2023-08-05", ["CHN"], ["PHL"], "Ayungin Shoal",
          "Chinese coast guard ships blocked a Philippine resupply mission to the BRP Sierra Madre at Ayungin Shoal on Aug. 5 and fired water cannon at one of its boats"),
        E(["ACCUSE"], ["disapprove"], "2023-08", ["AUS"], ["CHN"], None,
          "Australia and other partners voiced concern at the time"),
        E(["SUPPORT"], [], "2012", ["PHL", "AUS"], [], None,
          "The Status of Visiting Forces Agreement between Manila and Canberra, which allows exercises of this size, took effect in 2012"),
    ],
    "quotes": [
        Q(MARLES, "We are two democracies that depend on the sea lanes of this region staying open. Patrolling together is a natural next step for partners who already train together,"),
        Q(TEODORO, "The Philippines will exercise its rights in its own exclusive economic zone, and it welcomes friends who respect the same rules,"),
        Q(MARCOS, "Our alliances and partnerships are what allow a country of our size to defend its sovereignty with confidence,"),
    ],
    "proposals": [],
    "figures": [
        F("Australian Defence Force personnel in Exercise Alon", 2000, "people", "2023-08", "over"),
        F("Armed Forces of the Philippines members in Exercise Alon", 700, "people", "2023-08", "about"),
        F("US Marines in Exercise Alon", 150, "people", "2023-08", "about"),
    ],
},
}
