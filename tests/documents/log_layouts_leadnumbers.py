"""Generated logs whose delimited lines open with a dispatch event number in no order, the
report number issued in order after it (see ``log_layouts``)."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ROWS_PER_PAGE = 24


def quay_dispatch_export_event_then_report(path: Path, n: int) -> Path:
    """A harbour dispatch desk's export printed as text, Courier 8, one entry a line with
    `;` between the parts under `EVENT;REPORT;RECEIVED;NATURE;ADDRESS;UNIT;OUTCOME`:
    `E0401-417;RP24-00300;2024-04-01 10:09;Burglary;100 Main St;P12;Report Taken`. The
    event number is the day and the console's serial (consoles draw from their own blocks,
    so within a day the serials jump about); the report number after it rises by one or
    two from entry to entry. A page header and a `rows k-m` footer on each page."""
    rows = incidents(n)
    rows.sort(key=lambda r: (r["date"], r["time"]))
    serials = random.Random(1371)
    report = 300
    for i, r in enumerate(rows):
        month, day = r["date"][:2], r["date"][3:5]
        r["event"] = f"E{month}{day}-{serials.randrange(100, 1000):03d}"
        r["report"] = f"RP24-{report:05d}"
        report += 1 + (i % 3 == 2)
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(rows), ROWS_PER_PAGE):
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 760, "QUAYSIDE HARBOUR DISPATCH - event export (text)")
        c.setFont("Courier", 8)
        c.drawString(40, 740, "EVENT;REPORT;RECEIVED;NATURE;ADDRESS;UNIT;OUTCOME")
        y = 726
        page = rows[start:start + ROWS_PER_PAGE]
        for k, r in enumerate(page):
            when = f"{r['date'][:6]}24 {r['time'].replace(':', '')}"
            c.drawString(40, y, f"{r['event']};{r['report']};{when};{r['type']};{r['address']};"
                                f"P{10 + (start + k) % 7};{r['dispo']}")
            y -= 12
        c.drawString(40, 60, f"rows {start + 1}-{start + len(page)} of {len(rows)}")
        c.showPage()
    c.save()
    return path


LEAD_NUMBERS = {f.__name__: f for f in (quay_dispatch_export_event_then_report,)}
