"""Generated logs (see ``log_layouts``): numbers printed beside others that are no
records: a works desk's request table whose folded-in requests sit on marked lines set
in under their row, a word naming them between the mark and the number; and a weekly
digest of numbered items, the request's number beside the item's list number, notes on
withdrawn requests printed unnumbered under the item they follow."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def works_requests_folded_lines(path: Path, n: int) -> Path:
    """"Request | Logged | Matter | Place | State" in Courier; under some rows
    ``   » folded into QW7-0812 04/01/2024 10:15 same caller (counter)``, set in."""
    rows = sorted(incidents(n), key=lambda r: (r["date"], r["time"]))
    c = canvas.Canvas(str(path), pagesize=letter)
    serial = 800

    def header(page: int) -> float:
        c.setFont("Courier-Bold", 9)
        c.drawString(30, 760, f"Ravensholt Works & Safety Desk - Resident Requests          sheet {page}")
        c.drawString(30, 740, "Request    Logged            Matter               Place                State")
        c.setFont("Courier", 8)
        return 724

    page, y = 1, header(1)
    for i, r in enumerate(rows):
        if y < 70:
            c.showPage()
            page += 1
            y = header(page)
        c.drawString(30, y, f"QW7-{serial:04d} {r['date']} {r['time']}  {r['type']:<20} {r['address']:<20} {r['dispo']}")
        serial += 3
        y -= 11
        for k in range(1 if i % 4 == 1 else 2 if i % 7 == 3 else 0):
            c.drawString(50, y, f"» folded into QW7-{serial - 2 + k:04d} {r['date']} {r['time']} same caller (counter)")
            y -= 11
    c.save()
    return path


def numbered_digest_job_beside_item(path: Path, n: int) -> Path:
    """``12) Job 361 - Burglary, 220 Pine Rd. Logged 04/02/2024 10:15.`` over
    ``Outcome: Arrest.``; every fifth item followed by an unnumbered
    ``Job 358 - withdrawn, same as 355; not listed.``"""
    rows = sorted(incidents(n), key=lambda r: (r["date"], r["time"]))
    c = canvas.Canvas(str(path), pagesize=letter)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 760, f"Village of Osterby - Works Desk Weekly Digest      part {page}")
        c.setFont("Helvetica", 9)
        return 736

    page, y, job = 1, header(1), 300
    for i, r in enumerate(rows):
        if y < 90:
            c.showPage()
            page += 1
            y = header(page)
        job += 3 + i % 2
        c.drawString(40, y, f"{i + 1}) Job {job} - {r['type']}, {r['address']}. Logged {r['date']} {r['time']}.")
        c.drawString(52, y - 11, f"Outcome: {r['dispo']}. Crew notified.")
        y -= 22
        if i % 5 == 4:
            c.drawString(52, y, f"Job {job - 1} - withdrawn, same as {job - 4}; not listed.")
            y -= 11
    c.save()
    return path


ITEM_LEADS = {f.__name__: f for f in (works_requests_folded_lines, numbered_digest_job_beside_item)}
