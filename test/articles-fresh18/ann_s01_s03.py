from ann_helpers import D, P, E, Q, PR, F

# New governments and first contacts in the week of 8-14 July 2024: the new British government and Dublin,
# the new Dutch foreign minister in Brussels, Modi's first visit to Vienna after his third-term start.
# s01: The Irish Times, Tuesday 9 July 2024
BENN, STARMER, MARTIN, HARRIS = "Hilary Benn", "Keir Starmer", "Micheál Martin", "Simon Harris"
# s02: NL Times, Monday 8 July 2024
VELDKAMP, LAHBIB, DEMOOR, SCHOOF, DECROO = ("Caspar Veldkamp", "Hadja Lahbib", "Nicole de Moor", "Dick Schoof",
                                            "Alexander De Croo")
# s03: The Tribune, Thursday 11 July 2024
MODI, NEHAMMER, PUTIN, VDB, GANDHI, ZELENSKY, KWATRA = ("Narendra Modi", "Karl Nehammer", "Vladimir Putin",
                                                       "Alexander Van der Bellen", "Indira Gandhi",
                                                       "Volodymyr Zelensky", "Vinay Kwatra")

ANN = {
"s01_irishtimes_irl_gbr.txt": {
    "document": D("2024-07-09", "The Irish Times", None, "Aoife Brennan",
                  "Benn promises to scrap legacy Act on first Dublin visit as Northern Secretary"),
    "people": [
        P(BENN, "GBR", "Secretary of State for Northern Ireland"),
        P(STARMER, "GBR", "Prime Minister"),
        P(MARTIN, "IRL", "Tánaiste", "Minister for Foreign Affairs"),
        P(HARRIS, "IRL", "Taoiseach"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2024-07-08", [BENN], [MARTIN, "IRL"], "Dublin",
          "held talks lasting about 90 minutes with Tánaiste and Minister for Foreign Affairs Micheál Martin at Iveagh House"),
        E(["CONCEDE", "AGREE"], [], "2024-07-08", [BENN, "GBR"], ["IRL"], "Dublin",
          "told the Government on Monday that Labour would repeal and replace the Northern Ireland Troubles (Legacy and Reconciliation) Act"),
        E(["AGREE"], [], "2024-07-08", [BENN, MARTIN, "GBR", "IRL"], [], "Dublin",
          "The two men agreed to convene the British-Irish Intergovernmental Conference in London before the end of October"),
        E(["ACCUSE"], ["allege"], "2023-12", ["IRL"], ["GBR"], "Strasbourg",
          "Dublin lodged its challenge in Strasbourg in December 2023"),
        E(["ACCUSE"], ["allege"], "1971", ["IRL"], ["GBR"], None,
          "the first inter-state case Ireland had taken against Britain since 1971, when it challenged the treatment of internees"),
        E(["CONSULT"], ["phone"], "2024-07-05", [HARRIS, STARMER], [], None,
          "Taoiseach Simon Harris spoke to Mr Starmer by phone on Friday evening"),
        E(["AGREE"], [], "2024-07-05", [HARRIS, STARMER], [], None,
          "The two agreed to hold their first bilateral meeting on the margins of the European Political Community summit at Blenheim Palace"),
    ],
    "quotes": [
        Q(MARTIN, "We have had our differences with London on legacy, and we were prepared to take them all the way to Strasbourg. What I heard today was a British minister telling me the Act will go. That is a very different conversation,"),
        Q(BENN, "Families on both sides of the Border were failed by that law. We will not ask them to wait a day longer than they must,"),
    ],
    "proposals": [],
    "figures": [
        F("people killed during the Troubles", 3500, "people", None, "over"),
        F("families still waiting for an investigation to conclude", 1200, "families", None, "about"),
        F("trade in goods and services between Ireland and Britain", 100000000000, "EUR", "2023", "over"),
    ],
},
"s02_nltimes_nld_bel.txt": {
    "document": D("2024-07-08", "NL Times", None, "Janneke Vos",
                  "Veldkamp chooses Brussels for first trip as foreign minister amid Belgian unease over asylum plans"),
    "people": [
        P(VELDKAMP, "NLD", "Minister of Foreign Affairs"),
        P(LAHBIB, "BEL"),
        P(DEMOOR, "BEL", "State Secretary for Asylum and Migration"),
        P(SCHOOF, "NLD", "Prime Minister"),
        P(DECROO, "BEL", "Prime Minister"),
    ],
    "events": [
        E(["CONSULT"], ["visit"], "2024-07-08", [VELDKAMP], [LAHBIB, "BEL"], "Brussels",
          "At the Egmont Palace he held talks with his Belgian counterpart Hadja Lahbib"),
        E(["SUPPORT"], [], "2024-07-08", [VELDKAMP, LAHBIB, "NLD", "BEL"], [], "Brussels",
          "The ministers signed a joint declaration under which customs officers and police from Rotterdam and Antwerp will share intelligence"),
        E(["AGREE"], [], "2024-07-08", [LAHBIB], [VELDKAMP, "NLD"], "Brussels",
          "Lahbib also accepted an invitation to come to The Hague in September"),
        E(["ACCUSE"], ["disapprove"], "2024-07-05", [DEMOOR, "BEL"], ["NLD"], None,
          "Nicole de Moor, publicly criticized the new Dutch cabinet's plan to seek an opt-out from the European Union's migration pact"),
        E(["CONSULT"], ["phone"], "2024-07-03", [SCHOOF, DECROO], [], None,
          "Prime Minister Dick Schoof had already spoken by phone with Belgian Prime Minister Alexander De Croo on Wednesday"),
        E(["SUPPORT"], [], "2016-11", ["BEL", "NLD"], [], None,
          "Belgium and the Netherlands last redrew their common border in a treaty signed in November 2016"),
        E(["SUPPORT"], [], "2005", ["BEL", "NLD"], [], None,
          "In 2005 they signed the treaties that allowed the deepening of the Western Scheldt"),
    ],
    "quotes": [
        Q(VELDKAMP, "Criminal networks do not stop at the border between Zeeland and Flanders, so neither can we. Antwerp and Rotterdam are really one port when it comes to cocaine,"),
        Q(LAHBIB, "We are friends, and friends tell each other the truth. A Europe where every country picks the rules it likes is a Europe that no longer works,"),
        Q(VELDKAMP, "within the European framework,"),
    ],
    "proposals": [],
    "figures": [
        F("cocaine seized by Belgian customs in Antwerp", 116, "tonnes", "2023", "exact"),
        F("cocaine intercepted by Dutch authorities in Rotterdam", 60, "tonnes", "2023", "under"),
        F("Dutch exports of goods to Belgium", 95000000000, "EUR", "2023", "about"),
    ],
},
"s03_tribune_ind_aut.txt": {
    "document": D("2024-07-11", "The Tribune", "Vienna", None,
                  "India, Austria raise ties to 'enhanced partnership' as Modi makes first PM visit in 41 years"),
    "people": [
        P(MODI, "IND", "Prime Minister"),
        P(NEHAMMER, "AUT", "Chancellor"),
        P(PUTIN, "RUS", "President"),
        P(VDB, "AUT", "Federal President"),
        P(GANDHI, "IND"),
        P(ZELENSKY, "UKR", "President"),
        P(KWATRA, "IND", "Foreign Secretary"),
    ],
    "events": [
        E(["SUPPORT"], [], "2024-07-10", [MODI, NEHAMMER, "IND", "AUT"], [], "Vienna",
          "on Wednesday decided to raise the relationship between the two countries to an enhanced partnership"),
        E(["CONSULT"], ["visit"], "2024-07-10", [MODI], [NEHAMMER, "AUT"], "Vienna",
          "After delegation-level talks at the Federal Chancellery on Wednesday"),
        E(["CONSULT"], ["visit"], "2024-07-09", [MODI], [NEHAMMER, "AUT"], "Vienna",
          "He arrived on Tuesday evening from Moscow ... Nehammer hosted him at a private dinner the same night"),
        E(["CONSULT"], ["visit"], "2024-07-10", [MODI], [VDB, "AUT"], "Vienna",
          "Modi also called on Federal President Alexander Van der Bellen at the Hofburg"),
        E(["AGREE"], [], "2024-07-10", [NEHAMMER], [MODI, "IND"], "Vienna",
          "Modi invited Nehammer to visit India, and the Chancellor accepted"),
        E(["CONSULT"], ["visit"], "2024-07-09", [MODI], [PUTIN, "RUS"], "Moscow",
          "from Moscow, where he had held his annual summit with President Vladimir Putin earlier in the day"),
        E(["CONSULT"], ["visit"], "1983", [GANDHI], ["AUT"], "Vienna",
          "Indira Gandhi travelled to Vienna in 1983"),
        E(["SUPPORT"], [], "1949", ["IND", "AUT"], [], None,
          "The two countries established diplomatic relations in 1949"),
        E(["SUPPORT"], [], "2023", ["IND", "AUT"], [], None,
          "In 2023 they signed a migration and mobility partnership agreement"),
        E(["ASSAULT"], [], "2024-07-08", ["RUS"], ["UKR"], "Kyiv",
          "a Russian missile hit a children's hospital in the Ukrainian capital"),
        E(["ACCUSE"], ["disapprove"], "2024-07-08", [ZELENSKY, "UKR"], [MODI, "IND"], None,
          "President Volodymyr Zelensky said it was a severe blow to peace efforts to see the leader of the world's largest democracy embrace Putin in Moscow"),
    ],
    "quotes": [
        Q(MODI, "Austria is small in size but large in engineering and innovation. India offers scale and talent. Put those together and you have a partnership that can do a lot for the world,"),
        Q(NEHAMMER, "Austria is neutral, but it is not indifferent. We told each other frankly where we stand,"),
    ],
    "proposals": [],
    "figures": [
        F("India-Austria bilateral trade", 2900000000, "EUR", "2023", "about"),
        F("Austrian companies active in India", 150, "companies", None, "over"),
        F("people of Indian origin living in Austria", 31000, "people", None, "about"),
    ],
},
}
