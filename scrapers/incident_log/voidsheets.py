"""Sheets that carry a number of the log's series and a date but hold no incident: a
report number issued in error and voided, a number skipped, each printed on a sheet of
its own. Read as rows, they would count as records.

Told from the document alone: the log's sheets print one row of labels over their values
(most records the same labels, each with a type read under them); a sheet printed under
another, shorter row of three or more labels, some of them the log's sheets never print,
sharing others (the number's), a date under them and neither a type, a place nor a text,
is a number with no incident. An entry withheld in full (its number alone, or under the
log's own labels) is an incident kept from view, not such a sheet. Dropped when such sheets
are a minority of the records; a log whose rows mostly look so is left as read."""
from __future__ import annotations

from collections import Counter

MIN_RECORDS = 6
SHARE = 0.6         # the rows under the log's own labels: most of its records
TYPED = 0.9         # of those, nearly all carry a type
MIN_LABELS = 3      # a sheet's own row: the number, a date and its state at least


def _labels(rec: dict) -> frozenset:
    return frozenset(k for k in (rec.get("fields") or {}) if not k.startswith("_"))


def _empty(rec: dict) -> bool:
    return not (rec.get("type") or rec.get("location") or rec.get("summary") or rec.get("offences"))


def drop_void_sheets(records: list[dict], layout: str | None) -> list[dict]:
    """``records`` without the sheets that print a number under labels of their own and
    hold no incident."""
    # rows of labels over their values are read as a table; free text's parts named by the
    # reader (a heading, a time) are no row of labels a sheet prints
    if layout != "table" or len(records) < MIN_RECORDS or not all(r.get("fields") for r in records):
        return records
    sets = Counter(_labels(r) for r in records)
    main, n = sets.most_common(1)[0]
    if n < SHARE * len(records):
        return records
    typed = sum(1 for r in records if _labels(r) == main and r.get("type"))
    if typed < TYPED * n:
        return records

    def void(rec: dict) -> bool:
        # a row of labels of its own (three or more, some the log's sheets never print),
        # sharing some with them, a date under it and nothing else an incident holds; a
        # withheld entry, a lone number line or a count under the log's own labels is no such sheet
        own = _labels(rec)
        return MIN_LABELS <= len(own) < len(main) and bool(own & main) and bool(own - main) \
            and bool(rec.get("reported_at") or rec.get("occurred_at")) and _empty(rec)
    kept = [r for r in records if not void(r)]
    # a few such sheets among the log's: voided numbers; many: another layout, left alone
    return kept if len(records) - len(kept) < len(records) / 3 else records
