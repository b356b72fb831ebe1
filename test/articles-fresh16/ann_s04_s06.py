from ann_helpers import D, P, E, Q, PR, F

# Economic statecraft in the week of 7-13 April 2025: the three stories with the United States as one of the main
# pair. A small country removes its duties on US goods, Canada's counter-tariffs on US vehicles come into force, and
# the country hit hardest by the "reciprocal" tariffs weighs the 90-day pause, with a three-part plan.
# s04: NewsDay, Thursday 10 April 2025
NCUBE, MNANGAGWA, TRUMP, MURWIRA, GUMBO, AUXILLIA = ("Mthuli Ncube", "Emmerson Mnangagwa", "Donald Trump",
                                                    "Amon Murwira", "Tapiwa Gumbo", "Auxillia Mnangagwa")
# s05: CBC News, Wednesday 9 April 2025
CARNEY, CHAMPAGNE, FORD = "Mark Carney", "François-Philippe Champagne", "Doug Ford"
# s06: Lesotho Times, Thursday 10 April 2025
SHELILE, MATEKANE, MPOTJOANE = "Mokhethi Shelile", "Sam Matekane", "Lejone Mpotjoane"

ANN = {
"s04_newsday_zwe_usa.txt": {
    "document": D("2025-04-10", "NewsDay", None, "Rutendo Chikowore",
                  "Treasury gazettes removal of duties on US goods as Washington pauses 18% tariff"),
    "people": [
        P(NCUBE, "ZWE", "Finance minister"),
        P(MNANGAGWA, "ZWE", "President"),
        P(TRUMP, "USA", "President"),
        P(MURWIRA, "ZWE", "Foreign Affairs and International Trade minister"),
        P(GUMBO, "ZWE"),
        P(AUXILLIA, "ZWE"),
    ],
    "events": [
        E(["CONCEDE", "COOPERATE"], [], "2025-04-09", [NCUBE, "ZWE"], ["USA"], None,
          "GOVERNMENT has gazetted a statutory instrument that removes customs duties on goods originating from the United States ... The instrument took effect on Wednesday"),
        E(["CONCEDE"], [], "2025-04-05", [MNANGAGWA, "ZWE"], ["USA"], None,
          "In a post on X on Saturday, Mnangagwa said Zimbabwe would suspend all tariffs on US goods"),
        E(["CONCEDE"], [], "2025-04-09", [TRUMP, "USA"], ["ZWE"], None,
          "announced a 90-day pause on most of the new tariffs he imposed on trading partners last week"),
        E(["SANCTION"], ["discontinue"], "2025-04-02", ["USA"], ["ZWE"], None,
          "the 18% announced for the country on April 2"),
        E(["CONSULT"], [], "2025-04-08", [MURWIRA, "USA"], [], "Harare",
          "Foreign Affairs and International Trade minister Amon Murwira met the US charge d'affaires in Harare on Tuesday"),
        E(["CONCEDE"], [], "2024-03", ["USA"], ["ZWE"], None,
          "Washington ended its long-running sanctions programme on Zimbabwe in March last year"),
        E(["SANCTION"], ["discontinue"], "2024-03", ["USA"], [MNANGAGWA, AUXILLIA, "ZWE"], None,
          "imposed new targeted sanctions on Mnangagwa, his wife Auxillia and several senior officials"),
    ],
    "quotes": [
        Q(NCUBE, "We have removed our duties on American goods because we want more trade, not less. Our tobacco, our sugar and our minerals deserve a fair price in the American market,"),
        Q(GUMBO, "On paper it looks generous, but American goods make up a very small share of our imports. The real prize would be getting the remaining US sanctions lifted,"),
    ],
    "proposals": [],
    "figures": [
        F("length of the US tariff pause", 90, "days", "2025-04-09", "exact"),
        F("US baseline tariff on Zimbabwean goods under the pause", 10, "percent", None, "exact"),
        F("US tariff announced for Zimbabwe", 18, "percent", "2025-04-02", "exact"),
        F("Zimbabwe-US trade", 111600000, "USD", "2024", "about"),
        F("Zimbabwean tobacco sales in the 2024 marketing season", 1000000000, "USD", "2024", "over"),
        F("customs revenue lost a year from the suspension", 5000000, "USD", None, "under"),
    ],
},
"s05_cbc_can_usa.txt": {
    "document": D("2025-04-09", "CBC News", None, "Kate Mercer",
                  "Canada's 25% counter-tariffs on U.S. vehicles now in force"),
    "people": [
        P(CARNEY, "CAN", "prime minister"),
        P(TRUMP, "USA", "President"),
        P(CHAMPAGNE, "CAN", "Finance Minister"),
        P(FORD, "CAN", "Ontario Premier"),
    ],
    "events": [
        E(["SANCTION"], ["discontinue"], "2025-04-09", ["CAN"], ["USA"], None,
          "Canada's counter-tariffs on vehicles made in the United States came into force at 12:01 a.m. ET on Wednesday"),
        E(["SANCTION"], ["discontinue"], "2025-04-03", [TRUMP, "USA"], ["CAN"], None,
          "the 25 per cent tariff on foreign-made cars and light trucks that U.S. President Donald Trump put in place on April 3"),
        E(["SANCTION"], ["discontinue"], "2025-03-04", ["USA"], ["CAN"], None,
          "On March 4, Washington imposed 25 per cent tariffs on Canadian goods that fall outside CUSMA"),
        E(["SANCTION"], ["discontinue"], "2025-03-04", ["CAN"], ["USA"], None,
          "Ottawa answered the same day with tariffs on $30 billion worth of U.S. products"),
        E(["SANCTION"], ["discontinue"], "2025-03-12", ["USA"], ["CAN"], None,
          "After the U.S. put 25 per cent tariffs on Canadian steel and aluminum on March 12"),
        E(["SANCTION"], ["discontinue"], "2025-03-13", ["CAN"], ["USA"], None,
          "Canada hit back the next day with duties on another $29.8 billion worth of U.S. goods"),
        E(["CONSULT"], ["phone"], "2025-03-28", [CARNEY, TRUMP], [], None,
          "Carney and Trump spoke by phone on March 28"),
        E(["AGREE"], [], "2025-03-28", [CARNEY, TRUMP, "CAN", "USA"], [], None,
          "agreed to begin negotiations on a new economic and security relationship after the federal election"),
    ],
    "quotes": [
        Q(CARNEY, "The United States started this fight. We did not want it, but we will not stand by while our auto workers are made to pay for it,"),
        Q(CHAMPAGNE, "Every dollar this brings in will go back to the people who build cars in this country,"),
    ],
    "proposals": [],
    "figures": [
        F("Canadian counter-tariff on non-CUSMA U.S. vehicles", 25, "percent", "2025-04-09", "exact"),
        F("U.S. tariff on foreign-made cars and light trucks", 25, "percent", "2025-04-03", "exact"),
        F("Canadian vehicle imports from the U.S.", 35600000000, "CAD", "2024", "about"),
        F("expected annual revenue from the counter-tariffs", 8000000000, "CAD", None, "about"),
        F("U.S. products hit by Canada's first counter-tariffs", 30000000000, "CAD", "2025-03-04", "exact"),
        F("U.S. goods hit by Canada's second round of counter-tariffs", 29800000000, "CAD", "2025-03-13", "exact"),
        F("workers idled at Stellantis's Windsor plant", 3600, "people", None, "about"),
    ],
},
"s06_lesothotimes_lso_usa.txt": {
    "document": D("2025-04-10", "Lesotho Times", None, "Mohau Ramokoena",
                  "Tariff reprieve offers little comfort, says Shelile"),
    "people": [
        P(SHELILE, "LSO", "Trade, Industry and Business Development Minister"),
        P(TRUMP, "USA", "President"),
        P(MATEKANE, "LSO", "Prime Minister"),
        P(MPOTJOANE, "LSO", "Foreign Affairs Minister"),
    ],
    "events": [
        E(["CONCEDE"], [], "2025-04-09", [TRUMP, "USA"], ["LSO"], None,
          "the 90-day pause announced by United States President Donald Trump on Wednesday"),
        E(["SANCTION"], ["discontinue"], "2025-04-02", [TRUMP, "USA"], ["LSO"], None,
          "Lesotho was hit with a 50 percent tariff on its exports to the US when Mr Trump unveiled his list of so-called reciprocal tariffs on April 2"),
        E(["CONSULT"], [], "2025-04-07", [SHELILE, "USA"], [], "Maseru",
          "The minister met the US charge d'affaires in Maseru on Monday"),
        E(["REQUEST"], ["meet"], "2025-04-08", ["LSO"], ["USA"], None,
          "On Tuesday the Ministry of Foreign Affairs and International Relations sent a note to the US embassy requesting a telephone call"),
        E(["AGREE"], [], "2025-04", ["USA"], ["LSO"], None,
          "the embassy had agreed to arrange a meeting between a Basotho delegation and officials of the Office of the US Trade Representative"),
        E(["AGREE"], [], "2025-03", [MPOTJOANE, "LSO"], [TRUMP, "USA"], None,
          "Mr Mpotjoane had invited Mr Trump to visit Lesotho in March"),
    ],
    "quotes": [
        Q(SHELILE, "Ninety days is not a solution. It is a waiting room. Our factories cannot take orders for the American winter season when they do not know what the duty will be in July,"),
        Q(MPOTJOANE, "We are a small country, but we are not a country nobody has heard of. We want Washington to see the faces of the workers behind these numbers,"),
    ],
    "proposals": [
        PR(SHELILE, 1, "to negotiate with Washington for the return of duty-free access for Lesotho's garments under the African Growth and Opportunity Act"),
        PR(SHELILE, 2, "to move part of the factories' output to the European Union and to markets under the African Continental Free Trade Area"),
        PR(SHELILE, 3, "to ask the Southern African Customs Union for a common position before the pause expires"),
    ],
    "figures": [
        F("length of the US tariff pause", 90, "days", "2025-04-09", "exact"),
        F("US tariff on Lesotho's exports", 50, "percent", "2025-04-02", "exact"),
        F("US baseline tariff on Lesotho's goods under the pause", 10, "percent", None, "exact"),
        F("Lesotho's exports to the US", 237000000, "USD", "2024", "about"),
        F("US sales to Lesotho", 2800000, "USD", "2024", "about"),
        F("people employed in Lesotho's textile and clothing sector", 40000, "people", None, "about"),
        F("textile jobs that could be lost by the end of the year", 12000, "jobs", None, "under"),
    ],
},
}
