"""More generated logs (see ``log_layouts``): a release whose first page lists every number
released (two to a line, each with the sheet it is on), then the log's sheets bound out of
order, their sheet numbers printed."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_SHEET = 24
BOUND = (2, 0, 3, 1)        # the sheets in the order they are bound


def numbers_list_then_sheets_out_of_order(path: Path, n: int) -> Path:
    """Page 1: ``Numbers released`` in two columns, ``24-01000   sheet 3``; then the log's
    sheets (Event / Received / Nature / Location / Result) bound in the order ``BOUND``,
    each footed ``sheet k / N``. The records are read in the order the sheets are bound."""
    rows = incidents(n)
    sheets = [rows[k:k + PER_SHEET] for k in range(0, len(rows), PER_SHEET)]
    sheet_of = {r["no"]: k + 1 for k, sheet in enumerate(sheets) for r in sheet}
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, 750, "Harrow Vale Sheriff - records release - numbers released")
    c.setFont("Courier", 8)
    half = (len(rows) + 1) // 2
    for k in range(half):
        for col, r in enumerate(rows[k::half][:2] if k + half < len(rows) else [rows[k]]):
            c.drawString(50 + 260 * col, 725 - 11 * k, f"{r['no']}   sheet {sheet_of[r['no']] + 1}")
    c.showPage()
    for k in BOUND[:len(sheets)]:
        c.setFont("Courier", 8)
        c.drawString(50, 750, "HARROW VALE SHERIFF - EVENT LEDGER")
        for x, title in zip((0, 70, 170, 290, 420), ("Event", "Received", "Nature", "Location", "Result")):
            c.drawString(50 + x, 728, title)
        for j, r in enumerate(sheets[k]):
            y = 712 - 24 * j
            for x, value in zip((0, 70, 170, 290, 420), (r["no"], f"{r['date']} {r['time']}", r["type"],
                                                          r["address"], r["dispo"])):
                c.drawString(50 + x, y, value)
            if j % 4 == 1:
                c.drawString(120, y - 10, f"tow slip TW-{7700 + j * 13}")
        c.drawRightString(560, 40, f"sheet {k + 2} / {len(sheets) + 1}")
        c.showPage()
    c.save()
    return path


BOUND_OUT_OF_ORDER = {f.__name__: f for f in (numbers_list_then_sheets_out_of_order,)}
