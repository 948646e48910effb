"""Generated logs of bare digits (see ``log_layouts``): a fixed-width listing whose
control number, date (YYYYMMDD), hour, zone and unit are all plain runs of digits."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas


def digit_columns_with_compact_dates(path: Path, n: int) -> Path:
    """Courier, one call a line: "240401007  20240401  1009  14  305  BURGLARY  RPT";
    the date column is titled "CALL DATE" and printed as eight bare digits, beside a
    nine-digit control number, a 2-digit zone and a 3-digit unit. A title block and the
    column titles on every page; a count at the end."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    c.setFont("Courier", 8)

    def header(page: int) -> float:
        c.drawString(30, 580, f"COUNTY COMMUNICATIONS CENTER   CALL LISTING CL-40   SHEET {page:03d}")
        c.drawString(30, 560, "CONTROL      CALL DATE  HHMM  ZONE  UNIT  NATURE                      RESULT")
        c.drawString(30, 552, "-" * 90)
        return 540

    page, y = 1, header(1)
    for i, r in enumerate(rows):
        if y < 50:
            c.showPage()
            c.setFont("Courier", 8)
            page += 1
            y = header(page)
        mm, dd, yyyy = r["date"].split("/")
        control = f"{yyyy[2:]}{mm}{dd}{i:03d}"
        line = (f"{control:<13}{yyyy}{mm}{dd}   {r['time'].replace(':', '')}  {10 + i % 9:<6}"
                f"{300 + i % 13:<6}{r['type'].upper():<28}{r['dispo'].upper()[:12]}")
        c.drawString(30, y, line)
        y -= 11
    c.drawString(30, y - 12, f"CALLS LISTED {n}")
    c.save()
    return path


DIGITS = {f.__name__: f for f in (digit_columns_with_compact_dates,)}


def table_with_year_spaced_case_numbers(path: Path, n: int) -> Path:
    """A ruled-by-whitespace table whose case column prints the year, one space, and a
    six-digit serial ("24 001000"): the number people cite, not the serial alone."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))

    def header() -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 580, "Harlow Police Department - Calls for Service")
        c.setFont("Helvetica", 8)
        for x, title in ((30, "Case No."), (110, "Date"), (170, "Time"), (210, "Type"), (330, "Location"),
                         (460, "Disposition")):
            c.drawString(x, 560, title)
        return 545

    y = header()
    for i, r in enumerate(rows):
        if y < 50:
            c.showPage()
            y = header()
        for x, value in ((30, f"24 {1000 + i:06d}"), (110, r["date"]), (170, r["time"]), (210, r["type"]),
                         (330, r["address"]), (460, r["dispo"])):
            c.drawString(x, y, value)
        y -= 12
    c.save()
    return path


def paragraphs_with_four_digit_year_spaced_numbers(path: Path, n: int) -> Path:
    """Numbered press paragraphs: "3. Report 2024 01002 - Type, 04/01/2024 10:09, place.
    Cited: 2024 90002. Result: ..." The year and the serial, one space apart, are the
    number; a cited number of another series printed the same way is joined too."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 9)
    y = 750
    c.drawString(40, y, "Press summary of reported incidents")
    y -= 24
    for i, r in enumerate(rows):
        if y < 60:
            c.showPage()
            c.setFont("Helvetica", 9)
            y = 750
        c.drawString(40, y, f"{i + 1}.  Report 2024 {1000 + i:05d} - {r['type']}, {r['date']} {r['time']}, "
                            f"{r['address']}.")
        cited = f" Cited: 2024 {90000 + i:05d}." if i % 2 == 0 else ""
        c.drawString(58, y - 11, f"{cited.strip()} Result: {r['dispo']}.".strip())
        y -= 30
    c.save()
    return path


DIGITS.update({f.__name__: f for f in (table_with_year_spaced_case_numbers,
                                        paragraphs_with_four_digit_year_spaced_numbers)})
