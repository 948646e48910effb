"""Generated logs whose calls are printed again further down on a shorter row (see
``log_layouts``): a call taken up again later is listed a second time where that happened,
under its own number, a back-reference for its cells and its own remark lines beneath."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

LINES_PER_PAGE = 38
TAKEN_UP_EVERY = 6      # every sixth call is taken up again two calls later


def ferry_dispatch_calls_taken_up_again(path: Path, n: int) -> Path:
    """A ferry authority's dispatch record, landscape, Courier 8: `Event Ref  Logged  Call
    Type  Where  Result  Report` over fixed-width rows (`NF24-41000`, `04/01/2024 10:09`), each
    followed by unnumbered lines set in: `Boat M-7  paged 10:12  alongside 10:20  free 10:41`
    and a timed remark. Every sixth call is listed again two calls further down,
    `NF24-41006  04/02/2024 23:58  CALLBACK -- refer to first listing`, with its own timed
    remark lines and `closed again`, dated the day of the row above it: the same call, one
    record (n calls, more rows)."""
    rows = incidents(n)
    lines: list[str] = []
    again: dict[int, str] = {}          # row after which a call is listed again -> its number
    for i, r in enumerate(rows):
        ref = f"NF24-{41000 + i}"
        report = f"RPT-{7700 + i}" if i % 4 == 0 else ""
        lines.append(f"{ref:<12}{r['date']} {r['time']}  {r['type']:<20}{r['address']:<20}"
                     f"{r['dispo']:<16}{report}")
        lines.append(f"{'':12}Boat M-{3 + i % 5}  paged {r['time']}  alongside {r['time']}  free {r['time']}")
        lines.append(f"{'':12}{r['time']} skipper reports {('swell', 'fog', 'no lights')[i % 3]}")
        if i % TAKEN_UP_EVERY == 0:
            again[i + 2] = ref
        if i in again:
            lines.append(f"{again.pop(i):<12}{r['date']} 23:58  CALLBACK -- refer to first listing")
            lines.append(f"{'':12}23:58 harbour master asks for a second look")
            lines.append(f"{'':12}23:59 closed again")
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    pages, chunk = [], []
    for ln in lines:        # a call's lines kept on one page
        if not ln.startswith(" ") and len(chunk) >= LINES_PER_PAGE - 3:
            pages.append(chunk)
            chunk = []
        chunk.append(ln)
    pages.append(chunk)
    for no, chunk in enumerate(pages, 1):
        c.setFont("Courier-Bold", 10)
        c.drawString(30, 580, "NARROWS FERRY AUTHORITY - MARINE DISPATCH RECORD")
        c.setFont("Courier", 8)
        c.drawString(30, 560, f"{'Event Ref':<12}{'Logged':<18}{'Call Type':<20}{'Where':<20}{'Result':<16}Report")
        c.drawString(30, 552, "-" * 110)
        y = 542
        for ln in chunk:
            c.drawString(30, y, ln)
            y -= 11
        c.drawString(30, 30, f"Dispatch record sheet {no} of {len(pages)}")
        c.showPage()
    c.save()
    return path


FOLLOW_UP_ROWS = {f.__name__: f for f in (ferry_dispatch_calls_taken_up_again,)}
