"""Generated logs followed by a supplement that prints some records again (see
``log_layouts``): a dispatch table, then a page turned a quarter turn (/Rotate 90) listing
the vehicles towed, each row a slip number of its own beside the call number it belongs to.
The supplement's rows are no new records: their slip numbers belong to the calls they cite."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

COLS = (40, 120, 230, 340, 470)


def _slip(i: int) -> str:
    return f"TW-{7700 + 3 * i}"


def _towed(i: int) -> bool:
    return i % 4 == 1


def dispatch_table_tow_supplement(path: Path, n: int) -> Path:
    """Calls ``M24-01000`` in a portrait table; a last page turned sideways: "Slip / Call /
    Vehicle / Yard" for the calls whose result was a tow."""
    rows = incidents(n, seed=11)
    c = canvas.Canvas(str(path), pagesize=letter)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 760, f"MARROWAY HARBOR POLICE - CALLS FOR SERVICE    leaf {page}")
        c.setFont("Helvetica-Bold", 9)
        for x, t in zip(COLS, ("Call", "Received", "Nature", "Address", "Result")):
            c.drawString(x, 735, t)
        c.setFont("Helvetica", 9)
        return 715

    page, y = 1, header(1)
    for i, r in enumerate(rows):
        if y < 60:
            c.showPage()
            page += 1
            y = header(page)
        c.drawString(COLS[0], y, f"M24-{1000 + i:05d}")
        c.drawString(COLS[1], y, f"{r['date']} {r['time']}")
        c.drawString(COLS[2], y, r["type"])
        c.drawString(COLS[3], y, r["address"])
        c.drawString(COLS[4], y, f"Towed, slip {_slip(i)}" if _towed(i) else r["dispo"])
        y -= 14
    c.drawString(40, y - 14, f"Calls listed: {n}")
    c.showPage()
    # the supplement: a portrait sheet turned a quarter turn, its table drawn sideways
    c.setPageRotation(90)
    c.saveState()
    c.translate(612, 0)
    c.rotate(90)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, 570, "VEHICLE IMPOUND LIST - vehicles removed on these calls")
    c.setFont("Helvetica-Bold", 9)
    for x, t in zip((40, 160, 280, 420), ("Slip", "Call", "Vehicle", "Yard")):
        c.drawString(x, 540, t)
    c.setFont("Helvetica", 9)
    y = 520
    towed = [i for i in range(n) if _towed(i)]
    for k, i in enumerate(towed):
        c.drawString(40, y, _slip(i))
        c.drawString(160, y, f"M24-{1000 + i:05d}")
        c.drawString(280, y, ("Sedan", "Pickup", "Van")[k % 3])
        c.drawString(420, y, ("North lot", "Pier yard")[k % 2])
        y -= 14
    c.drawString(40, y - 14, f"Vehicles: {len(towed)}")
    c.restoreState()
    c.save()
    return path


def dispatch_table_followup_page(path: Path, n: int) -> Path:
    """The same call table, its last page only follow-up calls of the same series, each
    citing an earlier call ("Follow-up to M24-01001"): new records, not a supplement."""
    rows = incidents(n, seed=11)
    c = canvas.Canvas(str(path), pagesize=letter)
    follow = max(2, n // 10)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 760, f"MARROWAY HARBOR POLICE - CALLS FOR SERVICE    leaf {page}")
        c.setFont("Helvetica-Bold", 9)
        for x, t in zip(COLS, ("Call", "Received", "Nature", "Address", "Result")):
            c.drawString(x, 735, t)
        c.setFont("Helvetica", 9)
        return 715

    def row(y: float, no: int, r: dict, result: str) -> None:
        c.drawString(COLS[0], y, f"M24-{no:05d}")
        c.drawString(COLS[1], y, f"{r['date']} {r['time']}")
        c.drawString(COLS[2], y, r["type"])
        c.drawString(COLS[3], y, r["address"])
        c.drawString(COLS[4], y, result)

    page, y = 1, header(1)
    for i, r in enumerate(rows[:n - follow]):
        if y < 60:
            c.showPage()
            page += 1
            y = header(page)
        row(y, 1000 + i, r, r["dispo"])
        y -= 14
    c.showPage()
    y = header(page + 1)
    for k, r in enumerate(rows[n - follow:]):
        row(y, 1000 + n - follow + k, dict(r, type="Follow-up"), f"Follow-up to M24-{1001 + 4 * k:05d}")
        y -= 14
    c.drawString(40, y - 14, f"Calls listed: {n}")
    c.save()
    return path


SUPPLEMENT = {f.__name__: f for f in (dispatch_table_tow_supplement, dispatch_table_followup_page)}
