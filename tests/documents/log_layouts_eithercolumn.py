"""Generated logs (see ``log_layouts``): a sheriff's and harbour patrol's shared blotter
whose number stands in one of two neighbouring titled columns, by the service that took
the call: the other column is left blank on that row."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

COLS = (36, 116, 178, 240, 350, 460)
TITLES = ("Received", "Report #", "Patrol #", "Complaint", "Address", "Outcome / notes")


def blotter_number_in_either_of_two_columns(path: Path, n: int) -> Path:
    """"Received | Report # | Patrol # | Complaint | Address | Outcome / notes": a sheriff's
    row fills Report # (``SO24-NNNNN``), a harbour patrol's fills Patrol # (``HP-24-NNN``),
    the other left blank; some outcomes cite a voided number of the other service; the
    footer counts each service's rows apart."""
    rows = sorted(incidents(n, seed=11), key=lambda r: (r["date"], r["time"]))
    c = canvas.Canvas(str(path), pagesize=letter)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, 760, f"WYNDCLIFF SHERIFF & HARBOUR PATROL - DAILY BLOTTER      leaf {page}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in zip(COLS, TITLES):
            c.drawString(x, 738, t)
        c.setFont("Helvetica", 8)
        return 722

    page, y = 1, header(1)
    sheriff = patrol = 0
    for i, r in enumerate(rows):
        if y < 70:
            c.showPage()
            page += 1
            y = header(page)
        harbour = (i * 5 + i // 3) % 7 < 3
        if harbour:
            number, col = f"HP-24-{310 + patrol:03d}", COLS[2]
            patrol += 1
        else:
            number, col = f"SO24-{8800 + sheriff:05d}", COLS[1]
            sheriff += 1
        outcome = r["dispo"] + (f"; HP-24-{900 + i:03d} voided" if i % 8 == 5 and not harbour else "")
        c.drawString(COLS[0], y, f"{r['date']} {r['time']}")
        c.drawString(col, y, number)
        c.drawString(COLS[3], y, r["type"])
        c.drawString(COLS[4], y, r["address"])
        c.drawString(COLS[5], y, outcome)
        y -= 12
    # the footer counts the sheriff's reports apart from the patrol's calls
    c.drawString(COLS[0], y - 12, f"Reports logged: {sheriff}      Patrol runs: {patrol}")
    c.save()
    return path


EITHER_COLUMN = {f.__name__: f for f in (blotter_number_in_either_of_two_columns,)}
