"""Generated logs of numbered paragraphs opened by their report number (see ``log_layouts``):
item numbers restarting under each dated heading, the items that are incidents led by a
number whose letters stand glued to its digits, routine items numbered the same way."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ROUTINE = ["Footpath lamps along the quay walked, all lit.", "Boat shed doors tried, all locked.",
           "Visitor car park walked through, nothing to note."]
PER_NIGHT = 3           # incidents a night, each after one routine item


def quay_rounds_items_led_by_report_number(path: Path, n: int) -> Path:
    """A marina's night-rounds report to its residents' committee, Helvetica 9: a heading per
    night (`NIGHT ROUNDS - 04/02/2024 - 1900-2330 - Car 4`), then items `1. PT24-00300
    2114 hrs Burglary - 100 Main St. Owner told ...`, wrapped under the text, numbering
    restarting at 1 each night. Every night opens with two incidents, then a routine item
    (no number) before the third, and a follow-up item citing the night's first
    number (`Follow-up visit for PT24-00300: quiet.`); some incidents cite the county's own
    reference (`County deputies told, ref 24-D-0815.`) inside the text."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740
    for night in range(0, n, PER_NIGHT):
        chunk = rows[night:night + PER_NIGHT]
        if y < 200:
            c.showPage()
            y = 740
        c.setFont("Helvetica-Bold", 9)
        day = 1 + night // PER_NIGHT
        c.drawString(50, y, f"NIGHT ROUNDS - 04/{day:02d}/2024 - 1900-2330 - Car {1 + day % 5}")
        c.setFont("Helvetica", 9)
        y -= 16
        item = 0
        for k, r in enumerate(chunk):
            i = night + k
            if k == 2:
                item += 1
                c.drawString(50, y, f"{item}. {18 + k:02d}55 hrs {ROUTINE[(i + k) % 3]}")
                y -= 12
            item += 1
            time = f"{19 + k:02d}{(7 * i) % 50:02d}"
            cite = f" County deputies told, ref 24-D-0{800 + i}." if i % 4 == 1 else ""
            c.drawString(50, y, f"{item}. PT24-{300 + i:05d} {time} hrs {r['type']} - {r['address']}. "
                                "Owner told of the steps to take")
            c.drawString(68, y - 11, f"and the committee copied.{cite}")
            y -= 24
        c.drawString(50, y, f"{item + 1}. 2320 hrs Follow-up visit for PT24-{300 + night:05d}: quiet.")
        y -= 22
    c.drawString(50, y - 10, f"Reports written this period: {n}    Routine items: {2 * ((n + 2) // 3)}")
    c.showPage()
    c.save()
    return path


ITEM_NUMBERS = {f.__name__: f for f in (quay_rounds_items_led_by_report_number,)}
