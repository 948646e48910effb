"""Generated logs (see ``log_layouts``): a transit police ledger printed one line per ticket
written, each line opened by its ticket's own number; the event the tickets belong to is
numbered in a later column, with its time, stop and result, on its first line only."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

COLS = (30, 100, 160, 238, 352, 400, 500)
TITLES = ("Ticket", "Event", "Received", "Violation", "Rider", "Stop", "Result")
VIOLATIONS = ("Fare evasion", "Smoking on platform", "Blocking doors", "Open alcohol", "Trespass on track",
              "Skateboarding", "Littering", "Aggressive panhandling")
STOPS = ("Quayside Stn", "Mill Lane Stn", "Orchard Sq", "Ferry Terminal", "Bellows Rd", "North Yard")


def ledger_ticket_per_line_event_on_first(path: Path, n: int) -> Path:
    """"Ticket | Event | Received | Violation | Rider | Stop | Result": every line opens with
    its ticket (``HT-7720NNN``, one per rider ticketed, sex and age beside it); the event (``EV24-NNNN``) with its
    time, stop and result only on its first line, one to three tickets an event, the later
    lines blank there (and going on over a page break under the next page's titles); the
    footer counts events and tickets apart."""
    rows = incidents(n, seed=23)
    c = canvas.Canvas(str(path), pagesize=letter)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 760, "HARROW BAY TRANSIT POLICE - CONDUCT TICKET LEDGER")
        c.setFont("Helvetica", 7)
        c.drawString(470, 760, f"Sheet {page}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in zip(COLS, TITLES):
            c.drawString(x, 738, t)
        c.setFont("Helvetica", 8)
        return 722

    page, y, tickets = 1, header(1), 0
    for i, r in enumerate(rows):
        persons = 1 + (i * 7 + i // 4) % 5 // 2        # one to three tickets, in no fixed run
        date = f"2024-{r['date'][:2]}-{r['date'][3:5]} {r['time']}"
        for k in range(persons):
            if y < 60:          # (an event's later tickets go on over the page break)
                c.showPage()
                page += 1
                y = header(page)
            c.drawString(COLS[0], y, f"HT-{7720100 + tickets}")
            c.drawString(COLS[3], y, VIOLATIONS[(i + 3 * k) % len(VIOLATIONS)])
            c.drawString(COLS[4], y, f"{'MF'[(i + k) % 2]} {17 + (i * 5 + k * 11) % 50}")
            if k == 0:
                c.drawString(COLS[1], y, f"EV24-{3300 + 2 * i}")
                c.drawString(COLS[2], y, date)
                c.drawString(COLS[5], y, STOPS[i % len(STOPS)])
                c.drawString(COLS[6], y, r["dispo"])
            tickets += 1
            y -= 11
        c.setLineWidth(0.3)
        c.line(COLS[0], y + 8, 580, y + 8)
    c.drawString(COLS[0], y - 14, f"Events: {n}      Tickets written: {tickets}")
    c.save()
    return path


TICKET_LINES = {f.__name__: f for f in (ledger_ticket_per_line_event_on_first,)}
