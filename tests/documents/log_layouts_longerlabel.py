"""Generated logs whose record-opening label comes back as the end of a longer label, or
cut to the same letters as another (see ``log_layouts``): labelled blocks, some carrying an
earlier number under that label."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_PAGE = 5
LINKED_EVERY = 3        # every third block carries an occurrence carried over from last year


def transit_occurrences_linked_label(path: Path, n: int) -> Path:
    """A transit police occurrence sheet, Courier 9, five blocks a page, each closed by a
    rule: `Occurrence No.: TP24-01000` with `Logged: 04/01/2024 10:09` right of it,
    `Nature:` with `Outcome:` right of it, `Stop/Place:`, a crew grid (`Crew  Sent  On Scene
    Freed`, one or two rows of a crew code and three times) and `Notes:` over an indented
    line. Every third block has, under `Stop/Place:`, `Linked Occurrence No.: TP23-0NNNN
    (carried over from last year)`: a number of the records' own shape under a label
    ending in the opening label's words, no record of its own."""
    return _sheet(path, n, lambda year, serial: f"TP{year}-{serial:05d}", grid=True)


def transit_occurrences_linked_label_plain(path: Path, n: int) -> Path:
    """The same sheet without the crew grid, its occurrences numbered serial first, then
    the year (`01000/24`, the linked ones `04137/23`): a shape no number column is found
    in, so the blocks are found by their opening label alone."""
    return _sheet(path, n, lambda year, serial: f"{serial:05d}/{year}", grid=False)


def _sheet(path: Path, n: int, number, grid: bool) -> Path:
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, n, PER_PAGE):
        c.setFont("Courier-Bold", 10)
        c.drawString(36, 765, "GRANTHAM VALLEY TRANSIT POLICE - OCCURRENCE SHEET")
        c.setFont("Courier", 9)
        y = 740
        for k, r in enumerate(rows[start:start + PER_PAGE]):
            i = start + k
            c.drawString(36, y, f"Occurrence No.: {number(24, 1000 + i)}")
            c.drawString(320, y, f"Logged: {r['date']} {r['time']}")
            c.drawString(36, y - 11, f"Nature: {r['type']}")
            c.drawString(320, y - 11, f"Outcome: {r['dispo']}")
            c.drawString(36, y - 22, f"Stop/Place: {r['address']}")
            y -= 33
            if i % LINKED_EVERY == 1:
                c.drawString(36, y, f"Linked Occurrence No.: {number(23, 4100 + 37 * i)}")
                c.drawString(320, y, "(carried over from last year)")
                y -= 11
            if grid:
                c.drawString(54, y, "Crew      Sent       On Scene   Freed")
                y -= 11
                for crew in range(1 + i % 2):
                    c.drawString(54, y, f"T-{12 + 7 * crew + i % 5:02d}      {r['time']}:1{crew}   "
                                        f"{r['time']}:4{crew}   {r['time']}:5{crew}")
                    y -= 11
            c.drawString(36, y, "Notes:")
            c.drawString(54, y - 11, f"Rider reported it at the platform; item {i} logged.")
            c.drawString(36, y - 20, "_" * 80)
            y -= 34
        c.showPage()
    c.save()
    return path


def ranger_reports_right_aligned_labels(path: Path, n: int) -> Path:
    """A parks ranger report, Helvetica 9, seven blocks a page set apart by a blank line,
    every label right-aligned on one colon gutter and its value flush left after it:
    `Report: PR-24-3000`, `Called in:`, `Complaint:`, `Where:`, `Ranger:`, `Result:`. Every
    fourth block has, above `Result:`, `Earlier Report: PR-24-2NNN`: an earlier report of
    the records' own shape under a label ending in the opening label, its `Report:` in
    the opening label's column; no record of its own."""
    rows = incidents(n, seed=31)
    c = canvas.Canvas(str(path), pagesize=letter)
    gutter = 150
    for start in range(0, n, 7):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 760, "MARLOW POINT PARKS RANGERS - REPORTS TAKEN")
        c.setFont("Helvetica", 9)
        y = 736
        for k, r in enumerate(rows[start:start + 7]):
            i = start + k
            pairs = [("Report:", f"PR-24-{3000 + 2 * i}"), ("Called in:", f"{r['date']} {r['time']}"),
                     ("Complaint:", r["type"]), ("Where:", r["address"]), ("Ranger:", f"Unit {40 + i % 9}")]
            if i % 4 == 2:
                pairs.append(("Earlier Report:", f"PR-24-{2100 + 29 * i}"))
            pairs.append(("Result:", r["dispo"]))
            for label, value in pairs:
                c.drawRightString(gutter, y, label)
                c.drawString(gutter + 12, y, value)
                y -= 11
            y -= 11
        c.drawString(50, 40, f"Ranger reports - sheet {start // 7 + 1}")
        c.showPage()
    c.save()
    return path


def sheriff_forms_cut_labels(path: Path, n: int) -> Path:
    """A sheriff's form print, Helvetica 7, blocks set apart by a blank line, the label
    cells so narrow that every label is cut to five letters, no colon, the value one space
    after (`Compl 2024-00800`, `Offen Burglary`, `Addre 100 Main St`, `Resul Report Taken`),
    `Dated 04/01/2024 10:09` in a second cell on the first line. Every third block cites an
    earlier complaint on a line of its own, `Compl 2024-00NNN` (`Complaint No.` and
    `Complaint Ref.` both cut to `Compl`) with `Note Repeat call` beside it: two numbers
    under one cut label, the second an earlier complaint's; no record of its own."""
    rows = incidents(n, seed=43)
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, n, 8):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 760, "ORRINGTON COUNTY SHERIFF - COMPLAINT FORMS (NARROW)")
        c.setFont("Helvetica", 7)
        y = 740
        for k, r in enumerate(rows[start:start + 8]):
            i = start + k
            lines = [(f"Compl 2024-{800 + 3 * i:05d}", f"Dated {r['date']} {r['time']}"),
                     (f"Offen {r['type']}", f"Zone {1 + i % 6}"), (f"Addre {r['address']}", "")]
            if i % 3 == 1:
                lines.append((f"Compl 2024-{300 + 11 * i:05d}", "Note Repeat call"))
            lines.append((f"Resul {r['dispo']}", ""))
            for left, right in lines:
                c.drawString(40, y, left)
                if right:
                    c.drawString(170, y, right)
                y -= 9
            y -= 9
        c.showPage()
    c.save()
    return path


LONGER_LABEL = {f.__name__: f for f in (transit_occurrences_linked_label, transit_occurrences_linked_label_plain,
                                        ranger_reports_right_aligned_labels, sheriff_forms_cut_labels)}
