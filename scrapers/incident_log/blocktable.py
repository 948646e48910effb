"""A small table inside each labelled block: a booking's charges ("Statute  Charge
Description  Cls  Bond"), one charge a row, between the block's labelled lines.

Found from the labels already found on each line (no pass over the text): a line where
three or more of the log's labels stand apart like column titles, with no value beside
them, is the table's title row; the rows under it, up to the next labelled or blank line,
are its rows. The column titled for the offence (its title names a type, "Charge
Description", "Offense") gives the record's offences, one per row; the title row and the
rows are then no labels and no loose text of the block.
"""
from __future__ import annotations

from prr.scrapers.incident_log.columns import is_title_line
from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import cells


def inner_tables(clean: list[str], spans, by_line: dict) -> dict[int, list[str]]:
    """Record index -> the offences of its inner table; the table's lines are blanked in
    ``clean`` and dropped from ``by_line`` (in place)."""
    # the cells and their titles first: most labelled lines are one run of words and values,
    # settled by that alone, and the title-line test (dates, numbers) is the costly part
    # (a title row has three cells, so two gaps of 2+ spaces inside it: a line without them,
    # one label after another at one space, is settled without cutting it into cells)
    titles = {}
    for i, hs in by_line.items():
        if len(hs) >= 3 and clean[i].strip().count("  ") >= 2:
            head = _table_head(clean[i])
            if head is not None and is_title_line(clean[i]):
                titles[i] = head
    if not titles:
        return {}
    out: dict[int, list[str]] = {}
    k = 0
    for i in sorted(titles):
        while k < len(spans) and spans[k][1] <= i:
            k += 1
        if k == len(spans) or not spans[k][0] <= i < spans[k][1]:
            continue
        kind = titles[i]
        offences = []
        j = i + 1
        while j < spans[k][1] and clean[j].strip() and j not in by_line:
            row = cells(clean[j])
            if len(row) >= 2:
                cell = min(row, key=lambda c: abs(c[0] - kind[0]))
                offences.append(cell[2])
            clean[j] = ""
            j += 1
        clean[i] = ""
        by_line.pop(i, None)
        if offences:
            out[k] = offences
    return out


def _table_head(line: str):
    """The cell titled for the offence when ``line`` has 3+ cells, else None."""
    heads = cells(line)
    if len(heads) < 3:
        return None
    return next((h for h in heads if column_for(h[2]) == "type"), None)
