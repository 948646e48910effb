"""More generated logs (see ``log_layouts``): record cards in a grid, a ranger-style log of
heading lines over a "place / unit / Result: x" line, and a booking table whose charges are
numbered on continuation lines."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import TYPES, incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

LABELS = ("Offense", "Logged", "Window", "Place", "Result")


def card_grid(path: Path, n: int) -> Path:
    """Bordered record cards, two across and two down a page (so no page holds three pairs
    of numbers side by side): a title bar with the number at the left and the shift at the
    right, then labels in a column of their own without colons, values at one position. A
    card's offence cites an earlier case of the same series and wraps onto a second line."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(rows), 4):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 760, "Briar Glen College Public Safety - Incident Cards")
        for k, r in enumerate(rows[start:start + 4]):
            i = start + k
            x, y = 40 + (k % 2) * 280, 720 - (k // 2) * 300
            c.rect(x, y - 170, 260, 180)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 6, y - 2, f"BG-{r['no']}")
            c.drawRightString(x + 254, y - 2, f"Shift {'ABC'[i % 3]}")
            c.setFont("Helvetica", 9)
            kind = TYPES[(i + i // 4) % len(TYPES)]      # pages start with different offences
            offense = kind + (f" (follow-up of BG-24-00{900 + i})" if i % 5 == 3 else "")
            values = [offense, f"{r['date']} {r['time']}", f"{r['date']} 08:00 to {r['date']} 09:30",
                      r["address"], r["dispo"]]
            ly = y - 28
            for label, value in zip(LABELS, values):
                c.drawString(x + 6, ly, label)
                for m, part in enumerate(textwrap.wrap(value, 30)):
                    c.drawString(x + 70, ly - 11 * m, part)
                ly -= 28
        c.setFont("Helvetica", 8)
        c.drawString(40, 40, f"BGC Public Safety  |  page {start // 4 + 1}")
        c.showPage()
    c.save()
    return path


def heading_over_values_line(path: Path, n: int) -> Path:
    """A refuge patrol log: a bold line of number, offence and date-time (the date-time
    right-aligned), a line of place, officer and "Result: x" set apart by wide gaps, then
    an indented narrative of two or three lines; some narratives cite an earlier entry of
    the same series. A blank line between entries."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0

    def top(page: int) -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 760, f"Marsh Creek Wildlife Refuge - Patrol Log, April 2024    sheet {page}")
        return 730

    page = 1
    y = top(page)
    for i, r in enumerate(rows):
        story = f"{r['summary']} Officer stood by until the area was clear" + \
            (f" and logged it with entry MC-{r['no'][:3]}00{800 + i}." if i % 4 == 1 else ".")
        lines = textwrap.wrap(story, 90)
        if y - 12 * (2 + len(lines)) < 60:
            c.showPage()
            page += 1
            y = top(page)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, f"MC-{r['no']}      {r['type']}")
        c.drawRightString(570, y, f"{r['date']} {r['time']}")
        c.setFont("Helvetica", 9)
        c.drawString(52, y - 12, f"{r['address']}          Officer {200 + i % 17}          Result: {r['dispo']}")
        for m, part in enumerate(lines):
            c.drawString(64, y - 24 - 12 * m, part)
        y -= 12 * (3 + len(lines))
    c.save()
    return path


def numbered_charges_register(path: Path, n: int) -> Path:
    """A custody register, landscape: one line per custody number, its offences numbered
    "(1)", "(2)" on continuation lines (a second offence can share its line with a wrapped
    outcome); the address column titled "Arrest Address" over house numbers that all have
    three digits (a blank character column between number and street on every line), and
    the outcome under a title of two names, "Held / Outcome"."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    per_page, y = 14, 0
    for i, r in enumerate(rows):
        if i % per_page == 0:
            if i:
                c.showPage()
            c.setFont("Courier", 8)
            c.drawString(30, 580, f"LAKEVIEW TOWNSHIP CUSTODY REGISTER   sheet {i // per_page + 1}")
            c.drawString(30, 560, f"{'Custody #':<14}{'Taken':<18}{'Offence(s)':<34}{'Arrest Address':<22}"
                                  "Held / Outcome")
            y = 545
        offences = [r["type"]] + ["Trespass", "Resisting Arrest"][: i % 3]
        outcome = ["Released", "Notice to Appear LV" + str(40000 + i)] if i % 4 == 1 else [f"Held - {r['dispo']}"]
        lines = max(len(offences), len(outcome))
        for k in range(lines):
            head = f"{'LV-' + r['no']:<14}{r['date'] + ' ' + r['time']:<18}" if k == 0 else " " * 32
            offence = f"({k + 1}) {offences[k]}" if k < len(offences) else ""
            place = r["address"] if k == 0 else ""
            c.drawString(30, y, f"{head}{offence:<34}{place:<22}{outcome[k] if k < len(outcome) else ''}")
            y -= 11
    c.save()
    return path


def two_up_sheets(path: Path, n: int) -> Path:
    """A call list printed two pages to a sheet: each landscape page holds two reduced
    portrait pages side by side, each framed, with its own title, "leaf k/N" and column
    titles (Call No, Logged, Offense, Address, Outcome), so ``pdftotext -layout`` prints two
    unrelated calls on every line."""
    rows = incidents(n)
    per = 24
    leaves = [rows[k:k + per] for k in range(0, len(rows), per)]
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    cols = (0, 62, 134, 214, 300)
    for sheet in range(0, len(leaves), 2):
        for half, leaf in enumerate(leaves[sheet:sheet + 2]):
            x0 = 36 + half * 378
            c.rect(x0 - 6, 30, 366, 556)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x0, 570, "Fenwick Heath Marshal's Office - call list")
            c.drawRightString(x0 + 350, 570, f"leaf {sheet + half + 1}/{len(leaves)}")
            c.setFont("Helvetica-Bold", 6.5)
            for x, title in zip(cols, ("Call No", "Logged", "Offense", "Address", "Outcome")):
                c.drawString(x0 + x, 548, title)
            c.setFont("Helvetica", 6.5)
            for k, r in enumerate(leaf):
                y = 532 - 20 * k
                for x, value in zip(cols, (r["no"], f"{r['date']} {r['time']}", r["type"], r["address"], r["dispo"])):
                    c.drawString(x0 + x, y, value)
        c.showPage()
    c.save()
    return path


def unit_beside_result_off_by_one(path: Path, n: int) -> Path:
    """A call list whose car number and result are one space apart in every row ("#304
    Advised") under titles set apart ("Car   Result"), and whose last two cells are set a
    little right in every other run of five rows, so ``pdftotext -layout`` prints those
    rows one character off the others."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = (0, 64, 150, 250, 330)
    for start in range(0, n, 40):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 760, "Pell Marsh Police - calls by shift")
        for x, title in zip(cols, ("Call", "Received", "Offense", "Address", "Car")):
            c.drawString(40 + x, 740, title)
        c.drawString(40 + 352, 740, "Result")
        c.setFont("Helvetica", 7)
        for k, r in enumerate(rows[start:start + 40]):
            y, dx = 724 - 16 * k, 3.5 if (k // 5) % 2 else 0
            values = (r["no"], f"{r['date']} {r['time']}", r["type"], r["address"], f"#{300 + k} {r['dispo']}")
            for x, value in zip(cols, values):
                c.drawString(40 + x + (dx if x >= 330 else 0), y, value)
        c.showPage()
    c.save()
    return path


def sectors_with_counted_subtotals(path: Path, n: int) -> Path:
    """Calls grouped by sector in a fixed-width table, each sector closed by a count and
    the word it counts, set under the type column ("Sector 2 sum: 9 calls"), then a blank
    line and the next sector's heading over its own column titles."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    lines = []
    for sector in range(0, n, 9):
        group = rows[sector:sector + 9]
        lines += [f"SECTOR {sector // 9 + 1}", f"{'Ref':<11}{'Logged':<18}{'Call Type':<20}{'Address':<18}Result"]
        lines += [f"{r['no']:<11}{r['date'] + ' ' + r['time']:<18}{r['type']:<20}{r['address']:<18}{r['dispo']}"
                  for r in group]
        lines += [f"{'':<29}Sector {sector // 9 + 1} sum: {len(group)} calls", ""]
    for start in range(0, len(lines), 60):
        c.setFont("Courier", 8)
        c.drawString(40, 760, "Orrin Flats Dispatch - calls by sector")
        for k, text in enumerate(lines[start:start + 60]):
            c.drawString(40, 740 - 11 * k, text)
        c.showPage()
    c.save()
    return path


GRID = {f.__name__: f for f in (card_grid, heading_over_values_line, numbered_charges_register,
                                      two_up_sheets, unit_beside_result_off_by_one,
                                      sectors_with_counted_subtotals)}
