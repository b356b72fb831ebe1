#!/usr/bin/env python3
"""Writes gold/<file>.json for the articles in corpus/ (the annotations live here, in one place).
Run from this folder: python3 make-gold.py. Figures are not annotated in this set (see README)."""
import json, os

def ev(types, mode, date, actor, recipient, location, cue):
    return {"event": types, "mode": mode, "date": date, "actor": actor,
            "recipient": recipient, "location": location, "cue": cue}

def p(name, country, *offices):
    return {"name": name, "country": country, "offices": list(offices)}

def q(speaker, text):
    return {"speaker": speaker, "text": text}

G = {}

G["e01_reuters_tha_khm.txt"] = dict(
    document=dict(published="2026-03-12", source="Reuters", dateline="Bangkok",
                  byline="Panu Wongcha and Prak Chan Thul",
                  title="Thai, Cambodian troops clash at border; Bangkok shuts crossings, summons envoy"),
    people=[p("Maris Sangiampongsa", "THA", "Thai Foreign Minister"),
            p("Anutin Charnvirakul", "THA", "Thai Prime Minister"),
            p("Anwar Ibrahim", "MYS", "Malaysian Prime Minister"),
            p("Hun Manet", "KHM", "Cambodian Prime Minister")],
    events=[
        ev(["ASSAULT"], ["firearms"], "2026-03-12", ["THA", "KHM"], [], "Surin",
           "Thai and Cambodian troops exchanged fire along their disputed border on Thursday"),
        ev(["SANCTION", "COERCE"], ["discontinue"], "2026-03-12", ["THA"], ["KHM"], None,
           "Thailand closed all land border crossings with Cambodia on Thursday afternoon"),
        ev(["ACCUSE", "PROTEST"], ["disapprove"], "2026-03-12", ["Maris Sangiampongsa"], ["KHM"], "Bangkok",
           "Maris Sangiampongsa summoned Cambodia's ambassador in Bangkok later in the day"),
        ev(["SANCTION"], ["withdraw"], "2026-03-12", ["KHM"], ["THA"], None,
           "Cambodia said on Thursday evening it was recalling its ambassador from Bangkok"),
        ev(["CONSULT"], ["phone"], "2026-03-12", ["Anwar Ibrahim", "Anutin Charnvirakul"], [], None,
           "Anwar Ibrahim ... spoke by phone with Anutin ... on Thursday night"),
        ev(["CONSULT"], ["phone"], "2026-03-12", ["Anwar Ibrahim", "Hun Manet"], [], None,
           "spoke by phone ... with Cambodian Prime Minister Hun Manet on Thursday night"),
        ev(["AGREE"], [], "2026-03-12", ["Anwar Ibrahim"], ["THA", "KHM"], "Kuala Lumpur",
           "offered to host talks in Kuala Lumpur"),
        ev(["ASSAULT"], ["firearms"], "2011", ["THA", "KHM"], [], "Preah Vihear",
           "The two neighbours fought deadly artillery duels near the 11th-century Preah Vihear temple in 2011"),
    ],
    quotes=[q("Anutin Charnvirakul", "We will defend every inch of our sovereignty,")])

G["e02_afp_pol_rus.txt"] = dict(
    document=dict(published="2026-04-22", source="AFP", dateline="Warsaw", byline=None,
                  title="Poland shuts Russian consulate, expels diplomats over arson attack"),
    people=[p("Radoslaw Sikorski", "POL", "Foreign Minister"),
            p("Jacek Dobrzynski", "POL", "Interior Ministry Spokesman"),
            p("Dmitry Peskov", "RUS", "Kremlin Spokesman"),
            p("Kestutis Budrys", "LTU", "Lithuanian Foreign Minister")],
    events=[
        ev(["SANCTION"], ["expel"], "2026-04-22", ["POL"], ["RUS"], None,
           "Poland on Wednesday ordered the closure of the Russian consulate in Gdansk and expelled three Russian diplomats"),
        ev(["COERCE"], ["arrest"], "2026-04-21", ["POL"], ["BLR"], "Lublin",
           "Police arrested two Belarusian citizens in the eastern city of Lublin on Tuesday"),
        ev(["CONSULT"], ["phone"], "2026-04-21", ["Radoslaw Sikorski", "Kestutis Budrys"], [], None,
           "Sikorski discussed the case by phone on Tuesday evening with his Lithuanian counterpart Kestutis Budrys"),
        ev(["SANCTION"], ["expel"], "2024-10", ["POL"], ["RUS"], "Poznan",
           "Poland had already closed Russia's consulate in Poznan in October 2024"),
        ev(["ASSAULT"], [], "2022-02", ["RUS"], ["UKR"], None,
           "Russia's full-scale invasion of its neighbour in February 2022"),
    ],
    quotes=[q("Radoslaw Sikorski", "The Russian state is behind this act of sabotage, and it will bear the consequences,"),
            q("Dmitry Peskov", "in a mirror manner")])

