from ann_helpers import D, P, E, Q, PR, F

# A closed border and detained traders, deportations and a border shooting, structures in a shared sea.
# s10: Benin Web TV (COTONOU lead), Friday 9 May 2025
HOUNGBEDJI, ZEINE, BAKARI, TIANI, TALON = ("Wilfried Léandre Houngbédji", "Ali Mahaman Lamine Zeine",
                                           "Olushegun Adjadi Bakari", "Abdourahamane Tiani", "Patrice Talon")
# s11: TOLOnews (KABUL lead), Saturday 10 May 2025
BIKDELI, BALKHI, KABIR, GUL = "Alireza Bikdeli", "Abdul Qahar Balkhi", "Abdul Kabir", "Gul Ahmad"
# s12: The Korea Times, Friday 9 May 2025
KANG_YS, LIN, KANG_DH = "Kang Young-shin", "Lin Jian", "Kang Do-hyung"

ANN = {
"s10_beninwebtv_ben_ner.txt": {
    "document": D("2025-05-09", "Benin Web TV", "Cotonou", "Codjo Hounkpatin-Adéchi",
                  "Benin rejects Niamey's accusations as four traders are freed on the Niger river"),
    "people": [
        P(HOUNGBEDJI, "BEN", "Government spokesman"),
        P(ZEINE, "NER", "Prime Minister"),
        P(BAKARI, "BEN", "Foreign Minister"),
        P(TIANI, "NER"),
        P(TALON, "BEN", "President"),
    ],
    "events": [
        E(["REJECT"], [], "2025-05-07", [HOUNGBEDJI, "BEN"], ["NER"], "Cotonou",
          "The Beninese government on Wednesday rejected renewed accusations from Niger's military authorities"),
        E(["COERCE"], ["arrest"], "2025-05-06", ["NER"], ["BEN"], "Gaya",
          "a day after Nigerien soldiers detained four Beninese traders on the Niger river near Gaya"),
        E(["ACCUSE"], ["allege"], "2025-05-04", [ZEINE, "NER"], ["BEN"], None,
          "had repeated the accusation on Sunday in an interview with national television"),
        E(["RETREAT"], ["release"], "2025-05-08", ["NER"], ["BEN"], "Malanville",
          "They were handed back to Beninese gendarmes at Malanville on Thursday afternoon"),
        E(["REQUEST", "AGREE"], ["meet"], "2025-05-05", ["BEN"], ["NER"], None,
          "Cotonou had sent a note verbale to Niamey on Monday proposing a meeting of the joint border commission"),
        E(["SANCTION"], ["discontinue"], "2023-08", ["BEN"], ["NER"], None,
          "Benin shut its side in August 2023 in line with ECOWAS sanctions"),
        E(["RETREAT", "CONCEDE"], [], "2024-02", ["BEN"], ["NER"], None,
          "reopened it after the regional bloc lifted them in February 2024"),
        E(["COERCE"], ["arrest"], "2024-06", ["BEN"], ["NER"], "Sèmè",
          "In June 2024, Beninese police arrested five Nigerien employees of the pipeline company at the Sèmè terminal"),
        E(["SANCTION"], ["discontinue"], "2024-06", ["NER"], ["BEN"], None,
          "Niamey responded by shutting the pipeline that carries its crude to the coast"),
    ],
    "quotes": [
        Q(HOUNGBEDJI, "Benin has nothing to hide. Our door is open to anyone who wants to come and see for themselves, including the Nigerien authorities,"),
        Q(BAKARI, "We do not ask Niger for favours. We ask that two neighbouring peoples be allowed to trade again,"),
    ],
    "proposals": [],
    "figures": [
        F("Beninese traders detained on the Niger river", 4, "people", "2025-05-06", "exact"),
        F("Nigerien pipeline employees arrested at Sèmè", 5, "people", "2024-06", "exact"),
        F("share of Niger's imports passing through Cotonou before the coup", 80, "percent", None, "about"),
    ],
},
"s11_tolonews_afg_irn.txt": {
    "document": D("2025-05-10", "TOLOnews", "Kabul", "Nazir Ahmad Safi-Wardak",
                  "IEA Summons Iranian Envoy After Border Shooting; Tehran Denies Targeting Migrants"),
    "people": [
        P(BIKDELI, "IRN", "ambassador in Kabul"),
        P(BALKHI, "AFG", "spokesman for the Ministry of Foreign Affairs"),
        P(KABIR, "AFG", "minister of refugees and repatriation"),
        P(GUL, "AFG"),
    ],
    "events": [
        E(["ACCUSE"], ["disapprove"], "2025-05-08", ["AFG"], [BIKDELI, "IRN"], "Kabul",
          "summoned Iran's ambassador in Kabul, Alireza Bikdeli, on Thursday to protest the killing of two Afghan migrants"),
        E(["ASSAULT"], ["firearms"], "2025-05-07", ["IRN"], ["AFG"], "Chahar Burjak",
          "the two men were shot on Wednesday night while trying to cross into Iran near the Chahar Burjak district"),
        E(["REJECT"], [], "2025-05-08", ["IRN"], ["AFG"], None,
          "Iran's border guard command said on Thursday that its forces had fired only at armed smugglers"),
        E(["COERCE"], ["deport"], "2025-05-09", ["IRN"], ["AFG"], "Islam Qala",
          "On Friday alone, about 6,000 Afghans were deported through the Islam Qala and Milak crossings"),
        E(["CONSULT"], [], "2025-05-05", ["AFG", "IRN"], [], "Islam Qala",
          "On Monday, officials of the two countries met at the Islam Qala crossing in Herat"),
        E(["AGREE"], [], "2025-05-05", ["AFG", "IRN"], [], "Islam Qala",
          "agreed to open a second reception point to reduce crowding"),
        E(["ASSAULT"], ["firearms"], "2023-05", ["IRN", "AFG"], [], "Nimroz",
          "In May 2023, border forces of the two sides exchanged fire in Nimroz"),
    ],
    "quotes": [
        Q(BALKHI, "The lives of Afghans are not cheap. We have asked the Iranian side to investigate this incident seriously and to punish those responsible,"),
        Q(KABIR, "Iran has been a good neighbour for many years, but returns must be gradual and dignified. People are arriving with nothing,"),
        Q(GUL, "They took my phone and my wages and put us on a bus. My children are still in Mashhad,"),
    ],
    "proposals": [
        PR(KABIR, 1, "to let families with children in school stay until the end of the school year"),
        PR(KABIR, 2, "to allow deportees to recover unpaid wages through their employers"),
        PR(KABIR, 3, "to register returnees jointly before they cross"),
    ],
    "figures": [
        F("Afghan migrants killed by Iranian border guards", 2, "people", "2025-05-07", "exact"),
        F("Afghan migrants wounded", 3, "people", "2025-05-07", "exact"),
        F("Afghans deported from Iran in one day", 6000, "people", "2025-05-09", "about"),
        F("Afghans returned from Iran since the start of the year", 400000, "people", "2025", "over"),
        F("Afghans living in Iran", 6000000, "people", None, "under"),
        F("guards killed in the 2023 exchange of fire", 3, "people", "2023-05", "over"),
    ],
},
"s12_koreatimes_kor_chn.txt": {
    "document": D("2025-05-09", "The Korea Times", None, "Yoon Ha-jin",
                  "Seoul lodges protest over new Chinese buoys in Yellow Sea joint zone; Beijing says they are for fish farming"),
    "people": [
        P(KANG_YS, "KOR", "director-general for Northeast and Central Asian affairs"),
        P(LIN, "CHN", "foreign ministry spokesman"),
        P(KANG_DH, "KOR", "Oceans and Fisheries Minister"),
    ],
    "events": [
        E(["ACCUSE", "REQUEST"], ["disapprove", "change"], "2025-05-08", [KANG_YS, "KOR"], ["CHN"], "Seoul",
          "Korea's foreign ministry called in a senior Chinese diplomat on Thursday to protest the installation of three new buoys"),
        E(["REJECT"], [], "2025-05-09", [LIN, "CHN"], ["KOR"], "Beijing",
          "Beijing dismissed the complaint on Friday"),
        E(["SUPPORT"], [], "2000", ["KOR", "CHN"], [], None,
          "Under the fisheries agreement signed in 2000"),
        E(["COERCE", "MOBILIZE"], ["restrict"], "2025-02-26", ["CHN"], ["KOR"], None,
          "On Feb. 26, a Korean research vessel trying to inspect one of them was blocked by Chinese coast guard ships"),
        E(["CONSULT"], ["visit"], "2025-04-23", ["CHN"], ["KOR"], "Seoul",
          "Officials of the two countries discussed the issue at maritime affairs talks held in Seoul on April 23"),
        E(["PROTEST"], ["demo"], "2025-05-07", ["KOR"], ["CHN"], "Seoul",
          "about 300 members of conservative civic groups and retired military officers rallied near the Chinese Embassy"),
    ],
    "quotes": [
        Q(KANG_YS, "We have made clear that we cannot accept any attempt to change the status of the zone through facts on the water. Our response will be firm and proportionate,"),
        Q(LIN, "These are fish farming facilities operated by Chinese enterprises. They have nothing to do with territorial or maritime boundary issues, and the Korean side should view them objectively,"),
    ],
    "proposals": [],
    "figures": [
        F("new Chinese buoys in the Provisional Measures Zone", 3, "buoys", None, "exact"),
        F("length of the standoff with the Chinese coast guard", 2, "hours", "2025-02-26", "exact"),
        F("protesters near the Chinese Embassy", 300, "people", "2025-05-07", "about"),
        F("distance police kept protesters from the embassy gate", 100, "meters", "2025-05-07", "about"),
    ],
},
}
