#!/usr/bin/env python3
"""Checks that none of this set's main pairs and outlets occurs in the contents tables of earlier sets' READMEs.

Reads only README.md files: the table rows that name a .txt file in articles-fresh, -fresh3, -fresh5 ... -fresh23,
-dev, -events and -speech, and the first 30 lines of articles-people/README.md (its pair list) and
articles-docs/README.md (its outlet list). A pair is found when one row names both countries by any of their terms
(names, adjectives, capitals, leaders, places), or the articles-people list names them as one pair; an outlet when a
row contains its name as a whole word (case-insensitive, as grep -i -w -F).
Usage: python3 check-pairs.py [AAA-BBB ...]   (extra pairs of codes in TERMS to try)
"""
import os, re, sys

TEST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SETS = (["articles-fresh", "articles-fresh3"] + [f"articles-fresh{i}" for i in range(5, 24)]
        + ["articles-dev", "articles-events", "articles-speech"])

rows = []
for s in SETS:
    for line in open(os.path.join(TEST, s, "README.md"), encoding="utf-8"):
        if line.startswith("|") and ".txt" in line:
            rows.append((s, line.strip()))
# The pair list of articles-people (its opening bullets): one item per pair, e.g. "Ghana–Nigeria".
people_head = " ".join(open(os.path.join(TEST, "articles-people", "README.md"), encoding="utf-8").read().splitlines()[:30])
pair_items = [("articles-people", x.strip()) for x in re.split(r",|;|\band\b|:", people_head) if "–" in x]
# The outlet list of articles-docs (its opening paragraph), used for outlets only.
docs_head = " ".join(open(os.path.join(TEST, "articles-docs", "README.md"), encoding="utf-8").read().splitlines()[:30])
outlet_rows = rows + [("articles-people", people_head), ("articles-docs", docs_head)]
pair_rows = rows + pair_items

