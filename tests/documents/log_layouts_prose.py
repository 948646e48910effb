"""Generated logs of bodies that number their own records (see ``log_layouts``): a transit
district's table whose numbers carry the district's letters before the series' own letters
("RVTD-T24-01000"), a shift word between the date and the time; and a port commission's
letter to its members in prose, one paragraph per terminal holding all of its incidents,
each sentence citing one number of the series, sentences about maintenance tickets of
another series between them."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

SHIFTS = ("Day", "Swing", "Grave")


def _shift(time: str) -> str:
    hour = int(time[:2])
    return SHIFTS[0] if 7 <= hour < 15 else SHIFTS[1] if 15 <= hour < 23 else SHIFTS[2]


def lettered_numbers_with_shift_column(path: Path, n: int) -> Path:
    """A transit district's security log: No. "RVTD-T24-01000" (the district's letters, a
    dash, then the series' letter and year), Date, a bold Shift word ("Day", "Swing",
    "Grave"), Time, Station, Nature, Outcome; every fourth outcome cites the county
    sheriff's case ("Deputy report, CSO 24-123456"). Ends with a count and a list of
    stations with counts, short lines shaped like rows."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    per = 45
    y = 0.0
    for k, r in enumerate(rows):
        if k % per == 0:
            if k:
                c.showPage()
            c.setFont("Helvetica-Bold", 10)
            c.drawString(30, 760, "RIVERVALE TRANSIT DISTRICT - SECURITY OCCURRENCE LOG")
            c.setFont("Helvetica", 7)
            for x, title in ((30, "No."), (115, "Date"), (170, "Shift"), (205, "Time"), (240, "Station"),
                             (345, "Nature"), (445, "Outcome")):
                c.drawString(x, 740, title)
            y = 726
        c.setFont("Helvetica", 7)
        c.drawString(30, y, f"RVTD-T{r['no']}")
        c.drawString(115, y, r["date"])
        c.setFont("Helvetica-Bold", 7)
        c.drawString(170, y, _shift(r["time"]))
        c.setFont("Helvetica", 7)
        c.drawString(205, y, r["time"])
        c.drawString(240, y, r["address"])
        c.drawString(345, y, r["type"])
        outcome = f"Deputy report, CSO 24-{300000 + 7 * k}" if k % 4 == 0 else r["dispo"]
        c.drawString(445, y, outcome)
        y -= 11
    y -= 20
    c.drawString(30, y, f"Occurrences logged: {n}")
    y -= 20
    c.drawString(30, y, "BY STATION")
    for k, name in enumerate(("Main St", "Canyon Dr", "Pine Rd")):
        y -= 11
        c.drawString(45, y, name)
        c.drawString(300, y, str(n // 3 + (k < n % 3)))
    c.save()
    return path


_LEADS = ("On", "Then on", "Afterwards, on", "Next, on")


def terminal_paragraphs_of_cited_incidents(path: Path, n: int) -> Path:
    """A port commission's monthly letter: per terminal a paragraph "North Terminal (4
    berths). N incidents were recorded." then each incident one sentence, led by one of
    several openers ("On", "Then on", "Afterwards, on", "Next, on"), the day without its
    year and the clock, the number in brackets, what happened, where, and after a
    semicolon the outcome; "Facilities: ticket FT 24-NNNNN, ..." sentences of another series
    between them. The terminals are printed in turn, so the numbers are not in order."""
    rows = incidents(n)
    terminals = ("North Terminal", "Cargo Pier", "Ferry Landing", "South Basin")
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 0.0, "page": 0}

    def new_page() -> None:
        if state["page"]:
            c.setFont("Helvetica", 8)
            c.drawString(150, 40, f"Item 4 - page {state['page']} - Harbor Office 555-0142")
            c.showPage()
        state["page"] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(150, 750, "PORT OF WESTHAVEN COMMISSION - SAFETY LETTER")
        state["y"] = 720

    def line(text: str) -> None:
        if state["y"] < 70:
            new_page()
        c.setFont("Helvetica", 9)
        c.drawString(50, state["y"], text)
        state["y"] -= 12

    new_page()
    for line_text in textwrap.wrap("This letter sets out the incidents our harbor officers recorded, terminal by "
                                   "terminal. Facilities tickets are repairs, not incidents.", 105):
        line(line_text)
    state["y"] -= 10
    for t, name in enumerate(terminals):
        mine = rows[t::len(terminals)]
        parts = [f"{name} ({t + 3} berths). {len(mine)} incidents were recorded."]
        for k, r in enumerate(mine):
            month_day = f"Apr {int(r['date'][3:5])}"
            parts.append(f"{_LEADS[k % len(_LEADS)]} {month_day} at {r['time']} (PW-{r['no']}), "
                         f"a report of {r['type'].lower()} came in at {r['address']}; {r['dispo'].lower()}.")
            if k % 3 == 1:
                parts.append(f"Facilities: ticket FT 24-{20000 + 13 * k + t}, a gate light was replaced.")
        for piece in textwrap.wrap(" ".join(parts), 105):
            line(piece)
        state["y"] -= 10
    line(f"Incidents this month: {n}")
    c.save()
    return path


def bulletin_items_number_trailer_follow_ups(path: Path, n: int) -> Path:
    """A police bulletin: each item a bold kicker in capitals ("BURGLARY | NORTH DISTRICT"),
    a headline, a paragraph opened by a dateline ("HARBOR TOWN, Apr. 1, 10:09 a.m. -- ...",
    no year) naming the hundred block and ending "Result: <outcome>.", then the item's
    number right-aligned on a line of its own after it ("Incident no. HT24-01000"); every
    seventh item is followed by a one-line "Follow-up to HT24-00NNN: ..." citing an earlier
    bulletin's number (no record)."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    months = {"04": "Apr."}

    def top() -> float:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 760, "Harbor Town Police - Weekly Bulletin, April 2024")
        return 730

    y = top()
    for i, r in enumerate(rows):
        if y < 130:
            c.showPage()
            y = top()
        hour, minute = map(int, r["time"].split(":"))
        clock = f"{(hour - 1) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
        when = f"{months[r['date'][:2]]} {int(r['date'][3:5])}, {clock}"
        number, street = r["address"].split(" ", 1)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, f"{r['type'].upper()}  |  {['NORTH', 'SOUTH', 'EAST'][i % 3]} DISTRICT")
        c.setFont("Times-Roman", 10)
        c.drawString(50, y - 12, f"Officers look into call near {r['address']}")
        c.setFont("Helvetica", 8)
        said = ["A witness spoke with officers.", "The caller waited nearby.", "No one was hurt.",
                "A neighbor called it in.", "Two units responded."][i % 5]
        c.drawString(50, y - 24, f"HARBOR TOWN, {when} -- Officers went to the {number} block of {street}. {said}")
        c.drawString(50, y - 34, f"The area was checked. Result: {r['dispo']}.")
        c.setFont("Helvetica-Oblique", 8)
        c.drawRightString(560, y - 46, f"Incident no. HT{r['no']}")
        y -= 66
        if i % 7 == 3:
            c.drawString(50, y, f"Follow-up to HT24-{900 + i:05d}: the property was returned to its owner.")
            y -= 20
    c.showPage()
    c.save()
    return path


PROSE = {f.__name__: f for f in (lettered_numbers_with_shift_column, terminal_paragraphs_of_cited_incidents,
                                 bulletin_items_number_trailer_follow_ups)}
