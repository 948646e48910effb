"""Generated digests of upheld complaints (see ``log_layouts``): one paragraph per
complaint, run together under category headings that count them, each opened by when it
happened, its own number cited mid-paragraph, some citing an earlier complaint of the
same series that is no record."""
from __future__ import annotations

import random
import textwrap
from pathlib import Path

from log_layouts_pages import flowed_lines

CATEGORIES = ("Neglect of duty", "Discourtesy", "Improper detention", "Misuse of equipment")
FINDINGS = {
    "Neglect of duty": ("Failed to log a found property item", "Left an assigned beat unattended"),
    "Discourtesy": ("Profanity at a motorist", "Mocked a caller on a recorded line"),
    "Improper detention": ("Held a witness without cause", "Prolonged a stop after the citation"),
    "Misuse of equipment": ("Used a patrol car for errands", "Ran a records query for a friend"),
}
RESULTS = ("Two-day suspension", "Letter of counsel", "Retraining ordered", "Demotion in rank")
PARTS = ("early hours", "afternoon", "evening", "morning")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
STREETS = ("Tamarind St", "Gullwing Ave", "Fennel Ct", "Harrow Rd", "Juniper Row")
DIVISIONS = ("harbor patrol", "hillside beat", "traffic unit", "night watch", "marine detail")
LOGGED = ("Professional Standards logged the complaint as", "A sergeant referred it and standards staff opened file",
          "It was logged by the standards bureau as", "Standards staff opened file")


def upheld_complaint_digest_citing_earlier_complaints(path: Path, n: int) -> Path:
    """Helvetica 8, a commission's "Digest of Upheld Complaints": headings ``Neglect of duty
    (Commission rule 4.1) -- 12 matters``, under each the complaints in date order, one
    paragraph each with no blank line between, opened ``In the <part of day> of 14 May
    2023, an officer of the <division> (Serial 4417) ...``; the number ``PSB-23-0412`` in
    the paragraph's second sentence; one complaint in three then cites an earlier one of the
    same series, ``Before this the same officer was named in complaint PSB-22-0117, which
    was closed as unfounded.`` (no record); then ``Finding upheld: ...``, ``Result: ...``
    and the release date. Ends ``Matters summarized in this digest: N``."""
    rnd = random.Random(4117)
    used: set[str] = set()

    def number(year: int) -> str:
        while True:
            t = f"PSB-{year % 100:02d}-{rnd.randrange(100, 999):04d}"
            if t not in used:
                used.add(t)
                return t

    matters = []
    for i in range(n):
        year, month, day = 2019 + rnd.randrange(5), rnd.randrange(12), 1 + rnd.randrange(28)
        matters.append((CATEGORIES[i % len(CATEGORIES)], (year, month, day), i))
    lines = ["This digest summarizes each complaint the Commission upheld in a category open to the public.",
             "Officers are named by serial number. Questions: Commission Clerk, 555-0188.", ""]
    for category in CATEGORIES:
        mine = sorted(m for m in matters if m[0] == category)
        lines.append(f"{category} (Commission rule 4.{CATEGORIES.index(category) + 1}) -- {len(mine)} matters")
        for _, (year, month, day), i in mine:
            own = number(year)
            text = (f"In the {rnd.choice(PARTS)} of {day} {MONTHS[month]} {year}, an officer of the "
                    f"{rnd.choice(DIVISIONS)} (Serial {4000 + 37 * i}) stopped a resident near the "
                    f"{1000 + 100 * rnd.randrange(30)} block of {rnd.choice(STREETS)}. {rnd.choice(LOGGED)} {own}.")
            earlier = None
            if i % 3 == 1:
                earlier = number(year - 1)
                text += (f" Before this the same officer was named in complaint {earlier}, which was closed "
                         f"as unfounded.")
            text += (f" Finding upheld: {rnd.choice(FINDINGS[category])}. Result: {rnd.choice(RESULTS)}. "
                     f"Released to the requester {1 + month:02d}/{day:02d}/2025.")
            lines += textwrap.wrap(text, 125)
        lines.append("")
    lines.append(f"Matters summarized in this digest: {n}")

    def header(c, page: int) -> float:
        c.drawString(40, 760, "MARLOW BAY POLICE COMMISSION - Digest of Upheld Complaints, 2019 - 2023")
        c.drawString(500, 40, f"page {page}")
        return 735
    return flowed_lines(path, lines, header, font=("Helvetica", 8))


FINDINGS_DIGESTS = {f.__name__: f for f in (upheld_complaint_digest_citing_earlier_complaints,)}
