"""Table rows whose date is printed on some rows only, and rows cut at a page break.

**A date cell merged over a day's rows.** A ruled log may merge the date cells of one day
into one, printed once at its vertical middle: in the text the date stands on a row in the
middle of the day, the day's first rows carry only a time, and the date in force from a
heading (or none) would be the day before. When most rows carry a time and only a few a
date, the rows are cut into runs of times that do not go back (a day's rows in time
order). A run's rows were given the day before (in force above the day's cell) or the
day's own date (printed in the run): the later of the two is the run's day, given to all
its rows. Nothing is changed unless some run holds exactly those two dates and nearly all
runs one date or two consecutive ones.

**A row cut at a page break, its number printed again.** A row too tall for the page foot
goes on under the next page's header with its number repeated (``PF25-0666 (cont.)``):
the first record of a page with the same number as the last record of the page before,
and no date of its own, is the rest of that record, joined to it (one record per
incident; two records of one number with their own dates stay two).
"""
from __future__ import annotations

import datetime as _dt
import re

from prr.scrapers.incident_log.record import record_number
from prr.scrapers.incident_log.text import DATE_RE, TIME_ONLY_RE, parse_datetime

MAX_DATED = 0.5           # share of rows printing a date, above which dates are per row
MIN_CONSISTENT = 0.9      # share of runs holding at most one distinct date
SAMPLE = 200              # rows the columns are told on (a yearly log has tens of thousands)


def _date_and_time_columns(records: list[dict]) -> tuple[str, str] | None:
    """A column of times on nearly every row and one with dates on a few, told on a sample."""
    values = [r.get("fields") or {} for r in records[:SAMPLE]]
    keys = list(values[0]) if values else []
    times = [k for k in keys if sum(1 for v in values if TIME_ONLY_RE.match((v.get(k) or "").strip()))
             >= 0.9 * len(values)]
    dates = [k for k in keys if 0 < sum(1 for v in values if DATE_RE.search(v.get(k) or "")) <= MAX_DATED * len(values)]
    return (dates[0], times[0]) if times and dates else None


def _clock(text: str) -> int:
    digits = text.replace(":", "").strip()[:4]
    return int(digits) if digits.isdigit() else -1


def dates_from_day_cells(records: list[dict]) -> bool:
    """Each row's date from the day cell of its run of times; True when applied."""
    if len(records) < 4:
        return False
    cols = _date_and_time_columns(records)
    if cols is None:
        return False
    date_key, time_key = cols
    runs: list[list[dict]] = []
    last = None
    for r in records:
        clock = _clock((r.get("fields") or {}).get(time_key) or "")
        if last is None or clock < last:
            runs.append([])
        runs[-1].append(r)
        last = clock
    # the dates a run's rows print in the date column or were given (the day before, in
    # force above the day's cell, or the day's own, printed in the run): the later is its day
    dated = [sorted({d for r in run for d in (_printed(r, date_key), (r.get("reported_at") or "")[:10]) if d})
             for run in runs]
    if sum(1 for d in dated if len(d) == 1 or (len(d) == 2 and _next_day(d[0], d[1]))) < MIN_CONSISTENT * len(runs):
        return False
    for run, days in zip(runs, dated):
        if not days or (len(days) == 2 and not _next_day(days[0], days[1])) or len(days) > 2:
            continue
        for r in run:
            when = parse_datetime(f"{days[-1]} {((r.get('fields') or {}).get(time_key) or '').strip()}")
            if when:
                r["reported_at"] = when
    return True


def _printed(rec: dict, key: str) -> str | None:
    m = DATE_RE.search((rec.get("fields") or {}).get(key) or "")
    when = parse_datetime(m.group(0)) if m else None
    return when[:10] if when else None


def _next_day(a: str, b: str) -> bool:
    try:
        return _dt.date.fromisoformat(b) - _dt.date.fromisoformat(a) == _dt.timedelta(days=1)
    except ValueError:
        return False


def join_rows_cut_at_page_break(records: list[dict]) -> None:
    """A page's first record numbered as the previous page's last is its rest: joined."""
    k = 1
    while k < len(records):
        a, b = records[k - 1], records[k]
        number = record_number(a)
        if number and b.get("page") != a.get("page") and (record_number(b)) == number \
                and not b.get("reported_at") and not b.get("occurred_at"):
            join_continued(a, b)
            del records[k]
        else:
            k += 1


_CONTINUED = re.compile(r"^\(?(?:cont\.?|cont'd|continued)\)?$", re.I)


def join_continued(a: dict, b: dict) -> None:
    for key in ("location", "disposition", "summary"):
        if b.get(key) and _CONTINUED.match(b[key].strip()):
            b[key] = None               # the "(cont.)" beside the repeated number says only that
    a["offences"] = (a.get("offences") or []) + (b.get("offences") or [])
    if a["offences"]:
        a["type"] = " // ".join(a["offences"])
    for key in ("location", "disposition", "summary", "occurred_at", "reported_at", "case_no"):
        if b.get(key) and not a.get(key):
            a[key] = b[key]
        elif b.get(key) and key in ("location", "disposition", "summary") and b[key] != a[key]:
            a[key] = f"{a[key]} {b[key]}"
    fields = a.setdefault("fields", {})
    for key, value in (b.get("fields") or {}).items():
        if value and key in fields and fields[key] and value != fields[key] and not DATE_RE.search(value):
            fields[key] = f"{fields[key]} {value}"
        elif value and not fields.get(key):
            fields[key] = value
    a["related_numbers"] = list(dict.fromkeys((a.get("related_numbers") or []) + (b.get("related_numbers") or [])))
    if a.get("raw") and b.get("raw"):
        a["raw"] = f"{a['raw']}\n{b['raw']}"
