"""A table page's columns: where the record lines' gaps part them, what their titles are,
and the lines under a row that are no cells (notes, a narrative, a form's empty rows)."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.columns import (
    gaps_to_columns,
    merge_spanned,
    merge_split_dates,
    merge_untitled,
    split_by_titles,
    titles,
)
from prr.scrapers.incident_log.narrowheader import stretched
from prr.scrapers.incident_log.parse import Doc
from prr.scrapers.incident_log.tablecells import _NOTE, _is_note, is_reference
from prr.scrapers.incident_log.text import cells


def page_columns(doc: Doc, spans, header: list[str], id_x: dict[int, int]):
    """The columns of one page's records, their titles, and the note lines kept out of them."""
    notes = {i for s, e in spans for i in range(s + 1, e) if _NOTE.match(doc.lines[i]) and _is_note(doc.lines[i])}
    notes.update(_references(doc, spans))
    prose = prose_lines(doc, spans, notes)
    blank = _blank_form_rows(doc, spans)
    kept = [i for s, e in spans for i in range(s, e) if i not in doc.skip and i not in notes
            and i not in prose and i not in blank]
    # rows of words citing an earlier row's number set no columns (a page of nothing else keeps them)
    citing = _citing_rows(doc, spans, id_x)
    body = [doc.lines[i] for i in kept if i not in citing] or [doc.lines[i] for i in kept]
    if blank:       # the ruled form's empty lines are no rows either: gaps are the rows' own
        body = [ln for ln in body if ln.strip()]
    cols = merge_split_dates(gaps_to_columns(body), body)
    if not header:
        # no titles to say where columns part: a one-character gap is a word space (a
        # page of a few rows whose house numbers all have four digits), columns part wider
        cols = _join_word_spaces(cols)
    if header:
        header = stretched(header, cols, body)        # titles packed left of the rows' columns
        cols = split_by_titles(cols, header, body, {id_x[s] for s, _ in spans if s in id_x})
    names = titles(header, cols) if header else [""] * len(cols)
    if header:
        cols, names = merge_untitled(cols, names)
        cols, names = merge_spanned(cols, names, header)
    return cols, _distinct([n or f"column {j + 1}" for j, n in enumerate(names)]), notes, prose


def _distinct(names: list[str]) -> list[str]:
    """A title printed twice ("Date  Time  Occ Date  Time"): the second one qualified by the
    title before it, which says whose it is ("Occ Date Time"), so neither value is lost."""
    out: list[str] = []
    for j, name in enumerate(names):
        out.append(f"{out[j - 1]} {name}" if name in out and j else name)
    return out


_ROW_NUMBER = re.compile(r"^\s*(\d{1,2})\s*$")


def _blank_form_rows(doc: Doc, spans) -> set[int]:
    """Lines holding only a pre-printed row number, counting up by one ("5", "6", ...: a
    form's unused ruled rows under the page's last record): no column's values. Looked for
    only when a page's records are few (their gaps decide the columns)."""
    if len(spans) > 8:
        return set()
    found = [(i, int(m.group(1))) for s, e in spans for i in range(s + 1, e)
             if (m := _ROW_NUMBER.match(doc.lines[i]))]
    rows = {i for (i, n), (_, m) in zip(found, found[1:]) if m == n + 1}
    rows |= {j for (i, n), (j, m) in zip(found, found[1:]) if m == n + 1}
    return rows if len(rows) >= 3 else set()


def _join_word_spaces(cols: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for c in cols:
        if out and c[0] - out[-1][1] == 1:
            out[-1] = (out[-1][0], c[1])
        else:
            out.append(c)
    return out


def prose_lines(doc: Doc, spans, notes: set[int]) -> set[int]:
    """Lines of a narrative printed under a row: one run of four words or more (no column
    gap) reaching over where two of the row's cells start, or one when indented under the
    row no further than its second cell, which no wrapped cell does (a cell wraps inside
    its column; one overflowing starts at the margin or right of that). Kept out of the
    columns and read as the record's narrative."""
    out: set[int] = set()
    for s, e in spans:
        if e - s < 2:
            continue
        row = cells(doc.lines[s])
        if len(row) < 3:
            continue
        first, starts = row[0][0], [c[0] for c in row[1:]]
        at = -1
        for i in range(s + 1, e):
            if i in notes or i in doc.skip:
                continue
            cs = cells(doc.lines[i])
            if len(cs) != 1:
                continue
            over = sum(1 for x in starts if cs[0][0] < x < cs[0][1])
            # over two cells; or over one, indented under the row's second cell at most, or
            # starting under the middle of a value of the row (a cell overflowing its column
            # starts where its column does, or in a gap when centred: never inside a value)
            inside = any(c[0] + 1 < cs[0][0] < c[1] for c in row)
            if cs[0][2].count(" ") >= 3 and (over >= 2 or (over and (first < cs[0][0] <= starts[0] + 1 or inside))):
                out.add(i)
                at = cs[0][0]
            elif i - 1 in out and abs(cs[0][0] - at) <= 1:
                out.add(i)          # the narrative's last words, wrapped under its start
    return out


def _citing_rows(doc: Doc, spans, id_x: dict[int, int]) -> set[int]:
    """Rows that are one run of words around the number of a row printed earlier: a line
    referring to that row ("see <number> (run 402): ..."), or its number printed again
    over the rest of it carried to the next page ("<number> (cont'd)"). No row of cells:
    its words run over the gaps between the columns, so it sets none (read with the
    other rows' columns, ``crossrefs.py`` leaves a reference out, a carried row is joined
    to its first part)."""
    lines = {s: tok for s, _ in spans if s in id_x and len(cells(doc.lines[s])) == 1
             and (tok := _number_at(doc, s, id_x[s])) and _WORDS.search(doc.lines[s].replace(tok, " "))}
    if not lines:       # (rows of cells: no pass over the document's numbers)
        return set()
    wanted = set(lines.values())
    first: dict[str, int] = {}
    for i, x in id_x.items():
        tok = _number_at(doc, i, x)
        if tok in wanted and i < first.get(tok, len(doc.lines)):
            first[tok] = i
    return {s for s, tok in lines.items() if first.get(tok, s) < s}


_WORDS = re.compile(r"[A-Za-z]{2,}")


def _number_at(doc: Doc, i: int, x: int) -> str | None:
    return next((tok for at, tok in doc.ids[i] if at == x), None)


def _references(doc: Doc, spans) -> set[int]:
    """The record lines under a row citing another series' number (``is_reference``)."""
    out = set()
    for s, e in spans:
        own = doc.ids[s][0][1] if doc.ids[s] else None
        out.update(i for i in range(s + 1, e) if doc.ids[i] and is_reference(doc.lines[i], doc.ids[i], own)
                   and not _goes_on(doc.lines[i - 1], doc.lines[i]))
    return out


_JOINERS = (",", ";", "-", "/", "&")


def _goes_on(above: str, line: str) -> bool:
    """The line above has a cell over this line's text that ends as if it goes on ("TURNED
    OVER TO COUNTY SO," over "CCSO 25-894248"): the line is that cell wrapping."""
    x = len(line) - len(line.lstrip())
    end = len(line.rstrip())
    return any(a < end and b > x and text.endswith(_JOINERS) for a, b, text in cells(above))
