"""Generated logs (see ``log_layouts``) whose table cuts a long remark after a fixed number
of lines with a mark naming an item ("[ctd. R3]"), the rest printed after the log on
overflow pages whose items repeat the row's number and date: not records, the rest of the
row's remark."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

_CELL = 46          # characters of the remarks column
_KEPT = 2           # remark lines printed in the table
_SHEET = 118        # characters of an overflow item's line
_MORE = ("Deputies canvassed the block and spoke with two neighbours who had seen nothing unusual.",
         "The complainant was given the report number and told how to add items to the report.",
         "A supervisor reviewed the scene and approved the release of the property to the owner.",
         "Dispatch ran the plate and the registration came back current with no wants on file.")


def remark(i: int, r: dict) -> str:
    """Incident ``i``'s whole remark: every third runs on past the table's lines."""
    more = " ".join(_MORE[(i + k) % len(_MORE)] for k in range(1 + i % 4)) if i % 3 == 0 else ""
    return f"{r['summary']} {more}".strip()


def call_register_overflow_remarks(path: Path, n: int) -> Path:
    """A sheriff's call register, landscape Courier 8: Incident #, When (date over time),
    Call Type, Location, Result and "Remarks (2 lines)"; a remark longer than two lines is
    cut and its second line ends "[ctd. R<k>]". After the register, on pages headed
    "OVERFLOW REMARKS", come the items "Item R1:   24-01000   of 04/01/2024" with the rest
    of the remark indented under them; an item may run on over a page break."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    page = [0]

    def new_page(title: str) -> float:
        if page[0]:
            c.showPage()
        page[0] += 1
        c.setFont("Courier", 8)
        c.drawString(40, 580, f"VELLACOURT COUNTY SHERIFF - CALL REGISTER            {title}")
        c.drawString(40, 30, f"Remarks over two lines are carried to the overflow pages.      sheet {page[0]}")
        return 555

    def titles(y: float) -> float:
        for x, t in ((40, "Incident #"), (110, "When"), (180, "Call Type"), (290, "Location"), (390, "Result"),
                     (480, "Remarks (2 lines)")):
            c.drawString(x, y, t)
        return y - 22

    y = titles(new_page("April 2024"))
    items = []
    for i, r in enumerate(rows):
        lines = textwrap.wrap(remark(i, r), _CELL)
        if len(lines) > _KEPT:
            key = f"R{len(items) + 1}"
            cut = textwrap.wrap(remark(i, r), _CELL - 11)
            shown = cut[:_KEPT]
            shown[-1] += f" [ctd. {key}]"
            items.append((key, r, " ".join(cut[_KEPT:])))
            lines = shown
        if y - 11 * max(2, len(lines)) < 50:
            y = titles(new_page("April 2024"))
        for x, v in ((40, r["no"]), (110, r["date"]), (180, r["type"]), (290, r["address"]), (390, r["dispo"])):
            c.drawString(x, y, v)
        c.drawString(110, y - 11, r["time"])
        for k, ln in enumerate(lines):
            c.drawString(480, y - 11 * k, ln)
        y -= 11 * max(2, len(lines)) + 4
    c.drawString(40, y - 10, f"Calls listed: {n}")
    y = new_page("Overflow remarks") - 10
    c.drawString(40, y, "OVERFLOW REMARKS")
    y -= 22
    for key, r, rest in items:
        if y < 70:
            y = new_page("Overflow remarks (cont.)")
        c.drawString(40, y, f"Item {key}:   {r['no']}   of {r['date']}")
        y -= 11
        for ln in textwrap.wrap(rest, _SHEET):
            if y < 50:
                y = new_page("Overflow remarks (cont.)")
            c.drawString(70, y, ln)
            y -= 11
        y -= 9
    c.save()
    return path


OVERFLOW = {f.__name__: f for f in (call_register_overflow_remarks,)}
