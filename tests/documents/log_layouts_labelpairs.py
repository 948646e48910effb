"""Generated logs of labelled blocks printing their labels in a column at the left, without
colons (see ``log_layouts``), with a second pair of a bare label and its value right of the
first line's value."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas


def left_label_blocks_capitals_pair_beside_the_number(path: Path, n: int) -> Path:
    """Courier 9 blocks: "REPORT NO.  24-01000        LOGGED   04/01/2024 10:09" on the
    first line, then "NATURE", "PLACE" and "RESULT" lines, the labels in capitals at the
    margin: the second pair ("LOGGED" and its date-time) right of the number, in capitals
    too, is a pair beside the label column's value, not a table's cell."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    y = 0
    for r in rows:
        if y < 90:
            if y:
                c.showPage()
            c.setFont("Courier", 9)
            c.drawString(40, 800, "REPORTS LOGGED THIS WEEK")
            y = 775
        c.drawString(40, y, f"REPORT NO.  {r['no']:<20}LOGGED   {r['date']} {r['time']}")
        c.drawString(40, y - 12, f"NATURE      {r['type']}")
        c.drawString(40, y - 24, f"PLACE       {r['address']}")
        c.drawString(40, y - 36, f"RESULT      {r['dispo']}")
        y -= 56
    c.save()
    return path


LABEL_PAIRS = {f.__name__: f for f in (left_label_blocks_capitals_pair_beside_the_number,)}
