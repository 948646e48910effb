"""Generated logs set in two newspaper columns of short lines (see ``log_layouts``): each
column much wider than the few words a line of it holds, so a wide blank gutter parts
the two halves."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def short_line_columns(path: Path, n: int) -> Path:
    """A township's monthly sheet in two newspaper columns set half a page apart: blocks
    of a bold "WT24-0117  4/1/24" line (a time on two blocks of three), the nature, the
    place and, on most, the outcome, filled block by block down the left column, then the
    right one, then the next page. The lines are short, so each half's text ends far left
    of the next column's edge; a centred sheet number closes each page."""
    rows = incidents(n)
    blocks = []
    for i, r in enumerate(rows):
        month, day, year = r["date"].split("/")
        head = f"WT{year[2:]}-{117 + i:04d}  {int(month)}/{int(day)}/{year[2:]}"
        if i % 3 != 2:
            head += f"  {r['time']}"
        lines = [("Helvetica-Bold", head), ("Helvetica", r["type"]), ("Helvetica", r["address"])]
        if i % 5 != 4:
            lines.append(("Helvetica-Oblique", r["dispo"]))
        blocks.append(lines)
    c = canvas.Canvas(str(path), pagesize=letter)
    page, col, y, top = 1, 0, 0.0, 700

    def start_page():
        nonlocal y
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, 748, "Wexcombe Township Watch - calls by month")
        c.setFont("Helvetica", 8)
        c.drawString(48, 736, "kept by the township clerk, tel. 555-0143")
        y = top

    def end_page():
        c.setFont("Helvetica", 8)
        c.drawCentredString(306, 40, f"sheet {page}")
    start_page()
    for block in blocks:
        if y - 11 * len(block) < 110:
            if col == 1:
                end_page()
                c.showPage()
                page += 1
                start_page()
            else:
                y = top
            col = 1 - col
        for font, text in block:
            c.setFont(font, 9)
            c.drawString(48 + 300 * col, y, text)
            y -= 11
        y -= 9
    end_page()
    c.save()
    return path


SHORT_COLUMNS = {f.__name__: f for f in (short_line_columns,)}
