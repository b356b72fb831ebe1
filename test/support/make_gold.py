"""Writes gold/<article>.json of a hand-annotated article set from its ann_*.py files and checks them.

Used by test/articles-fresh, -fresh2 and -fresh3 (their make-gold.py call run() on their folder; the ann_*.py files
import their constructors from ann_helpers.py beside this file).
Checks: every corpus file has an annotation and is 330-450 words; the publication date is YYYY-MM-DD;
every person's surname occurs in the article; every event has a known type, an actor and a date of
YYYY, YYYY-MM or YYYY-MM-DD, and participants that are listed people or three-letter codes; every cue
fragment (split on " ... "), quote and proposal occurs verbatim, with a listed speaker; figures have a
known qualifier, a number, a unit and a well-formed period.
"""
import glob, importlib.util, json, os, re, sys

sys.dont_write_bytecode = True
SECTIONS = ["document", "people", "events", "quotes", "proposals", "figures"]
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DATE = r"\d{4}(-\d{2}(-\d{2})?)?"
QUALIFIERS = {"exact", "over", "under", "about"}


def norm(s):
    return re.sub(r"\s+", " ", s)


def run(here):
    """Checks the annotations of the set in folder `here` and writes its gold; returns the exit status."""
    sys.path.insert(0, here)
    ANN = {}
    for path in sorted(glob.glob(os.path.join(here, "ann_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        ANN.update(mod.ANN)

    errors = []
    for f in sorted(os.listdir(os.path.join(here, "corpus"))):
        if f not in ANN:
            errors.append(f"{f}: no annotation")
            continue
        raw = open(os.path.join(here, "corpus", f), encoding="utf-8").read()
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
        for p in a.get("proposals", []):
            if p["speaker"] not in names:
                errors.append(f"{f}: unknown proposal speaker {p['speaker']}")
            if norm(p["text"]) not in text:
                errors.append(f"{f}: proposal not verbatim: {p['text']!r}")
        for x in a.get("figures", []):
            if x["qualifier"] not in QUALIFIERS or not isinstance(x["value"], (int, float)) or not x["unit"]:
                errors.append(f"{f}: bad figure {x}")
            if x["period"] is not None and not re.fullmatch(DATE, x["period"]):
                errors.append(f"{f}: bad figure period {x}")
        # A section the annotations leave out stays out of the gold, and is not scored.
        out = {"file": f, **{k: a[k] for k in SECTIONS if k in a}}
        with open(os.path.join(here, "gold", f + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    for e in errors:
        print("ERROR", e)
    print(f"{len(ANN)} annotated articles, {sum(len(a['events']) for a in ANN.values())} events, {len(errors)} errors")
    return 1 if errors else 0
