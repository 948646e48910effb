"""Generated logs whose record number is not at the start of the record (see
``log_layouts``): events of two printed lines numbered on the last one, index lines with
dot leaders to a number at the right margin (on the second line when an entry wraps),
newest first, and paragraphs of run-in capital labels with the number in second place."""
from __future__ import annotations

import random
import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def events_numbered_on_last_line(path: Path, n: int) -> Path:
    """Each event: a line at the margin with date and time, call type, address and car;
    every third address is long and wraps under itself; then, indented, the log number,
    the action and a county case (or "-"). A header of two title lines on every page."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0

    def header():
        c.setFont("Helvetica-Bold", 8)
        c.drawString(30, 750, "Quarry Hill Marshal - Calls for Service")
        for x, t in ((30, "Date/Time"), (140, "Call Type"), (260, "Address"), (500, "Car")):
            c.drawString(x, 730, t)
        for x, t in ((46, "Log No."), (140, "Action"), (260, "County Case")):
            c.drawString(x, 720, t)
        return 704

    y = header()
    for i, r in enumerate(rows):
        wrapped = i % 3 == 1
        if y < 60 + (30 if wrapped else 20):
            c.showPage()
            y = header()
        c.setFont("Helvetica", 8)
        c.drawString(30, y, f"{r['date']} {r['time']}")
        c.drawString(140, y, r["type"].upper())
        c.drawString(260, y, f"{r['address']}, rear lot" if wrapped else r["address"])
        c.drawString(500, y, f"C{10 + i % 7}")
        if wrapped:
            y -= 10
            c.drawString(260, y, "behind the loading dock")
        y -= 10
        c.setFont("Helvetica-Bold", 8)
        c.drawString(46, y, r["no"])
        c.setFont("Helvetica", 8)
        c.drawString(140, y, r["dispo"])
        c.drawString(260, y, r["case"] or "-")
        y -= 14
    c.drawString(30, y - 10, f"Calls: {n}")
    c.save()
    return path


def index_lines_with_leaders(path: Path, n: int) -> Path:
    """One entry a line, newest first: "Tue 04/02 16:13", then "Type, address. Result.",
    then spaced dot leaders to the number at the right margin. Every fifth entry cites a
    county case in its result and wraps: its leaders and number stand on its second line."""
    rows = list(reversed(incidents(n)))
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Roman", 9)

    def header():
        c.drawString(40, 760, "Quarry Hill College Safety Office - Daily Crime Log (newest first)")
        return 736

    def leaders(x0: float, number: str, y: float):
        x = x0 + 3
        while x < 520:
            c.drawString(x, y, ".")
            x += 5
        c.drawRightString(575, y, number)

    y = header()
    for r in rows:
        i = int(r["no"][-3:])
        day = int(r["date"][3:5])
        stamp = f"{_DAYS[(day - 1) % 7]} {r['date'][:5]} {r['time']}"
        wraps = i % 5 == 0
        if y < 60:
            c.showPage()
            c.setFont("Times-Roman", 9)
            y = header()
        c.drawString(40, y, stamp)
        text = f"{r['type']}, {r['address']}. {r['dispo']}."
        if wraps:
            c.drawString(120, y, f"{r['type']}, {r['address']}. {r['dispo']}, referred to the county")
            y -= 11
            tail = f"sheriff as {r['case'] or 'C24-none'}."
            c.drawString(120, y, tail)
            leaders(120 + c.stringWidth(tail, "Times-Roman", 9), r["no"], y)
        else:
            c.drawString(120, y, text)
            leaders(120 + c.stringWidth(text, "Times-Roman", 9), r["no"], y)
        y -= 13
    c.drawString(40, y - 8, f"Entries: {n}")
    c.save()
    return path


def run_in_label_paragraphs(path: Path, n: int) -> Path:
    """One paragraph per call: capital labels run in with their values (``LOGGED``,
    ``CALL`` with the number, ``OFFENSE``, ``ADDRESS``, ``OFFICER``, ``RESULT``, ``CASE``
    on every third, ``NOTES``), wrapped at a fixed width with the next lines indented."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Courier", 8)
    y = 760
    c.drawString(30, y, "Quarry Hill Marshal - Activity Summary")
    y -= 20
    for i, r in enumerate(rows):
        case = f" CASE {r['case']}" if r["case"] else ""
        text = (f"LOGGED {r['date']} {r['time']} CALL {r['no']} OFFENSE {r['type']} ADDRESS {r['address']} "
                f"OFFICER {1400 + i % 37} RESULT {r['dispo']}{case} NOTES {r['summary']}")
        lines = textwrap.wrap(text, 96)
        if y - 10 * len(lines) < 50:
            c.showPage()
            c.setFont("Courier", 8)
            y = 760
        for k, line in enumerate(lines):
            c.drawString(30 if k == 0 else 50, y, line)
            y -= 10
        y -= 4
    c.save()
    return path


