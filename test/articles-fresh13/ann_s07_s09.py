from ann_helpers import D, P, E, Q, PR, F

# Calls and meetings at a distance, with the coercion they were about.
# s07: Punch, Tuesday 18 November 2025
TINUBU, TALON, ONANUGA, TUGGAR, BAKARI = ("Bola Tinubu", "Patrice Talon", "Bayo Onanuga", "Yusuf Tuggar",
                                          "Olushegun Adjadi Bakari")
# s08: TEMPO.CO (Belém lead), Wednesday 19 November 2025
HANIF, ERIKSEN = "Hanif Faisol Nurofiq", "Andreas Bjelland Eriksen"
# s09: The Express Tribune (ISLAMABAD, APP input), Tuesday 18 November 2025
SHEHBAZ, MBS, DAR = "Shehbaz Sharif", "Mohammed bin Salman", "Ishaq Dar"

ANN = {
"s07_punch_nga_ben.txt": {
    "document": D("2025-11-18", "Punch", None, "Chidinma Okafor-Bello",
                  "Tinubu, Talon speak after Benin detains Nigerian Customs officers"),
    "people": [
        P(TINUBU, "NGA", "President"),
        P(TALON, "BEN", "President"),
        P(ONANUGA, "NGA", "Special Adviser to the President on Information and Strategy"),
        P(TUGGAR, "NGA", "Minister of Foreign Affairs"),
        P(BAKARI, "BEN", "Foreign Minister"),
    ],
    "events": [
        E(["CONSULT"], ["phone"], "2025-11-17", [TINUBU, TALON], [], None,
          "on Monday held a telephone conversation"),
        E(["AGREE"], [], "2025-11-17", ["NGA", "BEN"], [], None,
          "the two leaders agreed to convene the Nigeria-Benin Joint Border Commission in Cotonou next month"),
        E(["COERCE"], ["arrest", "seize"], "2025-11-14", ["BEN"], ["NGA"], "Igolo",
          "were arrested on Friday near Igolo"),
        E(["ACCUSE", "REQUEST"], ["disapprove", "yield"], "2025-11-15", ["NGA"], ["BEN"], "Abuja",
          "the Ministry of Foreign Affairs summoned Benin's ambassador in Abuja to protest against the arrests"),
        E(["RETREAT"], ["release"], "2025-11-16", ["BEN"], ["NGA"], "Seme",
          "The four men were freed on Sunday afternoon and handed over to Nigerian officials at the Seme border post"),
        E(["SANCTION"], ["discontinue"], "2019-08-20", ["NGA"], ["BEN"], None,
          "Nigeria closed its land borders on August 20, 2019"),
        E(["RETREAT", "CONCEDE"], [], "2020-12", ["NGA"], ["BEN"], None,
          "when four crossings, including Seme, were reopened"),
    ],
    "quotes": [
        Q(ONANUGA, "The President made it clear that Nigerian officers on lawful duty must never be treated as criminals by a friendly neighbour. President Talon assured him that the matter would be investigated,"),
        Q(TUGGAR, "Smugglers do not respect the border line and our officers sometimes follow them a few metres too far. That is exactly why we need a written protocol, not goodwill alone,"),
        Q(BAKARI, "There was no intention to humiliate anybody. Once the facts were established, the officers were released,"),
    ],
    "proposals": [],
    "figures": [
        F("Nigeria Customs officers detained", 4, "people", "2025-11-14", "exact"),
        F("bags of foreign parboiled rice seized, January-October", 2340, "bags", "2025", "exact"),
        F("duty-paid value of the seized rice", 1900000000, "NGN", "2025", "about"),
        F("Nigeria-Benin formal trade", 1100000000000, "NGN", "2024", "about"),
        F("unofficial routes across the Nigeria-Benin border", 1400, "routes", None, "over"),
    ],
},
"s08_tempo_idn_nor.txt": {
    "document": D("2025-11-19", "TEMPO.CO", "Belém", "Nabila Kusumawardhani",
                  "Indonesia, Norway Sign New Forest Deal on COP30 Sidelines"),
    "people": [
        P(HANIF, "IDN", "Environment Minister"),
        P(ERIKSEN, "NOR", "Minister of Climate and Environment"),
    ],
    "events": [
        E(["SUPPORT"], [], "2025-11-18", [HANIF, ERIKSEN, "IDN", "NOR"], [], "Belém",
          "signed a letter of intent on a new phase of the two countries' forest partnership on Tuesday"),
        E(["CONSULT"], ["multilateral"], "2025-11-18", [HANIF, ERIKSEN], [], "Belém",
          "At their meeting in the Indonesian pavilion"),
        E(["AGREE"], [], "2025-11-18", [ERIKSEN, "NOR"], ["IDN"], "Belém",
          "Norway would pay $75 million for those results"),
        E(["AGREE"], [], "2025-11-18", ["IDN", "NOR"], [], "Belém",
          "The two ministers also agreed to set up a joint team"),
        E(["SUPPORT", "AGREE"], [], "2010-05", ["IDN", "NOR"], [], "Oslo",
          "Indonesia and Norway signed a letter of intent in Oslo under which Norway pledged up to $1 billion"),
        E(["SANCTION", "REJECT"], ["discontinue"], "2021-09", ["IDN"], ["NOR"], None,
          "Jakarta ended that letter of intent"),
        E(["AGREE", "AID"], [], "2020", ["NOR"], ["IDN"], None,
          "Norway had announced a first contribution of about $56 million"),
        E(["SUPPORT"], [], "2022-09", ["IDN", "NOR"], [], "Jakarta",
          "The two governments revived the cooperation in September 2022 with a new memorandum of understanding signed in Jakarta"),
    ],
    "quotes": [
        Q(ERIKSEN, "Indonesia has shown again that a big forest country can grow its economy and keep its forests standing at the same time. Norway will keep paying for results,"),
        Q(HANIF, "This is not charity. It is payment for work that millions of Indonesians have done, from rangers to village heads,"),
    ],
    "proposals": [],
    "figures": [
        F("Norwegian payment for Indonesia's 2022-2023 results", 75000000, "USD", None, "exact"),
        F("Norway's 2010 pledge for cutting deforestation", 1000000000, "USD", "2010-05", "under"),
        F("first Norwegian contribution for 2016-2017 results", 56000000, "USD", "2020", "about"),
        F("Indonesia's deforestation", 175000, "hectares", "2024", "about"),
        F("Hanif's bilateral meetings in Belém", 20, "meetings", None, "over"),
    ],
},
"s09_tribune_pak_sau.txt": {
    "document": D("2025-11-18", "The Express Tribune", "Islamabad", "Sana Rashid",
                  "PM, Saudi crown prince discuss Afghan border tensions in phone call"),
    "people": [
        P(SHEHBAZ, "PAK", "Prime Minister"),
        P(MBS, "SAU", "Crown Prince", "Prime Minister"),
        P(DAR, "PAK", "Deputy Prime Minister", "Foreign Minister"),
    ],
    "events": [
        E(["CONSULT"], ["phone"], "2025-11-17", [SHEHBAZ, MBS], [], None,
          "Prime Minister Shehbaz Sharif and Saudi Crown Prince and Prime Minister Mohammed bin Salman on Monday discussed"),
        E(["AGREE"], [], "2025-11-17", ["PAK", "SAU"], [], None,
          "the two leaders agreed to convene the Saudi-Pakistan Supreme Coordination Council in Riyadh early next year"),
        E(["AGREE"], [], "2025-11-17", [MBS, "SAU"], [SHEHBAZ], None,
          "The crown prince also invited the prime minister to visit the Kingdom in December"),
        E(["SUPPORT", "COOPERATE"], [], "2025-09-17", ["PAK", "SAU"], [], "Riyadh",
          "The two countries signed the Strategic Mutual Defence Agreement in Riyadh on September 17"),
        E(["ASSAULT"], [], "2025-10", ["PAK", "AFG"], [], None,
          "Pakistani and Afghan Taliban forces clashed at several points along the border"),
        E(["CONSULT"], ["third-party"], "2025-10", ["PAK", "AFG"], [], "Doha",
          "in talks mediated by Qatar and Türkiye"),
        E(["CONCEDE", "AGREE"], [], "2025-10-19", ["PAK", "AFG"], [], "Doha",
          "A ceasefire was agreed in Doha on October 19"),
        E(["CONSULT"], ["third-party"], "2025-11", ["PAK", "AFG"], [], "Istanbul",
          "A follow-up round of talks between the Pakistani and Afghan delegations in Istanbul ended earlier this month"),
        E(["AID"], [], "2024-12", ["SAU"], ["PAK"], None,
          "rolled over for another year in December 2024"),
        E(["CONSULT"], ["visit"], "2025-10", [SHEHBAZ], ["SAU"], "Riyadh",
          "the prime minister's visit to Riyadh in October"),
        E(["SUPPORT"], [], "2025-10", ["PAK", "SAU"], [], "Riyadh",
          "memoranda signed during the prime minister's visit to Riyadh in October"),
    ],
    "quotes": [
        Q(SHEHBAZ, "Pakistan will never forget that the Kingdom has stood by us in every difficult hour. Our brotherhood is now also a shared commitment to each other's security,"),
        Q(DAR, "We have told our Saudi brothers exactly what we have told everyone else: Pakistan wants peace with Afghanistan, but not at the cost of the blood of our people,"),
    ],
    "proposals": [],
    "figures": [
        F("Saudi deposit with the State Bank of Pakistan", 3000000000, "USD", None, "exact"),
        F("Saudi deferred oil payment facility per year", 1200000000, "USD", None, "exact"),
        F("remittances from Saudi Arabia in fiscal year to June", 9300000000, "USD", "2025", "about"),
        F("Pakistanis living and working in Saudi Arabia", 2700000, "people", None, "about"),
    ],
},
}
