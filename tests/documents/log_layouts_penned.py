"""Generated logs as a clerk left them (see ``log_layouts``): a double-spaced print whose
wrong numbers are struck through in pen with the right ones written in the space above, and
a spreadsheet whose long numbers pasted as numbers show in exponent form."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas


def _swapped(number: str) -> str:
    """The number with its last two digits transposed (the typo struck out)."""
    return number[:-2] + number[-1] + number[-2]


def double_spaced_entries_numbers_corrected_above(path: Path, n: int) -> Path:
    """Times 10 entries printed double-spaced (24 pt a line), each opened at the margin by
    its number, then the date, time, nature, place and outcome, wrapped over two lines; on
    every seventh entry the number was mistyped (its last two digits swapped): struck through
    with a pen line and the right number written in italics in the space above it."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))

    def head() -> None:
        c.setFont("Times-Bold", 12)
        c.drawString(50, 770, "GREYWATER HARBOUR MARSHAL - DAILY ENTRIES (PROOF COPY)")
        c.setFont("Times-Roman", 10)

    head()
    y = 730
    for i, r in enumerate(rows):
        if y < 80:
            c.showPage()
            head()
            y = 730
        number = r["no"] if i % 7 != 3 else _swapped(r["no"])
        c.drawString(50, y, number)
        c.drawString(110, y, f"entered {r['date']} at {r['time']}: {r['type']} reported at")
        c.drawString(110, y - 24, f"{r['address']}, closed as {r['dispo']}.")
        if number != r["no"]:
            width = c.stringWidth(number, "Times-Roman", 10)
            c.setStrokeColorRGB(0.8, 0.1, 0.1)
            c.line(49, y + 3, 51 + width, y + 3)
            c.setFillColorRGB(0.1, 0.2, 0.7)
            c.setFont("Times-Italic", 10)
            c.drawString(50, y + 12, r["no"])
            c.setFont("Times-Roman", 10)
            c.setFillColorRGB(0, 0, 0)
        y -= 48
    c.save()
    return path


def sheet_rows_long_numbers_some_in_exponent_form(path: Path, n: int) -> Path:
    """Helvetica 8 spreadsheet grid, one row a call: "Call number  Logged  Kind  Street
    Result"; the call number is twelve digits (the date yymmdd and a serial) kept as text,
    left-aligned, but on one row of every day it was pasted as a number, so the sheet shows
    it in exponent form right-aligned in its cell ("2.40401E+11")."""
    rows = incidents(n)
    cols = (40, 120, 200, 300, 420, 520)
    c = canvas.Canvas(str(path))

    def head() -> None:
        c.setFont("Helvetica", 8)
        c.drawString(40, 790, "calls_april.xlsx        Calls")
        for x, title in zip(cols, ("Call number", "Logged", "Kind", "Street", "Result")):
            c.drawString(x + 2, 770, title)

    head()
    y, seen = 756, set()
    for r in rows:
        if y < 60:
            c.showPage()
            head()
            y = 756
        month, day, year = r["date"].split("/")
        number = f"{year[2:]}{month}{day}{int(r['no'][-4:]):06d}"
        for x in cols:
            c.line(x, y - 3, x, y + 9)
        c.line(cols[0], y - 3, cols[-1], y - 3)
        if day not in seen and len(seen) % 2 == 0:
            shown = f"{number[0]}.{number[1:6]}E+{len(number) - 1}"
            c.drawRightString(cols[1] - 2, y, shown)
        else:
            c.drawString(cols[0] + 2, y, number)
        seen.add(day)
        for x, cell in zip(cols[1:], (f"{r['date']} {r['time']}", r["type"], r["address"], r["dispo"])):
            c.drawString(x + 2, y, cell)
        y -= 12
    c.save()
    return path


PENNED = {f.__name__: f for f in (double_spaced_entries_numbers_corrected_above,
                                  sheet_rows_long_numbers_some_in_exponent_form)}
