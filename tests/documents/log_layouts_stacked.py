"""More generated logs (see ``log_layouts``): labels printed above their values, a side
column stacking number, date, time and unit beside a narrative, rows that print only a
time under a day's banner, a CAD log whose header is on the first page only, and table
rows split at the page foot."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

SECTORS = ("North", "South", "East", "West")


def labels_over_values(path: Path, n: int) -> Path:
    """A harbour patrol's occurrence sheets: each occurrence is rows of small Title-case
    labels with the values on the line under them ("Ref #", "Logged", "Closed", "Sector",
    "Officer"; "Category", "Address"; "Action"; "Notes" over a wrapped paragraph). The
    sector, a few values repeated, comes before the category; "Action", named by no word
    a log uses, holds the outcome; "Closed" is later than "Logged". Occurrences run on
    over page breaks between their rows or inside the notes."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0, 0

    def new_page() -> float:
        nonlocal page
        if page:
            c.showPage()
        page += 1
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 760, "Port Aldous Harbour Patrol - Occurrence Sheets")
        c.setFont("Helvetica", 8)
        c.drawString(40, 40, f"sheet {page}")
        return 735

    def put(parts: list[tuple[float, str]], font: str) -> None:
        nonlocal y
        if y < 70:
            y = new_page()
        c.setFont(font, 8)
        for x, text in parts:
            c.drawString(x, y, text)
        y -= 11

    y = new_page()
    for i, r in enumerate(rows):
        hour = int(r["time"][:2])
        closed = f"{r['date']} {min(hour + 1, 23):02d}:{r['time'][3:]}"
        put([(40, "Ref #"), (160, "Logged"), (280, "Closed"), (400, "Sector"), (480, "Officer")], "Helvetica")
        put([(40, f"HB-{r['no']}"), (160, f"{r['date']} {r['time']}"), (280, closed),
             (400, f"Sector {SECTORS[i % 4]}"), (480, f"PO-{300 + i % 9}")], "Helvetica-Bold")
        put([(40, "Category"), (280, "Address")], "Helvetica")
        put([(40, r["type"]), (280, r["address"])], "Helvetica-Bold")
        put([(40, "Action")], "Helvetica")
        put([(40, r["dispo"])], "Helvetica-Bold")
        put([(40, "Notes")], "Helvetica")
        story = f"{r['summary']} The vessel owner was told how to file a report with the harbour office."
        for part in textwrap.wrap(story, 95):
            put([(40, part)], "Helvetica-Bold")
        y -= 10
    c.save()
    return path


def side_column_entries(path: Path, n: int) -> Path:
    """A township's weekly summary: a narrow left column stacking the case number, the
    date, the time and the unit ("Car 12"), and beside it a "Type: place" heading, a
    narrative of two to four lines and a "Result:" line. The side column stays whole on
    its page; the last entry's narrative goes on to a page whose text starts further right
    than its title (pdftotext sets it at the margin)."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0, 0

    def new_page() -> float:
        nonlocal page
        if page:
            c.showPage()
        page += 1
        c.setFont("Times-Bold", 11)
        c.drawCentredString(306, 760, f"Orrin Township Police - Weekly Summary (page {page})")
        return 730

    y = new_page()
    for i, r in enumerate(rows):
        story = f"{r['summary']} A neighbour reported seeing a dark sedan leave the area shortly before the call."
        if i == len(rows) - 1:      # the last narrative runs on to a page of its own
            story += " The caller was given the report number and the victim services line." * 9
        body = [f"{r['type']}: {r['address']}"] + textwrap.wrap(story, (50, 65, 80)[i % 3]) + [f"Result: {r['dispo']}"]
        side = [f"OT-{r['no']}", r["date"], r["time"], f"Car {10 + i % 7}"]
        if y - 12 * len(side) < 60:
            y = new_page()          # the side column stays whole; the narrative may go on
        if i == len(rows) - 1:
            y = 130                 # on a page of its own (the page before ends with a blank foot)
        for k in range(max(len(body), len(side))):
            if y < 60:
                y = new_page()
            if k < len(side):
                c.setFont("Times-Bold" if k == 0 else "Times-Roman", 10)
                c.drawString(50, y, side[k])
            if k < len(body):
                c.setFont("Times-Bold" if k == 0 else "Times-Roman", 10)
                c.drawString(140, y, body[k])
            y -= 12
        y -= 12
    c.save()
    return path


def day_banners_times_only(path: Path, n: int) -> Path:
    """A weekly offence register: each day opens with a banner holding the date and the
    day's count ("Tuesday 04/02/2024 ... 6 entries") and closes with a totals line ending
    "= 6"; rows print only the hour ("1009"), a line number restarting each day, the
    incident number, an offence code and the offence; a further offence of the incident
    goes on the next line with its own code."""
    rows = incidents(n)
    days: dict[str, list[tuple[int, dict]]] = {}
    for i, r in enumerate(rows):
        days.setdefault(r["date"], []).append((i, r))
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Courier", 8)
    y = 740

    def line(text: str) -> None:
        nonlocal y
        if y < 60:
            c.showPage()
            c.setFont("Courier", 8)
            y = 740
        c.drawString(30, y, text)
        y -= 11

    line("Wickham Falls PD - Offence Register, week of 04/01/2024")
    line("")
    line(f"{'Ln':<5}{'Hr':<7}{'Incident':<14}{'UCR':<6}{'Charge':<26}{'Street':<20}{'Outcome'}")
    line("")
    for date, items in days.items():
        weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[
            (int(date[3:5]) - 1) % 7]
        line(f"{weekday + ' ' + date:<80}{len(items)} entries")
        for k, (i, r) in enumerate(items):
            if y < 80:          # an incident's offence lines stay on its page
                c.showPage()
                c.setFont("Courier", 8)
                y = 740
            code = f"{20 + i % 7}{'ABC'[i % 3]}"
            line(f"{k + 1:02d}   {r['time'].replace(':', ''):<7}{'WF-' + r['no']:<14}{code:<6}{r['type']:<26}"
                 f"{r['address']:<20}{r['dispo']}")
            if i % 3 == 1:
                line(f"{'':<26}{'90Z':<6}Trespass")
        line(f"{'':<5}Totals for {date[:5]}: Part I {len(items) - 1}  Part II 1 = {len(items)}")
        line("")
    c.save()
    return path


def cad_header_once(path: Path, n: int) -> Path:
    """A county CAD log, landscape: the column titles on the first page only, later pages
    set the same columns closer together; each call row has its first unit and four unit
    times (the first titled "Disp Tm"), further units on lines of their own with their
    times; the outcome in the last column."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    titles = ("Call", "Received", "Nature", "Address", "Unit", "Disp Tm", "Enr Tm", "Arr Tm", "Clr Tm", "Outcome")
    xs = (30, 110, 210, 330, 440, 480, 530, 580, 630, 690)
    per_page, y = 16, 0
    for i, r in enumerate(rows):
        page = i // per_page
        scale = 1.0 if page == 0 else 0.93
        at = [30 + (x - 30) * scale for x in xs]
        if i % per_page == 0:
            if i:
                c.showPage()
            c.setFont("Helvetica", 7)
            y = 570
            if page == 0:
                c.drawString(30, 585, "Kessler County Dispatch - CAD Calls 04/01/2024 to 04/06/2024")
                for x, t in zip(at, titles):
                    c.drawString(x, y, t)
                y -= 14
        start = int(r["time"][:2]) * 60 + int(r["time"][3:])
        times = [f"{(start + d) // 60 % 24:02d}:{(start + d) % 60:02d}" for d in (1, 3, 9, 30)]
        cells = [f"KC-{r['no']}", f"{r['date']} {r['time']}", r["type"].upper(), r["address"], f"U{i % 9 + 1}",
                 *times, r["dispo"].upper()]
        for x, t in zip(at, cells):
            c.drawString(x, y, t)
        y -= 9
        for extra in range(i % 3):
            for x, t in zip(at[4:9], [f"U{(i + extra + 3) % 9 + 1}", *times]):
                c.drawString(x, y, t)
            y -= 9
    c.save()
    return path


