"""Generated logs whose records carry rows of their own set in under them (see
``log_layouts``): an environmental-health complaint register printing a request number of
the file number's shape beside it and, under each file, its checks titled by the header's
indented second line."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

LINES_PER_PAGE = 34
CHAR = 4.5              # Courier 7.5's advance, in points
CONCERNS = ("Pest sighting in kitchen", "Grease trap overflow", "Unlabelled stock in cooler",
            "Hand basin blocked", "Cold room above limit", "Refuse bins left open")
RESULTS = ("Order served", "Complied - file shut", "Warning letter", "Under watch", "Referred to legal")
CHECKS = ("First check", "Second check", "Closing check", "Spot check")
FINDINGS = ("Issues found; order posted", "Put right", "Partly put right", "Nobody on site", "Still outstanding")


def health_register_checks_under_each_file(path: Path, n: int) -> Path:
    """Landscape Courier 7.5 register "File  Request  Logged  Premises  Lot ref.  Concern
    Outcome", a second title line set in under it ("Checked on  Check ref.  Kind of check
    Finding  By"), both repeated on every page. Each file's row opens with its number
    (`EH-24-3100`, rising) and, one space on, the public's request number of the same shape
    (`RQ-24-2977`); a lot reference (`4417-22-083`, all different, in no order) stands in
    its own column. Under each row one to three check rows are set in at the second title
    line's indent, the date one space from the check number (`V24/0611`); every fifth file
    adds a line at that indent naming a further request joined to it. The register ends
    `Files opened: N   Checks made: M`."""
    rows = incidents(n)
    rnd = random.Random(1109)
    lines: list[str] = []
    checks = 0
    for i, r in enumerate(rows):
        request = 2977 + i * 2 + rnd.randrange(2)
        lot = f"{rnd.randrange(1000, 9999)}-{rnd.randrange(10, 99)}-{rnd.randrange(100, 999)}"
        lines.append(f"EH-24-{3100 + i * 3 + rnd.randrange(3)} RQ-24-{request} {r['date']}\t"
                     f"{r['address']:<18}{lot:<14}{CONCERNS[i % len(CONCERNS)]:<28}{RESULTS[i % len(RESULTS)]}")
        day = int(r["date"][3:5])
        for k in range(1 + (i * 7) % 3):
            checks += 1
            lines.append(f"             04/{min(28, day + 2 + 5 * k):02d}/2024 V24/{600 + checks:04d}   "
                         f"{CHECKS[(i + k) % len(CHECKS)]:<16}{FINDINGS[(i + 2 * k) % len(FINDINGS)]:<30}"
                         f"Off. {20 + (i + k) % 9}")
        if i % 5 == 4:
            lines.append(f"             Further request RQ-24-{request + 1} logged {r['date']} - joined to this file")
    lines += ["", f"Files opened: {n}            Checks made: {checks}"]
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for page, start in enumerate(range(0, len(lines), LINES_PER_PAGE), 1):
        c.setFont("Courier", 7.5)
        y = 580
        for text in ("TOWNSHIP OF ELLSMERE - ENVIRONMENTAL HEALTH OFFICE [invented]",
                     "Food premises complaint register - files opened April 2024 - printed 05/02/2024",
                     "File       Request    Logged      Premises          Lot ref.      Concern"
                     "                    Outcome",
                     "             Checked on Check ref. Kind of check   Finding                       By",
                     "=" * 120):
            c.drawString(30, y, text)
            y -= 11
        for text in lines[start:start + LINES_PER_PAGE]:
            head, _, rest = text.partition("\t")       # the row's place drawn apart, a gap before it
            c.drawString(30, y, head)
            c.drawString(30 + 35 * CHAR, y, rest)
            y -= 11
        c.drawString(30, 30, f"EH-REGISTER   Released under the public records act        Page {page}")
        c.showPage()
    c.save()
    return path


VISIT_ROWS = {f.__name__: f for f in (health_register_checks_under_each_file,)}
