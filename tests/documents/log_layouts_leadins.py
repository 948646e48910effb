"""Generated weekly summaries (see ``log_layouts``): one hanging-indented paragraph per
item, opened by where and when it happened, its own file number cited mid-paragraph, some
citing an earlier file of the same series, and escorts without a file between them."""
from __future__ import annotations

import random
import textwrap
from pathlib import Path

from log_layouts_pages import flowed_lines

BUILDINGS = ("Carrow Hall", "Dunmore Library", "Ellis Science Center", "Parking Deck 2", "Quinlan Stadium",
             "Westbrook Commons", "Ivy Court Apartments")
SPOTS = ("2nd floor lounge", "north stairwell", "loading dock", "bike racks", "front desk", "room 114")
KINDS = {
    "Theft of a laptop": "A student reported a laptop taken from an unattended table",
    "Vandalism": "Graffiti was found on a wall and a door closer was bent",
    "Fire alarm": "A smoke detector was set off by cooking in a kitchenette",
    "Suspicious person": "Staff reported a man trying door handles after hours",
    "Bicycle theft": "A cable lock was cut and a bicycle taken from the rack",
    "Harassment": "A student reported repeated unwanted messages from a classmate",
}
RESULTS = ("Referred to student conduct.", "No suspect; case inactive.", "Arrest made.",
           "Property returned to owner.", "Cleared by alarm reset.")
ESCORTS = ("walked a student to the bus loop", "unlocked a lab for a faculty member", "jump-started a staff car")


def campus_weekly_summary_leadins_file_number_mid_paragraph(path: Path, n: int) -> Path:
    """Helvetica 8, a college safety department's weekly activity summary: one paragraph per
    item, its wrapped lines hanging three characters deeper, no blank lines, opened ``Carrow
    Hall, north stairwell; 6/3/24 at 14:15; Vandalism.`` (the building's words change from
    item to item), then a sentence, ``Officer #14 took it as file CS-24-0517.`` (often on the
    paragraph's second line), every third item ``Linked to file CS-24-0203, opened earlier in
    the term.`` (a lower number of the same series: no record), and the result. Every fourth
    item an escort without a file (``Dunmore Library; 6/4/24; Escort. Officer #9 walked a
    student to the bus loop. No file opened.``). Ends ``Files opened this week: N. Escorts
    and assists with no file: K.``."""
    rnd = random.Random(5309)
    kinds = list(KINDS)
    body: list[tuple[str, bool]] = []       # (text, a wrapped line)
    escorts = 0
    for i in range(n):
        day, hour, minute = 3 + i * 7 // n, rnd.randrange(24), rnd.randrange(60)
        place = f"{rnd.choice(BUILDINGS)}, {rnd.choice(SPOTS)}"
        kind = kinds[i % len(kinds)]
        text = (f"{place}; 6/{day}/24 at {hour:02d}:{minute:02d}; {kind}. {KINDS[kind]}. "
                f"Officer #{10 + rnd.randrange(30)} took it as file CS-24-{500 + i:04d}.")
        if i % 3 == 1:
            text += f" Linked to file CS-24-{100 + rnd.randrange(350):04d}, opened earlier in the term."
        text += f" Parking ticket PT{rnd.randrange(100000, 999999)} written." if i % 5 == 3 else \
            f" {RESULTS[i % len(RESULTS)]}"
        body += _hanging(text)
        if i % 4 == 2:
            escorts += 1
            body += _hanging(f"{rnd.choice(BUILDINGS)}; 6/{day}/24; Escort. Officer #{10 + rnd.randrange(30)} "
                             f"{rnd.choice(ESCORTS)}. No file opened.")
    body += [("", False), (f"Files opened this week: {n}. Escorts and assists with no file: {escorts}.", False)]

    def header(c, page: int) -> float:
        c.drawString(40, 760, "Aldermoor College Department of Public Safety -- Weekly activity summary, "
                              "June 3 - 9, 2024")
        c.drawString(480, 40, f"Sheet {page}")
        return 735

    def draw(c, y: float, line: tuple[str, bool]) -> None:
        c.drawString(55 if line[1] else 40, y, line[0])
    return flowed_lines(path, body, header, font=("Helvetica", 8), draw=draw)


def _hanging(text: str) -> list[tuple[str, bool]]:
    lines = textwrap.wrap(text, 118)
    return [(lines[0], False)] + [(w, True) for w in lines[1:]]


LEAD_INS = {f.__name__: f for f in (campus_weekly_summary_leadins_file_number_mid_paragraph,)}
