"""Generated logs pasted into an e-mail and soft-wrapped by the mail program (see
``log_layouts``): an entry's last words on a short line of their own at the margin."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

WRAP = 64               # the mail program's line width
LINES_PER_PAGE = 56
OUTCOMES = ["Report taken, owner to list items", "Cleared, no further action",
            "Referred to day shift detectives", "Caller advised and satisfied"]


def quay_mail_summary_soft_wrapped(path: Path, n: int) -> Path:
    """A harbour patrol's night summary as a printed e-mail, Courier 9: From/Sent/Subject
    lines, then one entry a paragraph, parts set apart by `;` with no space,
    `QP24-00300;04/01/2024 10:09;Burglary;100 Main St;P10;Report taken, owner to list items`,
    wrapped by the mail program at 64 characters (at spaces only), so every entry ends on
    a second line at the margin: the street word and the rest ("Ave;P11;Cleared, ...") or,
    where the break falls in the outcome, words alone ("taken, owner to list items",
    "advised and satisfied") shaped like a category heading over the next entry; a blank
    line between entries, a signature at the end."""
    rows = incidents(n)
    lines = ["From:    Night Patrol Sergeant", "Sent:    Saturday, April 13, 2024 7:02 AM",
             "Subject: Harbour patrol night summary", ""]
    for i, r in enumerate(rows):
        entry = f"QP24-{300 + i:05d};{r['date']} {r['time']};{r['type']};{r['address']};P{10 + i % 7};{OUTCOMES[i % 4]}"
        lines += textwrap.wrap(entry, WRAP, break_long_words=False) + [""]
    lines += ["Sgt. R. Ellery", "Harbour Patrol, night shift"]
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(lines), LINES_PER_PAGE):
        c.setFont("Courier", 9)
        y = 750
        for line in lines[start:start + LINES_PER_PAGE]:
            c.drawString(40, y, line)
            y -= 12
        c.showPage()
    c.save()
    return path


SOFT_WRAPS = {f.__name__: f for f in (quay_mail_summary_soft_wrapped,)}