G["e03_xinhua_chn_afg.txt"] = dict(
    document=dict(published="2026-05-08", source="Xinhua", dateline="Kabul", byline=None,
                  title="China's emergency aid arrives in Kabul for flood-hit Afghans"),
    people=[p("Zhao Xing", "CHN", "Chinese Ambassador to Afghanistan"),
            p("Abdul Kabir", "AFG", "Afghan Minister of Refugees and Repatriation"),
            p("Wang Yi", "CHN", "Chinese Foreign Minister"),
            p("Amir Khan Muttaqi", "AFG", "Afghan Acting Foreign Minister")],
    events=[
        ev(["AID"], ["humanitarian"], "2026-05-08", ["CHN"], ["AFG"], "Kabul",
           "A batch of emergency humanitarian supplies donated by the Chinese government arrived in Kabul on Friday"),
        ev(["SUPPORT"], [], "2026-05-05", ["Wang Yi"], ["Amir Khan Muttaqi"], None,
           "Wang Yi on Tuesday sent a message of sympathy to Afghan acting Foreign Minister Amir Khan Muttaqi"),
        ev(["AID"], ["humanitarian"], "2026-05-06", ["PAK"], ["AFG"], "Torkham",
           "Pakistan dispatched 20 trucks of relief goods to Afghanistan through the Torkham crossing on Wednesday"),
        ev(["AID"], ["humanitarian"], "2023-10", ["CHN"], ["AFG"], "Herat",
           "China has provided emergency aid ... after a series of earthquakes struck Herat province in October 2023"),
    ],
    quotes=[q("Zhao Xing", "China and Afghanistan are good neighbours, and the Chinese people share the pain of the Afghan people,")])

G["e04_ap_pak_dnk.txt"] = dict(
    document=dict(published="2026-06-17", source="AP", dateline="Islamabad", byline="Munir Ahmed",
                  title="Hundreds protest outside Danish Embassy in Pakistan over Quran burning"),
    people=[p("Shafqat Ali Khan", "PAK", "Spokeswoman"),
            p("Ishaq Dar", "PAK", "Foreign Minister"),
            p("Lars Lokke Rasmussen", "DNK", "Danish Foreign Minister")],
    events=[
        ev(["PROTEST"], ["demonstrate"], "2026-06-17", ["PAK"], ["DNK"], "Islamabad",
           "Several hundred protesters rallied outside the Danish Embassy in Islamabad on Wednesday"),
        ev(["ACCUSE", "PROTEST"], ["disapprove"], "2026-06-16", ["PAK"], ["DNK"], None,
           "Pakistan's Foreign Office summoned Denmark's ambassador on Tuesday"),
        ev(["CONSULT"], ["phone"], "2026-06-16", ["Ishaq Dar", "Lars Lokke Rasmussen"], [], None,
           "Ishaq Dar also spoke by phone with his Danish counterpart Lars Lokke Rasmussen on Tuesday night"),
        ev(["SANCTION"], ["expel"], "2023", ["IRQ"], ["SWE"], None,
           "led Iraq to expel Sweden's ambassador"),
    ],
    quotes=[q("Ishaq Dar", "Freedom of expression cannot be a license to hurt the feelings of nearly two billion Muslims,")])

G["e05_aljazeera_sdn_are.txt"] = dict(
    document=dict(published="2026-02-04", source="Al Jazeera", dateline=None, byline=None,
                  title="Sudan accuses UAE of arming RSF at UN Security Council"),
    people=[p("Al-Harith Idriss", "SDN", "Ambassador"),
            p("Mohamed Abushahab", "ARE", "UAE Representative"),
            p("Marco Rubio", "USA", "US Secretary of State"),
            p("Faisal bin Farhan", "SAU", "Saudi Foreign Minister")],
    events=[
        ev(["ACCUSE"], ["allege"], "2026-02-03", ["Al-Harith Idriss"], ["ARE"], "New York",
           "Ambassador Al-Harith Idriss told the council on Tuesday"),
        ev(["REJECT"], [], "2026-02-03", ["Mohamed Abushahab"], ["SDN"], "New York",
           "Mohamed Abushahab, rejected the accusation at the same meeting"),
        ev(["SANCTION"], ["discontinue"], "2025-05", ["SDN"], ["ARE"], None,
           "Sudan's army-aligned government cut diplomatic ties with the UAE in May 2025"),
        ev(["CONSULT"], ["visit"], "2026-02-02", ["Marco Rubio"], ["Faisal bin Farhan"], "Riyadh",
           "Marco Rubio met Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh on Monday"),
    ],
    quotes=[q("Al-Harith Idriss", "The weapons killing our people are paid for and delivered by the United Arab Emirates,")])

