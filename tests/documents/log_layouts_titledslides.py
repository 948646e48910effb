"""Generated logs of one incident a slide, the slide titled by its number over a band
naming another body's number (see ``log_layouts``)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas


def watch_meeting_slides_titled_over_dispatch_band(path: Path, n: int) -> Path:
    """A neighbourhood-watch deck, landscape, one incident a slide: the title `Incident
    24-0NNNN` in large type, right under it `Dispatch no. 2404NN-NNN` (the dispatch centre's
    number: related, no report), a gap, then `Occurred:` (date and time), `Type:`,
    `Address:`, `Disposition:`. Every fifth incident goes on to a slide `Incident 24-0NNNN
    (cont.)` of prevention bullets quoting the watch line 555-0142. A title slide and a
    closing `Thank you` slide; a footer with the slide number on every slide."""
    rows = incidents(n)
    width, height = landscape(letter)
    c = canvas.Canvas(str(path), pagesize=(width, height))
    slide = 1

    def footer():
        c.setFont("Helvetica", 9)
        c.drawString(60, 30, "Seaside PD - Neighborhood Watch, April 2024")
        c.drawString(width - 90, 30, f"slide {slide}")
        c.showPage()

    c.setFont("Helvetica-Bold", 28)
    c.drawString(60, height - 150, "Neighborhood Watch Meeting")
    c.setFont("Helvetica", 16)
    c.drawString(60, height - 180, f"Reports this month: {n}")
    footer()
    for k, r in enumerate(rows):
        number = f"24-0{3400 + k:04d}"
        slide += 1
        c.setFont("Helvetica-Bold", 26)
        c.drawString(60, height - 80, f"Incident {number}")
        c.setFont("Helvetica", 13)
        c.drawString(60, height - 104, f"Dispatch no. {r['date'][:2]}{r['date'][3:5]}{k % 10}-{610 + 3 * k}")
        c.setFont("Helvetica", 18)
        for j, (label, value) in enumerate((("Occurred", f"{r['date']} {r['time']}"), ("Type", r["type"]),
                                            ("Address", r["address"]), ("Disposition", r["dispo"]))):
            c.drawString(80, height - 170 - 28 * j, f"{label}: {value}")
        footer()
        if k % 5 == 4:
            slide += 1
            c.setFont("Helvetica-Bold", 26)
            c.drawString(60, height - 80, f"Incident {number} (cont.)")
            c.setFont("Helvetica", 18)
            c.drawString(80, height - 140, "- Keep porch lights on after dark")
            c.drawString(80, height - 168, "- Call the watch line 555-0142 about anything unusual")
            footer()
    slide += 1
    c.setFont("Helvetica-Bold", 28)
    c.drawString(60, height - 150, "Thank you")
    footer()
    c.save()
    return path


TITLED_SLIDES = {f.__name__: f for f in (watch_meeting_slides_titled_over_dispatch_band,)}
