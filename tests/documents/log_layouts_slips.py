"""Generated logs of labelled slips (see ``log_layouts``): a counter printer's narrow slips
in capitals, one short label opening each line, and a form whose label column holds a
second labelled pair beside the number."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import STREETS, incidents
from reportlab.pdfgen import canvas

HOW = ("PHONE REPORT", "WALK IN", "PATROL VIEW")      # how each call came in: words that recur in values
WIDTH = 30          # characters a slip line


def _slip(r: dict, i: int) -> list[str]:
    cross = STREETS[(i + 2) % len(STREETS)].upper()
    pairs = [("EVENT", f"KP{r['no']}"), ("TIME", f"{r['date'][:6]}{r['date'][-2:]} {r['time']}"),
             ("NATURE", f"{r['type'].upper()} - {HOW[i % len(HOW)]}"),
             ("SITE", f"{STREETS[i % len(STREETS)].upper()} & {cross}" if i % 2 else r["address"].upper()),
             ("RESULT", r["dispo"].upper())]
    lines = []
    for label, value in pairs:
        first, *rest = textwrap.wrap(f"{label} {value}", WIDTH, subsequent_indent="      ")
        lines += [first, *rest]
    return lines + [f"UNIT {20 + i % 9} REF 24{4000000 + 37 * i:08d}", "-" * WIDTH]


def counter_slips_one_label_a_line(path: Path, n: int) -> Path:
    """Courier 7 on a 2.5 inch wide page: slips between dashed rules, a short label in
    capitals opening each line one space before its value ("NATURE BURGLARY - PHONE REPORT",
    "SITE MAIN ST & PINE RD"), long values wrapped onto an indented line; the last line holds
    two labels ("UNIT 24 REF 2404000148"). The values' words recur in slip after slip."""
    c = canvas.Canvas(str(path), pagesize=(180, 792))
    y = 770
    c.setFont("Courier", 7)
    c.drawString(8, y, "KESTON PARK PD [invented]")
    y -= 9
    c.drawString(8, y, "COUNTER SLIPS APR 2024")
    y -= 14
    for i, r in enumerate(incidents(n)):
        for line in _slip(r, i):
            if y < 30:
                c.showPage()
                c.setFont("Courier", 7)
                y = 770
            c.drawString(8, y, line)
            y -= 9
    c.drawString(8, y - 9, f"SLIPS {n}")
    c.save()
    return path


def label_column_second_pair_beside_the_number(path: Path, n: int) -> Path:
    """Courier 9 forms, a label column with a colon ("FILE #:", "NATURE:", "SITE:",
    "OFFENSE TIME:", "RESULT:", "BADGE:") and the values at one position; the number's line
    holds a second labelled pair beside it after a wide gap ("ENTERED: 04/01/2024 10:09");
    every third offence time reads "unknown", the others a span "from to to"."""
    c = canvas.Canvas(str(path))
    y = 760
    c.setFont("Courier", 9)
    for i, r in enumerate(incidents(n)):
        if y < 120:
            c.showPage()
            c.setFont("Courier", 9)
            y = 760
        start = f"{r['time'][:2]}:00"      # the top of the reported hour: a span up to the report
        when = "unknown" if i % 3 == 2 else f"{r['date']} {start} to {r['date']} {r['time']}"
        lines = [f"FILE #:        {r['no']}      ENTERED: {r['date']} {r['time']}", f"NATURE:        {r['type']}",
                 f"SITE:          {r['address']}", f"OFFENSE TIME:  {when}", f"RESULT:        {r['dispo']}",
                 f"BADGE:         #{400 + i % 37}"]
        for line in lines:
            c.drawString(40, y, line)
            y -= 11
        y -= 11
    c.save()
    return path


SLIPS = {f.__name__: f for f in (counter_slips_one_label_a_line, label_column_second_pair_beside_the_number)}
