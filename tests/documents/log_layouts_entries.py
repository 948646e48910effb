"""More generated logs (see ``log_layouts``): numbered free-text entries, labels in a
column of their own, and call cards printed in two newspaper columns."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

BOTTOM = 60


class _Sheet:
    """A canvas written line by line, turning the page (with its header) when full."""

    def __init__(self, path: Path, header: str, font=("Courier", 9), step: int = 11):
        self.c, self.header, self.font, self.step, self.no = canvas.Canvas(str(path), pagesize=letter), header, font, \
            step, 0
        self._top()

    def _top(self):
        self.no += 1
        self.c.setFont(*self.font)
        self.c.drawString(36, 760, self.header.format(page=self.no))
        self.y = 730

    def line(self, text: str, x: float = 36):
        if self.y < BOTTOM:
            self.c.showPage()
            self._top()
        self.c.drawString(x, self.y, text)
        self.y -= self.step

    def gap(self):
        self.y -= self.step

    def save(self, path: Path) -> Path:
        self.c.save()
        return path


def numbered_bulletin(path: Path, n: int) -> Path:
    """A morning bulletin: each entry's number alone on a line, a "Type: place" heading,
    then a narrative of a few lines with the time in it; entries run over page breaks and
    some narratives cite an earlier report of the same series."""
    rows = incidents(n)
    sheet = _Sheet(path, "Harbourview Police - Overnight Bulletin for Monday, April 1, 2024", ("Helvetica", 10), 12)
    for i, r in enumerate(rows):
        sheet.line(r["no"])
        sheet.line(f"{r['type']}: {r['address']}")
        story = f"Shortly after {r['time']} hours officers were sent to the address. {r['summary']}"
        if i % 4 == 2:
            story += f" It follows up on report 24-00{300 + i}, taken last week."
        for part in textwrap.wrap(story, 80):
            sheet.line(part)
        sheet.gap()
    return sheet.save(path)


def numbered_paragraphs(path: Path, n: int) -> Path:
    """A weekly summary of paragraphs that open "File 24-01000 - Burglary." at an indent,
    with no blank line between them; one paragraph's wrapped line starts with an earlier
    file cited in its sentence ("File 24-00990 was ...")."""
    rows = incidents(n)
    sheet = _Sheet(path, "Glenmoor Sheriff - Weekly Summary, week of April 1, 2024")
    for i, r in enumerate(rows):
        text = f"File {r['no']} - {r['type']}. Deputies took the call near {r['time']} and went to " \
               f"{r['address']}. {r['summary']}"
        lines = textwrap.wrap(text, 78, initial_indent="    ")
        for part in lines:
            sheet.line(part)
        if i % 5 == 3:
            sheet.line(f"File 24-00{900 + i} was opened for the same address earlier in the week.")
    return sheet.save(path)


def label_column_blocks(path: Path, n: int) -> Path:
    """Blocks whose labels stand in a column of their own at the left, without colons, each
    value at one position; several natures one per line under one label; an optional
    "Linked Case" of the same number form; blocks broken across pages anywhere."""
    rows = incidents(n)
    sheet = _Sheet(path, "WESTBROOK CAMPUS SAFETY - CASE LISTING                 Sheet {page}")
    for i, r in enumerate(rows):
        natures = [r["type"]] + (["Trespass", "Resisting Arrest"][: i % 3] if i % 3 else [])
        fields = [("Incident", r["no"]), ("Received", f"{r['date']} {r['time']}"), ("Address", r["address"]),
                  ("Nature", natures[0])]
        for label, value in fields:
            sheet.line(f"{label:<18}{value}")
        for extra in natures[1:]:
            sheet.line(f"{'':<18}{extra}")
        sheet.line(f"{'Outcome':<18}{r['dispo']}")
        if i % 4 == 1:
            sheet.line(f"{'Linked Case':<18}24-00{700 + i}")
        sheet.gap()
    return sheet.save(path)


def two_column_cards(path: Path, n: int) -> Path:
    """Call cards printed in two newspaper columns: the left column is filled before the
    right, so each text line holds two unrelated calls."""
    rows = incidents(n)
    per_column = 16
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(rows), 2 * per_column):
        c.setFont("Courier", 8)
        c.drawString(30, 760, "RIDGE COUNTY DISPATCH - CALLS BY HOUR")
        chunk = rows[start:start + 2 * per_column]
        for col, x in ((0, 30), (1, 320)):
            y = 735
            for r in chunk[col * per_column:(col + 1) * per_column]:
                c.drawString(x, y, f"{r['no']} {r['time']} {r['type'].upper()}")
                c.drawString(x, y - 10, f"   {r['address']}")
                c.drawString(x, y - 20, f"   Cleared as: {r['dispo']}")
                y -= 42
        c.showPage()
    c.save()
    return path


def closing_number_paragraphs(path: Path, n: int) -> Path:
    """A community blotter: each paragraph opens "TYPE — place, Apr. 1, 10:09." and ends
    with its number in parentheses, often alone on the last line; some cite an earlier
    number of the same form mid-sentence; paragraphs run over page breaks."""
    rows = incidents(n)
    sheet = _Sheet(path, "Linden Vale Police Blotter - April 2024 - sheet {page}", ("Helvetica", 10), 12)
    for i, r in enumerate(rows):
        day = int(r["date"][3:5])
        text = f"{r['type'].upper()} — {r['address']}, Apr. {day}, {r['time']}. {r['summary']}"
        if i % 4 == 1:
            text += f" The caller had reported 24-00{800 + i} at the same place."
        for part in textwrap.wrap(text + f" ({r['no']})", 70 if i % 2 else 86):
            sheet.line(part)
        sheet.gap()
    sheet.line(f"{n} reports this month.")
    return sheet.save(path)


def dotted_leader_blocks(path: Path, n: int) -> Path:
    """Blocks of one label a line, each label run to its value by a dotted leader with no
    space on either side ("Received..........04/01/2024 10:09"); further natures on lines
    of their own under the value; blocks broken across pages anywhere."""
    rows = incidents(n)
    sheet = _Sheet(path, "ALDER CREEK PUBLIC SAFETY   INCIDENT PRINTOUT   SHEET {page}")
    for i, r in enumerate(rows):
        natures = [r["type"]] + (["Trespass", "Resisting Arrest"][: i % 3] if i % 3 else [])
        for label, value in (("Report", r["no"]), ("Received", f"{r['date']} {r['time']}"),
                             ("Address", r["address"]), ("Nature", natures[0])):
            sheet.line(f"{label:.<20}{value}")
        for extra in natures[1:]:
            sheet.line(f"{'':<20}{extra}")
        sheet.line(f"{'Outcome':.<20}{r['dispo']}")
        sheet.gap()
    return sheet.save(path)


def typed_by_category_heading(path: Path, n: int) -> Path:
    """A listing whose rows print no type: it is in the category heading above them
    ("Noise Complaint:"), repeated with "(cont.)" after a page break; a column of other
    offences holds 0-2 more, one per line; categories end with a count line."""
    rows = sorted(incidents(n), key=lambda r: r["type"])
    sheet = _Sheet(path, "MILLBROOK SHERIFF  -  REPORTS BY CATEGORY  -  sheet {page}", ("Courier", 8), 11)
    title = f"{'Report':<12}{'Date':<12}{'Time':<7}{'Address':<20}{'Other Offences':<22}Result"
    category, count = None, 0
    for i, r in enumerate(rows):
        if r["type"] != category:
            if category:
                sheet.line(f"Reports in category: {count}", 200)
                sheet.gap()
            category, count = r["type"], 0
            sheet.line(f"{category}:")
            sheet.line(title)
        elif sheet.y < BOTTOM:
            sheet.c.showPage()
            sheet._top()
            sheet.line(f"{category} (cont.)")
            sheet.line(title)
        more = ["Trespass", "Resisting Arrest"][: i % 3]
        sheet.line(f"{r['no']:<12}{r['date']:<12}{r['time']:<7}{r['address']:<20}{(more or [''])[0]:<22}{r['dispo']}")
        for extra in more[1:]:
            sheet.line(f"{'':<51}{extra}")
        count += 1
    sheet.line(f"Reports in category: {count}", 200)
    return sheet.save(path)


def arrest_blocks_with_offence_table(path: Path, n: int) -> Path:
    """Arrest blocks of "Label: value" lines with a small table of 1-3 offences inside each
    ("Count  Offense  Degree  Bail"), one offence a row, closed by a "Release:" line."""
    rows = incidents(n)
    sheet = _Sheet(path, "HOLLIS COUNTY JAIL - ARRESTS", ("Courier", 8), 11)
    for i, r in enumerate(rows):
        offences = [r["type"]] + ["Trespass", "Resisting Arrest"][: i % 3]
        sheet.line(f"Arrest No: {r['no']}          Taken: {r['date']} {r['time']}")
        sheet.line(f"Address: {r['address']}")
        sheet.line(f"    {'Count':<8}{'Offense':<26}{'Degree':<9}Bail")
        for c, offence in enumerate(offences, start=1):
            sheet.line(f"    {c:<8}{offence:<26}{'M' if c % 2 else 'F':<9}${500 * c}")
        sheet.line(f"Release: {r['dispo']}")
        sheet.gap()
    return sheet.save(path)


def number_inside_first_line(path: Path, n: int) -> Path:
    """A night report of paragraphs that open with the place, then "logged 10:09 hrs" and
    the number in square brackets mid-line, then the story; no blank line between them;
    some cite an earlier number of the same form in a sentence, wrapped to a line's start."""
    rows = incidents(n)
    sheet = _Sheet(path, "Aldergate Rail Police - Night Report, April 1, 2024", ("Helvetica", 10), 12)
    for i, r in enumerate(rows):
        text = f"{r['address']}, logged {r['time']} hrs [{r['no']}] {r['summary']}"
        if i % 4 == 1:
            text += f" The guard had filed report 24-00{700 + i} at the same place."
        for part in textwrap.wrap(text, 64 if i % 2 else 90):
            sheet.line(part)
    sheet.line(f"{n} reports tonight.")
    return sheet.save(path)


