"""Generated logs kept on a pre-printed form (see ``log_layouts``): one sheet per day,
the day's date in a labelled line of the sheet header, ruled rows numbered 1-12 whatever
the day holds, most of them blank."""
from __future__ import annotations

import datetime
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

_ROWS = 12


def _weekday(day: str) -> str:
    return datetime.datetime.strptime(day, "%m/%d/%Y").strftime("%A")


def daily_form_with_numbered_blank_rows(path: Path, n: int) -> Path:
    """A sheet per day: "Shift Date: Monday, 04/01/2024" and "Sheet 1 of 1" (labels printed once per
    sheet), column titles, then 12 ruled rows numbered in grey; a day's incidents fill the
    first rows (one to three of them, some days none: "NOTHING TO REPORT"), the rest stay
    blank with their number. "Rows used: k" under the rows."""
    rows = iter(incidents(n))
    days: list[tuple[str, list[dict]]] = []
    left = n
    while left > 0:             # 0, 1, 2, 3, 0, 1, ... incidents a day
        k = min(len(days) % 4, left)
        days.append((f"04/{len(days) + 1:02d}/2024", [next(rows) for _ in range(k)]))
        left -= k
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for day, todays in days:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(220, 570, "QUARRY HILL TECHNICAL INSTITUTE - SECURITY DESK LOG")
        c.setFont("Helvetica", 9)
        c.drawString(30, 540, f"Shift Date: {_weekday(day)}, {day}")
        c.drawString(650, 540, "Sheet 1 of 1")
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((30, "Row"), (70, "Report No."), (150, "Logged"), (230, "Incident"), (380, "Place"),
                     (560, "Outcome")):
            c.drawString(x, 515, t)
        y = 495
        for k in range(_ROWS):
            c.setFillGray(0.6)
            c.setFont("Helvetica", 8)
            c.drawRightString(45, y, str(k + 1))
            c.setFillGray(0)
            c.line(30, y - 4, 760, y - 4)
            if k < len(todays):
                r = todays[k]
                for x, t in ((70, r["no"]), (150, r["time"]), (230, r["type"]), (380, r["address"]),
                             (560, r["dispo"])):
                    c.drawString(x, y, t)
            elif k == 0:
                c.drawString(70, y, "NOTHING TO REPORT")
            y -= 38
        c.drawString(30, y - 6, f"Rows used: {len(todays)}")
        c.showPage()
    c.save()
    return path


FORMS = {f.__name__: f for f in (daily_form_with_numbered_blank_rows,)}
