"""Generated logs whose times are military date-time groups (see ``log_layouts``): a
portrait table whose first column is ``011009QAPR2024`` (day, hour, minute, zone letter,
month, year), the record number in the second column."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def date_time_groups_before_the_number(path: Path, n: int) -> Path:
    """Helvetica rows: "011009QAPR2024   RX24-01000   Burglary   100 Main St   Report Taken";
    column titles "TIME GROUP / REPORT / EVENT / PLACE / RESULT" on every page, a count at
    the end. The date-time group is letters among digits, the shape of a record number."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 760, f"Harbor Patrol Unit - Event Register            sheet {page}")
        c.setFont("Helvetica-Bold", 8)
        for x, title in ((40, "TIME GROUP"), (130, "REPORT"), (210, "EVENT"), (330, "PLACE"), (460, "RESULT")):
            c.drawString(x, 735, title)
        c.setFont("Helvetica", 8)
        return 718

    page, y = 1, header(1)
    for i, r in enumerate(rows):
        if y < 60:
            c.showPage()
            page += 1
            y = header(page)
        mm, dd, yyyy = r["date"].split("/")
        dtg = f"{dd}{r['time'].replace(':', '')}Q{_MON[int(mm) - 1]}{yyyy}"
        for x, value in ((40, dtg), (130, f"RX24-{1000 + i:05d}"), (210, r["type"]), (330, r["address"]),
                         (460, r["dispo"])):
            c.drawString(x, y, value)
        y -= 13
    c.drawString(40, y - 14, f"Events this register: {n}")
    c.save()
    return path


DTG = {f.__name__: f for f in (date_time_groups_before_the_number,)}


def bracketed_entries_of_dash_parts(path: Path, n: int) -> Path:
    """A desk journal typed as a list: a day heading ("Thursday, 04/04/2024") when the day
    changes, then "(3) 22:41 Ref RJ-240017 Noise Complaint - 130 Ocean Ave - Unfounded" with
    the list number restarting each day; the type, place and outcome are set off by dashes."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Roman", 10)
    c.drawString(60, 760, "Pinecrest Marshal's Office - Desk Journal")
    y, day, k = 735, None, 0
    for i, r in enumerate(rows):
        if y < 60:
            c.showPage()
            c.setFont("Times-Roman", 10)
            y = 750
        if r["date"] != day:
            day, k = r["date"], 0
            c.drawString(60, y, f"Week day, {day}".replace("Week day", "Thursday"))
            y -= 14
        k += 1
        c.drawString(72, y, f"({k}) {r['time']} Ref RJ-24{i:04d} {r['type']} - {r['address']} - {r['dispo']}")
        y -= 13
    c.drawString(60, y - 10, f"{n} journal entries")
    c.save()
    return path


DTG[bracketed_entries_of_dash_parts.__name__] = bracketed_entries_of_dash_parts
