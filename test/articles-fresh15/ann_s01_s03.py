from ann_helpers import D, P, E, Q, PR, F

# Sideline meetings at the UN General Assembly of September 2024: a first presidential meeting with demands
# about detainees, a farewell meeting with pledges, and a meeting on migration with three proposals.
# s01: Le Monde (English edition), Wednesday 25 September 2024
MACRON, PEZESHKIAN, ROUHANI = "Emmanuel Macron", "Masoud Pezeshkian", "Hassan Rouhani"
KOHLER, PARIS, HANIYEH, ARNAUD = "Cécile Kohler", "Jacques Paris", "Ismail Haniyeh", "Louis Arnaud"
BARROT, BARNIER = "Jean-Noël Barrot", "Michel Barnier"
# s02: The Japan News by The Yomiuri Shimbun (NEW YORK lead), Tuesday 24 September 2024
KISHIDA, ZELENSKYY, SHMYHAL = "Fumio Kishida", "Volodymyr Zelenskyy", "Denys Shmyhal"
KAMIKAWA, SYBIHA = "Yoko Kamikawa", "Andrii Sybiha"
# s03: Prothom Alo (English), Wednesday 25 September 2024
YUNUS, MELONI, ALAM, TRUDEAU, TOUHID = ("Muhammad Yunus", "Giorgia Meloni", "Shafiqul Alam", "Justin Trudeau",
                                        "Touhid Hossain")

