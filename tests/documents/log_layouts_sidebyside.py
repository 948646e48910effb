"""Generated logs whose records stand side by side or whose header is not a text line (see
``log_layouts``): call cards four across under day banners in capitals, a register turned
on its side (one report per column, fields as labelled rows), a journal whose number sits
in a gutter beside a later line of its entry, a table whose column titles are turned, a
sheet on its side whose first rows are a counter and dispatch numbers."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

_WEEKDAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")


def call_cards_four_across(path: Path, n: int) -> Path:
    """Unruled call cards, four to a band, read across then down, under a banner per day in
    capitals ("TUESDAY, APRIL 2, 2024" with "6 calls" at the right): the number with the
    time at the card's right, the call type in capitals, the address, "Result: ...", and on
    every third card of the first pages a note citing a county case. The last band of a day is partly filled.
    House numbers of four digits on every card (no column titles say where a column parts)."""
    rows = incidents(n)
    days: dict[str, list[dict]] = {}
    for r in rows:
        days.setdefault(r["date"], []).append(r)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 750
    xs = (30, 170, 310, 450)
    for date, calls in days.items():
        if y < 200:
            c.showPage()
            y = 750
        day = int(date[3:5])
        c.setFont("Helvetica-Bold", 9)
        c.drawString(30, y, f"{_WEEKDAYS[(day - 1) % 7]}, APRIL {day}, 2024")
        c.drawRightString(580, y, f"{len(calls)} calls")
        y -= 22
        for start in range(0, len(calls), 4):
            if y < 90:
                c.showPage()
                y = 750
            for x, r in zip(xs, calls[start:start + 4]):
                i = rows.index(r)
                c.setFont("Helvetica-Bold", 8)
                c.drawString(x, y, r["no"])
                c.setFont("Helvetica", 8)
                c.drawRightString(x + 125, y, r["time"])
                c.drawString(x, y - 10, r["type"].upper())
                c.drawString(x, y - 20, _address(r, i))
                c.drawString(x, y - 30, f"Result: {r['dispo']}")
                if i % 3 == 0 and i < 24:
                    c.drawString(x, y - 40, f"County case {r['case']} referred")
            y -= 62
    c.save()
    return path


def _address(r: dict, i: int) -> str:
    return f"{1000 + (i * 373) % 8999} {r['address'].split(' ', 1)[1]}"


def register_on_its_side(path: Path, n: int) -> Path:
    """A landscape register turned on its side: bands of six reports, one per column, the
    fields as rows labelled at the left ("Report #", "Received", "Offense", "Address",
    "Unit", "Outcome"); an address too long for its column wraps onto a second line."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    labels = ("Report #", "Received", "Offense", "Address", "Unit", "Outcome")
    y = 560
    for start in range(0, len(rows), 6):
        if y < 130:
            c.showPage()
            y = 560
        if y == 560:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(30, 585, "Larkmoor Constabulary - weekly register, one report per column")
        band = rows[start:start + 6]
        c.setFont("Helvetica", 8)
        line = y
        for label in labels:
            c.drawString(30, line, label)
            wrapped = False
            for k, r in enumerate(band):
                x = 110 + 110 * k
                i = start + k
                value = {"Report #": r["no"], "Received": f"{r['date']} {r['time']}", "Offense": r["type"],
                         "Address": r["address"], "Unit": f"Car {20 + i % 7}", "Outcome": r["dispo"]}[label]
                if label == "Address" and i % 4 == 1:
                    c.drawString(x, line, "Harbor Plaza,")
                    c.drawString(x, line - 10, value)
                    wrapped = True
                else:
                    c.drawString(x, line, value)
            line -= 20 if wrapped else 10
        y = line - 16
    c.save()
    return path


