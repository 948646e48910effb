"""A call's line, then one line per status change: a CAD call history.

Two title lines name two kinds of line: the first the call's (number, nature, place),
the second the lines under it, one per status change (date on the first only, time,
status, unit, disposition on the last). Read as one row, the status lines' words fall
into the call's columns and every call gets the statuses as its disposition. Told from
the document: a header of two title lines on the pages, and records of three lines or
more whose lines after the first start under the second title line, not the first.

Each line is read by the titles of its own title line (a word goes to the title whose
start is nearest its own); the status lines' values are gathered per title: the record
is reported when its first status line says (its date and time), its disposition is the
last one printed, and every value is kept in ``fields`` (several units as a list).
"""
from __future__ import annotations

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.record import build
from prr.scrapers.incident_log.text import DATE_RE, TIME_ONLY_RE, cells

MIN_LINES = 3       # a call line and at least two status lines, on most records


def status_line_records(doc, spans, headers: dict[int, list[str]], numbers: dict[int, str],
                        context) -> list[dict] | None:
    """The records read as a call line over its status lines, or None when the log is not
    laid out so (looked at on the first records only)."""
    if not headers or sum(1 for h in headers.values() if len(h) == 2) < 0.8 * len(headers):
        return None
    first = spans[:40]
    if sum(1 for s, e in first if _lines(doc, s, e) >= MIN_LINES) < 0.8 * len(first):
        return None
    header = next(iter(headers.values()))
    top, below = _titles(header[0]), _titles(header[1])
    if len(top) < 2 or len(below) < 3 or top[0][0] >= below[0][0]:
        return None
    # the lines under the call line start under the second title line's first title
    under = [cells(doc.lines[i])[0][0] for s, e in first for i in range(s + 1, e)
             if i not in doc.skip and doc.lines[i].strip()]
    if not under or sum(1 for x in under if x >= below[0][0] - 2) < 0.9 * len(under):
        return None
    out = []
    current = header
    for k, (s, e) in enumerate(spans):
        current = headers.get(doc.pages[s], current)
        top, below = _titles(current[0]), _titles(current[1]) if len(current) > 1 else below
        out.append(_record(doc, s, e, top, below, numbers.get(k), context))
    return out


def _lines(doc, s: int, e: int) -> int:
    return sum(1 for i in range(s, e) if i not in doc.skip and doc.lines[i].strip())


def _titles(line: str) -> list[tuple[int, str]]:
    return [(x, text) for x, _, text in cells(line)]


def _split(line: str, titles: list[tuple[int, str]]) -> dict[str, str]:
    """The line's words under the title whose start is nearest each word's start (a date
    and time one space apart fall under their two titles)."""
    out: dict[str, list[str]] = {}
    for x, _, text in cells(line):
        pos = x
        for word in text.split(" "):
            if word:
                title = min(titles, key=lambda t: abs(t[0] - pos))[1]
                out.setdefault(title, []).append(word)
            pos += len(word) + 1
    return {t: " ".join(ws) for t, ws in out.items()}


def _record(doc, s: int, e: int, top, below, number: str | None, context) -> dict:
    lines = [i for i in range(s, e) if i not in doc.skip and doc.lines[i].strip()]
    values = _split(doc.lines[lines[0]], top)
    # the title over the record's number holds the number, whatever its word ("Incident")
    names = {t: "record_no" if number and number in v.split() else column_for(t) for t, v in values.items()}
    history: dict[str, list[str]] = {}
    for i in lines[1:]:
        for title, value in _split(doc.lines[i], below).items():
            history.setdefault(title, []).append(value)
    when: list[str] = []
    # of titles naming an outcome, the one printed on the fewest lines is the outcome (a
    # status printed on every line is the call's state at that time)
    outcomes = [t for t in history if column_for(t) == "disposition"]
    outcome = min(outcomes, key=lambda t: len(history[t]), default=None)
    for title, vals in history.items():
        field = column_for(title)
        if field in ("reported_at", "occurred_at") and vals:
            # the first status line says when the call came in: its date (printed on it
            # only) and its time
            first = vals[0]
            if DATE_RE.search(first) or TIME_ONLY_RE.match(first):
                when.append(first)
            values[title] = " ".join(vals)
            names[title] = None
        elif title == outcome:
            values[title] = vals[-1]       # the last status printed: how the call ended
            names[title] = field
        else:
            distinct = list(dict.fromkeys(vals))
            values[title] = " ".join(distinct)
            names[title] = None
    if when:
        values["_reported"] = " ".join(when)
        names["_reported"] = "reported_at"
    return build(values, names, page=doc.pages[s], number=number, raw=doc.raw(s, e), context_date=context[s])
