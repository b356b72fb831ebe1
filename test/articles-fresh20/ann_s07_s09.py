from ann_helpers import D, P, E, Q, PR, F

# Energy, water and borders in the week of 11-17 March 2024: Hungary's foreign minister in Zagreb over JANAF's
# pipeline fees, Thailand's energy minister in Vientiane on power purchases from Lao dams, Botswana's release of
# five Namibian fishermen and the boundary commission in Katima Mulilo.
# s07: Hungary Today, Thursday 14 March 2024
SZ, GRLIC, HABIJAN = "Péter Szijjártó", "Gordan Grlić Radman", "Damir Habijan"
# s08: The Laotian Times, Friday 15 March 2024
PIRAPAN, SONEXAY = "Pirapan Salirathavibhaga", "Sonexay Siphandone"
# s09: New Era, Thursday 14 March 2024
MUSH, KWAPE, MBUMBA, MASISI = "Peya Mushelenga", "Lemogang Kwape", "Nangolo Mbumba", "Mokgweetsi Masisi"

ANN = {
"s07_hungarytoday_hun_hrv.txt": {
    "document": D("2024-03-14", "Hungary Today", None, None,
                  "Szijjártó in Zagreb: Croatian Pipeline Fees Still Too High for Hungary to Drop Russian Oil"),
    "people": [
        P(SZ, "HUN", "Minister of Foreign Affairs and Trade"),
        P(GRLIC, "HRV", "Foreign Minister"),
        P(HABIJAN, "HRV", "Minister of Economy and Sustainable Development"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2024-03-13", [SZ], [GRLIC, "HRV"], "Zagreb",
          "after talks with Croatian Foreign Minister Gordan Grlić Radman"),
        E(["CONSULT"], ["visit"], "2024-03-13", [SZ], [HABIJAN, "HRV"], "Zagreb",
          "Szijjártó also met Minister of Economy and Sustainable Development Damir Habijan"),
        E(["AGREE"], [], "2024-03-13", [SZ, HABIJAN, "HUN", "HRV"], [], "Zagreb",
          "the two sides agreed to set up a joint expert group"),
        E(["ACCUSE"], ["disapprove"], "2024-03-13", [SZ, "HUN"], ["HRV"], "Zagreb",
          "Hungary cannot replace Russian crude with oil shipped through Croatia as long as the Adriatic pipeline operator JANAF charges fees far above the European average"),
        E(["REJECT"], [], "2024-03-13", [HABIJAN, "HRV"], [SZ, "HUN"], None,
          "Habijan rejected the accusation the same afternoon"),
        E(["AGREE"], [], "2024-03-13", [SZ], [GRLIC, "HRV"], None,
          "invited Szijjártó to the Dubrovnik Forum in July, an invitation the Hungarian minister accepted"),
        E(["SUPPORT"], [], "2022-10", ["HUN", "HRV"], [], "Budapest",
          "the two governments signed a memorandum on energy security in Budapest in October 2022"),
    ],
    "quotes": [
        Q(SZ, "The transit fee JANAF asks for is not a market price, it is a political price. We are ready to buy more oil through the Adriatic, but not at a cost that would make Hungarian fuel the most expensive in the region,"),
        Q(HABIJAN, "JANAF's fees are set on commercial terms and are comparable with other pipelines in Europe. Croatia has invested in this route precisely so that its neighbours have a choice,"),
    ],
    "proposals": [],
    "figures": [
        F("yearly capacity of the JANAF line to Hungary and Slovakia", 14000000, "tonnes", None, "under"),
        F("crude delivered to Hungarian refineries via the Croatian route", 1500000, "tonnes", "2023", "about"),
        F("yearly regasification capacity booked by MVM at Krk", 1000000000, "cubic meters", None, "exact"),
    ],
},
"s08_laotiantimes_lao_tha.txt": {
    "document": D("2024-03-15", "The Laotian Times", None, "Phonethip Keomany",
                  "Thailand's Energy Minister in Vientiane as Laos Seeks Larger Power Sales"),
    "people": [
        P(PIRAPAN, "THA", "Deputy Prime Minister", "Energy Minister"),
        P(SONEXAY, "LAO", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2024-03-14", [PIRAPAN], [SONEXAY, "LAO"], "Vientiane",
          "Pirapan was received at the Prime Minister's Office by Prime Minister Sonexay Siphandone"),
        E(["CONSULT"], ["visit"], "2024-03-14", [PIRAPAN], ["LAO"], "Vientiane",
          "later met the Lao Minister of Energy and Mines and executives of Electricité du Laos"),
        E(["SUPPORT"], [], "2024-03-14", ["THA", "LAO"], [], "Vientiane",
          "The two sides signed a memorandum of understanding to study a new 500-kilovolt transmission line"),
        E(["AGREE"], [], "2024-03-14", ["THA", "LAO"], [], "Vientiane",
          "decided to form a joint working group that will look at power prices"),
        E(["PROTEST"], ["demo"], "2024-03-13", ["THA"], ["LAO"], "Bangkok",
          "about 60 villagers from Thai provinces along the Mekong gathered outside the Lao Embassy in Bangkok"),
        E(["SUPPORT"], [], "2022", ["THA", "LAO"], [], None,
          "Under a memorandum signed in 2022, Thailand has committed to buy up to 10,500 megawatts from Laos"),
    ],
    "quotes": [
        Q(PIRAPAN, "Lao electricity is clean, reliable and close to home. Thai consumers need lower bills, and Laos needs buyers it can count on for decades,"),
        Q(SONEXAY, "Our country has water and mountains, and we intend to turn them into income for our people. Thailand has always been our first partner in this,"),
    ],
    "proposals": [],
    "figures": [
        F("Thai commitment to buy electricity from Laos", 10500, "megawatts", None, "under"),
        F("Lao generating capacity already contracted by Thailand", 6900, "megawatts", None, "about"),
        F("villagers protesting outside the Lao Embassy in Bangkok", 60, "people", "2024-03-13", "about"),
        F("capacity of the Luang Prabang dam", 1460, "megawatts", None, "exact"),
        F("Lao earnings from electricity sales", 2400000000, "USD", "2023", "about"),
        F("share of Lao electricity earnings from Thailand", 70, "percent", "2023", "over"),
        F("further capacity EGAT expects to contract", 1200, "megawatts", "2024", "exact"),
    ],
},
"s09_newera_nam_bwa.txt": {
    "document": D("2024-03-14", "New Era", "Katima Mulilo", "Lukas Sifuniso",
                  "Botswana frees five Namibian fishermen as boundary commission meets"),
    "people": [
        P(MUSH, "NAM", "Minister of International Relations and Cooperation"),
        P(KWAPE, "BWA"),
        P(MBUMBA, "NAM", "President"),
        P(MASISI, "BWA", "President"),
    ],
    "events": [
        E(["COERCE"], ["arrest", "seize"], "2024-03-10", ["BWA"], ["NAM"], "Chobe River",
          "who had been arrested by soldiers of the Botswana Defence Force (BDF) on the Chobe River on Sunday"),
        E(["RETREAT"], ["release"], "2024-03-12", ["BWA"], ["NAM"], "Ngoma",
          "Botswana on Tuesday released five Namibian fishermen"),
        E(["CONSULT"], ["phone"], "2024-03-11", [MUSH, KWAPE], [], None,
          "a telephone conversation on Monday between Minister of International Relations and Cooperation Peya Mushelenga and his Botswana counterpart, Lemogang Kwape"),
        E(["CONSULT"], ["visit"], "2024-03-13", [KWAPE], [MUSH, "NAM"], "Katima Mulilo",
          "the two countries' joint boundary commission met here yesterday"),
        E(["AGREE"], [], "2024-03-13", ["NAM", "BWA"], [], "Katima Mulilo",
          "The commission agreed to resume the joint verification of beacons along the river boundary next month"),
        E(["ASSAULT"], ["firearms"], "2020-11", ["BWA"], ["NAM"], "Impalila Island",
          "In November 2020 BDF soldiers shot dead three Namibian brothers and their cousin near Impalila Island"),
        E(["REQUEST"], [], "2020-11", ["NAM"], ["BWA"], None,
          "an incident that led Windhoek to demand an independent inquiry"),
        E(["COOPERATE", "SUPPORT"], [], "2023", ["NAM", "BWA"], [], None,
          "The two countries dropped passport requirements for their citizens in favour of identity cards last year"),
    ],
    "quotes": [
        Q(MUSH, "Our fishermen have lived on this river for generations. They should not be treated as criminals for following the fish. We need rules that both our soldiers and our people understand,"),
        Q(KWAPE, "Botswana and Namibia have settled harder questions than this by talking, and we will do so again,"),
    ],
    "proposals": [
        PR(MUSH, 1, "joint patrols on the Chobe and Linyanti rivers during the fishing season"),
        PR(MUSH, 2, "a common register of fishermen from both sides, with permits recognised by both countries"),
        PR(MUSH, 3, "the completion of the survey of the remaining boundary beacons by the end of the year"),
    ],
    "figures": [
        F("Namibian fishermen released by Botswana", 5, "people", "2024-03-12", "exact"),
        F("mokoros confiscated from the fishermen", 2, "mokoros", "2024-03-10", "exact"),
        F("Namibians arrested by the BDF on the Chobe River since January 2023", 27, "people", None, "exact"),
    ],
},
}
