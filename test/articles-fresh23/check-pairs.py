#!/usr/bin/env python3
"""Checks that none of this set's main pairs and outlets occurs in the contents tables of earlier sets' READMEs.

Reads only README.md files: the table rows that name a .txt file in articles-fresh, -fresh3, -fresh5 ... -fresh22,
-dev, -events and -speech, and the first 30 lines of articles-people/README.md (its pair list) and
articles-docs/README.md (its outlet list). A pair is found when one row names both countries by any of their terms
(names, adjectives, capitals, leaders, places), or the articles-people list names them as one pair; an outlet when a row contains its name as a whole word (grep -i -w -F).
"""
import os, re, sys

TEST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SETS = (["articles-fresh", "articles-fresh3"] + [f"articles-fresh{i}" for i in range(5, 23)]
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
    "SWE": ["Sweden", "Swedish", "Stockholm", "Hultqvist", "Linde", "Löfven", "Lofven", "Bydén", "Byden", "Gotland"],
    "FIN": ["Finland", "Finnish", "Helsinki", "Niinistö", "Niinisto", "Marin", "Kaikkonen", "Haavisto", "Kivinen"],
    "PRT": ["Portugal", "Portuguese", "Lisbon", "Costa", "Gomes Cravinho", "Cravinho", "Santos Silva", "Rebelo de Sousa"],
    "MOZ": ["Mozambique", "Mozambican", "Maputo", "Nyusi", "Jaime Neto", "Macamo", "Cabo Delgado", "Frelimo"],
    "SEN": ["Senegal", "Senegalese", "Dakar", "Macky Sall", "Sidiki Kaba", "Tall Sall", "Casamance"],
    "GMB": ["Gambia", "Gambian", "Banjul", "Barrow", "Tangara", "Drammeh"],
    "TCD": ["Chad", "Chadian", "N'Djamena", "Ndjamena", "Déby", "Deby", "Zene", "Koulamallah"],
    "CAF": ["Central African", "Bangui", "Touadéra", "Touadera", "Baïpo-Temon", "Baipo-Temon", "Dondra", "Ngrébada", "CAR"],
    "EST": ["Estonia", "Estonian", "Tallinn", "Kallas", "Laanet"],
    "LBN": ["Lebanon", "Lebanese", "Beirut", "Michel Aoun", "Joseph Aoun", "Hezbollah", "UNIFIL"],
    "PAK": ["Pakistan", "Pakistani", "Islamabad", "Imran Khan", "Khattak", "Bajwa"],
    "TUR": ["Turkey", "Türkiye", "Turkiye", "Turkish", "Ankara", "Erdoğan", "Erdogan", "Akar"],
    "ARG": ["Argentina", "Argentine", "Buenos Aires", "Rossi"],
    "URY": ["Uruguay", "Uruguayan", "Montevideo", "Lacalle Pou"],
    "GRC": ["Greece", "Greek", "Athens", "Mitsotakis", "Dendias", "Panagiotopoulos", "Floros"],
    "SAU": ["Saudi", "Riyadh", "Salman", "Faisal bin Farhan", "Khalid bin Salman", "Jeddah"],
    "CYP": ["Cyprus", "Cypriot", "Nicosia", "Anastasiades", "Petrides", "Christodoulides", "Limassol", "Larnaca"],
    "ISR": ["Israel", "Israeli", "Jerusalem", "Tel Aviv", "Netanyahu", "Gantz", "Ashkenazi", "Bennett", "IDF"],
    "IDN": ["Indonesia", "Indonesian", "Jakarta", "Widodo", "Jokowi", "Prabowo", "Retno", "Tjahjanto", "Herindra"],
    "KOR": ["South Korea", "Korea", "Korean", "Seoul", "Moon Jae-in", "Suh Wook", "Chung Eui-yong", "Kang Eun-ho", "DAPA"],
    "MYS": ["Malaysia", "Malaysian", "Kuala Lumpur", "Putrajaya", "Sabah", "Muhyiddin", "Ismail Sabri", "Hishammuddin", "Wisma Putra"],
    "PHL": ["Philippines", "Philippine", "Filipino", "Manila", "Duterte", "Lorenzana", "Locsin", "Sobejana"],
    "FJI": ["Fiji", "Fijian", "Suva", "Bainimarama", "Seruiratu", "RFMF"],
    "NZL": ["New Zealand", "Wellington", "Ardern", "Henare", "Mahuta", "Kiwi"],
    "PER": ["Peru", "Peruvian", "Lima", "Sagasti", "Esparch", "Allan Wagner", "Castillo"],
    "ECU": ["Ecuador", "Ecuadorian", "Quito", "Lasso", "Donoso", "Montalvo", "Guayaquil"],
    "BRA": ["Brazil", "Brazilian", "Brasília", "Brasilia", "Bolsonaro", "Braga Netto", "Carlos França", "Tabatinga"],
    "COL": ["Colombia", "Colombian", "Bogotá", "Bogota", "Duque", "Molano", "Marta Lucía Ramírez", "Leticia"],
    "UKR": ["Ukraine", "Ukrainian", "Kyiv", "Kiev", "Zelensky", "Zelenskyy", "Kuleba", "Taran", "Danilov", "Deyneko"],
    "BLR": ["Belarus", "Belarusian", "Minsk", "Lukashenko", "Makei", "Khrenin", "Lappo"],
}
PAIRS = [("SWE", "FIN"), ("PRT", "MOZ"), ("SEN", "GMB"), ("GRC", "SAU"), ("TCD", "CAF"), ("IDN", "KOR"),
         ("CYP", "ISR"), ("MYS", "PHL"), ("UKR", "BLR"), ("PER", "ECU"), ("FJI", "NZL"), ("BRA", "COL")]
# Dropped because an earlier row names both: EST-FIN, LBN-ISR, PAK-TUR, ARG-URY (see README).
DROPPED = [("EST", "FIN"), ("LBN", "ISR"), ("PAK", "TUR"), ("ARG", "URY")]
OUTLETS = ["Helsinki Times", "Zitamar News", "Zitamar", "The Point", "Saudi Gazette", "The Defense Post", "Hankyoreh",
           "Israel Hayom", "Free Malaysia Today", "FMT", "UNIAN", "Peru Reports", "FBC News", "FBC", "The Rio Times"]


def has(row, term):
    # Case-sensitive whole-word match for names; "CAR" only in capitals.
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
