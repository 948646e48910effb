"""Generated logs whose entries hang (see ``log_layouts``): each entry opens at the margin
with its time, its wrapped lines hang deeper, and the incidents among them close with
their number; routine notes between them carry none."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def ranger_journal_numbers_close_hanging_entries(path: Path, n: int) -> Path:
    """A ranger station's journal, Courier 8: a line per day ("Day shift ... April 1,
    2024"), then "1009  BURGLARY, 100 Main St. <summary> Closed: Report Taken. Entered as
    report RS24-01000." wrapped with its lines hanging six characters deeper, no blank
    lines; a routine note without a number after every third incident."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    lines: list[str] = []
    day = None
    for i, r in enumerate(rows):
        if r["date"] != day:
            day = r["date"]
            mm, dd, yyyy = day.split("/")
            month = ("January", "February", "March", "April", "May", "June")[int(mm) - 1]
            lines.append(f"DAY SHIFT 0600-1800             {month} {int(dd)}, {yyyy}")
        text = (f"{r['type'].upper()}, {r['address']}. {r['summary']} Closed: {r['dispo']}. "
                f"Entered as report RS{r['no']}.")
        wrapped = textwrap.wrap(text, 70)
        lines.append(f"{r['time'].replace(':', '')}  {wrapped[0]}")
        lines += [f"      {w}" for w in wrapped[1:]]
        if i % 3 == 2:
            lines.append(f"{r['time'].replace(':', '')}  Trail gate checked, padlock in place.")
    y, page = 0.0, 0
    for line in lines:
        if y < 50:
            if page:
                c.showPage()
            page += 1
            c.setFont("Courier", 8)
            c.drawString(40, 750, f"MILLBROOK STATE PARK RANGER STATION JOURNAL  sheet {page}")
            y = 725
        c.drawString(40, y, line)
        y -= 11
    c.save()
    return path


HANGING = {f.__name__: f for f in (ranger_journal_numbers_close_hanging_entries,)}
