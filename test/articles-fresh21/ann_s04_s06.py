from ann_helpers import D, P, E, Q, PR, F

# s04: Lusaka Times, Tuesday 10 October 2023 (fuel tankers held at Tunduma, ministers in Dar es Salaam)
TAYALI, MBARAWA, HH, SAMIA = "Frank Tayali", "Makame Mbarawa", "Hakainde Hichilema", "Samia Suluhu Hassan"
# s05: NewZimbabwe.com, Sunday 15 October 2023 (deportations through Beitbridge, the ZEP)
SHAVA, PANDOR, MOTSO, MASIA, RAMAPHOSA, MNAN = ("Frederick Shava", "Naledi Pandor", "Aaron Motsoaledi",
                                                "Michael Masiapato", "Cyril Ramaphosa", "Emmerson Mnangagwa")
# s06: Capital FM, Wednesday 11 October 2023 (Kenyan domestic workers in Qatar)
BORE, MARRI, NJOGU = "Florence Bore", "Ali bin Samikh Al Marri", "Roseline Njogu"

ANN = {
"s04_lusakatimes_zmb_tza.txt": {
    "document": D("2023-10-10", "Lusaka Times", None, None,
                  "Tanzania frees 38 Zambia-bound fuel tankers as Tayali and Mbarawa agree round-the-clock border"),
    "people": [
        P(TAYALI, "ZMB", "Transport and Logistics Minister"),
        P(MBARAWA, "TZA", "Minister of Transport"),
        P(HH, "ZMB", "President"),
        P(SAMIA, "TZA", "President"),
    ],
    "events": [
        E(["COERCE"], ["seize"], "2023-10-04", ["TZA"], ["ZMB"], "Tunduma",
          "were held by the Tanzania Revenue Authority on Wednesday over what it described as incomplete transit bonds"),
        E(["RETREAT"], ["release"], "2023-10-08", ["TZA"], ["ZMB"], "Tunduma",
          "Tanzanian authorities have released 38 fuel tankers bound for Zambia"),
        E(["CONSULT"], ["visit"], "2023-10-07", [TAYALI], [MBARAWA, "TZA"], "Dar es Salaam",
          "Mr Tayali met Tanzania's Minister of Transport, Professor Makame Mbarawa, in Dar es Salaam on Saturday"),
        E(["AGREE"], [], "2023-10-07", [TAYALI, MBARAWA, "ZMB", "TZA"], [], "Dar es Salaam",
          "The two ministers agreed that the Tunduma-Nakonde one-stop border post will operate 24 hours a day from November 1"),
        E(["AGREE"], [], "2023-10-07", [MBARAWA, "TZA"], ["ZMB"], "Dar es Salaam",
          "Prof Mbarawa also promised to review, within 30 days, the fines charged to Zambian trucks at Tanzanian weighbridges"),
        E(["ACCUSE"], ["disapprove"], "2023-10-09", [TAYALI, "ZMB"], ["TZA"], None,
          "Mr Tayali criticised the seizure as a blow to a landlocked country's fuel supply"),
        E(["AID", "SUPPORT"], [], "1967", ["CHN"], ["TZA", "ZMB"], None,
          "China, which financed the railway under an interest-free loan agreement signed with both countries in 1967"),
        E(["CONSULT"], ["multilateral"], "2023-08", [HH, SAMIA], [], "Luanda",
          "Presidents Hakainde Hichilema and Samia Suluhu Hassan discussed the corridor when they met on the sidelines of the SADC summit in Luanda in August"),
    ],
    "quotes": [
        Q(TAYALI, "Zambia is a landlocked country. Every hour a truck waits at Tunduma is money taken from the pocket of a Zambian consumer,"),
        Q(MBARAWA, "The port of Dar es Salaam was built to serve our neighbours as much as ourselves. We want Zambian cargo to move, not to sit in yards,"),
    ],
    "proposals": [
        PR(TAYALI, 1, "a single electronic transit bond recognised by both revenue authorities"),
        PR(TAYALI, 2, "a joint weighbridge at Tunduma so that trucks are weighed only once"),
        PR(TAYALI, 3, "a fixed window of 72 hours to settle any dispute over documents before a vehicle can be held"),
    ],
    "figures": [
        F("fuel tankers bound for Zambia impounded at Tunduma", 38, "tankers", "2023-10-04", "exact"),
        F("diesel and petrol carried by the impounded tankers", 1400000, "liters", "2023-10-04", "about"),
        F("weighbridge fines on a Zambian truck", 3000, "USD", None, "under"),
        F("trucks crossing at Tunduma every day", 1200, "trucks", None, "about"),
        F("length of the TAZARA line", 1860, "kilometers", None, "exact"),
        F("cargo carried by TAZARA", 250000, "tonnes", "2022", "about"),
        F("design capacity of TAZARA", 5000000, "tonnes", None, "exact"),
    ],
},
"s05_newzimbabwe_zwe_zaf.txt": {
    "document": D("2023-10-15", "NewZimbabwe.com", None, "Rumbidzai Mhlanga",
                  "SA deports 1,132 Zimbabweans in a week as Harare presses Pretoria on ZEP holders"),
    "people": [
        P(SHAVA, "ZWE", "Foreign Affairs and International Trade Minister"),
        P(PANDOR, "ZAF"),
        P(MOTSO, "ZAF", "Home Affairs Minister"),
        P(MASIA, "ZAF", "BMA commissioner"),
        P(RAMAPHOSA, "ZAF", "President"),
        P(MNAN, "ZWE", "President"),
    ],
    "events": [
        E(["COERCE"], ["deport"], "2023-10", ["ZAF"], ["ZWE"], "Beitbridge",
          "SOUTH Africa deported 1,132 Zimbabweans through the Beitbridge Border Post between Monday and Friday"),
        E(["CONSULT"], ["phone"], "2023-10-12", [SHAVA, PANDOR], [], None,
          "Frederick Shava discussed the permits by telephone on Thursday with his South African counterpart, Naledi Pandor"),
        E(["REQUEST"], [], "2023-10-13", ["ZWE"], ["ZAF"], None,
          "On Friday his ministry followed up with a diplomatic note asking that permit holders be allowed to remain"),
        E(["PROTEST"], ["demo"], "2023-10-14", ["ZAF"], ["ZWE"], "Johannesburg",
          "about 300 members of the anti-immigrant movement Operation Dudula marched to the Zimbabwean consulate in Johannesburg"),
        E(["ACCUSE", "REQUEST"], ["disapprove"], "2023-10-14", ["ZWE"], ["ZAF"], None,
          "The Zimbabwean embassy in Pretoria condemned the march the same evening and asked South African police to protect consular staff"),
        E(["AGREE"], [], "2023-10-10", ["ZWE", "ZAF"], [], "Beitbridge",
          "Revenue and immigration officials of the two countries agreed at Beitbridge on Tuesday to open a dedicated lane for buses"),
        E(["CONSULT"], ["visit"], "2023-09-04", [RAMAPHOSA], [MNAN, "ZWE"], "Harare",
          "President Cyril Ramaphosa raised the issue with President Emmerson Mnangagwa when he attended his inauguration in Harare on September 4"),
    ],
    "quotes": [
        Q(SHAVA, "Our people in South Africa are teachers, nurses, builders and drivers. They pay taxes there. We ask that they not be pushed into the shadows with the stroke of a pen,"),
        Q(MASIA, "The border is not a revolving door. Anyone deported is barred from coming back for up to five years,"),
    ],
    "proposals": [],
    "figures": [
        F("Zimbabweans deported through Beitbridge from Monday to Friday", 1132, "people", "2023-10", "exact"),
        F("holders of the Zimbabwe Exemption Permit", 178000, "people", None, "about"),
        F("Operation Dudula members who marched to the Zimbabwean consulate", 300, "people", "2023-10-14", "about"),
        F("buses expected to cross at Beitbridge in the Christmas rush", 2500, "buses", None, "over"),
        F("Zimbabweans living in South Africa", 1000000, "people", None, "over"),
    ],
},
"s06_capitalfm_ken_qat.txt": {
    "document": D("2023-10-11", "Capital FM", "Nairobi", "Brian Otieno",
                  "Kenya, Qatar sign deal on domestic workers' contracts after wave of complaints"),
    "people": [
        P(BORE, "KEN", "Labour and Social Protection Cabinet Secretary"),
        P(MARRI, "QAT", "Minister of Labour"),
        P(NJOGU, "KEN", "Diaspora Affairs Principal Secretary"),
    ],
    "events": [
        E(["SUPPORT"], [], "2023-10-10", [BORE, MARRI, "KEN", "QAT"], [], "Doha",
          "Kenya and Qatar on Tuesday signed an agreement setting minimum terms for Kenyan domestic workers in the Gulf state"),
        E(["CONSULT"], ["visit"], "2023-10-10", [BORE], [MARRI, "QAT"], "Doha",
          "Florence Bore signed the agreement in Doha with Qatar's Minister of Labour, Ali bin Samikh Al Marri, after talks"),
        E(["AGREE"], [], "2023-10-10", ["KEN", "QAT"], [], "Doha",
          "both governments also decided to create a joint committee that will meet twice a year to go through complaints"),
        E(["AGREE"], [], "2023-10-10", ["QAT"], ["KEN"], None,
          "Qatar undertook to open a labour desk for Kenyans at the Qatar Visa Centre in Nairobi"),
        E(["COERCE"], ["deport"], "2023-09", ["QAT"], ["KEN"], None,
          "Qatari authorities deported 24 Kenyan security guards who had stopped work over three months of unpaid wages"),
        E(["ACCUSE"], ["disapprove"], "2023-09", ["KEN"], ["QAT"], "Doha",
          "a step the Kenyan embassy in Doha described at the time as excessive"),
        E(["SUPPORT"], [], "2012", ["KEN", "QAT"], [], None,
          "Kenya and Qatar signed their first bilateral labour agreement in 2012"),
    ],
    "quotes": [
        Q(BORE, "Every Kenyan who travels to Qatar must leave with a contract she has read and understood, and must come home with her wages and her dignity,"),
        Q(NJOGU, "We do not want to close the door, because many families depend on these jobs. But we will not send our daughters where they are not protected,"),
    ],
    "proposals": [],
    "figures": [
        F("complaints from Kenyans in Qatar received since January", 430, "complaints", None, "exact"),
        F("Kenyan security guards deported from Qatar", 24, "people", "2023-09", "exact"),
        F("Kenyans working in Qatar", 70000, "people", None, "about"),
        F("remittances from Qatar to Kenya", 9600000000, "KES", "2022", "exact"),
        F("additional Kenyan workers the government wants to place in Qatar by the end of 2024", 20000, "people", None, "exact"),
        F("recruitment agencies whose licences were suspended", 12, "agencies", "2023-09", "exact"),
    ],
},
}
