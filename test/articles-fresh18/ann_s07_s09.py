from ann_helpers import D, P, E, Q, PR, F

# New governments and first contacts in the week of 8-14 July 2024: Armenia and Iran's president-elect, Egypt's new
# foreign minister and Türkiye, South Africa's first calls with the new British government.
# s07: ARKA News Agency, Wednesday 10 July 2024
PASHINYAN, PEZESHKIAN, MIRZOYAN, SOBHANI, RAISI = ("Nikol Pashinyan", "Masoud Pezeshkian", "Ararat Mirzoyan",
                                                   "Mehdi Sobhani", "Ebrahim Raisi")
# s08: State Information Service, Thursday 11 July 2024
ABDELATTY, SEN, ABUZEID, ERDOGAN, SISI, FIDAN = ("Badr Abdelatty", "Salih Mutlu Sen", "Ahmed Abu Zeid",
                                                 "Recep Tayyip Erdogan", "Abdel Fattah El-Sisi", "Hakan Fidan")
# s09: SAnews.gov.za, Wednesday 10 July 2024
RAMAPHOSA, STARMER, MAGWENYA, LAMOLA, LAMMY, CHARLES = ("Cyril Ramaphosa", "Keir Starmer", "Vincent Magwenya",
                                                        "Ronald Lamola", "David Lammy", "Charles III")

