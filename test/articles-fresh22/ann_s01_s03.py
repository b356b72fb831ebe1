from ann_helpers import D, P, E, Q, PR, F

# Parliaments, parties, regions and cities in the week of 16-22 May 2022: Ticino's Grand Council and
# Italy, Tsikhanouskaya in Lisbon, the Sabor's refusal of the 1999 border treaty with Bosnia and Herzegovina.
# s01: Le News, Monday 16 May 2022
GOBBI, FONTANA, CIRIO, CASSIS, DIMAIO = "Norman Gobbi", "Attilio Fontana", "Alberto Cirio", "Ignazio Cassis", "Luigi Di Maio"
# s02: The Portugal News, Monday 16 May 2022
TSIK, SANTOS, CRAV, GLAZ, LUKA = ("Sviatlana Tsikhanouskaya", "Augusto Santos Silva", "João Gomes Cravinho",
                                  "Anatoly Glaz", "Alexander Lukashenko")
# s03: Sarajevo Times, Tuesday 17 May 2022
TUDJ, IZET, DZAF, GRLIC = "Franjo Tuđman", "Alija Izetbegović", "Šefik Džaferović", "Gordan Grlić Radman"

ANN = {
"s01_lenews_che_ita.txt": {
    "document": D("2022-05-16", "Le News", None, None,
                  "Ticino parliament tells Rome to ratify frontier-worker tax deal, warns of frozen payments"),
    "people": [
        P(GOBBI, "CHE", "State Councillor"),
        P(FONTANA, "ITA", "President of Lombardy"),
        P(CIRIO, "ITA", "President of Piedmont"),
        P(CASSIS, "CHE", "foreign minister"),
        P(DIMAIO, "ITA"),
    ],
    "events": [
        E(["ACCUSE", "REQUEST"], ["disapprove"], "2022-05-16", ["CHE"], ["ITA"], "Bellinzona",
          "on Monday adopted a resolution that condemns Italy's delay in ratifying the new tax agreement on cross-border commuters and calls on the Italian parliament to put it to a vote before the summer break"),
        E(["SUPPORT"], [], "2020-12", ["CHE", "ITA"], [], "Rome",
          "The agreement was signed in Rome in December 2020"),
        E(["REQUEST"], [], "2022-05", [GOBBI, "CHE"], [FONTANA, CIRIO, "ITA"], None,
          "wrote last week to Attilio Fontana, the President of Lombardy, and to Alberto Cirio, the President of Piedmont, asking them to press their own government"),
        E(["THREATEN"], [], "2022-05-16", [GOBBI, "CHE"], ["ITA"], "Bellinzona",
          "the canton could once again hold back part of the money it sends south"),
        E(["SANCTION"], ["discontinue"], "2011", ["CHE"], ["ITA"], None,
          "Ticino did exactly that in 2011, when the cantonal government froze half of the annual transfer"),
        E(["REJECT", "ACCUSE"], ["disapprove"], "2022-05-13", [FONTANA, "ITA"], ["CHE"], "Milan",
          "Fontana rejected the tone of the resolution on Friday, before the vote"),
        E(["CONSULT"], ["phone"], "2022-04", [CASSIS, DIMAIO], [], None,
          "had raised the timetable with his Italian counterpart Luigi Di Maio in a telephone call in April"),
    ],
    "quotes": [
        Q(GOBBI, "Our patience is not infinite. If the agreement is still in a drawer at Christmas, the canton could once again hold back part of the money it sends south,"),
        Q(FONTANA, "The 77,000 people who cross the border every morning are not a bargaining chip between Bellinzona and Rome,"),
    ],
    "proposals": [],
    "figures": [
        F("Grand Council votes for the resolution", 62, "votes", "2022-05-16", "exact"),
        F("Grand Council votes against the resolution", 11, "votes", "2022-05-16", "exact"),
        F("share of tax withheld from frontier workers passed to Italian border communes", 38.8, "percent", None, "exact"),
        F("tax share passed by Ticino to Italian border communes", 89000000, "CHF", "2021", "about"),
        F("people crossing the border into Ticino every morning", 77000, "people", None, "exact"),
        F("rise in frontier workers employed in Ticino in ten years", 30, "percent", None, "about"),
    ],
},
"s02_portugalnews_blr_prt.txt": {
    "document": D("2022-05-16", "The Portugal News", None, "Rui Tavares Mendes",
                  "Tsikhanouskaya in Lisbon as parliament condemns Minsk"),
    "people": [
        P(TSIK, "BLR", "opposition leader"),
        P(SANTOS, "PRT", "President"),
        P(CRAV, "PRT", "Foreign Minister"),
        P(GLAZ, "BLR", "spokesman of the Belarusian foreign ministry"),
        P(LUKA, "BLR"),
    ],
    "events": [
        E(["ACCUSE", "REQUEST"], ["disapprove", "yield"], "2022-05-12", ["PRT"], ["BLR"], None,
          "The resolution, approved on Thursday by 181 votes with the Communist Party voting against, calls on the Belarusian authorities to release all political prisoners"),
        E(["CONSULT"], ["visit"], "2022-05-13", [TSIK], [SANTOS, "PRT"], "Lisbon",
          "was received on Friday at the Assembly of the Republic by its President, Augusto Santos Silva"),
        E(["AGREE"], [], "2022-05-13", [SANTOS, "PRT"], [TSIK], "Lisbon",
          "Santos Silva told his guest that Portugal would create a parliamentary group for democratic Belarus"),
        E(["CONSULT"], ["visit"], "2022-05-13", [TSIK], [CRAV, "PRT"], "Lisbon",
          "Tsikhanouskaya later met Foreign Minister João Gomes Cravinho at the Palácio das Necessidades"),
        E(["AGREE"], [], "2022-05-13", ["PRT"], ["BLR"], "Lisbon",
          "Portugal would issue humanitarian visas to Belarusian students expelled from their universities for political reasons"),
        E(["ACCUSE"], ["disapprove"], "2022-05-14", [GLAZ, "BLR"], ["PRT"], None,
          "described the resolution as interference in the internal affairs of a sovereign state and accused Lisbon"),
        E(["CONSULT"], ["visit"], "2021", [TSIK], ["PRT"], None,
          "last visited Portugal in 2021"),
    ],
    "quotes": [
        Q(SANTOS, "Portugal knows what it is to live under a dictatorship and what it means when the world does not forget you,"),
        Q(TSIK, "Lukashenko has given his territory to the Kremlin as a launch pad. He does not speak for the Belarusian people,"),
        Q(GLAZ, "hosting people who call for sanctions against their own country"),
    ],
    "proposals": [
        PR(TSIK, 1, "recognise the Belarusian democratic forces as a partner in any talks on the country's future"),
        PR(TSIK, 2, "extend sanctions to the Belarusian firms that supply Russian forces"),
        PR(TSIK, 3, "keep the door open to Belarusian students and workers who are fleeing repression"),
    ],
    "figures": [
        F("votes for the resolution on Belarus", 181, "votes", "2022-05-12", "exact"),
        F("political prisoners in Belarus", 1100, "people", None, "over"),
        F("humanitarian visa places for Belarusian students in the next academic year", 40, "places", None, "exact"),
    ],
},
"s03_sarajevotimes_bih_hrv.txt": {
    "document": D("2022-05-17", "Sarajevo Times", "Sarajevo", None,
                  "Sabor committee again refuses to ratify 1999 border treaty; House of Representatives calls on Zagreb to act"),
    "people": [
        P(TUDJ, "HRV", "president"),
        P(IZET, "BIH", "president"),
        P(DZAF, "BIH", "member of the Presidency"),
        P(GRLIC, "HRV", "Foreign Minister"),
    ],
    "events": [
        E(["REQUEST"], [], "2022-05-16", ["BIH"], ["HRV"], "Sarajevo",
          "adopted a conclusion on Monday calling on the Croatian Parliament to ratify the state border treaty"),
        E(["REJECT"], [], "2022-05-12", ["HRV"], ["BIH"], None,
          "which refused to put the treaty on the agenda of the plenary"),
        E(["SUPPORT"], [], "1999-07", [TUDJ, IZET, "HRV", "BIH"], [], "Sarajevo",
          "The treaty was signed in Sarajevo in July 1999 by the then presidents Franjo Tuđman and Alija Izetbegović"),
        E(["ACCUSE"], ["disapprove"], "2022-05-13", [DZAF, "BIH"], ["HRV"], None,
          "criticised the Sabor committee on Friday"),
        E(["AGREE"], [], "2022-05-16", [GRLIC, "HRV"], ["BIH"], None,
          "was ready to resume the work of the joint commission on the border as soon as Sarajevo named its members"),
        E(["ACCUSE"], ["disapprove"], "2022-05-16", [GRLIC, "HRV"], ["BIH"], None,
          "He called the conclusion a piece of pre-election theatre"),
        E(["CONSULT"], ["visit"], "2022-05-11", ["HRV"], ["BIH"], "Mostar",
          "A delegation of the Sabor's friendship group with Bosnia and Herzegovina visited Mostar last Wednesday"),
        E(["AGREE"], [], "2022-05-11", ["HRV", "BIH"], [], "Mostar",
          "both sides had agreed to set up a working group on cross-border ambulances"),
    ],
    "quotes": [
        Q(DZAF, "A neighbour that asks us every week to change our election law should first put its own signature into force,"),
    ],
    "proposals": [],
    "figures": [
        F("length of the Bosnia and Herzegovina-Croatia land border", 1011, "kilometers", None, "exact"),
        F("votes in favour of the conclusion in the House of Representatives", 23, "votes", "2022-05-16", "exact"),
        F("votes against the conclusion in the House of Representatives", 9, "votes", "2022-05-16", "exact"),
    ],
},
}
