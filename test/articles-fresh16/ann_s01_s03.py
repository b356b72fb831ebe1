from ann_helpers import D, P, E, Q, PR, F

# Economic statecraft in the week of 7-13 April 2025: a state visit with a partnership and finance deals, a prime
# minister's visit to Beijing in the middle of the tariff war, and a crown prince's first official visit to India.
# s01: Daily News Egypt, Tuesday 8 April 2025
SISI, MACRON, KHATIB, SAINTMARTIN, ABDULLAH = ("Abdel Fattah Al-Sisi", "Emmanuel Macron", "Hassan El-Khatib",
                                              "Laurent Saint-Martin", "Abdullah II")
# s02: The Local Spain, Friday 11 April 2025
SANCHEZ, XI, CUERPO, WANG, TRUMP = "Pedro Sánchez", "Xi Jinping", "Carlos Cuerpo", "Wang Wentao", "Donald Trump"
# s03: Khaleej Times, Thursday 10 April 2025
HAMDAN, MODI, GOPI, JAISHANKAR, RAJNATH = ("Hamdan bin Mohammed bin Rashid Al Maktoum", "Narendra Modi",
                                           "Suresh Gopi", "S Jaishankar", "Rajnath Singh")

ANN = {
"s01_dailynewsegypt_egy_fra.txt": {
    "document": D("2025-04-08", "Daily News Egypt", None, "Sara Abdel-Rahman",
                  "Egypt, France raise ties to strategic partnership as Macron visit brings transport, health and finance deals"),
    "people": [
        P(SISI, "EGY", "President"),
        P(MACRON, "FRA", "President"),
        P(KHATIB, "EGY", "Minister"),
        P(SAINTMARTIN, "FRA", "Minister for Foreign Trade"),
        P(ABDULLAH, "JOR", "King"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-04-07", [MACRON], [SISI, "EGY"], "Cairo",
          "signed a joint declaration at Al-Ittihadiya Palace in Cairo after two rounds of talks between the two delegations"),
        E(["SUPPORT"], [], "2025-04-07", [SISI, MACRON, "EGY", "FRA"], [], "Cairo",
          "raised their relations to the level of a strategic partnership on Monday ... ministers signed a package of agreements and memorandums of understanding"),
        E(["AGREE", "AID"], [], "2025-04-07", [MACRON, "FRA"], ["EGY"], "Cairo",
          "the French Development Agency (AFD) would provide €260m in loans and grants"),
        E(["CONSULT"], ["visit"], "2025-04-07", [SAINTMARTIN], [KHATIB, "EGY"], None,
          "Minister Hassan El-Khatib received French Minister for Foreign Trade Laurent Saint-Martin"),
        E(["AGREE"], [], "2025-04-07", [KHATIB, SAINTMARTIN, "EGY", "FRA"], [], None,
          "the two agreed to convene the joint economic committee in Paris before the end of the year"),
        E(["CONSULT"], ["visit"], "2025-04-06", [MACRON], [SISI, "EGY"], "Cairo",
          "Macron landed in Cairo on Sunday evening for a three-day visit"),
        E(["CONSULT"], [], "2025-04-07", [SISI, MACRON, ABDULLAH], [], "Cairo",
          "the two presidents were joined by Jordan's King Abdullah II for a trilateral summit"),
        E(["CONSULT"], ["visit"], "2019-01", [MACRON], ["EGY"], None,
          "It is Macron's second state visit to Egypt since taking office. During the first, in January 2019"),
        E(["SUPPORT"], [], "2019-01", ["EGY", "FRA"], [], None,
          "the two governments signed about 30 agreements worth close to €1bn"),
    ],
    "quotes": [
        Q(MACRON, "Egypt carries a heavy load for the whole region, and a stable Egypt is a French interest as much as an Egyptian one,"),
        Q(SISI, "We want French companies to manufacture here, not only to sell here, and the Suez Canal Economic Zone is ready to receive them,"),
    ],
    "proposals": [],
    "figures": [
        F("AFD loans and grants for Egypt", 260000000, "EUR", "2025-04-07", "exact"),
        F("IMF disbursement to Egypt", 1200000000, "USD", "2025-03", "about"),
        F("companies at the Egyptian-French business forum", 150, "companies", "2025-04-07", "over"),
        F("Egypt-France trade", 2900000000, "USD", "2024", "about"),
        F("French investments in Egypt", 7000000000, "USD", None, "about"),
        F("French companies in Egypt", 180, "companies", None, "about"),
        F("agreements signed during Macron's 2019 state visit", 30, "agreements", "2019-01", "about"),
        F("value of the agreements signed in January 2019", 1000000000, "EUR", "2019-01", "about"),
    ],
},
"s02_thelocal_esp_chn.txt": {
    "document": D("2025-04-11", "The Local Spain", None, "Marta Quiroga",
                  "Sánchez meets Xi in Beijing as Spain offers itself as Europe's bridge to China"),
    "people": [
        P(SANCHEZ, "ESP", "Prime Minister"),
        P(XI, "CHN", "President"),
        P(CUERPO, "ESP", "Economy Minister"),
        P(WANG, "CHN", "Commerce Minister"),
        P(TRUMP, "USA", "President"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-04-11", [SANCHEZ], [XI, "CHN"], "Beijing",
          "Spanish Prime Minister Pedro Sánchez met Chinese President Xi Jinping in Beijing on Friday"),
        E(["SUPPORT"], [], "2025-04-11", ["ESP", "CHN"], [], "Beijing",
          "ministers of both governments signed agreements on trade and investment promotion"),
        E(["CONSULT"], ["visit"], "2025-04-10", [CUERPO], [WANG, "CHN"], None,
          "On Thursday, Economy Minister Carlos Cuerpo held talks with Chinese Commerce Minister Wang Wentao"),
        E(["AGREE"], [], "2025-04-10", [CUERPO, WANG, "ESP", "CHN"], [], None,
          "the two agreed to hold the next meeting of the Spain-China joint economic and trade commission in Madrid"),
        E(["SANCTION"], ["discontinue"], "2025-04-11", ["CHN"], ["USA"], None,
          "Beijing raised its own duties on American goods to 125 percent on Friday"),
        E(["CONSULT"], ["visit"], "2025-04-10", [SANCHEZ], ["CHN"], "Beijing",
          "Sánchez, who arrived in Beijing on Thursday"),
        E(["CONSULT"], ["visit"], "2023-03", [SANCHEZ], ["CHN"], None,
          "He first travelled to China as prime minister in March 2023"),
        E(["CONSULT"], ["visit"], "2024-09", [SANCHEZ], ["CHN"], None,
          "returned in September 2024"),
    ],
    "quotes": [
        Q(SANCHEZ, "Spain does not believe in trade wars. Nobody wins them, and the first to pay are workers and farmers on both sides,"),
        Q(XI, "China's door to Spanish goods will open wider, and we expect Spain to offer Chinese investors a fair and stable place to do business,"),
    ],
    "proposals": [],
    "figures": [
        F("US duties on Chinese imports", 145, "percent", None, "exact"),
        F("length of the Sánchez-Xi talks", 1.5, "hours", "2025-04-11", "about"),
        F("Spanish imports from China", 45000000000, "EUR", "2024", "about"),
        F("Spanish exports to China", 7500000000, "EUR", "2024", "about"),
        F("Chinese duties on American goods", 125, "percent", "2025-04-11", "exact"),
    ],
},
"s03_khaleejtimes_are_ind.txt": {
    "document": D("2025-04-10", "Khaleej Times", None, "Ashwin Menon",
                  "Sheikh Hamdan meets Modi in New Delhi on first official visit to India as Dubai Crown Prince"),
    "people": [
        P(HAMDAN, "ARE", "Crown Prince of Dubai", "Deputy Prime Minister", "Minister of Defence"),
        P(MODI, "IND", "Prime Minister"),
        P(GOPI, "IND", "Minister of State for Petroleum and Natural Gas"),
        P(JAISHANKAR, "IND", "External Affairs Minister"),
        P(RAJNATH, "IND", "Defence Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-04-08", [HAMDAN], [MODI, "IND"], "New Delhi",
          "held talks with Indian Prime Minister Narendra Modi over a working lunch in New Delhi on Tuesday"),
        E(["CONSULT"], ["visit"], "2025-04-08", [HAMDAN], [GOPI, "IND"], "New Delhi",
          "was received on arrival at the airport by India's Minister of State for Petroleum and Natural Gas Suresh Gopi"),
        E(["CONSULT"], ["visit"], "2025-04-08", [HAMDAN], [JAISHANKAR, "IND"], "New Delhi",
          "held separate meetings with External Affairs Minister S Jaishankar"),
        E(["CONSULT"], ["visit"], "2025-04-08", [HAMDAN], [RAJNATH, "IND"], "New Delhi",
          "and Defence Minister Rajnath Singh"),
        E(["AGREE"], [], "2025-04-08", [HAMDAN, MODI, "ARE", "IND"], [], "New Delhi",
          "agreed to step up cooperation on ship repair and maritime services, and to speed up work on the Bharat Mart trading hub"),
        E(["AGREE"], [], "2025-01", [MODI, "IND"], [HAMDAN, "ARE"], None,
          "The visit follows an invitation extended by Modi in January"),
        E(["SUPPORT"], [], "2022-02", ["ARE", "IND"], [], None,
          "the two countries signed their Comprehensive Economic Partnership Agreement (CEPA) in February 2022"),
        E(["SUPPORT"], [], "2024-02", ["IND", "ARE"], [], "Abu Dhabi",
          "India and the UAE also signed a bilateral investment treaty in February 2024"),
        E(["CONSULT"], ["visit"], "2024-02", [MODI], ["ARE"], "Abu Dhabi",
          "when Modi visited Abu Dhabi"),
    ],
    "quotes": [
        Q(MODI, "Dubai has been a door to the world for Indian traders for generations, and this visit opens it wider,"),
        Q(HAMDAN, "Our ties with India are not a chapter of recent years. They are a story our grandfathers began, and our task is to make it bigger for our children,"),
    ],
    "proposals": [],
    "figures": [
        F("target for annual India-UAE non-oil trade by 2030", 100000000000, "USD", None, "exact"),
        F("India-UAE bilateral trade in the financial year to March 2024", 83700000000, "USD", None, "about"),
        F("Indians living in the UAE", 4300000, "people", None, "about"),
        F("length of the US tariff pause", 90, "days", "2025-04-09", "exact"),
    ],
},
}
