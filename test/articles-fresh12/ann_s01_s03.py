from ann_helpers import D, P, E, Q, PR, F

# Readouts of a visit or talks.
# s01: The Korea Herald, Wednesday 17 September 2025
CHO, SAIDOV, KIM, MIRZ, LEE, YOON = ("Cho Hyun", "Bakhtiyor Saidov", "Kim Min-seok", "Shavkat Mirziyoyev",
                                     "Lee Jae Myung", "Yoon Suk Yeol")
# s02: Ahram Online, Tuesday 16 September 2025
ABDELATTY, MUDAVADI, SISI, RUTO = "Badr Abdelatty", "Musalia Mudavadi", "Abdel Fattah El-Sisi", "William Ruto"
# s03: Malay Mail (Bernama credit), Thursday 18 September 2025
MOHAMAD, TOUHID, ANWAR, YUNUS = "Mohamad Hasan", "Md Touhid Hossain", "Anwar Ibrahim", "Muhammad Yunus"

ANN = {
"s01_koreaherald_kor_uzb.txt": {
    "document": D("2025-09-17", "The Korea Herald", None, "Yoon Seo-hyun",
                  "Cho offers Saidov three-track plan on minerals, workers and flights"),
    "people": [
        P(CHO, "KOR", "Foreign Minister"),
        P(SAIDOV, "UZB"),
        P(KIM, "KOR", "Prime Minister"),
        P(MIRZ, "UZB", "President"),
        P(LEE, "KOR", "President"),
        P(YOON, "KOR", "then President"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-09-15", [SAIDOV], ["KOR"], "Seoul",
          "Saidov arrived in Seoul on Monday for a three-day official visit"),
        E(["CONSULT"], ["visit"], "2025-09-16", [SAIDOV], [CHO], "Seoul",
          "Foreign Minister Cho Hyun held talks in Seoul with his Uzbek counterpart, Bakhtiyor Saidov"),
        E(["AGREE"], [], "2025-09-16", ["KOR", "UZB"], [], "Seoul",
          "South Korea and Uzbekistan agreed Tuesday to set up a joint working group on critical minerals"),
        E(["SUPPORT"], [], "2025-09-16", [CHO, SAIDOV, "KOR", "UZB"], [], "Seoul",
          "Cho and Saidov also signed a memorandum"),
        E(["CONSULT"], ["visit"], "2025-09-16", [SAIDOV], [KIM], "Seoul",
          "Saidov paid a courtesy call on Prime Minister Kim Min-seok"),
        E(["AGREE"], [], "2025-09-16", [MIRZ, "UZB"], [LEE], "Seoul",
          "He conveyed an invitation from President Shavkat Mirziyoyev to President Lee Jae Myung to make a state visit to Uzbekistan"),
        E(["SUPPORT"], [], "2019", ["KOR", "UZB"], [], None,
          "Ties were raised to a special strategic partnership in 2019"),
        E(["CONSULT"], ["visit"], "2024-06", [YOON], ["UZB"], None,
          "then President Yoon Suk Yeol paid a state visit to Uzbekistan in June 2024"),
        E(["AGREE"], [], "2024-06", ["KOR", "UZB"], [], None,
          "the two countries agreed to build supply chains for critical minerals"),
    ],
    "quotes": [
        Q(CHO, "Uzbekistan is not a distant partner for us anymore. It is where our companies are building plants, and where our students go to learn about the Silk Road,"),
        Q(SAIDOV, "We do not want to sell only stones. We want to sell products, and we want Korea to be the partner that helps us get there,"),
    ],
    "proposals": [
        PR(CHO, 1, "that the new working group on critical minerals meet twice a year, alternating between Seoul and Tashkent"),
        PR(CHO, 2, "that the two governments review the number of Uzbek workers admitted each year under Korea's Employment Permit System"),
        PR(CHO, 3, "for more direct flights between Incheon and Samarkand as well as Tashkent"),
    ],
    "figures": [
        F("South Korea-Uzbekistan bilateral trade", 2300000000, "USD", "2024", "exact"),
        F("growth of bilateral trade from 2023", 8, "percent", "2024", "exact"),
        F("Uzbek nationals living in Korea", 90000, "people", None, "about"),
        F("length of the ministers' meeting", 2, "hours", "2025-09-16", "about"),
    ],
},
"s02_ahram_egy_ken.txt": {
    "document": D("2025-09-16", "Ahram Online", None, None,
                  "Egypt, Kenya agree to revive joint commission as Abdelatty hosts Mudavadi"),
    "people": [
        P(ABDELATTY, "EGY", "Foreign Minister"),
        P(MUDAVADI, "KEN", "Prime Cabinet Secretary", "Cabinet Secretary for Foreign and Diaspora Affairs"),
        P(SISI, "EGY", "President"),
        P(RUTO, "KEN", "President"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-09-15", [MUDAVADI], [ABDELATTY], "Cairo",
          "Foreign Minister Badr Abdelatty held talks in Cairo with Musalia Mudavadi"),
        E(["AGREE"], [], "2025-09-15", ["EGY", "KEN"], [], "Cairo",
          "Egypt and Kenya agreed on Monday to convene their joint commission in Nairobi before the end of the year"),
        E(["SUPPORT"], [], "2025-09-15", [ABDELATTY, MUDAVADI, "EGY", "KEN"], [], "Cairo",
          "Abdelatty and Mudavadi put their signatures to a memorandum on regular political consultations"),
        E(["CONSULT"], ["visit"], "2025-09-16", [MUDAVADI], [SISI], "Cairo",
          "President Abdel Fattah El-Sisi received Mudavadi at the Ittihadiya Palace"),
        E(["CONSULT", "SUPPORT"], [], "2025-09-16", [RUTO, "KEN"], [SISI], "Cairo",
          "Mudavadi delivered a written message from Kenyan President William Ruto to President El-Sisi"),
        E(["SUPPORT", "CONSULT"], [], "2025-09-16", [SISI, "EGY"], [RUTO], "Cairo",
          "El-Sisi asked Mudavadi to convey his greetings to President Ruto"),
    ],
    "quotes": [
        Q(ABDELATTY, "Egypt and Kenya share the same river basin and the same continent, and what we want is cooperation that benefits all peoples of the Nile without harming any of them,"),
        Q(MUDAVADI, "Kenya is ready to open its market wider to Egyptian products, but we also want Egyptian shoppers to find Kenyan tea, avocados and flowers on their shelves,"),
    ],
    "proposals": [],
    "figures": [
        F("Egypt-Kenya trade", 600000000, "USD", "2024", "about"),
        F("growth of Egypt's exports to Kenya in the first half", 12, "percent", "2025", "exact"),
    ],
},
"s03_malaymail_mys_bgd.txt": {
    "document": D("2025-09-18", "Malay Mail", "Putrajaya", None,
                  "Malaysia, Bangladesh to set up joint task force on migrant worker recruitment, says Mohamad"),
    "people": [
        P(MOHAMAD, "MYS", "Foreign Minister"),
        P(TOUHID, "BGD", "Foreign Affairs Adviser"),
        P(ANWAR, "MYS", "Prime Minister"),
        P(YUNUS, "BGD", "Chief Adviser"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-09-18", [TOUHID], [MOHAMAD], "Putrajaya",
          "following a bilateral meeting between Foreign Minister Datuk Seri Mohamad Hasan and Bangladesh's Foreign Affairs Adviser Md Touhid Hossain here today"),
        E(["AGREE"], [], "2025-09-18", ["MYS", "BGD"], [], "Putrajaya",
          "Malaysia and Bangladesh have agreed to establish a joint task force to oversee the recruitment of Bangladeshi workers"),
        E(["CONSULT"], ["visit"], "2025-09-17", [TOUHID], ["MYS"], "Kuala Lumpur",
          "Touhid, who arrived in Kuala Lumpur last night for a two-day working visit"),
        E(["SUPPORT"], [], "2025-09-18", [MOHAMAD, TOUHID, "MYS", "BGD"], [], "Putrajaya",
          "the two sides also exchanged notes on the renewal of the memorandum of understanding on higher education"),
        E(["AGREE"], [], "2025-09-18", ["MYS", "BGD"], [], "Putrajaya",
          "agreed to hold the next Joint Consultative Commission in Putrajaya in the first quarter of 2026"),
        E(["CONSULT"], ["visit"], "2025-08", [YUNUS], ["MYS"], None,
          "the official visit of Bangladesh's Chief Adviser Professor Muhammad Yunus to Malaysia last month"),
        E(["SUPPORT"], [], "2025-08", [ANWAR, YUNUS, "MYS", "BGD"], [], None,
          "Anwar and Yunus witnessed the exchange of five memoranda of understanding and notes"),
        E(["SANCTION"], ["discontinue"], "2024-05-31", ["MYS"], ["BGD"], None,
          "Malaysia froze the recruitment of Bangladeshi workers on May 31, 2024"),
    ],
    "quotes": [
        Q(MOHAMAD, "We want a recruitment system that is clean, that is cheap for the worker and that does not leave anybody stranded at the airport. Both governments have learnt lessons from last year,"),
        Q(TOUHID, "Our workers have built roads, plantations and factories in Malaysia for three decades. They deserve a fair process and they deserve to be paid on time,"),
    ],
    "proposals": [],
    "figures": [
        F("Malaysia-Bangladesh trade", 14200000000, "MYR", "2024", "exact"),
        F("Bangladeshi nationals working legally in Malaysia", 800000, "people", None, "about"),
        F("memoranda of understanding exchanged during Yunus's visit", 5, "memoranda", "2025-08", "exact"),
    ],
},
}
