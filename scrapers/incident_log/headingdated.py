"""Time-led entries under headings that give the date, the case entries only.

A narrative of operations (a checkpoint, a patrol shift) prints a heading for each, its
date among other words on a long line ("OPERATION ... <weekday, month day, year> <hours>
Site: ..."), then entries led by a time at the margin, their text wrapped under them:
briefings, counts, stops, and the incidents, which cite a case number named as such.
A short date-alone line is read as a day heading elsewhere (``parse.LazyContext``); a
date inside a long heading is not, so the entries carry no date and the log is not seen.

Read only where the margin times were found but read as no log: of the entries, those
citing the series the words before it name as the case number (``caseseries.py``), read
as hanging entries (``hanging.py``), each dated by the last line above it, outside every
entry, that prints a date (the heading's; an entry after midnight keeps that date, as
the heading's period runs over it). The rest of an entry is its type: the words after
the case number, up to the first ";" or "." and before the first comma-set part carrying
a digit (a stop's count, a vehicle's year: details, not the offence); the label before
the number is the same in every entry and says nothing of what happened.
"""
from __future__ import annotations

import re

from prr.scrapers.incident_log.entryresults import read_result
from prr.scrapers.incident_log.hanging import case_entry_starts, hanging_spans, read_hanging_entries
from prr.scrapers.incident_log.parse import LazyContext
from prr.scrapers.incident_log.text import DATE_RE, parse_datetime

_AFTER_NUMBER = re.compile(r"^[:\s-]+([^;.]+)")


def dated_case_entries(doc, found):
    """The case entries among the margin-time entries, dated by the heading above them,
    as a free-text result, or None."""
    if found is None or found.kind != "margin_time":
        return None
    starts = case_entry_starts(doc, found.lines)
    if not starts:
        return None
    read = read_hanging_entries(doc, starts, LazyContext(doc))
    if read is None:
        return None
    records, spans = read
    inside = {i for s, e in hanging_spans(doc, sorted(found.lines)) for i in range(s, e)}
    headed = {i: m.group(0) for i, ln in enumerate(doc.lines)
              if i not in inside and i not in doc.skip and (m := DATE_RE.search(ln))}
    for rec, (s, _) in zip(records, spans):
        above = [i for i in headed if i < s]
        time = rec["fields"].get("time")
        if not rec["reported_at"] and above and time:
            rec["reported_at"] = parse_datetime(f"{headed[max(above)]} {time}")
        number = rec["record_no"]
        text = " ".join(rec["raw"].split())
        if number and number in text and (m := _AFTER_NUMBER.match(text.split(number, 1)[1])):
            parts = [p.strip() for p in m.group(1).split(",")]
            cut = next((k for k, p in enumerate(parts) if any(ch.isdigit() for ch in p)), len(parts))
            rec["type"] = ", ".join(parts[:cut or 1])
            rec["offences"] = [rec["type"]]
    result = read_result(doc, (records, spans), "free text", "text")
    # a heading's own number (the operation's), cited again by its totals under the last
    # entry: the operation's, not a number related to that entry
    own = {tok for i in headed for _, tok in doc.ids[i]}
    for rec in result.records if result is not None else []:
        rec["related_numbers"] = [x for x in rec["related_numbers"] if x not in own]
    return result
