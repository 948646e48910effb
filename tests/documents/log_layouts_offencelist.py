"""Generated logs listing each record's offences one a line under their label (see
``log_layouts``): the label alone on its line, then indented lines of a code and the
offence."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_CODES = {"Burglary": "PC 459", "Noise Complaint": "MC 9.36", "Traffic Collision": "VC 20002",
          "Welfare Check": "WI 5150", "Vandalism": "PC 594", "Theft": "PC 484", "Assault": "PC 240"}


def blocks_violations_listed_one_a_line(path: Path, n: int) -> Path:
    """A detention log's blocks, Courier 8: "Entry #: CX24-01000   Date/Time: 04/01/2024
    10:09", "Place: 100 Main St", "Violations:" alone, then one or two lines indented ten
    characters, "PC 459      Burglary" (the second offence on every other record), then
    "Outcome: Report Taken" and a blank line."""
    rows = incidents(n)
    lines: list[str] = []
    for i, r in enumerate(rows):
        lines += [f"Entry #: CX{r['no']}{'':<30}Date/Time: {r['date']} {r['time']}", f"Place: {r['address']}",
                  "Violations:", f"          {_CODES.get(r['type'], 'MC 1.01'):<12}{r['type']}"]
        if i % 2:
            lines.append(f"          {'PC 148':<12}Resisting an Officer")
        lines += [f"Outcome: {r['dispo']}", ""]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"RIVERBEND DETENTION INTAKE LOG   page {page}")
        return 725
    return flowed_lines(path, lines, header)


OFFENCE_LIST = {f.__name__: f for f in (blocks_violations_listed_one_a_line,)}
