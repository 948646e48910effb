"""Generated logs compiled from each worker's sheet for a shift (see ``log_layouts``): the
same call printed on the sheet of every worker who attended it, lines of other work with
no call number, and a reading printed on every line of a sheet."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

CREW = (3107, 3112, 3125, 3140)
OTHER_WORK = ("Fuel and wash", "Lunch", "Trail sweep", "Gate check", "Paperwork")


def _sheets(n: int, seed: int) -> tuple[list[dict], list[tuple[str, int, list[tuple[str, dict | None]]]]]:
    """The calls and the sheets: per day, each worker's lines in time order, every call on
    the sheet of one to three workers, other work between."""
    rnd = random.Random(seed)
    calls = incidents(n)
    for i, call in enumerate(calls):
        call["ref"] = f"RC{24 + i // 1000}-{1815 + i}"
        call["crew"] = rnd.sample(CREW, rnd.choice((1, 2, 2, 3)))
    sheets = []
    for day in sorted({c["date"] for c in calls}):
        for worker in CREW:
            lines = [(c["time"], c) for c in calls if c["date"] == day and worker in c["crew"]]
            lines += [(f"{rnd.randrange(24):02d}:{rnd.randrange(60):02d}", None) for _ in range(rnd.randrange(1, 4))]
            sheets.append((day, worker, sorted(lines, key=lambda x: x[0])))
    return calls, sheets


def first_listed(calls: list[dict], sheets) -> list[dict]:
    """The calls in order of their first line in print."""
    seen, out = set(), []
    for _, _, lines in sheets:
        for _, call in lines:
            if call is not None and call["ref"] not in seen:
                seen.add(call["ref"])
                out.append(call)
    return out


def ranger_worksheets_shared_calls(path: Path, n: int) -> Path:
    """A parks department's ranger shift worksheets, Courier 8, one after the other: a heading
    `RANGER SHIFT WORKSHEET   Ranger 3107   Truck 12   04/01/2024`, column titles `Hr  Call
    Ref  Work Done  Place  Result  Meter`, one line per piece of work, a closing tally. A call
    attended by two or three rangers is printed on each one's worksheet; other work prints
    `(none)` for its call reference; every line ends with the truck's engine-hour meter, a
    six-digit reading that no other sheet repeats."""
    calls, sheets = _sheets(n, 11)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0

    def new_page():
        nonlocal y
        c.setFont("Courier-Bold", 9)
        c.drawString(36, 765, "ELM VALLEY PARKS DEPARTMENT - RANGER WORKSHEETS (COMPILED)")
        c.setFont("Courier", 8)
        y = 740

    new_page()
    for s, (day, worker, lines) in enumerate(sheets):
        if y < 120 + 10 * len(lines):
            c.showPage()
            new_page()
        meter = 104000 + 1370 * s
        c.drawString(36, y, f"RANGER SHIFT WORKSHEET   Ranger {worker}   Truck {12 + s % 5}   {day}")
        c.drawString(36, y - 11, f"{'Hr':<7}{'Call Ref':<12}{'Work Done':<22}{'Place':<18}{'Result':<17}Meter")
        y -= 22
        for time, call in lines:
            meter += 3 + (len(time) * 7 + s) % 9
            if call is None:
                work = OTHER_WORK[(s + int(time[:2])) % len(OTHER_WORK)]
                row = f"{time:<7}{'(none)':<12}{work:<22}{'Ranger station':<18}{'Done':<17}{meter}"
            else:
                row = f"{time:<7}{call['ref']:<12}{call['type']:<22}{call['address']:<18}{call['dispo']:<17}{meter}"
            c.drawString(36, y, row)
            y -= 10
        c.drawString(36, y - 2, f"Lines: {len(lines)}   Calls: {sum(1 for _, x in lines if x)}   Signed ______")
        y -= 26
    c.showPage()
    c.save()
    return path


def warden_cards_shared_cases(path: Path, n: int) -> Path:
    """A harbour authority's warden day cards, Helvetica 9: a heading `WARDEN DAY CARD  Warden
    3107  Launch 4  04/01/2024`, then one labelled block per piece of work (`Item 3  At: 10:05
    Ref. #: RC24-1821`, `Duty:`, `Place:`, `Outcome:`). Other work prints `Ref. #: none` and
    no outcome; a case attended by several wardens has its own block on each one's card."""
    calls, sheets = _sheets(n, 23)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 0

    def new_page():
        nonlocal y
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 765, "NORTH QUAY HARBOUR AUTHORITY - WARDEN DAY CARDS")
        c.setFont("Helvetica", 9)
        y = 740

    new_page()
    for s, (day, worker, lines) in enumerate(sheets):
        if y < 140:
            c.showPage()
            new_page()
        c.drawString(40, y, f"WARDEN DAY CARD   Warden {worker}   Launch {1 + s % 4}   {day}")
        y -= 20
        for k, (time, call) in enumerate(lines, 1):
            if y < 90:
                c.showPage()
                new_page()
            c.drawString(40, y, f"Item {k}")
            c.drawString(100, y, f"At: {time}")
            c.drawString(330, y, f"Ref. #: {call['ref'] if call else 'none'}")
            c.drawString(100, y - 11, f"Duty: {call['type'] if call else OTHER_WORK[k % len(OTHER_WORK)]}")
            c.drawString(100, y - 22, f"Place: {call['address'] if call else 'Quay office'}")
            if call is not None:
                c.drawString(100, y - 33, f"Outcome: {call['dispo']}")
            y -= 48
        c.drawString(40, y, f"Items: {len(lines)}   Reviewed by ______")
        y -= 30
    c.showPage()
    c.save()
    return path


CREW_SHEETS = {f.__name__: f for f in (ranger_worksheets_shared_calls, warden_cards_shared_cases)}
