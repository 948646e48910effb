"""Generated logs of run-in paragraphs (see ``log_layouts``): each incident one paragraph led
by its date-time and its number between dashes, then ``<type>, <place>.``, the place a block,
a crossing or a named spot with no street in it."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

SPOTS = ("Ferry landing", "Skate park", "Cemetery gate")
NOTES = ("A neighbour called it in.", "Nobody was hurt.", "")


def place(r: dict, i: int) -> str:
    """A block, a crossing or (every fourth) a named spot."""
    number, street = r["address"].split(" ", 1)
    if i % 4 == 3:
        return SPOTS[i // 4 % len(SPOTS)]
    return f"{number} block of {street}" if i % 2 == 0 else f"{street} and Quay Street"


def dashed_lead_paragraphs_type_comma_place(path: Path, n: int) -> Path:
    """Times 9 paragraphs wrapped at 100 characters: `04/01/2024 1009 — Report P24-01000 —
    Burglary, 100 block of Main St. Occurred 04/01/2024 0840. A neighbour called it in.
    Outcome: report taken. Unit 12.` (the occurrence on every other paragraph, a note on
    some); the place after the comma a block, a crossing or a named spot."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740
    c.setFont("Times-Bold", 11)
    c.drawString(40, 760, "SALT MEADOW POLICE [invented] - DAILY BULLETIN")
    c.setFont("Times-Roman", 9)
    for i, r in enumerate(rows):
        clock = r["time"].replace(":", "")
        text = f"{r['date']} {clock} \u2014 Report P{r['no']} \u2014 {r['type']}, {place(r, i)}."
        if i % 2 == 0:
            text += f" Occurred {r['date']} {int(clock) // 2:04d}."
        note = NOTES[i % len(NOTES)]
        text += (f" {note}" if note else "") + f" Outcome: {r['dispo'].lower()}. Unit {10 + i % 7}."
        lines = textwrap.wrap(text, 100)
        if y - 11 * len(lines) < 50:
            c.showPage()
            c.setFont("Times-Roman", 9)
            y = 760
        for line in lines:
            c.drawString(40, y, line)
            y -= 11
        y -= 4
    c.drawString(40, y - 8, f"Incidents in this bulletin: {n}.")
    c.save()
    return path


COMMA_PLACE = {
    "dashed_lead_paragraphs_type_comma_place": dashed_lead_paragraphs_type_comma_place,
}
