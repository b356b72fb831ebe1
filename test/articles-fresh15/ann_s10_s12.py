from ann_helpers import D, P, E, Q, PR, F

# Missiles and air strikes between Israel and the Houthis, a call from the UN podium condemned, and a first
# sideline meeting with an invitation, in late September 2024.
# s10: The Jerusalem Post, Sunday 29 September 2024
HAGARI, NETANYAHU, GALLANT = "Daniel Hagari", "Benjamin Netanyahu", "Yoav Gallant"
ABDULSALAM, NASRALLAH, SAREE = "Mohammed Abdulsalam", "Hassan Nasrallah", "Yahya Saree"
# s11: in-cyprus (CNA credit), Wednesday 25 September 2024
ERDOGAN, LETYMBIOTIS, CHRISTODOULIDES = "Recep Tayyip Erdoğan", "Konstantinos Letymbiotis", "Nikos Christodoulides"
TATAR, MITSOTAKIS = "Ersin Tatar", "Kyriakos Mitsotakis"
# s12: Arab Times (NEW YORK, Sept 22 (KUNA) lead), Monday 23 September 2024
SABAH, MODI, MISHAL = "Sabah Al-Khalid Al-Hamad Al-Sabah", "Narendra Modi", "Mishal Al-Ahmad Al-Jaber Al-Sabah"
YAHYA, JAISHANKAR, KVSINGH = "Abdullah Ali Al-Yahya", "S Jaishankar", "Kirti Vardhan Singh"

