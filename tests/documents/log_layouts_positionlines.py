"""Generated logs whose labelled blocks are each announced by their position in the log (see
``log_layouts``): an audio-ready copy, a record cut by a page break resumed under its
position again."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
LINES_PER_PAGE = 34        # blocks of 7 or 8 lines: the breaks fall at every place in a block


def harbour_audio_copy_entries_announced(path: Path, n: int) -> Path:
    """A harbour patrol's audio-ready call list, Times 13 on letter pages: each call opens
    with `Entry 3 of 30` on a line of its own, then `Call no: HP-24-1002`, `Received: 1 April
    2024, 10:09` (the month in full, a bare capitalised word on every block), `Nature:`,
    `Address:`, `Result:`, on every fourth call a `Note:` line, a blank line between calls. A
    page holds 34 lines, so breaks fall at every place in a block, right after the position
    line too; the rest of a cut call goes on at the next page's top under `Entry 3 of 30
    (continued)`. Each page has a title and a footer `Audio-ready copy - sheet K`; the list
    ends `End of list: 30 calls.`"""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 0, "used": 0, "sheet": 0}

    def new_page():
        if state["sheet"]:
            c.setFont("Times-Roman", 10)
            c.drawString(60, 40, f"Audio-ready copy - sheet {state['sheet']}")
            c.showPage()
        state["sheet"] += 1
        c.setFont("Times-Bold", 14)
        c.drawString(60, 750, "HARBOUR PATROL UNIT - CALL LIST (audio-ready copy)")
        c.setFont("Times-Roman", 13)
        state["y"], state["used"] = 720, 0

    def line(text: str, entry: str | None):
        if state["used"] >= LINES_PER_PAGE:
            new_page()
            if entry is not None:      # a call cut by the break: resumed under its position
                c.drawString(60, state["y"], f"{entry} (continued)")
                state["y"] -= 20
                state["used"] += 1
        c.drawString(60, state["y"], text)
        state["y"] -= 20
        state["used"] += 1

    new_page()
    for i, r in enumerate(rows):
        month, day, year = r["date"].split("/")
        entry = f"Entry {i + 1} of {n}"
        line(entry, None)
        line(f"Call no: HP-24-{1000 + i}", entry)
        line(f"Received: {int(day)} {MONTHS[int(month) - 1]} {year}, {r['time']}", entry)
        line(f"Nature: {r['type']}", entry)
        line(f"Address: {r['address']}", entry)
        line(f"Result: {r['dispo']}", entry)
        if i % 4 == 2:
            line("Note: caller to phone back with serial numbers", entry)
        if state["used"] < LINES_PER_PAGE:
            state["y"] -= 20
            state["used"] += 1
    line(f"End of list: {n} calls.", None)
    c.setFont("Times-Roman", 10)
    c.drawString(60, 40, f"Audio-ready copy - sheet {state['sheet']}")
    c.showPage()
    c.save()
    return path


POSITION_LINES = {f.__name__: f for f in (harbour_audio_copy_entries_announced,)}
