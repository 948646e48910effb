"""Generated logs followed by another service's table (see ``log_layouts``): a weekly paper's
police log set as a table, then, right after its last row, a smaller table of the rescue
squad's calls under its own title and the same column titles, its numbers of the log's shape
from a range of their own."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_TITLES = f"{'Entry':<16}{'When':<18}{'Nature':<19}{'Street':<17}Result"
ROWS_FIRST = 44         # log rows on the first page


def weekly_paper_log_then_rescue_table(path: Path, n: int) -> Path:
    """The Marlow Quay Packet, Courier 7: the ``WEEKLY POLICE LOG`` table (Entry | When |
    Nature | Street | Result, numbers ``MQ24-1103`` rising by a few), jumped to page 2 under ``POLICE LOG, continued``
    with the column titles again; right after its last row ``RESCUE SQUAD`` over the
    same column titles and 8 rows numbered ``MQ24-86NN`` over the same days (not records);
    then ``Police entries: n.  Rescue calls: 8.``"""
    rnd = random.Random(41)
    rows = incidents(n)
    number = 1103
    log = []
    for r in rows:
        log.append(f"{'MQ24-' + str(number):<16}{r['date'][:5] + ' ' + r['time']:<18}{r['type']:<19}"
                   f"{r['address']:<17}{r['dispo']}")
        number += rnd.randrange(1, 4)
    calls = ("Lift assist", "Chest pains", "Fall injury", "Water rescue")
    rescue = []
    serial = 8604
    for k in range(8):
        rescue.append(f"{'MQ24-' + str(serial):<16}{f'04/{1 + k * 6 // 8:02d} {rnd.randrange(24):02d}:{rnd.randrange(60):02d}':<18}"
                      f"{calls[k % len(calls)]:<19}{str(20 + 7 * k) + ' Quay Rd':<17}Transported")
        serial += rnd.randrange(2, 6)
    right1 = ["#WEEKLY POLICE LOG", _TITLES] + log[:ROWS_FIRST] + ["", "See POLICE LOG, page 2"]
    right2 = (["#POLICE LOG, continued", _TITLES] + log[ROWS_FIRST:] + ["#RESCUE SQUAD", _TITLES] + rescue
              + ["", f"Police entries: {n}.  Rescue calls: {len(rescue)}."])
    c = canvas.Canvas(str(path), pagesize=letter)
    for page, right in enumerate((right1, right2), 1):
        c.setFont("Courier-Bold", 9)
        c.drawString(40, 760, f"THE MARLOW QUAY PACKET      Week of April 1, 2024      Page {page}")
        y = 735
        for text in right:
            c.setFont("Courier-Bold" if text.startswith("#") else "Courier", 7)
            c.drawString(40, y, text.lstrip("#"))
            y -= 9
        c.showPage()
    c.save()
    return path


OTHER_TABLE = {f.__name__: f for f in (weekly_paper_log_then_rescue_table,)}
