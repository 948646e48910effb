"""A small table under each record of a table (a record's involvements, its charges): its
own title line, indented under the record's row and printed again under nearly every
record, over rows at that indent ("Involvement  Description  Reference No." over "Person
Suspect (adult)  -"), or one line at that indent when it has none ("No involvements
recorded."). Read as part of the row, its titles and cells fall into the record's columns
(and the record's columns are found from the gaps of both).

Found on the first records (one title line of three titles or more, the same words under
half of them or more, deeper than the row's first line): from the first line of a record
at that indent to the record's end, the lines are left out of the columns and kept in the
record's fields under the small table's title line as printed, its rows joined by " // "
and each row's cells by " | "; the numbers printed there stay the record's related
numbers.
"""
from __future__ import annotations

from collections import Counter

from prr.scrapers.incident_log.columns import is_title_line
from prr.scrapers.incident_log.headersubrows import header_sub_rows
from prr.scrapers.incident_log.text import cells, indent

SAMPLE = 60
MIN_SHARE = 0.5


def sub_tables(doc, spans: list[tuple[int, int]], headers: dict[int, list[str]] | None = None) -> \
        tuple[list[tuple[int, int]], dict[int, list[str]], str] | None:
    """The spans cut where each record's small table starts, its rows per record and its
    title line; or None when the records carry no such table. Titled under each record,
    or else by the header's last line set in over the records' rows (``headersubrows``)."""
    found = _titled_under_each(doc, spans)
    return found if found is not None or not headers else header_sub_rows(doc, spans, headers)


def _titled_under_each(doc, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], dict[int, list[str]], str] | None:
    seen: Counter = Counter()
    depth: dict[str, int] = {}
    for s, e in spans[:SAMPLE]:
        at = indent(doc.lines[s])
        for i in range(s + 1, e):
            ln = doc.lines[i]
            if i in doc.skip or not ln.strip() or indent(ln) <= at + 1:
                continue
            if len(cells(ln)) >= 3 and is_title_line(ln):
                key = " ".join(ln.split())
                seen[key] += 1
                depth.setdefault(key, indent(ln))
                break
    if not seen:
        return None
    key, n = seen.most_common(1)[0]
    if n < max(3, MIN_SHARE * min(SAMPLE, len(spans))):
        return None
    x = depth[key]
    cut, subs = [], {}
    for k, (s, e) in enumerate(spans):
        start = next((i for i in range(s + 1, e) if i not in doc.skip and doc.lines[i].strip()
                      and abs(indent(doc.lines[i]) - x) <= 1), None)
        if start is None:
            cut.append((s, e))
            continue
        cut.append((s, start))
        subs[k] = [" | ".join(c[2] for c in cells(doc.lines[i])) for i in range(start, e)
                   if i not in doc.skip and doc.lines[i].strip() and " ".join(doc.lines[i].split()) != key]
    return cut, subs, key


def keep_sub_rows(records: list[dict], sub, spans, doc) -> None:
    """Each record's small table kept in its fields under its title, its raw lines whole again."""
    _, subs, title = sub
    for k, rows in subs.items():
        if k < len(records):
            records[k]["fields"][title] = " // ".join(rows) or None
            records[k]["raw"] = "\n".join(doc.raw(*spans[k]))
