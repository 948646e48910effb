"""Generated logs whose text layer spaces runs of rows apart from their header (see
``log_layouts``): a landscape table, its rows in runs per day closed by a dated tally line and
a blank line; the runs after the first on a page come out of the text layer with every
column a few characters right of its title."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

PER_PAGE = 40
DAY_ROWS = [11, 7, 12, 9, 13, 10, 8] * 4
SPACED = (14, 21, 21, 29, 33)       # each column a little further right than the one before
# places and matters filling their columns (the text layer's spacing of a run follows its
# longest cells): a terminal's own words, none of them a reader's label
SPOTS = ["Vehicle ramp, lane 2 gate", "Passenger lounge upper deck", "Ticket hall", "Bike rack by kiosk 4",
         "Staff car park, east row", "Foot ferry gangway C"]
MATTERS = ["Unattended bag - cleared", "Fare dispute at barrier", "Fight on queue line - separated",
           "Lost child reunited", "Graffiti on shelter", "Vehicle blocking ramp"]
OUTCOMES = ["Handed to harbour police", "Words of advice given", "Logged only", "Escorted off the premises"]


def terminal_watch_runs_spaced_apart_from_header(path: Path, n: int) -> Path:
    """A ferry terminal's watch log, landscape, Courier 7.5 on fixed columns: `Entry No.`,
    `Logged`, `At`, `Hbr PD Case #`, `Place`, `Nature`, `Outcome` over a rule of
    dashes, repeated on each page. Entries `TW/24/1000`; on every third row the fourth
    column cites the harbour police's own reference (`Quay Pol 24-055100`), blank on the
    others. Each day's rows end with `04/01/2024 tally: 6 entries` set under the second
    column and a blank line; a day's rows are never cut by a page."""
    rows = incidents(n)
    head = (f"{'Entry No.':<12}{'Logged':<11}{'At':<7}{'Hbr PD Case #':<20}{'Place':<28}"
            f"{'Nature':<32}Outcome")
    lines: list[str] = []
    pages: list[list[str]] = []
    days: dict[str, list[int]] = {}
    day = 0
    for i, r in enumerate(rows):        # days of 11, 7, 12, 9 ... rows
        if i >= sum(DAY_ROWS[:day + 1]):
            day += 1
        r["date"] = f"04/{day + 1:02d}/2024"
        days.setdefault(r["date"], []).append(i)
    for date, idx in days.items():
        if len(lines) + len(idx) + 2 > PER_PAGE:
            pages.append(lines)
            lines = []
        # the page's first run under the titles; the runs after a blank line set wider
        widths = SPACED if lines else (12, 18, 20, 28, 32)
        for i in idx:
            r = rows[i]
            police = f"Quay Pol 24-0{55100 + 7 * i}" if i % 3 == 0 else ""
            cells = (f"TW/24/{1000 + i}", f"{r['date']} {r['time']}", police, SPOTS[i % 6], MATTERS[i % 6 - 1])
            lines.append("".join(f"{v:<{wd}}" for v, wd in zip(cells, widths)) + OUTCOMES[i % 4])
        lines += [f"{'':<{widths[0]}}{date} tally: {len(idx)} entries", ""]
    pages.append(lines + ["", f"Entries this week: {n}    Harbour police called: {(n + 2) // 3}    "
                              f"Gate buzzers answered (not entries): {n * 3 + 7}"])
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    w, h = landscape(letter)
    for k, page in enumerate(pages, 1):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(36, h - 40, "KESTREL SOUND FERRY TERMINAL - SECURITY WATCH")
        c.setFont("Helvetica", 9)
        c.drawString(36, h - 55, "Watch Log   04/01/2024 - 04/07/2024   Terminal Control 555-0148")
        y = h - 72
        c.setFont("Courier", 7.5)
        for text in (head, "-" * 140, *page):
            c.drawString(36, y, text)
            y -= 10
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 26, "KST-WL form 3  Travellers not named")
        c.drawRightString(w - 36, 26, f"Page {k} of {len(pages)}")
        c.showPage()
    c.save()
    return path


RESPACED_RUNS = {f.__name__: f for f in (terminal_watch_runs_spaced_apart_from_header,)}
