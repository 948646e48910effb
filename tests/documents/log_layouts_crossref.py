"""Generated logs whose sections refer again to records printed in another section (see
``log_layouts``): a patrol atlas printing each zone's table on a page of its own, an event
near a zone's boundary referred to again under the next zone by a line of words and its
number only, no values of its own; a ferry's sailing sheets, the occurrences set in under
a heading per crossing, one followed onto a later crossing referred to again under it."""
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


_VESSELS = ("MV Tern Bay", "MV Corrie Lass", "MV Hollin")
_LEGS = (("Pier 2", "Eastholm"), ("Eastholm", "Pier 2"))


def ferry_sailing_sheets_set_in_under_crossings(path: Path, n: int) -> Path:
    """A lake ferry's marine unit sailing sheets, Courier 8, no column titles, a sheet per
    service day: one heading line per crossing at the margin, its fields spaced out
    (``SAILING 07   MV Corrie Lass   Eastholm > Pier 2   dep 09:15   Deck crew 311 318
    402``), the crossing's occurrences under it set in by four characters, one line each
    (``LC-24-01003``, date and time, nature, place, outcome), or ``Nothing logged on this
    crossing.`` Most crossings log none, one or two, so most occurrences end a crossing. A
    passenger followed onto a later crossing of the day prints, under that crossing's
    occurrences, ``cf. LC-24-01003 (sailing 02): stayed aboard for the return crossing``:
    an earlier occurrence's number in a line of words, no record, its words running over
    every column gap of a day's sheet of a few rows."""
    rnd = random.Random(29)
    days: dict[str, list[dict]] = {}
    for r in incidents(n, seed=23):
        days.setdefault(r["date"], []).append(r)
    c = canvas.Canvas(str(path), pagesize=letter)
    for page, (day, calls) in enumerate(days.items(), 1):
        c.setFont("Courier-Bold", 9)
        c.drawString(30, 765, "LAKE CORRAN FERRY SERVICE - MARINE UNIT SAILING SHEET")
        c.setFont("Courier", 8)
        c.drawString(30, 752, f"Service day {day}")
        y, sailing, follow = 728, 0, []
        while calls or sailing < 8:         # the day's crossings run on after its last occurrence
            sailing += 1
            frm, to = _LEGS[sailing % 2]
            crew = " ".join(str(300 + rnd.randrange(120)) for _ in range(3))
            for x, text in ((30, f"SAILING {sailing:02d}"), (100, _VESSELS[sailing % 3]), (180, f"{frm} > {to}"),
                            (280, f"dep {5 + sailing:02d}:{rnd.choice((0, 15, 30, 45)):02d}"),
                            (340, f"Deck crew {crew}")):
                c.drawString(x, y, text)
            y -= 11
            logged = calls[:rnd.choice((0, 0, 1, 1, 1, 2, 2, 3))]
            calls = calls[len(logged):]
            if not logged:
                c.drawString(50, y, "Nothing logged on this crossing.")
                y -= 11
            for r in logged:
                for x, text in ((50, f"LC-{r['no']}"), (125, f"{r['date']} {r['time']}"), (215, r["type"]),
                                (320, r["address"]), (420, r["dispo"])):
                    c.drawString(x, y, text)
                y -= 11
                if rnd.random() < 0.12:
                    follow.append((sailing, r))
            if follow and follow[0][0] < sailing and logged:
                was, r = follow.pop(0)
                c.setFont("Courier-Oblique", 8)
                c.drawString(50, y, f"cf. LC-{r['no']} (sailing {was:02d}): stayed aboard for the return crossing")
                c.setFont("Courier", 8)
                y -= 11
        if page == len(days):
            c.drawString(30, y - 6, f"Occurrences this week: {n}")
        c.drawString(30, 36, f"Lake Corran Ferry Service - marine unit - sheet {page} of {len(days)}")
        c.showPage()
    c.save()
    return path


CROSS_REFERENCES.update({f.__name__: f for f in (ferry_sailing_sheets_set_in_under_crossings,)})


_TRAILHEADS = ("Cinder Cone", "Otter Slide", "Bramble Gap", "Lookout Ridge")


def ranger_register_short_entries_under_later_trailhead(path: Path, n: int) -> Path:
    """A state park's ranger register by trailhead, Times 10, labelled blocks (``Case No.``,
    ``Logged``, ``Category``, ``Place``, ``Ranger``, ``Outcome``), each trailhead's cases in
    time order under ``TRAILHEAD 2 - OTTER SLIDE``. A case on a shared trail is printed in
    full under its own trailhead and again under a later one as a short block of the same
    shape: ``Case No.: PK-24-01003 SHARED TRAIL - logged in full at CINDER CONE`` and its
    ``Place:`` line only, no time, category, ranger or outcome (about one case in seven)."""
    rnd = random.Random(57)
    heads: list[list[dict]] = [[] for _ in _TRAILHEADS]
    for r in incidents(n, seed=31):
        heads[rnd.randrange(len(_TRAILHEADS))].append(r)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 750

    def line(x: int, text: str, font: str = "Times-Roman", size: int = 10) -> None:
        nonlocal y
        if y < 60:
            c.showPage()
            y = 750
        c.setFont(font, size)
        c.drawString(x, y, text)
        y -= 13

    line(40, "HOLLOWMERE STATE PARK - RANGER REGISTER BY TRAILHEAD, APRIL 2024", "Times-Bold", 12)
    shared: list[tuple[int, dict]] = []
    for h, name in enumerate(_TRAILHEADS):
        y -= 8
        line(40, f"TRAILHEAD {h + 1} - {name.upper()}", "Times-Bold", 11)
        for r in heads[h]:
            y -= 5
            for label, value in (("Case No.", f"PK-{r['no']}"), ("Logged", f"{r['date']} {r['time']}"),
                                 ("Category", r["type"]), ("Place", r["address"]),
                                 ("Ranger", f"R-{rnd.randrange(10, 60)}"), ("Outcome", r["dispo"])):
                line(60, f"{label}: {value}")
            if h + 1 < len(_TRAILHEADS) and rnd.random() < 0.15:
                shared.append((h, r))
        for was, r in [s for s in shared if s[0] < h]:
            y -= 5
            line(60, f"Case No.: PK-{r['no']} SHARED TRAIL - logged in full at {_TRAILHEADS[was].upper()}")
            line(60, f"Place: {r['address']}")
        shared = [s for s in shared if s[0] >= h]
        line(40, f"Trailhead total: {len(heads[h])} cases", "Times-Italic")
    c.save()
    return path


CROSS_REFERENCES.update({f.__name__: f for f in (ranger_register_short_entries_under_later_trailhead,)})
