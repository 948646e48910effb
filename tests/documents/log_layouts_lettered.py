"""Generated logs whose record numbers carry a letter part after the serial (see
``log_layouts``): ``24-01000.R``, the letter part the number's own."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_PARTS = ("R", "S", "T")


def table_number_letter_part_reference_lines(path: Path, n: int) -> Path:
    """A harbour patrol's register, Courier 8: titles `Date/Time  Call No.  Call Type
    Place  Outcome`, the number in the second column with a letter part after a dot
    (`24-01000.S`); under every fourth row a line in the type column citing another
    agency's run number (`County fire run FR-24-3312`), no colon, no date; every fourth
    outcome wraps after a comma onto a line ending with a number (`Yard slip YS-24-7703`),
    which stays the outcome's."""
    lines: list[str] = []
    for i, r in enumerate(incidents(n)):
        no = f"{r['no']}.{_PARTS[i % 3]}"
        dispo = "Towed, held at the yard," if i % 4 == 3 else r["dispo"]
        lines.append(f"{r['date']} {r['time']}  {no:<14}{r['type']:<22}{r['address']:<18}{dispo}")
        if i % 4 == 1:
            lines.append(f"{'':<32}County fire run FR-24-{3300 + i}")
        elif i % 4 == 3:        # the outcome wrapping: a number ends it, no reference line
            lines.append(f"{'':<72}Yard slip YS-24-{7700 + i}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"PORT OF ALDER BAY HARBOR PATROL - CALL REGISTER   sheet {page}")
        c.drawString(40, 730, f"{'Date/Time':<18}{'Call No.':<14}{'Call Type':<22}{'Place':<18}Outcome")
        return 715
    return flowed_lines(path, lines, header)


LETTERED = {f.__name__: f for f in (table_number_letter_part_reference_lines,)}
