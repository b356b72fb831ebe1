from ann_helpers import D, P, E, Q, PR, F

# s10: Matangi Tonga Online, Tuesday 10 October 2023 (PALM workers, Conroy in Nuku'alofa)
CONROY, SOV = "Pat Conroy", "Hu'akavameiliku Siaosi Sovaleni"
# s11: BNamericas, Friday 13 October 2023 (a Paraguayan barge convoy held over the Paraná toll)
RRL, PENA, CAF = "Rubén Ramírez Lezcano", "Santiago Peña", "Santiago Cafiero"
# s12: Latin America Reports, Monday 9 October 2023 (migrants left at El Ceibo)
ROD, BUC, BAR, AMLO, PORRAS, AREVALO = ("Stuard Rodríguez", "Mario Búcaro", "Alicia Bárcena",
                                        "Andrés Manuel López Obrador", "Consuelo Porras", "Bernardo Arévalo")

ANN = {
"s10_matangitonga_ton_aus.txt": {
    "document": D("2023-10-10", "Matangi Tonga Online", "Nuku'alofa", None,
                  "Australia to trial family visas for Tongan PALM workers"),
    "people": [
        P(CONROY, "AUS", "Minister for International Development and the Pacific"),
        P(SOV, "TON", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2023-10-10", [CONROY], [SOV, "TON"], "Nuku'alofa",
          "met the Prime Minister, Hon. Hu'akavameiliku Siaosi Sovaleni, this morning at the Prime Minister's Office"),
        E(["SUPPORT"], [], "2023-10-10", [CONROY, SOV, "AUS", "TON"], [], "Nuku'alofa",
          "The two then signed a grant agreement"),
        E(["AID", "AGREE"], [], "2023-10-10", ["AUS"], ["TON"], None,
          "Australia will provide A$12 million over three years to expand vocational training"),
        E(["AGREE", "CONCEDE"], [], "2023-10-10", [CONROY, "AUS"], ["TON"], "Nuku'alofa",
          "Australia will let Tongan workers on long-term contracts under the Pacific Australia Labour Mobility (PALM) scheme bring their spouses and children from next year in a pilot"),
        E(["ACCUSE"], ["disapprove"], "2023-10-10", [SOV, "TON"], ["AUS"], "Nuku'alofa",
          "criticised the deductions that some Australian employers take from workers' pay"),
        E(["REQUEST"], [], "2023-10", ["TON"], ["AUS"], None,
          "Tonga's Cabinet had already written to Canberra last week asking that workers who lose their jobs be allowed to move to another employer"),
        E(["COERCE"], ["deport"], "2023-08", ["AUS"], ["TON"], "Queensland",
          "the Australian Border Force removed 14 Tongan seasonal workers who had left their approved employers in Queensland"),
        E(["COOPERATE"], [], "2008", ["TON"], ["AUS"], None,
          "Tonga was one of the first four Pacific countries to join Australia's Pacific Seasonal Worker Pilot Scheme in 2008"),
    ],
    "quotes": [
        Q(SOV, "Our workers go to Australia to support their families, not to pay rent to their employer. When half a pay slip disappears before it reaches home, the scheme is failing them,"),
        Q(CONROY, "Labour mobility has to work for the worker, the family and the village, or it doesn't work at all. We have heard the Prime Minister clearly,"),
    ],
    "proposals": [
        PR(SOV, 1, "a cap on weekly deductions for housing and transport"),
        PR(SOV, 2, "a complaints hotline staffed by Tongan speakers"),
        PR(SOV, 3, "the right for workers to switch to another approved employer without losing their visa"),
    ],
    "figures": [
        F("Australian grant for vocational training in Tonga over three years", 12000000, "AUD", None, "exact"),
        F("weekly deductions from Tongan workers' pay", 250, "AUD", None, "under"),
        F("Tongan seasonal workers removed by the Australian Border Force", 14, "people", "2023-08", "exact"),
        F("Tongans working in Australia under PALM", 5600, "people", None, "about"),
        F("remittances as a share of Tonga's GDP", 40, "percent", None, "over"),
    ],
},
"s11_bnamericas_pry_arg.txt": {
    "document": D("2023-10-13", "BNamericas", None, "Ignacio Bustos",
                  "Argentina frees Paraguayan barge convoy held over Paraná waterway toll"),
    "people": [
        P(RRL, "PRY", "Foreign Minister"),
        P(PENA, "PRY", "President"),
        P(CAF, "ARG", "Foreign Minister"),
    ],
    "events": [
        E(["COERCE"], ["seize"], "2023-10-08", ["ARG"], ["PRY"], "Rosario",
          "it had held near Rosario since Sunday over the toll Argentina charges on the Paraná waterway"),
        E(["RETREAT"], ["release"], "2023-10-12", ["ARG"], ["PRY"], "Rosario",
          "Argentina's port authority on Thursday released a convoy of 16 Paraguayan barges"),
        E(["ACCUSE", "REQUEST"], ["disapprove", "yield"], "2023-10-09", [RRL, "PRY"], ["ARG"], "Asunción",
          "summoned the Argentine ambassador in Asunción on Monday and handed him a protest note demanding the convoy's immediate release"),
        E(["THREATEN"], ["restrict"], "2023-10-10", [PENA, "PRY"], ["ARG"], None,
          "President Santiago Peña went further on Tuesday, warning that Paraguay could stop ceding its unused share of electricity"),
        E(["REJECT"], [], "2023-10-11", [CAF, "ARG"], ["PRY"], None,
          "Argentina's Foreign Minister Santiago Cafiero rejected the criticism on Wednesday"),
        E(["AGREE"], [], "2023-10-12", ["PRY", "ARG"], [], None,
          "the two foreign ministries agreed on Thursday to hold technical talks on the toll in Buenos Aires on October 24"),
        E(["SUPPORT"], [], "2023-09", ["BRA", "BOL", "URY"], ["PRY"], None,
          "Brazil, Bolivia and Uruguay backed Paraguay's position at a meeting of the Intergovernmental Committee of the Paraguay-Paraná Waterway in September"),
    ],
    "quotes": [
        Q(RRL, "an unacceptable act against free navigation on a shared river."),
        Q(PENA, "We will not pay to use a river that belongs to every country in the basin. We want dialogue, but dialogue does not mean paying while we talk,"),
        Q(CAF, "Argentina is not charging anyone for water. It is charging for a channel that someone has to dredge, mark and maintain, and that someone is Argentina,"),
    ],
    "proposals": [],
    "figures": [
        F("barges in the detained Paraguayan convoy", 16, "barges", "2023-10-08", "exact"),
        F("soybeans on the detained convoy", 24000, "tonnes", "2023-10-08", "about"),
        F("unpaid tolls owed by the convoy's operator", 190000, "USD", None, "about"),
        F("toll per tonne on the Paraná waterway", 1.47, "USD", None, "exact"),
        F("share of Paraguay's foreign trade moving along the waterway", 80, "percent", None, "about"),
        F("barges in Paraguay's river fleet", 3000, "barges", None, "over"),
        F("Paraguay's soybean export earnings", 3000000000, "USD", "2022", "about"),
    ],
},
"s12_latinamericareports_gtm_mex.txt": {
    "document": D("2023-10-09", "Latin America Reports", None, "Ana Lucía Morales",
                  "Guatemala protests after Mexico leaves migrants of other nationalities at El Ceibo"),
    "people": [
        P(ROD, "GTM", "director of the Guatemalan Migration Institute"),
        P(BUC, "GTM", "Foreign Minister"),
        P(BAR, "MEX", "Foreign Secretary"),
        P(AMLO, "MEX", "President"),
        P(PORRAS, "GTM", "Attorney General"),
        P(AREVALO, "GTM"),
    ],
    "events": [
        E(["ACCUSE", "REQUEST"], ["disapprove"], "2023-10-08", ["GTM"], ["MEX"], "Guatemala City",
          "Guatemala's foreign ministry delivered a protest note to the Mexican embassy in Guatemala City on Sunday"),
        E(["COERCE"], ["deport"], "2023-10-06", ["MEX"], ["GTM"], "El Ceibo",
          "Mexican migration agents took about 400 migrants of several nationalities by bus to the El Ceibo crossing on Friday night"),
        E(["REJECT"], [], "2023-10-07", ["GTM"], ["MEX"], "El Ceibo",
          "Guatemalan officials refused on Saturday to admit a second group of about 150 people"),
        E(["CONSULT"], ["phone"], "2023-10-08", [BUC, BAR], [], None,
          "Foreign Minister Mario Búcaro discussed the case by telephone on Sunday with Mexico's Foreign Secretary, Alicia Bárcena"),
        E(["AGREE"], [], "2023-10-08", [BAR, "MEX"], ["GTM"], None,
          "Mexico would fly future returnees of other nationalities to their own countries"),
        E(["AGREE"], [], "2023-10-08", [BUC, "GTM"], [BAR, "MEX"], None,
          "Búcaro confirmed that Guatemala would attend"),
        E(["COERCE"], ["deport"], "2023-09", ["MEX"], ["GTM"], None,
          "Mexico returned 1,850 Guatemalans by land through El Ceibo and the Ciudad Hidalgo-Tecún Umán crossing in September alone"),
        E(["ACCUSE"], ["disapprove"], "2021-08", ["GTM"], ["MEX"], None,
          "Guatemala lodged a similar protest in August 2021"),
        E(["COERCE"], ["deport"], "2021-08", ["MEX"], ["GTM"], "El Ceibo",
          "Mexico began sending Central Americans expelled from the United States across El Ceibo"),
    ],
    "quotes": [
        Q(ROD, "Guatemala receives its own citizens with dignity, every day. What it cannot do is become the waiting room for people whom another country does not want,"),
        Q(BUC, "We have a long border and a shared responsibility. Mexico has our cooperation, but cooperation has to go in both directions,"),
    ],
    "proposals": [],
    "figures": [
        F("migrants left at the El Ceibo crossing", 400, "people", "2023-10-06", "about"),
        F("migrants refused entry at El Ceibo", 150, "people", "2023-10-07", "about"),
        F("Guatemalans returned by Mexico by land", 1850, "people", "2023-09", "exact"),
        F("points blocked on Guatemala's highways", 100, "points", None, "over"),
        F("Mexican trucks waiting near Tecún Umán", 800, "trucks", None, "about"),
        F("exporters' losses from the blockade per day", 20000000, "USD", None, "about"),
    ],
},
}
