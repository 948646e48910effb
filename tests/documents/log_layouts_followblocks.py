"""Generated logs whose cases are followed up by later blocks citing their number again (see
``log_layouts``): one record per case, the follow-up blocks joined to it."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

LAG = 3             # a case's follow-up is written after this many newer cases opened
SKIP_EVERY = 6      # every sixth case has no follow-up


def harbour_register_follow_up_blocks(path: Path, n: int) -> Path:
    """A harbour patrol's register, Courier 8, blocks in order of writing: `Ref 24-01000
    ENTRY: INITIAL  Logged 04/01/2024 10:09`, then `Berth/Place:`, `Nature:`, `Skipper:` beside
    `Permit: MP-3300`, `Result:` and a rule. Most cases get a follow-up block three cases
    later, its first line laid out as the case's (`Ref 24-01000  ENTRY: FOLLOW-UP  Logged ...`,
    as many cells), then `Follow-up ref: 24-01000/F` and a line of remarks (every fourth citing
    a fine `FN88000`): shorter blocks, between other cases, nearly half the register's blocks."""
    rows = incidents(n)
    blocks: list[list[str]] = []
    for i, r in enumerate(rows):
        blocks.append([f"Ref {r['no']}            ENTRY: INITIAL              Logged {r['date']} {r['time']}",
                       f"Berth/Place: {r['address']}",
                       f"Nature: {r['type']:<28}          Skipper: vessel {i % 9 + 1} crew",
                       f"Moored since {r['date']}                        Permit: MP-{3300 + i}",
                       f"Result: {r['dispo']}",
                       "-" * 44])
        k = i - LAG
        if k >= 0 and k % SKIP_EVERY != SKIP_EVERY - 1:
            o = rows[k]
            fine = f"; fine FN{88000 + k} issued" if k % 4 == 0 else ""
            blocks.append([f"Ref {o['no']}            ENTRY: FOLLOW-UP            Logged {r['date']} 23:{k % 60:02d}",
                           f"Follow-up ref: {o['no']}/F",
                           f"Owner contacted at the berth{fine}.",
                           "-" * 44])
    c = canvas.Canvas(str(path), pagesize=letter)
    y, page = 0, 0
    for block in blocks:
        if y < 90 + 10 * len(block):
            if page:
                c.showPage()
            page += 1
            c.setFont("Courier-Bold", 9)
            c.drawString(40, 765, f"PORT OF LANVELLE HARBOUR PATROL - CASE REGISTER          Leaf {page}")
            c.setFont("Courier", 8)
            y = 740
        for line in block:
            c.drawString(40, y, line)
            y -= 10
    c.showPage()
    c.save()
    return path


FOLLOW_BLOCKS = {f.__name__: f for f in (harbour_register_follow_up_blocks,)}
