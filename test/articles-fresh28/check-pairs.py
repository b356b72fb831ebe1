#!/usr/bin/env python3
"""Checks this set's main pairs and outlets, and the pairs its gold events put together.

1. Against earlier sets: reads only the README.md files of articles-fresh24, -fresh25, -fresh26 and -fresh27 (the
   READMEs whose contents tables this set's brief allowed to be read), takes every table row that names a .txt file,
   and looks in each row for both countries of each main pair by any of their terms (names, adjectives, capitals,
   leaders, some places), and for each outlet name as a whole word (case-insensitive).
2. Within the set: for each gold file, the main pair named in the file name (sNN_outlet_aaa_bbb.txt) must be joined in
   at least three events, counting a listed person as his or her country; and every event must name at least one
   participant.
Adapted from articles-fresh27's. Usage: python3 -B check-pairs.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = os.path.join(HERE, "..")
SETS = ["articles-fresh24", "articles-fresh25", "articles-fresh26", "articles-fresh27"]

TERMS = {
    "FIN": ["Finland", "Finnish", "Finn", "Finns", "Helsinki", "Marin", "Haavisto", "Niinistö", "Niinisto",
            "Vaalimaa", "Nuijamaa", "Karelia"],
    "RUS": ["Russia", "Russian", "Russians", "Moscow", "Kremlin", "Putin", "Lavrov", "Zakharova", "Peskov",
            "St Petersburg", "Saint Petersburg"],
    "GRC": ["Greece", "Greek", "Greeks", "Athens", "Mitsotakis", "Dendias", "Mitarachi", "Evros", "Lesbos", "Kastanies"],
    "TUR": ["Turkey", "Türkiye", "Turkiye", "Turkish", "Ankara", "Istanbul", "Erdoğan", "Erdogan", "Soylu",
            "Çavuşoğlu", "Cavusoglu", "Edirne", "Pazarkule"],
    "COL": ["Colombia", "Colombian", "Colombians", "Bogotá", "Bogota", "Petro", "Cúcuta", "Cucuta", "Leyva",
            "Benedetti", "Norte de Santander"],
    "VEN": ["Venezuela", "Venezuelan", "Venezuelans", "Caracas", "Maduro", "Táchira", "Tachira", "Bernal"],
    "ZWE": ["Zimbabwe", "Zimbabwean", "Zimbabweans", "Harare", "Mnangagwa", "Mutsvangwa", "Beitbridge"],
    "ZAF": ["South Africa", "South African", "South Africans", "Pretoria", "Johannesburg", "Cape Town",
            "Ramaphosa", "Motsoaledi", "Pandor", "Musina"],
    "HUN": ["Hungary", "Hungarian", "Hungarians", "Budapest", "Orbán", "Orban", "Szijjártó", "Szijjarto",
            "Pintér", "Pinter", "Röszke", "Roszke"],
    "SRB": ["Serbia", "Serbian", "Serbs", "Belgrade", "Vučić", "Vucic", "Vulin", "Subotica", "Horgoš", "Horgos"],
    "ITA": ["Italy", "Italian", "Italians", "Rome", "Draghi", "Lamorgese", "Di Maio", "Lampedusa", "Palermo",
            "Sicily"],
    "TUN": ["Tunisia", "Tunisian", "Tunisians", "Tunis", "Saied", "Saïed", "Charfeddine", "Jerandi", "Sfax",
            "Monastir", "Enfidha"],
    "JOR": ["Jordan", "Jordanian", "Jordanians", "Amman", "King Abdullah", "Safadi", "Farrayeh", "Jaber"],
    "SYR": ["Syria", "Syrian", "Syrians", "Damascus", "Assad", "Mekdad", "Nassib", "Daraa"],
    "PNG": ["Papua New Guinea", "PNG", "Port Moresby", "Marape", "Tkatchenko", "Vanimo", "Sandaun", "Wutung"],
    "IDN": ["Indonesia", "Indonesian", "Indonesians", "Jakarta", "Jokowi", "Widodo", "Retno", "Jayapura", "Skouw",
            "West Papua", "West Papuan", "Papua province"],  # bare "Papua" would match "Papua New Guinea"
    "CHL": ["Chile", "Chilean", "Chileans", "Santiago", "Boric", "Tohá", "Toha", "Monsalve", "Urrejola",
            "Colchane", "Iquique"],
    "BOL": ["Bolivia", "Bolivian", "Bolivians", "La Paz", "Arce", "Mayta", "del Castillo", "Pisiga", "Silala"],
    "IRN": ["Iran", "Iranian", "Iranians", "Tehran", "Raisi", "Vahidi", "Amir-Abdollahian", "Mehran"],
    "IRQ": ["Iraq", "Iraqi", "Iraqis", "Baghdad", "Kadhimi", "Karbala", "Najaf", "Ghanimi", "Arbaeen"],
    "KGZ": ["Kyrgyzstan", "Kyrgyz", "Bishkek", "Japarov", "Tashiev", "Batken", "Kulubaev"],
    "TJK": ["Tajikistan", "Tajik", "Tajiks", "Dushanbe", "Rahmon", "Yatimov", "Isfara", "Vorukh", "Muhriddin"],
    "BGD": ["Bangladesh", "Bangladeshi", "Dhaka", "Hasina", "Momen", "Cox's Bazar", "Bandarban", "Tumbru"],
    "MMR": ["Myanmar", "Burma", "Burmese", "Naypyitaw", "Naypyidaw", "Min Aung Hlaing", "Rakhine", "Arakan",
            "Rohingya", "Zaw Min Tun"],
}
PAIRS = [("FIN", "RUS"), ("GRC", "TUR"), ("COL", "VEN"), ("ZWE", "ZAF"), ("HUN", "SRB"), ("ITA", "TUN"),
         ("JOR", "SYR"), ("PNG", "IDN"), ("CHL", "BOL"), ("IRN", "IRQ"), ("KGZ", "TJK"), ("BGD", "MMR")]
OUTLETS = ["Yle", "Yle News", "Kathimerini", "eKathimerini", "ekathimerini.com", "The Bogotá Post", "Bogotá Post",
           "Bogota Post", "NewZimbabwe", "NewZimbabwe.com", "New Zimbabwe", "Hungary Today", "ANSAmed", "ANSA",
           "The Jordan Times", "Jordan Times", "Post-Courier", "Post Courier", "MercoPress", "Tehran Times",
           "24.kg", "Dhaka Tribune"]


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
