#!/usr/bin/env python3
"""Compares this set's texts with the development sentence suites, which test/support/check_overlap.py cannot read:
every string of every line of the *.jsonl and *.txt files of test/sentences-dev, test/sentences-dev2 ...
test/sentences-dev30 (each folder named, none globbed) and test/sentences/plover-sentences.jsonl (named), 10-word runs
compared lower-cased with punctuation stripped, as check_overlap.py does. Prints only counts and the runs of this
set's own texts that are shared. Run from the repository root: python3 -B test/articles-fresh30/check-sentences-overlap.py
"""
import glob, json, os, re, sys

N = 10
HERE = os.path.dirname(os.path.abspath(__file__))
TEST = os.path.join(HERE, "..")


def words(s):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower())


def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


mine = {os.path.basename(p): grams(words(open(p, encoding="utf-8").read()))
        for p in sorted(glob.glob(os.path.join(HERE, "corpus", "*.txt")))}
files = ([p for f in ["sentences-dev"] + [f"sentences-dev{i}" for i in range(2, 31)]
          for p in sorted(glob.glob(os.path.join(TEST, f, "*.jsonl")) + glob.glob(os.path.join(TEST, f, "*.txt")))]
         + [os.path.join(TEST, "sentences", "plover-sentences.jsonl")])
nfiles = nlines = shared = 0
for p in files:
    if not os.path.exists(p):
        continue
    nfiles += 1
    for line in open(p, encoding="utf-8"):
        nlines += 1
        line = line.strip()
        try:
            texts = list(strings(json.loads(line))) if line.startswith(("{", "[")) else [line]
        except ValueError:
            texts = [line]
        for s in texts:
            g = grams(words(s))
            for k, m in mine.items():
                for x in sorted(g & m):
                    shared += 1
                    print(k, " ".join(x))
print(f"{nfiles} files, {nlines} lines, {shared} shared runs of {N} words")
sys.exit(1 if shared else 0)
