#!/usr/bin/env python3
"""Writes a copy of an annotated set with the page headers taken off, as crawled article bodies
(the form of ../shared/corpus/seeds: " date YYYY-MM-DD " then the text): no title, byline, outlet or
dateline, so people's countries must come from the text itself. Only the people gold is kept.

usage: strip-headers.py CORPUS_DIR GOLD_DIR OUT_DIR   (writes OUT_DIR/corpus and OUT_DIR/gold)
"""
import json, os, re, sys

corpus, gold, out = sys.argv[1:4]
os.makedirs(out + '/corpus', exist_ok=True)
os.makedirs(out + '/gold', exist_ok=True)
DATELINE = re.compile(r'^(?:[A-Z][A-Za-z]+ \([A-Z]+\) [–-] |[A-Z][A-Z .,\'-]+(?:,[^\n(]{0,40}?)?(?:\([^)]{1,40}\))?\s*(?:--|[-—–:])\s*)')
for name in sorted(os.listdir(gold)):
    f = name[:-5]
    g = json.load(open(os.path.join(gold, name)))
    text = open(os.path.join(corpus, f)).read()
    paras = [p.strip() for p in text.split('\n\n') if p.strip()]
    start = next((i for i, p in enumerate(paras) if len(p) > 150), 0)
    body = paras[start:]
    body[0] = DATELINE.sub('', re.sub(r'^date \d{4}-\d\d-\d\d ', '', body[0]))
    published = g['document'].get('published') or '2025-01-01'
    open(os.path.join(out, 'corpus', f), 'w').write(' date %s %s\n' % (published, '\n\n'.join(body)))
    g['document'] = {'published': published, 'source': None, 'dateline': None, 'byline': None, 'title': None}
    for k in ('events', 'quotes', 'proposals', 'figures'):
        g[k] = []
    json.dump(g, open(os.path.join(out, 'gold', name), 'w'), ensure_ascii=False, indent=2)
