from ann_helpers import D, P, E, Q, PR, F

# An envoy summoned over spying, an embassy siege ended, arrests and a summons over a plot.
# s04: The Copenhagen Post, Thursday 8 May 2025
LOKKE, GABBARD, NIELSEN, TRUMP, FREDERIKSEN, VANCE = ("Lars Løkke Rasmussen", "Tulsi Gabbard",
                                                      "Jens-Frederik Nielsen", "Donald Trump",
                                                      "Mette Frederiksen", "JD Vance")
# s05: Buenos Aires Herald, Wednesday 7 May 2025
RUBIO, MEDA, URRUCHURTU, MACHADO, WERTHEIN = ("Marco Rubio", "Magalli Meda", "Pedro Urruchurtu",
                                              "María Corina Machado", "Gerardo Werthein")
GALLO, GIL, MILEI, MADURO, MOTTOLA = ("Nahuel Gallo", "Yván Gil", "Javier Milei", "Nicolás Maduro",
                                      "Fernando Martínez Mottola")
# s06: The Independent, Thursday 8 May 2025
JARVIS, BAGHAEI, CRAIG, LINDSAY, FALCONER, COOPER = ("Dan Jarvis", "Esmaeil Baghaei", "Craig Foreman",
                                                     "Lindsay Foreman", "Hamish Falconer", "Yvette Cooper")