ANN = {
"s07_arka_arm_irn.txt": {
    "document": D("2024-07-10", "ARKA News Agency", "Yerevan", None,
                  "Pashinyan, Pezeshkian discuss North-South road and gas swap in first phone conversation"),
    "people": [
        P(PASHINYAN, "ARM", "Prime Minister"),
        P(PEZESHKIAN, "IRN", "president-elect"),
        P(MIRZOYAN, "ARM", "Foreign Minister"),
        P(SOBHANI, "IRN", "Ambassador to Armenia"),
        P(RAISI, "IRN", "President"),
    ],
    "events": [
        E(["CONSULT"], ["phone"], "2024-07-09", [PASHINYAN, PEZESHKIAN], [], None,
          "Armenian Prime Minister Nikol Pashinyan had a telephone conversation on Tuesday with Iran's president-elect Masoud Pezeshkian"),
        E(["AGREE"], [], "2024-07-09", [PASHINYAN], [PEZESHKIAN, "IRN"], None,
          "Pezeshkian invited the Armenian prime minister to attend his inauguration in Tehran, and Pashinyan accepted the invitation"),
        E(["CONSULT"], ["visit"], "2024-07-08", [SOBHANI], [MIRZOYAN, "ARM"], "Yerevan",
          "A day earlier, Foreign Minister Ararat Mirzoyan received Iran's Ambassador to Armenia Mehdi Sobhani"),
        E(["SUPPORT"], [], "2024-05", ["ARM"], ["IRN"], None,
          "Armenia's condolences after the death of President Ebrahim Raisi in May"),
        E(["CONSULT"], ["visit"], "2024-05-22", [PASHINYAN], ["IRN"], "Tehran",
          "Pashinyan travelled to Tehran on May 22 for the memorial ceremony for Raisi"),
        E(["SUPPORT", "COOPERATE"], [], "2023", ["ARM", "IRN"], [], None,
          "In 2023 the parties extended the arrangement until 2030"),
        E(["SUPPORT"], [], "2022-10", ["IRN"], ["ARM"], "Kapan",
          "Iran opened its consulate general in Kapan, in Armenia's Syunik province, in October 2022"),
    ],
    "quotes": [
        Q(PASHINYAN, "Iran has been a reliable neighbour for Armenia in the hardest years of our independence. We want the next four years to be the years when our trade finally matches the level of our political dialogue,"),
        Q(PEZESHKIAN, "Our position on the borders of the region has not changed and will not change. Iran will not accept any change of internationally recognized borders,"),
    ],
    "proposals": [
        PR(PASHINYAN, 1, "to speed up construction of the Kajaran-Agarak section of the North-South highway, which an Iranian company is building"),
        PR(PASHINYAN, 2, "to extend the gas-for-electricity swap beyond its current volumes and open talks on a second power transmission line"),
        PR(PASHINYAN, 3, "to convene the intergovernmental commission on economic cooperation in Yerevan in the autumn"),
    ],
    "figures": [
        F("trade between Armenia and Iran", 700000000, "USD", "2023", "about"),
        F("target for annual Armenia-Iran trade", 3000000000, "USD", None, "exact"),
        F("Iranian gas supplied to Armenia under the swap scheme", 500000000, "cubic meters", None, "about"),
        F("length of the Kajaran-Agarak road", 32, "kilometers", None, "exact"),
        F("travel time saved between the Iranian border and Yerevan", 2, "hours", None, "about"),
    ],
},
"s08_sis_egy_tur.txt": {
    "document": D("2024-07-11", "State Information Service", None, None,
                  "Abdelatty receives Turkish Ambassador, proposes three tracks for next phase of relations"),
    "people": [
        P(ABDELATTY, "EGY", "Minister of Foreign Affairs, Emigration and Egyptian Expatriates"),
        P(SEN, "TUR", "Ambassador of the Republic of Türkiye in Cairo"),
        P(ABUZEID, "EGY", "Foreign Ministry spokesperson"),
        P(ERDOGAN, "TUR", "President"),
        P(SISI, "EGY", "President"),
        P(FIDAN, "TUR", "Foreign Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2024-07-10", [SEN], [ABDELATTY, "EGY"], "Cairo",
          "Badr Abdelatty received on Wednesday Ambassador of the Republic of Türkiye in Cairo Salih Mutlu Sen"),
        E(["AGREE"], [], "2024-07-10", [ABDELATTY, SEN, "EGY", "TUR"], [], "Cairo",
          "The two sides agreed to intensify preparations for President Abdel Fattah El-Sisi's visit to Türkiye"),
        E(["CONSULT"], ["visit"], "2024-02-14", [ERDOGAN], ["EGY"], "Cairo",
          "the visit of President Recep Tayyip Erdogan to Cairo on February 14"),
        E(["AGREE"], [], "2024-02-14", [ERDOGAN], [SISI, "EGY"], "Cairo",
          "the invitation he received from President Erdogan during the Cairo visit"),
        E(["CONSULT"], ["phone"], "2024-07-04", [FIDAN, ABDELATTY], [], None,
          "Fidan had also telephoned Abdelatty on July 4"),
        E(["SUPPORT"], [], "2023-07-04", ["EGY", "TUR"], [], None,
          "The two countries restored relations at the level of ambassadors on July 4, 2023"),
        E(["SANCTION"], ["expel"], "2013-11", ["EGY"], ["TUR"], None,
          "In November 2013, Egypt expelled the Turkish ambassador and downgraded relations"),
        E(["SANCTION"], ["expel"], "2013-11", ["TUR"], ["EGY"], None,
          "Ankara responded by declaring the Egyptian ambassador persona non grata"),
        E(["CONSULT"], ["third-party"], "2022-11", [SISI, ERDOGAN], [], "Doha",
          "President El-Sisi and President Erdogan first shook hands on the sidelines of the opening of the FIFA World Cup in Doha in November 2022"),
    ],
    "quotes": [
        Q(ABDELATTY, "Egypt and Türkiye are two great states of this region, and what unites their peoples is deeper than any passing disagreement. We want this chapter to be written with projects and investments,"),
    ],
    "proposals": [
        PR(ABDELATTY, 1, "holding the first meeting of the High-Level Strategic Cooperation Council co-chaired by the two presidents"),
        PR(ABDELATTY, 2, "raising the volume of trade to 15 billion dollars within five years"),
        PR(ABDELATTY, 3, "close coordination to secure an immediate ceasefire in Gaza and the entry of humanitarian aid without restrictions"),
    ],
    "figures": [
        F("target for Egypt-Türkiye trade within five years", 15000000000, "USD", None, "exact"),
        F("trade between Egypt and Türkiye", 6600000000, "USD", "2023", "about"),
        F("Turkish investments in Egypt", 2500000000, "USD", None, "over"),
        F("Turkish companies operating in Egypt", 200, "companies", None, "about"),
    ],
},
"s09_sanews_zaf_gbr.txt": {
    "document": D("2024-07-10", "SAnews.gov.za", None, None,
                  "President Ramaphosa congratulates UK Prime Minister Starmer, invites him to G20 Summit"),
    "people": [
        P(RAMAPHOSA, "ZAF", "President"),
        P(STARMER, "GBR", "Prime Minister of the United Kingdom"),
        P(MAGWENYA, "ZAF", "Presidency spokesperson"),
        P(LAMOLA, "ZAF", "Minister of International Relations and Cooperation"),
        P(LAMMY, "GBR", "Foreign Secretary"),
        P(CHARLES, "GBR", "King"),
    ],
    "events": [
        E(["CONSULT"], ["phone"], "2024-07-09", [RAMAPHOSA, STARMER], [], None,
          "President Cyril Ramaphosa has congratulated the new Prime Minister of the United Kingdom, Sir Keir Starmer, on his election, in a telephone call on Tuesday afternoon"),
        E(["AGREE"], [], "2024-07-09", [STARMER], [RAMAPHOSA, "ZAF"], None,
          "President Ramaphosa invited Prime Minister Starmer to attend the G20 Leaders' Summit ... The Prime Minister accepted the invitation"),
        E(["CONSULT"], ["phone"], "2024-07-08", [LAMOLA, LAMMY], [], None,
          "Ronald Lamola, spoke by phone with the new UK Foreign Secretary, David Lammy"),
        E(["CONSULT"], ["visit"], "2022-11-22", [RAMAPHOSA], [CHARLES, "GBR"], None,
          "President Ramaphosa paid a state visit to the United Kingdom from 22 to 24 November 2022 as the guest of King Charles III"),
        E(["SUPPORT"], [], "2022-11", ["ZAF", "GBR"], [], None,
          "During that visit the two countries signed agreements on health, science and innovation"),
        E(["AGREE", "AID"], [], "2021-11", ["GBR"], ["ZAF"], "Glasgow",
          "Just Energy Transition Partnership, announced at the COP26 climate conference in Glasgow in November 2021 with an initial pledge of 8.5 billion US dollars"),
    ],
    "quotes": [
        Q(MAGWENYA, "The President is encouraged by the Prime Minister's commitment to a partnership of equals with Africa. South Africa looks forward to working with his government on an agenda that puts growth and the needs of developing countries at the centre of the G20,"),
        Q(LAMOLA, "We discussed how our two countries can work together to reform the international financial institutions so that they serve the countries that need them most,"),
    ],
    "proposals": [],
    "figures": [
        F("initial pledge for South Africa's Just Energy Transition Partnership", 8500000000, "USD", "2021-11", "exact"),
        F("total trade between South Africa and the United Kingdom", 11200000000, "GBP", "2023", "exact"),
        F("British companies operating in South Africa", 500, "companies", None, "over"),
        F("people employed by British companies in South Africa", 100000, "people", None, "about"),
    ],
},
}
