from ann_helpers import D, P, E, Q, PR, F

# A missile launch and a protest, talks mediated by Oman, strikes and a visit to Paris.
# s07: The Japan Times, Thursday 8 May 2025
HAYASHI, NAKATANI, ISHIBA, YOON = "Yoshimasa Hayashi", "Gen Nakatani", "Shigeru Ishiba", "Yoon Suk Yeol"
# s08: Times of Oman (Muscat: lead, TIMES NEWS SERVICE), Monday 12 May 2025
ARAGHCHI, WITKOFF, BADR, BAGHAEI, TRUMP = ("Abbas Araghchi", "Steve Witkoff", "Badr bin Hamad Albusaidi",
                                           "Esmaeil Baghaei", "Donald Trump")
# s09: Enab Baladi, Thursday 8 May 2025
SHARAA, MACRON, SHAIBANI, NETANYAHU, KATZ, ASSAD = ("Ahmed al-Sharaa", "Emmanuel Macron", "Asaad al-Shaibani",
                                                    "Benjamin Netanyahu", "Israel Katz", "Bashar al-Assad")

ANN = {
"s07_japantimes_jpn_prk.txt": {
    "document": D("2025-05-08", "The Japan Times", None, "Kenta Mizushima-Lowe",
                  "Tokyo protests after North Korea fires barrage of ballistic missiles"),
    "people": [
        P(HAYASHI, "JPN", "Chief Cabinet Secretary"),
        P(NAKATANI, "JPN", "Defense Minister"),
        P(ISHIBA, "JPN", "Prime Minister"),
        P(YOON, "KOR"),
    ],
    "events": [
        E(["MOBILIZE"], ["weapons"], "2025-05-08", ["PRK"], [], "Wonsan",
          "North Korea fired several short-range ballistic missiles toward the Sea of Japan on Thursday morning"),
        E(["ACCUSE"], ["disapprove"], "2025-05-08", ["JPN"], ["PRK"], "Beijing",
          "prompting Tokyo to lodge a protest through its embassy in Beijing"),
        E(["CONSULT"], ["phone"], "2025-05-08", ["JPN", "USA", "KOR"], [], None,
          "Senior foreign ministry officials of Japan, the United States and South Korea held phone talks in the afternoon"),
        E(["AGREE"], [], "2025-05-08", ["JPN", "USA", "KOR"], [], None,
          "agreed to keep coordinating closely"),
        E(["MOBILIZE"], ["weapons"], "2025-03-10", ["PRK"], [], None,
          "North Korea last fired ballistic missiles on March 10, when it launched several toward the Yellow Sea"),
        E(["COOPERATE"], [], "2025-03-10", ["KOR", "USA"], [], None,
          "hours after South Korea and the United States began their annual Freedom Shield exercise"),
        E(["ACCUSE"], ["allege"], "2025-05-06", ["PRK"], ["JPN"], None,
          "On Tuesday, North Korea's Foreign Ministry issued a statement through the official Korean Central News Agency accusing Japan"),
        E(["SANCTION"], ["discontinue"], "2025-04", ["JPN"], ["PRK"], None,
          "In April, the Cabinet extended for another two years a total ban on trade with the country"),
        E(["RETREAT"], ["release"], "2002", ["PRK"], ["JPN"], None,
          "five of whom returned home in 2002"),
    ],
    "quotes": [
        Q(HAYASHI, "Launches like this put the lives of people at sea and in the air at risk and cannot be tolerated. We have conveyed a strong protest to North Korea,"),
        Q(NAKATANI, "We are analyzing what kinds of missiles were used, and we will share what we find with Washington and Seoul,"),
    ],
    "proposals": [],
    "figures": [
        F("distance flown by one of the missiles", 800, "kilometres", "2025-05-08", "about"),
        F("altitude reached by one of the missiles", 100, "kilometres", "2025-05-08", "about"),
        F("Japanese citizens officially listed as abductees", 17, "people", None, "exact"),
        F("abductees who returned home", 5, "people", "2002", "exact"),
    ],
},
"s08_timesofoman_usa_irn.txt": {
    "document": D("2025-05-12", "Times of Oman", "Muscat", None,
                  "Iran, US end fourth round of talks in Muscat, agree to meet again"),
    "people": [
        P(ARAGHCHI, "IRN", "Foreign Minister"),
        P(WITKOFF, "USA", "Special Envoy for the Middle East"),
        P(BADR, "OMN", "Minister of Foreign Affairs"),
        P(BAGHAEI, "IRN", "Foreign Ministry spokesman"),
        P(TRUMP, "USA", "President"),
    ],
    "events": [
        E(["CONSULT"], ["third-party"], "2025-05-11", [ARAGHCHI, WITKOFF], [], "Muscat",
          "Iran and the United States concluded a fourth round of talks on Tehran's nuclear programme in Muscat on Sunday"),
        E(["AGREE"], [], "2025-05-11", ["IRN", "USA"], [], "Muscat",
          "with both sides agreeing to continue the negotiations"),
        E(["CONSULT"], ["visit"], "2025-05-11", [ARAGHCHI], [BADR], "Muscat",
          "Before the talks began, Araghchi met Sayyid Badr at the ministry"),
        E(["AGREE"], [], "2025-05-11", ["IRN", "USA"], [], "Muscat",
          "the two teams had agreed to work through technical details"),
        E(["SANCTION"], ["discontinue"], "2025-05-08", ["USA"], ["IRN", "CHN"], None,
          "On Thursday, the US Treasury imposed new sanctions on a Chinese refinery and several shipping firms accused of handling Iranian crude"),
        E(["ACCUSE"], ["disapprove"], "2025-05-09", [BAGHAEI, "IRN"], ["USA"], None,
          "Baghaei said on Friday that such measures contradicted Washington's declared interest in diplomacy"),
        E(["CONSULT"], ["third-party"], "2025-04-12", ["IRN", "USA"], [], "Muscat",
          "rounds in Muscat on April 12"),
        E(["CONSULT"], ["third-party"], "2025-04-19", ["IRN", "USA"], [], "Rome",
          "in Rome on April 19, hosted at Oman's embassy there"),
        E(["CONSULT"], ["third-party"], "2025-04-26", ["IRN", "USA"], [], "Muscat",
          "and again in Muscat on April 26"),
        E(["SANCTION", "REJECT"], ["discontinue"], "2018", [TRUMP, "USA"], ["IRN"], None,
          "President Donald Trump withdrew the United States from the 2015 nuclear agreement in 2018"),
    ],
    "quotes": [
        Q(BADR, "Both delegations brought fresh and constructive ideas to the table and showed a shared wish to reach an honourable agreement. The next round will be set once both sides have consulted their capitals,"),
        Q(ARAGHCHI, "We have come to find an agreement, not to surrender our rights. Enrichment can be discussed in its level and volume, never in its existence,"),
    ],
    "proposals": [],
    "figures": [
        F("length of the fourth round of talks", 3, "hours", "2025-05-11", "over"),
        F("enrichment limit under the 2015 deal", 3.67, "percent", None, "exact"),
        F("Iran's stock of uranium enriched to 60 per cent", 275, "kilograms", "2025-02", "about"),
    ],
},
"s09_enabbaladi_syr_isr.txt": {
    "document": D("2025-05-08", "Enab Baladi", None, "Rami al-Khatib",
                  "In Paris, al-Sharaa confirms indirect contacts with Israel as strikes continue"),
    "people": [
        P(SHARAA, "SYR", "President"),
        P(MACRON, "FRA", "President"),
        P(SHAIBANI, "SYR", "Foreign Minister"),
        P(NETANYAHU, "ISR", "Prime Minister"),
        P(KATZ, "ISR", "Defence Minister"),
        P(ASSAD, "SYR"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-05-07", [SHARAA], [MACRON], "Paris",
          "Al-Sharaa was received by French President Emmanuel Macron at the Élysée Palace"),
        E(["ASSAULT"], ["aerial"], "2025-05-02", ["ISR"], ["SYR"], "Damascus",
          "Early on Friday, Israeli aircraft struck an area next to the presidential palace in Damascus"),
        E(["THREATEN"], ["violence"], "2025-05-02", [NETANYAHU, KATZ, "ISR"], ["SYR"], None,
          "Netanyahu and Katz warned that Israel would not allow Syrian government forces to deploy south of Damascus"),
        E(["ACCUSE"], ["disapprove"], "2025-05-02", ["SYR"], ["ISR"], None,
          "The Syrian presidency condemned the strike on Friday as a dangerous escalation"),
        E(["ASSAULT"], ["aerial"], "2025-05", ["ISR"], ["SYR"], None,
          "Overnight into Saturday, Israeli jets carried out more than 20 strikes on military sites"),
        E(["MOBILIZE"], ["troops"], "2024-12-08", ["ISR"], ["SYR"], "Golan Heights",
          "Israeli troops entered the demilitarised buffer zone in the Golan Heights on December 8, 2024"),
    ],
    "quotes": [
        Q(SHARAA, "We are talking to Israel indirectly, through intermediaries, so that things calm down and nobody loses control of the situation,"),
        Q(MACRON, "Israel's strikes do not make anyone safer. A country that is trying to rebuild itself must not be bombed every week,"),
    ],
    "proposals": [],
    "figures": [
        F("length of the al-Sharaa-Macron talks", 2, "hours", "2025-05-07", "over"),
        F("Israeli strikes overnight into Saturday", 20, "strikes", "2025-05", "over"),
        F("civilians killed in the Hama strikes", 1, "people", "2025-05", "exact"),
    ],
},
}
