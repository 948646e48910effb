"""Generated untitled tables whose last cell is one sentence per row (see ``log_layouts``)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def kind_column_and_sentence_cell(path: Path, n: int) -> Path:
    """A weekly blotter without column titles: each row prints the entry's kind (``Entry``,
    the same word on every row), its number, a weekday date-time, and one sentence saying
    what happened, where and how it ended (``Burglary, 120 Harbor Blvd. Report Taken.``)."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    per_page = 40
    for p in range(0, len(rows), per_page):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 750, "Ostrander Police Department - Blotter, 04/01/2024 to 04/10/2024")
        c.setFont("Helvetica", 8)
        for j, r in enumerate(rows[p:p + per_page]):
            y = 720 - 16 * j
            day = WEEKDAYS[(int(r["date"][3:5]) - 1) % 7]
            c.drawString(50, y, "Entry")
            c.drawString(95, y, f"OS{4400 + p + j}")
            c.drawString(150, y, f"{day} {r['date'][:5]} {r['time']}")
            c.drawString(240, y, f"{r['type']}, {r['address']}. {r['dispo']}.")
        c.showPage()
    c.save()
    return path


SENTENCE_CELLS = {f.__name__: f for f in (kind_column_and_sentence_cell,)}
