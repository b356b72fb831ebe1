"""Small constructors shared by the ann_*.py annotation files of the hand-annotated article sets (articles-fresh, -fresh2, -fresh3)."""

def D(published, source, dateline, byline, title):
    return {"published": published, "source": source, "dateline": dateline, "byline": byline, "title": title}

def P(name, country, *offices):
    return {"name": name, "country": country, "offices": list(offices)}

def E(event, mode, date, actor, recipient, location, cue):
    return {"event": event, "mode": mode, "date": date, "actor": actor, "recipient": recipient,
            "location": location, "cue": cue}

def Q(speaker, text):
    return {"speaker": speaker, "text": text}

def PR(speaker, ordinal, text):
    return {"speaker": speaker, "ordinal": ordinal, "text": text}

def F(measure, value, unit, period, qualifier):
    return {"measure": measure, "value": value, "unit": unit, "period": period, "qualifier": qualifier}
