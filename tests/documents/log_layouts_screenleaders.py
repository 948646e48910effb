"""Generated logs printed from a terminal's detail screen (see ``log_layouts``): one record a
screen, its labels followed by leaders of spaced dots closed by a colon, the values in a
column of their own far to the right."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_NOTES = ("Unit checked the platform and the stairwell.", "Caller met the officer at the gate.",
          "Camera images were kept for review.", "Station agent was told of the outcome.",
          "No one matching the description was found.", "A card was left at the address.")


def _screens(rows: list[dict]) -> list[list[str]]:
    screens = []
    for i, r in enumerate(rows):
        notes = [_NOTES[(i + k) % len(_NOTES)] for k in range(3 + 6 * (i % 4 == 1))]
        # the label set left, its dots right up to the colon: a wide gap on short labels
        lines = [f"{label:<12}{' .' * 3} :      {value}" for label, value in (
            ("Event ref", f"TP{r['no']}"), ("Logged", f"{r['date']} {r['time']}"), ("Offense", r["type"]),
            ("Where", r["address"]), ("Result", r["dispo"]), ("Linked file", r["case"]))] + ["", "Notes:"]
        first, rest = notes[:5], notes[5:]
        panels = 2 if rest else 1
        screens.append((i, 1, panels, lines + ["  " + n for n in first], "More..." if rest else "End"))
        if rest:
            screens.append((i, 2, panels, lines[:1] + ["", "Notes (cont.):"] + ["  " + n for n in rest], "End"))
    return screens


def detail_screens_spaced_colon_leaders(path: Path, n: int) -> Path:
    """A transit police's event inquiry printed screen by screen, two framed screens a page
    (Courier 7): "Item i of N" and "Panel p of P" over labels whose leaders are spaced dots
    closed by a colon ("Event ref . . . :"), the value far to the right; long notes go on on
    a second panel repeating the item and its reference (other words than any real screen)."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    screens = _screens(rows)
    for k, (i, panel, panels, lines, scroll) in enumerate(screens):
        if k and k % 2 == 0:
            c.showPage()
        top = 740 if k % 2 == 0 else 390
        c.setFont("Courier", 7)
        c.rect(40, top - 320, 530, 330)
        c.drawString(50, top - 8, f"PSR210   HARBORVIEW TRANSIT POLICE - EVENT INQUIRY{'':<20}Item {i + 1:>3} of {n}")
        c.drawString(50, top - 17, f"DISPLAY{'':<62}Panel {panel} of {panels}")
        y = top - 38
        for line in lines:
            c.drawString(56, y, line)
            y -= 10
        c.drawString(480, top - 290, scroll)
        c.drawString(50, top - 305, "PF3=Quit   PF7=Back   PF8=Forward   PF12=Return")
    c.save()
    return path


SCREEN_LEADERS = {f.__name__: f for f in (detail_screens_spaced_colon_leaders,)}
