"""Generated logs printed one incident a page, the page's notes citing it again (see
``log_layouts``): a case review's sheets, each sheet's number printed twice."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def harbor_review_sheets_remarks_cite_case(path: Path, n: int) -> Path:
    """A case review printed one sheet a case, portrait, Helvetica: a cover sheet
    (`Cases reviewed: n`), then per sheet the title `Case File HR-24-0NNN` at the top, the
    labelled lines `Date:` (date and time), `Nature:`, `Address:`, `Result:`, a rule and the
    sheet's legend `Harbor Road PD - monthly case review - sheet k` mid-page, and at the
    foot `Reviewer remarks` whose first line names the sheet's case again; every fourth
    sheet adds `Linked to prior report HR-23-NNNN at the same address.` (an earlier year's
    report shaped like the cases: related, no case); `sheet k` at the very foot."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 700, "Harbor Road Police Department")
    c.setFont("Helvetica", 12)
    c.drawString(72, 680, "Monthly case review, April 2024")
    c.drawString(72, 660, f"Cases reviewed: {n}")
    c.showPage()
    for k, r in enumerate(rows):
        number = f"HR-24-{301 + k:04d}"
        c.setFont("Helvetica-Bold", 14)
        c.drawString(90, 720, f"Case File {number}")
        c.setFont("Helvetica", 11)
        for j, (label, value) in enumerate((("Date", f"{r['date']} {r['time']}"), ("Nature", r["type"]),
                                            ("Address", r["address"]), ("Result", r["dispo"]))):
            c.drawString(90, 698 - 15 * j, f"{label}: {value}")
        c.line(90, 620, 520, 620)
        c.setFont("Helvetica", 8)
        c.drawString(90, 608, f"Harbor Road PD - monthly case review - sheet {k + 2}")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, 200, "Reviewer remarks")
        c.setFont("Helvetica", 10)
        c.drawString(72, 184, f"Sergeant went over {number} with the day shift.")
        if k % 4 == 2:
            c.drawString(72, 170, f"Linked to prior report HR-23-{877 + 7 * k:04d} at the same address.")
        c.setFont("Helvetica", 8)
        c.drawString(300, 60, f"sheet {k + 2}")
        c.showPage()
    c.save()
    return path


NOTES_PAGES = {f.__name__: f for f in (harbor_review_sheets_remarks_cite_case,)}
