from ann_helpers import D, P, E, Q, PR, F

# Aid and cooperation.
# s07: 24.kg, Wednesday 17 September 2025
BAKETAEV, MARSHAD, JADAAN = "Almaz Baketaev", "Sultan Abdulrahman Al-Marshad", "Mohammed Al-Jadaan"
# s08: Kuensel, Saturday 20 September 2025
CHODEN, MISRI, TOBGAY, DHUNGYEL, MODI = "Pema Choden", "Vikram Misri", "Tshering Tobgay", "D.N. Dhungyel", "Narendra Modi"

ANN = {
"s07_24kg_kgz_sau.txt": {
    "document": D("2025-09-17", "24.kg", None, "Aigerim Tokonova",
                  "Saudi Fund for Development to lend Kyrgyzstan $45 million for hospital in Jalal-Abad"),
    "people": [
        P(BAKETAEV, "KGZ", "Minister of Finance"),
        P(MARSHAD, "SAU", "Chief Executive Officer of the SFD"),
        P(JADAAN, "SAU", "Minister of Finance of Saudi Arabia"),
    ],
    "events": [
        E(["AID", "SUPPORT"], [], "2025-09-16", [MARSHAD, "SAU"], [BAKETAEV, "KGZ"], "Riyadh",
          "Kyrgyzstan and the Saudi Fund for Development (SFD) signed a loan agreement worth $45 million in Riyadh on Tuesday"),
        E(["CONSULT"], ["visit"], "2025-09-15", [BAKETAEV], [JADAAN], "Riyadh",
          "A day earlier, on Monday, Almaz Baketaev met with the Minister of Finance of Saudi Arabia Mohammed Al-Jadaan"),
        E(["AID", "SUPPORT"], [], "2023-04", ["SAU"], ["KGZ"], "Bishkek",
          "In April 2023, the SFD and the Cabinet of Ministers signed two loans worth $130 million in Bishkek"),
    ],
    "quotes": [
        Q(BAKETAEV, "Each project financed by the fund is visible to ordinary people: a road, a school, a block of flats. Now it will be a hospital, and that is the best possible use of these funds,"),
        Q(MARSHAD, "Kyrgyzstan has shown that it implements projects on time and with transparency, and the fund is ready to look at new proposals in energy and water,"),
    ],
    "proposals": [],
    "figures": [
        F("SFD loan for the Jalal-Abad hospital", 45000000, "USD", "2025-09-16", "exact"),
        F("term of the loan", 25, "years", None, "exact"),
        F("grace period of the loan", 5, "years", None, "exact"),
        F("interest rate of the loan", 2, "percent", None, "exact"),
        F("beds in the new hospital", 300, "beds", None, "exact"),
        F("people the hospital is expected to serve", 1300000, "people", None, "over"),
        F("SFD grant for medical equipment in Batken region", 1500000, "USD", "2025-09-16", "exact"),
        F("SFD loans signed in Bishkek", 130000000, "USD", "2023-04", "exact"),
        F("loan for low-income housing", 100000000, "USD", "2023-04", "exact"),
        F("apartments for low-income families", 3000, "apartments", None, "exact"),
        F("loan for the Taraz - Talas road", 30000000, "USD", "2023-04", "exact"),
        F("length of the Taraz - Talas road section", 93, "kilometers", None, "exact"),
        F("SFD soft loans to Kyrgyzstan since 2011", 10, "loans", None, "exact"),
        F("total of SFD soft loans to Kyrgyzstan since 2011", 330000000, "USD", None, "exact"),
    ],
},
"s08_kuensel_btn_ind.txt": {
    "document": D("2025-09-20", "Kuensel", None, "Kinley Yangzom",
                  "India releases Nu 4.2 billion for 13th Plan projects"),
    "people": [
        P(CHODEN, "BTN", "Foreign Secretary"),
        P(MISRI, "IND", "Foreign Secretary"),
        P(TOBGAY, "BTN", "Lyonchhen"),
        P(DHUNGYEL, "BTN", "Minister for Foreign Affairs and External Trade"),
        P(MODI, "IND", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-09-18", [MISRI], ["BTN"], "Paro",
          "who arrived in Paro on Thursday on a two-day official visit"),
        E(["CONSULT"], ["visit"], "2025-09-19", [MISRI], [CHODEN], "Thimphu",
          "The talks were co-chaired by Foreign Secretary Pema Choden and India's Foreign Secretary Vikram Misri"),
        E(["SUPPORT", "AID"], [], "2025-09-19", [MISRI, "IND"], [CHODEN, "BTN"], "Thimphu",
          "Bhutan and India signed three agreements in Thimphu yesterday"),
        E(["AID"], [], "2025-09-19", ["IND"], ["BTN"], "Thimphu",
          "the Government of India released Nu 4.2 billion as the second tranche of its assistance for the 13th Five Year Plan"),
        E(["CONSULT"], ["visit"], "2025-09-19", [MISRI], ["BTN"], "Thimphu",
          "His Majesty The King granted an audience to the Indian foreign secretary at the Tashichhodzong"),
        E(["CONSULT"], ["visit"], "2025-09-19", [MISRI], [TOBGAY], "Thimphu",
          "Misri also called on Lyonchhen Tshering Tobgay"),
        E(["CONSULT"], ["visit"], "2025-09-19", [MISRI], [DHUNGYEL], "Thimphu",
          "the Minister for Foreign Affairs and External Trade, Lyonpo D.N. Dhungyel"),
        E(["AID"], [], "2025-09-19", [MISRI, "IND"], ["BTN"], "Thimphu",
          "the visiting foreign secretary also handed over 12 ambulances and four mobile medical units to the Ministry of Health"),
        E(["CONSULT"], ["visit"], "2024-03", [MODI], ["BTN"], None,
          "the state visit of Prime Minister Narendra Modi to Bhutan in March last year"),
        E(["AGREE"], [], "2024-03", ["IND"], ["BTN"], None,
          "India committed Nu 100 billion to the 13th Five Year Plan"),
    ],
    "quotes": [
        Q(CHODEN, "India has been with us since our first Five Year Plan in 1961. The amounts have grown, but what has not changed is the trust,"),
        Q(MISRI, "Bhutan's plans are written in Thimphu, and India's role is to help make them happen. That is the partnership we have had for over six decades,"),
    ],
    "proposals": [],
    "figures": [
        F("second tranche of Indian assistance for the 13th Five Year Plan", 4200000000, "BTN", "2025-09-19", "exact"),
        F("agreements signed", 3, "agreements", "2025-09-19", "exact"),
        F("dzongkhags covered by the community development projects", 20, "dzongkhags", None, "exact"),
        F("ambulances handed over", 12, "ambulances", "2025-09-19", "exact"),
        F("mobile medical units handed over", 4, "mobile medical units", "2025-09-19", "exact"),
        F("India's commitment to the 13th Five Year Plan", 100000000000, "BTN", None, "exact"),
        F("India's share of Bhutan's total trade", 73, "percent", "2024", "about"),
    ],
},
}
