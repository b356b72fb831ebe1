#!/usr/bin/env python3
"""Checks this set's main pairs and outlets, and the pairs its gold events put together.

1. Against earlier sets: reads only the README.md files of articles-fresh25, -fresh26, -fresh27 and -fresh28 (the
   READMEs whose contents tables this set's brief allowed to be read), takes every table row that starts with "| s"
   and names a .txt file, and looks in each row for both countries of each main pair by any of their terms (names,
   adjectives, capitals, leaders, some places), and for each outlet name as a whole word (case-insensitive).
2. Within the set: for each gold file, the main pair named in the file name (sNN_outlet_aaa_bbb.txt) must be joined in
   at least three events, counting a listed person as his or her country; and every event must name at least one
   participant. Also: at most one main pair involves a great power (USA, CHN, RUS).
Adapted from articles-fresh28's. Usage: python3 -B check-pairs.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = os.path.join(HERE, "..")
SETS = ["articles-fresh25", "articles-fresh26", "articles-fresh27", "articles-fresh28"]

TERMS = {
    "GHA": ["Ghana", "Ghanaian", "Ghanaians", "Accra", "Kumasi", "Akufo-Addo", "Botchwey", "Busia"],
    "NGA": ["Nigeria", "Nigerian", "Nigerians", "Abuja", "Lagos", "Tinubu", "Buhari", "Shagari", "Shettima"],
    "BRA": ["Brazil", "Brazilian", "Brazilians", "Brasília", "Brasilia", "Lula", "Bolsonaro", "Mauro Vieira",
            "Amorim", "Roraima", "Pacaraima", "Planalto"],
    "VEN": ["Venezuela", "Venezuelan", "Venezuelans", "Caracas", "Maduro", "Guaidó", "Guaido", "Yván Gil"],
    "TLS": ["Timor-Leste", "East Timor", "Timor", "Timorese", "Dili", "Xanana", "Gusmão", "Gusmao", "Ramos-Horta",
            "Ruak", "Greater Sunrise"],
    "AUS": ["Australia", "Australian", "Australians", "Canberra", "Albanese", "Penny Wong", "Morrison", "Darwin"],
    "GMB": ["Gambia", "Gambian", "Gambians", "Banjul", "Barrow", "Jammeh", "Jawara", "Tangara", "Farafenni"],
    "SEN": ["Senegal", "Senegalese", "Dakar", "Macky Sall", "Diouf", "Kafountine", "Senegambia"],
    "FJI": ["Fiji", "Fijian", "Fijians", "Suva", "Nadi", "Rabuka", "Bainimarama"],
    "KOR": ["South Korea", "Republic of Korea", "Korea", "Korean", "Koreans", "Seoul", "Yoon", "Park Jin", "Busan"],
    "OMN": ["Oman", "Omani", "Omanis", "Muscat", "Haitham", "Qaboos", "Busaidi", "Dhofar"],
    "IRN": ["Iran", "Iranian", "Iranians", "Tehran", "Raisi", "Khamenei", "Amir-Abdollahian", "Hengam"],
    "MDA": ["Moldova", "Moldovan", "Moldovans", "Chisinau", "Chișinău", "Sandu", "Nicu Popescu", "Voronin",
            "Transnistria", "Bulboaca"],
    "ROU": ["Romania", "Romanian", "Romanians", "Bucharest", "Iohannis", "Aurescu", "Iasi", "Iași"],
    "MEX": ["Mexico", "Mexican", "Mexicans", "López Obrador", "Lopez Obrador", "AMLO", "Ebrard", "Monroy"],
    "PER": ["Peru", "Peruvian", "Peruvians", "Lima", "Boluarte", "Pedro Castillo", "Gervasi"],
    "SAU": ["Saudi Arabia", "Saudi", "Saudis", "Riyadh", "Jeddah", "King Salman", "Mohammed bin Salman",
            "Faisal bin Farhan", "Makkah", "Mecca"],
    "JOR": ["Jordan", "Jordanian", "Jordanians", "Amman", "King Abdullah", "Safadi", "Aqaba", "Hashemite"],
    "WSM": ["Samoa", "Samoan", "Samoans", "Apia", "Fiame", "Mata'afa", "Mau movement"],
    "NZL": ["New Zealand", "New Zealanders", "Wellington", "Auckland", "Hipkins", "Ardern", "Helen Clark", "Mahuta"],
    "ARM": ["Armenia", "Armenian", "Armenians", "Yerevan", "Pashinyan", "Mirzoyan", "Rubinyan", "Margara"],
    "TUR": ["Turkey", "Türkiye", "Turkiye", "Turkish", "Ankara", "Istanbul", "Erdoğan", "Erdogan", "Çavuşoğlu",
            "Cavusoglu"],
    "BTN": ["Bhutan", "Bhutanese", "Thimphu", "Tshering", "Wangchuck", "Druk Gyalpo", "Doklam"],
    "IND": ["India", "Indian", "Indians", "New Delhi", "Delhi", "Modi", "Jaishankar", "Murmu"],
}
PAIRS = [("GHA", "NGA"), ("BRA", "VEN"), ("TLS", "AUS"), ("GMB", "SEN"), ("FJI", "KOR"), ("OMN", "IRN"),
         ("MDA", "ROU"), ("MEX", "PER"), ("SAU", "JOR"), ("WSM", "NZL"), ("ARM", "TUR"), ("BTN", "IND")]
GREAT = {"USA", "CHN", "RUS"}
OUTLETS = ["Graphic Online", "Graphic", "Daily Graphic", "Agência Brasil", "Agencia Brasil", "TATOLI",
           "The Point", "FBC News", "FBC", "Fiji Broadcasting", "Muscat Daily", "MOLDPRES", "Mexico News Daily",
           "Saudi Gazette", "Samoa Observer", "Armenpress", "Kuensel"]


def has(row, term):
    return re.search(r"(?<![\w])" + re.escape(term) + r"(?![\w])", row) is not None


def readme_rows():
    rows = []
    for s in SETS:
        for line in open(os.path.join(TEST, s, "README.md"), encoding="utf-8"):
            if line.startswith("| s") and ".txt" in line:
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
    great = [p for p in PAIRS if GREAT & set(p)]
    if len(great) > 1:
        problems += 1
        print(f"more than one main pair with a great power: {great}")
    for g in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
        gold = json.load(open(g, encoding="utf-8"))
        country = {p["name"]: p["country"] for p in gold["people"]}
        a, b = [c.upper() for c in os.path.splitext(gold["file"])[0].split("_")[-2:]]
        if (a, b) not in PAIRS and (b, a) not in PAIRS:
            problems += 1
            print(f"{gold['file']}: main pair {a}-{b} not in PAIRS")
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