def two_printed_rows(path: Path, n: int) -> Path:
    """A shift log whose records take two printed rows under a header of two lines: the
    call number, received time and nature on the first; the address, outcome and officer
    on a second row, indented; a second nature, when there is one, on a line between."""
    rows = incidents(n)
    header = ("CEDAR POINT MARINA POLICE - SHIFT LOG", f"{'Call #':<14}{'Received':<20}Nature",
              f"{'':<4}{'Address':<40}{'Outcome':<22}Officer")
    sheet = _Sheet(path, header[0], ("Courier", 9), 11)
    for i, r in enumerate(rows):
        if sheet.y < BOTTOM + 3 * sheet.step or i == 0:
            if i:
                sheet.y = 0     # the next line turns the page
            sheet.line(header[1])
            sheet.line(header[2])
            sheet.gap()
        sheet.line(f"{r['no']:<14}{r['date'] + ' ' + r['time']:<20}{r['type']}")
        if i % 5 == 2:
            sheet.line(f"{'':<34}Trespass")
        place = f"{r['address']}, Pier {1 + i % 9}"
        sheet.line(f"{'':<4}{place:<40}{r['dispo']:<22}#{400 + i % 37}")
    sheet.line(f"Calls this shift: {n}")
    return sheet.save(path)


MORE = {f.__name__: f for f in (numbered_bulletin, numbered_paragraphs, label_column_blocks, two_column_cards,
                                closing_number_paragraphs, dotted_leader_blocks,
                                typed_by_category_heading, arrest_blocks_with_offence_table,
                                number_inside_first_line, two_printed_rows)}
