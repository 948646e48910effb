"""Generated logs of a dispatch centre serving several agencies (see ``log_layouts``): one
number column holding each agency's numbers as issued, in shapes of their own (one with the
agency's letters after a space, one with its parts between dots), and an hourly log whose
rows print only the minute under a heading line per hour (empty hours printed too)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

SHAPES = (lambda k: f"24-R-{3000 + k:05d}", lambda k: f"24-{700 + k:04d} BTP",
          lambda k: f"HX.24.{200 + k:04d}", lambda k: f"QMC24{500 + k:05d}")
COLS = (40, 150, 250, 345, 470)


def number_of(i: int) -> str:
    return SHAPES[(i * 5 + i // 3) % len(SHAPES)](i)


def regional_centre_mixed_number_shapes(path: Path, n: int) -> Path:
    """"When | Ref | Call | Address | Outcome", the Ref of four agencies' shapes mixed."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 760, f"MERE VALLEY REGIONAL DISPATCH - CALLS FOR ALL SERVICES    leaf {page}")
        c.setFont("Helvetica-Bold", 9)
        for x, t in zip(COLS, ("When", "Ref", "Call", "Address", "Outcome")):
            c.drawString(x, 735, t)
        c.setFont("Helvetica", 9)
        return 715

    page, y = 1, header(1)
    for i, r in enumerate(rows):
        if y < 60:
            c.showPage()
            page += 1
            y = header(page)
        c.drawString(COLS[0], y, f"{r['date']} {r['time']}")
        c.drawString(COLS[1], y, number_of(i))
        c.drawString(COLS[2], y, r["type"])
        c.drawString(COLS[3], y, r["address"])
        c.drawString(COLS[4], y, r["dispo"])
        y -= 14
    c.save()
    return path


def hourly_log_minute_rows(path: Path, n: int) -> Path:
    """Rows ``:05`` under ``Hour 09:00  Tue 04/02/2024 ... entries 3``; empty hours printed."""
    rows = sorted(incidents(n), key=lambda r: (r["date"], r["time"]))
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = (40, 75, 160, 280, 410)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 760, f"FENWAY DOWNS JOINT COMMS - LOG BY HOUR    folio {page}")
        c.setFont("Helvetica-Bold", 9)
        for x, t in zip(cols, ("Mn", "Number", "Call", "Address", "Outcome")):
            c.drawString(x, 735, t)
        c.setFont("Helvetica", 9)
        return 715

    by_hour: dict[tuple[str, int], list[dict]] = {}
    for r in rows:
        by_hour.setdefault((r["date"], int(r["time"][:2])), []).append(r)
    page, y, k = 1, header(1), 0
    for date in sorted({r["date"] for r in rows}):
        for hour in range(24):
            got = by_hour.get((date, hour), [])
            if not got and hour % 4:
                continue
            if y < 80:
                c.showPage()
                page += 1
                y = header(page)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, f"Hour {hour:02d}:00   {date}")
            c.drawString(480, y, f"entries {len(got)}")
            c.setFont("Helvetica", 9)
            y -= 14
            for r in got:
                c.drawString(cols[0], y, ":" + r["time"][3:])
                c.drawString(cols[1], y, f"FD-{4000 + k}")
                c.drawString(cols[2], y, r["type"])
                c.drawString(cols[3], y, r["address"])
                c.drawString(cols[4], y, r["dispo"])
                k += 1
                y -= 14
    c.save()
    return path


AGENCIES = {f.__name__: f for f in (regional_centre_mixed_number_shapes, hourly_log_minute_rows)}