ANN = {
"s01_lemonde_fra_irn.txt": {
    "document": D("2024-09-25", "Le Monde", "New York", "Clémence Arditi",
                  "Macron presses Pezeshkian on Lebanon and on French detainees at their first meeting"),
    "people": [
        P(MACRON, "FRA", "President"),
        P(PEZESHKIAN, "IRN", "President"),
        P(ROUHANI, "IRN"),
        P(KOHLER, "FRA"),
        P(PARIS, "FRA"),
        P(HANIYEH, "PSE", "Hamas political leader"),
        P(ARNAUD, "FRA"),
        P(BARROT, "FRA", "Foreign Minister"),
        P(BARNIER, "FRA"),
    ],
    "events": [
        E(["CONSULT"], ["multilateral"], "2024-09-24", [MACRON, PEZESHKIAN], [], "New York",
          "Emmanuel Macron and Masoud Pezeshkian sat down together for the first time on Tuesday evening"),
        E(["ASSAULT"], ["aerial"], "2024-09-23", ["ISR"], ["LBN"], "southern Lebanon",
          "the air campaign it had launched against Hezbollah in southern Lebanon on Monday"),
        E(["CONSULT"], ["multilateral"], "2019-09", [MACRON, ROUHANI], [], "New York",
          "since Macron met Hassan Rouhani in New York in September 2019"),
        E(["COERCE"], ["arrest"], "2022-05", ["IRN"], ["FRA", KOHLER, PARIS], None,
          "two teachers who were arrested in May 2022"),
        E(["CONSULT"], ["phone"], "2024-07-29", [MACRON, PEZESHKIAN], [], None,
          "The two men had first spoken by telephone on July 29."),
        E(["CONSULT"], ["phone"], "2024-08-07", [MACRON, PEZESHKIAN], [], None,
          "They talked again on August 7"),
        E(["ACCUSE"], ["allege"], "2024-09-10", ["FRA", "GBR", "DEU"], ["IRN"], None,
          "On September 10, France, the United Kingdom and Germany accused Tehran of delivering ballistic missiles to Russia"),
        E(["SANCTION"], ["discontinue"], "2024-09-10", ["FRA", "GBR", "DEU"], ["IRN"], None,
          "announced that they would cancel their air services agreements with Iran and sanction the national carrier, Iran Air"),
        E(["RETREAT"], ["release"], "2024-06", ["IRN"], ["FRA", ARNAUD], None,
          "Another French detainee, Louis Arnaud, was freed in June"),
    ],
    "quotes": [
        Q(MACRON, "Iran can choose to help keep this region out of a wider war, or it can keep feeding the fire. I told President Pezeshkian plainly that we will judge his government on its acts, starting with our compatriots,"),
        Q(PEZESHKIAN, "Europe tells us it wants calm, yet the bombs falling on Lebanese homes come from Western stocks,"),
    ],
    "proposals": [],
    "figures": [
        F("people killed in Lebanon on the first day of the Israeli air campaign", 550, "people", "2024-09-23", "over"),
        F("length of the Macron-Pezeshkian talks", 1, "hours", "2024-09-24", "over"),
        F("years since the last meeting of French and Iranian heads of state", 5, "years", None, "exact"),
        F("time Louis Arnaud spent in Iranian custody", 2, "years", None, "under"),
    ],
},
"s02_japannews_jpn_ukr.txt": {
    "document": D("2024-09-24", "The Japan News", "New York", "Kenta Morishige",
                  "Kishida, Zelenskyy agree in N.Y. to speed up Japanese help on mines, power grid"),
    "people": [
        P(KISHIDA, "JPN", "Prime Minister"),
        P(ZELENSKYY, "UKR", "President"),
        P(SHMYHAL, "UKR", "Prime Minister"),
        P(KAMIKAWA, "JPN", "Foreign Minister"),
        P(SYBIHA, "UKR"),
    ],
    "events": [
        E(["CONSULT"], ["multilateral"], "2024-09-23", [KISHIDA, ZELENSKYY], [], "New York",
          "Prime Minister Fumio Kishida met Ukrainian President Volodymyr Zelenskyy on Monday on the sidelines of the Summit of the Future"),
        E(["AGREE"], [], "2024-09-23", [KISHIDA, ZELENSKYY, "JPN", "UKR"], [], "New York",
          "the two leaders agreed to accelerate Japanese assistance for clearing mines from farmland"),
        E(["AGREE", "AID"], [], "2024-09-23", [KISHIDA, "JPN"], [ZELENSKYY, "UKR"], "New York",
          "Kishida told Zelenskyy that Japan would provide an additional $150 million in emergency aid for energy equipment"),
        E(["SUPPORT"], [], "2024-06-13", [KISHIDA, ZELENSKYY, "JPN", "UKR"], [], "Apulia",
          "an agreement the two leaders signed on June 13 on the margins of the Group of Seven summit in Apulia"),
        E(["ASSAULT"], [], "2022-02", ["RUS"], ["UKR"], None,
          "since Russia launched its full-scale invasion in February 2022"),
        E(["CONSULT"], ["visit"], "2024-02", [SHMYHAL, "UKR"], ["JPN"], "Tokyo",
          "In February, Tokyo hosted a conference on Ukraine's economic recovery attended by Ukrainian Prime Minister Denys Shmyhal"),
        E(["SUPPORT"], [], "2024-02", ["JPN", "UKR"], [], "Tokyo",
          "Japanese and Ukrainian public and private bodies signed 56 cooperation documents"),
        E(["CONSULT"], ["visit"], "2023-03", [KISHIDA], ["UKR"], "Kyiv",
          "Kishida himself traveled to Kyiv in March 2023"),
        E(["CONSULT"], ["multilateral"], "2024-09-22", [KAMIKAWA, SYBIHA], [], "New York",
          "On Sunday, Foreign Minister Yoko Kamikawa held talks in New York with her new Ukrainian counterpart, Andrii Sybiha"),
        E(["AGREE"], [], "2024-09-22", [KAMIKAWA, "JPN"], [SYBIHA, "UKR"], "New York",
          "invited him to visit Tokyo at an early date. Sybiha accepted"),
    ],
    "quotes": [
        Q(KISHIDA, "Japan stands with Ukraine, and that will not change when I hand over this office. Our support is the policy of the nation, not of one prime minister,"),
        Q(ZELENSKYY, "Japan was among the first to help us keep the lights on. The cold months are close, and Russia is once again aiming at our energy system,"),
    ],
    "proposals": [],
    "figures": [
        F("length of the Kishida-Zelenskyy talks", 40, "minutes", "2024-09-23", "about"),
        F("additional Japanese emergency aid for Ukrainian energy equipment", 150000000, "USD", "2024-09-23", "exact"),
        F("Japanese commitment to Ukraine for this year under the accord", 4500000000, "USD", "2024", "exact"),
        F("total Japanese pledges to Ukraine since February 2022", 12000000000, "USD", None, "about"),
        F("cooperation documents signed at the Tokyo recovery conference", 56, "documents", "2024-02", "exact"),
    ],
},
"s03_prothomalo_bgd_ita.txt": {
    "document": D("2024-09-25", "Prothom Alo", "Dhaka", None,
                  "Yunus asks Meloni for legal routes for Bangladeshi workers, two sides to form working group"),
    "people": [
        P(YUNUS, "BGD", "Chief Adviser"),
        P(MELONI, "ITA", "Prime Minister"),
        P(ALAM, "BGD", "press secretary"),
        P(TRUDEAU, "CAN", "Prime Minister"),
        P(TOUHID, "BGD", "Foreign Adviser"),
    ],
    "events": [
        E(["CONSULT"], ["multilateral"], "2024-09-24", [YUNUS, MELONI], [], "Manhattan",
          "Yunus and Meloni met on Tuesday at a hotel in Manhattan"),
        E(["AGREE"], [], "2024-09-24", [YUNUS, MELONI, "BGD", "ITA"], [], None,
          "The two leaders agreed to set up a joint working group on labour migration"),
        E(["AGREE"], [], "2024-09-24", [YUNUS, "BGD"], [MELONI, "ITA"], None,
          "Yunus also invited Meloni to visit Dhaka, and she agreed to come next year"),
        E(["CONSULT"], ["multilateral"], "2024-09-24", [YUNUS, TRUDEAU], [], None,
          "On the same day, the chief adviser met Canadian Prime Minister Justin Trudeau"),
    ],
    "quotes": [
        Q(YUNUS, "Our young people are not criminals. They take these boats because they see no open door. If Italy opens a proper door, they will walk through it,"),
        Q(MELONI, "Italy wants workers who come with a contract in their pocket, not with a smuggler's promise,"),
    ],
    "proposals": [
        PR(YUNUS, 1, "to reserve a larger share of the work permits Italy issues every year for Bangladeshi nationals"),
        PR(YUNUS, 2, "to open a joint centre in Dhaka where job offers and documents would be checked before workers leave"),
        PR(YUNUS, 3, "to let Italian employers recruit directly through the state-run Bangladesh Overseas Employment and Services Limited"),
    ],
    "figures": [
        F("ceiling on Italian entry permits for foreign workers over three years", 452000, "permits", None, "exact"),
        F("Bangladeshis who reached Italy by sea in the first eight months of the year", 8000, "people", "2024", "under"),
        F("Bangladeshis living in Italy", 200000, "people", None, "about"),
        F("remittances from Bangladeshis in Italy", 1100000000, "USD", "2023", "about"),
    ],
},
}
