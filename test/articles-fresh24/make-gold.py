#!/usr/bin/env python3
"""Writes gold/<article>.json from the annotations in ann_*.py and checks them: see test/support/make_gold.py."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from make_gold import run

sys.exit(run(HERE))
