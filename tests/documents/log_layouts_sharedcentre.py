"""Generated logs of a dispatch centre shared by several agencies (see ``log_layouts``),
released by one of them: every agency's calls in one number series, the releasing
department's the records."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

COLS = (30, 80, 160, 260, 380, 470, 540)
TITLES = ("Call #", "Received", "Nature", "Address", "Disposition", "Unit", "Agcy")
# the other agencies' calls printed between the department's (codes of the centre's legend)
OTHERS = (("SBFD", "Smoke investigation", "E4"), ("NSSO", "Civil standby", "S12"),
          ("BAMB", "Medical call", "M2"), ("SBFD", "Alarm sounding", "E1"), ("NSSO", "Traffic stop", "S7"))


def joint_dispatch_rows_agency_code_last(path: Path, n: int) -> Path:
    """Helvetica 8 table of a joint dispatch centre, the agency's code in the last column
    ("SBPD", "SBFD", "NSSO", "BAMB"); the heading names the department that released it
    ("released by the Saltmarsh Bay Police Department"), each page repeats the column
    titles; after every second of the department's calls one of another agency's, numbered
    in the same series; a closing line counts every agency's calls."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    number, others, y = 41000, 0, 0

    def page_head() -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 790, "NORTH SHORE JOINT DISPATCH [invented]")
        c.setFont("Helvetica", 8)
        c.drawString(30, 778, "Call report, all responding agencies - released by the Saltmarsh Bay Police "
                              "Department [invented]")
        for x, title in zip(COLS, TITLES):
            c.drawString(x, 756, title)
        return 740

    def row(cells: list[str]) -> None:
        nonlocal y
        if y < 60:
            c.showPage()
            y = page_head()
        for x, cell in zip(COLS, cells):
            c.drawString(x, y, cell)
        y -= 12

    y = page_head()
    for i, r in enumerate(rows):
        number += 1
        row([f"24-{number}", f"{r['date']} {r['time']}", r["type"], r["address"], r["dispo"],
             f"P{10 + i % 9}", "SBPD"])
        if i % 2 == 1:
            code, nature, unit = OTHERS[others % len(OTHERS)]
            others += 1
            number += 1
            row([f"24-{number}", f"{r['date']} {r['time']}", nature, f"{200 + 10 * i} Dune Rd",
                 "Cleared", unit, code])
    c.drawString(30, y - 12, f"Calls listed: {n + others} (all agencies)")
    c.save()
    return path


SHARED_CENTRE = {f.__name__: f for f in (joint_dispatch_rows_agency_code_last,)}
