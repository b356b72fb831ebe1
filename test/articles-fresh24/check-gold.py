#!/usr/bin/env python3
"""Extra checks of gold/ against corpus/ beyond make-gold.py: header fields, offices, locations and full names occur
in the text; no entity twice in one event; modes belong to one of the event's types; dates are real and not after
publication; every pair of double quotation marks in the text is a gold quote and the reverse; proposal ordinals run
1, 2, 3; figures are positive with a period not after publication. Adapted for articles-fresh24 with checks of the
brief: publication dates two on Monday 18 November 2019, two each Tuesday to Friday, one Saturday, one Sunday; per
article 6-11 events, 2-6 people, 2-3 quotes, figures present; proposals in three or four articles; all sixteen PLOVER
types over the set."""
import datetime, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"}, "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
                "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}


def day(s):
    parts = [int(x) for x in s.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts)


problems = 0
def bad(f, msg):
    global problems
    problems += 1
    print(f"{f}: {msg}")

for g in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
    gold = json.load(open(g, encoding="utf-8"))
    f = gold["file"]
    text = re.sub(r"\s+", " ", open(os.path.join(HERE, "corpus", f), encoding="utf-8").read())
    low = text.lower()
    doc = gold["document"]
    pub = day(doc["published"])
    for k in ("title", "byline", "source", "dateline"):
        if doc[k] and doc[k].lower() not in low:
            bad(f, f"{k} not in text: {doc[k]}")
    for p in gold["people"]:
        if p["name"].lower() not in low:
            bad(f, f"full name not in text: {p['name']}")
        for o in p["offices"]:
            if o.lower() not in low:
                bad(f, f"office not in text: {o}")
    for e in gold["events"]:
        ents = e["actor"] + e["recipient"]
        if len(ents) != len(set(ents)):
            bad(f, f"entity twice: {e['cue'][:50]}")
        for m in e["mode"]:
            if not any(m in MODES.get(t, set()) for t in e["event"]):
                bad(f, f"mode {m} not of {e['event']}")
        try:
            if day(e["date"]) > pub:
                bad(f, f"date after publication: {e['date']}")
        except ValueError:
            bad(f, f"not a date: {e['date']}")
        if e["location"] and e["location"].lower() not in low:
            bad(f, f"location not in text: {e['location']}")
    marks = re.findall(r'"([^"]*)"', text)
    if text.count('"') % 2:
        bad(f, "odd number of quotation marks")
    if any(c in text for c in "“”"):
        bad(f, "curly quotes")
    quotes = [re.sub(r"\s+", " ", q["text"]) for q in gold["quotes"]]
    for m in marks:
        if m not in quotes:
            bad(f, f"quotation not in gold: {m[:50]}")
    for q in quotes:
        if q not in marks:
            bad(f, f"gold quote not a quotation: {q[:50]}")
    by = {}
    for p in gold["proposals"]:
        by.setdefault(p["speaker"], []).append(p["ordinal"])
    for s, o in by.items():
        if o != list(range(1, len(o) + 1)):
            bad(f, f"proposal ordinals {o}")
    for x in gold["figures"]:
        if not x["value"] > 0:
            bad(f, f"figure value {x}")
        if x["period"] and day(x["period"]) > pub:
            bad(f, f"figure period after publication {x}")
# Set-level checks of the brief (articles-fresh24).
WEEK = {"2019-11-18": 2, "2019-11-19": 2, "2019-11-20": 2, "2019-11-21": 2, "2019-11-22": 2, "2019-11-23": 1,
        "2019-11-24": 1}
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
golds = [json.load(open(g, encoding="utf-8")) for g in sorted(glob.glob(os.path.join(HERE, "gold", "*.json")))]
days = {}
for gold in golds:
    days[gold["document"]["published"]] = days.get(gold["document"]["published"], 0) + 1
    f, n = gold["file"], len(gold["events"])
    if not 6 <= n <= 11:
        bad(f, f"{n} events")
    if not 2 <= len(gold["people"]) <= 6:
        bad(f, f"{len(gold['people'])} people")
    if not 2 <= len(gold["quotes"]) <= 3:
        bad(f, f"{len(gold['quotes'])} quotes")
    if not gold["figures"]:
        bad(f, "no figures")
if days != WEEK:
    bad("set", f"publication days {days}")
with_props = sum(1 for gold in golds if gold["proposals"])
if not 3 <= with_props <= 4:
    bad("set", f"{with_props} articles with proposals")
seen = {t for gold in golds for e in gold["events"] for t in e["event"]}
if seen != TYPES:
    bad("set", f"types missing: {sorted(TYPES - seen)}")
print(f"{problems} problems")
sys.exit(1 if problems else 0)
