from ann_helpers import D, P, E, Q, PR, F

# Defence and security in the week of 7-13 June 2021.
# s01: Helsinki Times, Monday 7 June 2021 (Finland-Sweden host-nation support memorandum);
# s02: Zitamar News, Monday 7 June 2021 (Portuguese instructors in Maputo);
# s03: The Point, Tuesday 8 June 2021 (Senegal's armed forces minister in Banjul).
KAIK, HULT, SNIIN, JNIIN = "Antti Kaikkonen", "Peter Hultqvist", "Sauli Niinistö", "Jussi Niinistö"
NETO, CRAV, NYUSI = "Jaime Neto", "João Gomes Cravinho", "Filipe Nyusi"
KABA, BARROW, SALL, TANGARA, DRAMMEH, JAWARA = ("Sidiki Kaba", "Adama Barrow", "Macky Sall", "Mamadou Tangara",
                                                 "Yakuba Drammeh", "Dawda Jawara")

ANN = {
"s01_helsinkitimes_fin_swe.txt": {
    "document": D("2021-06-07", "Helsinki Times", None, None,
                  "Finland and Sweden sign host-nation support memorandum, plan naval exercise off Åland"),
    "people": [
        P(KAIK, "FIN", "Defence Minister"),
        P(HULT, "SWE", "Defence Minister"),
        P(SNIIN, "FIN", "President"),
        P(JNIIN, "FIN", "defence minister"),
    ],
    "events": [
        E(["SUPPORT"], [], "2021-06-07", [KAIK, HULT, "FIN", "SWE"], [], "Helsinki",
          "signed a memorandum on host-nation support at the Santahamina garrison in Helsinki on Monday"),
        E(["CONSULT"], ["visit"], "2021-06-07", [HULT], [SNIIN, "FIN"], "Helsinki",
          "he was received by President Sauli Niinistö at the Presidential Palace"),
        E(["CONSULT"], ["visit"], "2021-06-07", [HULT], [KAIK, "FIN"], "Helsinki",
          "the two ministers then held talks at Santahamina for almost two hours"),
        E(["AGREE"], [], "2021-06-07", [KAIK, HULT, "FIN", "SWE"], [], "Helsinki",
          "The ministers agreed that the Finnish and Swedish navies will hold a joint exercise in the Archipelago Sea and off Åland in late August"),
        E(["COOPERATE"], [], "2021-05", ["FIN"], ["SWE"], None,
          "Since the beginning of May, the maritime operations centres of the two navies have also been sharing a single real-time picture of shipping in the northern Baltic"),
        E(["SUPPORT"], [], "2018-07", [HULT, JNIIN, "SWE", "FIN"], [], "Stockholm",
          "The groundwork was laid in July 2018, when Hultqvist and the then Finnish defence minister Jussi Niinistö signed a memorandum of understanding on defence cooperation in Stockholm"),
    ],
    "quotes": [
        Q(HULT, "We are not building an alliance on paper. We are making sure that if one of us needs the other, the fuel, the ships and the permissions are already in place,"),
        Q(KAIK, "Sweden is our closest partner, and the Baltic Sea does not care which of us belongs to which organisation,"),
    ],
    "proposals": [
        PR(KAIK, 1, "to extend joint operational planning beyond peacetime to situations of crisis"),
        PR(KAIK, 2, "to open each country's brigade-level exercises to units of the other every year"),
        PR(KAIK, 3, "to set up a joint working group to coordinate purchases of ammunition and spare parts"),
    ],
    "figures": [
        F("sailors in the Finnish-Swedish naval exercise", 2400, "sailors", None, "about"),
        F("vessels in the Finnish-Swedish naval exercise", 30, "vessels", None, "about"),
        F("addition to Sweden's annual military spending by 2025", 27000000000, "SEK", None, "about"),
        F("ceiling of Finland's Hornet replacement programme", 10000000000, "EUR", None, "under"),
    ],
},
"s02_zitamar_prt_moz.txt": {
    "document": D("2021-06-07", "Zitamar News", None, "Tomás Macuácua",
                  "Portuguese instructors arrive in Maputo as Lisbon steps up training for Cabo Delgado"),
    "people": [
        P(NETO, "MOZ", "Defence Minister"),
        P(CRAV, "PRT", "Defence Minister"),
        P(NYUSI, "MOZ", "President"),
    ],
    "events": [
        E(["AID"], [], "2021-06-05", ["PRT"], ["MOZ"], "Maputo",
          "The first group of Portuguese military instructors arrived in Maputo on Saturday to begin training Mozambican marines and commandos"),
        E(["SUPPORT"], [], "2021-06-04", [NETO, "MOZ", "PRT"], [], "Maputo",
          "an agreement on the legal status of the Portuguese personnel, signed in Maputo on Friday by Defence Minister Jaime Neto and the Portuguese ambassador"),
        E(["AGREE"], [], "2021-06-06", [CRAV, "PRT"], ["MOZ"], "Lisbon",
          "a second group of 36 instructors would leave for Mozambique in July"),
        E(["AGREE"], [], "2021-06-06", [CRAV, "PRT"], ["MOZ"], "Lisbon",
          "Lisbon will supply night-vision equipment, radios and two rigid-hull boats worth about 1.5 million euros before the end of the year"),
        E(["SUPPORT"], [], "2021-05-10", [CRAV, NETO, "PRT", "MOZ"], [], "Maputo",
          "a defence cooperation programme for 2021 to 2026, which Gomes Cravinho and Neto signed in Maputo on May 10"),
        E(["CONSULT"], ["visit"], "2021-05", [CRAV], [NETO, "MOZ"], "Maputo",
          "during the Portuguese minister's three-day visit"),
        E(["REQUEST"], ["assist"], "2021-04", ["MOZ"], ["PRT"], None,
          "Mozambique had asked Portugal in April for help in training special forces"),
        E(["SUPPORT"], [], "1988", ["PRT", "MOZ"], [], None,
          "Portugal and Mozambique signed their first agreement on military-technical cooperation in 1988"),
    ],
    "quotes": [
        Q(NETO, "Those who come to help are welcome, but the war in Cabo Delgado will be won by Mozambicans,"),
        Q(CRAV, "We are not sending soldiers to fight in Cabo Delgado. We are helping Mozambique to have the soldiers it needs to defend its own people,"),
    ],
    "proposals": [],
    "figures": [
        F("Portuguese instructors in the first group", 24, "people", "2021-06-05", "exact"),
        F("Portuguese instructors in the second group", 36, "people", None, "exact"),
        F("Portuguese instructors in the training mission", 60, "people", None, "exact"),
        F("value of equipment Portugal will supply", 1500000, "EUR", None, "about"),
        F("people killed by the Cabo Delgado insurgency since October 2017", 2800, "people", None, "over"),
        F("people forced from their homes by the insurgency", 730000, "people", None, "about"),
    ],
},
"s03_thepoint_sen_gmb.txt": {
    "document": D("2021-06-08", "The Point", None, "Fatou B. Ceesay",
                  "Senegal's armed forces minister in Banjul, regrets border incursion"),
    "people": [
        P(KABA, "SEN", "Minister of the Armed Forces"),
        P(BARROW, "GMB", "President"),
        P(SALL, "SEN", "President"),
        P(TANGARA, "GMB", "Foreign Affairs Minister"),
        P(DRAMMEH, "GMB", "Chief of Defence Staff"),
        P(JAWARA, "GMB", "President"),
    ],
    "events": [
        E(["CONCEDE"], [], "2021-06-07", [KABA, "SEN"], ["GMB"], "Banjul",
          "yesterday expressed his government's regret over last month's incursion by Senegalese soldiers into Gambian territory"),
        E(["CONSULT"], ["visit"], "2021-06-07", [KABA], [BARROW, "GMB"], "Banjul",
          "was received by President Adama Barrow at State House"),
        E(["CONSULT"], ["visit"], "2021-06-07", [KABA], [TANGARA, DRAMMEH, "GMB"], "Banjul",
          "He later held talks with Foreign Affairs Minister Dr Mamadou Tangara and the Chief of Defence Staff, Lt. Gen. Yakuba Drammeh"),
        E(["COERCE"], ["arrest"], "2021-05-29", ["SEN"], ["GMB"], "Bulock",
          "crossed the border near the village of Bulock and detained two Gambian farmers"),
        E(["ACCUSE"], ["disapprove"], "2021-06-01", ["GMB"], ["SEN"], "Banjul",
          "The Gambia government handed a protest note to the Senegalese ambassador in Banjul on 1 June"),
        E(["RETREAT"], ["release"], "2021-06-03", ["SEN"], ["GMB"], "Seleti",
          "the two men were released at the Seleti border post on 3 June"),
        E(["AGREE"], [], "2021-06-07", ["SEN", "GMB"], [], "Banjul",
          "The two sides agreed to set up a joint border security committee, which will meet every three months, and to conduct coordinated patrols"),
        E(["AID"], [], "2021-06-07", [KABA, "SEN"], ["GMB"], "Banjul",
          "Kaba also handed over 10 pick-up trucks and communication equipment for the Gambia Armed Forces' border units"),
        E(["AID"], [], "2017-01", ["SEN"], ["GMB"], None,
          "Senegal has contributed troops to the ECOWAS Mission in The Gambia (ECOMIG) since January 2017"),
        E(["AID"], [], "1981-07", ["SEN"], [JAWARA, "GMB"], None,
          "Senegalese soldiers had also intervened in July 1981 to put down an attempted coup against then President Sir Dawda Jawara"),
    ],
    "quotes": [
        Q(KABA, "What happened at Bulock should not have happened. Senegal regrets it, and our forces have been instructed to respect the border at all times,"),
        Q(TANGARA, "Our two countries are one people with two flags. We ask only that the border be respected, as we respect it."),
    ],
    "proposals": [
        PR(KABA, 1, "a direct telephone line between the zone commander in Ziguinchor and the Gambian army's battalion in Foni"),
        PR(KABA, 2, "advance notice to Banjul of any military operation within 10 kilometres of the border"),
        PR(KABA, 3, "a joint register of the villages on both sides that are affected by the conflict in Casamance"),
    ],
    "figures": [
        F("Gambian farmers detained by Senegalese soldiers", 2, "people", "2021-05-29", "exact"),
        F("length of the Gambia-Senegal border", 749, "kilometers", None, "exact"),
        F("pick-up trucks handed over to the Gambia Armed Forces", 10, "trucks", "2021-06-07", "exact"),
        F("Senegalese soldiers serving with ECOMIG", 250, "people", None, "about"),
    ],
},
}
