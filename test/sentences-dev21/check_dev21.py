#!/usr/bin/env python3
"""Checks test/sentences-dev21/dev21.jsonl: format, counts, codes, modes and dates, then the N-word overlap
(default 10) of its texts with the seed articles and with the texts of every other test/sentences-dev*/ jsonl.
Usage (from the repository root): python3 test/sentences-dev21/check_dev21.py [N]
Words are compared lower-cased, punctuation stripped, as in test/support/check_overlap.py. Only the shared run
and this set's id are printed, never the other text. Exits 1 on any format error or shared run."""
import datetime, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
SEEDS = os.path.join(ROOT, "..", "shared", "corpus", "seeds")
N = int(sys.argv[1]) if len(sys.argv) > 1 else 10
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODES = {  # the mode tables of the PLOVER manual
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}
GENERIC = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "KOS"}
KEYS = ["id", "text", "date", "event", "mode", "actor", "recipient"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                          "oct", "nov", "dec"])}

def iso3():
    try:
        with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
            return {c["alpha_3"] for c in json.load(f)["3166-1"]}
    except OSError:
        return None

def validate(rows):
    errs, codes = [], iso3()
    ids, texts, counts = set(), set(), {t: 0 for t in TYPES + [None]}
    for n, r in enumerate(rows, 1):
        where = f"line {n} ({r.get('id')})"
        if list(r) != KEYS:
            errs.append(f"{where}: keys {list(r)}")
            continue
        ev = r["event"]
        kind = ev.lower() if ev else "none"
        if not re.fullmatch(rf"d21-{kind}-\d\d", r["id"]):
            errs.append(f"{where}: id does not match event {ev}")
        if r["id"] in ids or r["text"] in texts:
            errs.append(f"{where}: duplicate id or text")
        ids.add(r["id"]); texts.add(r["text"])
        if ev not in counts:
            errs.append(f"{where}: unknown event {ev}")
            continue
        counts[ev] += 1
        try:
            date = datetime.date.fromisoformat(r["date"])
        except ValueError:
            errs.append(f"{where}: bad date"); continue
        if not 2018 <= date.year <= 2026:
            errs.append(f"{where}: date out of 2018-2026")
        if ev is None:
            if r["mode"] is not None or r["actor"] or r["recipient"]:
                errs.append(f"{where}: no-event line with mode or parties")
        else:
            if r["mode"] is not None and r["mode"] not in MODES.get(ev, set()):
                errs.append(f"{where}: mode {r['mode']} not a mode of {ev}")
            if not r["actor"]:
                errs.append(f"{where}: event without actor")
        for side in ("actor", "recipient"):
            v = r[side]
            if v != sorted(set(v)):
                errs.append(f"{where}: {side} not sorted or repeats")
            for c in v:
                if c not in GENERIC and codes is not None and c not in codes:
                    errs.append(f"{where}: {c} is no ISO 3166-1 alpha-3 code")
        text = r["text"]
        # every weekday named lies within the six days up to the date (a lead tells this week's news)
        for d in set(re.findall(r"\b(" + "|".join(DAYS) + r")\b", text)):
            back = (date.weekday() - DAYS.index(d)) % 7
            if back > 6 or back < 0:
                errs.append(f"{where}: weekday {d}")
        # a dateline day ("BEIJING, July 8 (Reuters)", "TOKYO, June 30 Kyodo", "PUTRAJAYA, Dec 20 (Bernama)")
        m = re.match(r"[A-Z][A-Za-z .'-]+, ([A-Z][a-z]+)\.? (\d{1,2}) ", text)
        if m and m.group(1)[:3].lower() in MONTHS:
            if (MONTHS[m.group(1)[:3].lower()], int(m.group(2))) != (date.month, date.day):
                errs.append(f"{where}: dateline day differs from date")
        words = len(text.split())
        if not 25 <= words <= 60:
            errs.append(f"{where}: {words} words")
    want = {t: 7 for t in TYPES}
    want[None] = 15
    # Two lines were removed before the first score: each told a real event a held-out text tells (README, "Status").
    want["COERCE"] = want["RETREAT"] = 6
    for t, k in counts.items():
        if k != want[t]:
            errs.append(f"{t}: {k} lines, want {want[t]}")
    return errs, counts

def words(s):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower())

def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}

def main():
    path = os.path.join(HERE, "dev21.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                print(f"line {n}: not JSON: {e}"); return 1
    errs, counts = validate(rows)
    for e in errs:
        print("FORMAT", e)
    print(f"{len(rows)} lines; " + ", ".join(f"{t or 'none'} {k}" for t, k in counts.items()))

    mine = {r["id"]: grams(words(r["text"])) for r in rows}
    others = {}
    seed_files = sorted(glob.glob(os.path.join(SEEDS, "*.txt")))
    for p in seed_files:
        with open(p, encoding="utf-8") as f:
            others.setdefault("seeds", set()).update(grams(words(f.read())))
    for p in sorted(glob.glob(os.path.join(ROOT, "test", "sentences-dev*", "*.jsonl"))):
        if os.path.abspath(p) == os.path.abspath(path):
            continue
        name = os.path.basename(os.path.dirname(p))
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    others.setdefault(name, set()).update(grams(words(json.loads(line)["text"])))
    shared = 0
    for name in sorted(others):
        hits = [(i, " ".join(g)) for i, gs in mine.items() for g in sorted(gs & others[name])]
        shared += len(hits)
        for i, g in hits:
            print(f"{name}: {i}: {g}")
        print(f"{name}: {len(hits)} shared runs of {N} words")
    print(f"{len(seed_files)} seed articles, {len(others) - (1 if seed_files else 0)} development sets; "
          f"{shared} shared runs of {N} words in all")
    return 1 if errs or shared else 0

if __name__ == "__main__":
    sys.exit(main())
