"""Generated logs whose text is a scan's OCR (see ``log_layouts``): a tractor-feed printout
whose punched holes and blots an OCR engine reads as signs and stray letters at the lines'
starts and ends."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

# what a hole, a blot or a speck comes back as: a sign, a sign and a letter, one or two letters
_LEADS = ("@", "©", "®", "]", "@ J", "e", "J/", "@ Y¥", "ry", "* Jv", "*", ".", ";", "'")
_TAILS = ("@", "©", ")", "e@", "td]", "e", "@ |")


def tractor_feed_listing_hole_blots_at_line_ends(path: Path, n: int) -> Path:
    """Courier 8 landscape listing, two lines an incident: "24-01000  04/01/2024 10:09
    BURGLARY  100 MAIN ST" over "REPORT TAKEN  UNIT 4107  DISPATCH 2404010001" (a
    ten-digit dispatch number, no record), as OCR reads a copied tractor-feed printout:
    the holes down both edges read as signs or stray letters ("@", "©", "]", "@ J",
    "J/", "ry") before the first line of most incidents and some second lines, and
    down the right edge, level with half the lines, past a wide gap ("@", "e@", "td]");
    a few numbers touched by a parenthesis ("(24-01007"): no clean column of numbers
    down the page."""
    rows = incidents(n)
    rnd = random.Random(186)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    y, page = 0, 0

    def head() -> float:
        c.setFont("Courier", 8)
        c.drawString(30, 580, "@ TARNBROOK VALE FIRE AND RESCUE - RUN LISTING RL-7" + " " * 40 + "@")
        c.drawString(30, 568, "NUMBER     RECEIVED          NATURE                ADDRESS" + " " * 30 + "=    @")
        c.drawString(30, 558, "DISPOSITION            UNIT       DISPATCH")
        return 540

    for i, r in enumerate(rows):
        if y < 60:
            if page:
                c.drawString(30, 30, f"PAGE {page}")
                c.showPage()
            page += 1
            y = head()
        number = f"({r['no']}" if i % 9 == 7 else r["no"]
        first = f"{number:<11}{r['date']} {r['time']:<7}{r['type'].upper():<22}{r['address'].upper()}"
        dispatch = f"2404{1 + i // 6:02d}{i + 1:04d}"
        second = f"{r['dispo'].upper():<18}UNIT {4100 + i % 17:<6}DISPATCH {dispatch}"
        lead = rnd.choice(_LEADS) if rnd.random() < 0.8 else ""
        c.drawString(30, y, f"{lead}   {first}" if lead else first)
        if rnd.random() < 0.5:
            c.drawString(700 + 3 * rnd.random(), y, rnd.choice(_TAILS))
        blot = rnd.choice(_LEADS) if rnd.random() < 0.3 else ""
        c.drawString(30, y - 10, f"{blot}   {second}" if blot else second)
        if rnd.random() < 0.5:
            c.drawString(700 + 3 * rnd.random(), y - 10, rnd.choice(_TAILS))
        y -= 24
    c.drawString(30, y - 10, f"TOTAL RUNS LISTED: {n}")
    c.save()
    return path


HOLE_BLOTS = {f.__name__: f for f in (tractor_feed_listing_hole_blots_at_line_ends,)}