ANN = {
"s10_jpost_isr_yem.txt": {
    "document": D("2024-09-29", "The Jerusalem Post", None, "Noa Ben-Shimol",
                  "IAF jets strike Houthi ports and power stations in Yemen after missile fire at Ben-Gurion"),
    "people": [
        P(HAGARI, "ISR", "IDF spokesman"),
        P(NETANYAHU, "ISR", "Prime Minister"),
        P(GALLANT, "ISR", "Defense Minister"),
        P(ABDULSALAM, "YEM", "chief spokesman"),
        P(NASRALLAH, "LBN", "Hezbollah leader"),
        P(SAREE, "YEM", "Houthi military spokesman"),
    ],
    "events": [
        E(["ASSAULT"], ["aerial"], "2024-09-29", ["ISR"], ["YEM"], "Hodeidah",
          "struck Houthi targets in and around the Yemeni port city of Hodeidah on Sunday afternoon"),
        E(["ASSAULT"], [], "2024-09-28", ["YEM"], ["ISR"], None,
          "On Saturday night, a ballistic missile fired from Yemen toward Ben-Gurion Airport was intercepted"),
        E(["ASSAULT"], [], "2024-09-27", ["YEM"], ["ISR"], None,
          "Another missile launched on Friday toward central Israel was also intercepted"),
        E(["THREATEN"], ["violence"], "2024-09-29", [GALLANT, "ISR"], ["YEM"], None,
          "Defense Minister Yoav Gallant said in a statement after the jets returned"),
        E(["THREATEN"], ["violence"], "2024-09-29", [ABDULSALAM, "YEM"], ["ISR"], None,
          "said the strikes would not stop the group from attacking Israel"),
        E(["ASSAULT"], ["aerial"], "2024-07-20", ["ISR"], ["YEM"], "Hodeidah",
          "On July 20, Israeli jets hit fuel depots and cranes at Hodeidah port"),
        E(["ASSAULT"], ["drone"], "2024-07-19", ["YEM"], ["ISR"], "Tel Aviv",
          "a day after a Houthi drone struck an apartment building in Tel Aviv"),
        E(["ASSAULT"], [], "2024-09-15", ["YEM"], ["ISR"], None,
          "On September 15, a Houthi missile fell in an open area in central Israel"),
        E(["ASSAULT"], ["aerial", "targeted"], "2024-09-27", ["ISR"], ["LBN", NASRALLAH], "Beirut",
          "Israel killed Hezbollah leader Hassan Nasrallah in a strike on Beirut's southern suburbs on Friday"),
    ],
    "quotes": [
        Q(GALLANT, "No distance will protect those who fire at our cities. The Houthis have learned again today what the price is,"),
        Q(ABDULSALAM, "This aggression will be answered, and the Zionist enemy will not enjoy calm while Gaza and Lebanon are bleeding,"),
    ],
    "proposals": [],
    "figures": [
        F("distance of the operation from Israel", 1800, "kilometres", None, "about"),
        F("people killed in the Israeli strikes on Yemen", 4, "people", "2024-09-29", "over"),
        F("people wounded in the Israeli strikes on Yemen", 30, "people", "2024-09-29", "over"),
        F("power stations hit", 2, "power stations", "2024-09-29", "exact"),
        F("people killed by the Houthi drone in Tel Aviv", 1, "people", "2024-07-19", "exact"),
    ],
},
"s11_incyprus_cyp_tur.txt": {
    "document": D("2024-09-25", "in-cyprus", None, None,
                  "Nicosia condemns Erdoğan's UN call for recognition of breakaway north"),
    "people": [
        P(ERDOGAN, "TUR", "President"),
        P(LETYMBIOTIS, "CYP", "government spokesman"),
        P(CHRISTODOULIDES, "CYP", "President"),
        P(TATAR, "CYP", "Turkish Cypriot leader"),
        P(MITSOTAKIS, "GRC", "Prime Minister"),
    ],
    "events": [
        E(["ACCUSE"], ["disapprove"], "2024-09-24", ["CYP", LETYMBIOTIS], [ERDOGAN, "TUR"], None,
          "The government on Tuesday condemned Turkish President Recep Tayyip Erdoğan's call on the international community to recognise the breakaway regime in the north"),
        E(["REJECT", "ACCUSE"], [], "2024-09-24", [CHRISTODOULIDES, "CYP"], ["TUR"], "New York",
          "rejected the call when he spoke to reporters late on Tuesday and accused Ankara of trying to legitimise the results of the 1974 invasion"),
        E(["SUPPORT"], [], "2024-09-24", [TATAR], [ERDOGAN, "TUR"], None,
          "Turkish Cypriot leader Ersin Tatar welcomed Erdoğan's speech on Tuesday"),
        E(["CONSULT"], ["multilateral"], "2024-09-23", [CHRISTODOULIDES, MITSOTAKIS], [], "New York",
          "Christodoulides met Greek Prime Minister Kyriakos Mitsotakis in New York on Monday"),
        E(["ASSAULT"], [], "1974-07", ["TUR"], ["CYP"], None,
          "since Turkey invaded in July 1974"),
        E(["CONSULT"], ["third-party"], "2017-07", ["CYP", "GRC", "TUR", "GBR"], [], "Crans-Montana",
          "collapsed at Crans-Montana in Switzerland in July 2017"),
    ],
    "quotes": [
        Q(LETYMBIOTIS, "What we heard from the podium of the General Assembly was a call to violate the very resolutions the Assembly and the Security Council have adopted. No member state will answer it,"),
        Q(CHRISTODOULIDES, "Turkey keeps asking the world to reward an occupation. The answer has not changed in fifty years, and it will not change now,"),
    ],
    "proposals": [],
    "figures": [
        F("Turkish troops in the north of Cyprus", 40000, "people", None, "about"),
        F("share of the island's territory in the north", 37, "percent", None, "about"),
    ],
},
"s12_arabtimes_kwt_ind.txt": {
    "document": D("2024-09-23", "Arab Times", "New York", None,
                  "Crown Prince, Modi hold first talks in New York; Amir's invitation accepted"),
    "people": [
        P(SABAH, "KWT", "Crown Prince"),
        P(MODI, "IND", "Prime Minister"),
        P(MISHAL, "KWT", "Amir"),
        P(YAHYA, "KWT", "Foreign Minister"),
        P(JAISHANKAR, "IND", "External Affairs Minister"),
        P(KVSINGH, "IND", "Minister of State for External Affairs"),
    ],
    "events": [
        E(["CONSULT"], ["multilateral"], "2024-09-22", [SABAH, MODI], [], "New York",
          "met Indian Prime Minister Narendra Modi on Sunday on the sidelines of the UN Summit of the Future"),
        E(["AGREE"], [], "2024-09-22", [SABAH, MISHAL, "KWT"], [MODI, "IND"], "New York",
          "conveyed to Modi an invitation from His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah to visit Kuwait, and the Indian prime minister accepted it"),
        E(["AGREE"], [], "2024-09-22", [SABAH, MODI, "KWT", "IND"], [], "New York",
          "agreed to speed up negotiations on a bilateral investment treaty"),
        E(["CONSULT"], ["visit"], "2024-08-18", [JAISHANKAR], [YAHYA, "KWT"], "Kuwait",
          "a visit to Kuwait by Indian External Affairs Minister S Jaishankar on August 18, when he held talks with Al-Yahya"),
        E(["CONSULT"], ["visit"], "2024-06-13", [KVSINGH], ["KWT"], "Kuwait",
          "flew to Kuwait on June 13 to coordinate the repatriation of the victims' bodies with the Kuwaiti authorities"),
    ],
    "quotes": [
        Q(MODI, "Kuwait has always looked after our people, and India will always be a partner Kuwait can rely on for food and medicine,"),
        Q(YAHYA, "India is one of our largest trading partners and the home country of our largest community of residents. Our relationship deserves more than it has been given,"),
    ],
    "proposals": [],
    "figures": [
        F("India-Kuwait bilateral trade", 10500000000, "USD", "2023", "about"),
        F("Kuwait's share of India's crude imports", 3, "percent", None, "about"),
        F("Indian exports to Kuwait", 2100000000, "USD", "2023", "about"),
        F("Indians living and working in Kuwait", 1000000, "people", None, "about"),
    ],
},
}
