"""Generated logs whose blocks print two numbers of one shape under two number labels (see
``log_layouts``): a reference to another paper first, the record's own number beside it."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_PAGE = 7


def transit_cards_reference_before_event_number(path: Path, n: int) -> Path:
    """A transit police's station occurrence cards, Courier 9, seven a page, a rule under
    each: `Report #:  PC-24-00213` at the left and `Event #:  CT-24-10450` at the right of
    the first line, then `Time Logged:` / `Vehicle:`, `Nature:`, `Station/Platform:`,
    `Result:`. The first label is a reference: a property claim `PC-24-NNNNN` or a work
    order `WO-24-NNNNN`, each counting on its own and interleaved, or `n/a` on every third
    card; the card's own event numbers run in series, some skipped."""
    rows = incidents(n)
    claim, order, event = 213, 7781, 10450
    for i, r in enumerate(rows):
        event += 1 + (i % 4 == 2)
        r["event"] = f"CT-24-{event:05d}"
        if i % 3 == 1:
            r["ref"] = "n/a"
        elif i % 2:
            claim += 1
            r["ref"] = f"PC-24-{claim:05d}"
        else:
            order += 3
            r["ref"] = f"WO-24-{order:05d}"
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, n, PER_PAGE):
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 765, "CALDERWICK TRANSIT POLICE - STATION OCCURRENCE CARDS")
        c.setFont("Courier", 9)
        y = 740
        for r in rows[start:start + PER_PAGE]:
            c.drawString(40, y, f"Report #:    {r['ref']}")
            c.drawString(330, y, f"Event #:   {r['event']}")
            c.drawString(40, y - 11, f"Time Logged: {r['date']} {r['time']}")
            c.drawString(330, y - 11, f"Vehicle:   Car {4400 + start}")
            c.drawString(40, y - 22, f"Nature:      {r['type']}")
            c.drawString(40, y - 33, f"Station/Platform: {r['address']}")
            c.drawString(40, y - 44, f"Result:      {r['dispo']}")
            c.line(40, y - 50, 560, y - 50)
            y -= 62
        c.drawString(40, 40, f"Occurrence cards - page {start // PER_PAGE + 1}")
        c.showPage()
    c.save()
    return path


SERIAL_LABEL = {f.__name__: f for f in (transit_cards_reference_before_event_number,)}
