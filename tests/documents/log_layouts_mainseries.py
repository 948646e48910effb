"""Generated logs whose table numbers most rows in the log's main series and some rows in a
series of their own, those rows printing the main-series number in the next column (see
``log_layouts``)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

RUN_NUMBER = "AR-24-{}"     # the ambulance service's own series
EVERY = 5           # every fifth occurrence a medical assist, printed apart


def transit_occurrences_with_run_numbers(path: Path, n: int) -> Path:
    """A transit police occurrence log, Courier 8, one line a row, no rules: under the title
    `OCCURRENCES` and `Logged  Occurrence  Nature  Location  Outcome`, the occurrences, each
    opened (after its date and time) by its occurrence number (`24-01000`); every fifth
    occurrence is a medical assist, printed apart right after them under `MEDICAL ASSISTS`
    and titles of its own: the ambulance run number (`AR-24-301`) first, then its occurrence
    number (from the same counter as the others', so falling between them), then the rest
    as above; the assists run onto the next page without their titles. A count of both at
    the end."""
    rows = incidents(n)
    assists = [r for i, r in enumerate(rows) if i % EVERY == 2]
    occurrences = [r for i, r in enumerate(rows) if i % EVERY != 2]
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0

    def line(text: str, bold: bool = False) -> None:
        nonlocal y
        if y < 60:
            if y > 0:
                c.showPage()
            c.setFont("Courier-Bold", 9)
            c.drawString(30, 765, "HARBOURLINE TRANSIT POLICE - OCCURRENCE LOG (public copy)")
            y = 745
        c.setFont("Courier-Bold" if bold else "Courier", 8)
        c.drawString(30, y, text)
        y -= 12

    line("OCCURRENCES", bold=True)
    line(f"{'Logged':<18}{'Occurrence':<12}{'Nature':<22}{'Location':<22}Outcome", bold=True)
    for r in occurrences:
        line(f"{r['date'] + ' ' + r['time']:<18}{r['no']:<12}{r['type']:<22}{r['address']:<22}{r['dispo']}")
    y -= 12
    line("MEDICAL ASSISTS", bold=True)
    line(f"{'Logged':<18}{'Run No.':<12}{'Occurrence':<12}{'Nature':<22}{'Location':<22}Outcome", bold=True)
    for k, r in enumerate(assists):
        line(f"{r['date'] + ' ' + r['time']:<18}{RUN_NUMBER.format(301 + k):<12}{r['no']:<12}{r['type']:<22}"
             f"{r['address']:<22}{r['dispo']}")
    y -= 12
    line(f"Occurrences: {len(rows)} ({len(occurrences)} above, {len(assists)} medical assists)")
    c.showPage()
    c.save()
    return path


MAIN_SERIES = {f.__name__: f for f in (transit_occurrences_with_run_numbers,)}
