from ann_helpers import D, P, E, Q, PR, F

# Mediation, ultimatums and summitry in the week of 21-27 August 2023: Fiji's prime minister on Japan's release of
# treated water from Fukushima and China's seafood ban, Algeria's foreign minister in Abuja against an ECOWAS
# intervention in Niger, the Niger junta's 48-hour ultimatum to the French ambassador.
# s07: Fiji Sun, Saturday 26 August 2023
RABUKA, BHAGWAN, KISHIDA = "Sitiveni Rabuka", "James Bhagwan", "Fumio Kishida"
# s08: Daily Trust, Thursday 24 August 2023
ATTAF, TINUBU, TEBBOUNE, TUGGAR, NGELALE, ABUBAKAR, TCHIANI = (
    "Ahmed Attaf", "Bola Ahmed Tinubu", "Abdelmadjid Tebboune", "Yusuf Tuggar", "Ajuri Ngelale", "Abdulsalami Abubakar",
    "Abdourahamane Tchiani")
# s09: MyJoyOnline, Saturday 26 August 2023
ITTE, BAZOUM, SANGARE, COLONNA, ABDRAMANE, AMOAMA = ("Sylvain Itte", "Mohamed Bazoum", "Bakary Yaou Sangare",
                                                     "Catherine Colonna", "Amadou Abdramane", "Seth Amoama")

