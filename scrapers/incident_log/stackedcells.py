"""Cells stacked under a title naming their parts with slashes.

A sheet whose rows are several lines deep may print in each cell one part a line, named in
order by the column's title: "Incident / Date / Time" over the number, its date and its
time one under the other; "Location / Disposition" over the place and the outcome; a
person's column keyed "sex age residence / ARR or CIT no. / charges" over who the person
is, the person's number, then one charge a line. Read as ordinary cells, each cell's lines
run together into one value that no field can take (a number, a date and a time in one).

When nearly every cell of such a column holds at least a line per name, the column is
stacked, not wrapped, and each line is its name's part (the last name takes the lines
left: one charge a line, a narrative). Two lines under two names may as well be one value
wrapped (a long number, a remark over two lines), so a table is read so only when one of
its stacked columns names three parts or more.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.fields import name_columns

STEADY = 0.8            # share of a column's cells holding a line per name for it to be stacked
MIN_STACKED = 3         # cells of a column so stacked
MIN_NAMES = 3           # names of the title of one stacked column at least, for any to be read so
_DATES = ("reported_at", "occurred_at")
_IDS = ("record_no", "case_no")
_RUN_ON = ("type", "summary")       # a last part that may take several lines
_DIGIT = re.compile(r"\d")
_SLASH = re.compile(r"\s+/\s+")


def stacked_columns(rows: list[tuple[int, list[str], list[str]]], line_parts: dict[int, list[list[str]]],
                    id_cols: dict[int, int | None]) -> dict[str, tuple[list[str], list[str | None]]]:
    """The slashed titles whose cells are stacked, over every record's table (``rows``:
    record, titles, values; ``line_parts``: each record's lines split into its cells): title
    -> its names and the field of each, typed as a table's columns are (by name, else by
    the parts' values: a date, a time)."""
    cells: dict[str, list[list[str]]] = {}
    own: dict[str, bool] = {}
    slashed: dict[int, list[int]] = {}      # a page's titles (one list each): the slashed ones
    for k, names, _ in rows:
        cols = slashed.get(id(names))
        if cols is None:
            cols = slashed[id(names)] = [col for col, name in enumerate(names) if " / " in name]
        for col in cols:
            name = names[col]
            cell = [parts[col] for parts in line_parts.get(k, ()) if col < len(parts) and parts[col]]
            if cell:
                cells.setdefault(name, []).append(cell)
            own[name] = own.get(name, False) or col == id_cols.get(k)
    out = {}
    for name, found in cells.items():
        titles = [t.strip() for t in _SLASH.split(name)]
        if len(titles) < 2 or not all(titles):
            continue
        # (an unused cell's mark, "—" or "(none)", printed again and again, is no cell)
        marks = Counter(cell[0] for cell in found if len(cell) == 1 and not _DIGIT.search(cell[0]))
        mark = marks.most_common(1)[0][0] if marks and marks.most_common(1)[0][1] >= MIN_STACKED else None
        filled = [cell for cell in found if cell != [mark]]
        stacked = [cell for cell in filled if len(cell) >= len(titles)]
        if len(stacked) < MIN_STACKED or len(stacked) < STEADY * len(filled) or _named(stacked, titles):
            continue
        samples = [_parts(cell, len(titles)) for cell in stacked[:200]]
        fields = name_columns(titles, samples, 0 if own[name] else None)
        if not own[name] and set(fields) & set(_IDS):
            continue        # (numbers stacked in a cell of their own: the pair reader's)
        out[name] = (titles, fields)
    # two lines under two names may as well be one value wrapped (a long number, a remark):
    # only a column stacked under three names or more tells the rows are stacked
    return out if any(len(titles) >= MIN_NAMES for titles, _ in out.values()) else {}


def _named(cells: list[list[str]], titles: list[str]) -> bool:
    """Most cells print a later part after its own name ("Dispo Unfounded" under "Units /
    Dispo"): the parts are told by their names, not their lines (``titleparts.py``)."""
    names = tuple(f"{t.lower()} " for t in titles[1:])
    return sum(1 for cell in cells if any(ln.lower().startswith(names) for ln in cell[1:])) >= 0.5 * len(cells)


def _parts(cell: list[str], n: int) -> list[str]:
    """A cell's lines as ``n`` parts: one a line, the last part the lines left (joined by
    `` // ``, as a type's charges are)."""
    return cell[:n - 1] + [" // ".join(cell[n - 1:])]


def split_stacked_cells(values: dict[str, str], mapping: dict, names: list[str], lines: list[list[str]],
                        stacked: dict[int, tuple[list[str], list[str | None]]], id_col: int | None,
                        number: str | None) -> None:
    """Each stacked cell of a record parted one line per name (the last name's part the
    lines left, one charge a line), the record's number the first part of its own column;
    the charges of several such columns (one person each) are the record's type together,
    in order. A cell of fewer lines (an unused cell's dash, or no telling which part it
    holds) keeps no field. In place."""
    kinds: list[str] = []
    for col, (titles, fields) in stacked.items():
        name = names[col]
        cell = [parts[col] for parts in lines if col < len(parts) and parts[col]]
        own = col == id_col
        if len(cell) < len(titles):
            if name in values and not own:
                mapping[name] = None
            continue
        # more lines than names: the last part runs on (one charge a line, a narrative), or
        # there is no telling which part wrapped (the cell stays whole)
        if (len(cell) > len(titles) and fields[-1] not in _RUN_ON) or \
                (own and (number is None or number not in cell[0].split())):
            continue
        del values[name]
        field_of = mapping.pop(name, None)
        if own:
            values[name], mapping[name] = number, field_of
        for k, (title, field, part) in enumerate(zip(titles, fields, _parts(cell, len(titles)))):
            if own and k == 0:
                continue
            if field in _IDS or (field in mapping.values() and field not in _DATES and field != "type"):
                field = None        # (a second place or outcome kept under its own name)
            key = title if title not in values else f"{title} ({titles[0]})"
            values[key], mapping[key] = part if field == "type" else part.replace(" // ", " "), field
            if field == "type":
                kinds.append(key)
    if len(kinds) > 1:      # one type: every person's charges
        values[kinds[0]] = " // ".join(values[k] for k in kinds)
        for k in kinds[1:]:
            mapping[k] = None
