"""Generated logs whose text layer carries rows the page does not print (see ``log_layouts``):
voided rows set in white between the printed ones, and a template's example rows under an
opaque box pasted over them, under a heading band printed white on dark."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

COLS = (36, 110, 160, 250, 380, 500)


def voided_rows_in_white_and_covered_examples(path: Path, n: int) -> Path:
    """Helvetica 8 table "Event No  Date  Time  Call Type  Address  Result" whose heading row
    is printed white on a dark band; on every page two example rows (ids "EX-99xxx") sit
    under an opaque white box drawn over them later ("entries follow"), and after every
    fifth row a voided row of the same form and series is set in white on the white page."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    page = [1]

    def row(y: float, r: dict, no: str) -> None:
        for x, cell in zip(COLS, [no, r["date"], r["time"], r["type"], r["address"], r["dispo"]]):
            c.drawString(x, y, cell)

    def head() -> float:
        c.setFont("Helvetica-Bold", 10)
        c.setFillGray(0)
        c.drawString(36, 780, "MILLBROOK FERRY PUBLIC SAFETY - CALL REGISTER")
        c.setFillGray(0.15)
        c.rect(30, 750, 540, 14, fill=1, stroke=0)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 8)
        for x, cell in zip(COLS, ["Event No", "Date", "Time", "Call Type", "Address", "Result"]):
            c.drawString(x, 754, cell)
        c.setFont("Helvetica", 8)
        c.setFillGray(0)
        for k, ex in enumerate(rows[:2]):
            row(738 - 12 * k, ex, f"EX-{99001 + 2 * page[0] + k}")
        c.setFillGray(1)
        c.rect(30, 710, 540, 36, fill=1, stroke=0)
        c.setFillGray(0.4)
        c.drawString(36, 722, "entries follow")
        c.setFillGray(0)
        return 700

    y = head()
    for i, r in enumerate(rows):
        row(y, r, r["no"])
        y -= 12
        if i % 5 == 4:
            c.setFillGray(1)
            row(y, rows[(i + 17) % n], f"24-{5000 + i:05d}")
            c.setFillGray(0)
            y -= 12
        if y < 60:
            c.drawString(36, 30, f"page {page[0]}")
            c.showPage()
            page[0] += 1
            y = head()
    c.drawString(36, y - 12, f"Events listed: {n}")
    c.drawString(36, 30, f"page {page[0]}")
    c.save()
    return path


UNPRINTED = {f.__name__: f for f in (voided_rows_in_white_and_covered_examples,)}
