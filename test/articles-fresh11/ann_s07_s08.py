from ann_helpers import D, P, E, Q, PR, F

# Aid and cooperation stories.
# s07: Dhaka Tribune, Monday 10 February 2025
SIDDIKY, IWAMA, ICHIGUCHI, SALEH, HASINA, KISHIDA = ("Md Shahriar Kader Siddiky", "Iwama Kiminori", "Ichiguchi Tomohide",
                                                    "Salehuddin Ahmed", "Sheikh Hasina", "Fumio Kishida")
# s08: Jamaica Observer, Saturday 15 February 2025
CHANG, JOHNSON_SMITH = "Horace Chang", "Kamina Johnson Smith"

ANN = {
"s07_dhakatribune_bgd_jpn.txt": {
    "document": D("2025-02-10", "Dhaka Tribune", None, "Shafiqul Alam Tonmoy",
                  "Japan signs 160bn yen in loans and grant for metro rail, Jamuna rail bridge"),
    "people": [
        P(SIDDIKY, "BGD", "Economic Relations Division (ERD) Secretary"),
        P(IWAMA, "JPN", "Japanese Ambassador"),
        P(ICHIGUCHI, "JPN", "chief representative of the Japan International Cooperation Agency (JICA) in Bangladesh"),
        P(SALEH, "BGD", "Finance Adviser"),
        P(HASINA, "BGD", "then prime minister"),
        P(KISHIDA, "JPN", "then Japanese prime minister"),
    ],
    "events": [
        E(["AID", "SUPPORT"], [], "2025-02-09", [IWAMA, "JPN"], [SIDDIKY, "BGD"], "Dhaka",
          "Japan on Sunday signed loan agreements worth 156.8 billion yen (about $1.02 billion) and a grant of 3.2 billion yen with Bangladesh"),
        E(["CONSULT"], [], "2025-02-09", [IWAMA, SALEH], [], "Dhaka",
          "Later on Sunday, Iwama met Finance Adviser Salehuddin Ahmed at the Bangladesh Secretariat"),
        E(["AID"], [], "2025-02-06", ["JPN"], ["BGD"], "Cox's Bazar",
          "Last Thursday, the Japanese embassy handed over 12 fully equipped ambulances to the Cox's Bazar district administration"),
        E(["CONSULT"], ["visit"], "2023-04", [HASINA], [KISHIDA], "Tokyo",
          "then prime minister Sheikh Hasina paid an official visit to Tokyo and held talks with then Japanese prime minister Fumio Kishida"),
        E(["SUPPORT"], [], "2023-04", [HASINA, KISHIDA, "BGD", "JPN"], [], "Tokyo",
          "Relations were upgraded to a strategic partnership in April 2023"),
    ],
    "quotes": [
        Q(IWAMA, "Japan has stood with Bangladesh since 1972, and it will keep standing with the people of Bangladesh as they build a new chapter for their country,"),
        Q(SALEH, "Our development partners are showing that they have confidence in Bangladesh at a difficult time, and we will not waste that confidence,"),
    ],
    "proposals": [],
    "figures": [
        F("Japanese loans signed", 156800000000, "JPY", "2025-02-09", "exact"),
        F("Japanese loans signed, in dollars", 1020000000, "USD", "2025-02-09", "about"),
        F("Japanese grant signed", 3200000000, "JPY", "2025-02-09", "exact"),
        F("interest rate of the Japanese loans", 0.6, "percent", None, "exact"),
        F("repayment period of the Japanese loans", 30, "years", None, "exact"),
        F("grace period of the Japanese loans", 10, "years", None, "exact"),
        F("ambulances handed over in Cox's Bazar", 12, "ambulances", "2025-02-06", "exact"),
        F("Japanese grant for the ambulances", 180000000, "JPY", "2025-02-06", "exact"),
        F("Japanese commitments to Bangladesh since independence", 30000000000, "USD", None, "over"),
        F("Japanese disbursement to Bangladesh in the 2023-24 fiscal year", 1900000000, "USD", None, "exact"),
        F("Japan's share of foreign aid received by Bangladesh in 2023-24", 18, "percent", None, "about"),
    ],
},
"s08_jamaicaobserver_jam_col.txt": {
    "document": D("2025-02-15", "Jamaica Observer", None, "Andre Williams",
                  "Colombian fugitive extradited as JDF, Colombian navy complete first joint patrol"),
    "people": [
        P(CHANG, "JAM", "Deputy Prime Minister", "Minister of National Security"),
        P(JOHNSON_SMITH, "JAM", "Foreign Affairs Minister"),
    ],
    "events": [
        E(["COOPERATE"], [], "2025-02-13", ["JAM"], ["COL"], "Kingston",
          "was extradited to Colombia on Thursday"),
        E(["COOPERATE"], [], "2025-02-12", ["JAM", "COL"], [], "Joint Regime Area",
          "The joint patrol on Wednesday covered the Joint Regime Area between Pedro Bank and Serranilla Bank"),
        E(["AGREE"], [], "2025-02-13", ["JAM", "COL"], [], "Port Royal",
          "the two services agreed to carry out such patrols every three months"),
        E(["REQUEST"], [], "2024-09", ["COL"], ["JAM"], None,
          "Bogotá had requested his extradition in September"),
        E(["SUPPORT"], [], "1993-11", ["JAM", "COL"], [], "Kingston",
          "Jamaica and Colombia signed the maritime delimitation treaty in Kingston in November 1993"),
        E(["COERCE"], ["seize", "arrest"], "2022-10", ["COL"], ["JAM"], "Bajo Nuevo",
          "In October 2022, the Colombian Navy detained the Jamaican fishing vessel Hope-On near Bajo Nuevo"),
        E(["RETREAT", "COOPERATE"], ["release"], "2022-11", ["COL"], ["JAM"], None,
          "handed over to the JDF Coast Guard at sea in November 2022"),
    ],
    "quotes": [
        Q(CHANG, "Jamaica will not be a hiding place for people running from justice, whether they come from across the sea or from our own communities,"),
        Q(JOHNSON_SMITH, "Our fishers need to know where they may legally fish, and they need to know that if they get into trouble out there, the two coast guards are talking to each other,"),
    ],
    "proposals": [],
    "figures": [
        F("fishing boats boarded during the joint patrol", 6, "boats", "2025-02-12", "exact"),
        F("parrotfish on board the Hope-On", 6, "tonnes", "2022-10", "over"),
        F("Jamaicans in the crew of the Hope-On", 34, "people", "2022-10", "exact"),
    ],
},
}
