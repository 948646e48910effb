"""Generated logs whose entries run on as sentences (see ``log_layouts``): the entry's
date and time lead it, and its record number stands in a short sentence of its own,
mid-entry or closing the lead."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_NARRATIVES = ("REAR WINDOW FORCED, TOOLS MISSING", "MUSIC FROM PARTY, OWNER TURNED IT DOWN",
               "TWO CARS, MINOR DAMAGE, NO INJURY", "RESIDENT FOUND SAFE, FAMILY NOTIFIED")
_CODES = ("459PC", "415PC", "20002VC", "5150WI", "594PC", "484PC", "647PC", "1100MC")


def dispatch_abstract_dated_entries_number_mid_sentence(path: Path, n: int) -> Path:
    """A dispatch abstract in capitals, Courier 8: per entry "04/01/24 1009 459PC BURGLARY
    ON 100 MAIN ST. FILE 24-01000. <narrative>. UNIT 212. DISP RT/REPORT TAKEN." wrapped with
    its lines hanging four characters deeper; every fourth entry also cites a jail number of
    another series ("JAIL 24-J0004."); days two-digit years; numbers wander along the line."""
    lines: list[str] = []
    for i, r in enumerate(incidents(n)):
        mm, dd, yyyy = r["date"].split("/")
        dispo = r["dispo"].upper()
        code = "".join(w[0] for w in dispo.split()) if " " in dispo else dispo[:2]
        jail = f" JAIL 24-J{i:04d}." if i % 4 == 0 else ""
        text = (f"{mm}/{dd}/{yyyy[2:]} {r['time'].replace(':', '')} {_CODES[i % len(_CODES)]} {r['type'].upper()} "
                f"ON {r['address'].upper()}. FILE {r['no']}. {_NARRATIVES[i % 4]}.{jail} UNIT {200 + i % 17}. "
                f"DISP {code}/{dispo}.")
        wrapped = textwrap.wrap(text, 84)
        lines.append(wrapped[0])
        lines += [f"    {w}" for w in wrapped[1:]]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"BAYSHORE POLICE  DISPATCH ABSTRACT   SHEET {page}")
        return 725
    return flowed_lines(path, lines, header)


def bulletin_notes_lead_closed_by_number(path: Path, n: int) -> Path:
    """A town bulletin's police column, Helvetica 9: one paragraph per call, wrapped flush,
    opening "Tuesday 4/2, 10:09 – Case 24-01000." (no year), then "Burglary near 100 Main
    St. <summary>"."""
    lines: list[str] = []
    for r in incidents(n):
        mm, dd, _ = r["date"].split("/")
        day = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")[int(dd) % 6]
        text = (f"{day} {int(mm)}/{int(dd)}, {r['time']} \u2013 Case {r['no']}. {r['type']} near "
                f"{r['address']}. {r['summary']}")
        lines += textwrap.wrap(text, 96)

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"The Millbrook Bulletin - From the police blotter - {page}")
        return 725
    return flowed_lines(path, lines, header, font=("Helvetica", 9))


LEADS = {f.__name__: f for f in (dispatch_abstract_dated_entries_number_mid_sentence,
                                 bulletin_notes_lead_closed_by_number)}