def rows_split_at_page_foot(path: Path, n: int) -> Path:
    """A college security log, landscape, header repeated per page: each record takes two
    printed lines (the date over the time in "Reported", a second offence, the place
    wrapping), and a record that reaches the page foot goes on under the next page's header
    without its number."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    xs = (30, 120, 200, 380, 560)

    def header() -> float:
        c.setFont("Helvetica", 8)
        c.drawString(30, 585, "Larkspur College Campus Safety - Daily Log")
        for x, t in zip(xs, ("Case", "Reported", "Offense(s)", "Where", "Status")):
            c.drawString(x, 565, t)
        return 548

    y = header()
    for i, r in enumerate(rows):
        first = [f"LC-{r['no']}", r["date"], r["type"], r["address"], r["dispo"]]
        second = ["", r["time"], "Trespass" if i % 2 else "", "rear lot near gym", ""]
        for part in (first, second):
            if y < 60:
                c.showPage()
                y = header()
            for x, t in zip(xs, part):
                if t:
                    c.drawString(x, y, t)
            y -= 11
    c.save()
    return path


def captions_under_values(path: Path, n: int) -> Path:
    """A transit security brief of boxed occurrences whose small captions are printed under
    their values: "SE24-01000   04/01/2024 10:09   100 Main St" over "Occurrence #   Time
    received   Address", "Burglary   Report Taken" over "Category   Result", a wrapped
    narrative over "Details"; grouped by line ("RED LINE") with a count under each group."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 0.0}

    def new_page() -> None:
        if state["y"]:
            c.showPage()
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 755, "Larchmont Transit Security - Occurrence Brief")
        state["y"] = 725

    def row(values: list[tuple[float, str]], size: float = 9, font: str = "Helvetica") -> None:
        c.setFont(font, size)
        for x, v in values:
            c.drawString(x, state["y"], v)
        state["y"] -= 11

    new_page()
    for g, name in enumerate(("RED LINE", "BLUE LINE")):
        mine = rows[g::2]
        row([(40, name)], 10, "Helvetica-Bold")
        state["y"] -= 6
        for r in mine:
            notes = textwrap.wrap(f"{r['summary']} Patrol log checked.", 90 if int(r["no"][-2:]) % 3 else 60)
            if state["y"] - 11 * (4 + len(notes)) < 50:
                new_page()
            row([(40, f"SE{r['no'].replace('-', '-0')}"), (200, f"{r['date']} {r['time']}"), (380, r["address"])])
            row([(40, "Occurrence #"), (200, "Time received"), (380, "Address")], 7, "Helvetica-Oblique")
            row([(40, r["type"]), (380, r["dispo"])])
            row([(40, "Category"), (380, "Result")], 7, "Helvetica-Oblique")
            for line in notes:
                row([(40, line)])
            row([(40, "Details")], 7, "Helvetica-Oblique")
            state["y"] -= 8
        row([(400, f"{name.title()} occurrences: {len(mine)}")], 8)
        state["y"] -= 8
    c.save()
    return path


STACKED = {f.__name__: f for f in (labels_over_values, side_column_entries, day_banners_times_only, cad_header_once,
                                   rows_split_at_page_foot, captions_under_values)}
