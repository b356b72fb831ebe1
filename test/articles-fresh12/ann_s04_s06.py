from ann_helpers import D, P, E, Q, PR, F

# Conflict and coercion.
# s04: The Tico Times, Thursday 18 September 2025
ANDRE, ZAMORA, PASTORA = "Arnoldo André Tinoco", "Mario Zamora Cordero", "Edén Pastora"
# s05: Novinite.com, Friday 19 September 2025
GEORGIEV, MITROFANOVA, ZAKHAROVA, PETKOV = "Georg Georgiev", "Eleonora Mitrofanova", "Maria Zakharova", "Kiril Petkov"
# s06: Seychelles News Agency, Friday 19 September 2025
RADEGONDE, HERATH = "Sylvestre Radegonde", "Vijitha Herath"

ANN = {
"s04_ticotimes_cri_nic.txt": {
    "document": D("2025-09-18", "The Tico Times", None, "Daniela Araya Solís",
                  "Costa Rica Protests to Nicaragua After Soldiers Detain Three Fishermen on San Juan River"),
    "people": [
        P(ANDRE, "CRI", "Foreign Minister"),
        P(ZAMORA, "CRI", "Security Minister"),
        P(PASTORA, "NIC", "former guerrilla commander"),
    ],
    "events": [
        E(["COERCE"], ["arrest", "seize"], "2025-09-14", ["NIC"], ["CRI"], "San Juan River",
          "were stopped by a Nicaraguan Army patrol on Sunday morning while fishing from a small boat near the mouth of the Colorado River"),
        E(["ACCUSE", "REQUEST"], ["disapprove"], "2025-09-15", [ANDRE, "CRI"], ["NIC"], "San José",
          "Costa Rica sent a formal protest note to Nicaragua on Monday"),
        E(["MOBILIZE"], ["police"], "2025-09-16", [ZAMORA, "CRI"], ["NIC"], "Barra del Colorado",
          "the Public Security Ministry sent 40 additional officers of the Border Police to Barra del Colorado and Crucitas"),
        E(["RETREAT"], ["release"], "2025-09-17", ["NIC"], ["CRI"], "Peñas Blancas",
          "the Nicaraguan Army handed the three fishermen over to the Costa Rican consul at the Peñas Blancas border post"),
        E(["MOBILIZE", "ASSAULT"], ["troops"], "2010-10", [PASTORA, "NIC"], ["CRI"], "Isla Portillos",
          "Nicaraguan troops and dredging crews led by former guerrilla commander Edén Pastora entered Isla Portillos"),
        E(["ACCUSE"], ["allege"], "2010-11", ["CRI"], ["NIC"], "The Hague",
          "Costa Rica took Nicaragua to the International Court of Justice in The Hague the following month"),
        E(["SANCTION"], ["convict"], "2015-12", ["CRI"], ["NIC"], "The Hague",
          "The court ruled in December 2015 that Nicaragua had violated Costa Rica's sovereignty"),
        E(["SANCTION"], ["convict"], "2018-02", ["CRI"], ["NIC"], "The Hague",
          "in February 2018 it ordered Managua to pay Costa Rica some $378,000 in compensation"),
    ],
    "quotes": [
        Q(ANDRE, "Costa Rica rejects any action that puts the lives and freedom of its citizens at risk, and demands their immediate release,"),
        Q(ZAMORA, "We are not going to let our people feel abandoned on the border,"),
        Q(ANDRE, "a positive step, but not the end of the matter,"),
    ],
    "proposals": [],
    "figures": [
        F("Costa Rican fishermen detained", 3, "people", "2025-09-14", "exact"),
        F("Border Police officers sent to the border", 40, "people", "2025-09-16", "exact"),
        F("distance from the place of detention to Peñas Blancas", 300, "kilometers", None, "over"),
        F("compensation ordered by the ICJ", 378000, "USD", "2018-02", "about"),
    ],
},
"s05_novinite_bgr_rus.txt": {
    "document": D("2025-09-19", "Novinite.com", None, None,
                  "Bulgaria Expels Russian Diplomat, Moscow Vows to Respond"),
    "people": [
        P(MITROFANOVA, "RUS", "ambassador"),
        P(GEORGIEV, "BGR", "Foreign Minister"),
        P(ZAKHAROVA, "RUS", "Foreign Ministry spokeswoman"),
        P(PETKOV, "BGR", "then Prime Minister"),
    ],
    "events": [
        E(["SANCTION", "COERCE"], ["expel"], "2025-09-18", ["BGR"], ["RUS"], "Sofia",
          "Bulgaria has declared a diplomat at the Russian embassy in Sofia persona non grata"),
        E(["REJECT", "ACCUSE"], [], "2025-09-18", ["RUS"], ["BGR"], "Sofia",
          "The Russian embassy rejected the accusation in a statement on Thursday evening"),
        E(["THREATEN"], ["expel"], "2025-09-19", [ZAKHAROVA, "RUS"], ["BGR"], "Moscow",
          "Foreign Ministry spokeswoman Maria Zakharova said today that Russia would give"),
        E(["SANCTION", "COERCE"], ["expel"], "2022-06-28", [PETKOV, "BGR"], ["RUS"], None,
          "the government of then Prime Minister Kiril Petkov ordered 70 Russian diplomats and embassy staff to leave Bulgaria"),
        E(["COERCE"], ["deport"], "2023-09", ["BGR"], ["RUS"], "Sofia",
          "DANS had the head of the Russian church in Sofia and two priests expelled"),
        E(["ASSAULT"], [], "2022-02", ["RUS"], ["UKR"], None,
          "the full-scale invasion of Ukraine in February 2022"),
    ],
    "quotes": [
        Q(GEORGIEV, "Bulgaria will not tolerate intelligence work disguised as diplomacy on its territory, whoever does it,"),
        Q(GEORGIEV, "Our relations with Russia are at a low point, but we keep the embassy open and the channels working."),
        Q(ZAKHAROVA, "an adequate response"),
    ],
    "proposals": [],
    "figures": [
        F("time given to the diplomat to leave", 72, "hours", None, "exact"),
        F("Russian diplomats and embassy staff expelled", 70, "people", "2022-06-28", "exact"),
    ],
},
"s06_sna_syc_lka.txt": {
    "document": D("2025-09-19", "Seychelles News Agency", "Victoria", "Marie-Claire Hoareau",
                  "Sri Lankan fishing vessel and six crew arrested in Seychelles waters"),
    "people": [
        P(RADEGONDE, "SYC", "Minister for Foreign Affairs and Tourism"),
        P(HERATH, "LKA"),
    ],
    "events": [
        E(["COERCE"], ["arrest", "seize"], "2025-09-16", ["SYC"], ["LKA"], "Amirantes",
          "The multi-day longliner was intercepted on Tuesday by the patrol vessel PS Topaz"),
        E(["ACCUSE"], ["allege"], "2025-09-18", ["SYC"], ["LKA"], "Victoria",
          "Six Sri Lankan fishermen appeared before the Magistrates' Court on Thursday, charged with illegal fishing"),
        E(["REQUEST"], ["assist"], "2025-09-17", ["LKA"], ["SYC"], None,
          "the Sri Lankan Ministry of Foreign Affairs asked the Seychelles government for consular access to the crew"),
        E(["RETREAT"], ["access"], "2025-09-17", ["SYC"], ["LKA"], "Victoria",
          "Access was granted the same day"),
        E(["CONSULT"], ["phone"], "2025-09-18", [RADEGONDE, HERATH], [], None,
          "spoke by telephone with his Sri Lankan counterpart, Vijitha Herath, on Thursday"),
        E(["COERCE"], ["arrest", "seize"], "2025-03", ["SYC"], ["LKA"], "Amirantes",
          "In March, the Coast Guard arrested two Sri Lankan boats with 11 crew near the Amirantes"),
        E(["SANCTION"], ["convict"], "2025-04", ["SYC"], ["LKA"], None,
          "their owners paid a fine of SCR 2.5 million each after pleading guilty in April"),
    ],
    "quotes": [
        Q(RADEGONDE, "no quarrel with Sri Lanka, only with illegal fishing."),
        Q(RADEGONDE, "Our ocean is our livelihood. Every tonne taken illegally from our waters is taken from a Seychellois fisherman,"),
    ],
    "proposals": [],
    "figures": [
        F("Sri Lankan crew arrested", 6, "people", "2025-09-16", "exact"),
        F("distance of the arrest from Mahé", 120, "nautical miles", "2025-09-16", "about"),
        F("tuna and shark found on board", 2.5, "tonnes", "2025-09-16", "about"),
        F("maximum fine for the owner", 10000000, "SCR", None, "under"),
        F("Sri Lankan boats arrested in March", 2, "boats", "2025-03", "exact"),
        F("crew of the boats arrested in March", 11, "people", "2025-03", "exact"),
        F("fine paid by each owner", 2500000, "SCR", "2025-04", "exact"),
    ],
},
}
