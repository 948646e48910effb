"""Generated logs (see ``log_layouts``): a landscape table of disclosed personnel records
whose allegation cell opens with a finding and a colon on some rows only ("Founded:
neglect of duty") and whose last column lists the files released, one a line, most named
after the case number."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import landscape, legal
from reportlab.pdfgen import canvas

COLS = (30, 110, 180, 420, 560, 760)
ALLEGATIONS = ("Founded: neglect of duty", "Founded: untruthfulness", "Vehicle pursuit ending in serious injury",
               "Founded: improper search of a residence", "Taser deployment with hospital admission",
               "Founded: unlawful detention", "Founded: biased conduct toward a")
RESULTS = ("Founded - two-day suspension", "Exonerated; policy review", "Founded - letter of counsel",
           "Founded - dismissal", "Within policy", "Founded - demotion", "Founded - resigned")
STREETS = ("Larch St", "Ferris Ave", "Quillon Rd", "Marbury Ct", "Tolland Way")


def disclosed_records_finding_lead_in(path: Path, n: int) -> Path:
    """"Case Ref | Occurred | Allegation | Area | Result | Files Disclosed", a case a row;
    the files under one another in the last column, each but a coroner's or dispatch file
    starting with the case number."""
    c = canvas.Canvas(str(path), pagesize=landscape(legal))

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 580, f"HARROWGATE SPRINGS SHERIFF'S OFFICE - DISCLOSED PERSONNEL RECORDS      sheet {page}")
        c.setFont("Helvetica-Bold", 8)
        for x, t in zip(COLS, ("Case Ref", "Occurred", "Allegation", "Area", "Result", "Files Disclosed")):
            c.drawString(x, 556, t)
        c.setFont("Helvetica", 8)
        return 538

    page, y = 1, header(1)
    for i in range(n):
        ref = f"HS-24-{310 + 17 * i:04d}"
        files = [f"{ref} Case File (redacted).pdf"]
        if i % 2 == 0:
            files.append(f"{ref} Interview Audio {1 + i % 3}.mp3")
        if i % 3 == 1:
            files.append(f"Coroner Report 24-{101 + i:03d}.pdf")
        if i % 4 == 3:
            files.append(f"Dispatch {24300 + 7 * i}-{i:04d} recording.wav")
        allegation = ALLEGATIONS[i % len(ALLEGATIONS)]
        wrapped = allegation.endswith(" a")
        lines = max(len(files), 2 if wrapped else 1)
        if y - 10 * lines < 50:
            c.showPage()
            page += 1
            y = header(page)
        c.drawString(COLS[0], y, ref)
        c.drawString(COLS[1], y, f"{3 + i // 4:02d}/{1 + (7 * i) % 28:02d}/2024")
        c.drawString(COLS[2], y, allegation)
        if wrapped:
            c.drawString(COLS[2], y - 10, "member of the public")
        c.drawString(COLS[3], y, f"{100 * (1 + i % 40)} block {STREETS[i % len(STREETS)]}")
        c.drawString(COLS[4], y, RESULTS[i % len(RESULTS)])
        for k, name in enumerate(files):
            c.drawString(COLS[5], y - 10 * k, name)
        y -= 10 * lines + 8
    c.setFont("Helvetica", 8)
    c.drawString(30, max(y - 10, 30), f"{n} cases listed.")
    c.save()
    return path


DISCLOSED = {f.__name__: f for f in (disclosed_records_finding_lead_in,)}
