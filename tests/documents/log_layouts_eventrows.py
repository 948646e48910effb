"""Generated logs (see ``log_layouts``) whose blocks are dispatch events, each holding a
small titled table of one to three reports, each report numbered in its service's series."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

# each service's name in the rows and its own series
_SERVICES = (
    ("CONSTABLE", lambda k: f"TC-{4100 + k}"),
    ("HARBOUR", lambda k: f"HM24/{k + 210:03d}"),
    ("AMBULANCE", lambda k: f"AMB2400{k + 77}"),
)
_SIZES = (2, 1, 3, 1, 2, 3, 1)      # reports per event, in turn


def event_bands_over_report_rows(path: Path, n: int) -> Path:
    """A harbour town's dispatch digest, Helvetica 8: each event under a band "EVT
    2024-55NNN   Opened 04/01/2024 10:09   Site: 100 Main St" (the event's number, time and
    place, printed once), a line of column titles ("Service   Report Ref   Nature
    Result") and one to three report rows, each of another service, each numbered in its
    own series; every third event adds "Remark: ..." citing an earlier report; a tally of
    events and reports closes the digest. The reports are the records."""
    rows = incidents(n)
    events: list[list[int]] = []
    i, turn = 0, 0
    while i < n:
        size = min(_SIZES[turn % len(_SIZES)], n - i)
        events.append(list(range(i, i + size)))
        i, turn = i + size, turn + 1
    drawn = [0, 0, 0]
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0.0, 0
    for e, members in enumerate(events):
        if y < 60 + 12 * (len(members) + 3):
            if page:
                c.showPage()
            page += 1
            c.setFont("Helvetica", 8)
            c.drawString(40, 755, f"Port Wyvern Emergency Communications - dispatch digest   sheet {page}")
            y = 725
        head = rows[members[0]]
        c.drawString(40, y, f"EVT 2024-{55000 + 7 * e}")
        c.drawString(170, y, f"Opened {head['date']} {head['time']}")
        c.drawString(330, y, f"Site: {head['address']}")
        y -= 12
        c.setFont("Helvetica-Oblique", 8)
        for x, title in ((60, "Service"), (150, "Report Ref"), (260, "Nature"), (420, "Result")):
            c.drawString(x, y, title)
        c.setFont("Helvetica", 8)
        y -= 11
        for k, m in enumerate(members):
            name, number = _SERVICES[(e + k) % 3]
            own = number(drawn[(e + k) % 3])
            drawn[(e + k) % 3] += 1
            c.drawString(60, y, name)
            c.drawString(118 if (e + k) % 2 else 150, y, own)    # some numbers pushed left, near the name
            c.drawString(260, y, rows[m]["type"])
            c.drawString(420, y, rows[m]["dispo"])
            y -= 11
        if e % 3 == 2:
            c.drawString(60, y, f"Remark: caller cited earlier report TC-{4000 + e}.")
            y -= 11
        y -= 9
    c.drawString(40, y - 10, f"Events: {len(events)}   Reports: {n}")
    c.save()
    return path


EVENT_ROWS = {f.__name__: f for f in (event_bands_over_report_rows,)}
