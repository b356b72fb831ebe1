#!/usr/bin/env python3
"""Checks this set's main pairs and outlets, and the pairs its gold events put together.

1. Against earlier sets: reads only the README.md files of articles-fresh26, -fresh27, -fresh28 and -fresh29 (the
   READMEs whose contents rows this set's brief allowed to be read), takes every table row that starts with "| s"
   and names a .txt file, and looks in each row for both countries of each main pair by any of their terms (names,
   adjectives, capitals, leaders, some places), and for each outlet name as a whole word (case-insensitive).
2. Within the set: for each gold file, the main pair named in the file name (sNN_outlet_aaa_bbb.txt) must be joined in
   at least three events, counting a listed person as his or her country; and every event must name at least one
   participant. Also: at most one main pair involves a great power (USA, CHN, RUS, GBR, FRA).
Adapted from articles-fresh29's. Usage: python3 -B check-pairs.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = os.path.join(HERE, "..")
SETS = ["articles-fresh26", "articles-fresh27", "articles-fresh28", "articles-fresh29"]

TERMS = {
    "PAK": ["Pakistan", "Pakistani", "Pakistanis", "Islamabad", "Rawalpindi", "Lahore", "Karachi", "Shehbaz",
            "Bilawal", "Ramiz"],
    "GBR": ["United Kingdom", "UK", "Britain", "British", "England", "English", "London", "Cleverly", "Sunak",
            "Christian Turner", "ECB"],
    "KHM": ["Cambodia", "Cambodian", "Cambodians", "Phnom Penh", "Poipet", "Hun Sen", "Sackona", "Angkor", "Khmer"],
    "THA": ["Thailand", "Thai", "Thais", "Bangkok", "Prayut", "Itthiphol", "Preah Vihear"],
    "IDN": ["Indonesia", "Indonesian", "Indonesians", "Jakarta", "Jokowi", "Widodo", "Lombok", "Wesaka Puja"],
    "NLD": ["Netherlands", "Dutch", "The Hague", "Amsterdam", "Leiden", "Rutte", "Uslu", "Willem-Alexander"],
    "BRB": ["Barbados", "Barbadian", "Barbadians", "Bridgetown", "Mottley", "Symmonds"],
    "KEN": ["Kenya", "Kenyan", "Kenyans", "Nairobi", "Ruto", "Kenyatta", "Mutua"],
    "LTU": ["Lithuania", "Lithuanian", "Lithuanians", "Vilnius", "Nauseda", "Šimonytė", "Simonyte", "Landsbergis"],
    "UKR": ["Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev", "Kharkiv", "Zelensky", "Shkarlet", "Kuleba"],
    "NGA": ["Nigeria", "Nigerian", "Nigerians", "Abuja", "Lagos", "Buhari", "Tinubu", "Lai Mohammed", "Benin City"],
    "DEU": ["Germany", "German", "Germans", "Berlin", "Scholz", "Baerbock", "Claudia Roth"],
    "QAT": ["Qatar", "Qatari", "Qataris", "Doha", "Tamim", "Al Thani", "Lusail"],
    "SAU": ["Saudi Arabia", "Saudi", "Saudis", "Riyadh", "Jeddah", "King Salman", "Mohammed bin Salman", "AlUla"],
    "KAZ": ["Kazakhstan", "Kazakh", "Kazakhs", "Astana", "Nur-Sultan", "Almaty", "Tokayev", "Nazarbayev", "Shymkent"],
    "UZB": ["Uzbekistan", "Uzbek", "Uzbeks", "Tashkent", "Samarkand", "Mirziyoyev", "Karimov"],
    "TON": ["Tonga", "Tongan", "Tongans", "Nuku'alofa", "Sovaleni", "Tupou"],
    "NZL": ["New Zealand", "New Zealanders", "Wellington", "Auckland", "Ardern", "Hipkins", "Mahuta", "Aupito"],
    "CHL": ["Chile", "Chilean", "Chileans", "Santiago", "Boric", "Piñera", "Pinera"],
    "ARG": ["Argentina", "Argentine", "Argentines", "Argentinian", "Buenos Aires", "Alberto Fernández",
            "Alberto Fernandez", "Cafiero", "Malvinas"],
    "KOS": ["Kosovo", "Kosovar", "Kosovars", "Prishtina", "Pristina", "Kurti", "Osmani"],
    "ALB": ["Albania", "Albanian", "Albanians", "Tirana", "Edi Rama", "Rama"],
    "ARE": ["United Arab Emirates", "UAE", "Emirati", "Emiratis", "Abu Dhabi", "Dubai", "Mohamed bin Zayed"],
    "JPN": ["Japan", "Japanese", "Tokyo", "Kishida", "Hayashi", "Tanegashima"],
}
PAIRS = [("PAK", "GBR"), ("KHM", "THA"), ("IDN", "NLD"), ("BRB", "KEN"), ("LTU", "UKR"), ("NGA", "DEU"),
         ("QAT", "SAU"), ("KAZ", "UZB"), ("TON", "NZL"), ("CHL", "ARG"), ("KOS", "ALB"), ("ARE", "JPN")]
GREAT = {"USA", "CHN", "RUS", "GBR", "FRA"}
OUTLETS = ["Dawn", "Khmer Times", "The Jakarta Post", "Jakarta Post", "Barbados Today", "LRT", "LRT.lt", "Vanguard",
           "The Peninsula", "Peninsula", "The Astana Times", "Astana Times", "Matangi Tonga", "The Santiago Times",
           "Santiago Times", "Prishtina Insight", "Khaleej Times"]


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
