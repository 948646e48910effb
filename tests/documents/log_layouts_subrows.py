"""Generated logs printed one row per part of an incident (see ``log_layouts``): the
incident's number, date, place and type on its first row only, the rows of its other parts
beneath blank there, each part with a number of its own (more of them than incidents)."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

LINES_PER_PAGE = 40
_CRAFT = ("sailboat", "jet ski", "pontoon", "trawler", "dinghy", "cabin cruiser")
_HARM = ("none", "bruised", "hospital", "none", "none")


def marina_mishaps_one_row_per_craft(path: Path, n: int) -> Path:
    """A lake patrol's mishap register, landscape, Courier 8: `Mishap #  When  Where  What
    Craft  Hurt  Boarding  Impound` over rows of fixed-width cells. A mishap's number
    (`LP-24-2100`), date and time, place and kind stand on its first craft's row only; its
    other one to three craft follow on rows blank in those cells. Most craft carry
    a boarding-slip number (eight digits, rising) and some an impound number (`IMP-24-30NN`):
    more boarding slips than mishaps, all different."""
    rows = incidents(n)
    rnd = random.Random(41)
    slip, impound = 60010400, 3000
    lines: list[str] = []
    for i, r in enumerate(rows):
        r["ref"] = f"LP-24-{2100 + i}"
        r["slips"], r["impounds"] = [], []
        for k in range(1 + (i % 3 != 0) + (i % 5 == 1) + (i % 7 == 2)):
            slip += rnd.randrange(1, 9)
            board = f"{slip}" if rnd.random() < 0.75 else ""
            imp = f"IMP-24-{impound:04d}" if rnd.random() < 0.3 else ""
            if imp:
                impound += 1
                r["impounds"].append(imp)
            if board:
                r["slips"].append(board)
            craft = f"C{k + 1} {_CRAFT[(i + k) % len(_CRAFT)]}"
            head = f"{r['ref']:<13}{r['date']} {r['time']}  {r['address']:<22}{r['type']:<20}" if k == 0 else " " * 73
            lines.append(f"{head}{craft:<18}{_HARM[(i + k) % len(_HARM)]:<10}{board:<10}{imp}")
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    pages = []
    chunk: list[str] = []
    for ln in lines:        # a mishap's rows kept on one page
        if not ln.startswith(" ") and len(chunk) >= LINES_PER_PAGE - 4:
            pages.append(chunk)
            chunk = []
        chunk.append(ln)
    pages.append(chunk)
    for no, chunk in enumerate(pages, 1):
        c.setFont("Courier-Bold", 10)
        c.drawString(30, 580, "GREYWATER LAKE PATROL - MISHAP REGISTER (one row per craft)")
        c.setFont("Courier", 8)
        c.drawString(30, 560, f"{'Mishap #':<13}{'When':<18}{'Where':<22}{'What':<20}{'Craft':<18}{'Hurt':<10}"
                              f"{'Boarding':<10}Impound")
        c.drawString(30, 552, "=" * 130)
        y = 542
        for ln in chunk:
            c.drawString(30, y, ln)
            y -= 11
        c.drawString(30, 30, f"Register page {no} of {len(pages)}")
        c.showPage()
    c.save()
    return path


SUB_ROWS = {f.__name__: f for f in (marina_mishaps_one_row_per_craft,)}
