"""Generated logs of ``KEY=value`` lines (see ``log_layouts``): a dispatch export of one
line of pairs per call, wrapped onto marked continuation lines, with idle lines between."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def key_value_export_lines(path: Path, n: int) -> Path:
    """Courier, one call a line: "2024-04-01 10:09 LN=400123 CALL=24-01000 TYPE="Burglary"
    ADDR="100 Main St" RESULT="Report taken" [REF=C24-500]"; a bare six-digit line counter
    on every line (not the number); lines over 96 characters wrap at a space onto lines
    starting "   + ", so a quoted value can be cut; "LN=... STATE=IDLE" lines between calls
    are no calls."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Courier", 8)

    def header(page: int) -> float:
        c.drawString(36, 760, f"METRO DISPATCH EXPORT   keys: LN CALL TYPE ADDR RESULT [REF]   part {page}")
        return 740

    page, y, counter = 1, header(1), 400100
    lines: list[str] = []
    for i, r in enumerate(rows):
        mm, dd, yyyy = r["date"].split("/")
        counter += 3 + i % 5
        if i % 7 == 3:
            lines.append(f"{yyyy}-{mm}-{dd} {r['time']} LN={counter - 1} STATE=IDLE links=2")
        ref = f" REF={r['case']}" if r["case"] else ""
        line = (f'{yyyy}-{mm}-{dd} {r["time"]} LN={counter} CALL={r["no"]} TYPE="{r["type"]}" '
                f'ADDR="{r["address"]}" RESULT="{r["dispo"]}"{ref}')
        first, *rest = textwrap.wrap(line, 96, break_on_hyphens=False)
        lines += [first] + ["   + " + x for x in rest]
    for line in lines:
        if y < 50 and not line.startswith("   +"):
            c.showPage()
            c.setFont("Courier", 8)
            page += 1
            y = header(page)
        c.drawString(36, y, line)
        y -= 11
    c.save()
    return path


PAIRS = {f.__name__: f for f in (key_value_export_lines,)}
