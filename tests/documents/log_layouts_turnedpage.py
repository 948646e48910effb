"""Generated logs of paragraphs with one page printed upside down (see ``log_layouts``): a
ferry authority's occurrence digest, a blank line between its paragraphs, whose second page
is drawn turned 180 degrees (its text comes in reading order, but without the blank lines),
closed by a register listing every occurrence again."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_PAGE = 8
TURNED = 2          # the page printed upside down


def _ref(i: int) -> str:
    return f"FA24-{412 + 2 * i:05d}"


def ferry_digest_page_upside_down(path: Path, n: int) -> Path:
    """Harwick Bay Ferry Authority's occurrence digest, Courier 9, eight paragraphs a page, a
    blank line between them: ``3. FA24-00416, 04/01/2024 at 10:09 - Burglary at 120 Main St.
    <summary> Outcome: Report Taken.`` wrapped at 78 characters, the lines after the first set
    in; every third cites the deck crew's statement (``Deck crew statement DCS-5137 filed.``,
    another series: related). Page 2 is drawn upside down (translated and rotated 180
    degrees). After a count line, a register relists every occurrence (reference, logged,
    kind, where, outcome), one a row: no new records."""
    rows = incidents(n)
    w, h = letter
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, n, PER_PAGE):
        page = start // PER_PAGE + 1
        if page == TURNED:
            c.translate(w, h)
            c.rotate(180)
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 765, f"HARWICK BAY FERRY AUTHORITY - OCCURRENCE DIGEST        leaf {page}")
        c.setFont("Courier", 9)
        y = 735
        for k, r in enumerate(rows[start:start + PER_PAGE]):
            i = start + k
            text = (f"{i + 1}. {_ref(i)}, {r['date']} at {r['time']} - {r['type']} at {r['address']}. "
                    f"{r['summary']}{_crew(i)} Outcome: {r['dispo']}.")
            for j, line in enumerate(textwrap.wrap(text, 78)):
                c.drawString(40 if j == 0 else 64, y, line)
                y -= 11
            y -= 11
        if start + PER_PAGE >= n:
            c.drawString(40, y - 11, f"Occurrences this digest: {n}")
        c.showPage()
    _index(c, rows)
    c.save()
    return path


def _crew(i: int) -> str:
    """Every third occurrence cites the deck crew's own statement, a number of its own series."""
    return f" Deck crew statement DCS-{5130 + 7 * i} filed." if i % 3 == 1 else ""


def _index(c, rows: list[dict]) -> None:
    """A closing register listing every occurrence again, one a row: no new records."""
    for start in range(0, len(rows), 40):
        c.setFont("Courier-Bold", 9)
        c.drawString(40, 765, "REGISTER OF OCCURRENCES (as told above)")
        c.setFont("Courier", 8)
        c.drawString(40, 750, f"{'Reference':<12}{'Logged':<18}{'Kind':<20}{'Where':<20}Outcome")
        y = 738
        for i, r in enumerate(rows[start:start + 40], start=start):
            c.drawString(40, y, f"{_ref(i):<12}{r['date'] + ' ' + r['time']:<18}{r['type']:<20}{r['address']:<20}"
                                f"{r['dispo']}")
            y -= 10
        c.showPage()


TURNED_PAGE = {f.__name__: f for f in (ferry_digest_page_upside_down,)}
