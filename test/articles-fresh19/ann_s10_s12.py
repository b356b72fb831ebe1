from ann_helpers import D, P, E, Q, PR, F

# Mediation, ultimatums and summitry in the week of 21-27 August 2023: the SADC observers' verdict on Zimbabwe's
# elections and the ruling party's attack on their Zambian head, Widodo's state visit to Dar es Salaam on his way to
# the BRICS summit, Lula's state visit to Luanda after it.
# s10: Zambia Daily Mail, Sunday 27 August 2023
MUMBA, MUTSVANGWA, MNANGAGWA, CHAMISA, HICHILEMA = ("Nevers Mumba", "Chris Mutsvangwa", "Emmerson Mnangagwa",
                                                    "Nelson Chamisa", "Hakainde Hichilema")
# s11: Daily News, Tuesday 22 August 2023
SAMIA, WIDODO, MAKAMBA, MARSUDI, RUTO, MPANGO = ("Samia Suluhu Hassan", "Joko Widodo", "January Makamba",
                                                 "Retno Marsudi", "William Ruto", "Philip Mpango")
# s12: ANGOP, Friday 25 August 2023
LOURENCO, LULA, TETE, VIEIRA, CERQUEIRA = ("João Lourenço", "Luiz Inácio Lula da Silva", "Téte António",
                                           "Mauro Vieira", "Carolina Cerqueira")

