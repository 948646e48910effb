"""More generated logs (see ``log_layouts``) as a release puts their pages together: a
release whose first page lists every number released (two to a line, each with the sheet it
is on), then the log's sheets bound out of order, their sheet numbers printed; a ledger whose
print job jammed partway through a page and was restarted from that page, the jammed page's
upper part printed ahead of its full copy."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_SHEET = 24
BOUND = (2, 0, 3, 1)        # the sheets in the order they are bound


def numbers_list_then_sheets_out_of_order(path: Path, n: int) -> Path:
    """Page 1: ``Numbers released`` in two columns, ``24-01000   sheet 3``; then the log's
    sheets (Event / Received / Nature / Location / Result) bound in the order ``BOUND``,
    each footed ``sheet k / N``. The records are read in the order the sheets are bound."""
    rows = incidents(n)
    sheets = [rows[k:k + PER_SHEET] for k in range(0, len(rows), PER_SHEET)]
    sheet_of = {r["no"]: k + 1 for k, sheet in enumerate(sheets) for r in sheet}
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, 750, "Harrow Vale Sheriff - records release - numbers released")
    c.setFont("Courier", 8)
    half = (len(rows) + 1) // 2
    for k in range(half):
        for col, r in enumerate(rows[k::half][:2] if k + half < len(rows) else [rows[k]]):
            c.drawString(50 + 260 * col, 725 - 11 * k, f"{r['no']}   sheet {sheet_of[r['no']] + 1}")
    c.showPage()
    for k in BOUND[:len(sheets)]:
        c.setFont("Courier", 8)
        c.drawString(50, 750, "HARROW VALE SHERIFF - EVENT LEDGER")
        for x, title in zip((0, 70, 170, 290, 420), ("Event", "Received", "Nature", "Location", "Result")):
            c.drawString(50 + x, 728, title)
        for j, r in enumerate(sheets[k]):
            y = 712 - 24 * j
            for x, value in zip((0, 70, 170, 290, 420), (r["no"], f"{r['date']} {r['time']}", r["type"],
                                                          r["address"], r["dispo"])):
                c.drawString(50 + x, y, value)
            if j % 4 == 1:
                c.drawString(120, y - 10, f"tow slip TW-{7700 + j * 13}")
        c.drawRightString(560, 40, f"sheet {k + 2} / {len(sheets) + 1}")
        c.showPage()
    c.save()
    return path


JAM_ROWS = 9        # rows of the jammed page printed before the job stopped


def ledger_print_job_restarted_mid_page(path: Path, n: int) -> Path:
    """A dispatch ledger, 20 calls a page, each over two lines: Ledger No. (`DL-24-01000`) |
    Received | Nature of call | Location | Outcome, then the units and the note set in
    under Nature; a print stamp atop every page (`Printed 04/09/2024 10:02 job 5531`), footed
    `Ledger page k of N`. The job jammed partway through page 2: that page prints its
    titles and first ``JAM_ROWS`` calls, the last of them cut after its first line, no
    footer; the job was restarted from page 2 (a new stamp, 10:19, job 5532), which prints
    again in full, then the rest. Every call is read once, from the full copy."""
    rows = incidents(n)
    pages = [rows[k:k + 20] for k in range(0, len(rows), 20)]
    x = (40, 112, 200, 330, 470)
    c = canvas.Canvas(str(path), pagesize=letter)

    def page(k: int, stamp: str, cut: int | None = None) -> None:
        c.setFont("Helvetica", 7)
        c.drawString(40, 770, stamp)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 750, "CALDER MILL POLICE [invented] - DISPATCH LEDGER, APRIL 2024")
        c.setFont("Helvetica-Bold", 8)
        for left, title in zip(x, ("Ledger No.", "Received", "Nature of call", "Location", "Outcome")):
            c.drawString(left, 728, title)
        c.setFont("Helvetica", 8)
        for j, r in enumerate(pages[k][:cut]):
            y = 712 - 30 * j
            for left, value in zip(x, (f"DL-{r['no']}", f"{r['date']} {r['time']}", r["type"], r["address"],
                                       r["dispo"])):
                c.drawString(left, y, value)
            if cut is None or j < cut - 1:      # the jam cuts the last call after its first line
                c.drawString(x[2], y - 11, f"Units 3C{10 + j % 7}, 3C{20 + j % 5} - {r['summary']}")
        if cut is None:
            c.drawRightString(570, 40, f"Ledger page {k + 1} of {len(pages)}")
        c.showPage()

    page(0, "Printed 04/09/2024 10:02   job 5531   RECORDS-PR2")
    if len(pages) > 1:
        page(1, "Printed 04/09/2024 10:02   job 5531   RECORDS-PR2", cut=JAM_ROWS)
    for k in range(1, len(pages)):
        page(k, "Printed 04/09/2024 10:19   job 5532   RECORDS-PR2")
    c.save()
    return path


BOUND_OUT_OF_ORDER = {f.__name__: f for f in (numbers_list_then_sheets_out_of_order,
                                               ledger_print_job_restarted_mid_page)}
