"""Generated logs of labelled blocks whose own number stands only at the right of a
label's line (see ``log_layouts``)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines


def blocks_numbered_in_barcode_marks_beside_the_first_label(path: Path, n: int) -> Path:
    """A transit authority's safety desk, Courier 8: a block per occurrence, "Matter:" (the
    type: no word of it says so), "Logged:", "Address:", "Result:", "Notes:"; the block's
    number printed once, at the right of the "Matter:" line between a barcode's start and
    stop marks ("*TS2401000*"), never under a label of its own."""
    lines: list[str] = []
    for r in incidents(n):
        number = "TS" + r["no"].replace("-", "")
        lines += ["", f"  {'Matter:':<16}{r['type']:<58}*{number}*", f"  {'Logged:':<16}{r['date']} {r['time']}",
                  f"  {'Address:':<16}{r['address']}", f"  {'Result:':<16}{r['dispo']}",
                  f"  {'Notes:':<16}{r['summary']}"]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"GREYSTONE TRANSIT AUTHORITY - SAFETY DESK OCCURRENCES - sheet {page}")
        return 725
    return flowed_lines(path, lines, header)


BARCODE = {f.__name__: f for f in (blocks_numbered_in_barcode_marks_beside_the_first_label,)}
