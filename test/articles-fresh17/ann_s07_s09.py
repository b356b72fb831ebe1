from ann_helpers import D, P, E, Q, PR, F

# Humanitarian and consular diplomacy in the week of 13-19 February 2023: Australian help after Cyclone Gabrielle,
# Spain's offer of nationality to Nicaraguans made stateless, and the Philippines' curbs on domestic workers for Kuwait.
# s07: Stuff, Saturday 18 February 2023
WEBB, MCANULTY, HIPKINS, ALBANESE, WATT = ("Darryn Webb", "Kieran McAnulty", "Chris Hipkins", "Anthony Albanese",
                                           "Murray Watt")
# s08: Confidencial, Friday 17 February 2023
ALBARES, RAMIREZ, ORTEGA, BELLI, BAEZ, NUNEZ, CHAMORRO = ("Jose Manuel Albares", "Sergio Ramirez", "Daniel Ortega",
                                                          "Gioconda Belli", "Silvio Baez", "Vilma Nunez",
                                                          "Carlos Fernando Chamorro")
# s09: INQUIRER.net, Thursday 16 February 2023
OPLE, THUWAIKH, RANARA, DUTERTE, DEMAFELIS, VILLA = ("Susan Ople", "Musaed Saleh Al-Thuwaikh", "Jullebee Ranara",
                                                     "Rodrigo Duterte", "Joanna Demafelis", "Renato Villa")

