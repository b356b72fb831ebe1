from ann_helpers import D, P, E, Q, PR, F

# Energy, water and borders in the week of 11-17 March 2024: Kuwait's protest note to Iran over Al-Durra,
# Egypt's petroleum minister signing the Cronos gas deal in Nicosia, South Africa's water minister in Maseru
# on Phase II of the Lesotho Highlands Water Project.
# s01: Kuwait Times, Wednesday 13 March 2024
OWJI, ALYAHYA, FAISAL, KANAANI, ALATIQI = ("Javad Owji", "Abdullah Al-Yahya", "Faisal bin Farhan Al Saud",
                                          "Nasser Kanaani", "Emad Al-Atiqi")
# s02: Egypt Independent, Tuesday 12 March 2024
ELMOLLA, PAPA, CHRISTO, SISI = ("Tarek El Molla", "George Papanastasiou", "Nikos Christodoulides",
                                "Abdel Fattah al-Sisi")
# s03: IOL, Saturday 16 March 2024
MCHUNU, MOLEKO, MATEKANE, RAMAPHOSA = "Senzo Mchunu", "Mohlomi Moleko", "Sam Matekane", "Cyril Ramaphosa"

ANN = {
"s01_kuwaittimes_kwt_irn.txt": {
    "document": D("2024-03-13", "Kuwait Times", "Kuwait", "Faten Al-Mutairi",
                  "Kuwait hands Iran protest note over drilling plans near Al-Durra field"),
    "people": [
        P(OWJI, "IRN", "Oil Minister"),
        P(ALYAHYA, "KWT", "Foreign Minister"),
        P(FAISAL, "SAU", "Foreign Minister"),
        P(KANAANI, "IRN", "foreign ministry spokesman"),
        P(ALATIQI, "KWT", "Oil Minister"),
    ],
    "events": [
        E(["ACCUSE"], ["disapprove"], "2024-03-12", ["KWT"], ["IRN"], None,
          "The Ministry of Foreign Affairs summoned Iran's ambassador yesterday and handed him a protest note"),
        E(["THREATEN"], [], "2024-03-10", [OWJI, "IRN"], ["KWT", "SAU"], None,
          "comments by Iranian Oil Minister Javad Owji on Sunday, who told a television interviewer that a rig would be sent to the field Iran calls Arash"),
        E(["CONSULT"], ["phone"], "2024-03-12", [ALYAHYA, FAISAL], [], None,
          "On Tuesday Al-Yahya telephoned Prince Faisal bin Farhan Al Saud, the Saudi Foreign Minister"),
        E(["SUPPORT"], [], "2024-03-12", ["SAU"], ["KWT"], None,
          "Riyadh backed Kuwait the same evening"),
        E(["REJECT"], [], "2024-03-12", [KANAANI, "IRN"], ["KWT"], None,
          "In Tehran, foreign ministry spokesman Nasser Kanaani rejected the Kuwaiti note late last night"),
        E(["CONSULT"], ["visit"], "2023-09", ["KWT"], ["IRN"], "Tehran",
          "Technical teams from Kuwait and Iran last met in Tehran in September 2023"),
        E(["SUPPORT"], [], "2022-03", ["KWT", "SAU"], [], None,
          "Kuwait and Saudi Arabia signed a document to develop the field jointly in March 2022"),
    ],
    "quotes": [
        Q(ALYAHYA, "Al-Durra belongs to Kuwait and Saudi Arabia, and to no one else. If our neighbours in Iran have a claim, the place to present it is the negotiating table, not a drilling platform,"),
        Q(KANAANI, "Iran's rights in Arash are clear and documented. A protest note does not change geology, and we will protect our share,"),
    ],
    "proposals": [],
    "figures": [
        F("planned daily gas output of Al-Durra field", 1000000000, "cubic feet", None, "exact"),
        F("planned daily condensate output of Al-Durra field", 84000, "barrels", None, "exact"),
        F("imported liquefied gas burned by Kuwait's power stations", 700000000, "KWD", "2023", "about"),
        F("gas reserves of Al-Durra field", 20000000000000, "cubic feet", None, "about"),
    ],
},
"s02_egyptindependent_egy_cyp.txt": {
    "document": D("2024-03-12", "Egypt Independent", None, "Mohamed Abdel Aziz",
                  "Egypt, Cyprus sign deal to bring Cronos gas to Egyptian plants for liquefaction"),
    "people": [
        P(ELMOLLA, "EGY", "Petroleum Minister"),
        P(PAPA, "CYP", "Energy Minister"),
        P(CHRISTO, "CYP", "President"),
        P(SISI, "EGY", "President"),
    ],
    "events": [
        E(["SUPPORT"], [], "2024-03-11", [ELMOLLA, PAPA, "EGY", "CYP"], [], "Nicosia",
          "Petroleum Minister Tarek El Molla signed an agreement in Nicosia on Monday"),
        E(["CONSULT"], ["visit"], "2024-03-11", [ELMOLLA], [PAPA, "CYP"], "Nicosia",
          "after the two men held talks that officials on both sides described as long and detailed"),
        E(["CONSULT"], ["visit"], "2024-03-11", [ELMOLLA], [CHRISTO, "CYP"], "Nicosia",
          "Cypriot President Nikos Christodoulides received the Egyptian minister before the signing"),
        E(["AGREE"], [], "2024-03-11", [PAPA], [ELMOLLA, "EGY"], None,
          "El Molla invited Papanastasiou to Cairo in May ... the Cypriot minister accepted"),
        E(["SUPPORT"], [], "2018-09", ["EGY", "CYP"], [], None,
          "an intergovernmental agreement on a direct pipeline that the two countries signed in September 2018"),
        E(["SUPPORT"], [], "2021", ["EGY", "CYP"], [], None,
          "a memorandum on the Aphrodite field concluded in 2021"),
        E(["CONSULT"], ["visit"], "2023-10", [CHRISTO], [SISI, "EGY"], "Cairo",
          "Egypt's President Abdel Fattah al-Sisi and Christodoulides last met in Cairo in October 2023"),
    ],
    "quotes": [
        Q(ELMOLLA, "Egypt is offering its neighbours something nobody else in the Eastern Mediterranean can offer today: plants that already work and a route to Europe that is already open,"),
        Q(PAPA, "the fastest and most realistic path"),
        Q(PAPA, "We spent years discussing a pipeline of our own. This solution lets us sell our first cargoes within three years rather than ten,"),
    ],
    "proposals": [],
    "figures": [
        F("estimated gas in the Cronos field", 2500000000000, "cubic feet", None, "about"),
        F("length of the proposed pipeline from Cronos to the Zohr facilities", 90, "kilometers", None, "about"),
        F("Egypt's exports of liquefied gas", 6300000, "tonnes", "2022", "about"),
        F("Egypt's imports of Israeli gas", 3000000000, "USD", "2023", "over"),
        F("utilisation of the LNG plants at Damietta and Idku", 40, "percent", None, "about"),
    ],
},
"s03_iol_lso_zaf.txt": {
    "document": D("2024-03-16", "IOL", None, "Lerato Mofokeng",
                  "Mchunu and Lesotho agree new timetable for Polihali as Maseru presses for higher royalties"),
    "people": [
        P(MCHUNU, "ZAF", "Water and Sanitation Minister"),
        P(MOLEKO, "LSO", "Minister of Natural Resources"),
        P(MATEKANE, "LSO", "Prime Minister"),
        P(RAMAPHOSA, "ZAF", "President"),
    ],
    "events": [
        E(["SUPPORT"], [], "2024-03-15", [MCHUNU, MOLEKO, "ZAF", "LSO"], [], "Maseru",
          "Mchunu signed the document in Maseru with Lesotho's Minister of Natural Resources, Mohlomi Moleko"),
        E(["CONSULT"], ["visit"], "2024-03-15", [MCHUNU], [MOLEKO, "LSO"], "Maseru",
          "after a meeting of the two governments' delegations"),
        E(["CONSULT"], ["visit"], "2024-03-15", [MCHUNU], [MATEKANE, "LSO"], "Maseru",
          "Earlier in the day he was received by Prime Minister Sam Matekane"),
        E(["CONSULT"], ["visit"], "2024-03-14", [MCHUNU], [MOLEKO, "LSO"], "Polihali",
          "on Thursday he toured the Polihali dam site in the Mokhotlong district with Moleko"),
        E(["ACCUSE"], ["disapprove"], "2024-03-15", [MOLEKO, "LSO"], ["ZAF"], None,
          "He was critical of the pace of payments"),
        E(["AGREE"], [], "2024-03-15", [MCHUNU, "ZAF"], ["LSO"], None,
          "Mchunu said South Africa would respond to the royalty proposal within three months"),
        E(["AGREE"], [], "2024-03-15", ["ZAF", "LSO"], [], None,
          "The two delegations agreed to hold the next meeting of the bilateral commission in Pretoria in September"),
        E(["SUPPORT"], [], "1986-10", ["LSO", "ZAF"], [], None,
          "The treaty on the project was signed in October 1986"),
        E(["SUPPORT"], [], "2011-08", ["LSO", "ZAF"], [], None,
          "The two countries concluded the agreement on Phase II in August 2011"),
        E(["CONSULT"], ["visit"], "2023-03", [MATEKANE], [RAMAPHOSA, "ZAF"], "Pretoria",
          "the prime minister paid a working visit to Pretoria in March 2023"),
    ],
    "quotes": [
        Q(MOLEKO, "Our people have waited too long for compensation while contractors were paid on time. Lesotho cannot be asked to carry the delays of a project designed to serve Gauteng,"),
        Q(MCHUNU, "Gauteng's economy depends on this water, and so does Lesotho's budget. We want a partnership in which both sides feel the deal is fair,"),
    ],
    "proposals": [
        PR(MOLEKO, 1, "a joint review of the royalty formula, which has not changed since 1986"),
        PR(MOLEKO, 2, "an early start on the hydropower component, so that Lesotho can cut the electricity it buys from South Africa and Mozambique"),
        PR(MOLEKO, 3, "a fund for villages moved to make way for the reservoir"),
    ],
    "figures": [
        F("estimated cost of Phase II of the Lesotho Highlands Water Project", 40000000000, "ZAR", None, "about"),
        F("length of the Phase II transfer tunnel to Katse", 38, "kilometers", None, "exact"),
        F("additional yearly transfers to Gauteng from Phase II", 490000000, "cubic meters", None, "about"),
        F("yearly transfers through Phase I", 780000000, "cubic meters", None, "about"),
        F("royalties received by Lesotho", 1200000000, "ZAR", "2023", "about"),
        F("Phase II contracts awarded so far", 7000000000, "ZAR", None, "exact"),
        F("completion of the main Polihali dam wall", 30, "percent", None, "about"),
    ],
},
}
