"""Generated logs (see ``log_layouts``): a landscape custody and summons sheet, one row per
occurrence, its subjects side by side in three columns of their own, every cell stacked
(the occurrence number over its date and hour, the place over the outcome, each subject
over a custody or summons number over one offence a line)."""
from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

FONT, SIZE, LINE = "Helvetica", 7, 9
OFFENCES = ["Criminal damage", "Drunk and disorderly", "Public order offence", "Possession of cannabis",
            "Theft from shop", "Common assault", "Failing to stop", "Driving without insurance",
            "Breach of the peace", "Obstructing a constable", "Going equipped", "Handling stolen goods"]
TOWNS = ["Pellow", "Tregarth", "Mousehole Cross", "Lanvean", "St Keverne", "Polgrain"]
STREETS = ["Quayside Row", "Chapel Hill", "Fore St", "Harbour Terrace", "Mill Lane", "Bosvean Rd"]
OUTCOMES = ["Custody - charged", "Summons issued", "Custody - bailed", "Summons - file to court"]
# (title, left edge in points): the subjects' three columns take most of the page
COLUMNS = [("Occurrence / Logged / Hour", 30), ("Place / Outcome", 132), ("Subject 1", 262),
           ("Subject 2", 432), ("Subject 3", 602)]
RIGHT = 772
KEY = "gender age town / custody or summons ref. / offences"


def _occurrences(n: int) -> list[dict]:
    rnd = random.Random(4417)
    out, serial = [], 3100
    for i in range(n):
        serial += 1 + (i % 4 == 3)
        subjects = []
        for _ in range(rnd.choice((1, 1, 2, 3))):
            custody = rnd.random() < 0.6
            number = f"CUST K-{rnd.randrange(10000, 99999)}" + (f"  HOLD HD{rnd.randrange(10 ** 6, 10 ** 7)}"
                                                                 if rnd.random() < 0.5 else "") \
                if custody else f"SUMM SN{rnd.randrange(10 ** 7, 10 ** 8)}"
            subjects.append({"who": f"{rnd.choice(('Male', 'Female'))}, {rnd.randrange(18, 70)}, "
                                    f"{rnd.choice(TOWNS)}", "number": number,
                             "offences": rnd.sample(OFFENCES, rnd.choice((1, 2, 3)))})
        day, minute = 1 + i // 10, (i % 10) * 137 + rnd.randrange(60)
        out.append({"no": f"OC-24-{serial:05d}", "date": f"05/{day:02d}/2024",
                    "hour": f"{minute // 60 % 24:02d}{minute % 60:02d}",
                    "place": f"{rnd.randrange(2, 90)} {rnd.choice(STREETS)}",
                    "outcome": OUTCOMES[i % len(OUTCOMES)], "subjects": subjects})
    return out


def _header(c: canvas.Canvas, top: float) -> float:
    c.setFont("Helvetica-Bold", 10)
    c.drawString(30, top, "PENWITH COAST CONSTABULARY - CUSTODY AND SUMMONS SHEET")
    c.setFont(FONT, 8)
    c.drawRightString(RIGHT, top, "Week of 1 May 2024")
    y = top - 22
    c.setFont("Helvetica-Bold", SIZE)
    for title, x in COLUMNS:
        c.drawString(x + 3, y, title)
    c.setFont("Helvetica-Oblique", SIZE - 1)
    for _, x in COLUMNS[2:]:
        c.drawString(x + 3, y - LINE, KEY)
    c.line(30, y - LINE - 4, RIGHT, y - LINE - 4)
    return y - LINE - 4


def sheet_of_subjects_side_by_side(path: Path, n: int) -> Path:
    """Penwith Coast Constabulary's custody and summons sheet: landscape, Helvetica 7, the
    titles ``Occurrence / Logged / Hour``, ``Place / Outcome``, ``Subject 1`` .. ``Subject 3``
    over every page with an italic key line under the subjects' titles, vertical rules
    between the cells, a rule under each occurrence. A row's cells are stacked: the number
    ``OC-24-NNNNN`` (bold) over ``05/dd/2024`` over ``HHMM``; the place over the outcome;
    each subject (``Female, 27, Tregarth``) over ``CUST K-NNNNN  HOLD HDNNNNNNN`` or
    ``SUMM SNNNNNNNNN`` over one offence a line, an unused subject cell printing ``(none)``.
    The custody numbers of two or three subjects stand level on the row's second line. The
    sheet closes with ``Occurrences: N   Subjects: S   Custody: C   Summons: M``."""
    rows = _occurrences(n)
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    _, height = landscape(letter)
    y = _header(c, height - 30)
    page = 1
    for r in rows:
        lines = max(3, max((2 + len(s["offences"]) for s in r["subjects"]), default=1))
        if y - lines * LINE - 4 < 50:
            c.setFont(FONT, 6)
            c.drawString(30, 30, f"Penwith Coast Constabulary - subjects are not named - page {page}")
            c.showPage()
            page += 1
            y = _header(c, height - 30)
        top = y - LINE
        c.setFont("Helvetica-Bold", SIZE)
        c.drawString(COLUMNS[0][1] + 3, top, r["no"])
        c.setFont(FONT, SIZE)
        c.drawString(COLUMNS[0][1] + 3, top - LINE, r["date"])
        c.drawString(COLUMNS[0][1] + 3, top - 2 * LINE, r["hour"])
        c.drawString(COLUMNS[1][1] + 3, top, r["place"])
        c.setFont("Helvetica-Oblique", SIZE)
        c.drawString(COLUMNS[1][1] + 3, top - LINE, r["outcome"])
        c.setFont(FONT, SIZE)
        for k, (_, x) in enumerate(COLUMNS[2:]):
            if k >= len(r["subjects"]):
                c.drawString(x + 3, top, "(none)")
                continue
            s = r["subjects"][k]
            for j, text in enumerate([s["who"], s["number"], *s["offences"]]):
                c.drawString(x + 3, top - j * LINE, text)
        bottom = y - lines * LINE - 4
        for _, x in COLUMNS[1:]:
            c.line(x, y, x, bottom)
        c.line(30, bottom, RIGHT, bottom)
        y = bottom
    subjects = [s for r in rows for s in r["subjects"]]
    custody = sum(1 for s in subjects if s["number"].startswith("CUST"))
    c.setFont(FONT, SIZE)
    c.drawString(30, y - 16, f"Occurrences: {len(rows)}   Subjects: {len(subjects)}   Custody: {custody}   "
                             f"Summons: {len(subjects) - custody}")
    c.setFont(FONT, 6)
    c.drawString(30, 30, f"Penwith Coast Constabulary - subjects are not named - page {page}")
    c.showPage()
    c.save()
    return path


SUBJECTS = {f.__name__: f for f in (sheet_of_subjects_side_by_side,)}
