"""Generated logs whose blocks print two numbers of one shape under two number labels (see
``log_layouts``): a reference to another paper first, the record's own number beside it;
or blocks printing every label filled or not, opened by a label blank in most blocks."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
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


def detail_listing_blank_opening_label(path: Path, n: int) -> Path:
    """A county's detail listing, landscape, Courier 8, a three-line block per incident
    between rules, every label printed whether filled or not: `Prior File:  File:
    Dispatch:  Permit:  Warrant:` / `Date:  Time:  Nature:  Place:  Zone:  Car:` / `Item:
    Impound:  Officer:  Outcome:`. The block opens with `Prior File:`, blank in most
    blocks (then `File:` follows after blanks) and an earlier file of the id's shape in
    every fifth; the id is the value after `File:` (`LK24-0NNNN`, in series, some
    skipped); the dispatch numbers run in series too, ten digits; each block's line
    ends with a car code (`3B14`) lined up down the page."""
    rows = incidents(n, seed=31)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    width = 792
    file_no, call = 3310, 2404000120
    y = 0.0
    for i, r in enumerate(rows):
        if i % 12 == 0:
            if i:
                c.showPage()
            c.setFont("Courier-Bold", 9)
            c.drawString(30, 585, "LARKSPUR COUNTY SHERIFF - INCIDENT DETAIL LISTING (every field printed)")
            c.setFont("Courier", 8)
            y = 560
        file_no += 1 + (i % 7 == 3)
        call += 5 + (i * 13) % 17
        prior = f"LK24-{1900 + 7 * i:05d}" if i % 5 == 2 else ""
        permit = f"PM-24-{300 + i:04d}" if i % 4 == 1 else ""
        c.drawString(30, y, f"Prior File: {prior:<16} File: LK24-{file_no:05d} Dispatch: {call} "
                            f"Permit: {permit:<11} Warrant:")
        c.drawString(30, y - 10, f"Date: {r['date']}  Time: {r['time']} Nature: {r['type']:<22} "
                                 f"Place: {r['address']:<22} Zone: {1 + i % 6}")
        c.drawRightString(width - 40, y - 10, f"Car: {1 + i % 4}{'ABK'[i % 3]}{10 + (i * 7) % 20}")
        c.drawString(30, y - 20, f"Item: {'Y' if permit else ' '}  Impound:      Officer: {210 + (i * 11) % 50} "
                                 f"Outcome: {r['dispo']}")
        c.setLineWidth(0.3)
        c.line(30, y - 25, width - 30, y - 25)
        y -= 42
    c.drawString(30, y - 4, f"End of listing: {n} incidents")
    c.save()
    return path


SERIAL_LABEL = {f.__name__: f for f in (transit_cards_reference_before_event_number,
                                        detail_listing_blank_opening_label)}
