"""Generated logs printed as drill-down views (see ``log_layouts``): one labelled panel per
event, a path line over each panel ending with the event's number, so every number is
printed twice, once on a line that holds nothing else of the event."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_LABELS = ("Ref", "Category", "Logged", "Address", "Result", "Notes")


def panels_under_path_lines(path: Path, n: int, colons: bool = False) -> Path:
    """A records viewer's print: per event a grey path line ``Home :: Calls :: <type> ::
    HP24-0417`` with ``Nearby this month: 3`` at its right, a blank, then a panel of
    right-aligned labels (``Ref``, ``Category``, ``Logged``, ``Address``, ``Result``,
    ``Notes``, and ``See also`` with a citation under every fourth event); four panels a
    page, the last event at the foot of the last page. ``colons``: the labels flush left,
    each with a colon."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0.0
    for i, r in enumerate(rows):
        if i % 4 == 0:
            if i:
                c.showPage()
            c.setFont("Helvetica-Bold", 11)
            c.drawString(40, 760, "Harlan Point Public Safety - Event Viewer Print")
            c.setFont("Helvetica", 8)
            c.drawString(40, 746, f"Printed from the event viewer, April 2024. Events in this print: {n}.")
            y = 720.0
        ref = f"HP24-{417 + i:04d}"
        c.setFont("Helvetica", 8)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(44, y, f"Home :: Calls :: {r['type']} :: {ref}")
        c.drawRightString(570, y, f"Nearby this month: {1 + (i * 7) % 12}")
        c.setFillColorRGB(0, 0, 0)
        values = [ref, r["type"], f"{r['date']} {r['time']}", r["address"], r["dispo"], r["summary"]]
        pairs = list(zip(_LABELS, values))
        if i % 4 == 1:
            pairs.append(("See also", f"CT-{880100 + i}"))
        y -= 24
        c.setFont("Helvetica", 9)
        for label, value in pairs:
            if colons:
                c.drawString(60, y, f"{label}:")
            else:
                c.drawRightString(150, y, label)
            c.drawString(162, y, value)
            y -= 13
        y -= 22
    c.showPage()
    c.save()
    return path


def colon_panels_under_path_lines(path: Path, n: int) -> Path:
    """The same print, its labels flush left with colons (``Ref:``, ``Category:``, ...)."""
    return panels_under_path_lines(path, n, colons=True)


CRUMBS = {f.__name__: f for f in (panels_under_path_lines, colon_panels_under_path_lines)}
