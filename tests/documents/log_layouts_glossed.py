"""Generated logs in two languages (see ``log_layouts``): a weekly release of paragraphs
under day headings, each opened by its clock and the clock's unit ("1009 hrs."), then what
happened with its words in the other language in brackets and the house-numbered place
after a short joining word, the narrative, a short outcome sentence, and the number in
brackets with its label ("[Ref. 24-01000]"), the number now and then wrapped alone onto
the paragraph's last line."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_GLOSS = {"Burglary": "cambriolage", "Vandalism": "vandalisme", "Theft": "vol", "Assault": "voies de fait"}


def clock_unit_paragraphs_glossed_types(path: Path, n: int) -> Path:
    """"Monday, 04/01/2024" headings over "1009 hrs. Burglary (cambriolage) near 100 Main
    St. <narrative> Report Taken. [Ref. 24-01000]" paragraphs wrapped at 92 characters."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y, day = 0.0, None

    def line(text: str, x: float = 40) -> None:
        nonlocal y
        if y < 60:
            if y:
                c.showPage()
            c.setFont("Helvetica-Bold", 11)
            c.drawString(40, 750, "Port Alder Police Bureau - communique / release, week of April 1, 2024")
            y = 720
        c.setFont("Helvetica", 9)
        c.drawString(x, y, text)
        y -= 12

    for k, r in enumerate(rows):
        if r["date"] != day:
            day = r["date"]
            line(f"Weekday {day}".replace("Weekday", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                      "Saturday", "Sunday")[int(day[3:5]) % 7]))
        gloss = _GLOSS.get(r["type"], r["type"].lower())
        text = (f"{r['time'].replace(':', '')} hrs. {r['type']} ({gloss}) near {r['address']}. "
                f"{r['summary']} {r['dispo']}.")
        wrapped = textwrap.wrap(text + (" [Ref." if k % 5 == 2 else f" [Ref. {r['no']}]"), 92)
        if k % 5 == 2:
            wrapped.append(f"{r['no']}]")
        for j, part in enumerate(wrapped):
            line(part, x=40 if j == 0 else 52)
    c.save()
    return path


GLOSSED = {f.__name__: f for f in (clock_unit_paragraphs_glossed_types,)}
