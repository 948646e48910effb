"""Generated logs kept per occasion (see ``log_layouts``): one table cut into sections, each
under a heading line that gives the occasion's date and the column titles printed again,
closed by a tally line; the rows print the time only."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

LINES_PER_PAGE = 34
SECTION_SIZES = (11, 9, 13, 8, 12)      # rows per function, in turn
HEADER = f"{'Hour Ticket No. Place':<34}{'Category':<22}{'Outcome':<20}Sheriff Ref"
WINGS = ("Hall B Bay 12", "Foyer", "Dock 3", "Hall A Bay 4", "Mezzanine")


def convention_functions_dated_by_heading(path: Path, n: int) -> Path:
    """A convention centre's guard service summary, landscape Courier 8: per function a
    heading `FUNCTION F/24/031   Thu 04/04/2024   Spring Trade Expo   Doors 08:00   Guests
    1,204`, the titles `Hour Ticket No. Place ...` printed again under it (the first three one
    space apart, flush over cells one space apart: `0915 CV24-00417 Foyer`), the rows, then
    `Function total: K occurrences (removed R, detained D)`. The rows carry no date: it is
    the heading's. A function's rows run on over a page break without the titles; a
    sheriff's reference `SO 24-5512` beside some rows is a related number. The summary ends
    `Occurrences on this summary: N      Year to date: M occurrences`, M larger than N."""
    rows = incidents(n)
    lines: list[str] = []
    k = start = 0
    while start < n:
        size = SECTION_SIZES[k % len(SECTION_SIZES)]
        chunk = rows[start:start + size]
        day = 4 + 7 * k
        date = f"04/{day:02d}/2024" if day <= 30 else f"05/{day - 30:02d}/2024"
        lines += [f"FUNCTION F/24/{31 + 3 * k:03d}   Thu {date}   "
                  f"Spring Trade Expo {k + 1}   Doors 08:00   Guests {1204 + 97 * k:,}", HEADER, "-" * 96]
        removed = detained = 0
        for j, r in enumerate(chunk):
            i = start + j
            clock = f"{9 + j:02d}{(7 * i) % 60:02d}"
            sheriff = f"SO 24-{5512 + 13 * i}" if i % 4 == 1 else ""
            removed += r["dispo"] == "Arrest"
            detained += bool(sheriff)
            lines.append(f"{clock} CV24-{417 + i:05d} {WINGS[i % len(WINGS)]:<17} {r['type']:<21} "
                         f"{r['dispo']:<19} {sheriff}".rstrip())
        lines += [f"Function total: {len(chunk)} occurrences (removed {removed}, detained {detained})", ""]
        start += size
        k += 1
    lines += [f"Occurrences on this summary: {n}      Year to date: {n + 388} occurrences"]
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    pages = [lines[p:p + LINES_PER_PAGE] for p in range(0, len(lines), LINES_PER_PAGE)]
    for number, page in enumerate(pages, 1):
        c.setFont("Courier-Bold", 9)
        c.drawString(30, 580, "RIVERBEND CONVENTION CENTRE - GUARD SERVICES [generated]")
        c.setFont("Courier", 8)
        c.drawString(30, 568, "Function Occurrence Summary - guests not named")
        y = 548
        for ln in page:
            c.drawString(30, y, ln)
            y -= 11
        c.drawString(30, 30, f"Summary page {number} of {len(pages)}")
        c.showPage()
    c.save()
    return path


OCCASIONS = {f.__name__: f for f in (convention_functions_dated_by_heading,)}
