from ann_helpers import D, P, E, Q, PR, F

# News of the day with dated background.
# s11: Cyprus Mail, Saturday 20 September 2025
KOMBOS, RAJJI, CHRISTODOULIDES, AOUN = "Constantinos Kombos", "Youssef Rajji", "Nikos Christodoulides", "Joseph Aoun"
# s12: Hürriyet Daily News, Friday 19 September 2025
KILIC, RUBINYAN, ERDOGAN, PASHINYAN, MIRZOYAN, CAVUSOGLU, FIDAN = (
    "Serdar Kılıç", "Ruben Rubinyan", "Recep Tayyip Erdoğan", "Nikol Pashinyan", "Ararat Mirzoyan",
    "Mevlüt Çavuşoğlu", "Hakan Fidan")

ANN = {
"s11_cyprusmail_cyp_lbn.txt": {
    "document": D("2025-09-20", "Cyprus Mail", None, "Elias Hadjichristou",
                  "Cyprus and Lebanon to set up committee to finalise sea border deal"),
    "people": [
        P(KOMBOS, "CYP", "Foreign Minister"),
        P(RAJJI, "LBN"),
        P(CHRISTODOULIDES, "CYP", "President"),
        P(AOUN, "LBN", "President"),
    ],
    "events": [
        E(["AGREE"], [], "2025-09-19", ["CYP", "LBN"], [], "Nicosia",
          "Cyprus and Lebanon agreed on Friday to set up a joint technical committee"),
        E(["CONSULT"], ["visit"], "2025-09-19", [RAJJI], [KOMBOS], "Nicosia",
          "talks in Nicosia between Foreign Minister Constantinos Kombos and his Lebanese counterpart Youssef Rajji"),
        E(["CONSULT"], ["visit"], "2025-09-18", [RAJJI], ["CYP"], None,
          "who arrived on the island on Thursday evening for a two-day visit"),
        E(["CONSULT"], ["visit"], "2025-09-19", [RAJJI], [CHRISTODOULIDES], "Nicosia",
          "Rajji was received by President Nikos Christodoulides at the presidential palace"),
        E(["AGREE"], [], "2025-09-19", [AOUN, "LBN"], [CHRISTODOULIDES], "Nicosia",
          "The president accepted an invitation from Lebanese President Joseph Aoun, conveyed by Rajji, to visit Beirut"),
        E(["SUPPORT"], [], "2007-01", ["CYP", "LBN"], [], None,
          "Cyprus and Lebanon signed an agreement on the delimitation of their exclusive economic zones in January 2007"),
        E(["SUPPORT"], [], "2010-12", ["CYP", "ISR"], [], None,
          "In December 2010 Cyprus signed its own delimitation agreement with Israel"),
        E(["ACCUSE"], ["disapprove"], "2011", ["LBN"], ["CYP", "ISR"], None,
          "in 2011 Beirut wrote to the United Nations to protest"),
        E(["SUPPORT"], [], "2022-10", ["LBN", "ISR"], [], None,
          "Lebanon and Israel reached a US-mediated maritime agreement in October 2022"),
        E(["CONSULT"], ["visit"], "2024-05-02", [CHRISTODOULIDES], ["LBN"], "Beirut",
          "On May 2, 2024, Christodoulides travelled to Beirut"),
    ],
    "quotes": [
        Q(KOMBOS, "We have a neighbour that is rebuilding its state, and we want to be the first to help it. A clear maritime border is good for Lebanon, good for Cyprus and good for the whole region,"),
        Q(RAJJI, "Lebanon has lost too much time. We want to sign, to ratify and to start exploring our waters,"),
    ],
    "proposals": [],
    "figures": [
        F("EU aid package for Lebanon announced in Beirut", 1000000000, "EUR", "2024-05-02", "exact"),
    ],
},
"s12_hurriyet_tur_arm.txt": {
    "document": D("2025-09-19", "Hürriyet Daily News", "Ankara", None,
                  "Turkish, Armenian envoys meet at border, agree to open Alican crossing to diplomats"),
    "people": [
        P(KILIC, "TUR", "special envoy"),
        P(RUBINYAN, "ARM", "special envoy"),
        P(ERDOGAN, "TUR", "President"),
        P(PASHINYAN, "ARM", "Prime Minister"),
        P(MIRZOYAN, "ARM", "Foreign Minister"),
        P(CAVUSOGLU, "TUR"),
        P(FIDAN, "TUR", "Foreign Minister"),
    ],
    "events": [
        E(["CONSULT"], [], "2025-09-18", [KILIC, RUBINYAN], [], "Alican-Margara border crossing",
          "Serdar Kılıç and Ruben Rubinyan, met on Sept. 18 at the Alican-Margara border crossing"),
        E(["AGREE"], [], "2025-09-18", [KILIC, RUBINYAN, "TUR", "ARM"], [], "Alican-Margara border crossing",
          "agreed to open the gate to holders of diplomatic passports as a first step"),
        E(["AGREE"], [], "2025-09-18", [KILIC, RUBINYAN, "TUR", "ARM"], [], "Alican-Margara border crossing",
          "the envoys also agreed to speed up technical work"),
        E(["CONSULT"], ["visit"], "2025-06-20", [PASHINYAN], [ERDOGAN], "Istanbul",
          "President Recep Tayyip Erdoğan received Armenian Prime Minister Nikol Pashinyan at the Dolmabahçe Palace in Istanbul"),
        E(["SUPPORT", "AGREE"], [], "2021-12", ["TUR", "ARM"], [], None,
          "The envoys were appointed in December 2021"),
        E(["CONSULT"], ["third-party"], "2022-01-14", [KILIC, RUBINYAN], [], "Moscow",
          "held their first meeting in Moscow on Jan. 14, 2022"),
        E(["COOPERATE"], [], "2022-02-02", ["TUR", "ARM"], [], None,
          "Charter flights between Istanbul and Yerevan resumed on Feb. 2 of that year"),
        E(["CONSULT"], ["third-party"], "2022-07-01", [KILIC, RUBINYAN], [], "Vienna",
          "at a meeting in Vienna on July 1, 2022"),
        E(["AGREE"], [], "2022-07-01", [KILIC, RUBINYAN, "TUR", "ARM"], [], "Vienna",
          "the envoys agreed to open the land border to citizens of third countries"),
        E(["RETREAT"], ["access"], "2023-02", ["TUR"], ["ARM"], None,
          "The crossing was briefly opened in February 2023"),
        E(["AID"], [], "2023-02", ["ARM"], ["TUR"], None,
          "Armenian trucks carrying humanitarian aid crossed into Türkiye after the earthquakes"),
        E(["CONSULT"], ["visit"], "2023-02-15", [MIRZOYAN], [CAVUSOGLU], "Ankara",
          "Armenian Foreign Minister Ararat Mirzoyan visited Ankara"),
        E(["SUPPORT"], [], "2009-10", ["TUR", "ARM"], [], "Zurich",
          "In October 2009 the two countries signed protocols in Zurich"),
        E(["SANCTION", "REJECT"], [], "2018", ["ARM"], ["TUR"], None,
          "Armenia formally withdrew its signature in 2018"),
    ],
    "quotes": [
        Q(RUBINYAN, "Today's step is small, but it is the first one taken on the border itself,"),
        Q(FIDAN, "as soon as possible,"),
        Q(FIDAN, "a new page for the whole region."),
    ],
    "proposals": [],
    "figures": [],
}
}