ANN = {
"s10_dailymail_zmb_zwe.txt": {
    "document": D("2023-08-27", "Zambia Daily Mail", None, "Chanda Musonda",
                  "Mumba stands firm as ZANU-PF turns fire on SADC observers"),
    "people": [
        P(MUMBA, "ZMB", "Former Vice-President", "head of the SADC Electoral Observation Mission in Zimbabwe"),
        P(MUTSVANGWA, "ZWE", "ZANU-PF spokesperson"),
        P(MNANGAGWA, "ZWE", "President"),
        P(CHAMISA, "ZWE"),
        P(HICHILEMA, "ZMB", "President"),
    ],
    "events": [
        E(["ACCUSE"], ["disapprove"], "2023-08-25", [MUMBA], ["ZWE"], "Harare",
          "In a preliminary statement read in Harare on Friday, Dr Mumba said the elections did not meet the requirements of Zimbabwe's Constitution"),
        E(["ACCUSE"], ["disapprove"], "2023-08-25", [MUTSVANGWA], [MUMBA], None,
          "On Friday evening ZANU-PF spokesperson Chris Mutsvangwa accused Dr Mumba of acting on behalf of Western embassies"),
        E(["CONSULT"], ["visit"], "2023-08-16", [MUMBA], [MNANGAGWA, "ZWE"], "Harare",
          "Dr Mumba paid a courtesy call on President Mnangagwa at State House in Harare on August 16"),
        E(["CONSULT"], ["visit"], "2021-08-24", [MNANGAGWA], [HICHILEMA, "ZMB"], "Lusaka",
          "Mr Mnangagwa was among the heads of state who attended Mr Hichilema's inauguration in Lusaka on August 24, 2021"),
    ],
    "quotes": [
        Q(MUMBA, "We were invited to observe, and we observed. Our duty is to the people of Zimbabwe and to the principles every SADC member signed, not to any party,"),
        Q(MUTSVANGWA, "Zimbabwe is not a province of anybody. An observer who comes to write a script prepared elsewhere is not welcome here,"),
        Q(HICHILEMA, "We do not choose the outcome of any election in our region. We only ask that the rules we all agreed to are followed,"),
    ],
    "proposals": [],
    "figures": [
        F("Mnangagwa's share of the presidential vote", 52.6, "percent", "2023-08-23", "exact"),
        F("Chamisa's share of the presidential vote", 44, "percent", "2023-08-23", "exact"),
        F("registered voters in Zimbabwe", 6600000, "people", None, "about"),
        F("SADC observers deployed in Zimbabwe", 67, "people", None, "exact"),
        F("Zambia's trade with Zimbabwe", 7500000000, "ZMW", "2022", "about"),
    ],
},
"s11_dailynews_tza_idn.txt": {
    "document": D("2023-08-22", "Daily News", None, None,
                  "Samia, Widodo sign four deals, target gas and fertiliser investment"),
    "people": [
        P(SAMIA, "TZA", "President"),
        P(WIDODO, "IDN", "President"),
        P(MAKAMBA, "TZA", "Foreign Affairs and East African Cooperation Minister"),
        P(MARSUDI, "IDN", "Foreign Minister"),
        P(RUTO, "KEN", "President"),
        P(MPANGO, "TZA", "Vice-President"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2023-08-22", [WIDODO], [SAMIA, "TZA"], "Dar es Salaam",
          "PRESIDENT Samia Suluhu Hassan today held official talks with the visiting Indonesian President, Joko Widodo, at State House in Dar es Salaam"),
        E(["SUPPORT"], [], "2023-08-22", [SAMIA, WIDODO, "TZA", "IDN"], [], "Dar es Salaam",
          "the two leaders witnessed the signing of four memoranda of understanding"),
        E(["CONSULT"], ["visit"], "2023-08-21", [WIDODO], [RUTO, "KEN"], "Nairobi",
          "from Nairobi, where he had held talks with Kenyan President William Ruto in the morning"),
        E(["AGREE"], [], "2023-08-22", [SAMIA], [WIDODO, "IDN"], "Dar es Salaam",
          "He invited President Samia to visit Indonesia, and she accepted"),
        E(["AGREE", "AID"], [], "2023-08-22", ["IDN"], ["TZA"], None,
          "Indonesia will also offer 20 scholarships a year to Tanzanian students"),
    ],
    "quotes": [
        Q(SAMIA, "Indonesia is a country that has fed itself and built industries out of its own resources. That is exactly the road we want to travel, and we would like to learn from it,"),
        Q(WIDODO, "We were both colonised, and we both know what it means to be told to sell raw materials and buy finished goods. Let us change that together,"),
    ],
    "proposals": [
        PR(SAMIA, 1, "that Indonesian companies invest in processing Tanzania's natural gas and in building a fertiliser plant to serve farmers across the region"),
        PR(SAMIA, 2, "that the two countries set up a joint business council that meets every year, alternating between Jakarta and Dar es Salaam"),
        PR(SAMIA, 3, "that Indonesia expand the Mkindo training centre in Morogoro so that more young farmers learn modern rice and palm oil cultivation"),
    ],
    "figures": [
        F("memoranda of understanding signed", 4, "memoranda of understanding", "2023-08-22", "exact"),
        F("Indonesia-Tanzania trade", 530000000, "USD", "2022", "about"),
        F("Indonesian scholarships for Tanzanian students a year", 20, "scholarships", None, "exact"),
        F("farmers trained at the Mkindo centre", 2000, "people", None, "over"),
    ],
},
"s12_angop_ago_bra.txt": {
    "document": D("2023-08-25", "ANGOP", "Luanda", None,
                  "Angola and Brazil sign agreements as Lula returns to Luanda after 16 years"),
    "people": [
        P(LOURENCO, "AGO", "President of the Republic"),
        P(LULA, "BRA", "President"),
        P(TETE, "AGO", "Minister of External Relations"),
        P(VIEIRA, "BRA", "Foreign Minister"),
        P(CERQUEIRA, "AGO", "President of the National Assembly"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2023-08-25", [LULA], [LOURENCO, "AGO"], "Luanda",
          "at the end of official talks at the Presidential Palace in Cidade Alta"),
        E(["SUPPORT"], [], "2023-08-25", [LOURENCO, LULA, "AGO", "BRA"], [], "Luanda",
          "on Friday in Luanda witnessed the signing of six cooperation instruments"),
        E(["AGREE", "AID"], [], "2023-08-25", [LULA, "BRA"], ["AGO"], "Luanda",
          "He announced that Brazil would reopen credit lines of up to 1 billion US dollars through the national development bank, BNDES"),
        E(["CONSULT"], ["visit"], "2023-08-25", [LULA], [CERQUEIRA, "AGO"], "Luanda",
          "the Brazilian President addressed parliament in a solemn session, where he was received by the President of the National Assembly, Carolina Cerqueira"),
        E(["SUPPORT"], [], "1975-11-11", ["BRA"], ["AGO"], None,
          "Brazil was the first country to recognise Angola's independence, on 11 November 1975"),
        E(["CONSULT"], ["visit"], "2003", [LULA], ["AGO"], None,
          "Lula had visited Angola as president in 2003 and 2007"),
        E(["CONSULT"], ["visit"], "2007", [LULA], ["AGO"], None,
          "Lula had visited Angola as president in 2003 and 2007"),
        E(["SUPPORT"], [], "2010", ["AGO", "BRA"], [], None,
          "The two countries established a strategic partnership in 2010"),
    ],
    "quotes": [
        Q(LOURENCO, "Brazil was with us on the very first night of our independence. Angolans do not forget who stood with them,"),
        Q(LULA, "Brazil has the second largest Black population in the world after Nigeria. Our relationship with Angola is not only diplomacy, it is family,"),
    ],
    "proposals": [],
    "figures": [
        F("cooperation instruments signed", 6, "cooperation instruments", "2023-08-25", "exact"),
        F("Brazilian export credit lines for Angola", 1000000000, "USD", None, "under"),
        F("Angola-Brazil trade", 1700000000, "USD", "2022", "exact"),
        F("Angola-Brazil trade", 4000000000, "USD", "2008", "exact"),
        F("Brazilians living in Angola", 30000, "people", None, "about"),
    ],
},
}