G["e06_yonhap_prk_kor.txt"] = dict(
    document=dict(published="2026-09-30", source="Yonhap", dateline="Seoul", byline="Kim Soo-yeon",
                  title="N. Korea fires 2 short-range ballistic missiles into East Sea: JCS"),
    people=[p("Cho Hyun", "KOR", "Foreign Minister"),
            p("Takeshi Iwaya", "JPN", "Japanese Foreign Minister"),
            p("Kim Jong-un", "PRK", "Leader")],
    events=[
        ev(["MOBILIZE", "THREATEN"], ["weapons"], "2026-09-30", ["PRK"], [], None,
           "North Korea fired two short-range ballistic missiles into the East Sea on Wednesday"),
        ev(["COOPERATE", "MOBILIZE"], ["military"], "2026-09-25", ["KOR", "USA"], [], None,
           "South Korea and the United States staged the combined air exercise ... on Friday"),
        ev(["CONSULT"], ["phone"], "2026-09-30", ["Cho Hyun", "Takeshi Iwaya"], [], None,
           "Cho Hyun held phone talks with his Japanese counterpart Takeshi Iwaya on Wednesday afternoon"),
        ev(["MOBILIZE", "THREATEN"], ["weapons"], "2026-05-08", ["PRK"], [], None,
           "The North last fired a ballistic missile on May 8"),
    ],
    quotes=[])

G["e07_bbc_chn_can.txt"] = dict(
    document=dict(published="2026-10-21", source="BBC", dateline=None, byline="Nadine Yousif",
                  title="China hits Canadian canola with anti-dumping duties as trade row deepens"),
    people=[p("Maninder Sidhu", "CAN", "Trade Minister"),
            p("Mark Carney", "CAN", "Prime Minister"),
            p("Li Qiang", "CHN", "Chinese Premier")],
    events=[
        ev(["SANCTION"], ["discontinue"], "2026-10-21", ["CHN"], ["CAN"], None,
           "China will impose anti-dumping duties of 75.8% on imports of Canadian canola seed, its commerce ministry announced on Wednesday"),
        ev(["ACCUSE", "REQUEST"], [], "2026-10-20", ["CAN"], ["CHN"], None,
           "Ottawa had filed a request for consultations with China at the World Trade Organization on Tuesday"),
        ev(["SANCTION"], ["discontinue"], "2024-08", ["CAN"], ["CHN"], None,
           "August 2024, when Canada imposed 100% tariffs on Chinese-made electric vehicles"),
        ev(["CONSULT"], ["third-party"], "2026-09", ["Mark Carney", "Li Qiang"], [], "New York",
           "Mark Carney met Chinese Premier Li Qiang on the sidelines of the UN General Assembly in New York last month"),
    ],
    quotes=[q("Maninder Sidhu", "These duties are unjustified and they hurt Canadian families,")])

G["e08_kyodo_chn_jpn.txt"] = dict(
    document=dict(published="2026-08-14", source="Kyodo", dateline="Beijing", byline=None,
                  title="China formally arrests Japanese drugmaker employee on spying charge"),
    people=[p("Kenji Kanasugi", "JPN", "Japanese Ambassador to China"),
            p("Yoshimasa Hayashi", "JPN", "Chief Cabinet Secretary"),
            p("Takeshi Iwaya", "JPN", "Foreign Minister"),
            p("Wang Yi", "CHN", "Chinese Foreign Minister"),
            p("Lin Jian", "CHN", "Chinese Foreign Ministry Spokesman")],
    events=[
        ev(["COERCE"], ["arrest"], "2026-08-12", ["CHN"], ["JPN"], None,
           "Chinese prosecutors formally arrested a Japanese employee of a pharmaceutical company on Wednesday"),
        ev(["COERCE"], ["arrest"], "2026-03", ["CHN"], ["JPN"], "Beijing",
           "was detained in Beijing in March"),
        ev(["ACCUSE", "PROTEST", "REQUEST"], ["disapprove"], "2026-08-13", ["Kenji Kanasugi"], ["CHN"], None,
           "Kenji Kanasugi, lodged a protest with the Chinese Foreign Ministry on Thursday"),
        ev(["CONSULT"], ["third-party"], "2026-07-10", ["Takeshi Iwaya", "Wang Yi"], [], "Kuala Lumpur",
           "Takeshi Iwaya raised the case with his Chinese counterpart Wang Yi when they met in Kuala Lumpur on July 10"),
    ],
    quotes=[q("Yoshimasa Hayashi", "We will continue to strongly urge the Chinese side to release him at an early date,"),
            q("Lin Jian", "in accordance with the law.")])

