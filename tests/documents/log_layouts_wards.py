"""Generated logs whose rows are grouped by a column printed once per group (see
``log_layouts``): a ward register sorted by ward, the ward in a merged cell on each group's
first row only (again at the top of a page), the other rows of the group leaving it empty;
numbers with their parts joined by slashes and times with their unit glued on."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

WARDS = ("Northgate", "Mill Cross", "Quarry Hill", "Old Harbour", "Elmsworth", "Kettle Down")
COLS = (40, 130, 215, 285, 345, 470)


def ward_of(i: int) -> str:
    return WARDS[(i * 7) % len(WARDS)]


def _register(path: Path, n: int, number) -> Path:
    rows = incidents(n)
    for i, r in enumerate(rows):
        r["ward"], r["no"] = ward_of(i), number(i)
    rows.sort(key=lambda r: WARDS.index(r["ward"]))      # grouped by ward: not in time order
    c = canvas.Canvas(str(path), pagesize=letter)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 760, f"KESTREL BOROUGH CONSTABULARY - REGISTER BY WARD    sheet {page}")
        c.setFont("Helvetica-Bold", 9)
        for x, t in zip(COLS, ("Ward", "Entry", "Logged", "At", "Matter", "Result")):
            c.drawString(x, 735, t)
        c.setFont("Helvetica", 9)
        return 715

    page, y, last = 1, header(1), None
    for i, r in enumerate(rows):
        if y < 60:
            c.showPage()
            page += 1
            y, last = header(page), None
        if i % 2:
            c.setFillGray(0.9)
            c.rect(36, y - 3, 540, 13, fill=1, stroke=0)
            c.setFillGray(0)
        if r["ward"] != last:
            c.drawString(COLS[0], y, r["ward"])
            last = r["ward"]
        c.drawString(COLS[1], y, r["no"])
        c.drawString(COLS[2], y, r["date"])
        c.drawString(COLS[3], y, r["time"].replace(":", "") + "h")
        c.drawString(COLS[4], y, r["type"])
        c.drawString(COLS[5], y, r["dispo"])
        y -= 14
    c.drawString(40, y - 14, f"Entries: {n}")
    c.save()
    return path


def ward_register_grouped_rows_slashed_numbers(path: Path, n: int) -> Path:
    """Numbers ``KB/2024/01000``, times ``0931h``, rows grouped by ward."""
    return _register(path, n, lambda i: f"KB/2024/{1000 + i:05d}")


def ward_register_grouped_rows(path: Path, n: int) -> Path:
    """The same register with dashed numbers ``24-01000``: the grouping alone."""
    return _register(path, n, lambda i: f"24-{1000 + i:05d}")


WARD_GROUPS = {f.__name__: f for f in (ward_register_grouped_rows_slashed_numbers, ward_register_grouped_rows)}
