from ann_helpers import D, P, E, Q, PR, F

# New governments and first contacts in the week of 8-14 July 2024: Colombia and Panama's new government,
# Australia and the new British defence secretary, Nigeria and Senegal at the ECOWAS summit.
# s10: Newsroom Panama, Saturday 13 July 2024
MURILLO, MULINO, MARTINEZ, PETRO, MAYORKAS = ("Luis Gilberto Murillo", "José Raúl Mulino", "Javier Martínez-Acha",
                                              "Gustavo Petro", "Alejandro Mayorkas")
# s11: The Sydney Morning Herald, Thursday 11 July 2024
MARLES, HEALEY, ALBANESE, STARMER, WONG, LAMMY, CAMERON, SHAPPS = (
    "Richard Marles", "John Healey", "Anthony Albanese", "Keir Starmer", "Penny Wong", "David Lammy",
    "David Cameron", "Grant Shapps")
# s12: TheCable, Monday 8 July 2024
TINUBU, FAYE, GNASSINGBE, NGELALE = ("Bola Tinubu", "Bassirou Diomaye Faye", "Faure Gnassingbe", "Ajuri Ngelale")

ANN = {
"s10_newsroompanama_pan_col.txt": {
    "document": D("2024-07-13", "Newsroom Panama", None, None,
                  "Panama and Colombia agree joint migration task force as Murillo meets Mulino"),
    "people": [
        P(MURILLO, "COL", "Foreign Minister"),
        P(MULINO, "PAN", "President"),
        P(MARTINEZ, "PAN"),
        P(PETRO, "COL", "President"),
        P(MAYORKAS, "USA", "Homeland Security Secretary"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2024-07-11", [MURILLO], [MULINO, "PAN"], "Panama City",
          "Colombia's Foreign Minister Luis Gilberto Murillo was received on Thursday by President José Raúl Mulino at the Palacio de las Garzas"),
        E(["CONSULT"], ["visit"], "2024-07-11", [MURILLO], [MARTINEZ, "PAN"], "Panama City",
          "Murillo held talks at the Foreign Ministry with his Panamanian counterpart Javier Martínez-Acha"),
        E(["AGREE"], [], "2024-07-11", [MURILLO, MARTINEZ, "COL", "PAN"], [], "Panama City",
          "The two ministers agreed to set up a binational task force on migration and security in the Darien"),
        E(["ACCUSE"], ["disapprove"], "2024-07-03", [PETRO, "COL"], ["PAN"], None,
          "On July 3, Petro wrote that fences would not stop people fleeing poverty"),
        E(["CONSULT"], ["visit"], "2024-07-01", [MURILLO], [MULINO, "PAN"], "Panama City",
          "Murillo also attended Mulino's inauguration at the Atlapa Convention Center on July 1"),
        E(["SUPPORT"], [], "2024-07-01", [MAYORKAS, MARTINEZ, "USA", "PAN"], [], "Panama City",
          "US Homeland Security Secretary Alejandro Mayorkas and Martínez-Acha signed a memorandum of understanding"),
    ],
    "quotes": [
        Q(MURILLO, "We did not come to argue about wire. We came because both of us lose if the Darien stays in the hands of the trafficking gangs,"),
        Q(MARTINEZ, "Panama has carried a burden that belongs to the whole continent for too long. We are grateful that Colombia now wants to share that burden with us,"),
    ],
    "proposals": [],
    "figures": [
        F("migrants who crossed the Darien jungle", 520000, "people", "2023", "over"),
        F("migrants who crossed the Darien so far this year", 190000, "people", "2024", "about"),
        F("US funding for the first phase of return flights", 6000000, "USD", None, "about"),
        F("length of the Darien border between Panama and Colombia", 266, "kilometers", None, "about"),
    ],
},
"s11_smh_aus_gbr.txt": {
    "document": D("2024-07-11", "The Sydney Morning Herald", "Washington", "Tom Caldwell",
                  "Marles gets AUKUS assurance from new British defence secretary at first meeting"),
    "people": [
        P(MARLES, "AUS", "Defence Minister"),
        P(HEALEY, "GBR", "Defence Secretary"),
        P(ALBANESE, "AUS", "Prime Minister"),
        P(STARMER, "GBR"),
        P(WONG, "AUS", "Foreign Minister"),
        P(LAMMY, "GBR", "Foreign Secretary"),
        P(CAMERON, "GBR", "foreign secretary"),
        P(SHAPPS, "GBR", "defence secretary"),
    ],
    "events": [
        E(["CONSULT"], ["multilateral"], "2024-07-10", [MARLES, HEALEY], [], "Washington",
          "Marles and Healey held talks for about 45 minutes on Wednesday, Washington time"),
        E(["AGREE"], [], "2024-07-10", [MARLES, HEALEY, "AUS", "GBR"], [], "Washington",
          "They agreed to hold the next round of Australia-UK Ministerial Consultations, known as AUKMIN, in Britain early next year"),
        E(["CONSULT"], ["phone"], "2024-07-06", [ALBANESE, STARMER], [], None,
          "Prime Minister Anthony Albanese spoke to Keir Starmer by phone on Saturday"),
        E(["CONSULT"], ["phone"], "2024-07-08", [WONG, LAMMY], [], None,
          "Foreign Minister Penny Wong held her first call with the new Foreign Secretary, David Lammy, on Monday"),
        E(["SUPPORT"], [], "2021-09", ["AUS", "GBR", "USA"], [], None,
          "Australia, Britain and the United States announced the AUKUS partnership in September 2021"),
        E(["CONSULT"], ["visit"], "2024-03", [CAMERON, SHAPPS], ["AUS"], "Adelaide",
          "The last AUKMIN talks were held in Adelaide in March, when then foreign secretary David Cameron and then defence secretary Grant Shapps visited Australia"),
        E(["SUPPORT"], [], "2023-05-31", ["AUS", "GBR"], [], None,
          "The free trade agreement between the two countries came into force on May 31 last year"),
    ],
    "quotes": [
        Q(HEALEY, "AUKUS was built by governments of both colours in all three countries, and it will outlast all of us. I told Richard today that Britain's commitment is total,"),
        Q(MARLES, "John knows this file, and he knows what is at stake for the industrial base in Barrow and Derby as much as in Adelaide,"),
    ],
    "proposals": [],
    "figures": [
        F("expected cost of the AUKUS submarine program over three decades", 368000000000, "AUD", None, "under"),
        F("Australian commitment to expand the Rolls-Royce factory in Derby", 4600000000, "AUD", None, "exact"),
        F("Virginia-class submarines Australia will buy from the US", 3, "submarines", None, "over"),
    ],
},
"s12_thecable_nga_sen.txt": {
    "document": D("2024-07-08", "TheCable", None, "Chinedu Okafor",
                  "Tinubu hosts Faye at Aso Rock as ECOWAS names Senegalese leader to reach out to Sahel juntas"),
    "people": [
        P(TINUBU, "NGA", "President"),
        P(FAYE, "SEN", "President"),
        P(GNASSINGBE, "TGO"),
        P(NGELALE, "NGA", "presidential spokesman"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2024-07-06", [FAYE], [TINUBU, "NGA"], "Abuja",
          "President Bola Tinubu held talks with Senegal's President Bassirou Diomaye Faye at the Presidential Villa in Abuja on Saturday evening"),
        E(["CONSULT"], ["multilateral"], "2024-07-07", [TINUBU, FAYE], [], "Abuja",
          "the summit of the Economic Community of West African States (ECOWAS) held in the capital on Sunday"),
        E(["AGREE"], [], "2024-07-06", [TINUBU], [FAYE, "SEN"], "Abuja",
          "Tinubu accepted an invitation from Faye to visit Dakar before the end of the year"),
        E(["SUPPORT"], [], "2024-07-06", ["MLI", "BFA", "NER"], [], "Niamey",
          "the leaders of Mali, Burkina Faso and Niger, meeting in Niamey on Saturday, signed a treaty creating a confederation of the Alliance of Sahel States"),
        E(["SANCTION"], ["withdraw"], "2024-01-28", ["MLI", "BFA", "NER"], [], None,
          "The three countries announced their exit from the regional bloc on January 28"),
        E(["CONSULT"], ["visit"], "2024-05", [FAYE], [TINUBU, "NGA"], "Abuja",
          "Faye had visited Abuja in May on one of his first trips abroad after his election"),
        E(["AGREE"], [], "2024-05", [FAYE, TINUBU, "SEN", "NGA"], [], "Abuja",
          "the two presidents agreed to strengthen cooperation on security and trade"),
    ],
    "quotes": [
        Q(TINUBU, "Senegal has shown the whole continent that power can change hands peacefully through the ballot box. Nigeria will stand with President Faye in everything he does to bring our brothers in the Sahel back to the family,"),
        Q(FAYE, "I am not here to choose between ECOWAS and the Sahel. I am here because a divided West Africa is a weaker West Africa, and only the terrorists gain from that,"),
    ],
    "proposals": [
        PR(FAYE, 1, "that ECOWAS open a direct channel of dialogue with the three Sahel countries without preconditions"),
        PR(FAYE, 2, "that the bloc speed up the deployment of its standby force against terrorism"),
        PR(FAYE, 3, "that member states agree a firm timetable for the single currency, the Eco"),
    ],
    "figures": [
        F("Faye's share of the vote in the presidential election", 54, "percent", "2024-03-24", "about"),
        F("combined population of Mali, Burkina Faso and Niger", 72000000, "people", None, "about"),
        F("population of the ECOWAS region", 400000000, "people", None, "over"),
        F("trade between Nigeria and Senegal", 180000000000, "NGN", "2023", "about"),
    ],
},
}
