"""Generated tables whose column titles run together where their values do (see ``log_layouts``)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas


def time_title_run_into_place_title(path: Path, n: int) -> Path:
    """A fixed-pitch event list whose time column is printed one space before the place, in
    the title line (``Time Place / Town``) as on every row (``0021 120 Harbor Blvd, Norde``),
    the date day first in a column of its own before it."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    per_page = 36
    head = f"{'Ref No.':<12}{'Date':<11}Time {'Place / Town':<30}{'Nature':<20}Outcome"
    for p in range(0, len(rows), per_page):
        c.setFont("Courier", 8)
        c.drawString(30, 580, "NORDE SHIRE POLICE - EVENT LIST (dates day first)")
        c.drawString(30, 560, head)
        c.drawString(30, 552, "=" * len(head))
        for j, r in enumerate(rows[p:p + per_page]):
            day = f"{r['date'][3:5]}/{r['date'][:2]}/{r['date'][6:]}"
            hhmm = r["time"].replace(":", "")
            c.drawString(30, 540 - 13 * j, f"{'NS' + str(7100 + p + j):<12}{day:<11}{hhmm} "
                                           f"{r['address'] + ', Norde':<30}{r['type']:<20}{r['dispo']}")
        c.showPage()
    c.save()
    return path


RUN_TOGETHER_TITLES = {f.__name__: f for f in (time_title_run_into_place_title,)}
