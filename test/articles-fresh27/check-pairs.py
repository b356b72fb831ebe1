#!/usr/bin/env python3
"""Checks this set's main pairs and outlets, and the pairs its gold events put together.

1. Against earlier sets: reads only the README.md files of articles-fresh23, -fresh24, -fresh25 and -fresh26 (the
   READMEs this set's brief allowed to be read for their contents tables), takes every table row that names a .txt
   file, and looks in each row for both countries of each main pair by any of their terms (names, adjectives,
   capitals, leaders, some places), and for each outlet name as a whole word (case-insensitive).
2. Within the set: for each gold file, the main pair named in the file name (sNN_outlet_aaa_bbb.txt) must be joined in
   at least three events, counting a listed person as his or her country; and every event must name at least one
   participant.
Adapted from articles-fresh26's. Usage: python3 -B check-pairs.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = os.path.join(HERE, "..")
SETS = ["articles-fresh23", "articles-fresh24", "articles-fresh25", "articles-fresh26"]

TERMS = {
    "GUY": ["Guyana", "Guyanese", "Georgetown", "Essequibo", "Irfaan Ali", "Hugh Todd", "Nandlall"],
    "VEN": ["Venezuela", "Venezuelan", "Caracas", "Maduro", "Yván Gil", "Yvan Gil"],
    "KOR": ["South Korea", "Korea", "Korean", "Seoul", "Yoon Suk Yeol", "Cho Tae-yul", "Park Jin"],
    "JPN": ["Japan", "Japanese", "Tokyo", "Kishida", "Kamikawa", "Hayashi"],
    "SVN": ["Slovenia", "Slovenian", "Ljubljana", "Piran", "Golob", "Fajon", "Pahor"],
    "HRV": ["Croatia", "Croatian", "Zagreb", "Plenković", "Plenkovic", "Grlić Radman", "Grlic Radman", "Kosor"],
    "UGA": ["Uganda", "Ugandan", "Kampala", "Museveni", "Odongo", "Kiwanuka"],
    "COD": ["Democratic Republic of Congo", "DR Congo", "DRC", "Congo", "Congolese", "Kinshasa", "Tshisekedi",
            "Lutundula", "Ituri"],
    "SWE": ["Sweden", "Swedish", "Stockholm", "Kristersson", "Billström", "Billstrom"],
    "IRN": ["Iran", "Iranian", "Tehran", "Raisi", "Kanaani", "Amir-Abdollahian"],
    "IND": ["India", "Indian", "New Delhi", "Delhi", "Modi", "Jaishankar"],
    "QAT": ["Qatar", "Qatari", "Doha", "Tamim"],
    "PHL": ["Philippines", "Philippine", "Filipino", "Manila", "Marcos", "Manalo"],
    "CHN": ["China", "Chinese", "Beijing", "Xi Jinping", "Wang Yi", "Shanghai"],
    "NGA": ["Nigeria", "Nigerian", "Abuja", "Lagos", "Tinubu", "Fagbemi", "Tuggar"],
    "GBR": ["United Kingdom", "UK", "Britain", "British", "London", "Sunak", "Cameron"],
    "IRQ": ["Iraq", "Iraqi", "Baghdad", "Erbil", "Kurdistan", "Sudani", "Fuad Hussein"],
    "TUR": ["Turkey", "Türkiye", "Turkiye", "Turkish", "Ankara", "Erdoğan", "Erdogan", "Bayraktar", "Ceyhan"],
    "ARM": ["Armenia", "Armenian", "Yerevan", "Pashinyan", "Nagorno-Karabakh", "Karabakh"],
    "AZE": ["Azerbaijan", "Azerbaijani", "Baku", "Aliyev"],
    "COL": ["Colombia", "Colombian", "Bogotá", "Bogota", "Petro", "Leyva", "San Andrés", "San Andres"],
    "NIC": ["Nicaragua", "Nicaraguan", "Managua", "Ortega", "Moncada"],
    "NZL": ["New Zealand", "NZ", "Wellington", "Auckland", "Luxon", "Peters", "Goldsmith", "Ardern"],
    "AUS": ["Australia", "Australian", "Canberra", "Sydney", "Albanese", "Penny Wong", "O'Neil", "Morrison"],
}
PAIRS = [("GUY", "VEN"), ("KOR", "JPN"), ("SVN", "HRV"), ("UGA", "COD"), ("SWE", "IRN"), ("IND", "QAT"),
         ("PHL", "CHN"), ("NGA", "GBR"), ("IRQ", "TUR"), ("ARM", "AZE"), ("COL", "NIC"), ("NZL", "AUS")]
OUTLETS = ["Stabroek News", "Stabroek", "The Korea Herald", "Korea Herald", "The Slovenia Times", "Slovenia Times", "STA", "Daily Monitor",
           "Radio Sweden", "Sveriges Radio", "The Hindu", "Philippine Daily Inquirer", "Inquirer", "INQUIRER.NET",
           "Premium Times", "Rudaw", "CivilNet", "Colombia Reports", "NZ Herald", "New Zealand Herald"]


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
