from ann_helpers import D, P, E, Q, PR, F

# s10: Daily News Hungary, Friday 20 May 2022 (Mongolia's speaker in Budapest); s11: Talamua Online News,
# Saturday 21 May 2022 (Tonga's Speaker in Apia); s12: Chile Today, Sunday 22 May 2022 (Arica and Tacna).
ZAND, KOVER, NOVAK, SZIJ, ORBAN = ("Gombojavyn Zandanshatar", "László Kövér", "Katalin Novák", "Péter Szijjártó",
                                   "Viktor Orbán")
FAK, PAPALII, FIAME = "Fakafanua", "Papaliʻi Liʻo Taeu Masipau", "Fiamē Naomi Mataʻafa"
DIAZ, URREJOLA = "Jorge Díaz Ibarra", "Antonia Urrejola"

ANN = {
"s10_dailynewshungary_hun_mng.txt": {
    "document": D("2022-05-20", "Daily News Hungary", None, "Gergely Tóth",
                  "Mongolian Speaker in Budapest: parliaments sign memorandum, scholarships to rise"),
    "people": [
        P(ZAND, "MNG", "Chairman of the State Great Khural"),
        P(KOVER, "HUN", "Speaker of the Hungarian National Assembly"),
        P(NOVAK, "HUN", "President"),
        P(SZIJ, "HUN", "Foreign Minister"),
        P(ORBAN, "HUN", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2022-05-19", [ZAND], [KOVER, "HUN"], "Budapest",
          "held talks with László Kövér, the Speaker of the Hungarian National Assembly, in the Parliament building yesterday"),
        E(["SUPPORT"], [], "2022-05-19", [ZAND, KOVER, "MNG", "HUN"], [], "Budapest",
          "the two speakers signed a memorandum on cooperation between the two legislatures"),
        E(["AGREE"], [], "2022-05-19", [KOVER, "HUN"], [ZAND, "MNG"], "Budapest",
          "Hungary would raise the number of Stipendium Hungaricum scholarships offered to Mongolian students from 200 to 250 a year"),
        E(["REQUEST"], [], "2022-05-19", [ZAND, "MNG"], ["HUN"], "Budapest",
          "Zandanshatar asked Hungary to support Mongolia's request for an open-skies arrangement with the European Union"),
        E(["CONSULT"], ["visit"], "2022-05-19", [ZAND, "MNG"], [NOVAK, "HUN"], "Budapest",
          "the Mongolian delegation called on President Katalin Novák at Sándor Palace"),
        E(["AGREE"], [], "2022-05-19", [NOVAK, "HUN"], ["MNG"], None,
          "The president accepted an invitation to visit Ulaanbaatar next year"),
        E(["SUPPORT"], [], "1950", ["HUN", "MNG"], [], None,
          "Hungary and Mongolia established diplomatic relations in 1950"),
        E(["AID"], [], "2015", ["HUN"], ["MNG"], None,
          "Since 2015 Hungary has provided Mongolia with a tied-aid credit line of 25 million dollars"),
    ],
    "quotes": [
        Q(KOVER, "The Mongols and the Hungarians have been looking for their common roots for a long time. The best way to find them is to let our young people study together,"),
        Q(ZAND, "Mongolia lives between two large neighbours. We need third neighbours, and Hungary has been one of the first,"),
    ],
    "proposals": [],
    "figures": [
        F("Stipendium Hungaricum scholarships for Mongolian students a year", 200, "scholarships", None, "exact"),
        F("Stipendium Hungaricum scholarships for Mongolian students a year from the next academic year", 250, "scholarships", None, "exact"),
        F("Hungarian tied-aid credit line for Mongolia", 25000000, "USD", None, "exact"),
        F("Hungary-Mongolia trade", 20000000, "EUR", "2021", "about"),
    ],
},
"s11_talamua_wsm_ton.txt": {
    "document": D("2022-05-21", "Talamua Online News", "Apia", None,
                  "Tonga's Speaker in Apia as Samoa lifts travel curbs"),
    "people": [
        P(FAK, "TON", "Speaker of the Legislative Assembly of Tonga"),
        P(PAPALII, "WSM", "Speaker"),
        P(FIAME, "WSM", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2022-05-19", [FAK], [PAPALII, "WSM"], "Mulinuʻu",
          "held talks with his Samoan counterpart, Speaker Papaliʻi Liʻo Taeu Masipau, at the Parliament House at Mulinuʻu on Thursday"),
        E(["AGREE"], [], "2022-05-19", [FAK, PAPALII, "TON", "WSM"], [], "Mulinuʻu",
          "The two Speakers agreed to set up a Samoa–Tonga parliamentary friendship group"),
        E(["CONSULT"], ["visit"], "2022-05-20", [FAK], [FIAME, "WSM"], "Apia",
          "made a courtesy call yesterday on the Prime Minister, Hon. Fiamē Naomi Mataʻafa, at the Government Building"),
        E(["AID"], [], "2022-01", ["WSM"], ["TON"], "Nukuʻalofa",
          "Samoa shipped 30 tonnes of water, food and building materials to Nukuʻalofa"),
        E(["CONCEDE"], [], "2022-05-16", ["WSM"], ["TON"], None,
          "a decision by the Samoan Cabinet on Monday to lift the remaining restrictions on travel from Tonga"),
        E(["SANCTION", "COERCE"], ["discontinue", "restrict"], "2022-02", ["WSM"], ["TON"], None,
          "Samoa suspended the weekly flights from Nukuʻalofa in February"),
    ],
    "quotes": [
        Q(FAK, "When the ash fell on Tonga, Samoa was the first to pick up the phone. This visit is to say thank you, and to say that our two Parliaments can do much more together,"),
        Q(PAPALII, "We are cousins across the sea, and our Parliaments have been too quiet with each other. We will answer every one of these proposals,"),
    ],
    "proposals": [
        PR(FAK, 1, "a joint Pacific forum of Presiding Officers to be hosted in Nukuʻalofa next year"),
        PR(FAK, 2, "the sharing of Hansard and library systems between the two Parliaments"),
        PR(FAK, 3, "a regular exchange of youth parliament delegations"),
    ],
    "figures": [
        F("clerks attached from each Assembly to the other every year", 2, "people", None, "exact"),
        F("water, food and building materials shipped by Samoa to Tonga", 30, "tonnes", "2022-01", "exact"),
        F("members of the Tongan delegation", 5, "people", None, "exact"),
        F("Tongans living in Samoa", 5000, "people", None, "about"),
    ],
},
"s12_chiletoday_chl_per.txt": {
    "document": D("2022-05-22", "Chile Today", None, "Camila Fuentes Rojas",
                  "Arica and Tacna governors agree longer crossing hours after Peruvian protest at Chacalluta"),
    "people": [
        P(DIAZ, "CHL", "governor of Arica y Parinacota"),
        P(URREJOLA, "CHL", "Foreign Minister"),
    ],
    "events": [
        E(["AGREE"], [], "2022-05-20", [DIAZ, "CHL", "PER"], [], "Tacna",
          "agreed on Friday to keep the Chacalluta–Santa Rosa border complex open around the clock on weekends"),
        E(["CONSULT"], ["visit"], "2022-05-20", [DIAZ], ["PER"], "Tacna",
          "travelled to Tacna for the meeting with the regional governor of Tacna"),
        E(["AGREE"], [], "2022-05-20", ["CHL", "PER"], [], "Tacna",
          "The two regions also agreed to set up a joint committee on health checks for farm produce"),
        E(["COERCE", "SANCTION"], ["restrict"], "2022-05-02", ["CHL"], ["PER"], "Chacalluta",
          "on May 2, when Chile introduced additional document checks on Peruvian travellers and vehicles at Chacalluta"),
        E(["PROTEST"], ["obstruct"], "2022-05-18", ["PER"], ["CHL"], "Santa Rosa",
          "several hundred Tacna traders and taxi drivers blocked the road to the Santa Rosa post"),
        E(["ACCUSE", "REJECT"], ["disapprove"], "2022-05-19", ["PER"], ["CHL"], "Tacna",
          "the Regional Council of Tacna approved an agreement that rejects the measures as discriminatory"),
        E(["REQUEST"], [], "2022-05", ["PER"], ["CHL"], None,
          "Peru's Foreign Ministry sent a diplomatic note to Santiago earlier this month asking for the checks to be applied without affecting the flow of people"),
        E(["AGREE", "SUPPORT"], [], "2022-05-21", [URREJOLA, "CHL"], ["PER"], "Santiago",
          "the government supported the regional agreement and would review the document checks with Peru's consular authorities in June"),
        E(["REQUEST"], [], "2022-04", ["CHL"], ["PER"], None,
          "Chile had asked Peru last month to take back more of its nationals who had entered Chile without authorisation"),
        E(["SUPPORT"], [], "1929", ["CHL", "PER"], [], None,
          "through the Treaty of Lima of 1929"),
        E(["CONSULT"], ["visit"], "2022", ["CHL"], ["PER"], "Lima",
          "A group of Chilean deputies from the Chile–Peru interparliamentary group visited Lima earlier this year"),
    ],
    "quotes": [
        Q(DIAZ, "Arica lives from Tacna and Tacna lives from Arica. No one here wants a wall,"),
    ],
    "proposals": [],
    "figures": [
        F("crossings at the Chacalluta-Santa Rosa border complex", 7400000, "crossings", "2019", "about"),
        F("Peruvian workers crossing into Arica daily", 12000, "people", None, "about"),
    ],
},
}
