"""Generated logs compiled from notices (see ``log_layouts``): each notice opens with a
number label of its own and carries one, several or no labelled incident blocks."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

SINGLE = 40                     # the first notices: one incident each, every sixth none
SERIES = (2, 1, 3, 0, 2, 1)     # then incidents per notice, in turn: a series reported together


def _group_size(notice: int) -> int:
    if notice < SINGLE:
        return 0 if notice % 6 == 5 else 1
    return SERIES[(notice - SINGLE) % len(SERIES)]


def safety_notices_several_incident_blocks(path: Path, n: int) -> Path:
    """Times 10 campus-safety notices several to a page: "CAMPUS SAFETY NOTICE" with
    "Notice No.: 7" at the right, "Issued: <date time>" beside a desk line, a bold
    headline, a lead sentence, then indented labelled blocks ("File No.:", "Offence:",
    "Logged:", "Place:", "Outcome:"), one per incident; the first notices carry one
    incident or none (office hours), later ones two or three of a series as well, each
    notice closing with a request line and "* * *"."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    y, page, k, notice = 0, 0, 0, 0

    def new_page() -> float:
        nonlocal page
        if page:
            c.drawString(60, 30, f"Safety Office notices, compiled - sheet {page}")
            c.showPage()
        page += 1
        c.setFont("Times-Roman", 10)
        c.drawString(60, 800, "NORTHGATE COLLEGE SAFETY OFFICE [invented] - Notices issued, April 2024")
        return 770

    y = new_page()
    while k < len(rows):
        size = _group_size(notice)
        group = rows[k:k + size]
        k += size
        notice += 1
        if y - 14 * (5 + 6 * len(group)) < 60:
            y = new_page()
        c.setFont("Times-Bold", 10)
        c.drawString(60, y, "CAMPUS SAFETY NOTICE")
        c.setFont("Times-Roman", 10)
        c.drawString(420, y, f"Notice No.: {notice}")
        first = group[0] if group else rows[min(k, len(rows) - 1)]
        c.drawString(60, y - 13, f"Issued: {first['date']} 16:{10 + notice % 40:02d}")
        c.drawString(300, y - 13, "Desk: Safety Office, ext. 4410")
        c.setFont("Times-Bold", 10)
        if group:
            c.drawString(60, y - 26, f"{group[0]['type']} near {group[0]['address'].split(' ', 1)[1]}")
            c.setFont("Times-Roman", 10)
            lead = "The incident below was reported to the office." if len(group) == 1 else \
                f"The office received {len(group)} related reports, each set out below."
        else:
            c.drawString(60, y - 26, "Safety Office opening hours over the holiday")
            c.setFont("Times-Roman", 10)
            lead = "The front desk closes at noon on Friday and reopens Monday at 8 a.m."
        c.drawString(60, y - 39, lead)
        y -= 54
        for r in group:
            for label, value in (("File No.:", r["no"]), ("Offence:", r["type"]),
                                 ("Logged:", f"{r['date']} {r['time']}"), ("Place:", r["address"]),
                                 ("Outcome:", r["dispo"])):
                c.drawString(80, y, label)
                c.drawString(170, y, value)
                y -= 13
        c.drawString(60, y, "Please report anything suspicious to the Safety Office at ext. 4410.")
        c.drawString(280, y - 13, "* * *")
        y -= 34
    c.drawString(60, 30, f"Safety Office notices, compiled - sheet {page}")
    c.save()
    return path


NOTICES = {f.__name__: f for f in (safety_notices_several_incident_blocks,)}
