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


def boarding_rounds_untitled_rows(path: Path, n: int) -> Path:
    """Rounds of three rows: ``3  09:31  Burglary  100 Main St  Report Taken  HB/24/1000``
    under ``ROUND 17   04/02/2024   North Reach   CREW 3``, closed by ``boardings this
    round: 5   referred: 1``. No column titles anywhere."""
    rows = incidents(n)
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
            values = (str(k), r["time"], r["type"], r["address"], r["dispo"], f"HB/24/{1000 + i + k - 1}")
            for x, t in zip(COLS, values):
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


ROUNDS = {f.__name__: f for f in (boarding_rounds_untitled_rows,)}
