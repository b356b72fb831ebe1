#!/usr/bin/env python3
"""Checks test/sentences-dev31/dev31.jsonl (news sentences whose parties are sub-national, institutional and corporate
agents standing for states): format, counts, codes, modes and dates, then the N-word overlap (default 10) of its texts
with the texts of every earlier development suite, each file named one by one (test/sentences-dev/dev.jsonl,
test/sentences-dev2/dev2.jsonl ... test/sentences-dev30/dev30.jsonl), with test/sentences/plover-sentences.jsonl, and
with the article corpora of the development article sets test/articles-fresh, -fresh3, -fresh5 ... -fresh29, -dev,
-events, -speech, -people and -docs, also named one by one (the held-out sets articles-fresh2 and articles-fresh4,
sentences-blind, sentences-heldout, articles-blind and test/sentences/plover-holdout.jsonl are never opened, and no glob
is used that could reach them), and within the set. Like check_dev30.py it does not read the seed articles.
Usage (from the repository root): python3 -B test/sentences-dev31/check_dev31.py [N]
Words are compared lower-cased, punctuation stripped, as in check_dev30.py. Only the shared run and this set's id are
printed, never the other text. Exits 1 on any format error or shared run."""
import collections, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
N = int(sys.argv[1]) if len(sys.argv) > 1 else 10
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODES = {  # the mode tables of the PLOVER manual; AGREE, SUPPORT, CONCEDE, COOPERATE and AID have none
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
GENERIC = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "KOS"}  # the manual's non-state codes and Kosovo
KEYS = ["id", "text", "date", "event", "mode", "actor", "recipient"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                          "oct", "nov", "dec"])}
WANT = {**{t: 7 for t in TYPES}, None: 16}
MIN_WORDS, MAX_WORDS = 8, 60  # a short wire sentence up to a long lead
# named one by one; articles-fresh2 and articles-fresh4 are held out and deliberately absent
ARTICLE_SETS = ["articles-fresh", "articles-fresh3", "articles-fresh5", "articles-fresh6", "articles-fresh7",
                "articles-fresh8", "articles-fresh9", "articles-fresh10", "articles-fresh11", "articles-fresh12",
                "articles-fresh13", "articles-fresh14", "articles-fresh15", "articles-fresh16", "articles-fresh17",
                "articles-fresh18", "articles-fresh19", "articles-fresh20", "articles-fresh21", "articles-fresh22",
                "articles-fresh23", "articles-fresh24", "articles-fresh25", "articles-fresh26", "articles-fresh27",
                "articles-fresh28", "articles-fresh29", "articles-dev", "articles-events", "articles-speech", "articles-people",
                "articles-docs"]
SUITE_FILES = [  # each earlier development suite's file, named one by one; no glob
    "sentences-dev/dev.jsonl", "sentences-dev2/dev2.jsonl", "sentences-dev3/dev3.jsonl",
    "sentences-dev4/dev4.jsonl", "sentences-dev5/dev5.jsonl", "sentences-dev6/dev6.jsonl",
    "sentences-dev7/dev7.jsonl", "sentences-dev8/dev8.jsonl", "sentences-dev9/dev9.jsonl",
    "sentences-dev10/dev10.jsonl", "sentences-dev11/dev11.jsonl", "sentences-dev12/dev12.jsonl",
    "sentences-dev13/dev13.jsonl", "sentences-dev14/dev14.jsonl", "sentences-dev15/dev15.jsonl",
    "sentences-dev16/dev16.jsonl", "sentences-dev17/dev17.jsonl", "sentences-dev18/dev18.jsonl",
    "sentences-dev19/dev19.jsonl", "sentences-dev20/dev20.jsonl", "sentences-dev21/dev21.jsonl",
    "sentences-dev22/dev22.jsonl", "sentences-dev23/dev23.jsonl", "sentences-dev24/dev24.jsonl",
    "sentences-dev25/dev25.jsonl", "sentences-dev26/dev26.jsonl", "sentences-dev27/dev27.jsonl",
    "sentences-dev28/dev28.jsonl", "sentences-dev29/dev29.jsonl", "sentences-dev30/dev30.jsonl",
    "sentences/plover-sentences.jsonl",  # the holdout file beside it is left alone
]

