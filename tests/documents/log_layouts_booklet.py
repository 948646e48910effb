"""Generated logs printed as a booklet (see ``log_layouts``): a folded sheet side holds
two small pages, in the order they are stapled, not read (8|1, 2|7, 6|3, 4|5); and blocks
headed by bare words and their values over labelled lines, the last long wrapped remarks."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

HALF = 396          # points: a landscape letter sheet folded in two


def _booklet_pages(total: int) -> list[tuple[int, int]]:
    """The pages (left, right) on each sheet side of a saddle-stitched booklet."""
    out = []
    for s in range(total // 2):
        low, high = s + 1, total - s
        out.append((high, low) if s % 2 == 0 else (low, high))
    return out


def booklet_call_register(path: Path, n: int) -> Path:
    """A port police call register printed as an 8-page booklet, Courier 6: each half of a
    sheet side is a page with its own two-line heading and its folio "( 3 )" at its foot;
    a call opens "Call 24-HRB-0100" with "Taken 04/01/2024 10:09" set flush right in the
    half, so its own blank is wider than the narrow gap between the halves; then indented
    "Nature:", "Place:", "Result:" lines. Calls run over pages 1-7 in reading order, the
    sheets come in stapling order, and page 8 is blank but for a notice."""
    rows = incidents(n)
    per = -(-n // 7)
    pages = {k + 1: rows[k * per:(k + 1) * per] for k in range(7)}
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for left, right in _booklet_pages(8):
        for half, page in enumerate((left, right)):
            x = 12 + half * (HALF - 2)
            c.setFont("Courier", 6)
            c.drawCentredString(x + 186, 25, f"( {page} )")
            if not pages.get(page):
                c.drawString(x, 300, "No further calls were taken this month.")
                continue
            c.drawString(x, 580, "HARBOR BASIN PORT POLICE")
            c.drawString(x, 572, "Call register - April 2024")
            y = 550
            for r in pages[page]:
                call = f"24-HRB-{int(r['no'][3:]) - 900:04d}"
                c.drawString(x, y, f"Call {call}")
                c.drawRightString(x + 376, y, f"Taken {r['date']} {r['time']}")
                c.drawString(x + 8, y - 8, f"Nature: {r['type']}")
                c.drawString(x + 8, y - 16, f"Place: {r['address']}")
                c.drawString(x + 8, y - 24, f"Result: {r['dispo']}")
                y -= 40
        c.line(HALF, 40, HALF, 590)
        c.showPage()
    c.save()
    return path


def bare_headed_blocks_with_remarks(path: Path, n: int) -> Path:
    """A ferry terminal security log, Courier 8: each block headed by bare words and their
    values on one line, "Ticket FT-24-01000" and "Opened 04/01/2024 10:09" set far right,
    then indented "Nature:", "Place:", "Result:" and "Remarks:" lines, the remarks long
    prose wrapped onto lines indented like a tab."""
    lines: list[str] = []
    for r in incidents(n):
        lines += [f"Ticket FT-{r['no']}".ljust(70) + f"Opened {r['date']} {r['time']}",
                  f"  Nature: {r['type']}", f"  Place: {r['address']}", f"  Result: {r['dispo']}"]
        remarks = textwrap.wrap(f"Remarks: {r['summary']} Terminal staff were told at the gate.", 70)
        lines += ["  " + remarks[0]] + ["          " + t for t in remarks[1:]] + [""]

    def header(c, page: int) -> float:
        c.drawString(30, 760, f"EASTPORT FERRY TERMINAL SECURITY - TICKET LOG   sheet {page}")
        return 740
    return flowed_lines(path, lines, header, font=("Courier", 8), x=30)


BOOKLET = {f.__name__: f for f in (booklet_call_register, bare_headed_blocks_with_remarks)}
