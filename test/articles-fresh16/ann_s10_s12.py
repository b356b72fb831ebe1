from ann_helpers import D, P, E, Q, PR, F

# Economic statecraft in the week of 7-13 April 2025: a trade ban and a request for talks, a joint trade committee
# with three proposals, and a customs seizure followed by joint patrols.
# s10: Capital News (Capital FM), Saturday 12 April 2025
KINYANJUI, OMAR, RUTO, OMUGA, DAGALO = ("Lee Kinyanjui", "Omar Ahmed Mohamed Ali", "William Ruto", "George Omuga",
                                       "Mohamed Hamdan Dagalo")
# s11: Roya News, Sunday 13 April 2025
QUDAH, GHURAIRI, HASSAN = "Yarub Qudah", "Atheer Dawood Al-Ghurairi", "Jafar Hassan"
# s12: Graphic Online, Friday 11 April 2025
ABBEY, KONE, MAHAMA = "Randy Abbey", "Yves Brahima Koné", "John Dramani Mahama"

ANN = {
"s10_capitalfm_ken_sdn.txt": {
    "document": D("2025-04-12", "Capital News", "Nairobi", "Kevin Muthama",
                  "Kenya seeks talks with Sudan as tea ban enters second month"),
    "people": [
        P(KINYANJUI, "KEN", "Trade, Investments and Industry Cabinet Secretary"),
        P(OMAR, "SDN", "acting Minister of Trade and Supply"),
        P(RUTO, "KEN", "President"),
        P(OMUGA, "KEN", "managing director"),
        P(DAGALO, "SDN", "RSF commander"),
    ],
    "events": [
        E(["REQUEST"], ["meet"], "2025-04-09", [KINYANJUI, "KEN"], [OMAR, "SDN"], None,
          "he had written to Sudan's acting Minister of Trade and Supply, Omar Ahmed Mohamed Ali, on Wednesday proposing a meeting of trade officials"),
        E(["SANCTION"], ["discontinue"], "2025-03-11", ["SDN"], ["KEN"], None,
          "Sudan's Ministry of Trade and Supply suspended all imports from Kenya through its ports, border crossings and airports on March 11"),
        E(["REJECT"], [], "2025-04-01", ["SDN"], [RUTO, "KEN"], "Nairobi",
          "The Sudanese Embassy in Nairobi said on April 1 that the ban remained fully in force, rejecting a claim by President William Ruto"),
        E(["SANCTION"], ["withdraw"], "2024-01", ["SDN"], ["KEN"], None,
          "Sudan recalled its ambassador from Nairobi in protest at the reception Ruto gave RSF commander Mohamed Hamdan Dagalo"),
        E(["CONSULT"], ["visit"], "2024-01", [DAGALO], [RUTO, "KEN"], None,
          "the reception Ruto gave RSF commander Mohamed Hamdan Dagalo"),
    ],
    "quotes": [
        Q(KINYANJUI, "We have no quarrel with the Sudanese people, who have drunk Kenyan tea for generations. Trade should not be held hostage to politics, and we are ready to sit down with our brothers in Port Sudan,"),
        Q(OMUGA, "Sudan buys grades that no other market wants in those volumes. Every week without that market pushes prices down at the auction and the farmer pays the price,"),
    ],
    "proposals": [],
    "figures": [
        F("containers of tea for Sudan stuck at Port Sudan", 200, "containers", None, "about"),
        F("Sudanese purchases of Kenyan tea", 18000000, "USD", "2024", "about"),
        F("Sudanese purchases of Kenyan tea a year before the war", 37000000, "USD", None, "about"),
        F("Kenya's tea export earnings", 215000000000, "KES", "2024", "about"),
    ],
},
"s11_royanews_jor_irq.txt": {
    "document": D("2025-04-13", "Roya News", None, None,
                  "Jordan, Iraq agree to revive joint industrial city, ease trade at Karameh crossing"),
    "people": [
        P(QUDAH, "JOR", "Minister of Industry, Trade and Supply"),
        P(GHURAIRI, "IRQ", "Trade Minister"),
        P(HASSAN, "JOR", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-04-12", [GHURAIRI], [QUDAH, "JOR"], "Amman",
          "Minister of Industry, Trade and Supply Yarub Qudah received Iraqi Trade Minister Atheer Dawood Al-Ghurairi at the ministry"),
        E(["AGREE"], [], "2025-04-12", [QUDAH, GHURAIRI, "JOR", "IRQ"], [], "Amman",
          "Jordan and Iraq agreed on Saturday to restart work on the joint Jordanian-Iraqi industrial city on the border and to extend working hours at the Karameh-Turaibil crossing"),
        E(["SUPPORT"], [], "2025-04-12", [QUDAH, GHURAIRI, "JOR", "IRQ"], [], "Amman",
          "the two ministers signed the minutes of the session"),
        E(["AGREE"], [], "2025-04-12", ["IRQ", "JOR"], [], "Amman",
          "The two sides also agreed that the Iraqi oil ministry would continue to supply Jordan with about 10,000 barrels a day of Kirkuk crude"),
        E(["SUPPORT"], [], "2024", ["IRQ", "JOR"], [], None,
          "which was renewed for a year in 2024"),
        E(["CONCEDE", "COOPERATE"], [], "2019", ["IRQ"], ["JOR"], None,
          "In 2019, the Iraqi cabinet exempted some 393 Jordanian products from customs duties"),
        E(["AGREE"], [], "2019", ["IRQ", "JOR"], [], None,
          "the two governments agreed on the establishment of the industrial city"),
    ],
    "quotes": [
        Q(GHURAIRI, "Jordan is Iraq's gateway to the Red Sea, and Iraq is Jordan's largest market in the east. What we sign today should be felt by the truck drivers at Turaibil, not only by the officials in this room,"),
        Q(QUDAH, "We want the trade between our two countries to double within three years, and that will happen only if goods cross the border in hours instead of days,"),
    ],
    "proposals": [
        PR(GHURAIRI, 1, "to exempt a new list of Jordanian products from Iraqi customs duties in return for Jordanian facilities for Iraqi goods moving through the port of Aqaba"),
        PR(GHURAIRI, 2, "to set up a joint company to run the industrial city and market its plots to investors from both countries"),
        PR(GHURAIRI, 3, "to link the electronic customs systems of the two countries before the end of the year"),
    ],
    "figures": [
        F("Iraqi crude supplied to Jordan by truck a day", 10000, "barrels", None, "about"),
        F("Jordan-Iraq trade", 1100000000, "USD", "2024", "about"),
        F("Jordanian exports to Iraq", 850000000, "USD", "2024", "about"),
        F("Jordanian products exempted from Iraqi customs duties", 393, "products", "2019", "about"),
    ],
},
"s12_graphic_gha_civ.txt": {
    "document": D("2025-04-11", "Graphic Online", None, "Seth Amponsah",
                  "Ghana, Côte d'Ivoire agree joint patrols after customs seize cocoa at Elubo"),
    "people": [
        P(ABBEY, "GHA", "Chief Executive of the Ghana Cocoa Board"),
        P(KONE, "CIV", "Director-General"),
        P(MAHAMA, "GHA", "President"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2025-04-10", [ABBEY], [KONE, "CIV"], "Abidjan",
          "The agreement was reached in Abidjan yesterday at a meeting between the Chief Executive of the Ghana Cocoa Board (COCOBOD), Randy Abbey"),
        E(["AGREE"], [], "2025-04-10", [ABBEY, KONE, "GHA", "CIV"], [], "Abidjan",
          "Ghana and Côte d'Ivoire have agreed to set up joint patrols along their common border ... The two sides also agreed to share information on the movement of beans"),
        E(["COERCE"], ["seize"], "2025-04-09", ["GHA"], [], "Elubo",
          "The Customs Division of the Ghana Revenue Authority (GRA) seized the six trucks, carrying 2,400 bags of cocoa beans, at Elubo"),
        E(["SUPPORT"], [], "2018-03", ["GHA", "CIV"], [], None,
          "In March 2018, they signed the Abidjan Declaration"),
    ],
    "quotes": [
        Q(ABBEY, "Every bag that leaves this country through the bush is a bag our farmers were paid for with money this country borrowed. We will not accept it, and our neighbours have told us they will not accept it either,"),
        Q(KONE, "Smuggling distorts the figures of both countries and weakens our common position in the market. Côte d'Ivoire will work with Ghana as one team,"),
    ],
    "proposals": [],
    "figures": [
        F("trucks of cocoa seized at Elubo", 6, "trucks", "2025-04-09", "exact"),
        F("bags of cocoa beans seized at Elubo", 2400, "bags", "2025-04-09", "exact"),
        F("Ghanaian cocoa smuggled to neighbouring countries in the 2023/24 season", 150000, "tonnes", None, "about"),
        F("Ghana's cocoa farm-gate price per bag", 3228.75, "GHS", "2025-02", "exact"),
        F("Ghana and Côte d'Ivoire's share of world cocoa production", 60, "percent", None, "about"),
        F("Living Income Differential per tonne", 400, "USD", "2019", "exact"),
        F("Ghana's expected cocoa production this season", 600000, "tonnes", None, "about"),
    ],
},
}
