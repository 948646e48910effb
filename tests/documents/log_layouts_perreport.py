"""Generated logs printing one block per report rather than per incident (see ``log_layouts``):
an incident written up by several crew members prints each member's report in a block of its
own, one after the other, each repeating the incident's number, time, kind and place; a tow
log prints one block per vehicle towed, headed by the tow's own number, the case under it."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_REPORTS = (1, 2, 1, 3, 1, 1, 2)        # reports written on each incident, in turn
_ACTIONS = ("Verbal direction", "Guided by the arm", "Handcuffed", "Held at the door", "Escorted off")
_MEMBERS = ("R. Okafor", "T. Lindqvist", "M. Abara", "J. Petrosyan", "S. Whitcombe", "D. Nakamura")
PER_PAGE = 6


def transit_crew_reports_per_member(path: Path, n: int) -> Path:
    """A transit authority's intervention register, Helvetica 9, six blocks a page. Each block
    is one crew member's report: a bold heading with the report's own number (``CREW STATEMENT
    CS2024/0412``) and its place among the event's reports at the right (``(part 2/3)``), then
    ``Event No.`` (``LRT-2024-1003``) and ``When`` on one line, ``Category`` and ``Crew
    Member``, ``Site`` and ``Hold Used``, ``Outcome``. An event with several reports prints
    them one after the other, the event's number, time, category, site and outcome repeated,
    the crew member and the hold differing. Closes with ``Statements: S   Events: N``."""
    blocks = []
    statement = 400
    for i, r in enumerate(incidents(n)):
        parts = _REPORTS[i % len(_REPORTS)]
        for p in range(parts):
            statement += 1
            blocks.append((r, f"CS2024/{statement:04d}", p + 1, parts, _MEMBERS[(i * 3 + p * 5) % len(_MEMBERS)],
                           _ACTIONS[(i + p) % len(_ACTIONS)]))
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(blocks), PER_PAGE):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 765, "LAKESHORE REGIONAL TRANSIT AUTHORITY - INTERVENTION REGISTER")
        y = 735
        for r, ref, part, parts, member, action in blocks[start:start + PER_PAGE]:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, f"CREW STATEMENT {ref}")
            c.drawString(470, y, f"(part {part}/{parts})")
            c.setFont("Helvetica", 9)
            event = f"LRT-2024-{int(r['no'][3:]):04d}"
            for k, (left, right) in enumerate((
                    (f"Event No.: {event}", f"When: {r['date']} {r['time']}"),
                    (f"Category: {r['type']}", f"Crew Member: {member}"),
                    (f"Site: {r['address']}", f"Hold Used: {action}"),
                    (f"Outcome: {r['dispo']}", ""))):
                c.drawString(40, y - 12 * (k + 1), left)
                c.drawString(320, y - 12 * (k + 1), right)
            y -= 90
        if start + PER_PAGE >= len(blocks):
            c.drawString(40, y - 10, f"Statements: {len(blocks)}   Events: {n}")
        c.drawString(480, 40, f"Page {start // PER_PAGE + 1}")
        c.showPage()
    c.save()
    return path


_TOWS = (1, 1, 2, 1, 3, 1)             # vehicles towed on each incident, in turn
_VEHICLES = ("2014 pickup, white", "2019 sedan, black", "2008 coupe, red", "2021 SUV, grey", "2011 van, blue")


def impound_slips_per_vehicle(path: Path, n: int) -> Path:
    """A city impound desk's monthly log, Courier 9, seven blocks a page. Each block is one
    vehicle: a bold heading with the impound's own number (``TOW SLIP IMP-24-0731``), then
    ``Case No.`` (``24-01003``) and ``Taken`` on one line, ``Cause``, ``Where``, ``Vehicle``
    and ``Lot row``, ``Status``. A collision with several vehicles towed prints one block per
    vehicle, the report's number, time, cause, place and status repeated, the vehicle and the
    lot row differing. Closes with ``V vehicles impounded on N reports.``"""
    blocks = []
    slip = 730
    for i, r in enumerate(incidents(n, seed=11)):
        for k in range(_TOWS[i % len(_TOWS)]):
            slip += 1
            blocks.append((r, f"IMP-24-{slip:04d}", _VEHICLES[(i + 2 * k) % len(_VEHICLES)], f"{(i * 7 + k) % 40 + 1}"))
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(blocks), 7):
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 765, "CITY OF MARLOWE - IMPOUND DESK LOG, APRIL 2024")
        y = 735
        for r, slip_no, vehicle, row in blocks[start:start + 7]:
            c.setFont("Courier-Bold", 9)
            c.drawString(40, y, f"TOW SLIP {slip_no}")
            c.setFont("Courier", 9)
            for k, line in enumerate((
                    f"Case No.: {r['no']}      Taken: {r['date']} {r['time']}",
                    f"Cause: {r['type']}",
                    f"Where: {r['address']}",
                    f"Vehicle: {vehicle}      Lot row: {row}",
                    f"Status: {r['dispo']}")):
                c.drawString(40, y - 11 * (k + 1), line)
            y -= 92
        if start + 7 >= len(blocks):
            c.drawString(40, y - 10, f"{len(blocks)} vehicles impounded on {n} reports.")
        c.showPage()
    c.save()
    return path


PER_REPORT = {f.__name__: f for f in (transit_crew_reports_per_member, impound_slips_per_vehicle)}
