#!/usr/bin/env python3
"""Checks this set's main pairs and outlets, and the pairs its gold events put together.

1. Against earlier sets: reads only the README.md files of articles-fresh23, -fresh24 and -fresh25 (the READMEs this
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
SETS = ["articles-fresh23", "articles-fresh24", "articles-fresh25"]

TERMS = {
    "SAU": ["Saudi Arabia", "Saudi", "Riyadh", "Jeddah", "Mohammed bin Salman", "Faisal bin Farhan", "Al-Rabiah"],
    "PAK": ["Pakistan", "Pakistani", "Islamabad", "Imran Khan", "Qureshi", "Faisal Sultan"],
    "TWN": ["Taiwan", "Taiwanese", "Taipei", "Tsai Ing-wen", "Joseph Wu", "Chen Shih-chung"],
    "PRY": ["Paraguay", "Paraguayan", "Asunción", "Asuncion", "Abdo Benítez", "Abdo Benitez", "Acevedo"],
    "NPL": ["Nepal", "Nepali", "Nepalese", "Kathmandu", "Oli", "Gyawali"],
    "IND": ["India", "Indian", "New Delhi", "Delhi", "Modi", "Jaishankar", "Kwatra"],
    "MAR": ["Morocco", "Moroccan", "Rabat", "Bourita", "Tangier"],
    "ESP": ["Spain", "Spanish", "Madrid", "Sánchez", "Sanchez", "González Laya", "Gonzalez Laya", "Ceuta", "Melilla"],
    "BGD": ["Bangladesh", "Bangladeshi", "Dhaka", "Hasina", "Momen"],
    "CHN": ["China", "Chinese", "Beijing", "Xi Jinping", "Wang Yi", "Li Jiming", "Yang Wanming"],
    "SVK": ["Slovakia", "Slovak", "Bratislava", "Korčok", "Korcok", "Heger", "Matovič", "Matovic", "Komárno"],
    "HUN": ["Hungary", "Hungarian", "Budapest", "Orbán", "Orban", "Szijjártó", "Szijjarto"],
    "TZA": ["Tanzania", "Tanzanian", "Dar es Salaam", "Dodoma", "Samia", "Magufuli", "Gwajima", "Zanzibar"],
    "KEN": ["Kenya", "Kenyan", "Nairobi", "Kenyatta", "Kagwe", "Mombasa"],
    "ARG": ["Argentina", "Argentine", "Buenos Aires", "Fernández", "Fernandez", "Solá", "Sola", "Vizzotti"],
    "MEX": ["Mexico", "Mexican", "Mexico City", "López Obrador", "Lopez Obrador", "Ebrard"],
    "BRA": ["Brazil", "Brazilian", "Brasília", "Brasilia", "São Paulo", "Sao Paulo", "Bolsonaro", "França"],
    "SYC": ["Seychelles", "Seychellois", "Mahé", "Mahe", "Ramkalawan"],
    "ARE": ["United Arab Emirates", "UAE", "Emirati", "Emirates", "Abu Dhabi", "Dubai", "Mohamed bin Zayed"],
    "DOM": ["Dominican Republic", "Dominican", "Santo Domingo", "Abinader", "Dajabón", "Dajabon"],
    "HTI": ["Haiti", "Haitian", "Port-au-Prince", "Moïse", "Moise"],
    "PNG": ["Papua New Guinea", "PNG", "Port Moresby", "Marape"],
    "AUS": ["Australia", "Australian", "Canberra", "Morrison", "Seselja", "Payne"],
}
PAIRS = [("SAU", "PAK"), ("TWN", "PRY"), ("NPL", "IND"), ("MAR", "ESP"), ("BGD", "CHN"), ("SVK", "HUN"),
         ("TZA", "KEN"), ("ARG", "MEX"), ("BRA", "CHN"), ("SYC", "ARE"), ("DOM", "HTI"), ("PNG", "AUS")]
# The bare word "Citizen" is left out: it is a common noun, and it matches "citizen detained" in a row of
# articles-fresh25 (Lithuania-Belarus), which names no outlet of that name.
OUTLETS = ["Arab News", "Focus Taiwan", "CNA", "The Kathmandu Post", "Kathmandu Post", "Morocco World News",
           "The Daily Star", "Daily Star", "The Slovak Spectator", "Slovak Spectator", "The Citizen",
           "Buenos Aires Times", "BA Times", "The Brazilian Report", "Brazilian Report", "Seychelles Nation",
           "Dominican Today", "RNZ", "Radio New Zealand"]


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
