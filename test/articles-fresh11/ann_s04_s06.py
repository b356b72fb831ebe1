from ann_helpers import D, P, E, Q, PR, F

# Conflict and coercion stories.
# s04: Daily Monitor, Tuesday 11 February 2025
ASIKU, KULAYIGYE, MULIMBA = "Juma Asiku", "Felix Kulayigye", "John Mulimba"
# s05: LSM.lv, Wednesday 12 February 2025
BRAZE, PUJATS = "Baiba Braže", "Guntis Pujāts"
# s06: The Namibian, Thursday 13 February 2025
SHILONGO, SCHLETTWEIN, STEENHUISEN = "Albertina Shilongo", "Calle Schlettwein", "John Steenhuisen"

ANN = {
"s04_monitor_uga_ssd.txt": {
    "document": D("2025-02-11", "Daily Monitor", None, "Patrick Onzima",
                  "Uganda summons South Sudan envoy after soldiers seize Koboko farmers"),
    "people": [
        P(ASIKU, "UGA", "LC3 chairperson of Lurujo Sub-county"),
        P(KULAYIGYE, "UGA", "army spokesperson"),
        P(MULIMBA, "UGA", "Minister of State for Foreign Affairs (Regional Cooperation)"),
    ],
    "events": [
        E(["COERCE"], ["arrest"], "2025-02-08", ["SSD"], ["UGA"], "Koboko",
          "soldiers of the South Sudan People's Defence Forces (SSPDF) crossed into Koboko District on Saturday and detained five Ugandan farmers"),
        E(["ASSAULT"], ["primitive", "destroy"], "2025-02-08", ["SSD"], ["UGA"], "Koboko",
          "set fire to three grass-thatched huts"),
        E(["MOBILIZE"], ["troops"], "2025-02-09", ["UGA"], ["SSD"], "Koboko",
          "On Sunday, the Uganda Peoples' Defence Forces deployed additional troops to the area"),
        E(["ACCUSE", "REQUEST"], ["disapprove", "yield"], "2025-02-10", ["UGA"], ["SSD"], "Kampala",
          "On Monday, the Ministry of Foreign Affairs summoned South Sudan's ambassador to Uganda and handed him a protest note demanding the immediate and unconditional release of the five farmers"),
        E(["CONCEDE"], [], "2025-02-10", ["SSD"], ["UGA"], "Kampala",
          "the ambassador expressed regret over the incident and promised that Juba would investigate the conduct of the soldiers"),
        E(["RETREAT"], ["release"], "2025-02-10", ["SSD"], ["UGA"], "Oraba",
          "The five farmers were released on Monday evening at the Oraba border crossing"),
        E(["AGREE"], [], "2025-02-10", ["UGA", "SSD"], [], "Kampala",
          "the two sides also agreed to convene the Joint Technical Committee on the demarcation of the border in Arua next month"),
    ],
    "quotes": [
        Q(ASIKU, "They came shouting that this land belongs to South Sudan and took our people away as if they were thieves. The women ran into the bush with the children,"),
        Q(KULAYIGYE, "We have reinforced our positions along that stretch as a precaution. Our orders are to protect Ugandans and their property, not to fight our neighbours,"),
        Q(MULIMBA, "Uganda and South Sudan are brothers, and brothers do not settle boundary questions with guns and matches. We expect the officers responsible to be held to account,"),
    ],
    "proposals": [],
    "figures": [
        F("armed SSPDF soldiers who crossed into Koboko District", 15, "people", "2025-02-08", "about"),
        F("Ugandan farmers detained", 5, "people", "2025-02-08", "exact"),
        F("grass-thatched huts set on fire", 3, "huts", "2025-02-08", "exact"),
        F("released farmers treated for minor injuries", 2, "people", "2025-02-10", "exact"),
        F("length of the Uganda-South Sudan border", 475, "kilometres", None, "about"),
        F("South Sudanese refugees hosted by Uganda", 900000, "people", None, "over"),
    ],
},
"s05_lsm_lva_blr.txt": {
    "document": D("2025-02-12", "LSM.lv", None, None,
                  "Latvia expels Belarusian diplomat as row over detained truck driver deepens"),
    "people": [
        P(BRAZE, "LVA", "Foreign Minister"),
        P(PUJATS, "LVA", "chief of the State Border Guard"),
    ],
    "events": [
        E(["COERCE"], ["arrest"], "2025-02-07", ["BLR"], ["LVA"], "Urbany",
          "was detained on Friday at the Urbany checkpoint on the Belarusian side of the Silene border crossing"),
        E(["ACCUSE", "REQUEST"], ["disapprove", "yield"], "2025-02-10", ["LVA"], ["BLR"], "Rīga",
          "On Monday, the ministry in Rīga summoned the chargé d'affaires of Belarus and demanded that Latvian consular officers be given immediate access to the driver and that he be released without delay"),
        E(["SANCTION", "COERCE"], ["expel"], "2025-02-11", ["LVA"], ["BLR"], "Rīga",
          "Latvia has declared a Belarusian diplomat persona non grata"),
        E(["REJECT"], [], "2025-02-11", ["BLR"], ["LVA"], "Minsk",
          "the Belarusian Foreign Ministry rejected the Latvian protest as interference in the work of its law enforcement bodies"),
        E(["THREATEN"], ["expel"], "2025-02-11", ["BLR"], ["LVA"], "Minsk",
          "said Minsk would respond to the expulsion in kind"),
        E(["RETREAT"], ["access"], "2025-02-11", ["BLR"], ["LVA"], "Braslaw",
          "the Latvian consul from the embassy in Minsk was allowed to meet the driver at a detention facility in Braslaw"),
        E(["PROTEST", "ACCUSE"], [], "2021-05", ["LVA"], ["BLR"], "Rīga",
          "Latvian officials replaced the official Belarusian flag with the white-red-white opposition flag"),
        E(["SANCTION", "COERCE"], ["expel"], "2021-05-24", ["BLR"], ["LVA"], "Minsk",
          "Belarus ordered the Latvian ambassador and almost all embassy staff to leave"),
        E(["SANCTION", "COERCE"], ["expel"], "2021-05-24", ["LVA"], ["BLR"], "Rīga",
          "Latvia expelled the Belarusian diplomats the same day"),
    ],
    "quotes": [
        Q(BRAZE, "Belarus has turned its border into a place where migrants are pushed through fences and ordinary Latvians are taken as bargaining chips. We will not accept either,"),
    ],
    "proposals": [],
    "figures": [
        F("hours given to the expelled Belarusian diplomat to leave Latvia", 72, "hours", "2025-02-11", "exact"),
        F("illegal crossing attempts from Belarus prevented", 1246, "attempts", "2025-01", "exact"),
        F("illegal crossing attempts from Belarus prevented", 412, "attempts", "2024-01", "exact"),
        F("length of the Latvia-Belarus land border", 173, "kilometres", None, "exact"),
        F("trucks a day using the Silene crossing", 300, "trucks", "2025-01", "about"),
    ],
},
"s06_namibian_nam_zaf.txt": {
    "document": D("2025-02-13", "The Namibian", None, "Ndapewa Shikongo",
                  "Namibia bans South African meat and dairy imports over foot-and-mouth outbreak"),
    "people": [
        P(SHILONGO, "NAM", "chief veterinary officer"),
        P(SCHLETTWEIN, "NAM", "minister of agriculture, water and land reform"),
        P(STEENHUISEN, "ZAF", "Agriculture minister"),
    ],
    "events": [
        E(["SANCTION"], ["discontinue"], "2025-02-11", ["NAM"], ["ZAF"], "Windhoek",
          "The chief veterinary officer, Albertina Shilongo, announced the suspension in Windhoek on Tuesday"),
        E(["REQUEST", "ACCUSE"], ["change", "disapprove"], "2025-02-12", [STEENHUISEN, "ZAF"], ["NAM"], None,
          "Agriculture minister John Steenhuisen yesterday described the blanket ban as disproportionate and asked Windhoek to limit it to products from the affected provinces"),
        E(["CONSULT", "REQUEST"], [], "2025-02-12", ["ZAF", SCHLETTWEIN], [], "Windhoek",
          "South Africa's high commissioner to Namibia also met Schlettwein in Windhoek yesterday to seek an exemption"),
        E(["SANCTION"], ["discontinue"], "2019-01", ["NAM"], ["ZAF"], None,
          "A similar ban was imposed in January 2019 after an outbreak in Limpopo province"),
    ],
    "quotes": [
        Q(SCHLETTWEIN, "Our beef exports feed thousands of families. We cannot gamble that market away for the sake of a few months of convenience at the supermarket,"),
        Q(STEENHUISEN, "Most of our provinces are free of the disease, and our trading partners know how to recognise a regional outbreak when they see one,"),
    ],
    "proposals": [],
    "figures": [
        F("trucks turned back at Ariamsvlei and Noordoewer", 14, "trucks", "2025-02-12", "exact"),
        F("South Africa's share of dairy products sold in Namibian shops", 80, "percent", None, "about"),
        F("Namibia's meat and dairy imports from South Africa", 1600000000, "NAD", "2024", "about"),
    ],
},
}
