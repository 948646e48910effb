"""Generated logs kept in a spreadsheet and printed to PDF (see ``log_layouts``): a landscape
sheet with gridlines whose last columns (a reference cell most rows leave empty, then a
wide notes cell) take half the page, the reference numbers of the incident numbers' shape;
cells too narrow for their values (a date printed as ``#######``, text cut at the border)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

FONT, SIZE = "Helvetica", 7
ROWS_A_PAGE = 34
ROW = 12
# (title, width in points); the logged cell is right-aligned and too narrow for the wider dates
COLUMNS = [("Incident", 62), ("Logged", 40), ("Nature", 72), ("Address", 64), ("Crew", 30),
           ("Result", 66), ("Other No.", 58), ("Notes", 316)]


def _number(i: int) -> str:
    return f"WB24-{3000 + i + i // 4:05d}"        # the numbers skip one now and then


def _logged(r: dict) -> str:
    month, day, year = r["date"].split("/")
    hour, minute = r["time"].split(":")
    return f"{int(month)}/{int(day)}/{year[2:]} {int(hour)}:{minute}"


def _fit(text: str, width: float) -> str:
    """The text as the cell prints it: cut at the cell's border."""
    while text and stringWidth(text, FONT, SIZE) > width - 4:
        text = text[:-1]
    return text


def _other(i: int, prior: bool) -> str:
    """A reference on one row in five: an earlier incident of the same series (``prior``),
    or a citation or a jail booking of the incident numbers' shape but other letters."""
    if i % 5 != 2:
        return ""
    if prior:
        return f"WB23-{7000 + 37 * i:05d}"
    return f"{'CT' if i % 2 else 'JB'}24-{5000 + 61 * i:05d}"


def sheet_with_sparse_reference_column(path: Path, n: int, prior: bool = False) -> Path:
    """Whitlow Bay Harbour Police's incident sheet printed from a spreadsheet: landscape,
    Helvetica 7, gridlines, the title and the workbook's file name over every page, the
    column titles ``Incident | Logged | Nature | Address | Crew | Result | Other No. |
    Notes`` repeated on every page, 34 rows a page, a ``Sheet: April`` / ``Page n of N``
    footer. ``Logged`` (``4/1/24 6:05``) is right-aligned and too narrow for the wider dates,
    which print ``#######``; ``Nature`` and ``Address`` are cut at the cell border. ``Other
    No.`` holds, on one row in five, a citation ``CT24-NNNNN`` or a booking ``JB24-NNNNN``
    (``prior``: an earlier incident ``WB23-NNNNN``), numbers of the incident numbers' shape,
    and the wide ``Notes`` cell the summary, so the last two columns take half the page.
    After an empty grid row the last page has two totals in the row's cells:
    ``Total incidents | N`` and ``Custody | k``."""
    rows = incidents(n)
    body = []
    for i, r in enumerate(rows):
        logged = _logged(r)
        if stringWidth(logged, FONT, SIZE) > COLUMNS[1][1] - 4:
            logged = "#######"
        body.append([_number(i), logged, r["type"].upper(), r["address"].upper(), str(300 + 7 * i % 40),
                     r["dispo"].upper(), _other(i, prior), r["summary"]])
    custody = sum(1 for r in rows if r["dispo"] == "Arrest")
    pages = [body[k:k + ROWS_A_PAGE] for k in range(0, len(body), ROWS_A_PAGE)]
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    width, height = landscape(letter)
    left = 30
    for no, chunk in enumerate(pages, start=1):
        c.setFont(FONT, 9)
        c.drawString(left, height - 30, "WHITLOW BAY HARBOUR POLICE - INCIDENT SHEET")
        c.drawRightString(width - 30, height - 30, "Harbour_Incidents_Apr.xlsx")
        grid = [[title for title, _ in COLUMNS]] + chunk
        if no == len(pages):
            grid += [[""] * len(COLUMNS), ["Total incidents", str(n)] + [""] * 6,
                     ["Custody", str(custody)] + [""] * 6]
        top = height - 50
        for k, cells in enumerate(grid):
            y = top - ROW * k
            if k == 0:
                c.setFillGray(0.85)
                c.rect(left, y - ROW, sum(w for _, w in COLUMNS), ROW, stroke=0, fill=1)
                c.setFillGray(0)
            x = left
            c.setFont(FONT, SIZE)
            for col, ((_, w), value) in enumerate(zip(COLUMNS, cells)):
                c.rect(x, y - ROW, w, ROW, stroke=1, fill=0)
                if col == 1 and k:          # a date or a count: right-aligned, as numbers are
                    c.drawRightString(x + w - 2, y - ROW + 4, value)
                else:
                    c.drawString(x + 2, y - ROW + 4, _fit(value, w))
                x += w
        c.setFont(FONT, 7)
        c.drawString(left, 24, "Sheet: April")
        c.drawRightString(width - 30, 24, f"Page {no} of {len(pages)}")
        c.showPage()
    c.save()
    return path


def sheet_with_sparse_prior_incident_column(path: Path, n: int) -> Path:
    """The same sheet whose ``Other No.`` cells cite earlier incidents of the same series."""
    return sheet_with_sparse_reference_column(path, n, prior=True)


REFERENCE_CELLS = {f.__name__: f for f in (sheet_with_sparse_reference_column,
                                           sheet_with_sparse_prior_incident_column)}
