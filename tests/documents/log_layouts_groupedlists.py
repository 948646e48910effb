"""Generated logs grouped by something other than time, as numbered lists that start again
at 1 under each group's heading (see ``log_layouts``)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

SECTORS = ("SECTOR 1 - MILL FLATS", "SECTOR 2 - ORCHARD RISE", "SECTOR 3 - CANAL WARD")
ITEMS_PER_PAGE = 22


def sector_digest_lists_restarting_with_shared_calls(path: Path, n: int) -> Path:
    """A sheriff's digest of calls by sector, Helvetica 9: under each `SECTOR k - NAME`
    heading a list `(1)`, `(2)` ... numbered from 1 again, the calls sorted by type so
    their numbers and times run in no order, each item two lines (`(3) Call 2024-0707 -
    04/02/2024 08:10, Burglary, 100 Main St.` over the outcome and a note). Every ninth
    call, shared with the next sector's deputies, is listed again there as a one-line item
    `(k) Call 2024-0707 - shared call, written up under SECTOR 1 - MILL FLATS.`; a count
    closes each sector. Page footers `Sector digest p. k`."""
    rows = incidents(n, seed=4417)
    for r in rows:      # a year and a serial of four digits: no id alone, told by its place
        r["no"] = f"2024-{int(r['no'][3:]) - 300:04d}"
    groups: list[list[tuple[dict, str | None]]] = [[] for _ in SECTORS]
    for i, r in enumerate(rows):
        groups[i % len(SECTORS)].append((r, None))
    for g in groups:
        g.sort(key=lambda item: (item[0]["type"], item[0]["address"]))
    for i, r in enumerate(rows):
        if i % 9 == 4:
            groups[(i + 1) % len(SECTORS)].append((r, SECTORS[i % len(SECTORS)]))
    lines: list[tuple[str, str]] = []
    for heading, g in zip(SECTORS, groups):
        lines.append(("head", heading))
        for k, (r, shared) in enumerate(g, start=1):
            if shared:
                lines.append(("item", f"({k})  Call {r['no']} - shared call, written up under {shared}."))
                continue
            lines.append(("item", f"({k})  Call {r['no']} - {r['date']} {r['time']}, {r['type']}, {r['address']}."))
            lines.append(("more", f"Outcome: {r['dispo']}. {r['summary']}"))
        lines.append(("count", f"{sum(1 for _, s in g if not s)} calls written up in this sector"))
    c = canvas.Canvas(str(path), pagesize=letter)
    page, y = 1, 0

    def top() -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 750, "Brackwater County Sheriff [generated] - Calls by Sector")
        return 720

    y = top()
    for kind, text in lines:
        if y < 80:
            c.setFont("Helvetica", 8)
            c.drawString(50, 50, f"Sector digest p. {page}")
            c.showPage()
            page += 1
            y = top()
        c.setFont("Helvetica-Bold" if kind == "head" else "Helvetica", 9)
        c.drawString({"more": 72, "count": 72}.get(kind, 50), y, text)
        y -= 14 if kind != "count" else 22
    c.setFont("Helvetica", 8)
    c.drawString(50, 50, f"Sector digest p. {page}")
    c.showPage()
    c.save()
    return path


GROUPED_LISTS = {f.__name__: f for f in (sector_digest_lists_restarting_with_shared_calls,)}