ANN = {
"s07_fijisun_fji_jpn.txt": {
    "document": D("2023-08-26", "Fiji Sun", None, "Litia Naivalu",
                  "PM Rabuka stands by Japan on treated water as protesters gather in Suva"),
    "people": [
        P(RABUKA, "FJI", "Prime Minister"),
        P(BHAGWAN, "FJI", "general secretary of the Pacific Conference of Churches"),
        P(KISHIDA, "JPN", "Prime Minister"),
    ],
    "events": [
        E(["SUPPORT"], [], "2023-08-25", [RABUKA, "FJI"], ["JPN"], "Suva",
          "Prime Minister Sitiveni Rabuka says Fiji accepts the scientific assessment behind Japan's release of treated water"),
        E(["CONSULT"], ["visit"], "2023-08-23", ["JPN"], [RABUKA, "FJI"], None,
          "he had been briefed in detail by Japan's Ambassador to Fiji on Wednesday"),
        E(["PROTEST"], ["demo"], "2023-08-25", ["FJI"], ["JPN"], "Suva",
          "About 50 people gathered outside the embassy on Victoria Parade yesterday morning"),
        E(["SANCTION"], ["discontinue"], "2023-08-24", ["CHN"], ["JPN"], None,
          "China responded on the same day by suspending all imports of seafood from Japan"),
        E(["ACCUSE"], ["disapprove"], "2023-08", ["JPN"], ["CHN"], None,
          "a step Tokyo called scientifically groundless"),
        E(["AID", "SUPPORT"], [], "2023-03", ["JPN"], ["FJI"], None,
          "In March, Japan signed a grant of 1.2 billion yen for new equipment at the Colonial War Memorial Hospital and the Lautoka Hospital"),
        E(["AGREE"], [], "2023-08", [RABUKA], [KISHIDA, "JPN"], None,
          "he had accepted an invitation from Prime Minister Fumio Kishida to attend the next Pacific Islands Leaders Meeting in Tokyo"),
    ],
    "quotes": [
        Q(RABUKA, "I asked the hard questions and I got straight answers. The International Atomic Energy Agency has looked at this and so have our own experts. I cannot tell Fijians to be afraid of something the science does not support,"),
        Q(BHAGWAN, "The Pacific has already paid for other people's nuclear tests. We were told then that it was safe too. Our ocean is not a dumping ground for anyone,"),
    ],
    "proposals": [],
    "figures": [
        F("treated water to be released from Fukushima Daiichi", 1340000, "tonnes", None, "about"),
        F("tritium level of the diluted water", 1500, "becquerels per litre", None, "under"),
        F("protesters outside the Japanese Embassy in Suva", 50, "people", "2023-08-25", "about"),
        F("Japanese grant for hospital equipment in Fiji", 1200000000, "JPY", "2023-03", "exact"),
        F("Fijian seafood exports to Japan", 60000000, "FJD", "2022", "about"),
    ],
},
"s08_dailytrust_dza_nga.txt": {
    "document": D("2023-08-24", "Daily Trust", None, "Abdullahi Musa",
                  "Niger: Algeria's foreign minister meets Tinubu, offers three-step path to avert war"),
    "people": [
        P(ATTAF, "DZA", "Minister of Foreign Affairs"),
        P(TINUBU, "NGA", "President", "ECOWAS chairman"),
        P(TEBBOUNE, "DZA", "President"),
        P(TUGGAR, "NGA", "Minister of Foreign Affairs"),
        P(NGELALE, "NGA", "Special Adviser on Media and Publicity"),
        P(ABUBAKAR, "NGA", "former Head of State"),
        P(TCHIANI, "NER", "junta leader"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2023-08-23", [ATTAF], [TINUBU, "NGA"], "Abuja",
          "Ahmed Attaf, was received by President Bola Ahmed Tinubu at the State House in Abuja on Wednesday"),
        E(["CONSULT"], ["visit"], "2023-08-23", [ATTAF], [TUGGAR, "NGA"], "Abuja",
          "later held talks with the new Minister of Foreign Affairs, Yusuf Tuggar"),
        E(["AGREE"], [], "2023-08-23", [ATTAF, TUGGAR, "DZA", "NGA"], [], "Abuja",
          "Attaf and Tuggar agreed to convene the Nigeria-Algeria joint commission in Algiers before the end of the year"),
        E(["CONSULT"], ["visit"], "2023-08-19", [ABUBAKAR], [TCHIANI, "NER"], "Niamey",
          "an ECOWAS delegation led by former Head of State Abdulsalami Abubakar met the junta leader, General Abdourahamane Tchiani, in Niamey"),
        E(["SUPPORT"], [], "2022-07", ["NGA", "NER", "DZA"], [], "Algiers",
          "Nigeria, Niger and Algeria signed a memorandum of understanding on the Trans-Saharan Gas Pipeline in Algiers in July 2022"),
    ],
    "quotes": [
        Q(ATTAF, "Every war on our borders has ended up on our doorstep. Libya taught us that, and Mali taught us that. We are here to help our brothers in Nigeria find a way out without firing a single shot,"),
        Q(TINUBU, "Nigeria does not want war with Niger, but we will not accept a military government that holds an elected president hostage. We welcome every honest effort that brings the soldiers back to the barracks."),
    ],
    "proposals": [
        PR(ATTAF, 1, "a ceasefire in rhetoric on all sides, with no deadlines or military preparations announced while talks go on"),
        PR(ATTAF, 2, "a short transition of no more than six months under a civilian figure acceptable to all Nigerien parties"),
        PR(ATTAF, 3, "an international conference on the development of the Sahel, with Algeria ready to host it"),
    ],
    "figures": [
        F("length of the Trans-Saharan Gas Pipeline", 4128, "kilometers", None, "exact"),
        F("expected cost of the Trans-Saharan Gas Pipeline", 13000000000, "USD", None, "about"),
        F("annual capacity of the Trans-Saharan Gas Pipeline", 30000000000, "cubic meters", None, "under"),
        F("length of the Niger-Nigeria border", 1500, "kilometers", None, "about"),
        F("length of the Niger-Algeria border", 1000, "kilometers", None, "under"),
    ],
},
"s09_myjoyonline_ner_fra.txt": {
    "document": D("2023-08-26", "MyJoyOnline", None, "Efua Amoah",
                  "Niger junta gives French ambassador 48 hours to leave; Paris says putschists have no authority"),
    "people": [
        P(ITTE, "FRA", "ambassador"),
        P(BAZOUM, "NER", "President"),
        P(SANGARE, "NER", "foreign minister"),
        P(COLONNA, "FRA", "Foreign Minister"),
        P(ABDRAMANE, "NER", "spokesman for the junta"),
        P(TCHIANI, "NER"),
        P(AMOAMA, "GHA", "Chief of the Defence Staff"),
    ],
    "events": [
        E(["SANCTION"], ["expel"], "2023-08-25", ["NER"], [ITTE, "FRA"], None,
          "Niger's military rulers on Friday ordered France's ambassador, Sylvain Itte, to quit Niger within 48 hours"),
        E(["REJECT"], [], "2023-08-25", ["FRA"], ["NER"], None,
          "France rejected the demand within hours"),
        E(["PROTEST"], ["demo"], "2023-08-26", ["NER"], ["FRA"], "Niamey",
          "On Saturday morning thousands of people answered a call by civil society groups and gathered near the air base in Niamey"),
        E(["SANCTION"], ["discontinue"], "2023-08-03", ["NER"], ["FRA"], None,
          "The junta had already announced on August 3 that it was revoking the military cooperation agreements with France"),
        E(["REJECT"], [], "2023-08", ["FRA"], ["NER"], None,
          "a decision Paris also refused to recognise"),
        E(["COOPERATE", "SUPPORT"], [], "2023-08-24", [TCHIANI, "NER"], ["MLI", "BFA"], None,
          "General Abdourahamane Tchiani signed two orders authorising the security forces of Mali and Burkina Faso to intervene on Nigerien territory"),
    ],
    "quotes": [
        Q(COLONNA, "Our ambassador is in Niamey at the request of the government that the people of Niger chose. He will stay there,"),
        Q(ABDRAMANE, "Niger is a sovereign country. We decide who represents a foreign state on our soil, not Paris,"),
    ],
    "proposals": [],
    "figures": [
        F("French troops in Niger", 1500, "people", None, "about"),
        F("Ghanaian troops pledged to the ECOWAS standby force", 1000, "people", None, "about"),
        F("Niger's share of natural uranium delivered to EU utilities", 25, "percent", "2022", "about"),
    ],
},
}
