"""Tables typed as text art: ``+----+----+`` rules between rows, ``|`` between cells.

A row's long cells wrap onto further ``|`` lines with the other cells empty, so the
lines of one ruled row are one record's cells: each column's pieces are joined with a
space and the row is printed again as one line, its cells padded to the widest of their
column (the gaps the table readers infer columns from). Rules and pipes are dropped.
Some reports rule only around groups of rows (a day's rows between two rules): a line
filling most of its cells is then a row of its own, not the wrap of the one above, which
fills only the cells that ran long.
Told from the rules themselves, never from a word: only where a page's first lines hold
a few rules made of ``+`` and dashes (or ``=``) does anything change.
"""
from __future__ import annotations

import re

_RULE = re.compile(r"^\s*\+(?:[-=]{2,}\+){2,}\s*$")
_ROW = re.compile(r"^\s*\|.*\|\s*$")
MIN_RULES = 3           # a few rules on one of the first pages: a text-art table
SAMPLE_PAGES = 3
GAP = "   "
BAND_INDENT = "    "     # a band set in: text beside the table, not its first column


def plain_grid(page_texts: list[str]) -> list[str] | None:
    """The pages with each ruled row as one line of padded cells, or None (no text-art table)."""
    if not any("+-" in page and _rules(page) >= MIN_RULES for page in page_texts[:SAMPLE_PAGES]):
        return None
    return [_plain_page(page) if "|" in page else page for page in page_texts]


def _rules(page: str) -> int:
    return sum(1 for line in page.splitlines() if _RULE.match(line))


def _plain_page(page: str) -> str:
    out: list[str | list[str]] = []      # a text line, or a row's cells
    row: list[list[str]] | None = None

    def close() -> None:
        nonlocal row
        if row is not None:
            out.append([" ".join(p for p in pieces if p) for pieces in row])
            row = None

    for line in page.splitlines():
        if _RULE.match(line):
            close()
        elif _ROW.match(line):
            cells = [c.strip() for c in line.strip()[1:-1].split("|")]
            if row is not None and len(cells) == len(row) and not _fills_row(cells):
                for pieces, cell in zip(row, cells):
                    pieces.append(cell)
            else:
                close()
                row = [[c] for c in cells]
        else:
            close()
            out.append(line)
    close()
    return "\n".join(_render(_summary_rows_apart(out)))


def _fills_row(cells: list[str]) -> bool:
    """A line filling more than half its cells: a row of its own (a wrap fills a few)."""
    return 2 * sum(1 for c in cells if c) > len(cells)


def _summary_rows_apart(out: list) -> list:
    """A last row led by a word under a column of numbers ("totals") is no record: it is
    printed apart, as the plain line of text a closing count is."""
    rows = [i for i, item in enumerate(out) if isinstance(item, list)]
    led = [i for i in rows if re.search(r"\d", out[i][0])]
    if len(led) < 2:
        return out
    for i in rows:
        if i > led[-1] and out[i][0] and not re.search(r"\d", out[i][0]):
            out[i] = "\n" + " ".join(c for c in out[i] if c)
    return out


def _render(out: list) -> list[str]:
    """Rows padded to their column's widest cell, per run of rows of one cell count. A
    band drawn across a table of columns (one cell between the outer walls: a day's total,
    a note on the numbering) is no row: it is set in from the margin the rows start at, so
    a number it cites is not read as a row's first cell."""
    columned = any(isinstance(item, list) and len(item) > 1 for item in out)
    out = [BAND_INDENT + item[0] if columned and isinstance(item, list) and len(item) == 1 else item
           for item in out]
    widths: dict[int, list[int]] = {}
    for item in out:
        if isinstance(item, list):
            w = widths.setdefault(len(item), [0] * len(item))
            for i, cell in enumerate(item):
                w[i] = max(w[i], len(cell))
    lines = []
    for item in out:
        if isinstance(item, list):
            w = widths[len(item)]
            lines.append(GAP.join(cell.ljust(w[i]) for i, cell in enumerate(item)).rstrip())
        else:
            lines.append(item)
    return lines
