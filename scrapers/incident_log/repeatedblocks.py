"""Consecutive blocks of one incident: one record, each block's own values kept.

A log of reports rather than incidents (use-of-force reports, officers' supplementary
reports, one form per person involved) prints one labelled block per report, each headed by
the report's own number. An incident with several reports prints them one after the other,
each repeating the incident's number with its date, type and place, while the values of the
report itself (who wrote it, what was done, the report's number) differ. Read block by
block, the incident counts once per report; it is one incident.

Told from the records already read, never from a label: a run of consecutive blocks
carrying one incident number (the case number where a block prints one beside its heading's
number: a tow log heads each block with the tow record's number and prints the case under
it, so two vehicles towed from one collision are two blocks of one case), every later block dated as the first one (the date printed in both)
and at no other place and of no other type, with the place or the type printed alike in
both. A number repeated with another date or place names another record (a log that numbers
two series alike, a call reopened another day): where fewer than ``MIN_AGREEING`` of the
runs agree, the log numbers its blocks some other way and no run is joined. Tables are left
alone: rows of one incident one under another are grouped where the rows are found
(``anchors.py``), and a case listed again lower down is ``relisted.py``'s.

The joined record is the first block's, its empty values filled from the others; its
related numbers gather every block's (the reports' own numbers among them), its offences
every block's, and a named value that differs between blocks keeps each block's value, one
line per block in block order (a field's value stays printed text, as every reader after
this one expects; an empty line where a block does not print it).
"""
from __future__ import annotations

from prr.scrapers.incident_log.record import COLUMNS

MIN_RECORDS = 5
MIN_AGREEING = 0.9      # of the runs of one number, those whose blocks agree on date, type, place


def _same(value_a, value_b) -> bool | None:
    """Whether two printed values agree (spacing and case aside); None where one is not printed."""
    if not value_a or not value_b:
        return None
    return " ".join(str(value_a).lower().split()) == " ".join(str(value_b).lower().split())


def _agrees(first: dict, later: dict) -> bool:
    """The later block is dated as the first one, at no other place and of no other type,
    and prints the place or the type as the first one does."""
    when = _same(first.get("reported_at") or first.get("occurred_at"),
                 later.get("reported_at") or later.get("occurred_at"))
    place, kind = _same(first.get("location"), later.get("location")), _same(first.get("type"), later.get("type"))
    return bool(when) and place is not False and kind is not False and bool(place or kind)


def incident_numbers(records: list[dict]) -> list[str | None]:
    """The incident's number of each record: its case number where it prints one, else its
    record number (a block headed by its own report or tow number names its case below)."""
    return [r.get("case_no") or r.get("record_no") for r in records]


def _runs(numbers: list[str | None]) -> list[tuple[int, int]]:
    """(first, past last) index of each run of two or more consecutive records of one number."""
    runs, start = [], 0
    for k in range(1, len(numbers) + 1):
        if k == len(numbers) or not numbers[k] or numbers[k] != numbers[start]:
            if k - start >= 2 and numbers[start]:
                runs.append((start, k))
            start = k
    return runs


def _joined(blocks: list[dict]) -> dict:
    rec = dict(blocks[0])
    for key in (*COLUMNS, "occurred_to", "page"):
        if rec.get(key) is None:
            rec[key] = next((b[key] for b in blocks if b.get(key) is not None), None)
    offences = [o for b in blocks for o in b.get("offences") or ()]
    rec["offences"] = list(dict.fromkeys(offences))
    # every block's own number (a report's, a tow record's) beside the numbers it cites
    related = [n for b in blocks for n in (b.get("record_no"), *(b.get("related_numbers") or ())) if n]
    own = rec.get("record_no") or rec.get("case_no")
    rec["related_numbers"] = [n for n in dict.fromkeys(related) if n != own]
    names = list(dict.fromkeys(name for b in blocks for name in b.get("fields") or {}))
    fields: dict = {}
    for name in names:
        values = [(b.get("fields") or {}).get(name) for b in blocks]
        printed = {" ".join(str(v).split()) for v in values if v}
        if len(printed) <= 1:
            fields[name] = next((v for v in values if v), values[0])
        else:       # the reports differ here (the officer, the force used): each block's, in order
            fields[name] = "\n".join(str(v) if v else "" for v in values)
    rec["fields"] = fields
    raws = [b["raw"] for b in blocks if b.get("raw")]
    if raws:
        rec["raw"] = "\n".join(raws)
    return rec


def join_repeated_blocks(records: list[dict], layout: str | None) -> list[dict]:
    """``records`` with each run of consecutive blocks of one incident joined into one
    record; unchanged in a table, where no number runs, or where the runs do not agree."""
    if layout == "table" or len(records) < MIN_RECORDS:
        return records
    runs = _runs(incident_numbers(records))
    if not runs:
        return records
    agreeing = [(a, b) for a, b in runs if all(_agrees(records[a], records[k]) for k in range(a + 1, b))]
    if len(agreeing) < MIN_AGREEING * len(runs):
        return records
    out, at = [], 0
    for a, b in agreeing:
        out.extend(records[at:a])
        out.append(_joined(records[a:b]))
        at = b
    out.extend(records[at:])
    return out
