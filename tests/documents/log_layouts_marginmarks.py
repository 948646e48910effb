"""Generated logs with a reviewer's marks in the left margin beside some narrative lines
(see ``log_layouts``): a weekly digest of lead lines over wrapped narratives."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

MARKED_EVERY = 3        # every third occurrence was reviewed: its narrative lines marked
MARKS = ("s.40(2), s.43(2)", "s.40(2), s.31(1)")


def ranger_digest_marks_in_margin(path: Path, n: int) -> Path:
    """A country park's ranger digest, Helvetica 9, days under bold headings: a lead line
    per occurrence (`PKR/24/7100`, the type in capitals, `01.04.2024 10:09`, the area) over
    a narrative set in, its first line opening with the address. Every third narrative was
    reviewed by a partner authority, whose marks `s.40(2), s.43(2)` or `s.40(2), s.31(1)`
    stand in the left margin, small, beside its second and third lines (reaching under the
    numbers' column: the text layer sets those entries a few columns deeper): the second
    goes on with a wrapped sentence (naming a withheld "case no." on some), the third opens
    with the partner's file number (`EET-24-0NNN`) or the rest of the sentence, and a
    fourth line ends it. Lines in italics between occurrences count ones withheld in full
    (no number). A release stamp with a running number at every page's foot."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    sheet = [0]

    def top() -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, 760, "GREYWATER COUNTRY PARK RANGER SERVICE - OCCURRENCE DIGEST")
        c.setFont("Helvetica", 9)
        c.drawString(36, 748, "Week of 1-7 April 2024 - released with exemptions marked by the partner authority")
        return 722

    def foot() -> None:
        sheet[0] += 1
        c.setFont("Helvetica", 8)
        c.drawString(36, 40, f"Release under the access to information scheme    GCP-REL-{4400 + sheet[0]:05d}")
        c.showPage()

    y, day = top(), None
    for i, r in enumerate(rows):
        marked = i % MARKED_EVERY == 1
        if y < 120:
            foot()
            y = top()
        if r["date"] != day:
            day = r["date"]
            c.setFont("Helvetica-Bold", 9)
            c.drawString(36, y - 6, f"DAY {int(day[3:5])} - {day[3:5]}.{day[:2]}.{day[6:]}")
            y -= 22
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y, f"PKR/24/{7100 + i}")
        c.setFont("Helvetica", 9)
        c.drawString(140, y, r["type"].upper())
        c.drawString(380, y, f"{day[3:5]}.{day[:2]}.{day[6:]} {r['time']}")
        c.drawString(470, y, r["address"].split(" ", 1)[1])
        lines = [f"{r['address']} - rangers attended after a call about {r['type'].lower()} and spoke"]
        if marked:      # the partner's file number opens a marked line, the sentence runs on below
            withheld = "name and case no. are" if i % 4 == 1 else "name is"      # a title naming a case field?
            lines.append(f"with the caller, whose {withheld} withheld; the matter was shared with the team as")
            lines.append(f"EET-24-{300 + i:04d} and the partner's notes are not reproduced in this copy of the" if i % 2 else
                         "part of its own file and the partner's notes are not reproduced in this copy of the")
            lines.append(f"digest. Outcome: {r['dispo']}.")
        else:
            lines.append(f"with the caller. Outcome: {r['dispo']}.")
        for k, text in enumerate(lines):
            y -= 11
            c.drawString(76, y, text)
            if marked and k in (1, 2):
                c.setFont("Helvetica", 6.5)      # small, reaching under the numbers' column
                c.drawString(18, y + 1, MARKS[(i // MARKED_EVERY) % 2])
                c.setFont("Helvetica", 9)
        y -= 14
        if i % 9 == 4:
            c.setFont("Helvetica-Oblique", 9)
            c.drawString(74, y, "~ 2 further occurrences withheld in full - not numbered in this copy ~")
            y -= 14
    foot()
    c.save()
    return path


MARGIN_MARKS = {f.__name__: f for f in (ranger_digest_marks_in_margin,)}
