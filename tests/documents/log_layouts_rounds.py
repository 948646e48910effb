"""Generated logs of rows under no column titles, grouped (see ``log_layouts``): a harbour
patrol's boarding rounds, each opened by a line printing the round's number, date, water
and crew across the rows' columns, its rows counted again from 1 and closed by a tally
line; the record number printed last on each row."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

COLS = (44, 66, 110, 230, 360, 500)
WATERS = ("Inner Basin", "Outer Mole", "North Reach", "Slipway Cove")


SPOTS = ("Grain Jetty steps", "Old Ferry ramp", "Custom House quay", "Lifeboat Slip", "Tanner Yard pontoon")
MATTERS = ("Unlicensed mooring - moved on", "Fishing without permit", "Swimmer in channel - advised",
           "Lifejacket check - fitted", "Fuel spill - reported to port")


def boarding_rounds_named_spots(path: Path, n: int) -> Path:
    """The same rounds, each contact's place a name without a house number ("Old Ferry
    ramp") and what it was in sentence case ("Fishing without permit"): two columns of
    repeated values, the names the place."""
    return boarding_rounds_untitled_rows(path, n, named=True)


def boarding_rounds_untitled_rows(path: Path, n: int, named: bool = False) -> Path:
    """Rounds of three rows: ``3  09:31  Burglary  100 Main St  Report Taken  HB/24/1000``
    under ``ROUND 17   04/02/2024   North Reach   CREW 3``, closed by ``boardings this
    round: 5   referred: 1``. No column titles anywhere."""
    rows = incidents(n)
    if named:
        for i, r in enumerate(rows):
            r["type"], r["address"], r["dispo"] = MATTERS[i % 5], SPOTS[(i * 3) % 5], "Closed"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 9)
    y, i, rnd = 740, 0, 0
    while i < n:
        group = rows[i:i + 3]
        if y - 16 * (len(group) + 3) < 50:
            c.showPage()
            c.setFont("Helvetica", 9)
            y = 740
        day = group[0]["date"]
        for x, t in zip((44, 130, 250, 400), (f"ROUND {40 + rnd}", day, WATERS[rnd % 4], f"CREW {2 + rnd % 3}")):
            c.drawString(x, y, t)
        y -= 18
        for k, r in enumerate(group, 1):
            values = (str(k), r["time"], r["address"], r["type"], f"HB/24/{1000 + i + k - 1}") if named else \
                (str(k), r["time"], r["type"], r["address"], r["dispo"], f"HB/24/{1000 + i + k - 1}")
            for x, t in zip((44, 66, 110, 250, 470) if named else COLS, values):
                c.drawString(x, y, t)
            y -= 13
        c.drawString(70, y, f"boardings this round: {len(group)}      referred: {rnd % 2}")
        y -= 24
        for r in group:
            r["date"] = day
        i += len(group)
        rnd += 1
    c.drawString(44, y, f"ROUNDS: {rnd}    BOARDINGS: {n}")
    c.save()
    return path


ROUNDS = {f.__name__: f for f in (boarding_rounds_untitled_rows, boarding_rounds_named_spots)}