ANN = {
"s07_stuff_nzl_aus.txt": {
    "document": D("2023-02-18", "Stuff", None, "Georgia Makoare",
                  "Cyclone Gabrielle: Australian disaster experts on the ground in Hawke's Bay, defence aircraft to follow"),
    "people": [
        P(WEBB, "NZL", "Assistant Chief of Defence", "Air Commodore"),
        P(MCANULTY, "NZL", "Emergency Management Minister"),
        P(HIPKINS, "NZL", "Prime Minister"),
        P(ALBANESE, "AUS", "Prime Minister"),
        P(WATT, "AUS", "Emergency Management Minister"),
    ],
    "events": [
        E(["AID"], [], "2023-02-17", ["AUS"], ["NZL"], None,
          "The impact assessment team of 25, most of them officers of Queensland Fire and Emergency Services, landed in Auckland on Friday morning"),
        E(["REQUEST"], ["assist"], "2023-02-16", ["NZL"], ["AUS"], None,
          "New Zealand made a formal request to Canberra for help with the response to Cyclone Gabrielle ... The request was sent on Thursday morning"),
        E(["AGREE", "AID"], [], "2023-02", ["AUS"], ["NZL"], None,
          "an offer of help that Australian officials had made earlier in the week"),
        E(["AGREE", "AID"], [], "2023-02-17", ["AUS"], ["NZL"], None,
          "Australia had also agreed to send Australian Defence Force aircraft and support staff, expected to arrive early next week"),
        E(["CONSULT"], ["phone"], "2023-02-15", [HIPKINS, ALBANESE], [], None,
          "Prime Minister Chris Hipkins spoke to Australian Prime Minister Anthony Albanese by phone on Wednesday"),
        E(["CONSULT"], ["visit"], "2023-02-07", [HIPKINS], [ALBANESE, "AUS"], "Canberra",
          "Hipkins had made his first overseas trip as prime minister to Canberra on February 7, where he and Albanese held talks"),
        E(["AID"], [], "2020-01", ["NZL"], ["AUS"], None,
          "New Zealand sent firefighters to help fight Australia's Black Summer bushfires in January 2020"),
        E(["AID"], [], "2011-02", ["AUS"], ["NZL"], "Christchurch",
          "an Australian urban search and rescue team worked in Christchurch after the earthquake of February 2011"),
    ],
    "quotes": [
        Q(MCANULTY, "When a region loses roads, power and phones at the same time, you need people who have done this before. The Australians have, many times, and we're grateful they came so quickly,"),
        Q(WATT, "Kiwi firefighters stood on our fire lines in the worst summer we have known. Sending our people across the Tasman now is the least we can do,"),
    ],
    "proposals": [],
    "figures": [
        F("members of the Australian impact assessment team", 25, "people", "2023-02-17", "exact"),
        F("people killed by Cyclone Gabrielle", 11, "people", None, "over"),
        F("people displaced by Cyclone Gabrielle", 10000, "people", None, "over"),
        F("government funds set aside for the immediate recovery", 50000000, "NZD", None, "exact"),
    ],
},
"s08_confidencial_esp_nic.txt": {
    "document": D("2023-02-17", "Confidencial", None, None,
                  "Spain offers its nationality to the 94 Nicaraguans stripped of citizenship by Ortega's courts"),
    "people": [
        P(ALBARES, "ESP", "Foreign Minister"),
        P(RAMIREZ, "NIC", "former vice president of Nicaragua"),
        P(ORTEGA, "NIC"),
        P(BELLI, "NIC"),
        P(BAEZ, "NIC", "Auxiliary Bishop of Managua"),
        P(NUNEZ, "NIC"),
        P(CHAMORRO, "NIC", "founder and director of Confidencial"),
    ],
    "events": [
        E(["AGREE"], [], "2023-02-17", ["ESP"], ["NIC"], None,
          "The Government of Spain on Friday extended its offer of Spanish nationality to the 94 Nicaraguans"),
        E(["CONSULT"], ["phone"], "2023-02-16", [ALBARES, RAMIREZ], [], None,
          "Foreign Minister Jose Manuel Albares conveyed the decision by telephone on Thursday to the writer Sergio Ramirez"),
        E(["COERCE", "SANCTION"], ["seize", "convict"], "2023-02-15", ["NIC"], [], "Managua",
          "a Managua appeals court declared traitors to the homeland on Wednesday and deprived of their citizenship, their political rights and their property"),
        E(["AGREE"], [], "2023-02-10", [ALBARES, "ESP"], ["NIC"], None,
          "on February 10, Albares had made the same offer to the 222 political prisoners"),
        E(["RETREAT", "COERCE"], ["release", "deport"], "2023-02-09", ["NIC"], ["USA"], None,
          "the 222 political prisoners whom the regime released from prison on Thursday, February 9, and put on a chartered flight to Washington"),
        E(["COERCE", "SANCTION"], ["restrict", "expel"], "2023-02-09", ["NIC"], [], None,
          "The National Assembly, controlled by the ruling party, voted the same day to strip them of their nationality"),
        E(["THREATEN"], ["arrest"], "2021-09", ["NIC"], [RAMIREZ], None,
          "The Public Ministry issued an arrest warrant against Ramirez in September 2021"),
    ],
    "quotes": [
        Q(ALBARES, "No one should lose their country because of what they write or think. Spain will not leave these people without a passport,"),
        Q(RAMIREZ, "They can take away a passport, but not the language I write in or the country I carry with me,"),
    ],
    "proposals": [],
    "figures": [
        F("Nicaraguans stripped of citizenship by the Managua Court of Appeals", 94, "people", "2023-02-15", "exact"),
        F("political prisoners released and flown to Washington", 222, "people", "2023-02-09", "exact"),
        F("Nicaraguans declared stateless in eight days", 300, "people", None, "over"),
    ],
},
"s09_inquirer_phl_kwt.txt": {
    "document": D("2023-02-16", "INQUIRER.net", "Manila", "Jovita Manalastas",
                  "Ople presses Kuwait on three reforms before new domestic workers can go"),
    "people": [
        P(OPLE, "PHL", "Migrant Workers Secretary"),
        P(THUWAIKH, "KWT", "Ambassador"),
        P(RANARA, "PHL"),
        P(DUTERTE, "PHL", "President"),
        P(DEMAFELIS, "PHL"),
        P(VILLA, "PHL", "Ambassador"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2023-02-15", [THUWAIKH], [OPLE, "PHL"], "Mandaluyong City",
          "Ople met Kuwaiti Ambassador Musaed Saleh Al-Thuwaikh at the Department of Migrant Workers (DMW) office in Mandaluyong City"),
        E(["AGREE"], [], "2023-02-15", [THUWAIKH, "KWT"], ["PHL"], "Mandaluyong City",
          "the ambassador said Kuwait was ready to convene the joint committee under the two countries' 2018 labor agreement before the end of March"),
        E(["SANCTION"], ["discontinue"], "2023-02-08", ["PHL"], ["KWT"], None,
          "The DMW stopped processing the contracts of first-time domestic workers bound for Kuwait on February 8"),
        E(["SANCTION"], ["discontinue"], "2018-02", [DUTERTE, "PHL"], ["KWT"], None,
          "In February 2018, then President Rodrigo Duterte banned all deployment to Kuwait"),
        E(["SANCTION"], ["expel"], "2018-04", ["KWT"], [VILLA, "PHL"], None,
          "In April that year, Kuwait expelled Philippine Ambassador Renato Villa"),
        E(["SUPPORT"], [], "2018-05-11", ["PHL", "KWT"], [], "Kuwait City",
          "The two governments signed an agreement on the employment and protection of domestic workers in Kuwait City on May 11, 2018"),
        E(["CONCEDE"], [], "2018", ["PHL"], ["KWT"], None,
          "after which the ban was lifted"),
    ],
    "quotes": [
        Q(OPLE, "We are not closing the door on Kuwait. We are asking that the house our workers enter has a lock on the inside too,"),
        Q(THUWAIKH, "Kuwait values the Filipino worker. What happened to one woman does not describe how our families treat the thousands in their homes,"),
    ],
    "proposals": [
        PR(OPLE, 1, "that Kuwaiti employers let domestic workers keep their passports and mobile phones at all times"),
        PR(OPLE, 2, "that recruitment agencies in both countries be held jointly liable for any abuse of the workers they place"),
        PR(OPLE, 3, "that the Philippine Embassy be told within 24 hours whenever a Filipino worker is arrested, taken to hospital or dies"),
    ],
    "figures": [
        F("length of the Ople-Al-Thuwaikh meeting", 1, "hours", "2023-02-15", "over"),
        F("Filipinos working in Kuwait", 268000, "people", None, "about"),
        F("Filipinos working in Kuwaiti households", 190000, "people", None, "about"),
        F("Filipino workers deployed to Kuwait", 47000, "people", "2022", "about"),
    ],
},
}
