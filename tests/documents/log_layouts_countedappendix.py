"""Generated logs closed by their own total line, an appendix numbered from the same series
after it (see ``log_layouts``): a lake patrol's activity log, two lines an entry, then a
titled table of inspections whose numbers interleave with the log's own."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_LOG_TITLES = f"{'Ref No.':<13}{'Logged':<20}{'Berth/Place':<20}{'Matter':<20}Outcome"
_APPENDIX_TITLES = f"{'Ref No.':<13}{'Logged':<20}{'Permit':<10}{'Finding':<20}Berth/Place"


def lake_patrol_inspections_appendix_after_total(path: Path, n: int) -> Path:
    """A lake patrol's activity log, Courier 8, the entries filling a page: a row (Ref No. | Logged |
    Berth/Place | Matter | Outcome, numbers ``LK-24-0NNNN`` rising with gaps) over an indented
    ``Vessels: V1; V2 boarded`` line; after the last, ``Reports logged this period: n``; then,
    on a page of its own, a title ``BOARDINGS WITHOUT A REPORT - 12 checks, not matters`` and
    its own column titles (Ref No. | Logged | Permit | Finding | Berth/Place) over rows whose
    numbers were issued from the very same series, between and after the log's, in the same
    date and time shape."""
    rnd = random.Random(41)
    rows = incidents(n)
    issued = sorted(rnd.sample(range(2000, 2000 + 4 * n), n + 12))
    boarded = set(rnd.sample(range(len(issued)), 12))
    log_nos = [x for i, x in enumerate(issued) if i not in boarded]
    extra = [x for i, x in enumerate(issued) if i in boarded]
    findings = ("No life jackets", "Expired permit", "Wake zone", "No lights", "Overloaded")
    lines: list[str | None] = [_LOG_TITLES]
    for i, (r, no) in enumerate(zip(rows, log_nos)):
        lines.append(f"{f'LK-24-{no:05d}':<13}{r['date'] + ' ' + r['time']:<20}{r['address']:<20}{r['type']:<20}"
                     f"{r['dispo']}")
        lines.append(" " * 13 + "Vessels: " + "; ".join(f"V{k + 1}" + (" boarded" if (i + k) % 3 == 0 else "")
                                                          for k in range(1 + i % 3)))
    lines += ["", f"Reports logged this period: {n}", None,
              "BOARDINGS WITHOUT A REPORT - 12 checks, not matters", _APPENDIX_TITLES]
    for k, no in enumerate(extra):
        day, hour, minute = 1 + (no - 2000) * 7 // (4 * n), rnd.randrange(24), rnd.randrange(60)
        lines.append(f"{f'LK-24-{no:05d}':<13}{f'04/{day:02d}/2024 {hour:02d}:{minute:02d}':<20}{f'P-{7300 + 13 * k}':<10}"
                     f"{findings[k % len(findings)]:<20}{str(40 + 20 * k) + ' Shore Rd'}")

    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0.0, 0
    for text in lines:
        if y < 60 or text is None:
            if page:
                c.drawString(40, 36, f"Wren Lake Patrol - activity log - page {page}")
                c.showPage()
            page += 1
            c.setFont("Courier", 8)
            c.drawString(40, 756, "WREN LAKE MARINE PATROL - ACTIVITY LOG, APRIL 2024")
            y = 730
            if page > 1 and text is not None and text != _LOG_TITLES:
                c.drawString(40, y, _LOG_TITLES)
                y -= 11
            if text is None:
                continue
        c.drawString(40, y, text)
        y -= 11
    c.drawString(40, 36, f"Wren Lake Patrol - activity log - page {page}")
    c.save()
    return path


COUNTED_APPENDIX = {f.__name__: f for f in (lake_patrol_inspections_appendix_after_total,)}
