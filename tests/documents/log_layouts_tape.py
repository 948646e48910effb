"""Generated logs on a narrow tape (see ``log_layouts``): unlabelled entries whose number
line holds only the number and its date-time, the values one a line below it."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas


def tape_entries_number_and_time_line(path: Path, n: int) -> Path:
    """A till-roll page 200 pt wide, Courier 7, no labels: "24-01000     04/01/24 10:09",
    then the type, the place, "UNIT 12   Report Taken", a "REF C24-500" line on some, and
    a dashed line between entries; entries run on over page breaks."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=(200, 600))
    c.setFont("Courier", 7)

    def header(page: int) -> float:
        c.drawString(8, 585, "HARBOR WATCH DESK")
        c.drawString(8, 576, f"CALL TAPE   SHEET {page}")
        c.drawString(8, 567, "-" * 40)
        return 555

    lines: list[str] = []
    for i, r in enumerate(rows):
        mm, dd, yyyy = r["date"].split("/")
        lines += [f"{r['no']}     {mm}/{dd}/{yyyy[2:]} {r['time']}", r["type"].upper(), r["address"],
                  f"UNIT {10 + i % 7}   {r['dispo'].upper()}"]
        lines += [f"REF {r['case']}"] if r["case"] else []
        lines.append("-" * 40)
    page, y = 1, header(1)
    for line in lines:
        if y < 20:
            c.showPage()
            c.setFont("Courier", 7)
            page += 1
            y = header(page)
        c.drawString(8, y, line)
        y -= 9
    c.drawString(8, y - 9, f"END OF TAPE  {n} CALLS")
    c.save()
    return path


TAPE = {f.__name__: f for f in (tape_entries_number_and_time_line,)}
