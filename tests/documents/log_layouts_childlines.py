"""Generated logs (see ``log_layouts``): a joint emergency services register listing a
call once, under the service that led it, with the numbers the other services drew on
the same call on marked child lines set in under the row, in the number column."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

COLS = (36, 122, 190, 232, 350, 470)
# each service's number and code: sheriff, rescue, ambulance
SERVICES = ((lambda k: f"S24-{2100 + k:04d}", "SHF"), (lambda k: f"R24-{640 + k:03d}", "RSQ"),
            (lambda k: f"A24-{1750 + k:04d}", "AMB"))


def joint_register_child_lines(path: Path, n: int) -> Path:
    """"Logged | Ref | Unit | Call type | Address | Result", the Ref second; under some rows
    ``» R24-0644  RSQ  joint response, see row above`` set in, in the Ref column."""
    rows = sorted(incidents(n), key=lambda r: (r["date"], r["time"]))
    c = canvas.Canvas(str(path), pagesize=letter)
    drawn = [0, 0, 0]

    def take(service: int) -> str:
        drawn[service] += 1
        return SERVICES[service][0](drawn[service] - 1)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, 760, f"ASHCOMBE VALE JOINT EMERGENCY SERVICES - SHIFT REGISTER      sheet {page}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in zip(COLS, ("Logged", "Ref", "Unit", "Call type", "Address", "Result")):
            c.drawString(x, 738, t)
        c.setFont("Helvetica", 8)
        return 722

    page, y = 1, header(1)
    for i, r in enumerate(rows):
        if y < 70:
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(36, 40, "Lines marked » are numbers of other services drawn on the call above.")
            c.showPage()
            page += 1
            y = header(page)
        lead = (i * 7 + i // 4) % 3
        c.setFont("Helvetica", 8)
        c.drawString(COLS[0], y, f"{r['date']} {r['time']}")
        c.drawString(COLS[1], y, take(lead))
        c.drawString(COLS[2], y, SERVICES[lead][1])
        c.drawString(COLS[3], y, r["type"])
        c.drawString(COLS[4], y, r["address"])
        c.drawString(COLS[5], y, r["dispo"])
        y -= 12
        # every third row a joint call, every ninth with both other services
        others = [] if i % 3 else [(lead + 1) % 3] + ([(lead + 2) % 3] if i % 9 == 0 else [])
        c.setFont("Helvetica-Oblique", 8)
        for other in others:
            c.drawString(COLS[1] + 8, y, f"» {take(other)}")
            c.drawString(COLS[2], y, SERVICES[other][1])
            c.drawString(COLS[3], y, "joint response, see row above")
            y -= 12
    c.save()
    return path


CHILD_LINES = {f.__name__: f for f in (joint_register_child_lines,)}
