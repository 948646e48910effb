"""Generated logs whose record number is a bare four-digit number among others of its width
(see ``log_layouts``): told only by the series rising through the log, or by the word
closing every entry before it."""
from __future__ import annotations

import random
import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas


def courier_call_print_time_district_call(path: Path, n: int) -> Path:
    """Courier 8 call print, two lines a call: "04/01/24 0133 0902  0875 415  BURGLARY
    100 MAIN ST" over "OCC UNK  1B23 RPT 0240": the time, a reporting district and the
    call number, all four bare digits; the times start again each day, the districts come
    back in any order (one of them another call's number), the call numbers rise with gaps."""
    rows = incidents(n)
    rnd = random.Random(11)
    districts = ["0137", "0203", "0305", "0411", "0614", "0803", "0902", "0926"]
    call = 875
    lines: list[str] = []
    day = None
    for k, r in enumerate(rows):
        if r["date"] != day:
            if day is not None:
                lines += [f"----- {day[:6]}{day[8:]} CALLS -----", ""]
            day, minute = r["date"], 0
        minute += rnd.randrange(20, 200)
        minute = min(minute, 1439)
        lines.append(f"{r['date'][:6]}{r['date'][8:]} {minute // 60:02d}{minute % 60:02d} "
                     f"{districts[(k * 5) % len(districts)]}     {call:04d} {rnd.choice(['415', '1033', '10-50']):<6}"
                     f"  {r['type'].upper():<24} {r['address'].upper()}")
        lines.append(f"{'':25}OCC UNK        {1 + k % 4}B{10 + k % 17} {r['dispo'][:3].upper()}"
                     f"   {(minute + 40) % 1440 // 60:02d}{(minute + 40) % 60:02d}   40")
        call += rnd.choice([1, 1, 2])
    c = canvas.Canvas(str(path))
    for start in range(0, len(lines), 60):
        c.setFont("Courier", 8)
        c.drawString(30, 810, "NORTHPORT POLICE DEPARTMENT          DISPATCH CALL PRINT")
        c.drawString(30, 798, "DATE     TIME RD       CALL SIG     NATURE                   LOCATION")
        c.drawString(30, 788, "                         OCCURRED       UNIT DISP CLEARED MIN")
        for j, line in enumerate(lines[start:start + 60]):
            c.drawString(30, 774 - 12 * j, line)
        c.showPage()
    c.save()
    return path


def prose_entries_closed_by_log_number(path: Path, n: int) -> Path:
    """Times 10 paragraphs set one under the other under day headings, no blank lines, the title on the first page only:
    "0302 hrs — Burglary, 1207 Main Street. Occurred at about 0240. Unit 606; cleared
    0452. Report Taken. Log 1201." The log number closes every entry after the word `Log`,
    four bare digits like the times and house numbers before it (some of those in the
    log numbers' range)."""
    rows = incidents(n)
    rnd = random.Random(13)
    lines: list[str] = []
    day, log = None, 1200
    for k, r in enumerate(rows):
        if r["date"] != day:
            day, minute = r["date"], 0
            d = int(day[3:5])
            lines.append(f"{WEEKDAYS[(d - 1) % 7]}, April {d}")
        minute = min(minute + rnd.randrange(20, 200), 1439)
        house = 1200 + rnd.randrange(n) if k % 4 == 0 else 2000 + 37 * k
        street = r["address"].split(" ", 1)[1]
        para = (f"{minute // 60:02d}{minute % 60:02d} hrs — {r['type']}, {house} {street}. Occurred at about "
                f"{max(minute - 15, 0) // 60:02d}{max(minute - 15, 0) % 60:02d}. Unit {600 + k % 40}; cleared "
                f"{(minute + 50) % 1440 // 60:02d}{(minute + 50) % 60:02d}. {r['dispo']}. Log {log}.")
        lines += textwrap.wrap(para, 95)
        log += rnd.choice([1, 1, 2])
    c = canvas.Canvas(str(path))
    for start in range(0, len(lines), 55):
        if not start:
            c.setFont("Times-Bold", 12)
            c.drawString(50, 800, "Easton Police Department - Police Log, week of April 1, 2024")
        c.setFont("Times-Roman", 10)
        for j, line in enumerate(lines[start:start + 55]):
            c.drawString(50, 775 - 13 * j, line)
        c.showPage()
    c.save()
    return path


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUM_COLS = {f.__name__: f for f in (courier_call_print_time_district_call, prose_entries_closed_by_log_number)}
