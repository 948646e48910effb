"""Generated logs of bare digits (see ``log_layouts``): a fixed-width listing whose
control number, date (YYYYMMDD), hour, zone and unit are all plain runs of digits."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas


def digit_columns_with_compact_dates(path: Path, n: int) -> Path:
    """Courier, one call a line: "240401007  20240401  1009  14  305  BURGLARY  RPT";
    the date column is titled "CALL DATE" and printed as eight bare digits, beside a
    nine-digit control number, a 2-digit zone and a 3-digit unit. A title block and the
    column titles on every page; a count at the end."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    c.setFont("Courier", 8)

    def header(page: int) -> float:
        c.drawString(30, 580, f"COUNTY COMMUNICATIONS CENTER   CALL LISTING CL-40   SHEET {page:03d}")
        c.drawString(30, 560, "CONTROL      CALL DATE  HHMM  ZONE  UNIT  NATURE                      RESULT")
        c.drawString(30, 552, "-" * 90)
        return 540

    page, y = 1, header(1)
    for i, r in enumerate(rows):
        if y < 50:
            c.showPage()
            c.setFont("Courier", 8)
            page += 1
            y = header(page)
        mm, dd, yyyy = r["date"].split("/")
        control = f"{yyyy[2:]}{mm}{dd}{i:03d}"
        line = (f"{control:<13}{yyyy}{mm}{dd}   {r['time'].replace(':', '')}  {10 + i % 9:<6}"
                f"{300 + i % 13:<6}{r['type'].upper():<28}{r['dispo'].upper()[:12]}")
        c.drawString(30, y, line)
        y -= 11
    c.drawString(30, y - 12, f"CALLS LISTED {n}")
    c.save()
    return path


DIGITS = {f.__name__: f for f in (digit_columns_with_compact_dates,)}
