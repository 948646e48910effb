"""Generated logs (see ``log_layouts``) printed by a program whose record is wider than the
printer's line: what lies past the line's last position comes out on the next line from its
first position (a spill line), the column titles spilling the same way. A record with a
value in its last column takes two lines, the second holding that value alone at the
margin, where the record numbers stand (some of those values are numbers of the records'
own series, an earlier year's): the row's last column, no record."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

_WIDTH = 112        # positions of the printer's line; the record takes 126
_ROW = "{:<12}{:<15}{:<19}{:<34}{:<6}{:<20}{:<6}"
_TITLES = _ROW.format("INCIDENT NO", "LOGGED", "CALL TYPE", "ADDRESS", "BEAT", "OUTCOME", "") + "CROSS REF"


def _spilled(text: str) -> list[str]:
    """The line as the printer prints it: its positions past the line's width on a line of
    their own from the first position."""
    head, rest = text[:_WIDTH].rstrip(), text[_WIDTH:].strip()
    return [head, rest] if rest else [head]


def harbor_listing_spilled_cross_reference(path: Path, n: int) -> Path:
    """A harbour patrol's call listing in Courier, landscape: the report's name, job and page
    number, a run line, the column titles with the last one (``CROSS REF``) spilled alone
    onto the line under them, a rule, then one row per incident (``HB24-NNNNN``, logged
    ``MM/DD/YY HH:MM``, call type, address, beat, outcome). Every third incident has a cross
    reference spilled onto the next line at the margin: a coast guard case ``USCG 24-NNNNN``,
    a fire report ``FR-24-NNNN`` or last year's incident of the same series ``HB23-NNNNN``.
    The last page closes with the job's line (calls listed, lines spilled, job number) under
    a blank line: no text of the last row."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    per_page = 34
    pages = (n + per_page - 1) // per_page
    for p in range(pages):
        c.setFont("Courier", 8)
        c.drawString(30, 580, f"HBP220   PORT OF KESTREL HARBOR PATROL   CALLS FOR SERVICE LISTING"
                              f"   JOB 22817   PAGE {p + 1:4d}")
        c.drawString(30, 569, "RUN 04/11/24   PERIOD 04/01/24 - 04/10/24")
        y = 550
        for line in _spilled(_TITLES):
            c.drawString(30, y, line)
            y -= 10
        c.drawString(30, y, "=" * _WIDTH)
        y -= 12
        for i, r in enumerate(rows[p * per_page:(p + 1) * per_page], start=p * per_page):
            mm, dd, yyyy = r["date"].split("/")
            ref = {0: f"USCG 24-{40100 + i}", 1: f"FR-24-{2200 + i}", 2: f"HB23-{i * 7 + 301:05d}"}[i // 3 % 3] \
                if i % 3 == 1 else ""
            beat = f"B{1 + i % 4}"
            row = _ROW.format(f"HB{r['no']}", f"{mm}/{dd}/{yyyy[2:]} {r['time']}", r["type"].upper(),
                              r["address"].upper(), beat, r["dispo"].upper(), "") + ref
            for line in _spilled(row):
                c.drawString(30, y, line)
                y -= 10
        if p == pages - 1:      # the job's closing line under a blank line: what it printed
            c.drawString(30, y - 10, f"-- END OF CALL LISTING --     CALLS LISTED {n:05d}     SPILLED LINES "
                                     f"{(n + 1) // 3:05d}     JOB 22817 ENDED")
        c.showPage()
    c.save()
    return path


SPILLOVER = {f.__name__: f for f in (harbor_listing_spilled_cross_reference,)}