G["e09_afp_sau_egy.txt"] = dict(
    document=dict(published="2026-11-05", source="AFP", dateline="Cairo", byline=None,
                  title="Saudi Arabia, Egypt sign deal on $5 bn joint investment fund"),
    people=[p("Faisal bin Farhan", "SAU", "Saudi Foreign Minister"),
            p("Badr Abdelatty", "EGY", "Egyptian Foreign Minister"),
            p("Abdel Fattah al-Sisi", "EGY", "President"),
            p("Mohammed bin Salman", "SAU", "Saudi Crown Prince")],
    events=[
        ev(["SUPPORT"], [], "2026-11-05", ["Faisal bin Farhan", "Badr Abdelatty", "SAU", "EGY"], [], "Cairo",
           "Saudi Arabia and Egypt signed an agreement on Thursday to set up a $5 billion joint investment fund"),
        ev(["CONSULT"], ["visit"], "2026-11-05", ["Faisal bin Farhan"], ["Badr Abdelatty"], "Cairo",
           "signed by Prince Faisal and his Egyptian counterpart Badr Abdelatty after talks at the foreign ministry in Cairo"),
        ev(["CONSULT"], ["visit"], "2026-11-05", ["Faisal bin Farhan"], ["Abdel Fattah al-Sisi"], "Cairo",
           "Prince Faisal was later received by President Abdel Fattah al-Sisi"),
        ev(["CONSULT"], ["phone"], "2026-10-14", ["Mohammed bin Salman", "Abdel Fattah al-Sisi"], [], None,
           "Mohammed bin Salman and Sisi had agreed to create the fund during a phone call on October 14"),
        ev(["AGREE"], [], "2026-10-14", ["Mohammed bin Salman", "Abdel Fattah al-Sisi"], [], None,
           "had agreed to create the fund"),
        ev(["AGREE"], [], "2024-02", ["ARE"], ["EGY"], "Ras El-Hekma",
           "The United Arab Emirates agreed in February 2024 to invest $35 billion in the Ras El-Hekma peninsula"),
    ],
    quotes=[q("Abdel Fattah al-Sisi", "strategic")])

G["e10_reuters_ind_pak.txt"] = dict(
    document=dict(published="2026-01-27", source="Reuters", dateline="New Delhi",
                  byline="Sakshi Dayal and Asif Shahzad",
                  title="India, Pakistan troops trade fire in Kashmir; military officers talk over hotline"),
    people=[p("Wang Yi", "CHN", "Chinese Foreign Minister"),
            p("Ishaq Dar", "PAK", "Pakistani Foreign Minister")],
    events=[
        ev(["ASSAULT"], ["firearms"], "2026-01-26", ["IND", "PAK"], [], "Kashmir",
           "Indian and Pakistani troops traded fire across the de facto border in the disputed Kashmir region on Monday night"),
        ev(["CONSULT"], ["phone"], "2026-01-27", ["IND", "PAK"], [], None,
           "The directors general of military operations of the two countries spoke over a hotline on Tuesday"),
        ev(["AGREE", "CONCEDE"], [], "2026-01-27", ["IND", "PAK"], [], None,
           "agreed to strictly observe the ceasefire"),
        ev(["MOBILIZE"], ["troops"], "2026-01-27", ["IND"], ["PAK"], "Kashmir",
           "India has moved additional troops to the area"),
        ev(["AGREE", "CONCEDE"], [], "2025-05-10", ["IND", "PAK"], [], None,
           "The nuclear-armed neighbours agreed to a ceasefire on May 10, 2025"),
        ev(["ASSAULT"], [], "2025-05", ["IND", "PAK"], [], None,
           "after four days of missile and drone strikes"),
        ev(["CONSULT"], ["phone"], "2026-01-27", ["Wang Yi", "Ishaq Dar"], [], None,
           "Wang Yi spoke by phone with Pakistani Foreign Minister Ishaq Dar on Tuesday"),
        ev(["SANCTION"], ["discontinue"], "2019", ["IND", "PAK"], [], None,
           "trade between the two countries, which was suspended in 2019"),
    ],
    quotes=[])

os.makedirs("gold", exist_ok=True)
for f, g in G.items():
    text = open(os.path.join("corpus", f), encoding="utf-8").read()
    for x in g["quotes"]:
        assert x["text"] in text, (f, x["text"])
    out = {"file": f, "document": g["document"], "people": g["people"], "events": g["events"],
           "quotes": g["quotes"]}
    with open(os.path.join("gold", f + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
print(len(G), "gold files written")
