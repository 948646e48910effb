"""Generated logs set with hardly anything flush left (see ``log_layouts``): a transit
police listing printing each report on two tiers of columns, its dispatch number of the
report number's own shape right-aligned under it, no rule between the reports; and a
parks patrol's daily bulletin in centred type, one centred paragraph per entry, whose
wrapped lines can open with a clock time."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

_PRIORITY = ("A", "B", "C")
_ZONES = ("North yard", "Depot 2", "Line 4 platform", "Bus loop", "Terminal west")


def two_tier_transit_listing(path: Path, n: int) -> Path:
    """Two lines per report, no rules: the report number right-aligned on the first line
    (date, hour, report, offence, priority), the dispatch number right-aligned under it
    on the second (dispatch, where, result, zone). Both numbers ``24-NNNNN``; the
    dispatch series runs far ahead of the reports."""
    rows = incidents(n, seed=31)
    rnd = random.Random(31)
    dispatch, numbers = 41200, []
    for _ in rows:
        dispatch += rnd.randrange(2, 9)
        numbers.append(f"24-{dispatch:05d}")
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    per_page = 18

    def titles(y: float) -> None:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "Rec'd")
        c.drawRightString(150, y, "Hour")
        c.drawRightString(290, y, "Report #")
        c.drawCentredString(440, y, "Offence")
        c.drawCentredString(590, y, "Pri.")
        c.drawRightString(740, y, "Unit")
        c.drawRightString(290, y - 11, "Dispatch #")
        c.drawCentredString(440, y - 11, "Where")
        c.drawCentredString(590, y - 11, "Result")
        c.drawRightString(740, y - 11, "Zone")

    for start in range(0, n, per_page):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 575, "MARLOWE SPRINGS TRANSIT POLICE")
        c.setFont("Helvetica", 8)
        c.drawString(40, 562, "Report listing by date received. Each report takes two lines.")
        titles(540)
        y = 512
        c.setFont("Helvetica", 8)
        for k in range(start, min(start + per_page, n)):
            r = rows[k]
            h, m = r["time"].split(":")
            hour = f"{int(h)}:{m}"      # the hour unpadded: the times right-aligned on their colon
            c.drawString(40, y, r["date"])
            c.drawRightString(150, y, hour)
            c.drawRightString(290, y, r["no"])
            c.drawCentredString(440, y, r["type"])
            c.drawCentredString(590, y, _PRIORITY[k % 3])
            c.drawRightString(740, y, f"T{300 + (k * 7) % 60}")
            c.drawRightString(290, y - 11, numbers[k])
            c.drawCentredString(440, y - 11, r["address"])
            c.drawCentredString(590, y - 11, r["dispo"])
            c.drawRightString(740, y - 11, _ZONES[k % len(_ZONES)])
            y -= 26
        c.setFont("Helvetica", 7)
        c.drawRightString(740, 30, f"Sheet {start // per_page + 1}")
        c.showPage()
    c.save()
    return path


def _wrap(words: list[str], room: float, c: canvas.Canvas) -> list[str]:
    out: list[list[str]] = [[]]
    for w in words:
        if out[-1] and c.stringWidth(" ".join([*out[-1], w]), "Times-Roman", 10) > room:
            out.append([])
        out[-1].append(w)
    return [" ".join(ws) for ws in out]


def centred_parks_bulletin(path: Path, n: int) -> Path:
    """One centred paragraph per entry, ``<time> | Report <number>: <type> near
    <place>. Ranger arrived <time>; closed <time>. Outcome: <result>.``, every line
    centred on the page (none starts at a fixed left edge), wrapped so that the arrival
    or closing time often opens the wrapped line; a centred day heading over each day."""
    rows = incidents(n, seed=53)
    c = canvas.Canvas(str(path), pagesize=letter)
    mid, y, day = 306.0, 700.0, None

    def head() -> None:
        c.setFont("Times-Bold", 12)
        c.drawCentredString(mid, 750, "ASHGROVE COUNTY PARKS PATROL")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(mid, 737, "Daily bulletin of ranger reports, April 2024")

    head()
    for k, r in enumerate(rows):
        h, m = map(int, r["time"].split(":"))
        arrive, close = f"{h:02d}:{(m + 7) % 60:02d}", f"{(h + 1) % 24:02d}:{(m + 3) % 60:02d}"
        words = (f"{r['time']} | Report {r['no']}: {r['type']} near {r['address']}. "
                 f"Ranger arrived {arrive}; closed {close}. Outcome: {r['dispo']}.").split()
        room = (300, 330, 360, 390)[k % 4]
        lines = _wrap(words, room, c)
        if y < 90 + 12 * len(lines):
            c.showPage()
            head()
            y = 700.0
        if r["date"] != day:
            day = r["date"]
            c.setFont("Times-Italic", 10)
            c.drawCentredString(mid, y, f"Reports of {day}")
            y -= 18
        c.setFont("Times-Roman", 10)
        for line in lines:
            c.drawCentredString(mid, y, line)
            y -= 12
        y -= 4       # a little space between entries, no blank line
    c.showPage()
    c.save()
    return path


UNALIGNED = {f.__name__: f for f in (two_tier_transit_listing, centred_parks_bulletin)}
