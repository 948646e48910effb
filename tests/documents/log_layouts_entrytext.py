"""Generated logs whose entries carry their values only in their own text (see ``log_layouts``;
read by ``entrytext.py``): a watch book of clock-led entries under day headings, the type and
the address parted by a dash and the outcome after an inline label; ranger notes opened by
their number and date-time, "Type at place." then a closing outcome sentence; a bulletin of
numbered paragraphs giving the type, the address and "logged <date time>" in one sentence;
an export of calls whose parts are set apart by one separator."""
from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_SPOTS = ("North Jetty", "Cedar Knoll Campground, loop B", "Boathouse", "Upper Falls trailhead")
_NOTES = ("A passer-by flagged down the unit.", "Two people were spoken with at the scene.",
          "The area was checked on foot.")


def _write(path: Path, lines: list[tuple[str, bool]], title: str) -> Path:
    """Lines (text, bold) down letter pages under a one-line title."""
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0.0
    for text, bold in lines:
        if y < 60:
            if y:
                c.showPage()
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, 750, title)
            y = 720
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        c.drawString(50, y, text)
        y -= 13
    c.save()
    return path


def clock_led_watch_book(path: Path, n: int) -> Path:
    """Day headings ("Monday, April 1, 2024"), under each entries opened by a marked clock:
    "1009 hrs Burglary - 100 Main St. File WB24-01000. <note> Result: Report Taken." wrapped
    after the file number."""
    lines, day = [], None
    for i, r in enumerate(incidents(n)):
        if r["date"] != day:
            day = r["date"]
            when = dt.datetime.strptime(day, "%m/%d/%Y")
            lines.append((f"{when:%A}, {when:%B} {when.day}, {when.year}", True))
        lines.append((f"{r['time'].replace(':', '')} hrs {r['type']} - {r['address']}. File WB{r['no']}.", False))
        lines.append((f"{_NOTES[i % len(_NOTES)]} Result: {r['dispo']}.", False))
    return _write(path, lines, "Lakemont Harbor Watch Book - April 2024")


def ranger_notes(path: Path, n: int) -> Path:
    """"RG24-01000 Mon Apr 1, 2024 1009. Burglary at North Jetty. <note> Report Taken." one
    entry a line or two: a short title, "at", a named place (no street address), the outcome
    as the closing sentence."""
    lines = []
    for i, r in enumerate(incidents(n)):
        when = dt.datetime.strptime(f"{r['date']} {r['time']}", "%m/%d/%Y %H:%M")
        lines.append((f"RG{r['no']} {when:%a %b} {when.day}, {when.year} {when:%H%M}. {r['type']} at "
                      f"{_SPOTS[i % len(_SPOTS)]}. {_NOTES[i % len(_NOTES)]}", False))
        lines.append((f"{r['dispo']}.", False))
        lines.append(("", False))
    return _write(path, lines, "Grey Pines Recreation Area - Ranger Notes")


def logged_bulletin(path: Path, n: int) -> Path:
    """Numbered paragraphs "3.1 Burglary (Ref. BL24-01000), 100 Main St, logged 04/01/2024
    10:09. <note>" and the outcome alone as the closing sentence."""
    lines = []
    for i, r in enumerate(incidents(n)):
        lines.append((f"{1 + i // 10}.{1 + i % 10} {r['type']} (Ref. BL{r['no']}), {r['address']}, logged "
                      f"{r['date']} {r['time']}. {_NOTES[i % len(_NOTES)]}", False))
        lines.append((f"{r['dispo']}.", False))
    return _write(path, lines, "Westbrook Borough Police - Platoon Bulletin")


def piped_export(path: Path, n: int) -> Path:
    """A dispatch export printed as text, one call a line, parts set apart by "|", no titles:
    "RX24-01000|2024-04-01 10:09|BURGLARY|100 MAIN ST|SO|"4A1,4A2"|REPORT TAKEN|"; a type holding
    a comma quoted ("\"ALARM, AUDIBLE\""), every fourth place two crossing roads."""
    lines = []
    for i, r in enumerate(incidents(n)):
        y, m, d = r["date"][6:], r["date"][:2], r["date"][3:5]
        kind = '"ALARM, AUDIBLE"' if i % 5 == 4 else r["type"].upper()
        place = f"{r['address'].split(' ', 1)[1].upper()} / ELM ST" if i % 4 == 3 else r["address"].upper()
        lines.append((f"RX{r['no']}|{y}-{m}-{d} {r['time']}|{kind}|{place}|SO|\"4A{i % 3},4B{i % 2}\"|"
                      f"{r['dispo'].upper()}|", False))
    return _write(path, lines, "Ridgeford County Communications - Calls Export")


def yearless_digest(path: Path, n: int) -> Path:
    """A weekly digest whose entries print their day without the year, the year only in the
    title's period ("Week of April 1-7, 2024"): "» [DG24-01000] Apr 1, 10:09 - Main St Pier:
    Burglary; report taken."""
    lines = []
    for r in incidents(n):
        when = dt.datetime.strptime(f"{r['date']} {r['time']}", "%m/%d/%Y %H:%M")
        lines.append((f"\u00bb [DG{r['no']}] {when:%b} {when.day}, {r['time']} - {r['address'].split(' ', 1)[1]} "
                      f"Pier: {r['type']}; {r['dispo'].lower()}.", False))
    return _write(path, lines, "Port Ellery Harbor Police - Week of April 1-7, 2024")


def shift_notes(path: Path, n: int) -> Path:
    """Shift notes under one date heading a day: "0915 SN24-01000 Burglary at 100 block of Main St.
    <note> <Dispo>." wrapped at a fixed width, so the reader's type runs on into the place."""
    lines, day = [], None
    for i, r in enumerate(incidents(n)):
        if r["date"] != day:
            day = r["date"]
            lines.append((f"Shift date {day}", True))
        no, rest = r["address"].split(" ", 1)
        text = (f"{r['time'].replace(':', '')} SN{r['no']} {r['type']} at {no}0 block of {rest}. "
                f"{_NOTES[i % len(_NOTES)]} {r['dispo']}.")
        lines += [(part, False) for part in textwrap.wrap(text, 90)]
    return _write(path, lines, "Alder Bend Police - Shift Notes")


ENTRY_TEXT = {f.__name__: f for f in (clock_led_watch_book, ranger_notes, logged_bulletin, piped_export,
                                      yearless_digest, shift_notes)}
