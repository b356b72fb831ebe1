#!/usr/bin/env python3
"""Checks this set's main pairs and outlets, and the pairs its gold events put together.

1. Against earlier sets: reads only the README.md files of articles-fresh22, -fresh23 and -fresh24 (the READMEs this
   set's brief allowed to be read), takes every table row that names a .txt file, and looks in each row for both
   countries of each main pair by any of their terms (names, adjectives, capitals, leaders, some places), and for each
   outlet name as a whole word (case-insensitive).
2. Within the set: for each gold file, the main pair named in the file name (sNN_outlet_aaa_bbb.txt) must be joined in
   at least three events, counting a listed person as his or her country; and every event must name at least one
   participant.
Usage: python3 check-pairs.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = os.path.join(HERE, "..")
SETS = ["articles-fresh22", "articles-fresh23", "articles-fresh24"]

TERMS = {
    "ISR": ["Israel", "Israeli", "Jerusalem", "Tel Aviv", "Netanyahu", "Ashkenazi", "Gantz"],
    "KOS": ["Kosovo", "Kosovar", "Pristina", "Prishtina", "Haradinaj", "Osmani", "Hoti", "Kurti"],
    "THA": ["Thailand", "Thai", "Bangkok", "Prayut", "Prawit", "Don Pramudwinai", "Mae Sot"],
    "MMR": ["Myanmar", "Burma", "Burmese", "Naypyidaw", "Yangon", "Suu Kyi", "Min Aung Hlaing", "Win Myint"],
    "KEN": ["Kenya", "Kenyan", "Nairobi", "Kenyatta", "Omamo", "Mombasa"],
    "SOM": ["Somalia", "Somali", "Mogadishu", "Farmaajo", "Somaliland", "Jubaland"],
    "LTU": ["Lithuania", "Lithuanian", "Vilnius", "Landsbergis", "Nausėda", "Nauseda", "Klaipėda", "Klaipeda"],
    "BLR": ["Belarus", "Belarusian", "Minsk", "Lukashenko", "Tsikhanouskaya", "Makei"],
    "USA": ["United States", "US", "U.S.", "American", "Washington", "Biden", "Blinken", "Trump", "Kansas"],
    "RWA": ["Rwanda", "Rwandan", "Kigali", "Kagame", "Biruta"],
    "CAF": ["Central African Republic", "Central African", "CAR", "Bangui", "Touadéra", "Touadera",
            "Baïpo-Temon", "Baipo-Temon"],
    "COL": ["Colombia", "Colombian", "Bogotá", "Bogota", "Duque", "Barbosa", "Blum"],
    "ECU": ["Ecuador", "Ecuadorian", "Quito", "Guayaquil", "Moreno", "Arauz", "Lasso", "Correa"],
    "KAZ": ["Kazakhstan", "Kazakh", "Nur-Sultan", "Astana", "Almaty", "Tokayev", "Nazarbayev"],
    "KGZ": ["Kyrgyzstan", "Kyrgyz", "Bishkek", "Japarov", "Jeenbekov", "Atambayev"],
    "MYS": ["Malaysia", "Malaysian", "Kuala Lumpur", "Muhyiddin", "Hishammuddin", "Sabah", "Sarawak"],
    "IDN": ["Indonesia", "Indonesian", "Jakarta", "Jokowi", "Joko Widodo", "Retno", "Prabowo"],
    "PLW": ["Palau", "Palauan", "Koror", "Whipps", "Remengesau"],
    "FJI": ["Fiji", "Fijian", "Suva", "Bainimarama"],
    "SWE": ["Sweden", "Swedish", "Stockholm", "Linde", "Löfven", "Lofven", "Hultqvist"],
    "RUS": ["Russia", "Russian", "Moscow", "Kremlin", "Putin", "Lavrov"],
    "EGY": ["Egypt", "Egyptian", "Cairo", "Sisi", "Shoukry"],
    "LBY": ["Libya", "Libyan", "Tripoli", "Benghazi", "Menfi", "Dbeibah", "Haftar", "Sarraj"],
}
PAIRS = [("ISR", "KOS"), ("THA", "MMR"), ("KEN", "SOM"), ("LTU", "BLR"), ("USA", "MMR"), ("RWA", "CAF"),
         ("COL", "ECU"), ("KAZ", "KGZ"), ("MYS", "IDN"), ("PLW", "FJI"), ("SWE", "RUS"), ("EGY", "LBY")]
OUTLETS = ["The Jerusalem Post", "Jerusalem Post", "Khaosod English", "Khaosod", "Capital FM", "Capital News",
           "LRT English", "LRT", "Devex", "The New Times", "New Times", "The City Paper Bogotá", "City Paper",
           "The Astana Times", "Astana Times", "Malay Mail", "Island Times", "The Local Sweden", "The Local",
           "Ahram Online", "Ahram"]


def has(row, term):
    return re.search(r"(?<![\w])" + re.escape(term) + r"(?![\w])", row) is not None


def readme_rows():
    rows = []
    for s in SETS:
        for line in open(os.path.join(TEST, s, "README.md"), encoding="utf-8"):
            if line.startswith("|") and ".txt" in line:
                rows.append((s, line.strip()))
    return rows


def main():
    found = 0
    rows = readme_rows()
    print(f"{len(rows)} table rows in {', '.join(SETS)}")
    for a, b in PAIRS:
        hits = [(s, r) for s, r in rows if any(has(r, t) for t in TERMS[a]) and any(has(r, t) for t in TERMS[b])]
        print(f"{a}-{b}: {len(hits)} rows")
        for s, r in hits:
            print("   ", s, r[:160])
        found += len(hits)
    for o in OUTLETS:
        n = sum(1 for s, r in rows if re.search(r"(?<!\w)" + re.escape(o.lower()) + r"(?!\w)", r.lower()))
        print(f"outlet {o!r}: {n} rows")
        found += n
    print("found", found)
    problems = 0
    for g in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
        gold = json.load(open(g, encoding="utf-8"))
        country = {p["name"]: p["country"] for p in gold["people"]}
        a, b = [c.upper() for c in os.path.splitext(gold["file"])[0].split("_")[-2:]]
        joined = 0
        for e in gold["events"]:
            ents = e["actor"] + e["recipient"]
            if not ents:
                problems += 1
                print(f"{gold['file']}: event without participants: {e['cue'][:50]}")
            codes = {country.get(x, x) for x in ents}
            joined += a in codes and b in codes
        print(f"{gold['file']}: {a}-{b} joined in {joined} of {len(gold['events'])} events")
        if joined < 3:
            problems += 1
    print(f"{problems} problems")
    return 1 if found or problems else 0


if __name__ == "__main__":
    sys.exit(main())
