"""Generated logs of a web page's expanded panels printed (see ``log_layouts``): each
panel's title line holds the number and, far right, a bare word and the page's edit
stamp; two labelled pairs a line, a narrative, now and then a cross-reference to an
earlier number, and a line of bare feedback words under every panel."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def expanded_panels_edit_stamp_cross_references(path: Path, n: int) -> Path:
    """``(+) Report SP-24-01000 ... Edited 04/02/2024 08:15``, then ``Occurred:`` /
    ``Offense:``, ``Address:`` / ``Outcome:``, ``Narrative:``, every fourth panel
    ``See also: <an earlier number>``, and ``Rate this entry  Up 3  Down 1``."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)

    def frame(page: int) -> float:
        c.setFont("Helvetica", 7)
        c.drawString(30, 775, "4/12/24, 9:02 AM")
        c.drawString(260, 775, "Call Reports | Saltmarsh Point Police")
        c.drawString(30, 20, "https://saltmarsh-point.example/police/call-reports?week=14")
        c.drawRightString(580, 20, f"{page}")
        c.setFont("Helvetica", 9)
        return 745

    page, y = 1, frame(1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, y, "Call Reports - Week 14")
    c.setFont("Helvetica", 9)
    c.drawString(40, y - 16, "Open a report for its details.   [ Open all ]  [ Close all ]")
    y -= 40
    for i, r in enumerate(rows):
        if y < 130:
            c.showPage()
            page += 1
            y = frame(page)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, f"(+) Report SP-{r['no']}")
        c.setFont("Helvetica", 8)
        c.drawRightString(575, y, f"Edited 04/{int(r['date'][3:5]) + 1:02d}/2024 {(i * 7) % 12 + 1}:{(i * 13) % 60:02d} PM")
        c.setFont("Helvetica", 9)
        c.drawRightString(110, y - 16, "Occurred:")
        c.drawString(115, y - 16, f"{r['date']} {r['time']}")
        c.drawRightString(360, y - 16, "Offense:")
        c.drawString(365, y - 16, r["type"])
        c.drawRightString(110, y - 28, "Address:")
        c.drawString(115, y - 28, r["address"])
        c.drawRightString(360, y - 28, "Outcome:")
        c.drawString(365, y - 28, r["dispo"])
        c.drawRightString(110, y - 40, "Narrative:")
        c.drawString(115, y - 40, r["summary"])
        y -= 52
        if i % 4 == 3:
            c.drawString(60, y, f"See also: SP-{rows[i - 3]['no']}")
            y -= 12
        c.drawString(60, y, f"Rate this entry    Up {i % 5}    Down {i % 3}")
        y -= 26
    c.save()
    return path


PANELS = {f.__name__: f for f in (expanded_panels_edit_stamp_cross_references,)}
