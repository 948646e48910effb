"""Generated labelled blocks whose label set switches partway and back (see ``log_layouts``):
a records clerk typing one form of block for a stretch of days, another form for the
next stretch, then the first again."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines


def harbor_blocks_label_set_switches_and_back(path: Path, n: int) -> Path:
    """Courier 9 blocks apart by blank lines. The first and last thirds: ``Ref No:``,
    ``Logged:`` (date and time), ``Offense:``, ``Site:``, ``Outcome:`` (missing on every
    fifth block), a ``Callback: 555-01NN`` line on every seventh. The middle third:
    ``FILE NO. 24-0....   Mon Apr 1, 10:09 AM`` on one line (the date without its year),
    then ``OFFENSE -``, ``SITE -``, ``OUTCOME -`` (missing on every fifth), ``CB line
    555-01NN`` on every seventh."""
    rows = incidents(n)
    lines = ["PORT ALDER HARBOR PATROL", "Activity blocks, April 2024", ""]
    for i, r in enumerate(rows):
        when = datetime.strptime(f"{r['date']} {r['time']}", "%m/%d/%Y %H:%M")
        if n // 3 <= i < 2 * n // 3:
            stamp = f"{when:%a} {when:%b} {when.day}, {when.hour % 12 or 12}:{when:%M} {when:%p}"
            lines += [f"FILE NO. {r['no']}   {stamp}", f"OFFENSE - {r['type']}", f"SITE - {r['address']}"]
            if i % 7 == 3:
                lines.append(f"CB line 555-01{i % 90 + 10}")
            if i % 5 != 4:
                lines.append(f"OUTCOME - {r['dispo']}")
        else:
            lines += [f"Ref No: {r['no']}", f"Logged: {r['date']} {r['time']}", f"Offense: {r['type']}",
                      f"Site: {r['address']}"]
            if i % 7 == 3:
                lines.append(f"Callback: 555-01{i % 90 + 10}")
            if i % 5 != 4:
                lines.append(f"Outcome: {r['dispo']}")
        lines.append("")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"Harbor patrol activity - page {page}")
        return 725
    return flowed_lines(path, lines, header, font=("Courier", 9))


LABEL_SWITCH = {f.__name__: f for f in (harbor_blocks_label_set_switches_and_back,)}
