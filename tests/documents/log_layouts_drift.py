"""Generated logs whose table columns drift from row to row (see ``log_layouts``): a
photographed table read back by OCR, its gaps wider towards one edge and its number and
dates run together by single blanks."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

PER_PAGE = 22


def drifting_columns_next_sheet_peeking(path: Path, n: int) -> Path:
    """Courier 8 rows "24-01000 04/01/24 10:09 Burglary<gap>100 Main St<gap>Report Taken":
    the number and the date-time one blank apart, the later cells after gaps that widen and
    narrow from row to row (no gap runs down a page); the column titles only on the last
    page; under each page's footer the next sheet's last three rows and its own footer
    (the stack below the photographed sheet), so those rows are printed twice."""
    rows = incidents(n)

    def line(k: int, r: dict) -> str:
        gaps = (3 + (k * 5) % 9, 3 + (k * 3) % 11)
        date = r["date"][:6] + r["date"][-2:]
        return f"{r['no']} {date} {r['time']} {r['type']}{' ' * gaps[0]}{r['address']}{' ' * gaps[1]}{r['dispo']}"

    pages = [rows[i:i + PER_PAGE] for i in range(0, n, PER_PAGE)]
    c = canvas.Canvas(str(path))
    for p, chunk in enumerate(pages):
        c.setFont("Courier", 8)
        c.drawString(30, 780, "MILLBROOK HARBOUR POLICE [invented] - CALLS FOR SERVICE")
        y = 760
        if p == len(pages) - 1:
            c.drawString(30, y, "Number Received     Incident          Location          Disp.")
            y -= 12
        for k, r in enumerate(chunk):
            c.drawString(30, y, line(p * PER_PAGE + k, r))
            y -= 11
        c.drawString(30, y - 6, f"sheet {p + 1} of {len(pages)}")
        if p + 1 < len(pages):
            y -= 24
            nxt = pages[p + 1]
            for k, r in enumerate(nxt[-3:]):
                c.drawString(30, y, line((p + 1) * PER_PAGE + len(nxt) - 3 + k, r))
                y -= 11
            c.drawString(30, y - 6, f"sheet {p + 2} of {len(pages)}")
        c.showPage()
    c.save()
    return path





def numbered_items_some_marks_misread(path: Path, n: int) -> Path:
    """Courier 8 numbered items "7.    24-01006 - Logged 04/02/24 16:13. Suspicious Person,
    160 Main St." with the outcome wrapped onto a second line; every fifth item number read
    back by OCR as a mark or letters ("ai", "3,", "S;", a bare figure), the record number
    still at the items' column: each item one record."""
    rows = incidents(n)
    misread = ("ai", "3,", "S;", "2", "l:")
    c = canvas.Canvas(str(path))
    y, page = 760, 1
    c.setFont("Courier", 8)
    c.drawString(30, 780, "WESTON LOCKS POLICE [invented] - WEEKLY SUMMARY")
    for k, r in enumerate(rows):
        if y < 60:
            c.drawString(30, 30, f"Page {page}")
            c.showPage()
            c.setFont("Courier", 8)
            page, y = page + 1, 760
        mark = misread[(k // 5) % len(misread)] if k % 5 == 3 else f"{k + 1}."
        date = r["date"][:6] + r["date"][-2:]
        c.drawString(30, y, f"{mark.ljust(6)}{r['no']} - Logged {date} {r['time']}. {r['type']}, {r['address']}.")
        c.drawString(30, y - 10, f"Outcome: {r['dispo']}.")
        y -= 24
    c.drawString(30, 30, f"Page {page}")
    c.save()
    return path
DRIFT = {f.__name__: f for f in (drifting_columns_next_sheet_peeking, numbered_items_some_marks_misread)}
