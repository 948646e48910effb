"""Generated logs of boxed sheets, one a page, some of them voided numbers (see
``log_layouts``): a sheet printing only a number, the day it was given out and its state
under a shorter row of labels of its own holds no incident and is no record."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

VOID_EVERY = 6          # every sixth number of the series was given out in error


def hamlet_sheets_with_cancelled_numbers(path: Path, n: int) -> Path:
    """A township constable's complaint sheets, Courier 9, one a page: a row of boxed labels
    `FILE NO.  RECEIVED  NOTED  DISTRICT CODE` over their values (`HT/3301`, `04/01/2024 06:00`),
    then `COMPLAINT` and `OUTCOME`, `WHERE`, `AREA` and `BADGE` over theirs, the steps
    taken a line each, a few lines of text. Every sixth sheet prints only `FILE NO.  GIVEN OUT  STATE` over `HT/33NN  04/02/2024
    CANCELLED` and a line saying the number was given out in error: no incident."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    serial = 3301
    for i, r in enumerate(rows):
        if i % VOID_EVERY == 2:
            _head(c)
            _row(c, 720, ("FILE NO.", "GIVEN OUT", "STATE"))
            _row(c, 709, (f"HT/{serial}", r["date"], "CANCELLED"))
            c.drawString(40, 680, "CANCELLED - number given out in error; nothing happened. Not given again.")
            c.drawString(40, 669, "Cancelled by desk clerk 12")
            c.showPage()
            serial += 1
        _head(c)
        _row(c, 720, ("FILE NO.", "RECEIVED", "NOTED", "DISTRICT CODE"))
        _row(c, 709, (f"HT/{serial}", f"{r['date']} {r['time']}", f"{r['date']} {r['time']}", "HT7700"))
        _row(c, 698, ("COMPLAINT", "", "OUTCOME"))
        _row(c, 687, (r["type"], "", r["dispo"]))
        _row(c, 676, ("WHERE", "", "AREA", "BADGE"))
        _row(c, 665, (f"{r['address']}, Hamlet Township", "", f"{1 + i % 4}", f"#{300 + i}"))
        c.drawString(40, 640, "STEPS TAKEN")
        for k, step in enumerate(("Call taken at the desk", "Constable sent", "Constable at the place",
                                  "All clear")):
            c.drawString(40, 629 - 11 * k, f"{r['date']} {r['time']}      {step}")
        c.drawString(40, 574, "ACCOUNT")
        c.drawString(40, 563, r["summary"])
        c.showPage()
        serial += 1
    c.save()
    return path


def _row(c, y: int, cells: tuple[str, ...]) -> None:
    """Cells set in the sheet's boxes, each at its box's left edge."""
    for x, cell in zip((40, 230, 400, 540), cells):
        c.drawString(x, y, cell)


def _head(c) -> None:
    c.setFont("Courier-Bold", 10)
    c.drawString(40, 765, "HAMLET TOWNSHIP CONSTABLE - COMPLAINT SHEETS - April 2024")
    c.setFont("Courier", 9)


VOID_SHEETS = {f.__name__: f for f in (hamlet_sheets_with_cancelled_numbers,)}
