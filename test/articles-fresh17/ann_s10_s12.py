from ann_helpers import D, P, E, Q, PR, F

# Humanitarian and consular diplomacy in the week of 13-19 February 2023: the remains of Kenyan domestic workers
# brought home from Saudi Arabia, a New Zealand pilot held hostage in Papua, and Bahraini fishermen freed by Qatar
# as the two neighbours open talks.
# s10: KBC, Tuesday 14 February 2023
NJOGU, BORE, RAJHI, MUTUA = "Roseline Njogu", "Florence Bore", "Ahmed Al-Rajhi", "Alfred Mutua"
# s11: Jakarta Globe, Wednesday 15 February 2023
MAHFUD, MEHRTENS, BURNETT, RETNO, MAHUTA, KOGOYA, YUDO, JOKOWI, ARDERN = (
    "Mahfud MD", "Phillip Mehrtens", "Kevin Burnett", "Retno Marsudi", "Nanaia Mahuta", "Egianus Kogoya",
    "Yudo Margono", "Joko Widodo", "Jacinda Ardern")
# s12: Gulf Daily News, Tuesday 14 February 2023
ABDULLA, HAMMADI, SITRAWI, ZAYANI, MBA = ("Abdulla bin Ahmed Al Khalifa", "Ahmed bin Hassan Al Hammadi",
                                          "Ali Hassan Al Sitrawi", "Abdullatif Al Zayani",
                                          "Mohammed bin Abdulrahman Al Thani")

