#!/usr/bin/env python3
"""Writes gold/<article>.json from the annotations in ann_*.py (format: ../shared/spec/gold-format.md) and checks them.

Self-contained for articles-fresh30 (constructors in ann_helpers.py beside it). Checks, per article: the text exists and
has 350-900 words (this set's brief); every event cue, quote text and proposal text is an exact substring of the raw
text; every person
name occurs in the text; actor and recipient entries are either a listed person or a three-letter upper-case code;
event types are PLOVER's sixteen; dates are YYYY, YYYY-MM or YYYY-MM-DD; figure qualifiers are exact/over/under/about;
quote and proposal speakers are listed people. It locates every cue, quote and proposal as a span (start, end) of the
raw text and checks that text[start:end] is the evidence; the spans are counted in the summary (the gold format has
no offset field, so they are not written). Adapted from articles-fresh29's. Run with python3 -B so that no cache is
left behind.
Prints one line per problem and a summary; exits 1 if there are problems.
"""
import glob, importlib, json, os, re, sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CODE = re.compile(r"^[A-Z]{3}$")


def main():
    ann = {}
    for path in sorted(glob.glob(os.path.join(HERE, "ann_s*.py"))):
        mod = importlib.import_module(os.path.splitext(os.path.basename(path))[0])
        for k in mod.ANN:
            if k in ann:
                print(f"{k}: annotated twice")
        ann.update(mod.ANN)
    problems, events, spans = 0, 0, 0

    def bad(f, msg):
        nonlocal problems
        problems += 1
        print(f"{f}: {msg}")

    corpus = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "corpus", "*.txt")))
    for f in corpus:
        if f not in ann:
            bad(f, "no annotation")
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    for f, a in sorted(ann.items()):
        path = os.path.join(HERE, "corpus", f)
        if not os.path.exists(path):
            bad(f, "no text")
            continue
        text = open(path, encoding="utf-8").read()

        def span(ev, what):
            nonlocal spans
            start = text.find(ev)
            if start < 0 or text[start:start + len(ev)] != ev:
                return False
            spans += 1
            return True
        n = len(text.split())
        if not 350 <= n <= 900:
            bad(f, f"{n} words")
        names = {p["name"] for p in a["people"]}
        for p in a["people"]:
            if p["name"] not in text:
                bad(f, f"person not in text: {p['name']}")
            if not CODE.match(p["country"]):
                bad(f, f"country code {p['country']}")
        if not DATE.match(a["document"]["published"]) or len(a["document"]["published"]) != 10:
            bad(f, "published date")
        for e in a["events"]:
            events += 1
            if not e["event"] or set(e["event"]) - TYPES:
                bad(f, f"event types {e['event']}")
            if not DATE.match(e["date"]):
                bad(f, f"date {e['date']}")
            if not span(e["cue"], "cue"):
                bad(f, f"cue not in text: {e['cue'][:60]}")
            if not e["actor"]:
                bad(f, f"no actor: {e['cue'][:60]}")
            for x in e["actor"] + e["recipient"]:
                if x not in names and not CODE.match(x):
                    bad(f, f"unknown entity {x}")
        for q in a["quotes"]:
            if q["speaker"] not in names:
                bad(f, f"quote speaker not a person: {q['speaker']}")
            if not span(q["text"], "quote"):
                bad(f, f"quote not in text: {q['text'][:60]}")
        for p in a["proposals"]:
            if p["speaker"] not in names:
                bad(f, f"proposal speaker not a person: {p['speaker']}")
            if not span(p["text"], "proposal"):
                bad(f, f"proposal not in text: {p['text'][:60]}")
        for x in a["figures"]:
            if x["qualifier"] not in {"exact", "over", "under", "about"}:
                bad(f, f"qualifier {x}")
            if x["period"] is not None and not DATE.match(x["period"]):
                bad(f, f"figure period {x}")
        gold = {"file": f, "document": a["document"], "people": a["people"], "events": a["events"],
                "quotes": a["quotes"], "proposals": a["proposals"], "figures": a["figures"]}
        with open(os.path.join(HERE, "gold", f + ".json"), "w", encoding="utf-8") as out:
            json.dump(gold, out, ensure_ascii=False, indent=2)
            out.write("\n")
    print(f"{len(ann)} annotated articles, {events} events, {spans} evidence spans located, {problems} errors")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
