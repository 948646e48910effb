"""Generated logs of cards over a timeline (see ``log_layouts``): each case a heading line
of cells (number, type, status) over a place and a list of steps, only the first dated."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_STEPS = ("Assigned", "Arrived", "Notes added", "Closed out")


def cards_over_dated_first_step(path: Path, n: int) -> Path:
    """A transit police web console's export: per case a heading ``RT24-01000   Noise
    Complaint   Arrest`` (the status in a grey chip at the right), the place under it, then
    two to four steps on a rail of small circles, the first ``2024-04-01 10:09  Logged``,
    the others a time only (``10:21  Assigned``); some last steps cite a ticket; counts
    of cases per status in boxes at the top of the first page."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0.0, 0
    for i, r in enumerate(rows):
        steps = 2 + i % 3
        if y < 60 + 14 * (steps + 2):
            if page:
                c.showPage()
            page += 1
            c.setFont("Helvetica-Bold", 11)
            c.drawString(40, 760, f"Larkspur Transit Police - case journeys  (sheet {page})")
            y = 735
            if page == 1:
                c.setFont("Helvetica", 8)
                for k, dispo in enumerate(("Arrest", "Advised", "Unfounded")):
                    c.rect(40 + k * 120, 700, 100, 28)
                    c.drawString(46 + k * 120, 718, dispo.upper())
                    c.drawString(46 + k * 120, 704, str(sum(1 for x in rows if x["dispo"] == dispo)))
                y = 680
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, f"RT{r['no']}")
        c.drawString(150, y, r["type"])
        c.setFillColorRGB(0.6, 0.6, 0.6)
        c.roundRect(468, y - 3, 90, 12, 5, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.drawString(474, y, r["dispo"])
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 9)
        c.drawString(150, y - 12, r["address"])
        y -= 26
        hour, minute = int(r["time"][:2]), int(r["time"][3:])
        for k in range(steps):
            c.circle(48, y + 3, 2.5)
            if k == 0:
                c.drawString(60, y, f"{r['date'][6:]}-{r['date'][:2]}-{r['date'][3:5]} {r['time']}")
                what = "Logged"
            else:
                minute += 7
                c.drawString(60, y, f"{(hour + minute // 60) % 24:02d}:{minute % 60:02d}")
                what = _STEPS[k - 1] if k < steps - 1 else "Closed out"
                if k == steps - 1 and i % 4 == 1:
                    what += f" - ticket T88{12000 + i}"
            c.drawString(180, y, what)
            y -= 12
    c.save()
    return path


TIMELINE = {f.__name__: f for f in (cards_over_dated_first_step,)}
