"""Generated logs spanning a change of records system (see ``log_layouts``): the old
system's pages, then the new system's in another layout and number shape, some incidents
printed in both parts, a list or an entry pairing their old and new numbers."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

OLD_ROWS = 30        # rows of the old system; its last day's rows are printed again in the new one
TWICE = 6            # rows of that last day (``incidents`` draws six a day)
PER_PAGE = 25


def _old_no(i: int) -> str:
    return f"Q{i + 418:04d}"


def _new_no(k: int) -> str:
    return f"24-RV-{7305 + k:05d}"


def river_desk_old_rows_new_pages_then_crosscheck(path: Path, n: int) -> Path:
    """A river district's desk listing: pages of the retired system (Courier 8, `Q0418`
    serials, date and time in one cell, upper case), then the new system's pages (Helvetica
    8, `24-RV-07305` incidents with a dispatch reference `DR 50112` beside each), then a
    cross-check page listing, under its own title, each incident of the last old day with
    its old serial, its new number and its dispatch reference, plus one voided reference.
    That day was entered in both systems: its rows are printed in both parts. One record per
    incident: the old serial its number, the new one related."""
    rows = incidents(n)
    new = [(k, r) for k, r in enumerate(rows[OLD_ROWS - TWICE:])]
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, OLD_ROWS, PER_PAGE):
        c.setFont("Courier-Bold", 9)
        c.drawString(30, 765, "LOWER WENSUM RIVER DISTRICT - DESK LISTING (RETIRED SYSTEM)")
        c.setFont("Courier", 8)
        c.drawString(30, 740, "SERIAL  LOGGED            KIND                  SPOT                    RESULT")
        y = 726
        for i in range(start, min(start + PER_PAGE, OLD_ROWS)):
            r = rows[i]
            c.drawString(30, y, f"{_old_no(i)}   {r['date']} {r['time']}  {r['type'].upper():<20}  "
                                f"{r['address'].upper():<22}  {r['dispo'].upper()}")
            y -= 12
        if start + PER_PAGE >= OLD_ROWS:
            c.drawString(30, y - 10, f"SERIALS ON THIS LISTING: {OLD_ROWS}   (LAST DAY ALSO KEYED IN NEW SYSTEM)")
        c.showPage()
    for start in range(0, len(new), PER_PAGE):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 765, "Lower Wensum River District - Incident Listing (Tidewater RMS)")
        c.setFont("Helvetica", 8)
        c.drawString(30, 740, "Incident")
        c.drawString(110, 740, "Dispatch")
        c.drawString(170, 740, "Logged")
        c.drawString(250, 740, "Kind")
        c.drawString(350, 740, "Spot")
        c.drawString(460, 740, "Result")
        y = 726
        for k, r in new[start:start + PER_PAGE]:
            c.drawString(30, y, _new_no(k))
            c.drawString(110, y, f"DR {50112 + 3 * k}")
            c.drawString(170, y, f"{r['date']} {r['time']}")
            c.drawString(250, y, r["type"])
            c.drawString(350, y, r["address"])
            c.drawString(460, y, r["dispo"])
            y -= 12
        c.showPage()
    c.setFont("Courier-Bold", 9)
    c.drawString(30, 765, "CROSS-CHECK OF THE DAY KEYED IN BOTH SYSTEMS (serial / incident / dispatch)")
    c.setFont("Courier", 8)
    y = 740
    for k in range(TWICE):
        c.drawString(40, y, f"{_old_no(OLD_ROWS - TWICE + k)}   same as   {_new_no(k)}   DR {50112 + 3 * k}")
        y -= 12
    c.drawString(40, y, f"(trial)   cancelled   {_new_no(-1)}   DR {50109}")
    c.showPage()
    c.save()
    return path


def canal_watch_typed_book_then_carried_entries(path: Path, n: int) -> Path:
    """A canal watch's typed book, then its new records system's bulletin. The book (Times
    10): `04/01 1009  File W/0712 - Burglary at 100 Main St. <summary> <outcome>.` wrapped
    under an indent, the year only in the title; a closing paragraph tells the cut-over in
    prose, pairing old and new numbers several to a line. The bulletin (Helvetica 9): entries
    `<<2024-000640>> 04/06/2024 13:05 - type at place. ... Outcome: ...`, led by the book's
    still-open files carried over, `<<2024-000640>> Carried over from file W/0736 (first logged
    04/05 0915). <type> at <place>. Now: Open.` One record per incident: the book's files
    numbered as the book prints them, a carried file its book number, the new one related."""
    rows = incidents(n)
    book = 36
    carried = [30, 32, 35]
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0

    def head(title: str, font: str, size: int) -> float:
        c.setFont(font + "-Bold" if font == "Helvetica" else "Times-Bold", size + 1)
        c.drawString(40, 765, title)
        c.setFont(font if font == "Helvetica" else "Times-Roman", size)
        return 740

    def new_page_if(room: float, title: str, font: str, size: int) -> float:
        if y < room:
            c.showPage()
            return head(title, font, size)
        return y

    old_title = "WENBURY CANAL WATCH - TYPED OCCURRENCE BOOK, WEEK OF 1 APRIL 2024"
    y = head(old_title, "Times", 10)
    for i in range(book):
        r = rows[i]
        day, _, _ = r["date"].partition("/2024")
        text = (f"{day[:5]} {r['time'].replace(':', '')}  File W/{712 + i:04d} - {r['type']} at {r['address']}. "
                f"Patrol attended and spoke with the reporting party. {r['dispo']}.")
        lines = textwrap.wrap(text, 95)
        y = new_page_if(40 + 12 * len(lines), old_title, "Times", 10)
        for j, line in enumerate(lines):
            c.drawString(40 if j == 0 else 70, y, line)
            y -= 12
        y -= 8
    note = ("CUT-OVER - From 6 April the watch keeps its records in the county system. Files still open were "
            + "; ".join(f"W/{712 + i:04d} became {2024}-{640 + k:06d}" for k, i in enumerate(carried))
            + "; older files W/0540 and W/0577 became 2024-000638 and 2024-000639. The bulletin below lists "
            "carried files first.")
    y = new_page_if(100, old_title, "Times", 10) - 10
    for line in textwrap.wrap(note, 100):
        c.drawString(40, y, line)
        y -= 12
    c.showPage()
    new_title = "Wenbury Canal Watch - Bulletin from the county records system"
    y = head(new_title, "Helvetica", 9)
    entries = [(k, rows[i], True) for k, i in enumerate(carried)]
    entries += [(len(carried) + k, rows[i], False) for k, i in enumerate(range(book, n))]
    for k, r, was in entries:
        number = f"<<2024-{640 + k:06d}>>"
        if was:
            i = rows.index(r)
            text = (f"{number} Carried over from file W/{712 + i:04d} (first logged {r['date'][:5]} "
                    f"{r['time'].replace(':', '')}). {r['type']} at {r['address']}. Now: Open.")
        else:
            text = (f"{number} {r['date']} {r['time']} - {r['type']} at {r['address']}. "
                    f"Patrol attended and spoke with the reporting party. Outcome: {r['dispo']}.")
        lines = textwrap.wrap(text, 100)
        y = new_page_if(40 + 11 * len(lines), new_title, "Helvetica", 9)
        for j, line in enumerate(lines):
            c.drawString(40 if j == 0 else 52, y, line)
            y -= 11
        y -= 7
    c.showPage()
    c.save()
    return path


CUTOVER_PAGES = {f.__name__: f for f in (river_desk_old_rows_new_pages_then_crosscheck,
                                   canal_watch_typed_book_then_carried_entries)}
