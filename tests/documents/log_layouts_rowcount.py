"""Generated logs whose first column is the document's own row count (see ``log_layouts``):
a disclosure export that stamps every row it releases with a running number."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def disclosure_rows_counted_first(path: Path, n: int) -> Path:
    """Portrait Courier table: "DX-7-00001   SO24-018233   04/01/2024 10:09   Burglary ..."
    The first column, "Item", runs 1..n by one (the export's stamp on each row it
    releases); the sheriff's report number, second, rises with gaps and is the record's.
    Column titles on every page, a page footer naming the export, a closing line
    listing the first and last item."""
    rows = incidents(n)
    rnd = random.Random(63)
    report = 18000
    c = canvas.Canvas(str(path), pagesize=letter)

    def header(page: int) -> float:
        c.setFont("Courier-Bold", 9)
        c.drawString(36, 750, "LAKEVIEW COUNTY SHERIFF - DISCLOSURE EXPORT 7 (REPORTS RELEASED)")
        c.setFont("Courier", 8)
        c.drawString(36, 730, f"{'Item':<13}{'Report':<14}{'Logged':<18}{'Offense':<20}{'Where':<18}Outcome")
        c.drawString(36, 722, "-" * 100)
        c.drawString(36, 30, f"Export 7 sheet {page}")
        return 710

    page, y = 1, header(1)
    for i, r in enumerate(rows):
        if y < 60:
            c.showPage()
            page += 1
            y = header(page)
        report += rnd.randint(1, 4)
        c.drawString(36, y, f"DX-7-{i + 1:05d}  SO24-{report:06d}  {r['date']} {r['time']:<7}"
                            f"{r['type']:<20}{r['address']:<18}{r['dispo']}")
        y -= 12
    c.drawString(36, y - 12, f"Released: {n} rows" + " " * 12 + f"Item range DX-7-00001 to DX-7-{n:05d}")
    c.save()
    return path


def rows_over_a_stamped_legend(path: Path, n: int) -> Path:
    """Landscape Helvetica table "Ref / Opened / Category / Place / Result" of "W/24/1000"
    numbers, each page closed by a legend line that ends in the page's stamp
    ("Legend: * = place withheld ...  WCSO-REL 00511", one more each page):
    the stamp is the document's page count, no number of the page's last record."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=(792, 612))

    def header() -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 570, "Westcombe County Sheriff  -  occurrences released, first week of April")
        c.setFont("Helvetica", 9)
        for x, title in ((40, "Ref"), (130, "Opened"), (250, "Category"), (400, "Place"), (560, "Result")):
            c.drawString(x, 545, title)
        return 528

    def footer(page: int) -> None:
        c.drawString(40, 30, "Legend: * = place withheld under the privacy exemption" + " " * 40 + f"WCSO-REL {510 + page:05d}")

    page, y = 1, header()
    for r in rows:
        if y < 60:
            footer(page)
            c.showPage()
            page += 1
            y = header()
        star = "*" if r["address"].endswith("Pine Rd") else ""
        for x, value in ((40, r["no"].replace("24-0", "W/24/")), (130, f"{r['date']} {r['time']}"), (250, r["type"]),
                         (400, r["address"] + star), (560, r["dispo"])):
            c.drawString(x, y, value)
        y -= 14
    footer(page)
    c.save()
    return path


ROW_COUNT = {f.__name__: f for f in (disclosure_rows_counted_first, rows_over_a_stamped_legend)}