def iso3():
    try:
        with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
            return {c["alpha_3"] for c in json.load(f)["3166-1"]}
    except OSError:
        print("WARNING: no ISO 3166-1 list; codes not checked")
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
        if ev not in counts:
            errs.append(f"{where}: unknown event {ev}")
            continue
        kind = ev.lower() if ev else "none"
        if not re.fullmatch(rf"d31-{kind}-\d\d", r["id"]):
            errs.append(f"{where}: id does not match event {ev}")
        if r["id"] in ids or r["text"] in texts:
            errs.append(f"{where}: duplicate id or text")
        ids.add(r["id"]); texts.add(r["text"])
        counts[ev] += 1
        if not isinstance(r["text"], str) or not isinstance(r["actor"], list) or not isinstance(r["recipient"], list):
            errs.append(f"{where}: wrong field types"); continue
        try:
            date = datetime.date.fromisoformat(r["date"])
        except (TypeError, ValueError):
            errs.append(f"{where}: bad date"); continue
        if not 2010 <= date.year <= 2025:
            errs.append(f"{where}: date out of 2010-2025")
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
                if not (isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c)):
                    errs.append(f"{where}: {side} code {c!r} is not three capitals")
                elif c not in GENERIC and codes is not None and c not in codes:
                    errs.append(f"{where}: {c} is no ISO 3166-1 alpha-3 code")
        text = r["text"]
        # a lead tells this week's news: every weekday it names is the publication day or one of the two before
        # (no future weekday is named; future days are given as dates or "next week")
        for d in set(re.findall(r"\b(" + "|".join(DAYS) + r")\b", text)):
            back = (date.weekday() - DAYS.index(d)) % 7
            if back > 2:
                errs.append(f"{where}: weekday {d} is {back} days before {date}")
        # a dateline day ("BEIJING, July 8 (Reuters)") must be the date
        m = re.match(r"[A-Z][A-Za-z .'-]+, ([A-Z][a-z]+)\.? (\d{1,2}) ", text)
        if m and m.group(1)[:3].lower() in MONTHS:
            if (MONTHS[m.group(1)[:3].lower()], int(m.group(2))) != (date.month, date.day):
                errs.append(f"{where}: dateline day differs from date")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errs.append(f"{where}: {words} words")
    for t, k in counts.items():
        if k != WANT[t]:
            errs.append(f"{t or 'no event'}: {k} lines, want {WANT[t]}")
    return errs, counts

def words(s):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower())

def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}

def shape(rows):
    """Prints how the sentences are shaped (for the README); checks nothing."""
    n = [len(r["text"].split()) for r in rows]
    years = collections.Counter(r["date"][:4] for r in rows)
    datelines = [r["id"] for r in rows if re.match(r"[A-Z][A-Z .'-]+, [A-Z][a-z]+\.? \d{1,2} ", r["text"])]
    passive = [r["id"] for r in rows if re.search(r"\b(was|were|been|be|is|are) (\w+ )?(\w+ed|held|seized|shot|"
                                                   r"flown|sent|barred|handed|killed|received)\b", r["text"])]
    codes = collections.Counter(c for r in rows for c in r["actor"] + r["recipient"])
    print(f"{min(n)} to {max(n)} words (mean {sum(n) / len(n):.1f}); {len(datelines)} datelines; "
          f"{len(passive)} lines with a passive verb phrase (rough count); years " +
          ", ".join(f"{y}: {k}" for y, k in sorted(years.items())))
    print(f"{len(codes)} party codes; most frequent: " + ", ".join(f"{c} {k}" for c, k in codes.most_common(12)))

def main():
    path = os.path.join(HERE, "dev31.jsonl")
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
    shape(rows)

    mine = {r["id"]: grams(words(r["text"])) for r in rows}
    # this set's own lines must not share runs with each other either (a copied phrase is a cue)
    own = 0
    ids = list(mine)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            for g in sorted(mine[a] & mine[b]):
                own += 1
                print(f"dev31 itself: {a} / {b}: {' '.join(g)}")
    others = {}
    for rel in SUITE_FILES:
        p = os.path.join(ROOT, "test", rel)
        if not os.path.isfile(p):
            print(f"WARNING: {rel} missing")
            continue
        name = rel if rel.startswith("sentences/") else rel.split("/")[0]
        others.setdefault(name, set())
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue  # blank or comment lines
                if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                    others[name].update(grams(words(obj["text"])))
    for name in ARTICLE_SETS:
        d = os.path.join(ROOT, "test", name, "corpus")
        if not os.path.isdir(d):
            print(f"WARNING: {name}/corpus missing")
            continue
        others.setdefault(name, set())
        for fn in sorted(os.listdir(d)):  # inside the one named folder only
            if fn.endswith(".txt"):
                with open(os.path.join(d, fn), encoding="utf-8") as f:
                    others[name].update(grams(words(f.read())))
    shared = own
    for name in sorted(others):
        hits = [(i, " ".join(g)) for i, gs in mine.items() for g in sorted(gs & others[name])]
        shared += len(hits)
        for i, g in hits:
            print(f"{name}: {i}: {g}")
        print(f"{name}: {len(hits)} shared runs of {N} words")
    print(f"{len(others)} development sets and suites; {shared} shared runs of {N} words in all "
          f"({own} within dev31)")
    return 1 if errs or shared else 0

if __name__ == "__main__":
    sys.exit(main())
