"""Generated registers of rows of another kind cross-referenced to incidents (see
``log_layouts``): one row per person referred, the incident's case number repeated on its
consecutive rows, a dash on rows of no incident."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

ROWS_PER_PAGE = 34
COLUMNS = (("Ref. No.", 30), ("Date", 95), ("Time", 160), ("School", 200), ("Grade", 260),
           ("Infraction", 295), ("Case No.", 390), ("Offense", 455), ("Location", 560),
           ("Disposition", 660))
INFRACTIONS = ("C-12 Conduct", "C-20 Property", "C-31 Safety", "C-44 Substance")
ADMIN = ("C-02 Attendance", "C-05 Uniform", "C-07 Device")


def referral_register_case_rows(path: Path, n: int) -> Path:
    """A school district's referral register, landscape Helvetica 7.5, a header row on
    every page: `Ref. No.  Date  Time  School  Grade  Infraction  Case No.  Offense
    Location  Disposition`, one row per student referred (`RR-24-0NNN`, every row its own
    number). Of the `n` incidents, every third prints its case number (`24-01NNN`) on two
    rows and every fifth on three, each row its own grade; after every second incident an
    administrative referral prints `-` in Case No. and in the police columns. Ends with
    the register's totals."""
    rows: list[tuple[str, ...]] = []
    referral = 300
    for i, r in enumerate(incidents(n)):
        students = 3 if i % 5 == 4 else 2 if i % 3 == 1 else 1
        for s in range(students):
            rows.append((f"RR-24-{referral:04d}", r["date"], r["time"], f"{210 + i % 4} NHS", str(6 + (i + s) % 6),
                         INFRACTIONS[i % len(INFRACTIONS)], r["no"], r["type"], r["address"], r["dispo"]))
            referral += 1
        if i % 2 == 1:
            rows.append((f"RR-24-{referral:04d}", r["date"], "15:10", f"{210 + i % 4} NHS", str(7 + i % 5),
                         ADMIN[i % len(ADMIN)], "-", "", "Main office", ""))
            referral += 1
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    pages = range(0, len(rows), ROWS_PER_PAGE)
    for page, start in enumerate(pages, start=1):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 580, "NORTH HOLLOW SCHOOL DISTRICT - REFERRAL REGISTER WITH CASE CROSS-REFERENCE")
        c.setFont("Helvetica-Bold", 7.5)
        for title, x in COLUMNS:
            c.drawString(x, 550, title)
        c.setFont("Helvetica", 7.5)
        y = 534
        for row in rows[start:start + ROWS_PER_PAGE]:
            for value, (_, x) in zip(row, COLUMNS):
                c.drawString(x, y, value)
            y -= 14
        if page == len(pages):
            cases = sum(row[6] != "-" for row in rows)
            c.drawString(30, y - 12, f"Referrals listed: {len(rows)}   With a case: {cases}   Incidents: {n}")
        c.drawString(380, 24, f"Page {page} of {len(pages)}")
        c.showPage()
    c.save()
    return path


REFERRALS = {f.__name__: f for f in (referral_register_case_rows,)}
