"""Generated logs whose records print a date-time without a label of its own (see
``log_layouts``): it follows a labelled value on the same line."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas


def labelled_lines_unlabelled_datetime_after_the_type(path: Path, n: int) -> Path:
    """Helvetica 9 register, one line a record: "Call # 24-01000  Nature Burglary
    04/01/2024 10:09  Place 100 Main St  Result Report Taken": the date-time has no label
    and follows the nature on the line, forty lines a page under a page title."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    for start in range(0, n, 40):
        c.setFont("Helvetica", 9)
        c.drawString(40, 800, f"Call Register - sheet {start // 40 + 1}")
        for k, r in enumerate(rows[start:start + 40]):
            c.drawString(40, 780 - 18 * k, f"Call # {r['no']}  Nature {r['type']}  {r['date']} {r['time']}"
                                           f"  Place {r['address']}  Result {r['dispo']}")
        c.showPage()
    c.save()
    return path


TAIL_TIMES = {f.__name__: f for f in (labelled_lines_unlabelled_datetime_after_the_type,)}
