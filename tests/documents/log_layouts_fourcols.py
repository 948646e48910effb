"""Generated logs set in four narrow newspaper columns (see ``log_layouts``): a weekly's
beat column whose run-in items hang (first line at the column's edge, the rest set in) and
close with their number in brackets, often on a line or in a column after the item's start."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

COLUMNS = 4
SIZE = 7.5
HANG = 4        # points the lines after an item's first are set in
NARRATIVES = ("A gate was left open at the boatyard.", "Caller heard glass break.",
              "A delivery van blocked the lane for most of the morning.", "Smoke smell; nothing found.",
              "Two bicycles were reported taken from a shed behind the house.")


def four_column_beat_items(path: Path, n: int) -> Path:
    """The Quillmoor Ledger's "Constable's Beat" in four narrow columns of small type, a
    dated masthead over each page: per call a run-in item `Tues. 10:09 a.m. Burglary, 100
    Main St. A gate was left open at the boatyard. Report Taken. [QM-24-01000]`, its first
    line at the column's edge and the rest set in a little, no gap between items; each item
    cut wherever a column or page ends, its bracketed number last (on a later line, or at
    the top of the next column). The last page's second column is short (with 100 items:
    three), too few hanging first lines to count at its start."""
    days = ("Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun.")
    lines: list[tuple[bool, str]] = []      # (an item's first line, text)
    for i, r in enumerate(incidents(n)):
        day = days[(int(r["date"][3:5]) - 1) % 7]
        hour, minute = int(r["time"][:2]), r["time"][3:]
        clock = f"{hour % 12 or 12}:{minute} {'a.m.' if hour < 12 else 'p.m.'}"
        item = f"{day} {clock} {r['type']}, {r['address']}. {NARRATIVES[i % len(NARRATIVES)]} " \
               f"{r['dispo']}. [QM-{r['no']}]"
        for k, part in enumerate(textwrap.wrap(item, 36)):
            lines.append((k == 0, part))
    c = canvas.Canvas(str(path), pagesize=letter)
    width = (612 - 72) / COLUMNS
    page, col = 1, 0

    def start_page() -> float:
        c.setFont("Times-Bold", 14)
        c.drawCentredString(306, 755, "THE QUILLMOOR LEDGER")
        c.setFont("Times-Roman", 8)
        c.drawCentredString(306, 743, f"Issued weekly - April 11, 2024 - Page {page}")
        if page == 1:
            c.setFont("Times-Bold", 10)
            c.drawString(36, 730, "CONSTABLE'S BEAT")
            c.setFont("Times-Italic", 8)
            c.drawString(36, 718, "April 1-10, 2024. Each item closes with the constable's reference in brackets.")
            return 700
        c.setFont("Times-Bold", 10)
        c.drawString(36, 730, "CONSTABLE'S BEAT, continued")
        return 712
    y = start_page()
    top = y
    for first, text in lines:
        if y < 60:
            col += 1
            if col == COLUMNS:
                c.showPage()
                page += 1
                col = 0
                top = y = start_page()
            else:
                y = top
        c.setFont("Times-Roman", SIZE)
        c.drawString(36 + col * width + (0 if first else HANG), y, text)
        y -= SIZE + 1.5
    c.save()
    return path


FOUR_COLUMNS = {f.__name__: f for f in (four_column_beat_items,)}
