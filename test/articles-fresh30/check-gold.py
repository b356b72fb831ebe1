#!/usr/bin/env python3
"""Extra checks of gold/ against corpus/ beyond make-gold.py: header fields, offices, locations and full names occur
in the text; no entity twice in one event; modes belong to one of the event's types (the PLOVER manual's mode tables);
dates are real and not after publication; every pair of double quotation marks in the text is a gold quote and the
reverse; proposal ordinals run 1, 2, 3; figures are positive with a period not after publication. Adapted from
articles-fresh29's for articles-fresh30 with the checks of its brief: publication dates two on Monday 5 December 2022,
two each Tuesday to Friday, one Saturday, one Sunday (11 December), each weekday checked with datetime; the date as the
outlet prints it in the header is in the text and reads as the gold's published day (and, where the header names a
weekday, in full or abbreviated, that weekday is the right one); per article 8-13 events, 2-8 people, 1-4 quotes,
figures present, 350-900 words; enumerated proposals in two or three articles; all sixteen PLOVER types over the set;
background acts before 2000 present; every event with at least one participant. Usage: python3 -B check-gold.py"""
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
    raw = open(os.path.join(HERE, "corpus", f), encoding="utf-8").read()
    text = re.sub(r"\s+", " ", raw)
    if not 350 <= len(raw.split()) <= 900:
        bad(f, f"{len(raw.split())} words")
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
        if e["cue"] not in raw:
            bad(f, f"cue not an exact substring: {e['cue'][:50]}")
        if not (e["actor"] or e["recipient"]):
            bad(f, f"event without participants: {e['cue'][:50]}")
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
        if p["text"] not in raw:
            bad(f, f"proposal not an exact substring: {p['text'][:50]}")
    for s, o in by.items():
        if o != list(range(1, len(o) + 1)):
            bad(f, f"proposal ordinals {o}")
    for x in gold["figures"]:
        if not x["value"] > 0:
            bad(f, f"figure value {x}")
        if x["period"] and day(x["period"]) > pub:
            bad(f, f"figure period after publication {x}")
# The publication date as each outlet prints it (its own format), and the day it is read as.
HEADER = {
    "s01_dawn_pak_gbr.txt": ("Published December 5, 2022", "2022-12-05"),
    "s02_khmertimes_khm_tha.txt": ("Publication date 05 December 2022 | 08:10 ICT", "2022-12-05"),
    "s03_jakartapost_idn_nld.txt": ("Jakarta ● Tue, December 6, 2022", "2022-12-06"),
    "s04_barbadostoday_brb_ken.txt": ("December 6, 2022", "2022-12-06"),
    "s05_lrt_ltu_ukr.txt": ("2022.12.07 11:42", "2022-12-07"),
    "s06_vanguard_nga_deu.txt": ("December 7, 2022", "2022-12-07"),
    "s07_peninsula_qat_sau.txt": ("Published: 08 Dec 2022 - 08:55 pm", "2022-12-08"),
    "s08_astanatimes_kaz_uzb.txt": ("8 December 2022", "2022-12-08"),
    "s09_matangitonga_ton_nzl.txt": ("Friday, December 9, 2022 - 11:52", "2022-12-09"),
    "s10_santiagotimes_chl_arg.txt": ("December 9, 2022", "2022-12-09"),
    "s11_prishtinainsight_kos_alb.txt": ("10/12/2022 - 15:20", "2022-12-10"),
    "s12_khaleejtimes_are_jpn.txt": ("Published: Sun 11 Dec 2022, 6:12 PM", "2022-12-11"),
}
for g in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
    gold = json.load(open(g, encoding="utf-8"))
    f = gold["file"]
    raw = open(os.path.join(HERE, "corpus", f), encoding="utf-8").read()
    printed, read = HEADER.get(f, (None, None))
    if printed is None or printed not in raw[:600]:  # the header: masthead, section, headline, byline, date
        bad(f, f"header date not found: {printed}")
    if read != gold["document"]["published"]:
        bad(f, f"published {gold['document']['published']} but header reads {read}")
    wd = re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b", printed or "")
    if wd and not day(read).strftime("%A").startswith(wd.group(1)):
        bad(f, f"header weekday {wd.group(1)} is not {day(read).strftime('%A')}")
# Set-level checks of the brief (articles-fresh30); the weekdays are checked with datetime as well.
WEEK = {"2022-12-05": 2, "2022-12-06": 2, "2022-12-07": 2, "2022-12-08": 2, "2022-12-09": 2, "2022-12-10": 1,
        "2022-12-11": 1}
for d, k in zip(sorted(WEEK), range(7)):
    if day(d).weekday() != k:
        bad("set", f"{d} is not the weekday expected")
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
golds = [json.load(open(g, encoding="utf-8")) for g in sorted(glob.glob(os.path.join(HERE, "gold", "*.json")))]
days = {}
for gold in golds:
    days[gold["document"]["published"]] = days.get(gold["document"]["published"], 0) + 1
    f, n = gold["file"], len(gold["events"])
    if not 8 <= n <= 13:
        bad(f, f"{n} events")
    if not 2 <= len(gold["people"]) <= 8:
        bad(f, f"{len(gold['people'])} people")
    if not 1 <= len(gold["quotes"]) <= 4:
        bad(f, f"{len(gold['quotes'])} quotes")
    if not gold["figures"]:
        bad(f, "no figures")
    for e in gold["events"]:
        if not e["actor"] + e["recipient"]:
            bad(f, f"event without participants: {e['cue'][:50]}")
if days != WEEK:
    bad("set", f"publication days {days}")
with_props = sum(1 for gold in golds if gold["proposals"])
if not 2 <= with_props <= 3:
    bad("set", f"{with_props} articles with proposals")
seen = {t for gold in golds for e in gold["events"] for t in e["event"]}
if seen != TYPES:
    bad("set", f"types missing: {sorted(TYPES - seen)}")
old = sum(1 for gold in golds for e in gold["events"] if int(e["date"][:4]) < 2000)
if not old:
    bad("set", "no background act before 2000")
print(f"{len(golds)} gold files, {sum(len(g['events']) for g in golds)} events, {old} before 2000")
print(f"{problems} problems")
sys.exit(1 if problems else 0)
