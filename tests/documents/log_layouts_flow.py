"""Generated logs whose records flow through the page (see ``log_layouts``): a digest set
in two newspaper columns, entries running down one column and on into the next."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def flowing_columns(path: Path, n: int) -> Path:
    """A weekly digest in two newspaper columns: a title on the first page, then entries
    ("24-01000 Burglary", a "Logged ... at place" line, a paragraph of one to four lines,
    a status line) filled line by line down the left column, then the right one, then the
    next page, so an entry is cut wherever a column ends; numbers seldom open both halves
    of one printed line."""
    rows = incidents(n)
    lines: list[tuple[str, str]] = []           # (font, text), "" for a gap
    for i, r in enumerate(rows):
        lines.append(("Times-Bold", f"{r['no']} {r['type']}"))
        lines.append(("Times-Italic", f"Logged {r['date']} {r['time']} at {r['address']}"))
        story = r["summary"] + " Neighbours were spoken to and a card was left." * (i % 4)
        lines.extend(("Times-Roman", part) for part in textwrap.wrap(story, 52))
        lines.append(("Times-Roman", f"Status: {r['dispo']}"))
        lines.append(("", ""))
    c = canvas.Canvas(str(path), pagesize=letter)
    page, col, y, top = 1, 0, 0.0, 700

    def start_page():
        nonlocal y
        c.setFont("Times-Bold", 14 if page == 1 else 9)
        c.drawString(40, 750, "Fernhill Campus Safety Digest" if page == 1 else f"Fernhill Digest, page {page}")
        y = top
    start_page()
    for font, text in lines:
        if y < 70:
            if col == 1:
                c.showPage()
                page += 1
                start_page()
            else:
                y = top
            col = 1 - col
        if text:
            c.setFont(font, 9)
            c.drawString(40 + 280 * col, y, text)
        y -= 11
    c.save()
    return path


def piped_lines(path: Path, n: int) -> Path:
    """A call sheet: one line per call, its fields joined by " | " in an order of its own
    (date-time, number, place, nature, outcome, unit) and no title line; long outcomes wrap
    onto a continuation line indented under the first; a shift heading and a right-aligned
    shift count between groups of calls."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0.0

    def top(page: int):
        nonlocal y
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, 760, f"Brookmere Township Police - Call Sheet (sheet {page})")
        y = 735
    page = 1
    top(page)
    for i, r in enumerate(rows):
        if i % 9 == 0:
            if i:
                c.setFont("Helvetica", 8)
                c.drawRightString(576, y, f"calls this shift: {min(9, i - (i - 1) // 9 * 9)}")
                y -= 16
            c.setFont("Helvetica-BoldOblique", 9)
            c.drawString(36, y, f"Shift {i // 9 + 1}")
            y -= 12
        outcome = r["dispo"] + (", owner to call back in the morning" if i % 5 == 1 else "")
        text = " | ".join((f"{r['date']} {r['time']}", r["no"], r["address"], r["type"], outcome, f"Unit {10 + i % 7}"))
        parts = textwrap.wrap(text, 100)
        c.setFont("Helvetica", 8)
        for k, part in enumerate(parts):
            c.drawString(36 + 18 * bool(k), y, part)
            y -= 10
        if y < 70:
            c.showPage()
            page += 1
            top(page)
    c.save()
    return path


