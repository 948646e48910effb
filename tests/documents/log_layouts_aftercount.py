"""Generated logs closed by their own count line, another titled table after it (see
``log_layouts``): a watch report whose call log is one titled table among others, the table
after its count in the same column titles, its numbers of the same shape from another range."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_TITLES = f"{'Ref':<11}{'Received':<19}{'Call Type':<20}{'Address':<19}{'Unit':<7}Outcome"


def watch_report_citations_table_after_counted_log(path: Path, n: int) -> Path:
    """A township police watch report, Courier 8: ``LOG OF CALLS`` under a title line, its
    column titles (Ref | Received | Call Type | Address | Unit | Outcome) repeated atop each
    page it reaches, rows in number and time order, closed by ``Calls this watch: n``; right
    after it ``CITATIONS ISSUED``, a table in the same column titles whose rows read like
    calls (a date and time, a violation, an address, a unit, ``Issued, ticket T-NNNN``) and
    whose Ref column holds numbers of the log's shape from a lower range, in no order;
    ``Citations written: k``; then a ``SHIFT NOTES`` line."""
    rnd = random.Random(29)
    rows = incidents(n)
    cited = rnd.sample(range(310, 690), 9)
    violations = ("Speeding", "Stop sign", "Expired tag", "No insurance", "Open container")
    lines: list[tuple[str, str]] = [("", "#LOG OF CALLS"), ("log", _TITLES)]
    lines += [("log", f"{r['no']:<11}{r['date'] + ' ' + r['time']:<19}{r['type']:<20}{r['address']:<19}"
                      f"{'U' + str(11 + i % 7):<7}{r['dispo']}") for i, r in enumerate(rows)]
    lines += [("", f"Calls this watch: {n}"), ("", "#CITATIONS ISSUED"), ("cited", _TITLES)]
    for k, number in enumerate(cited):
        day, hour, minute = 1 + k * 9 // len(cited), rnd.randrange(24), rnd.randrange(60)
        lines.append(("cited", f"{'24-' + format(number, '05d'):<11}{f'04/{day:02d}/2024 {hour:02d}:{minute:02d}':<19}"
                               f"{violations[k % len(violations)]:<20}{str(200 + 30 * k) + ' Heron Ave':<19}"
                               f"{'U' + str(12 + k % 5):<7}Issued, ticket T-{4100 + 37 * k}"))
    lines += [("", f"Citations written: {len(cited)}"), ("", "#SHIFT NOTES"),
              ("", "Gate at the east lot left open; checked twice.")]

    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0.0, 0
    for table, text in lines:
        if y < 60:
            if page:
                c.drawString(40, 36, f"Larkspur Township Police - watch report - page {page}")
                c.showPage()
            page += 1
            c.setFont("Courier", 8)
            c.drawString(40, 756, "LARKSPUR TOWNSHIP POLICE DEPARTMENT - WATCH REPORT, APRIL 2024")
            y = 730
            if page > 1 and table and text != _TITLES:
                c.drawString(40, y, _TITLES)
                y -= 11
        if text.startswith("#"):
            c.setFont("Courier-Bold", 8)
            c.drawString(40, y, text[1:])
            c.setFont("Courier", 8)
        else:
            c.drawString(40, y, text)
        y -= 11
    c.drawString(40, 36, f"Larkspur Township Police - watch report - page {page}")
    c.save()
    return path


AFTER_COUNT = {f.__name__: f for f in (watch_report_citations_table_after_counted_log,)}
