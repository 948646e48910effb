"""Generated logs whose header prints its titles one space apart (see ``log_layouts``)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

PER_PAGE = 30
HEADER = "Ticket    Permit    Received   Clock Berth Hull Tag Nature                  Result"


def marina_titles_packed_one_space_apart(path: Path, n: int) -> Path:
    """A marina patrol's ticket list, landscape Courier 8, one line a ticket under a header
    repeated per page whose titles run one space apart (`Hr    Berth Vessel Reg Matter`),
    over rows whose cells are one space apart too: `MP/4/1000 PW/4/0871 04/01/2024 10:09 Q7
    MD 4471 KT Burglary  Report Taken`. The second column holds a permit number of the ticket's
    very shape on every third row only; the hour and berth, the vessel registration and the
    matter, sit one space apart, as their titles do. A count line closes the list."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for start in range(0, n, PER_PAGE):
        c.setFont("Courier-Bold", 9)
        c.drawString(30, 580, "LAKE ORMSBY MARINA PATROL - TICKET LIST [generated]")
        c.setFont("Courier", 8)
        c.drawString(30, 568, f"Tickets {rows[0]['date']} to {rows[-1]['date']}, printed by the harbour office")
        c.drawString(30, 554, HEADER)
        c.drawString(30, 545, "-" * 110)
        y = 534
        for i in range(start, min(start + PER_PAGE, n)):
            r = rows[i]
            permit = f"24-W-{871 + i // 3:04d}" if i % 3 == 0 else " " * 9
            berth = f"{'QRST'[i % 4]}{1 + i % 9}"
            c.drawString(30, y, f"24-M-{1000 + i:04d} {permit} {r['date']} {r['time']} {berth:<5} "
                                f"MD{4400 + 7 * i:04d}KT {r['type']:<23} {r['dispo']}")
            y -= 11
        if start + PER_PAGE >= n:
            c.drawString(30, y - 11, f"Tickets listed: {n}")
        c.drawString(30, 30, f"Page {start // PER_PAGE + 1}")
        c.showPage()
    c.save()
    return path


PACKED_TITLES = {f.__name__: f for f in (marina_titles_packed_one_space_apart,)}
