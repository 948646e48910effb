"""Generated logs whose record numbers take a shape of their own (see ``log_layouts``): a
dispatch sheet numbering every call, only some calls given a report number in a column of
their own (the footer counts those), and labelled blocks numbered in spaced digit groups
with a second label beside the number."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

SHEET_COLS = (30, 120, 220, 350, 500, 600)


def dispatch_sheet_reports_in_own_column(path: Path, n: int) -> Path:
    """Calls ``D24-3NNNN`` first on every row; every fourth call prints ``(none)`` where
    the others print a report number ``RMS 24/0NNNN``; the footer counts both."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(30, 570, f"HARROWGATE REGIONAL DISPATCH - SHIFT SHEET    page {page}")
        c.setFont("Helvetica-Bold", 9)
        for x, t in zip(SHEET_COLS, ("Call", "Time In", "Nature", "Where", "Report", "Outcome")):
            c.drawString(x, 548, t)
        c.setFont("Helvetica", 9)
        return 530

    page, y, reports = 1, header(1), 0
    for i, r in enumerate(rows):
        if y < 50:
            c.showPage()
            page += 1
            y = header(page)
        report = "(none)" if i % 4 == 3 else f"RMS 24/{7000 + 3 * i:05d}"
        reports += report != "(none)"
        for x, v in zip(SHEET_COLS, (f"D24-{30000 + 2 * i}", f"{r['date']} {r['time']}", r["type"],
                                     r["address"], report, r["dispo"])):
            c.drawString(x, y, v)
        y -= 14
    c.drawString(30, y - 16, f"Calls logged: {n}      Reports taken: {reports}      No report: {n - reports}")
    c.save()
    return path


def blocks_numbered_in_spaced_groups(path: Path, n: int) -> Path:
    """Blocks under ``Ref No.  QA 7310 4400 1000`` (two letters, groups of four digits),
    a ``Nature`` label and its value beside the number on the same line; every third
    result cites a summons number ``JNNNNNNN`` at its end."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)

    def header() -> float:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 760, "MARLOWE SOUND POLICE AREA - WEEKLY OCCURRENCE LISTING")
        c.setFont("Helvetica", 9)
        return 730

    y = header()
    for i, r in enumerate(rows):
        if y < 120:
            c.showPage()
            y = header()
        lines = [("Ref No.", f"QA 7310 {4400 + i} {1000 + 7 * i:04d}"),
                 ("Received", f"{r['date']} {r['time']}"), ("Place", r["address"]),
                 ("Result", f"Summons served J{4410720 + 13 * i}" if i % 3 == 1 else r["dispo"])]
        for k, (label, value) in enumerate(lines):
            c.drawString(40, y, label)
            c.drawString(130, y, value)
            if k == 0:
                c.drawString(330, y, "Nature")
                c.drawString(400, y, r["type"])
            y -= 13
        y -= 12
    c.save()
    return path


SHAPES = {f.__name__: f for f in (dispatch_sheet_reports_in_own_column, blocks_numbered_in_spaced_groups)}
