"""More generated logs (see ``log_layouts``): a ruled table whose narrow first cell wraps
every record number after its last dash, a spreadsheet printout with column letters and
row numbers, a table whose id cell is narrower than the number (``24-`` over ``01000``),
entries whose number heads a wide column of stacked values, a bulleted digest
whose number stands inside each entry's first sentence, and a stack of numbered-box forms
with check boxes."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas


def number_wrapped_in_narrow_cell(path: Path, n: int) -> Path:
    """A ruled table grouped under full-width district bands; the first cell is so narrow
    that ``CCSO-2024-`` is printed above ``01000``, and Reported stacks the date above the
    time."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    cols = (30, 95, 175, 310, 450, 620)
    titles = ("Event", "Reported", "Nature", "Address", "Result")
    per_page, k = 16, 0
    for i, r in enumerate(rows):
        if k % per_page == 0:
            if k:
                c.showPage()
            c.setFont("Helvetica-Bold", 10)
            c.drawString(30, 580, "Corrin County Sheriff's Office - Calls Handled, April 2024")
            c.setFont("Helvetica-Bold", 8)
            for x, t in zip(cols, titles):
                c.drawString(x + 3, 556, t)
            y = 548
        if i % 10 == 0:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(33, y - 10, f"DISTRICT {1 + i // 10} - {['NORTH', 'EAST', 'SOUTH', 'WEST', 'LAKE'][i // 10 % 5]}")
            c.line(30, y - 14, 760, y - 14)
            y -= 14
        c.setFont("Helvetica", 8)
        c.drawString(33, y - 10, "CCSO-2024-")
        c.drawString(33, y - 20, f"{1000 + i:05d}")
        c.drawString(cols[1] + 3, y - 10, r["date"])
        c.drawString(cols[1] + 3, y - 20, r["time"])
        for x, v in zip(cols[2:], (r["type"], r["address"], r["dispo"])):
            c.drawString(x + 3, y - 10, v)
        c.line(30, y - 24, 760, y - 24)
        y -= 24
        k += 1
    c.save()
    return path


def number_wider_than_its_cell(path: Path, n: int) -> Path:
    """A portrait table of six narrow columns, every cell wrapping: the id cell is narrower
    than the number, so ``24-`` is printed over ``01000`` (the digits reach past the dash);
    Date / Time stacks the date over the time, and rows run on over page ends with no mark."""
    rows = incidents(n, seed=5)
    c = canvas.Canvas(str(path), pagesize=letter)
    cols = (40, 80, 150, 260, 380, 430)
    y = 0
    for i, r in enumerate(rows):
        if i % 14 == 0:
            if i:
                c.showPage()
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, 760, "TOWN OF ELSWICK POLICE - CALLS, APRIL 2024")
            for x, t in zip(cols, ("No.", "Date /", "Call", "Place", "Unit", "Result")):
                c.drawString(x, 738, t)
            c.drawString(cols[1], 728, "Time")
            y = 712
        c.setFont("Helvetica", 8)
        c.drawString(cols[0], y, "24-")
        c.drawString(cols[0], y - 10, r["no"][3:])
        c.drawString(cols[1], y, r["date"])
        c.drawString(cols[1], y - 10, r["time"])
        c.drawString(cols[2], y, r["type"])
        num, street = r["address"].split(" ", 1)
        c.drawString(cols[3], y, num)
        c.drawString(cols[3], y - 10, street)
        c.drawString(cols[4], y, f"{3 + i % 9}C")
        c.drawString(cols[5], y, r["dispo"])
        y -= 36
    c.drawString(40, y - 10, f"{n} calls listed.")
    c.save()
    return path


