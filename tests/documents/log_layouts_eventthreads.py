"""Generated logs printed as an activity journal of key=value event lines (see ``log_layouts``):
each call on several lines (opened, units assigned, cleared) among lines of no call."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

LINES_PER_PAGE = 58


def dispatch_journal_events_per_call(path: Path, n: int) -> Path:
    """A dispatch system's activity journal printed in Courier 7, one event a line after a
    `04/01/2024 10:12:03` stamp: `evt=OPEN call=CF-24-1000 rcvd="04/01/2024 10:09"
    nature="Burglary" addr="100 Main St" pri=2`, then the call's `evt=ASSIGN ... unit=3A12` line
    (a second one on every other call), its `evt=CLEAR ... dispo="Report Taken"` line, each a
    call or two later, between other calls' events and `evt=HEARTBEAT node=disp02 seq=N` and
    `evt=SIGNON pos=3 op=...` lines; the journal's own title over each page, `- k -` under it."""
    rows = incidents(n)
    lines: list[str] = []
    stamp = [0]

    def event(text: str) -> None:
        stamp[0] += 97
        minutes, seconds = divmod(stamp[0], 60)
        lines.append(f"04/{1 + minutes // 1440:02d}/2024 {minutes // 60 % 24:02d}:{minutes % 60:02d}:{seconds:02d}"
                     f" {text}")

    def call(i: int) -> str:
        return f"call=CF-24-{1000 + i}"

    for i, r in enumerate(rows + [None, None]):
        if r is not None:
            event(f'evt=OPEN {call(i)} rcvd="{r["date"]} {r["time"]}" nature="{r["type"]}" '
                  f'addr="{r["address"]}" pri={1 + i % 3}')
        if 1 <= i <= n:
            event(f"evt=ASSIGN {call(i - 1)} unit={1 + i % 4}A{10 + i % 7}")
            if i % 2:
                event(f"evt=ASSIGN {call(i - 1)} unit={1 + i % 4}B{20 + i % 5}")
        if i % 6 == 3:
            event(f"evt=HEARTBEAT node=disp02 seq={5000 + i}")
        if i % 10 == 5:
            event(f'evt=SIGNON pos={1 + i % 4} op="disp.{i % 3}" term=CT{i % 9}')
        if 2 <= i <= n + 1:
            event(f'evt=CLEAR {call(i - 2)} dispo="{rows[i - 2]["dispo"]}"')
    c = canvas.Canvas(str(path), pagesize=letter)
    for page, start in enumerate(range(0, len(lines), LINES_PER_PAGE), start=1):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, 768, "CAD ACTIVITY JOURNAL - position events")
        c.setFont("Courier", 7)
        y = 750
        for line in lines[start:start + LINES_PER_PAGE]:
            c.drawString(36, y, line)
            y -= 12
        c.setFont("Helvetica", 8)
        c.drawString(300, 30, f"- {page} -")
        c.showPage()
    c.save()
    return path


EVENT_THREADS = {f.__name__: f for f in (dispatch_journal_events_per_call,)}
