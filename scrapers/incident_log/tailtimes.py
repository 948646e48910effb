"""A date-time printed without a label at the end of a labelled value, the same way on
the records of a log:

    Event # E0000100  Type 961 TRAFFIC STOP  03/01/2019 07:00:00  Location 100 blk COAST HWY

The labels split the line into ``Type`` and ``Location``; the date-time between them has
no label of its own and ends up in the type. It is the record's time, not part of what
happened: cut off and kept as the record's reported date-time.

Read conservatively (layout inference): only on records no reader gave a date, and only
where most of them end that same field with a date-time, so one type that happens to
end with a date ("Follow-up to report of 03/01/2019") is left as it is. Where what is left
before the date-time is one word, the same on every record ("RECEIVED  10/20/2025 0032"),
it is the date's own label, read into the field by a reader that missed it: the field is
emptied rather than given the label as its value.
"""
from __future__ import annotations

from prr.scrapers.incident_log.text import DATETIME_RE, parse_datetime

MIN_RECORDS = 3
MIN_SHARE = 0.8          # share of the undated records whose field ends with a date-time
FIELDS = ("type", "location", "disposition")
_TRIM = " \t,;-|"
_CLOCK_ENDS = frozenset("0123456789mM.")
_WINDOW = 40            # the longest date-time written ("September 13, 2025 12:42 p.m.") and some
SAMPLE = 50             # undated records looked at first: most logs end no field with a date-time


def _tail(value: str) -> tuple[str, str] | None:
    """(the value before the date-time, the date-time) when the value ends with one."""
    value = value.rstrip()
    # (a clock ends in a digit or its "am"/"pm": other values are passed over at once, and
    # the date-time is looked for in the value's last characters only)
    if not value or value[-1] not in _CLOCK_ENDS:
        return None
    cut = max(0, len(value) - _WINDOW)
    last = None
    for m in DATETIME_RE.finditer(value, cut):
        last = m
    if last is None or last.end() != len(value) or last.start() == 0:
        return None
    head = value[:last.start()].rstrip(_TRIM)
    # a value made of the date alone, or a time without its date, is no glued tail
    if not head or not last.group(2) or not any(c.isalpha() for c in head):
        return None
    return head, last.group(0)


def cut_tail_times(records: list[dict]) -> None:
    """In place: a date-time closing a labelled value, on most undated records, becomes the
    record's reported date-time (see the module's note)."""
    undated = [r for r in records if not r.get("reported_at") and not r.get("occurred_at")]
    if len(undated) < MIN_RECORDS or len(undated) < MIN_SHARE * len(records):
        return
    for field in FIELDS:
        sample = [r for r in undated[:SAMPLE] if isinstance(r.get(field), str) and _tail(r[field])]
        if len(sample) < MIN_SHARE * min(len(undated), SAMPLE):
            continue
        cuts = [(r, t) for r in undated if isinstance(r.get(field), str) and (t := _tail(r[field]))]
        if len(cuts) < MIN_SHARE * len(undated):
            continue
        # one word the same on every record: the date's label, not a value
        label = len({h for _, (h, _) in cuts}) == 1 and len(cuts[0][1][0].split()) == 1
        for rec, (head, when) in cuts:
            iso = parse_datetime(when)
            if not iso:
                continue
            old = rec[field]
            rec[field] = None if label else head
            rec["reported_at"] = iso
            if field == "type" and isinstance(rec.get("offences"), list):
                rec["offences"] = [o for o in rec["offences"] if o != old] if label else \
                    [head if o == old else o for o in rec["offences"]]
        return
