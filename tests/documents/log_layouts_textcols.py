"""Generated logs set in text columns told by the page's gutters, not by record numbers
(see ``log_layouts``): a gazette in three narrow columns whose run-on entries break from
one column into the next, a two-column sheriff's digest whose stories close with
their file number, and a transit police rundown typed in two Courier columns a single
blank apart."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def _flow(path: Path, lines: list[tuple[str, str]], columns: int, size: float, title: str) -> Path:
    """Lines ((font, text), "" for a gap) poured down each column in turn, then onto the
    next page; a title across the top and a footer across the foot of every page."""
    c = canvas.Canvas(str(path), pagesize=letter)
    width = (612 - 72) / columns
    lead = size + 2
    page, col, y = 1, 0, 0.0

    def start_page():
        nonlocal y
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(306, 760, title)
        c.setFont("Helvetica", 8)
        c.drawString(36, 745, f"Sheet {page}")
        c.drawCentredString(306, 40, "Listings are summaries of calls for service, not findings.")
        for k in range(1, columns):
            c.line(36 + k * width - 4, 80, 36 + k * width - 4, 730)
        y = 720
    start_page()
    for font, text in lines:
        if y < 90:
            col += 1
            if col == columns:
                c.showPage()
                page += 1
                col = 0
                start_page()
            else:
                y = 720
        if text:
            c.setFont(font, size)
            c.drawString(36 + col * width, y, text)
        y -= lead
    c.save()
    return path


def three_column_gazette(path: Path, n: int) -> Path:
    """A county gazette's sheriff column in three narrow columns of small type: one run-on
    paragraph per call, its day printed without the year ("24-01000 04/01 1422 Burglary,
    100 Main St. Officer ... Result: Report Taken.") with no gap between calls, each call
    cut wherever a column ends."""
    lines: list[tuple[str, str]] = []
    for r in incidents(n):
        entry = f"{r['no']} {r['date'][:5]} {r['time'].replace(':', '')} {r['type']}, {r['address']}. " \
                f"{r['summary']} Result: {r['dispo']}."
        lines.extend(("Times-Roman", part) for part in textwrap.wrap(entry, 38))
    return _flow(path, lines, 3, 7, "Harlow County Gazette - Sheriff's Calls (all dates 2024)")


def closing_number_stories(path: Path, n: int) -> Path:
    """A sheriff's digest in two columns: per call a headline in capitals and a story
    whose last words are its file number ("... Closed as Advised. Sheriff's file HC2401000."), a gap
    between stories."""
    lines: list[tuple[str, str]] = []
    for r in incidents(n):
        lines.append(("Helvetica-Bold", f"{r['type'].upper()} ON {r['address'].split(' ', 1)[1].upper()}"))
        story = f"Deputies were sent on {r['date']} at {r['time']} to {r['address']}. {r['summary']} " \
                f"Closed as {r['dispo']}. Sheriff's file HC{r['no'].replace('-', '')}."
        # the closing words kept together: the number never opens a printed line
        parts = textwrap.wrap(story.replace("Sheriff's file ", "Sheriff's\x00file\x00"), 60)
        lines.extend(("Times-Roman", part.replace("\x00", " ")) for part in parts)
        lines.append(("", ""))
    return _flow(path, lines, 2, 9, "Harlow County Sheriff - Weekly Digest")


def time_led_notes(path: Path, n: int) -> Path:
    """A harbour patrol's notes in two columns: day headings ("Tuesday, April 2, 2024"),
    then per call a paragraph led by its time and a dash, the type in capitals and the
    place, a narrative, the outcome, and its number last in brackets ("10:09 a.m. -
    BURGLARY, 100 Main St. ... Report taken. [24-01000]")."""
    lines: list[tuple[str, str]] = []
    day = ""
    for r in incidents(n):
        if r["date"] != day:
            day = r["date"]
            lines.append(("Helvetica-Bold", f"{_weekday(int(day[3:5]))}, April {int(day[3:5])}, 2024"))
        hour, minute = int(r["time"][:2]), r["time"][3:]
        clock = f"{hour % 12 or 12}:{minute} {'a.m.' if hour < 12 else 'p.m.'}"
        note = f"{clock} - {r['type'].upper()}, {r['address']}. {r['summary']} {r['dispo']}. [{r['no']}]"
        lines.extend(("Times-Roman", part) for part in textwrap.wrap(note, 58))
        lines.append(("", ""))
    return _flow(path, lines, 2, 8, "Kettle Bay Harbour Patrol - Notes from the Water")


def one_blank_gutter_rundown(path: Path, n: int) -> Path:
    """A transit police weekly rundown typed in Courier, two columns of 58 characters set
    less than a character apart, every text line holding a line of each column on one
    baseline: the text layer leaves a single blank between a column's full line and the
    other's. Under a day heading in capitals ("TUESDAY 04/01/2024"), per call a paragraph
    ("Ref 24-01000: Burglary reported 04/01/2024 0030 near 100 Main St. ... Outcome:
    Report Taken."), a gap between them; the calls run down the left column, then the
    right (its first call opening beside a line of the left one), then onto the next sheet."""
    lines: list[str] = []
    day = ""
    for r in incidents(n, seed=31):
        if r["date"] != day:
            day = r["date"]
            lines.extend([f"{_weekday(int(day[3:5])).upper()} {day}", ""])
        note = f"Ref {r['no']}: {r['type']} reported {r['date']} {r['time'].replace(':', '')} near " \
               f"{r['address']}. {r['summary']} Outcome: {r['dispo']}."
        lines.extend(textwrap.wrap(note, 58) + [""])
    c = canvas.Canvas(str(path), pagesize=letter)
    size, lead, per_column = 6.5, 8, 80
    step = 58.5 * 0.6 * size        # 58 characters, then less than a character's gap
    sheets = [lines[k:k + 2 * per_column] for k in range(0, len(lines), 2 * per_column)]
    for number, sheet in enumerate(sheets, start=1):
        c.setFont("Courier-Bold", size)
        c.drawString(36, 756, "MARSH HOLLOW TRANSIT POLICE -- WEEKLY RUNDOWN (ROUTES 1-9, ALL YARDS)")
        c.setFont("Courier", size)
        for k, text in enumerate(sheet):
            c.drawString(36 + (k // per_column) * step, 736 - (k % per_column) * lead, text)
        c.drawString(36, 50, f"Rundown sheet {number} of {len(sheets)}")
        c.showPage()
    c.save()
    return path


def _weekday(day: int) -> str:
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[day % 7]


TEXT_COLUMNS = {f.__name__: f for f in (three_column_gazette, closing_number_stories, time_led_notes,
                                        one_blank_gutter_rundown)}
