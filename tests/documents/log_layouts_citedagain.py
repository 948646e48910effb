"""Generated journals whose case numbers carry a body's five letters and are cited again by
later entries (see ``log_layouts``): only the entries opening a case file are records."""
from __future__ import annotations

import random
import textwrap
from datetime import datetime
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_WIDTH = 82
# each referring agency numbers its reports its own way
_REFERRERS = (("Harlan SO", "HS/24/{}"), ("Bexley PD", "B24.{}"), ("State Patrol Troop 6", "T6-{}-24"),
              ("Orrin Falls PD", "OF24{}"), ("Port of Vell Police", "PV-{}"))


def _entry(text: str) -> list[str]:
    """One entry at the margin, its wrapped lines hanging six characters deeper."""
    wrapped = textwrap.wrap(text, _WIDTH)
    return [wrapped[0]] + [f"      {w}" for w in wrapped[1:]]


def cargo_unit_desk_journal_numbers_cited_again(path: Path, n: int) -> Path:
    """A cargo theft unit's desk journal, Courier 8: a heading per day ("Desk day Thursday
    04/04/2024, relief sergeant on duty"), the date nowhere else; entries opened by an
    "HH:MM" time, wrapped lines hanging deeper. An incident entry names its number as the
    case file ("09:14 New case file RVCTU-2024-01000: Burglary at 100 Main St. Referred by
    Harlan SO, their report HS/24/3468. <outcome>.", five referring agencies in turn, each
    numbering its reports its own way); the unit's letters are five. Between
    them, records queries citing a number of another series that open nothing ("Records
    query Q-55-20301 for Harlan SO returned nothing on file.", one every third incident),
    and for every other incident a later entry citing its number again under other words
    ("Follow-up on RVCTU-2024-01000: property released to owner."): no records."""
    rows, rnd = incidents(n), random.Random(11)
    lines: list[str] = []
    day, pending = None, []
    for i, r in enumerate(rows):
        if r["date"] != day:
            day = r["date"]
            weekday = datetime.strptime(day, "%m/%d/%Y").strftime("%A")
            lines += ["", f"Desk day {weekday} {day}, relief sergeant on duty", ""]
        number = f"RVCTU-20{r['no']}"
        referrer, shape = _REFERRERS[i % len(_REFERRERS)]
        report = shape.format(rnd.randrange(1000, 9999))
        lines += _entry(f"{r['time']} New case file {number}: {r['type']} at {r['address']}. Referred by "
                        f"{referrer}, their report {report}. {r['dispo']}.")
        if i % 3 == 1:
            lines += _entry(f"{r['time']} Records query Q-55-{20301 + i} for {referrer} returned nothing on "
                            f"file; no file started.")
        if pending:
            lines += _entry(f"{r['time']} Follow-up on {pending.pop()}: property released to owner, "
                            f"owner notified by phone.")
        if i % 2 == 0:
            pending.append(number)

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"RIVERVALE CARGO THEFT UNIT - DESK JOURNAL            leaf {page}")
        return 725
    return flowed_lines(path, lines, header)


CITED_AGAIN = {f.__name__: f for f in (cargo_unit_desk_journal_numbers_cited_again,)}
