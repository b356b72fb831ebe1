#!/usr/bin/env python3
"""Writes gold/<article>.json from the annotations in ann_*.py and checks them.

Adapted from test/articles-fresh/make-gold.py. Checks: every quote occurs verbatim in its article;
every cue fragment (split on " ... ") occurs in the article; every event participant is a listed
person or a three-letter code; dates (events, figure periods, publication) are YYYY, YYYY-MM or
YYYY-MM-DD; every person's surname occurs in the article; every proposal text occurs in the article
and its speaker is listed; figures have a known qualifier; every corpus file has an annotation;
articles are 330-450 words.
"""
import glob, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DATE = r"\d{4}(-\d{2}(-\d{2})?)?"
QUALIFIERS = {"exact", "over", "under", "about"}

ANN = {}
for path in sorted(glob.glob(os.path.join(HERE, "ann_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    ANN.update(mod.ANN)

def norm(s):
    return re.sub(r"\s+", " ", s)

errors = []
for f in sorted(os.listdir(os.path.join(HERE, "corpus"))):
    if f not in ANN:
        errors.append(f"{f}: no annotation")
        continue
    raw = open(os.path.join(HERE, "corpus", f), encoding="utf-8").read()
    text = norm(raw)
    words = len(raw.split())
    if not 330 <= words <= 450:
        errors.append(f"{f}: {words} words")
    a = ANN[f]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["document"]["published"] or ""):
        errors.append(f"{f}: bad published date")
    names = {p["name"] for p in a["people"]}
    for p in a["people"]:
        if not re.fullmatch(r"[A-Z]{3}", p["country"]):
            errors.append(f"{f}: bad country {p}")
        if p["name"].split()[-1] not in text:
            errors.append(f"{f}: person not in text {p['name']}")
    for e in a["events"]:
        if not e["event"] or not set(e["event"]) <= TYPES:
            errors.append(f"{f}: bad type {e['event']}")
        if not re.fullmatch(DATE, e["date"]):
            errors.append(f"{f}: bad date {e['date']}")
        if not e["actor"]:
            errors.append(f"{f}: no actor: {e['cue']!r}")
        for x in e["actor"] + e["recipient"]:
            if x not in names and not re.fullmatch(r"[A-Z]{3}", x):
                errors.append(f"{f}: unknown participant {x}")
        for frag in e["cue"].split(" ... "):
            if norm(frag) not in text:
                errors.append(f"{f}: cue fragment not in text: {frag!r}")
    for q in a["quotes"]:
        if q["speaker"] not in names:
            errors.append(f"{f}: unknown speaker {q['speaker']}")
        if norm(q["text"]) not in text:
            errors.append(f"{f}: quote not verbatim: {q['text']!r}")
    for p in a["proposals"]:
        if p["speaker"] not in names:
            errors.append(f"{f}: unknown proposal speaker {p['speaker']}")
        if norm(p["text"]) not in text:
            errors.append(f"{f}: proposal not verbatim: {p['text']!r}")
    for x in a["figures"]:
        if x["qualifier"] not in QUALIFIERS or not isinstance(x["value"], (int, float)) or not x["unit"]:
            errors.append(f"{f}: bad figure {x}")
        if x["period"] is not None and not re.fullmatch(DATE, x["period"]):
            errors.append(f"{f}: bad figure period {x}")
    out = {"file": f, "document": a["document"], "people": a["people"], "events": a["events"],
           "quotes": a["quotes"], "proposals": a["proposals"], "figures": a["figures"]}
    with open(os.path.join(HERE, "gold", f + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

for e in errors:
    print("ERROR", e)
print(f"{len(ANN)} annotated articles, {sum(len(a['events']) for a in ANN.values())} events, {len(errors)} errors")
sys.exit(1 if errors else 0)
