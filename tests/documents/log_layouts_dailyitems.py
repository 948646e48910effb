"""Generated logs of numbered daily items, only those closed by their number being records
(see ``log_layouts``): a marina watch book whose items are numbered afresh under each
day's heading, routine items sharing the numbering, the number last after the tickets
and other agencies' cases cited in the text."""
from __future__ import annotations

import random
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

KINDS = ("Mooring line cut", "Fuel spill at pump", "Unattended skiff adrift", "Theft of outboard",
         "Wake violation", "Trespass on pontoon", "Noise from vessel")
SPLIT_KIND = "Dinghy theft - attempted"        # the heading's separator inside the type's own words
PLACES = ("Tarnwick Marina east pier", "Gullhaven Slipway north ramp", "Pellow Quay fuel dock",
          "Brindle Cove visitor berths", "Saltmarsh Basin, pontoon C")
OUTCOMES = ("Owner advised.", "No action needed.", "Handed to county sheriff, case 24-88{:03d}.",
            "Tow ticket T-61{:02d} written.")
ROUTINE = ("Fuel dock closed for the night.", "Tide board checked.", "Harbour lights tested, all lit.",
           "Berth census taken: {} boats.")


def marina_watch_items_closed_by_number(path: Path, n: int) -> Path:
    """`TUESDAY 04/02/2024` over items `3) 1415 hours - <kind> - <place>. Patrol boat 2
    attended; <outcome> Watch Log Ref. W24-00112.` numbered from 1 each day, wrapped lines
    set four characters deeper (Courier 9); routine one-line items (`2) 1100 hours - Tide
    board checked.`) between them, some just before a day's last incident; the items run
    on over page breaks. Every ninth incident's type is `Dinghy theft - attempted`."""
    rnd = random.Random(11)
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 0.0, "page": 0}

    def new_page() -> None:
        if state["page"]:
            c.drawString(40, 40, f"Watch book extract, harbour office copy                 Sheet {state['page']}")
            c.showPage()
        state["page"] += 1
        c.setFont("Courier", 9)
        c.drawString(40, 760, "TARNWICK MARINA AUTHORITY - HARBOUR WATCH BOOK")
        c.drawString(40, 749, "Harbour office, night line 555-0142")
        state["y"] = 725

    def line(text: str) -> None:
        if state["y"] < 70:
            new_page()
        c.drawString(40, state["y"], text)
        state["y"] -= 11

    new_page()
    done, day, serial = 0, 2, 100
    while done < n:
        line(["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"][(day - 1) % 7]
             + f" 04/{day:02d}/2024")
        items = []
        for _ in range(rnd.randint(2, 4)):
            items.append(None)                          # a routine item
            items += [True] * rnd.randint(0, 2)          # incidents
        items += [None, True] if day % 2 else [True]     # a routine item before the day's last, every other day
        minutes = 6 * 60
        for k, kind in enumerate(items, 1):
            minutes += rnd.randint(1, 3) * 25
            hhmm = f"{minutes // 60:02d}{minutes % 60:02d}"
            if kind is None or done >= n:
                note = ROUTINE[(k + day) % len(ROUTINE)].format(20 + k + day)
                line(f" {k}) {hhmm} hours - {note}")
                continue
            serial += rnd.randint(1, 3)
            what = SPLIT_KIND if done % 9 == 4 else KINDS[done % len(KINDS)]
            outcome = OUTCOMES[done % len(OUTCOMES)].format(done)
            text = f"{k}) {hhmm} hours - {what} - {PLACES[done % len(PLACES)]}. Patrol boat {1 + done % 3} " \
                   f"attended; the skipper was spoken to. {outcome} Watch Log Ref. W24-{serial:05d}."
            pieces = textwrap.wrap(text, 84)
            line(" " + pieces[0])
            for piece in pieces[1:]:
                line("     " + piece)
            done += 1
        line("")
        day += 1
    line(f"Incidents referenced this period: {n}")
    c.drawString(40, 40, f"Watch book extract, harbour office copy                 Sheet {state['page']}")
    c.save()
    return path


DAILY_ITEMS = {
    "marina_watch_items_closed_by_number": marina_watch_items_closed_by_number,
}
