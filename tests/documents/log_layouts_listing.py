"""Generated logs (see ``log_layouts``) of list layouts: a monospaced listing whose header
line comes out of layout text narrower than the rows it names (each value padded to its
column, under a smaller running line at each page's top); a list of numbered items with no
blank line between them, one per incident, the incident's number inside the item; a table
whose offence column has a title no name list holds, each page closed by a line of counts."""
from __future__ import annotations

import textwrap
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


def numbered_items_without_blank_lines(path: Path, n: int) -> Path:
    """A disclosure schedule: a title and a note, then one item per incident opened by its
    list number in parentheses (``(1)``, ``(2)``, ...), no blank line between items: the
    scanned pages' numbers first (``pp. DOC-0101 through DOC-0103;`` the page numbers are
    no record's), then ``file 24-01000 opened`` and the date-time, the offence, ``near`` the
    place, ``Result:`` the outcome and a note on what was kept back, wrapped at 84
    characters; some items cite another agency's case. Closed by a count of the items."""
    rows = incidents(n)
    lines = ["DISCLOSURE SCHEDULE - RECORDS REQUEST 24-0077", "Kept back in part where a note says so.", ""]
    page_no = 101
    for i, r in enumerate(rows, start=1):
        pages = 1 + i % 3
        span = f"pp. DOC-{page_no:04d}" + (f" through DOC-{page_no + pages - 1:04d}" if pages > 1 else "")
        page_no += pages
        other = f" (with sheriff case SO-24-{8800 + i})" if i % 7 == 3 else ""
        text = (f"({i}) {span}; file {r['no']} opened {r['date']} {r['time']}, {r['type']}, near {r['address']}. "
                f"Result: {r['dispo']}{other}. " + ("Contact details kept back." if i % 2 else "Given in full."))
        first, *rest = textwrap.wrap(text, 84)
        lines += [first] + ["     " + t for t in textwrap.wrap(" ".join(rest), 79)]
    lines += ["", f"Items in this schedule: {n}."]
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 750
    c.setFont("Helvetica", 9)
    for line in lines:
        if y < 60:
            c.showPage()
            c.setFont("Helvetica", 9)
            y = 750
        c.drawString(40, y, line)
        y -= 12
    c.save()
    return path


def matter_table_closed_by_counts(path: Path, n: int) -> Path:
    """A table whose offence column is titled with a word no name list holds ("Matter"),
    beside a column of one value on nearly every row ("Handled by": ``Desk`` but for a
    few); a centred note without a number between some rows; the last row is followed,
    after blank lines, by a line of counts only (``Rows shown in this copy: 60   Rows held back by the unit: 3``)."""
    rows = incidents(n)
    xs = (40, 120, 215, 330, 440, 500)
    c = canvas.Canvas(str(path), pagesize=letter)
    per_page = 40
    pages = (n + per_page - 1) // per_page
    for p in range(pages):
        page = rows[p * per_page:(p + 1) * per_page]
        c.setFont("Helvetica-Bold", 9)
        for x, t in zip(xs, ("Ref", "Date", "Matter", "Address", "Handled by", "Result")):
            c.drawString(x, 740, t)
        c.setFont("Helvetica", 9)
        y = 724
        for i, r in enumerate(page, start=p * per_page):
            for x, v in zip(xs, (f"Q{r['no']}", f"{r['date']} {r['time']}", r["type"], r["address"],
                                 "Patrol" if i % 9 == 4 else "Desk", r["dispo"])):
                c.drawString(x, y, v)
            y -= 13
            if i % 11 == 6:     # a note between rows, centred, no number
                c.drawCentredString(306, y, f"... {i % 3 + 1} entries not shown on this copy ...")
                y -= 13
        if p == pages - 1:      # the log's closing counts, once
            c.drawString(40, y - 30, f"Rows shown in this copy: {n}        Rows held back by the unit: 3")
        c.showPage()
    c.save()
    return path


LISTING = {f.__name__: f for f in (printer_listing_packed_titles, numbered_items_without_blank_lines,
                                   matter_table_closed_by_counts)}
