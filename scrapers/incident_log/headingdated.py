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
from bisect import bisect_right

from prr.scrapers.incident_log.entryresults import more_entries, read_result
from prr.scrapers.incident_log.hanging import case_entry_starts, hanging_spans, read_hanging_entries
from prr.scrapers.incident_log.logresult import MIN_RECORDS
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


def case_entries_dated(doc, hanging: list[int], closed):
    """The time-led entries that are records, and what they read as: of entries of every
    kind, those citing the case number (``caseseries.py``), or all of them; read by
    ``entryresults.more_entries`` (or ``closed``, read otherwise, when those are more).

    A journal may print its date only in a heading per day set among other words ("<weekday>
    <date>, <who is on duty>", too long a line to be read as a day heading, where a title line
    may carry a date that is not the day's): the case entries read with no date take the last
    line above them, outside every entry, printing one, as ``dated_case_entries`` does."""
    starts = case_entry_starts(doc, hanging) if len(hanging) >= MIN_RECORDS else None
    more = more_entries(doc, starts or hanging, closed)
    if starts and more is not None:
        _date_by_headings(doc, more.records, starts, hanging)
    return starts or hanging, more


def _date_by_headings(doc, records: list[dict], starts: list[int], hanging: list[int]) -> None:
    """Each record opened at one of ``starts`` without a date: its time on the date of the last
    line above it, outside the entries opened at ``hanging``, that prints one (in place)."""
    inside = {i for s, e in hanging_spans(doc, sorted(hanging)) for i in range(s, e)}
    headed = [(i, m.group(0)) for i, ln in enumerate(doc.lines)
              if i not in inside and i not in doc.skip and (m := DATE_RE.search(ln))]
    at = [i for i, _ in headed]
    opening = {doc.lines[s].strip(): s for s in starts}
    for rec in records:
        s = opening.get((rec.get("raw") or "").split("\n")[0])
        time = (rec.get("fields") or {}).get("time")
        k = bisect_right(at, s) - 1 if s is not None else -1
        if not rec.get("reported_at") and time and k >= 0:
            rec["reported_at"] = parse_datetime(f"{headed[k][1]} {time}")
