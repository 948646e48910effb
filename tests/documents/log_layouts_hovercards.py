"""Generated logs printed from a dashboard whose hover cards repeat some of its detail cards
(see ``log_layouts``): the hover cards side by side in pairs, a selections panel above them
printing two of the cards' labels."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

HOVERED = (30, 21, 26, 9)       # the records the hover cards repeat, as captured
CARDS_PER_PAGE = 7


def _card(c: canvas.Canvas, x: float, y: float, i: int, r: dict) -> None:
    month, day, year = r["date"].split("/")
    for k, text in enumerate((f"Report ID: WT{year[2:]}-{7400 + 3 * i}", f"Offense: {r['type']}",
                              f"Occurred: {int(month)}/{int(day)}/{year} {r['time']}",
                              f"Address: {r['address']}", f"District: {1 + i % 4}",
                              f"Outcome: {r['dispo']}")):
        c.drawString(x, y - 12 * k, text)


def dashboard_hover_cards_in_pairs_over_detail_cards(path: Path, n: int) -> Path:
    """A township's crime dashboard printed to PDF, Helvetica 9 on letter pages. Page 1: a
    title and refresh stamp, a `Reports` total beside a `Selections` panel printing
    `District: 1, 2, 3, 4` and `Offense: (any)` (two of the cards' labels, in another order
    and above everything), a bar chart by district with its counts, then `Hover cards
    (captured at print)`: four cards side by side in pairs, each repeating a later record
    alike. Then `Detail cards (one per report)` pages: each card six stacked lines
    (`Report ID:`, `Offense:`, `Occurred:`, `Address:`, `District:`, `Outcome:`), a blank
    gap between cards, the sheet title on every page and `Sheet K` at its foot; the list
    ends `N items`. The records are the detail cards, each once."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, 750, "Wrenfield Township Police - Crime Dashboard")
    c.setFont("Helvetica", 9)
    c.drawString(40, 736, "Data refreshed: May 1, 2024 6:00 AM")
    c.drawString(40, 710, "Reports")
    c.drawString(300, 710, "Selections")
    c.drawString(40, 698, f"{n}")
    c.drawString(300, 698, "District: 1, 2, 3, 4")
    c.drawString(300, 686, "Offense: (any)")
    c.drawString(40, 660, "Reports by district")
    for k in range(4):
        c.drawString(60 + 110 * k, 640 - 8 * k, str(sum(1 for i in range(n) if i % 4 == k)))
        c.drawString(60 + 110 * k, 600, f"District {k + 1}")
    c.drawString(40, 570, "Hover cards (captured at print)")
    y = 550
    for pair in (HOVERED[:2], HOVERED[2:]):
        for x, i in zip((40, 320), pair):
            _card(c, x, y, i, rows[i])
        y -= 100
    c.drawString(40, 40, "Sheet 1")
    c.showPage()
    sheet = 1
    for start in range(0, n, CARDS_PER_PAGE):
        sheet += 1
        c.setFont("Helvetica", 9)
        c.drawString(40, 750, "Detail cards (one per report)")
        y = 720
        for i in range(start, min(n, start + CARDS_PER_PAGE)):
            _card(c, 40, y, i, rows[i])
            y -= 86
        if start + CARDS_PER_PAGE >= n:
            c.drawString(40, y, f"{n} items")
        c.drawString(40, 40, f"Sheet {sheet}")
        c.showPage()
    c.save()
    return path


HOVER_CARDS = {f.__name__: f for f in (dashboard_hover_cards_in_pairs_over_detail_cards,)}