ANN = {
"s04_cphpost_dnk_usa.txt": {
    "document": D("2025-05-08", "The Copenhagen Post", None, "Mikkel Thorsager Brandt",
                  "Foreign minister calls in US envoy over Greenland spying report"),
    "people": [
        P(LOKKE, "DNK", "Foreign Minister"),
        P(GABBARD, "USA", "Director of National Intelligence"),
        P(NIELSEN, "GRL", "Premier"),
        P(TRUMP, "USA"),
        P(FREDERIKSEN, "DNK", "Prime Minister"),
        P(VANCE, "USA", "Vice President"),
    ],
    "events": [
        E(["ACCUSE"], ["disapprove"], "2025-05-08", [LOKKE, "DNK"], ["USA"], "Copenhagen",
          "The acting US ambassador to Denmark was called to the Foreign Ministry in Copenhagen on Thursday morning"),
        E(["ACCUSE"], ["disapprove"], "2025-05-07", [NIELSEN, "GRL"], ["USA"], "Nuuk",
          "Jens-Frederik Nielsen, said on Wednesday that the report showed a lack of respect for Greenlanders"),
        E(["CONSULT"], ["phone"], "2025-01-15", [TRUMP, FREDERIKSEN], [], None,
          "In a tense phone call on January 15, Trump told Prime Minister Mette Frederiksen"),
        E(["ACCUSE"], ["allege"], "2025-03-28", [VANCE, "USA"], ["DNK"], "Pituffik",
          "and accused Denmark of having neglected the island's security"),
        E(["REJECT"], [], "2025-03-29", [LOKKE, "DNK"], ["USA"], None,
          "The following day Løkke rejected the charge in a video posted on social media"),
        E(["THREATEN"], ["territory", "violence"], "2025-05-04", [TRUMP, "USA"], ["DNK"], None,
          "In an interview broadcast on Sunday, Trump again declined to rule out the use of military force to take Greenland"),
    ],
    "quotes": [
        Q(LOKKE, "Friends do not spy on each other. I want to hear from the Americans whether this is true, and I want to be sure they understand how it sounds in Denmark,"),
        Q(LOKKE, "clear and unambiguous"),
        Q(FREDERIKSEN, "We will not be pushed around by anyone, however big they are. Greenland's future is for Greenlanders to decide,"),
    ],
    "proposals": [],
    "figures": [
        F("length of the meeting with the acting US ambassador", 45, "minutes", "2025-05-08", "about"),
        F("Danish Arctic and North Atlantic security package", 14600000000, "DKK", "2025-01", "exact"),
        F("inhabitants of Greenland", 57000, "people", None, "about"),
    ],
},
"s05_baherald_arg_ven.txt": {
    "document": D("2025-05-07", "Buenos Aires Herald", None, "Tomás Iriarte Bunge",
                  "Venezuelan dissidents who sheltered in Argentine residence reach the US"),
    "people": [
        P(RUBIO, "USA", "Secretary of State"),
        P(MEDA, "VEN"),
        P(URRUCHURTU, "VEN"),
        P(MACHADO, "VEN", "opposition leader"),
        P(WERTHEIN, "ARG", "Foreign Minister"),
        P(GALLO, "ARG"),
        P(GIL, "VEN", "Foreign Minister"),
        P(MILEI, "ARG", "President"),
        P(MADURO, "VEN"),
        P(MOTTOLA, "VEN"),
    ],
    "events": [
        E(["AID"], [], "2025-05-06", ["USA"], [MEDA, URRUCHURTU], "Caracas",
          "Rubio described the departure as a rescue carried out by US agencies"),
        E(["SUPPORT"], [], "2025-05-06", [WERTHEIN, "ARG"], ["USA"], None,
          "Foreign Minister Gerardo Werthein thanked Washington on Tuesday afternoon"),
        E(["REQUEST"], ["yield"], "2025-05-06", [WERTHEIN, "ARG"], ["VEN"], None,
          "Werthein also renewed Argentina's demand that Venezuela free Nahuel Gallo"),
        E(["COERCE"], ["arrest"], "2024-12-08", ["VEN"], [GALLO, "ARG"], "Táchira",
          "who was detained on December 8 at a border post in Táchira state"),
        E(["ACCUSE", "REJECT"], ["allege"], "2025-05-06", [GIL, "VEN"], ["ARG"], None,
          "Venezuelan Foreign Minister Yván Gil accused Argentina of having used its diplomatic premises to protect people wanted for conspiracy"),
        E(["AID"], [], "2024-03", ["ARG"], [MEDA, URRUCHURTU], "Caracas",
          "took refuge in the residence in March 2024"),
        E(["REJECT"], [], "2024-07", [MILEI, "ARG"], [MADURO, "VEN"], None,
          "President Javier Milei refused to recognise Nicolás Maduro's claimed victory"),
        E(["SANCTION"], ["expel"], "2024-07-29", ["VEN"], ["ARG"], None,
          "on July 29 Caracas ordered Argentina's diplomats to leave the country within 72 hours"),
        E(["AID", "SUPPORT", "COOPERATE"], [], "2024-08-01", ["BRA"], ["ARG"], "Caracas",
          "Brazil took custody of the residence and of Argentine interests on August 1"),
        E(["SANCTION"], ["discontinue"], "2024-09-07", ["VEN"], ["BRA"], None,
          "Venezuela revoked that authorisation on September 7, 2024"),
    ],
    "quotes": [
        Q(WERTHEIN, "Argentina kept its word to these five people for fourteen months, under siege and without electricity. Today they are free, and we owe that to the United States,"),
        Q(URRUCHURTU, "Every night we heard the vehicles outside and wondered whether they would come in. Argentina never gave us up,"),
    ],
    "proposals": [],
    "figures": [
        F("Venezuelan opposition activists brought out of the Argentine residence", 5, "people", "2025-05-06", "exact"),
        F("deadline for Argentine diplomats to leave Venezuela", 72, "hours", "2024-07-29", "exact"),
    ],
},
"s06_independent_gbr_irn.txt": {
    "document": D("2025-05-08", "The Independent", None, "Harriet Calloway-Singh",
                  "Iranian ambassador summoned as police get more time to question terror suspects"),
    "people": [
        P(JARVIS, "GBR", "Security minister"),
        P(BAGHAEI, "IRN", "foreign ministry spokesman"),
        P(CRAIG, "GBR"),
        P(LINDSAY, "GBR"),
        P(FALCONER, "GBR", "Middle East minister"),
        P(COOPER, "GBR", "Home Secretary"),
    ],
    "events": [
        E(["ACCUSE"], ["disapprove"], "2025-05-06", ["GBR"], ["IRN"], "London",
          "The Foreign Office summoned Iran's ambassador on Tuesday"),
        E(["COERCE"], ["arrest"], "2025-05-03", ["GBR"], ["IRN"], None,
          "The men were among eight people detained on Saturday in raids in London, Swindon, Stockport and Rochdale"),
        E(["REJECT", "REQUEST"], [], "2025-05-05", [BAGHAEI, "IRN"], ["GBR"], "Tehran",
          "said on Monday that Iran rejected what he called a politically motivated show and had asked London for immediate consular access"),
        E(["COERCE"], ["arrest"], "2025-01", ["IRN"], [CRAIG, LINDSAY, "GBR"], "Kerman",
          "Since January, Iranian authorities have held Craig and Lindsay Foreman"),
        E(["ACCUSE"], ["allege"], "2025-02", ["IRN"], [CRAIG, LINDSAY, "GBR"], None,
          "Iran's judiciary said in February that they were accused of espionage"),
        E(["SANCTION"], [], "2025-03-04", [JARVIS, "GBR"], ["IRN"], None,
          "On March 4, Jarvis announced that Iran would be placed on the enhanced tier of the Foreign Influence Registration Scheme"),
    ],
    "quotes": [
        Q(JARVIS, "Any attempt by a foreign state to harm people on British soil will be met with the full force of our law. The Iranian regime should be in no doubt about that,"),
        Q(FALCONER, "Craig and Lindsay are not spies. They are two people who wanted to see the world, and we want them home,"),
    ],
    "proposals": [],
    "figures": [
        F("Iranian nationals arrested over the alleged plot", 5, "people", "2025-05-03", "exact"),
        F("people detained in the raids", 8, "people", "2025-05-03", "exact"),
        F("people released without charge", 3, "people", None, "exact"),
        F("maximum prison term for failing to declare work for the Iranian state", 5, "years", None, "under"),
        F("potentially lethal Iran-backed plots tracked by MI5 since January 2022", 20, "plots", None, "exact"),
    ],
},
}