TERMS = {
    "VNM": ["Vietnam", "Viet Nam", "Việt Nam", "Vietnamese", "Hanoi", "Hà Nội", "Nguyen Xuan Phuc", "Pham Binh Minh",
            "Nghe An", "Ha Tinh", "Nguyễn Xuân Phúc", "Phạm Bình Minh"],
    "GBR": ["United Kingdom", "UK", "U.K.", "Britain", "British", "London", "Boris Johnson", "Raab", "Essex",
            "Priti Patel", "Downing Street", "Whitehall"],
    "RWA": ["Rwanda", "Rwandan", "Kigali", "Kagame", "Nduhungirehe", "Sezibera", "Gatuna", "Katuna"],
    "UGA": ["Uganda", "Ugandan", "Kampala", "Museveni", "Kutesa", "Entebbe", "Kabale"],
    "NLD": ["Netherlands", "Dutch", "The Hague", "Amsterdam", "Rutte", "Blok", "Broekers-Knol", "Holland"],
    "MAR": ["Morocco", "Moroccan", "Rabat", "Bourita", "Mohammed VI", "Casablanca", "El Othmani"],
    "LBN": ["Lebanon", "Lebanese", "Beirut", "Michel Aoun", "Aoun", "Hariri", "Bassil", "Abousleiman"],
    "ETH": ["Ethiopia", "Ethiopian", "Addis Ababa", "Abiy", "Gedu Andargachew", "Gedu"],
    "AUS": ["Australia", "Australian", "Canberra", "Morrison", "Marise Payne", "Payne", "Sydney", "Melbourne", "DFAT"],
    "IRN": ["Iran", "Iranian", "Tehran", "Rouhani", "Zarif", "Khamenei", "Evin"],
    "BGD": ["Bangladesh", "Bangladeshi", "Dhaka", "Hasina", "Momen", "Imran Ahmad"],
    "SAU": ["Saudi", "Riyadh", "Salman", "Jeddah", "Faisal bin Farhan", "Riyadh"],
    "IRL": ["Ireland", "Irish", "Dublin", "Varadkar", "Coveney", "Flanagan"],
    "TUR": ["Turkey", "Türkiye", "Turkiye", "Turkish", "Ankara", "Erdoğan", "Erdogan", "Çavuşoğlu", "Cavusoglu",
            "Soylu", "Istanbul"],
    "BOL": ["Bolivia", "Bolivian", "La Paz", "Evo Morales", "Morales", "Áñez", "Anez", "Longaric"],
    "MEX": ["Mexico", "Mexican", "López Obrador", "Lopez Obrador", "AMLO", "Ebrard"],
    "CUB": ["Cuba", "Cuban", "Havana", "Díaz-Canel", "Diaz-Canel", "Rodríguez Parrilla", "Rodriguez Parrilla"],
    "ECU": ["Ecuador", "Ecuadorian", "Quito", "Lenín Moreno", "Lenin Moreno", "Moreno", "Guayaquil"],
    "NPL": ["Nepal", "Nepali", "Nepalese", "Kathmandu", "Oli", "Gyawali", "Gokarna Bista"],
    "KOR": ["South Korea", "Korea", "Korean", "Seoul", "Moon Jae-in", "Kang Kyung-wha", "Lee Jae-kap"],
    "TON": ["Tonga", "Tongan", "Nuku'alofa", "Nukuʻalofa", "Pohiva", "Tu'ivakano", "Tupou"],
    "NZL": ["New Zealand", "Wellington", "Auckland", "Ardern", "Winston Peters", "Kiwi", "Lees-Galloway"],
    "LBY": ["Libya", "Libyan", "Tripoli", "Sarraj", "Serraj", "Haftar", "Siala", "Benghazi"],
    "TUN": ["Tunisia", "Tunisian", "Tunis", "Saied", "Kais Saied", "Jhinaoui", "Ras Jedir", "Ras Ajdir"],
}
PAIRS = [("VNM", "GBR"), ("RWA", "UGA"), ("NLD", "MAR"), ("LBN", "ETH"), ("AUS", "IRN"), ("BGD", "SAU"),
         ("IRL", "TUR"), ("BOL", "MEX"), ("CUB", "ECU"), ("NPL", "KOR"), ("TON", "NZL"), ("LBY", "TUN")]
DROPPED = []
OUTLETS = ["Hanoi Times", "ChimpReports", "Chimp Reports", "DutchNews.nl", "DutchNews", "Naharnet",
           "The Canberra Times", "Canberra Times", "bdnews24.com", "bdnews24", "TheJournal.ie", "TheJournal",
           "The Yucatan Times", "Yucatan Times", "Havana Times", "Republica", "myRepublica", "Kaniva Tonga", "Kaniva",
           "The Libya Observer", "Libya Observer"]


def has(row, term):
    # Case-sensitive whole-word match for names.
    return re.search(r"(?<![\w])" + re.escape(term) + r"(?![\w])", row) is not None


if __name__ == "__main__":
    extra = sys.argv[1:]
    print(f"{len(rows)} table rows, {len(pair_items)} pairs of the articles-people list, 2 opening lists for outlets")
    bad = 0
    for a, b in DROPPED:
        n = sum(1 for s, r in pair_rows if any(has(r, t) for t in TERMS[a]) and any(has(r, t) for t in TERMS[b]))
        print(f"dropped {a}-{b}: {n} rows")
    for a, b in PAIRS + [tuple(x.split("-")) for x in extra]:
        hits = [(s, r) for s, r in pair_rows if any(has(r, t) for t in TERMS[a]) and any(has(r, t) for t in TERMS[b])]
        print(f"{a}-{b}: {len(hits)} rows")
        for s, r in hits:
            print("   ", s, r[:160])
        bad += len(hits)
    for o in OUTLETS:
        n = sum(1 for s, r in outlet_rows if re.search(r"(?<!\w)" + re.escape(o.lower()) + r"(?!\w)", r.lower()))
        print(f"outlet {o!r}: {n} rows")
        bad += n
    print("found", bad)
