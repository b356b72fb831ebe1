#!/usr/bin/env python3
"""Checks that no run of N (10) consecutive words of an article in SET/corpus/ also occurs in a seed
article (../shared/corpus/seeds beside the checkout, or the folder given second).
Usage: python3 test/support/check_overlap.py test/articles-fresh3 [SEEDS]
Words are compared lower-cased, punctuation stripped. Prints each shared run; exits 1 if any."""
import glob, os, re, sys

if len(sys.argv) < 2:
    sys.exit("usage: check_overlap.py SET_FOLDER [SEEDS_FOLDER]")
HERE = os.path.abspath(sys.argv[1])
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SEEDS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "..", "shared", "corpus", "seeds")
N = 10

def words(path):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", open(path, encoding="utf-8").read().lower())

def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}

seed_files = sorted(glob.glob(os.path.join(SEEDS, "*.txt")))
if not seed_files:
    sys.exit(f"no seed articles in {SEEDS}")
seed = set()
for p in seed_files:
    seed |= grams(words(p))
shared = 0
for p in sorted(glob.glob(os.path.join(HERE, "corpus", "*.txt"))):
    for g in sorted(grams(words(p)) & seed):
        shared += 1
        print(f"{os.path.basename(p)}: {' '.join(g)}")
print(f"{len(seed_files)} seed articles, {len(glob.glob(os.path.join(HERE, 'corpus', '*.txt')))} articles, "
      f"{shared} shared runs of {N} words")
sys.exit(1 if shared else 0)
