"""Generated logs printing one block per report rather than per incident (see ``log_layouts``):
an incident written up by several crew members prints each member's report in a block of its
own, one after the other, each repeating the incident's number, time, kind and place."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_REPORTS = (1, 2, 1, 3, 1, 1, 2)        # reports written on each incident, in turn
_ACTIONS = ("Verbal direction", "Guided by the arm", "Handcuffed", "Held at the door", "Escorted off")
_MEMBERS = ("R. Okafor", "T. Lindqvist", "M. Abara", "J. Petrosyan", "S. Whitcombe", "D. Nakamura")
PER_PAGE = 6


def transit_crew_reports_per_member(path: Path, n: int) -> Path:
    """A transit authority's intervention register, Helvetica 9, six blocks a page. Each block
    is one crew member's report: a bold heading with the report's own number (``CREW STATEMENT
    CS2024/0412``) and its place among the event's reports at the right (``(part 2/3)``), then
    ``Event No.`` (``LRT-2024-1003``) and ``When`` on one line, ``Category`` and ``Crew
    Member``, ``Site`` and ``Hold Used``, ``Outcome``. An event with several reports prints
    them one after the other, the event's number, time, category, site and outcome repeated,
    the crew member and the hold differing. Closes with ``Statements: S   Events: N``."""
    blocks = []
    statement = 400
    for i, r in enumerate(incidents(n)):
        parts = _REPORTS[i % len(_REPORTS)]
        for p in range(parts):
            statement += 1
            blocks.append((r, f"CS2024/{statement:04d}", p + 1, parts, _MEMBERS[(i * 3 + p * 5) % len(_MEMBERS)],
                           _ACTIONS[(i + p) % len(_ACTIONS)]))
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(blocks), PER_PAGE):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 765, "LAKESHORE REGIONAL TRANSIT AUTHORITY - INTERVENTION REGISTER")
        y = 735
        for r, ref, part, parts, member, action in blocks[start:start + PER_PAGE]:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, f"CREW STATEMENT {ref}")
            c.drawString(470, y, f"(part {part}/{parts})")
            c.setFont("Helvetica", 9)
            event = f"LRT-2024-{int(r['no'][3:]):04d}"
            for k, (left, right) in enumerate((
                    (f"Event No.: {event}", f"When: {r['date']} {r['time']}"),
                    (f"Category: {r['type']}", f"Crew Member: {member}"),
                    (f"Site: {r['address']}", f"Hold Used: {action}"),
                    (f"Outcome: {r['dispo']}", ""))):
                c.drawString(40, y - 12 * (k + 1), left)
                c.drawString(320, y - 12 * (k + 1), right)
            y -= 90
        if start + PER_PAGE >= len(blocks):
            c.drawString(40, y - 10, f"Statements: {len(blocks)}   Events: {n}")
        c.drawString(480, 40, f"Page {start // PER_PAGE + 1}")
        c.showPage()
    c.save()
    return path


PER_REPORT = {f.__name__: f for f in (transit_crew_reports_per_member,)}
