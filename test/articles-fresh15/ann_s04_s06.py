from ann_helpers import D, P, E, Q, PR, F

# Sideline meetings at the UN General Assembly of September 2024: a Central Asian neighbour of Afghanistan and
# Iran, a Pacific border memorandum, and a police mission with a visit, pledges and three requests.
# s04: Asia-Plus (DUSHANBE lead), Tuesday 24 September 2024
RAHMON, PEZESHKIAN, MUHRIDDIN = "Emomali Rahmon", "Masoud Pezeshkian", "Sirojiddin Muhriddin"
KABIRI, RAISI = "Muhiddin Kabiri", "Ebrahim Raisi"
# s05: Post-Courier, Friday 27 September 2024
TKATCHENKO, MARSUDI, JOKOWI, MARAPE, PRABOWO = ("Justin Tkatchenko", "Retno Marsudi", "Joko Widodo",
                                                "James Marape", "Prabowo Subianto")
# s06: The Star (Kenya), Thursday 26 September 2024
RUTO, LEBLANC, CONILLE, HENRY = "William Ruto", "Edgard Leblanc Fils", "Garry Conille", "Ariel Henry"

ANN = {
"s04_asiaplus_tjk_irn.txt": {
    "document": D("2024-09-24", "Asia-Plus", "Dushanbe", None,
                  "Rahmon and Pezeshkian discuss transit, flights and Afghanistan in New York"),
    "people": [
        P(RAHMON, "TJK", "President"),
        P(PEZESHKIAN, "IRN"),
        P(MUHRIDDIN, "TJK", "Foreign Minister"),
        P(KABIRI, "TJK", "leader of the banned Islamic Renaissance Party of Tajikistan"),
        P(RAISI, "IRN", "president"),
    ],
    "events": [
        E(["CONSULT"], ["multilateral"], "2024-09-23", [RAHMON, PEZESHKIAN], [], "New York",
          "President Emomali Rahmon met with his Iranian counterpart Masoud Pezeshkian in New York on Monday"),
        E(["AGREE"], [], "2024-09-23", [RAHMON, PEZESHKIAN, "TJK", "IRN"], [], "New York",
          "They agreed that the next session of the Tajik-Iranian intergovernmental commission on trade and economic cooperation would be held in Tehran before the end of the year"),
        E(["AGREE"], [], "2024-09-23", [RAHMON, PEZESHKIAN, "TJK", "IRN"], [], "New York",
          "instructed their governments to add flights between Dushanbe and the Iranian cities of Tehran and Mashhad"),
        E(["AGREE"], [], "2024-09-23", [RAHMON, "TJK"], [PEZESHKIAN, "IRN"], "New York",
          "Rahmon invited Pezeshkian to pay an official visit to Tajikistan, and the invitation was accepted"),
        E(["ACCUSE"], ["disapprove"], "2015-12", ["TJK"], ["IRN"], None,
          "prompting a protest from the Tajik Foreign Ministry"),
        E(["CONSULT"], ["visit"], "2022", [RAISI, "IRN"], ["TJK"], "Dushanbe",
          "in 2022 the late president Ebrahim Raisi paid a state visit to Dushanbe"),
        E(["SUPPORT"], [], "2022", ["TJK", "IRN"], [], "Dushanbe",
          "where the two sides signed 17 documents"),
        E(["CONSULT"], ["multilateral"], "2023-09-19", [RAHMON, RAISI], [], "New York",
          "Rahmon and Raisi last met in New York on September 19, 2023"),
    ],
    "quotes": [
        Q(PEZESHKIAN, "Our peoples share a language, a history and a poetry. There is no reason for our trade to stay so far below what these ties allow,"),
        Q(MUHRIDDIN, "For Iran, we are a road to China. When both sides gain from the same road, it gets built,"),
    ],
    "proposals": [],
    "figures": [
        F("Tajik-Iranian trade", 420000000, "USD", "2023", "about"),
        F("growth of Tajik-Iranian trade on 2022", 17, "percent", "2023", "exact"),
        F("documents signed during Raisi's state visit", 17, "documents", "2022", "exact"),
        F("length of the Tajik-Afghan border", 1300, "kilometres", None, "over"),
    ],
},
"s05_postcourier_png_idn.txt": {
    "document": D("2024-09-27", "Post-Courier", None, "Gloria Wapi",
                  "PNG, Indonesia sign border health pact in New York"),
    "people": [
        P(TKATCHENKO, "PNG", "Foreign Affairs Minister"),
        P(MARSUDI, "IDN", "Foreign Minister"),
        P(JOKOWI, "IDN", "President"),
        P(MARAPE, "PNG", "Prime Minister"),
        P(PRABOWO, "IDN", "President-elect"),
    ],
    "events": [
        E(["SUPPORT"], [], "2024-09-25", [TKATCHENKO, MARSUDI, "PNG", "IDN"], [], "New York",
          "signed the agreement on Wednesday in New York"),
        E(["CONSULT"], ["multilateral"], "2024-09-25", [TKATCHENKO, MARSUDI], [], "New York",
          "At the same meeting"),
        E(["AGREE"], [], "2024-09-25", [TKATCHENKO, MARSUDI, "PNG", "IDN"], [], "New York",
          "the ministers agreed that the next session of the PNG-Indonesia Joint Ministerial Commission would be held in Port Moresby in the first half of next year ... that officials would resume talks on a border trade arrangement"),
        E(["AGREE", "AID"], [], "2024-09-25", [MARSUDI, "IDN"], [TKATCHENKO, "PNG"], "New York",
          "Ms Marsudi also offered 30 scholarships a year for PNG students in medicine and nursing"),
        E(["CONSULT"], ["visit"], "2023-07", [JOKOWI], [MARAPE, "PNG"], "Port Moresby",
          "President Joko Widodo visited Port Moresby in July last year and held talks with Prime Minister James Marape"),
    ],
    "quotes": [
        Q(TKATCHENKO, "Our people on both sides of the line are the same families. When a child in Wutung falls sick, it makes no sense for the clinic across the gate in Skouw to be closed to her,"),
        Q(MARSUDI, "Papua New Guinea is more than a neighbour to us. What happens in Vanimo matters in Jayapura, and the reverse is just as true,"),
    ],
    "proposals": [],
    "figures": [
        F("Indonesian scholarships a year for PNG medical and nursing students", 30, "scholarships", None, "exact"),
        F("PNG-Indonesia two-way trade", 1100000000, "PGK", "2023", "about"),
        F("length of the PNG-Indonesia land border", 800, "kilometres", None, "over"),
        F("Retno Marsudi's years as foreign minister", 10, "years", None, "exact"),
    ],
},
"s06_thestar_ken_hti.txt": {
    "document": D("2024-09-26", "The Star", None, "Paul Muthee",
                  "Ruto vows 600 more police for Haiti, tells UN members to pay up"),
    "people": [
        P(RUTO, "KEN", "President"),
        P(LEBLANC, "HTI", "Transitional Presidential Council president"),
        P(CONILLE, "HTI", "Prime Minister"),
        P(HENRY, "HTI", "prime minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2024-09-21", [RUTO], [LEBLANC, CONILLE], "Port-au-Prince",
          "where he was received at the Kenyan base near the airport by Transitional Presidential Council president Edgard Leblanc Fils and Prime Minister Garry Conille"),
        E(["AGREE"], [], "2024-09-21", [RUTO, "KEN"], ["HTI"], "Port-au-Prince",
          "Ruto made the pledge on Saturday"),
        E(["AID"], [], "2024-06-25", ["KEN"], ["HTI"], None,
          "The first contingent landed on June 25"),
        E(["AID"], [], "2024-07-16", ["KEN"], ["HTI"], None,
          "a second group arrived on July 16"),
        E(["CONSULT"], ["multilateral"], "2024-09-25", [RUTO, CONILLE], [], "New York",
          "On Wednesday, Ruto held talks with Conille on the sidelines of a high-level meeting on Haiti"),
        E(["AGREE"], [], "2024-09-25", [RUTO, CONILLE, "KEN", "HTI"], [], "New York",
          "The two leaders agreed that 150 Haitian police officers would travel to Kenya early next year for training"),
        E(["SUPPORT"], [], "2024-03-01", ["KEN", "HTI", HENRY], [], "Nairobi",
          "Kenya and Haiti signed a reciprocal agreement in Nairobi on March 1"),
    ],
    "quotes": [
        Q(RUTO, "When we came here, people said this mission would fail in a month. A hundred days later, hospitals and roads that were in gang hands are open again,"),
        Q(CONILLE, "Kenya did not come to Haiti to stay forever. It came so that Haitians can protect Haiti, and that is why this training matters,"),
    ],
    "proposals": [
        PR(RUTO, 1, "to pay what they had promised into the UN trust fund for the mission"),
        PR(RUTO, 2, "to provide armoured vehicles, helicopters and night-vision equipment"),
        PR(RUTO, 3, "to consider turning the mission into a full UN peacekeeping operation if funding remains short"),
    ],
    "figures": [
        F("additional Kenyan police officers pledged for Haiti", 600, "people", "2024-09-21", "exact"),
        F("Kenyan officers to leave Nairobi in the first batch", 300, "people", "2024-09-21", "exact"),
        F("Kenyan officers in Haiti", 400, "people", None, "about"),
        F("authorised strength of the security mission", 2500, "people", None, "under"),
        F("pledges to the UN trust fund for the mission", 85000000, "USD", None, "about"),
        F("estimated annual budget of the mission", 600000000, "USD", None, "under"),
        F("US funding for the mission", 380000000, "USD", None, "about"),
        F("Haitian police officers to train in Kenya", 150, "people", "2024-09-25", "exact"),
    ],
},
}
