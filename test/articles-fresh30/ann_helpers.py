"""Constructors for the gold records of articles-fresh30 (format: ../shared/spec/gold-format.md).

Same constructor names as articles-fresh29's: D (document), P (person), E (event), Q (quote), PR (proposal),
F (figure). make-gold.py imports the ANN tables built with them.
"""


def D(published, source, dateline, byline, title):
    return {"published": published, "source": source, "dateline": dateline, "byline": byline, "title": title}


def P(name, country, *offices):
    return {"name": name, "country": country, "offices": list(offices)}


def E(event, mode, date, actor, recipient, location, cue):
    return {"event": list(event), "mode": list(mode), "date": date, "actor": list(actor),
            "recipient": list(recipient), "location": location, "cue": cue}


def Q(speaker, text):
    return {"speaker": speaker, "text": text}


def PR(speaker, ordinal, text):
    return {"speaker": speaker, "ordinal": ordinal, "text": text}


def F(measure, value, unit, period, qualifier):
    return {"measure": measure, "value": value, "unit": unit, "period": period, "qualifier": qualifier}
