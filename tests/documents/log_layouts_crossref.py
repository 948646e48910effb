"""Generated logs whose sections refer again to records printed in another section (see
``log_layouts``): a patrol atlas printing each zone's table on a page of its own, an event
near a zone's boundary referred to again under the next zone by a line of words and its
number only, no values of its own."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_ZONES = ("Northgate", "Millrace", "Quayside", "Saltmarsh", "Upper Fen")


def _event_no(r: dict) -> str:
    """The atlas's own event numbers (``BW-2024-1008``), from the generic ``24-01008``."""
    return f"BW-2024-{int(r['no'][3:]):04d}"


_COLUMNS = ((40, "Ref"), (80, "Event No."), (160, "Logged"), (250, "Nature"), (360, "Location"), (470, "Result"))


def patrol_atlas_boundary_references(path: Path, n: int) -> Path:
    """A county sheriff's patrol atlas, Helvetica 9: a first page counting the events of each
    zone, then one page per zone (``PATROL ZONE 3 - QUAYSIDE``), its table (Ref ``3.1``,
    Event No. ``BW-2024-NNNN``, Logged, Nature, Location, Result) in time order, under it, in
    oblique type, a line per event of the zone before that lay near the boundary: ``see also
    BW-2024-1007 - entered under zone 2, ref 2.4`` (about one event in six, the number of a row
    printed on an earlier page), and ``Zone 3 total: k events``. The book is in zone order,
    not in number order; a zone may have no events, and still a boundary line."""
    rnd = random.Random(41)
    rows = incidents(n, seed=11)
    zones: list[list[dict]] = [[] for _ in _ZONES]
    for r in rows:      # the last zone, open water, logs nothing
        zones[rnd.randrange(len(_ZONES) - 1)].append(r)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, 750, "BRINDLEWOOD COUNTY SHERIFF - PATROL ATLAS, APRIL 2024")
    c.setFont("Helvetica", 10)
    for z, name in enumerate(_ZONES):
        c.drawString(60, 700 - 18 * z, f"Zone {z + 1}  {name}")
        c.drawString(220, 700 - 18 * z, str(len(zones[z])))
    c.drawString(60, 590, f"Events in this atlas: {n}")
    c.showPage()
    earlier: list[tuple[int, int, dict]] = []
    for z, name in enumerate(_ZONES):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 750, f"PATROL ZONE {z + 1} - {name.upper()}")
        c.setFont("Helvetica-Bold", 9)
        for x, title in _COLUMNS:
            c.drawString(x, 700, title)
        c.setFont("Helvetica", 9)
        y = 686
        for k, r in enumerate(zones[z], 1):
            values = (f"{z + 1}.{k}", _event_no(r), f"{r['date']} {r['time']}", r["type"], r["address"], r["dispo"])
            for (x, _), value in zip(_COLUMNS, values):
                c.drawString(x, y, value)
            y -= 12
        if not zones[z]:
            c.drawString(40, y, "Nothing logged in this zone.")
            y -= 12
        c.setFont("Helvetica-Oblique", 8)
        c.setFillGray(0.45)
        for zz, kk, r in earlier:
            c.drawString(40, y, f"see also   {_event_no(r)}  -  entered under zone {zz + 1}, ref {zz + 1}.{kk}")
            y -= 12
        c.setFillGray(0)
        c.setFont("Helvetica", 9)
        c.drawString(40, y - 6, f"Zone {z + 1} total: {len(zones[z])} events")
        c.drawString(40, 36, f"Brindlewood County Sheriff - patrol atlas - page {z + 2} of {len(_ZONES) + 1}")
        c.showPage()
        earlier = [(z, k, r) for k, r in enumerate(zones[z], 1) if rnd.random() < 0.18][:4]
    c.save()
    return path


CROSS_REFERENCES = {f.__name__: f for f in (patrol_atlas_boundary_references,)}
