"""Generated logs whose rows may stand for a group of incidents (see ``log_layouts``): the
number cell holds a rising range (``A to B``) or a list (``A & B``), each number an incident
sharing the row's values."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_PAGE = 40


def transit_watch_rows_group_ranges(path: Path, n: int) -> Path:
    """A transit authority's watch log, Courier 8, one row a line under column titles:
    date, time, `Report Ref(s)`, nature, platform/place, result. Every fourth row reports a
    group: its reference cell reads `TW7-50210 to TW7-50213` (every number from the first
    to the last); every seventh a pair `TW7-50230 & TW7-50231`; some rows carry, on a line
    under them, a fare-card number of another series (`Card 9X-881204`). ``n`` is the count
    of incidents (numbers), the rows fewer."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    serial, i, line = 50200, 0, 0

    def head():
        c.setFont("Courier-Bold", 9)
        c.drawString(30, 765, "NORTHLINE TRANSIT POLICE - PLATFORM WATCH LOG")
        c.setFont("Courier", 8)
        c.drawString(30, 745, f"{'Date':<11}{'Time':<7}{'Report Ref(s)':<24}{'Nature':<20}{'Place':<20}Result")

    head()
    y, k = 732, 0
    while i < n:
        size = 4 if k % 4 == 2 else 2 if k % 7 == 5 else 1
        size = min(size, n - i)
        first, last = serial, serial + size - 1
        cell = f"TW7-{first}" if size == 1 else f"TW7-{first} & TW7-{last}" if size == 2 \
            else f"TW7-{first} to TW7-{last}"
        r = rows[i]
        c.drawString(30, y, f"{r['date']:<11}{r['time']:<7}{cell:<24}{r['type']:<20}{r['address']:<20}{r['dispo']}")
        y -= 11
        line += 1
        if k % 5 == 3:
            c.drawString(30 + 18 * 4.8, y, f"Card 9X-{881200 + k}")
            y -= 11
        i += size
        serial = last + 2 if k % 3 == 0 else last + 1
        k += 1
        if y < 60 and i < n:
            c.showPage()
            head()
            y = 732
    c.save()
    return path


GROUP_ROWS = {f.__name__: f for f in (transit_watch_rows_group_ranges,)}
