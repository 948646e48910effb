"""Generated logs (see ``log_layouts``) whose header line comes out of layout text narrower
than the rows it names: a monospaced listing sent by a line printer, each value drawn at its
column, under a smaller running line at each page's top."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

# one-word titles over fixed-pitch columns (event 11 characters, day 8, hour 4, offense 16, location 34: a
# longer offence runs one space from its address)
_TITLES = "EVENT       DAY      HOUR OFFENSE          LOCATION                           ACTION"


def printer_listing_packed_titles(path: Path, n: int) -> Path:
    """A line-printer listing in Courier: a smaller running line at each page's top (the
    transmission's time and a sheet count), the report's title, one line of one-word titles
    over fixed-pitch columns and a rule, then one row per incident, each value padded to
    its column (event number ``LP24-NNNNN``, the date with a two-digit year, a
    four-digit clock, the offence in capitals, the address, an outcome code, some with
    a booking number or a county case number). Layout text spaces the rows wider than the title line: the titles end
    up packed left over the first columns."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    per_page = 45
    pages = (n + per_page - 1) // per_page
    for p in range(pages):
        c.setFont("Courier", 7.5)
        c.drawString(20, 770, f"APR 11 2024 09:15AM   LINE PRINTER 7   SHEET {p + 1:03d} OF {pages:03d}")
        c.setFont("Courier-Bold", 8.5)
        c.drawString(46, 740, "HARBOR DIVISION       CALL LISTING 04/01/24-04/10/24")
        c.drawString(46, 718, _TITLES)
        c.setFont("Courier", 8.5)
        c.drawString(46, 709, "-" * len(_TITLES))
        y = 696
        for i, r in enumerate(rows[p * per_page:(p + 1) * per_page], start=p * per_page):
            mm, dd, yyyy = r["date"].split("/")
            outcome = ("CLR", "RPT", "UNF", "ARR", "REFERRED")[i % 5] + \
                {3: f" BOOKING NO 24-{300 + i}", 4: f" TO COUNTY ATTY 24-{7000 + i}"}.get(i % 5, "")
            values = (f"LP{r['no']}", f"{mm}/{dd}/{yyyy[2:]}", r["time"].replace(":", ""), r["type"].upper(),
                      r["address"].upper(), outcome)
            c.drawString(46, y, "{:<11} {:<8} {:<4} {:<16} {:<34} {}".format(*values))
            y -= 11
        c.showPage()
    c.save()
    return path


LISTING = {f.__name__: f for f in (printer_listing_packed_titles,)}
