"""Generated logs (see ``log_layouts``) printed by a dispatch centre for several agencies
at once, each agency numbering its records in a series of its own."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

# each agency's name, own number and labels (number, when, what, where, outcome)
_AGENCIES = (
    ("RIVERVALE TOWNSHIP CONSTABLES", lambda i: f"RV-24-{1000 + i}",
     ("Constable Ref", "Logged", "Matter", "Scene", "Closed As")),
    ("WARDEN SERVICE, LAKE DISTRICT", lambda i: f"24.WD.{300 + i}",
     ("Warden File", "When", "Kind", "Where", "Result")),
    ("KESTREL HILL MARSHALS", lambda i: f"K24000{500 + i}",
     ("Marshal No", "Time In", "Offence", "Spot", "Outcome")),
)


def call_bands_over_agency_blocks(path: Path, n: int) -> Path:
    """A joint dispatch board's blocks, Helvetica 9: each under a band "EVT 24-7NNNN" and
    the agency's name (the dispatch's event number, every block), then five labelled lines
    in the agency's own template, the first its own number; a tally after the last."""
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0.0, 0
    for i, r in enumerate(incidents(n)):
        name, number, labels = _AGENCIES[i % 3]
        if y < 50 + 8 * 12:
            if page:
                c.showPage()
            page += 1
            c.setFont("Helvetica", 9)
            c.drawString(40, 750, f"Tri-Valley Joint Dispatch Board - event blocks, April 2024   Page {page}")
            y = 720
        c.drawString(45, y, f"EVT 24-{70000 + 3 * i}")
        c.drawString(230, y, name)
        y -= 18
        values = (number(i // 3), f"{r['date']} {r['time']}", r["type"], r["address"], r["dispo"])
        for label, value in zip(labels, values):
            c.drawString(70, y, label)
            c.drawString(200, y, value)
            y -= 12
        y -= 10
    c.drawString(45, y - 10, f"Events by agency: {', '.join(str(len(range(k, n, 3))) for k in range(3))}")
    c.drawString(45, y - 22, f"Events logged: {n}")
    c.save()
    return path


def radio_log_several_series(path: Path, n: int) -> Path:
    """A radio room's watch log, Courier 8: watch headings "FIRST WATCH 04/01/2024", each
    entry "HH:MM (AGENCY) Type at place. Report <number>. Closed: outcome." wrapped under a
    hanging indent, the number of one of three agencies' series ("RV-24-1000", "24.WD.300",
    "K24000500"), every fourth citing a ticket ("Ticket T8812345."); each watch opens with
    an entry citing nothing ("Generator run, no faults.")."""
    lines: list[tuple[int, str]] = []
    day = None
    for i, r in enumerate(incidents(n)):
        if r["date"] != day:
            day = r["date"]
            lines += [(0, ""), (0, f"FIRST WATCH {day}"), (6, f"{r['time'][:3]}00  Generator run, no faults.")]
        name, number, _ = _AGENCIES[i % 3]
        tag = "".join(w[0] for w in name.replace(",", "").split())
        ticket = f" Ticket T{8812345 + i}." if i % 4 == 3 else ""
        text = f"{r['time']}  ({tag}) {r['type']} at {r['address']}. Report {number(i // 3)}. " \
               f"Closed: {r['dispo']}.{ticket}"
        wrapped = textwrap.wrap(text, 70, break_on_hyphens=False)
        lines.append((6, wrapped[0]))
        lines += [(13, w) for w in textwrap.wrap(" ".join(wrapped[1:]), 63, break_on_hyphens=False)]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"Harrow Gap Radio Room - watch log   page {page}")
        return 725

    def draw(c, y: float, line: tuple[int, str]) -> None:
        c.drawString(40 + 4.8 * line[0], y, line[1])
    return flowed_lines(path, lines, header, font=("Courier", 8), draw=draw)


SHARED = {f.__name__: f for f in (call_bands_over_agency_blocks, radio_log_several_series)}
