from ann_helpers import D, P, E, Q, PR, F

# The news of the day with dated background.
# s11: MIA, Wednesday 12 February 2025
MUCUNSKI, GERAPETRITIS, MICKOSKI = "Timčo Mucunski", "Giorgos Gerapetritis", "Hristijan Mickoski"
DIMITROV, KOTZIAS, ZAEV, TSIPRAS = "Nikola Dimitrov", "Nikos Kotzias", "Zoran Zaev", "Alexis Tsipras"
SILJANOVSKA, MITSOTAKIS = "Gordana Siljanovska-Davkova", "Kyriakos Mitsotakis"
# s12: Lusa, Thursday 13 February 2025
MONTEIRO, KING, MORRISON, TMR, XANANA = ("Francisco da Costa Monteiro", "Madeleine King", "Scott Morrison",
                                         "Taur Matan Ruak", "Xanana Gusmão")

ANN = {
"s11_mia_mkd_grc.txt": {
    "document": D("2025-02-12", "MIA", "Skopje", None,
                  "Mucunski and Gerapetritis agree on deputy ministers' meeting six years after Prespa Agreement took effect"),
    "people": [
        P(MUCUNSKI, "MKD", "Foreign Minister"),
        P(GERAPETRITIS, "GRC"),
        P(MICKOSKI, "MKD", "Prime Minister"),
        P(DIMITROV, "MKD", "foreign minister"),
        P(KOTZIAS, "GRC", "foreign minister"),
        P(ZAEV, "MKD", "prime minister"),
        P(TSIPRAS, "GRC", "prime minister"),
        P(SILJANOVSKA, "MKD", "President"),
        P(MITSOTAKIS, "GRC", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["phone"], "2025-02-11", [MUCUNSKI, GERAPETRITIS], [], None,
          "agreed in a phone call on Tuesday"),
        E(["AGREE"], [], "2025-02-11", [MUCUNSKI, GERAPETRITIS, "MKD", "GRC"], [], None,
          "that their deputies will meet in Athens in March to review the three memoranda on economic cooperation"),
        E(["ACCUSE", "REQUEST"], ["disapprove", "change"], "2025-02-10", ["GRC"], [MICKOSKI, "MKD"], None,
          "In a statement on Monday, the Greek ministry said the use of the name was inconsistent with the obligations of the Prespa Agreement"),
        E(["SUPPORT"], [], "2018-06-17", [DIMITROV, KOTZIAS, "MKD", "GRC"], [], "Psarades",
          "It was signed on 17 June 2018 in the village of Psarades on Lake Prespa"),
        E(["SUPPORT"], [], "2019-01-25", ["GRC"], ["MKD"], None,
          "The Greek Parliament ratified the agreement on 25 January 2019"),
        E(["SUPPORT"], [], "2019-02-08", ["GRC"], ["MKD"], None,
          "on 8 February 2019 Greece became the first NATO member to ratify the protocol on the country's accession to the Alliance"),
        E(["CONSULT"], ["visit"], "2019-04-02", [TSIPRAS], [ZAEV], "Skopje",
          "On 2 April 2019, Tsipras arrived in Skopje on the first official visit by a Greek prime minister"),
        E(["ACCUSE"], ["disapprove"], "2024-05-12", ["GRC"], [SILJANOVSKA, "MKD"], None,
          "prompting a protest from the Greek Ministry of Foreign Affairs the same day"),
        E(["THREATEN"], [], "2024-05", [MITSOTAKIS, "GRC"], ["MKD"], None,
          "Greek Prime Minister Kyriakos Mitsotakis warned days later that any backsliding on the agreement would block the country's progress toward the European Union"),
    ],
    "quotes": [
        Q(MUCUNSKI, "We have obligations under the agreement and we fulfil them, but we also expect Greece to fulfil its own, including the memoranda that have been sitting in a drawer for six years,"),
    ],
    "proposals": [],
    "figures": [
        F("memoranda on economic cooperation awaiting ratification in the Greek Parliament", 3, "memoranda", None, "exact"),
        F("ministers accompanying Tsipras to Skopje", 10, "ministers", "2019-04-02", "exact"),
        F("North Macedonia-Greece bilateral trade", 1100000000, "EUR", "2024", "about"),
    ],
},
"s12_lusa_tls_aus.txt": {
    "document": D("2025-02-13", "Lusa", "Dili", None,
                  "Timor-Leste asks Australia to back Greater Sunrise pipeline to south coast"),
    "people": [
        P(MONTEIRO, "TLS", "Petroleum Minister"),
        P(KING, "AUS", "Resources Minister"),
        P(MORRISON, "AUS", "Prime Minister"),
        P(TMR, "TLS", "Prime Minister"),
        P(XANANA, "TLS", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-02-12", [MONTEIRO], [KING], "Canberra",
          "Monteiro, who met King on Wednesday"),
        E(["REQUEST"], ["assist"], "2025-02-12", [MONTEIRO, "TLS"], ["AUS"], "Canberra",
          "he had handed over a request for Australia to formally endorse the pipeline option"),
        E(["AGREE"], [], "2025-02-12", [MONTEIRO, KING, "TLS", "AUS"], [], "Canberra",
          "The two ministers agreed to set up a joint technical working group"),
        E(["AGREE"], [], "2025-02-12", [KING, "AUS"], ["TLS"], "Canberra",
          "King also offered 4.5 million Australian dollars to train Timorese engineers and regulators in the petroleum sector"),
        E(["SUPPORT"], [], "2018-03-06", ["TLS", "AUS"], [], "New York",
          "was signed at United Nations headquarters in New York on 6 March 2018"),
        E(["CONSULT"], ["visit"], "2019-08-30", [MORRISON], [TMR], "Dili",
          "Australian Prime Minister Scott Morrison travelled to Dili"),
        E(["SUPPORT"], [], "2019-08-30", [MORRISON, TMR, "AUS", "TLS"], [], "Dili",
          "exchanged diplomatic notes with Prime Minister Taur Matan Ruak"),
        E(["COERCE"], ["seize"], "2013-12", ["AUS"], ["TLS"], "Canberra",
          "Australian intelligence officers raided the Canberra office of a lawyer representing Timor-Leste and seized documents"),
        E(["ACCUSE"], ["allege"], "2013-12", ["TLS"], ["AUS"], "The Hague",
          "Timor-Leste took Australia to the International Court of Justice in The Hague that same month"),
    ],
    "quotes": [
        Q(MONTEIRO, "Greater Sunrise is not only a gas project for us, it is the foundation of our independence as an economy. Without the pipeline, Timor-Leste remains a country that exports its future,"),
        Q(XANANA, "We waited centuries for our sovereignty, and we can wait a few more years for the right decision on Sunrise,"),
    ],
    "proposals": [],
    "figures": [
        F("Australian offer to train Timorese engineers and regulators", 4500000, "AUD", "2025-02-12", "exact"),
        F("distance of the Greater Sunrise fields from Timor-Leste", 150, "kilometres", None, "about"),
        F("gas held in the Greater Sunrise fields", 5100000000000, "cubic feet", None, "about"),
        F("Timor-Leste's share of upstream revenue if the gas is processed in Timor-Leste", 70, "percent", None, "exact"),
        F("Australia's share of upstream revenue if the gas is processed in Timor-Leste", 30, "percent", None, "exact"),
        F("Timor-Leste's share of upstream revenue if the gas is processed in Australia", 80, "percent", None, "exact"),
        F("Australia's share of upstream revenue if the gas is processed in Australia", 20, "percent", None, "exact"),
        F("Timor-Leste's Petroleum Fund", 18000000000, "USD", "2024", "about"),
    ],
},
}