def category_sections(path: Path, n: int) -> Path:
    """An overnight report in sections by category ("Noise Complaint (4)" at the margin),
    entries in number order inside each: the number, then "Logged <date time>" and
    "Unit NN" as cells on the same line, "Place:" and "Outcome:" lines and a narrative
    indented under them. The category is printed only in the heading (again with
    "(cont.)" when a page break cuts a section); the first page opens with a count table."""
    rows = incidents(n)
    order = sorted(rows, key=lambda r: (r["type"], r["no"]))
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 0.0, "page": 0, "section": None}

    def new_page():
        if state["page"]:
            c.showPage()
        state["page"] += 1
        c.setFont("Helvetica", 8)
        c.drawString(40, 770, f"Harrow Glen Police - Overnight Report - sheet {state['page']}")
        state["y"] = 745
        if state["section"]:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, state["y"], f"{state['section']} (cont.)")
            state["y"] -= 12

    def line(text: str, x: float = 40, font=("Helvetica", 8)):
        if state["y"] < 60:
            new_page()
        c.setFont(*font)
        c.drawString(x, state["y"], text)
        state["y"] -= 11
    new_page()
    for kind in sorted({r["type"] for r in rows}):
        line(f"{kind:<28}{sum(1 for r in rows if r['type'] == kind):>4}", font=("Courier", 8))
    state["y"] -= 11
    for r in order:
        if r["type"] != state["section"]:
            state["section"] = None
            state["y"] -= 6
            line(f"{r['type']} ({sum(1 for x in rows if x['type'] == r['type'])})", font=("Helvetica-Bold", 9))
            state["section"] = r["type"]
        c.setFont("Helvetica-Bold", 8)      # a page break may come under it
        c.drawString(40, state["y"], r["no"])
        c.setFont("Helvetica", 8)
        c.drawString(118, state["y"], f"Logged {r['date']} {r['time']}")
        c.drawString(262, state["y"], f"Unit {10 + int(r['no'][-2:]) % 7}")
        state["y"] -= 11
        line(f"Place: {r['address']}", 118)
        line(f"Outcome: {r['dispo']}", 118)
        line(r["summary"] + " The reporting party was given the case number.", 118)
        state["y"] -= 5
    c.save()
    return path


def stamp_line_entries(path: Path, n: int) -> Path:
    """A community police log: each entry's number and type in bold ("24-01000 -
    BURGLARY"), then a line opening with the date and time and, after a dash, the place
    ("April 1, 2024 at 10:09 — 100 Main St"), then a narrative of one to three lines;
    entries run over page breaks."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0.0, 0

    def line(text: str, font=("Times-Roman", 10)):
        nonlocal y, page
        if page == 0 or y < 64:
            if page:
                c.showPage()
            page += 1
            c.setFont("Times-Italic", 9)
            c.drawString(54, 756, f"Quillan Bay Police Log, part {page}")
            y = 730
        c.setFont(*font)
        c.drawString(54, y, text)
        y -= 12
    for i, r in enumerate(rows):
        line(f"{r['no']} - {r['type'].upper()}", ("Times-Bold", 10))
        month, day, year = r["date"].split("/")
        line(f"April {int(day)}, {year} at {r['time']} \u2014 {r['address']}", ("Times-Italic", 10))
        story = r["summary"] + " A neighbour had seen a car leave shortly before." * (i % 3)
        for part in textwrap.wrap(story, 90):
            line(part)
        y -= 8
    c.save()
    return path


def day_grouped_closing_paragraphs(path: Path, n: int) -> Path:
    """A shift summary by day: a bold day heading ("Tuesday, April 2, 2024") over
    paragraphs set one under the other with no gap, each led by the time as four digits
    ("1009  100 Main St / Burglary."), its narrative, and closed by a dash and its number
    ("— 24-01000"); a blank line only before the next day, so the day's last paragraph is
    the only one a blank line ends."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page, day = 0.0, 0, None

    def line(text: str, font=("Helvetica", 9), x=54):
        nonlocal y, page
        if page == 0 or y < 64:
            if page:
                c.showPage()
            page += 1
            c.setFont("Helvetica", 8)
            c.drawString(54, 756, f"Ashcombe Township Constables - shift summary - leaf {page}")
            y = 730
        c.setFont(*font)
        c.drawString(x, y, text)
        y -= 11
    for r in rows:
        if r["date"] != day:
            day = r["date"]
            y -= 11 if page else 0
            d = int(day[3:5])
            weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[(d - 1) % 7]
            line(f"{weekday}, April {d}, 2024", ("Helvetica-Bold", 10))
        k = int(r["no"][-2:])
        story = (("Caller flagged a deputy down. ", "", "Relayed by the night desk. ")[k % 3] + r["summary"]
                 + " Area checked on foot." * (k % 4))
        text = (f"{r['time'].replace(':', '')}  {r['address']} / {r['type']}. {story}"
                f" ({r['no']})")
        for k, part in enumerate(textwrap.wrap(text, 92)):
            line(part.replace("\u00a0", " "), x=54 if k == 0 else 80)
    c.save()
    return path


FLOW = {f.__name__: f for f in (flowing_columns, piped_lines, category_sections, stamp_line_entries,
                                       day_grouped_closing_paragraphs)}
