"""Generated scrolled captures (see ``log_layouts``): a journal file shown in a pager that
moves fewer lines than a screen holds, printed one screen a page, so each screen opens
with the last lines of the screen before; the journal's routine notes carry no number."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

SCREEN = 22         # file lines a screen shows
STEP = 19           # lines each page-down moves: three lines shown again
NOTES = ("CALLER SPOKE WITH OFFICER ON SCENE.", "AREA SEARCHED WITH NEGATIVE RESULTS.",
         "OWNER TO FOLLOW UP WITH INSURER.", "NEIGHBOURS CANVASSED, NOTHING SEEN.")
ROUTINE = ("FRONT COUNTER OPENED, LOBBY CAMERAS CHECKED.", "PRISONER MEALS DELIVERED TO HOLDING.",
           "RADIO TEST WITH COUNTY COMMS, ALL CHANNELS CLEAR.", "VEHICLE 7 RETURNED FROM GARAGE.")


def _journal(n: int) -> list[str]:
    """The journal's file lines: a day line, then entries led by their time, every third
    a routine note without a number, the reports' text wrapped under a deeper indent."""
    lines, day = [], None
    for k, r in enumerate(incidents(n)):
        if r["date"] != day:
            day = r["date"]
            lines.append(f"== JOURNAL DATE {day} ==")
        hhmm = r["time"].replace(":", "")
        if k % 3 == 1:
            lines.append(f"{hhmm} {ROUTINE[k % len(ROUTINE)]}")
        text = (f"{hhmm} INC {r['no']} {r['type'].upper()} - {r['address'].upper()}. "
                f"{NOTES[k % len(NOTES)]} {NOTES[(k + 1) % len(NOTES)]} RESULT: {r['dispo'].upper()}.")
        wrapped = textwrap.wrap(text, 62)
        lines.append(wrapped[0])
        lines.extend("           " + ln for ln in textwrap.wrap(" ".join(wrapped[1:]), 52))
    return lines


def pager_capture_screens_repeat_last_lines(path: Path, n: int) -> Path:
    """Each page one pager screen: ``JRNVIEW`` title with the first line's number, 22 file
    lines, a key line; each screen after the first repeats the last three of the one before."""
    lines = _journal(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    starts = list(range(0, max(len(lines) - SCREEN, 0) + STEP, STEP))
    for page, start in enumerate(starts, start=1):
        c.setFont("Helvetica", 9)
        c.drawString(40, 760, f"Tremont Hollow Police - front desk journal printout, sheet {page} of {len(starts)}")
        c.setFont("Courier", 9)
        c.rect(36, 380, 520, 350)
        y = 715
        c.drawString(44, y, f"JRNVIEW  /srv/desk/journal-apr24.txt        from line {start + 1:05d}")
        y -= 22
        for ln in lines[start:start + SCREEN]:
            c.drawString(44, y, ln)
            y -= 13
        c.drawString(44, 390, "<SPACE> next screen   <B> back   <Q> quit   </> search")
        c.showPage()
    c.save()
    return path


SCROLLED = {f.__name__: f for f in (pager_capture_screens_repeat_last_lines,)}
