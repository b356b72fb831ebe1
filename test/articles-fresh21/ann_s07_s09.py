from ann_helpers import D, P, E, Q, PR, F

# s07: Azernews, Friday 13 October 2023 (Middle Corridor tariff, ferries and the Trans-Caspian cable)
NAB, KAR, ALIYEV, TOK = "Rashad Nabiyev", "Marat Karabayev", "Ilham Aliyev", "Kassym-Jomart Tokayev"
# s08: Kabar, Thursday 12 October 2023 (Korean seasonal work, scholarships, an air services agreement)
BAZ, KUL, TOKTO = "Kudaibergen Bazarbaev", "Jeenbek Kulubaev", "Nurbek Toktosunov"
# s09: The Himalayan Times, Wednesday 11 October 2023 (Nepali workers in Malaysia)
BHAN, SIVA, BHAT, SAUD, ZAMBRY = ("Sarat Singh Bhandari", "V Sivakumar", "Kamala Bhattarai", "NP Saud",
                                  "Zambry Abdul Kadir")

ANN = {
"s07_azernews_aze_kaz.txt": {
    "document": D("2023-10-13", "Azernews", None, "Nigar Abbasova",
                  "Baku and Astana agree single Caspian tariff and ferry roadmap for Middle Corridor"),
    "people": [
        P(NAB, "AZE", "Minister of Digital Development and Transport"),
        P(KAR, "KAZ", "Minister of Transport"),
        P(ALIYEV, "AZE", "President"),
        P(TOK, "KAZ", "President"),
    ],
    "events": [
        E(["AGREE"], [], "2023-10-12", [NAB, KAR, "AZE", "KAZ"], [], "Baku",
          "Azerbaijan and Kazakhstan agreed on Thursday to introduce a single through tariff for containers crossing the Caspian Sea"),
        E(["CONSULT"], ["visit"], "2023-10-12", [KAR], [NAB, "AZE"], "Baku",
          "The decision followed talks in Baku on Thursday between Azerbaijan's Minister of Digital Development and Transport, Rashad Nabiyev, and Kazakhstan's Minister of Transport, Marat Karabayev"),
        E(["SUPPORT"], [], "2023-10-12", [NAB, KAR, "AZE", "KAZ"], [], "Baku",
          "The two ministers also signed a roadmap to raise the capacity of the Aktau-Baku and Kuryk-Alat ferry lines"),
        E(["CONSULT"], ["visit"], "2023-10-12", [KAR], [ALIYEV, "AZE"], "Baku",
          "President Ilham Aliyev received Karabayev on Thursday afternoon"),
        E(["AGREE"], [], "2023-10-12", [NAB, "AZE"], ["KAZ"], "Baku",
          "Nabiyev promised that the port would review its fees for transit cargo before the end of the year"),
        E(["SUPPORT"], [], "2022", ["AZE", "KAZ"], [], None,
          "The two governments signed an agreement on the project in 2022"),
        E(["CONSULT"], ["visit"], "2022-08", [TOK], ["AZE"], "Baku",
          "President Kassym-Jomart Tokayev's state visit to Baku in August 2022"),
    ],
    "quotes": [
        Q(NAB, "Azerbaijan has invested in ports, railways and roads because we see the Caspian not as a border but as a bridge. Kazakhstan is our natural partner on that bridge,"),
        Q(KAR, "Our shippers need one price, one timetable and one set of documents from Dostyk to the Black Sea. Today we have taken a real step toward that,"),
    ],
    "proposals": [],
    "figures": [
        F("growth of cargo on the Trans-Caspian route through Azerbaijan in the first nine months", 65, "percent", "2023", "exact"),
        F("cargo on the Trans-Caspian route through Azerbaijan in the first nine months", 2100000, "tonnes", "2023", "exact"),
        F("length of the Trans-Caspian fibre-optic cable", 380, "kilometers", None, "about"),
        F("estimated cost of the Trans-Caspian fibre-optic cable", 50000000, "USD", None, "under"),
        F("new ferries Kazakhstan plans to buy by 2026", 4, "ferries", None, "exact"),
    ],
},
"s08_kabar_kgz_kor.txt": {
    "document": D("2023-10-12", "Kabar", "Bishkek", None,
                  "South Korea to take 3,000 Kyrgyz seasonal workers next year, 30 students receive scholarships"),
    "people": [
        P(BAZ, "KGZ", "Labour Minister"),
        P(KUL, "KGZ", "Foreign Minister"),
        P(TOKTO, "KGZ"),
    ],
    "events": [
        E(["AGREE"], [], "2023-10-11", ["KOR"], ["KGZ"], "Bishkek",
          "The Republic of Korea will raise the number of places for Kyrgyz citizens in its seasonal farm work programme to 3,000 next year"),
        E(["CONSULT"], ["visit"], "2023-10-11", ["KOR"], [BAZ, "KGZ"], "Bishkek",
          "Minister Kudaibergen Bazarbaev received a delegation of the Korean Ministry of Employment and Labor"),
        E(["SUPPORT"], [], "2023-10-11", [BAZ, "KGZ", "KOR"], [], "Bishkek",
          "the two sides signed a memorandum under which workers will be selected through the ministry's public employment service"),
        E(["SANCTION"], ["discontinue"], "2022", ["KOR"], ["KGZ"], None,
          "Seoul suspended the recruitment of Kyrgyz workers under its Employment Permit System for several months in 2022"),
        E(["COERCE"], ["deport"], "2023-09", ["KOR"], ["KGZ"], None,
          "In September, Korean immigration authorities deported 86 Kyrgyz citizens for overstaying their visas"),
        E(["AID"], [], "2023-10-10", ["KOR"], ["KGZ"], "Bishkek",
          "the Korean Embassy in Bishkek presented certificates to 30 Kyrgyz students who won Global Korea Scholarships"),
        E(["CONSULT"], ["visit"], "2023-10-09", ["KOR"], [KUL, "KGZ"], "Bishkek",
          "Foreign Minister Jeenbek Kulubaev met the Korean ambassador"),
        E(["SUPPORT"], [], "2023-06", ["KGZ", "KOR"], [], "Seoul",
          "the air services agreement initialled in Seoul in June"),
    ],
    "quotes": [
        Q(BAZ, "Every worker who goes to Korea through the state channel pays nothing for the job and comes back with savings, not debts,"),
        Q(TOKTO, "I went to Korea twice through an agent and paid for everything myself. If the state sends us now, many more young people from the villages will go,"),
    ],
    "proposals": [],
    "figures": [
        F("places for Kyrgyz citizens in Korea's seasonal farm work programme next year", 3000, "places", None, "exact"),
        F("places for Kyrgyz citizens in Korea's seasonal farm work programme", 1200, "places", "2023", "about"),
        F("fees charged by private agents to applicants", 1500, "USD", None, "over"),
        F("Kyrgyz citizens deported from Korea for overstaying their visas", 86, "people", "2023-09", "exact"),
        F("Kyrgyz students awarded Global Korea Scholarships", 30, "people", "2023-10-10", "exact"),
        F("weekly flights allowed between Bishkek and Seoul", 7, "flights", None, "under"),
        F("Kyrgyz citizens working in Korea", 9000, "people", None, "about"),
        F("remittances from Kyrgyz workers in Korea in the first half of the year", 58000000, "USD", "2023", "exact"),
    ],
},
"s09_himalayantimes_npl_mys.txt": {
    "document": D("2023-10-11", "The Himalayan Times", "Kathmandu", "Pramod Thapa",
                  "Nepal seeks release of 160 workers held in Malaysia as labour talks open"),
    "people": [
        P(BHAN, "NPL", "Minister for Labour, Employment and Social Security"),
        P(SIVA, "MYS", "Human Resources Minister"),
        P(BHAT, "NPL", "coordinator at the Migrant Rights Network Nepal"),
        P(SAUD, "NPL", "Foreign Minister"),
        P(ZAMBRY, "MYS"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2023-10-10", ["MYS"], ["NPL"], "Kathmandu",
          "Nepal and Malaysia opened a two-day meeting of their Joint Working Group on labour in Kathmandu yesterday"),
        E(["REQUEST"], ["yield"], "2023-10", ["NPL"], ["MYS"], "Kuala Lumpur",
          "The Nepali embassy in Kuala Lumpur had written to Malaysia's Home Ministry last week seeking the detained workers' release"),
        E(["CONSULT"], ["phone"], "2023-10-08", [SIVA, BHAN], [], None,
          "Malaysian Human Resources Minister V Sivakumar told Bhandari in a telephone conversation on Sunday"),
        E(["AGREE"], [], "2023-10-08", [SIVA, "MYS"], ["NPL"], None,
          "Kuala Lumpur would review the cases and speed up the return of those who wished to go home"),
        E(["COERCE"], ["deport"], "2023-09", ["MYS"], ["NPL"], None,
          "Malaysia deported 212 Nepalis last month"),
        E(["CONSULT"], ["multilateral"], "2023-09", [SAUD, ZAMBRY], [], "New York",
          "Foreign Minister NP Saud had raised the workers' situation last month with his Malaysian counterpart Zambry Abdul Kadir"),
        E(["SANCTION"], ["discontinue"], "2018-05", ["NPL"], ["MYS"], None,
          "Nepal halted the deployment of workers to Malaysia in May 2018"),
        E(["SUPPORT"], [], "2018-10", ["NPL", "MYS"], [], None,
          "the two countries signed a memorandum of understanding in October 2018"),
    ],
    "quotes": [
        Q(BHAN, "The memorandum says the worker pays nothing. In practice many of our young men still pay up to Rs 350,000 before they board the plane,"),
        Q(BHAT, "Every week families come to our office asking how to reach a son who has vanished into a detention camp,"),
    ],
    "proposals": [
        PR(BHAN, 1, "Malaysian employers should pay the full cost of visas, medical tests and air tickets, as the 2018 memorandum requires"),
        PR(BHAN, 2, "the two governments should set up a shared online register of licensed recruitment agencies"),
        PR(BHAN, 3, "workers held for overstaying should be flown home within 30 days instead of waiting months in detention"),
    ],
    "figures": [
        F("Nepali workers held in Malaysian immigration detention centres", 160, "people", None, "about"),
        F("fees paid by Nepali workers before departure", 350000, "NPR", None, "under"),
        F("Nepalis deported from Malaysia", 212, "people", "2023-09", "exact"),
        F("Nepalis working in Malaysia", 400000, "people", None, "about"),
        F("labour permits issued for Malaysia in the last fiscal year", 92000, "permits", None, "over"),
    ],
},
}