def day_date_in_merged_cell(path: Path, n: int) -> Path:
    """A ruled table (Date, Time, Call No., Offense, Address, Result), rows in time order
    within each day; the day's date is printed once, on the line of the day's middle row
    (a merged cell's vertical middle), so a day's first rows carry a time only."""
    rows = incidents(n)
    days: dict[str, list[dict]] = {}
    for r in rows:
        days.setdefault(r["date"], []).append(r)
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = (30, 100, 140, 210, 330, 450)
    c.setFont("Helvetica", 8)
    c.drawString(30, 760, "Quarry Hill Marshal - Daily Call Register")
    for x, t in zip(cols, ("Date", "Time", "Call No.", "Offense", "Address", "Result")):
        c.drawString(x, 740, t)
    y = 726
    for date, calls in days.items():
        calls = sorted(calls, key=lambda r: r["time"])
        for k, r in enumerate(calls):
            if k == len(calls) // 2:
                c.drawString(cols[0], y, date)
            c.drawString(cols[1], y, r["time"].replace(":", ""))
            for x, v in zip(cols[2:], (r["no"], r["type"], r["address"], r["dispo"])):
                c.drawString(x, y, v)
            c.line(30, y - 3, 580, y - 3)
            y -= 13
    c.save()
    return path


def arrest_rows_cut_at_page_foot(path: Path, n: int) -> Path:
    """An arrest log (Booking No., Booked date over time, Charges one a line, Location,
    Release); a row with many charges at a page foot is cut and goes on under the next
    page's header, its number printed again as "24-01003 (cont.)"."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = (30, 110, 180, 380, 500)

    def header():
        c.setFont("Helvetica-Bold", 8)
        c.drawString(30, 760, "Quarry Hill Marshal - Arrests")
        for x, t in zip(cols, ("Booking No.", "Booked", "Charges", "Location", "Release")):
            c.drawString(x, 740, t)
        c.setFont("Helvetica", 8)
        return 726

    y = header()
    cut_done = False
    for i, r in enumerate(rows):
        charges = [f"PC {400 + i}.{k} {r['type']} count {k + 1}" for k in range(1 + (6 if i % 10 == 3 else i % 3))]
        release = "Held - no bail" if i % 2 else "Cited and released"
        lines = max(len(charges), 2)
        if y - 11 * lines < 60 and not cut_done and len(charges) >= 3:
            fit = max(1, min(len(charges) - 1, int((y - 60) // 11)))
            _arrest_row(c, cols, y, r, charges[:fit], release)
            c.showPage()
            y = header()
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(cols[0], y, f"{r['no']} (cont.)")
            c.setFont("Helvetica", 8)
            for k, charge in enumerate(charges[fit:]):
                c.drawString(cols[2], y - 11 * k, charge)
            y -= 11 * max(1, len(charges) - fit) + 6
            cut_done = True
            continue
        if y - 11 * lines < 60:
            c.showPage()
            y = header()
        _arrest_row(c, cols, y, r, charges, release)
        y -= 11 * lines + 6
    c.save()
    return path


def _arrest_row(c, cols, y, r, charges, release):
    c.drawString(cols[0], y, r["no"])
    c.drawString(cols[1], y, r["date"])
    c.drawString(cols[1], y - 11, r["time"])
    for k, charge in enumerate(charges):
        c.drawString(cols[2], y - 11 * k, charge)
    c.drawString(cols[3], y, r["address"])
    c.drawString(cols[4], y, release)


def calls_closed_by_their_number(path: Path, n: int) -> Path:
    """A table with titles but no number column: a call's first line holds date-time, call
    type, address, first crew and a housing office's reference (issued out of this log's
    order); each further crew a line under it; the call closes with a line of its outcome
    and its own log number ("Outcome Report Taken   log 24-01000"), after the crew lines."""
    rows = incidents(n)
    refs = random.Random(11).sample(range(20000, 99999), n)
    c = canvas.Canvas(str(path), pagesize=letter)

    def header():
        c.setFont("Helvetica", 8)
        c.drawString(30, 760, "Fernmoor Housing Patrol - Calls Handled")
        for x, t in ((30, "Received"), (110, "Call"), (230, "Address"), (350, "Crew / Outcome"), (470, "Housing Ref")):
            c.drawString(x, 740, t)
        return 724

    y = header()
    for i, r in enumerate(rows):
        crews = 1 + i % 3
        if y < 60 + 10 * (crews + 1):
            c.showPage()
            y = header()
        c.drawString(30, y, f"{r['date']} {r['time']}")
        c.drawString(110, y, r["type"])
        c.drawString(230, y, r["address"])
        for k in range(crews):
            c.drawString(350, y, f"Crew {2 + (i + k) % 5}")
            if k == 0:
                c.drawString(470, y, f"HR-{refs[i]}")
            y -= 10
        c.drawString(350, y, f"Outcome {r['dispo']}")
        c.drawString(470, y, f"log {r['no']}")
        y -= 14
    c.drawString(30, y - 10, f"Calls: {n}")
    c.save()
    return path


NUMBER_PLACE = {f.__name__: f for f in (events_numbered_on_last_line, index_lines_with_leaders,
                                        run_in_label_paragraphs, day_date_in_merged_cell,
                                        arrest_rows_cut_at_page_foot, calls_closed_by_their_number)}