def spreadsheet_with_column_letters(path: Path, n: int) -> Path:
    """A worksheet printed with its headings: letters A..F centred over the columns, row
    numbers in a left gutter (1 = the titles, repeated per page), an empty numbered row and
    a TOTAL row after the last record."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    cols = (60, 140, 230, 350, 480, 580, 740)
    titles = ("Incident", "Received", "Nature", "Location", "Result")
    per_page = 30
    for start in range(0, n, per_page):
        c.setFont("Helvetica", 7)
        c.drawString(30, 590, "Lowry Bay Police - incidents.xlsx")
        for k, letter_ in enumerate("ABCDEF"):
            c.drawCentredString((cols[k] + cols[k + 1]) / 2, 570, letter_)
        c.drawString(34, 558, "1")
        c.setFont("Helvetica-Bold", 7)
        for x, t in zip(cols, (*titles, "Remarks")):
            c.drawString(x + 2, 558, t)
        c.setFont("Helvetica", 7)
        for k, r in enumerate(rows[start:start + per_page]):
            y = 546 - 14 * k
            c.drawString(34, y, str(start + k + 2))
            d = r["date"]
            when = f"{int(d[:2])}/{int(d[3:5])}/24 {int(r['time'][:2])}:{r['time'][3:]}"
            for x, v in zip(cols, (r["no"], when, r["type"], r["address"], r["dispo"], "Caller advised")):
                c.drawString(x + 2, y, v)
        if start + per_page >= n:            # an empty numbered row, then the sheet's totals
            y = 546 - 14 * (n - start)
            c.drawString(34, y, str(n + 2))
            c.drawString(34, y - 14, str(n + 3))
            for x, v in zip(cols, ("TOTAL", str(n), "calls")):
                c.drawString(x + 2, y - 14, v)
        c.drawRightString(760, 20, f"Page {start // per_page + 1}")
        c.showPage()
    c.save()
    return path


def number_heading_wide_stacked_column(path: Path, n: int) -> Path:
    """Entries whose left column (26 characters wide) stacks the number, date and time; the
    text beside it: ``NATURE - <house number> <street>``, a sentence, ``Result: ...``."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0
    for i, r in enumerate(rows):
        if y < 80:
            if i:
                c.showPage()
            c.setFont("Courier-Bold", 9)
            c.drawString(30, 760, "Teller Springs Police - Weekly Digest")
            y = 730
        c.setFont("Courier", 8)
        left = (f"TSP-2024-{1000 + i:05d}", r["date"], r["time"])
        right = (f"{r['type'].upper()} - {r['address']}", r["summary"], f"Result: {r['dispo']}")
        for k, (a, b) in enumerate(zip(left, right)):
            c.drawString(30, y - 11 * k, a)
            c.drawString(30 + 26 * 4.8, y - 11 * k, b)
        y -= 44
    c.save()
    return path


def number_inside_first_sentence(path: Path, n: int) -> Path:
    """A bulleted digest: ``• On 04/01/2024 at 10:09 deputies answered call SD-24-1000
    (burglary) near 100 Main St. <narrative> <outcome>.`` wrapped with a hanging indent."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 11)
    c.drawString(60, 750, "Sheriff's digest for the board, first week of April 2024")
    outcomes = ("A report was taken.", "No further action.", "One adult was arrested.")
    y = 720
    for i, r in enumerate(rows):
        text = (f"On {r['date']} at {r['time']} deputies answered call SD-24-{1000 + i} ({r['type'].lower()}) "
                f"near {r['address']} on the {('north', 'east', 'south')[i % 3]} side. {r['summary']} {outcomes[i % 3]}")
        words, lines, line = text.split(), [], ""
        for w in words:
            if len(line) + len(w) > 95:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        lines.append(line)
        if y - 13 * len(lines) < 60:
            c.showPage()
            y = 750
        c.setFont("Times-Roman", 10)
        c.drawString(60, y, "\u2022")
        for k, ln in enumerate(lines):
            c.drawString(72, y - 13 * k, ln)
        y -= 13 * len(lines) + 6
    c.save()
    return path


def numbered_box_forms(path: Path, n: int) -> Path:
    """Three forms a page: ``1. CALL NO.  2. DATE  3. TIME  4. PLACE``, ``5. NATURE``,
    ``6. NARRATIVE``, ``7. RESULT (mark one)`` with every choice printed and one marked
    ``[X]``; an unfilled form after the last."""
    rows = incidents(n)
    choices = ("Report Taken", "Unfounded", "Arrest", "Gone on Arrival", "Advised")
    c = canvas.Canvas(str(path), pagesize=letter)
    for i in range(n + 1):
        if i % 3 == 0:
            if i:
                c.showPage()
            c.setFont("Helvetica-Bold", 9)
            c.drawString(30, 765, "BELMONT FERRY TERMINAL POLICE - CALL SHEETS")
        r = rows[i] if i < n else None
        top = 735 - 240 * (i % 3)
        c.setFont("Helvetica", 6)
        for x, label in ((30, "1. CALL NO."), (170, "2. DATE"), (290, "3. TIME"), (380, "4. PLACE")):
            c.drawString(x, top, label)
        c.drawString(30, top - 40, "5. NATURE")
        c.drawString(30, top - 80, "6. NARRATIVE")
        c.drawString(30, top - 130, "7. RESULT (mark one)")
        c.setFont("Courier", 9)
        if r is not None:
            for x, v in ((32, f"BF24-{1000 + i}"), (172, r["date"]), (292, r["time"].replace(":", "")),
                         (382, r["address"])):
                c.drawString(x, top - 18, v)
            c.drawString(32, top - 58, r["type"].upper())
            c.drawString(32, top - 98, r["summary"])
        c.setFont("Helvetica", 8)
        for k, choice in enumerate(choices):
            mark = "[X] " if r is not None and choice == r["dispo"] else "[  ] "
            c.drawString(40 + 105 * k, top - 150, mark + choice)
        c.line(30, top - 165, 580, top - 165)
    c.save()
    return path


WRAPPED = {f.__name__: f for f in (number_wrapped_in_narrow_cell, number_wider_than_its_cell, spreadsheet_with_column_letters,
                                   number_heading_wide_stacked_column, number_inside_first_sentence,
                                   numbered_box_forms)}
