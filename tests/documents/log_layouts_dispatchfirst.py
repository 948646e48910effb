"""Generated logs whose table prints a dispatch's number first and the records' own number
beside it, both of one shape (see ``log_layouts``): the dispatch numbers every call, so its
numbers skip many between two rows, while the reports are numbered one after another; both
serials restart each day, so over the whole log the dispatch's fill their span nearly as
well as the reports' do."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_PAGE = 40
COLUMNS = ((30, "Dispatch Ref"), (100, "Report No."), (170, "Reported"), (260, "Offense"), (365, "Address"),
           (470, "Status"))


def day_prefix(date: str) -> str:
    """``04/02/2024`` -> ``240402``: the day a number was issued on, before its serial."""
    month, day, year = date.split("/")
    return f"{year[2:]}{month}{day}"


def reports_under_dispatch_refs(path: Path, n: int) -> Path:
    """A township's reports-taken list, Helvetica 8, one row a report, the titles on every
    page: `240401-0005  240401-0001  04/01/2024 10:09  Burglary  100 Main St  Report Taken`.
    The first column is the dispatch's reference for the call (the day and a serial from
    0001, issued to every call, so 2 to 8 apart from row to row), the second the report's own
    number of the same shape (the day and a serial from 0001, one after another); a count
    closes it."""
    rows = incidents(n)
    rnd = random.Random(23)
    refs: dict[str, int] = {}
    reports: dict[str, int] = {}
    for r in rows:
        day = day_prefix(r["date"])
        refs[day] = refs.get(day, rnd.randrange(4)) + 2 + rnd.randrange(7)
        reports[day] = reports.get(day, 0) + 1
        r["ref"], r["report"] = f"{day}-{refs[day]:04d}", f"{day}-{reports[day]:04d}"
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, n, PER_PAGE):
        if start:
            c.showPage()
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 760, "BEXMOOR TOWNSHIP POLICE - REPORTS TAKEN [generated]")
        c.setFont("Helvetica-Bold", 8)
        for x, title in COLUMNS:
            c.drawString(x, 735, title)
        c.setFont("Helvetica", 8)
        y = 720
        for r in rows[start:start + PER_PAGE]:
            for (x, _), value in zip(COLUMNS, (r["ref"], r["report"], f"{r['date']} {r['time']}", r["type"],
                                                r["address"], r["dispo"])):
                c.drawString(x, y, value)
            y -= 14
        c.drawString(30, 40, f"Bexmoor Township Police, page {start // PER_PAGE + 1}")
    c.drawString(30, y - 14, f"Reports taken: {n}")
    c.showPage()
    c.save()
    return path


DISPATCH_FIRST = {f.__name__: f for f in (reports_under_dispatch_refs,)}
