"""Generated logs numbering every paragraph in one series (see ``log_layouts``): a borough
watch digest whose numbered paragraphs are incidents, reminders to residents citing no
number, and follow-ups citing again the number of an incident told further up."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FOLLOW_EVERY = 6        # after every sixth incident, a follow-up on an incident told earlier
REMIND_EVERY = 9        # after every ninth, a reminder to residents (no number)


def _file_no(i: int) -> str:
    return f"FB-24-{2100 + 3 * i}"


def borough_digest_follow_ups_in_paragraph_series(path: Path, n: int) -> Path:
    """A borough watch's weekly digest, Times 10: day headings (``Tuesday 2 April 2024``),
    then paragraphs numbered through the week (``14) At 10:09 the watch logged file FB-24-2139: a
    burglary at ...``), a blank line between them. An incident paragraph names its time, file
    number ``FB-24-NNNN``, type and place on its first line, what happened and the action taken
    on the second; after every ninth incident a reminder to
    residents (numbered, no file number); after every sixth a one-line follow-up, numbered
    in the same series, citing the file number of an incident three to five paragraphs up
    (``17) Further to file FB-24-2106 (item 4): the owner collected the bicycle.``)."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)

    def top() -> float:
        c.setFont("Times-Bold", 11)
        c.drawString(50, 760, "FERNLEIGH BOROUGH WATCH - WEEKLY DIGEST FOR RESIDENTS")
        c.setFont("Times-Roman", 10)
        return 730

    y, item, day, told = top(), 0, None, []      # told: (item, file number) of each incident

    def para(lines: list[str]) -> None:
        nonlocal y, item
        if y < 80 + 13 * len(lines):
            c.showPage()
            y = top()
        item += 1
        for k, line in enumerate(lines):
            c.drawString(50 if k == 0 else 62, y, (f"{item}) " if k == 0 else "") + line)
            y -= 13
        y -= 13

    for i, r in enumerate(rows):
        if r["date"] != day:
            day = r["date"]
            if y < 120:
                c.showPage()
                y = top()
            d = int(day[3:5])
            c.setFont("Times-Bold", 10)
            c.drawString(50, y, f"{DAYS[d % 7]} {d} April 2024")
            c.setFont("Times-Roman", 10)
            y -= 18
        para([f"At {r['time']} the watch logged file {_file_no(i)}: a {r['type'].lower()} at {r['address']}.",
              f"{r['summary']} Action taken: {r['dispo']}."])
        told.append((item, _file_no(i)))
        if i % REMIND_EVERY == REMIND_EVERY - 1:
            para(["Reminder to residents: the community room is closed for repairs this week and",
                  "reopens on Monday; lost property may be collected from the front desk meanwhile."])
        if i % FOLLOW_EVERY == FOLLOW_EVERY - 1:
            cited, number = told[-3 - i % 3]
            para([f"Further to file {number} (item {cited}): the owner collected the property."])
    c.showPage()
    c.save()
    return path


PARA_UPDATES = {f.__name__: f for f in (borough_digest_follow_ups_in_paragraph_series,)}