ANN = {
"s10_kbc_ken_sau.txt": {
    "document": D("2023-02-14", "KBC", None, "Faith Chebet",
                  "Kenya, Saudi Arabia agree on joint committee as bodies of three domestic workers are flown home"),
    "people": [
        P(NJOGU, "KEN", "Principal Secretary for Diaspora Affairs"),
        P(BORE, "KEN", "Labour and Social Protection Cabinet Secretary"),
        P(RAJHI, "SAU", "Minister of Human Resources and Social Development"),
        P(MUTUA, "KEN", "Foreign Affairs and Diaspora Cabinet Secretary"),
    ],
    "events": [
        E(["COOPERATE", "RETREAT"], [], "2023-02-11", ["SAU"], ["KEN"], "Riyadh",
          "The Saudi authorities released the bodies to the Kenyan Embassy in Riyadh on Saturday"),
        E(["CONSULT"], ["phone"], "2023-02-10", [BORE, RAJHI], [], None,
          "Labour and Social Protection Cabinet Secretary Florence Bore and Saudi Arabia's Minister of Human Resources and Social Development Ahmed Al-Rajhi held a virtual meeting on Friday"),
        E(["AGREE"], [], "2023-02-10", [BORE, RAJHI, "KEN", "SAU"], [], None,
          "agreed to form a joint technical committee on domestic workers"),
        E(["SANCTION"], ["discontinue"], "2014", ["KEN"], ["SAU"], None,
          "Kenya barred agencies from sending domestic workers to Saudi Arabia and other Gulf states in 2014"),
        E(["CONCEDE"], [], "2017", ["KEN"], ["SAU"], None,
          "lifted the ban in 2017"),
    ],
    "quotes": [
        Q(NJOGU, "No family should wait three months to bury a daughter, and no family should have to raise money to bring her home. That is what we are going to change,"),
        Q(MUTUA, "Saudi Arabia is a partner that employs nearly 100,000 of our people. We will talk to them as partners, frankly and often,"),
    ],
    "proposals": [
        PR(NJOGU, 1, "that every Kenyan domestic worker be registered with the embassy through an online system before leaving the country"),
        PR(NJOGU, 2, "that Saudi employers pay the cost of bringing home the body of any worker who dies in service"),
        PR(NJOGU, 3, "that complaints over unpaid wages be heard by a labour court within 30 days"),
    ],
    "figures": [
        F("bodies of Kenyan domestic workers flown home from Saudi Arabia", 3, "bodies", "2023-02-13", "exact"),
        F("Kenyans employed in Saudi Arabia", 100000, "people", None, "under"),
        F("Kenyans who died in Saudi Arabia in 2020 and 2021", 89, "people", None, "over"),
        F("remittances from Kenyans in Saudi Arabia", 35000000000, "KES", "2022", "about"),
    ],
},
"s11_jakartaglobe_idn_nzl.txt": {
    "document": D("2023-02-15", "Jakarta Globe", "Jakarta", "Rizky Pratama",
                  "Government Puts Pilot's Safety First After Rebels Release Photos of New Zealand Hostage"),
    "people": [
        P(MAHFUD, "IDN", "Coordinating Minister for Political, Legal and Security Affairs"),
        P(MEHRTENS, "NZL"),
        P(BURNETT, "NZL", "Ambassador to Indonesia"),
        P(RETNO, "IDN", "Foreign Minister"),
        P(MAHUTA, "NZL"),
        P(KOGOYA, "IDN"),
        P(YUDO, "IDN", "Military commander"),
        P(JOKOWI, "IDN", "President"),
        P(ARDERN, "NZL", "Prime Minister"),
    ],
    "events": [
        E(["ASSAULT"], ["abduct"], "2023-02-07", [KOGOYA], [MEHRTENS], "Paro",
          "fighters of the West Papua National Liberation Army (TPNPB) led by Egianus Kogoya stormed the aircraft, set it on fire and took him away"),
        E(["CONSULT"], ["visit"], "2023-02-14", [BURNETT], [MAHFUD, "IDN"], "Jakarta",
          "Mahfud received New Zealand's Ambassador to Indonesia Kevin Burnett at the ministry on Tuesday afternoon"),
        E(["CONSULT"], ["phone"], "2023-02-13", [RETNO, MAHUTA], [], None,
          "Foreign Minister Retno Marsudi spoke by telephone on Monday with her New Zealand counterpart Nanaia Mahuta"),
        E(["ASSAULT"], ["targeted"], "2018-12", [KOGOYA], [], "Nduga",
          "Kogoya's group was blamed for the killing of at least 16 road construction workers in Nduga in December 2018"),
        E(["CONSULT"], ["visit"], "2018-03", [JOKOWI], [ARDERN, "NZL"], None,
          "President Joko Widodo made a state visit to New Zealand in March 2018"),
        E(["AGREE"], [], "2018-03", [JOKOWI, ARDERN, "IDN", "NZL"], [], None,
          "he and then Prime Minister Jacinda Ardern agreed to raise bilateral trade to NZ$4 billion by 2024"),
    ],
    "quotes": [
        Q(MAHFUD, "The priority is his life. We have time and we have people who know the villages, so there is no need for a military adventure that could cost lives on both sides,"),
        Q(MAHUTA, "Our focus is on bringing Phillip home to his family safely, and we are grateful for the care Indonesia is taking,"),
    ],
    "proposals": [],
    "figures": [
        F("Papuan passengers let go by the rebels", 5, "people", "2023-02-07", "exact"),
        F("residents moved out of Paro", 150, "people", None, "about"),
        F("road construction workers killed in Nduga", 16, "people", "2018-12", "over"),
        F("Indonesia-New Zealand bilateral trade target for 2024", 4000000000, "NZD", None, "exact"),
    ],
},
"s12_gdn_bhr_qat.txt": {
    "document": D("2023-02-14", "Gulf Daily News", "Riyadh", None,
                  "Bahrain-Qatar committee opens talks in Riyadh days after four fishermen freed"),
    "people": [
        P(ABDULLA, "BHR", "Foreign Ministry Under-Secretary for Political Affairs"),
        P(HAMMADI, "QAT", "Secretary-General of Qatar's Foreign Ministry"),
        P(SITRAWI, "BHR"),
        P(ZAYANI, "BHR", "Foreign Minister"),
        P(MBA, "QAT", "Deputy Prime Minister", "Foreign Minister"),
    ],
    "events": [
        E(["CONSULT"], ["third-party"], "2023-02-13", [ABDULLA, HAMMADI, "BHR", "QAT"], [], "Riyadh",
          "The Bahraini-Qatari follow-up committee held its first meeting yesterday at the headquarters of the GCC General Secretariat in the Saudi capital"),
        E(["AGREE"], [], "2023-02-13", [ABDULLA, HAMMADI, "BHR", "QAT"], [], "Riyadh",
          "agreed to meet at regular intervals"),
        E(["RETREAT"], ["release"], "2023-02-12", ["QAT"], ["BHR"], None,
          "On Sunday, the Qatari authorities freed four fishermen from Sitra"),
        E(["COERCE"], ["arrest", "seize"], "2023-01-22", ["QAT"], ["BHR"], "Fasht Al Dibal",
          "held since January 22, when the Qatari coastguard stopped their boat north of Fasht Al Dibal and took them to Doha"),
        E(["CONSULT"], ["third-party"], "2023-02-07", [ZAYANI, MBA], [], "Riyadh",
          "talks on February 7, also at the GCC headquarters, between Foreign Minister Dr Abdullatif Al Zayani and Qatar's Deputy Prime Minister and Foreign Minister Shaikh Mohammed bin Abdulrahman Al Thani"),
        E(["SANCTION"], ["discontinue"], "2017-06-05", ["BHR", "SAU", "ARE", "EGY"], ["QAT"], None,
          "Bahrain, Saudi Arabia, the UAE and Egypt cut diplomatic and trade ties with Qatar on June 5, 2017"),
        E(["SUPPORT"], [], "2021-01-05", ["BHR", "SAU", "ARE", "EGY", "QAT"], [], "Al-Ula",
          "The boycott ended with the Al-Ula Declaration, signed at the GCC summit in Al-Ula on January 5, 2021"),
    ],
    "quotes": [
        Q(ABDULLA, "We came to Riyadh to close files, not to open new ones. The people of both countries have waited long enough,"),
        Q(SITRAWI, "We were fishing where our fathers fished. We were treated well, but three weeks away from our families is a long time,"),
    ],
    "proposals": [],
    "figures": [
        F("Bahraini fishermen freed by Qatar", 4, "people", "2023-02-12", "exact"),
        F("subcommittees to be set up by the follow-up committee", 2, "subcommittees", "2023-02-13", "exact"),
        F("Bahrainis holding property in Qatar", 2000, "people", None, "about"),
    ],
},
}