def sideways_sheet_with_dispatch_row(path: Path, n: int) -> Path:
    """A harbour police sheet turned on its side: panels of five incidents, one per column,
    two panels to a page, fields as rows labelled at the left. The first row is only a
    column counter ("Item 1"), a row of dispatch numbers (another shape, every column
    filled) stands above the incident number, and the sparse rows (a citation, a tag)
    print a value for a few columns only. The last panel holds the two incidents left."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    labels = ("Item", "Dispatch", "Incident No.", "Logged", "Nature", "Where", "Assigned",
              "Result", "Citation", "Tag")
    panels = [rows[k:k + 5] for k in range(0, len(rows), 5)]
    for p0 in range(0, len(panels), 2):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 585, "Fenwarren Harbour Police - call sheet, incidents across")
        y = 550
        for panel in panels[p0:p0 + 2]:
            c.setFont("Courier", 8)
            for m, label in enumerate(labels):
                c.drawString(30, y - 11 * m, label)
                for k, r in enumerate(panel):
                    i = rows.index(r)
                    value = {"Item": f"{i + 1}", "Dispatch": f"HD-{88100 + 7 * i}", "Incident No.": r["no"],
                             "Logged": f"{r['date']} {r['time']}", "Nature": r["type"], "Where": r["address"],
                             "Assigned": f"Sgt. {40 + i % 9}", "Result": r["dispo"],
                             "Citation": f"HC{700 + i}" if i % 4 == 2 else "",
                             "Tag": f"EV-{300 + i}" if i % 6 == 0 else ""}[label]
                    c.drawString(110 + 130 * k, y - 11 * m, value)
            y -= 11 * len(labels) + 40
        c.setFont("Helvetica", 7)
        c.drawString(30, 30, f"Sheet {p0 // 2 + 1}")
        c.showPage()
    c.save()
    return path


def gutter_number_beside_mid_line(path: Path, n: int) -> Path:
    """A journal with a ruled gutter holding only the entry number, printed beside the
    entry's second or third line (its middle): the entry opens "Logged 04/01/2024 10:09
    BURGLARY 100 Main St Unit 12" in one run, then one to three lines of narrative, then
    "Outcome: ..."."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740
    for i, r in enumerate(rows):
        narrative = [f"Call {i}: the caller was met at the address and the matter was talked through.",
                     "Neighbours were spoken to and nothing further was found.",
                     "A card with the report number was left with the caller."][:1 + i % 3]
        lines = [f"Logged {r['date']} {r['time']} {r['type'].upper()} {r['address']} Unit {10 + i % 9}"] + \
            narrative + [f"Outcome: {r['dispo']}"]
        if y - 11 * len(lines) < 60:
            c.showPage()
            y = 740
        if y == 740:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(40, 760, "Dunmore Park Police - shift journal")
            c.line(112, 60, 112, 750)
        c.setFont("Courier-Bold", 8)
        c.drawString(40, y - 11 * (len(lines) // 2), r["no"])
        c.setFont("Times-Roman", 9)
        for k, text in enumerate(lines):
            c.drawString(120, y - 11 * k, text)
        y -= 11 * len(lines) + 4
    c.save()
    return path


def turned_column_titles(path: Path, n: int) -> Path:
    """A table whose column titles are printed turned 90 degrees in a band above the rows
    (repeated per page): no line of the text holds them side by side."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    titles = ("Report No.", "Received", "Time", "Offense", "Address", "Result")
    cols = (30, 110, 170, 215, 330, 450)
    per_page = 40
    for start in range(0, len(rows), per_page):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(30, 770, "Fenwick Valley Police - offense listing")
        c.setFont("Helvetica", 8)
        for x, title in zip(cols, titles):
            c.saveState()
            c.translate(x + 6, 680)
            c.rotate(90)
            c.drawString(0, 0, title)
            c.restoreState()
        for k, r in enumerate(rows[start:start + per_page]):
            y = 660 - 14 * k
            for x, value in zip(cols, (r["no"], r["date"], r["time"], r["type"], r["address"], r["dispo"])):
                c.drawString(x, y, value)
        c.showPage()
    c.save()
    return path


SIDE_BY_SIDE = {f.__name__: f for f in (call_cards_four_across, register_on_its_side, gutter_number_beside_mid_line,
                                        turned_column_titles, sideways_sheet_with_dispatch_row)}
