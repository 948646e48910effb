"""Generated logs printed two pages to a sheet side (see ``log_layouts``): a booklet whose
first sheet sides hold no two pages alike (the covers side by side, a log page beside a
ruled memoranda page), only the page numbers under the halves telling the pages apart and
their order."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HALF = 396          # points: a landscape letter sheet folded in two
LINES = 34          # printed lines of a log page


def _booklet_sides(total: int) -> list[tuple[int, int]]:
    """The pages (left, right) on each sheet side of a saddle-stitched booklet."""
    out = []
    for s in range(total // 2):
        low, high = s + 1, total - s
        out.append((high, low) if s % 2 == 0 else (low, high))
    return out


def booklet_blocks_covers_and_memo_page_first(path: Path, n: int) -> Path:
    """A marina patrol's booklet of 8 pages, Courier 7, in stapling order (8|1, 2|7, 6|3,
    4|5): the back cover (totals) beside the front cover (a contents list), then log page 2
    beside page 7, a "MEMORANDA" page ruled but empty; pages 2-6 carry labelled blocks
    ("REF.: 24-01000   LOGGED: 04/01/2024 10:09", "CATEGORY:", "PLACE:", "OUTCOME:", the
    values lined up), a rule between
    blocks, flowed line by line so blocks break over pages, sheet sides too;
    "page k" centred under each half. The first two sheet sides have no two halves alike."""
    rows = incidents(n)
    flow: list[tuple[str, str]] = []
    for r in rows:
        flow += [("REF.:", f"{r['no']}      LOGGED: {r['date']} {r['time']}"), ("CATEGORY:", r["type"]),
                 ("PLACE:", r["address"]), ("OUTCOME:", r["dispo"]), ("", "")]
    pages = {2 + k: flow[k * LINES:(k + 1) * LINES] for k in range(5)}
    assert len(flow) <= 5 * LINES
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for left, right in _booklet_sides(8):
        for half, page in enumerate((left, right)):
            x = 30 + half * HALF
            c.setFont("Courier", 7)
            c.drawCentredString(x + 168, 30, f"page {page}")
            if page == 1:
                c.setFont("Courier-Bold", 10)
                c.drawString(x + 40, 520, "SALTMEADOW MARINA PATROL [invented]")
                c.setFont("Courier", 8)
                c.drawString(x + 40, 500, "Quarterly occurrence booklet")
                c.drawString(x + 40, 440, "Contents")
                c.drawString(x + 40, 428, "Occurrences ............ pages 2-6")
                c.drawString(x + 40, 416, "Memoranda .............. page 7")
                c.drawString(x + 40, 404, "Totals ................. page 8")
            elif page == 8:
                c.setFont("Courier", 8)
                c.drawString(x, 520, "TOTALS")
                c.drawString(x, 508, f"Occurrences in this booklet: {n}")
                c.drawString(x, 496, "Harbour office 555-0177")
            elif page == 7:
                c.setFont("Courier-Bold", 9)
                c.drawString(x, 560, "MEMORANDA")
                for k in range(20):
                    c.line(x, 530 - 22 * k, x + 330, 530 - 22 * k)
            else:
                c.drawString(x, 575, "Saltmeadow Marina Patrol - occurrence booklet")
                y = 555
                for label, value in pages.get(page, []):
                    if label:
                        c.drawString(x, y, label)
                        c.drawString(x + 48, y, value)
                    else:       # a rule between blocks
                        c.line(x, y + 3, x + 300, y + 3)
                    y -= 14
        c.showPage()
    c.save()
    return path


IMPOSED = {f.__name__: f for f in (booklet_blocks_covers_and_memo_page_first,)}
