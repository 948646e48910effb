"""Generated logs of prose entries grouped under street headings, each entry opened by its
date and time, its own case number near its end (see ``log_layouts``)."""
from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

STREETS = ("ALDER ROW", "BRACKEN STREET", "DUNMORE AVENUE", "GORSE LANE", "KESTREL ROAD", "TILLER WAY")
TYPES = ("Welfare check", "Theft from vehicle", "Noise complaint", "Vandalism", "Trespass", "Found property")
TOLD = ("Officers checked the area.", "The caller declined a statement.", "Extra patrol was requested.",
        "The building was found secure.")
OUTCOMES = ("unfounded", "report taken", "warning given", "arrest made", "gone on arrival")
FOLLOW_UP_EVERY = 4     # every fourth entry cites an earlier case before its own
CORNER_EVERY = 6        # every sixth incident is at a corner, cited again under the other street
WIDTH = 530             # points of Helvetica 9 a line holds before it wraps
FONT = ("Helvetica", 9)


def _entries(n: int) -> list[dict]:
    """Incidents numbered in the order of their calls, then sorted by street and block, so
    the numbers and the days run out of order on the page."""
    rnd = random.Random(31)
    out = []
    for i in range(n):
        street = STREETS[rnd.randrange(len(STREETS))].title()
        corner = STREETS[(STREETS.index(street.upper()) + 1 + i % 3) % len(STREETS)] if i % CORNER_EVERY == 2 else None
        hour, minute = rnd.randrange(1, 13), rnd.randrange(60)
        out.append({"no": f"24-{3100 + i}", "day": 1 + i * 7 // n, "clock": f"{hour}:{minute:02d} {'a.m.' if i % 2 else 'p.m.'}",
                    "type": TYPES[i % len(TYPES)], "street": street, "block": 100 * rnd.randrange(1, 60),
                    "corner": corner.title() if corner else None, "told": TOLD[i % len(TOLD)],
                    "earlier": f"24-{2600 + 7 * i}" if i % FOLLOW_UP_EVERY == 3 else None,
                    "outcome": OUTCOMES[i % len(OUTCOMES)]})
    return sorted(out, key=lambda e: (e["street"], e["corner"] is not None, e["block"]))


def _wrapped(text: str) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and stringWidth(f"{line} {word}", *FONT) > WIDTH:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line]


def police_log_by_street_prose(path: Path, n: int) -> Path:
    """A town's weekly police log, Helvetica 9, streets in alphabetical order under headings
    in capitals (``BRACKEN STREET``), entries by block: `Apr. 3, 9:14 p.m. Vandalism, 2300
    block of Bracken Street. Officers checked the area. Follow-up to case 24-2621. Case
    24-3103; warning given.`, wrapped where the line is full (the case number sometimes
    opens the next line). Every fourth entry cites an earlier case before its own; an
    incident at a corner (`Bracken Street at Gorse Lane`) is cited again under the other
    street by a line `Also see Case 24-3102 under BRACKEN STREET (corner).`. Closes with
    the count of incidents."""
    entries = _entries(n)
    lines: list[str] = []
    for street in sorted({e["street"] for e in entries} | {e["corner"] for e in entries if e["corner"]}):
        lines.append(street.upper())
        for e in (e for e in entries if e["street"] == street):
            place = f"{e['street']} at {e['corner']}" if e["corner"] else f"{e['block']} block of {e['street']}"
            cited = f" Follow-up to case {e['earlier']}." if e["earlier"] else ""
            lines += _wrapped(f"Apr. {e['day']}, {e['clock']} {e['type']}, {place}. {e['told']}{cited} "
                              f"Case {e['no']}; {e['outcome']}.")
        lines += [f"Also see Case {e['no']} under {e['street'].upper()} (corner)." for e in entries if e["corner"] == street]
    lines.append(f"Incidents: {n}. Corner incidents shown under both streets: {sum(1 for e in entries if e['corner'])}.")
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(lines), 60):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 760, "Pellbrook Police Department - Police Log by Street, Apr. 1-7, 2024")
        y = 735
        for line in lines[start:start + 60]:
            c.setFont(*(("Helvetica-Bold", 9) if line.isupper() else FONT))
            c.drawString(40, y, line)
            y -= 11
        c.showPage()
    c.save()
    return path


STREET_PROSE = {f.__name__: f for f in (police_log_by_street_prose,)}
