"""Generated logs keyed by each unit's assignment (see ``log_layouts``): a number of its
own for every unit sent, printed first on each of that unit's status lines, the call's
number beside it, and a call worked by two or three units printed as that many blocks one
after another."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_STEPS = (("SENT", 0), ("ROLL", 2), ("ARR", 9), ("DONE", 31))


def deputy_assignments_keyed_by_assignment(path: Path, n: int, gap: bool = False) -> Path:
    """A sheriff's deputy assignment summary, Courier 8: Assign (``A-40551``: a number of
    its own for every deputy sent, on each of that deputy's four status lines), Call No.
    (``SO24-01000``, the record), Car, Step (``SENT``/``ROLL``/``ARR``/``DONE``), Logged
    (``04/01/24 06:12``), Nature and Location on the SENT line only, Outcome on the DONE
    line; every third call has a second car and every fifth a third, each a block of its
    own right after the first; sorted by assignment number. ``gap`` sets a blank line
    between assignments."""
    lines, assign = [], 40550
    for i, r in enumerate(incidents(n)):
        number = "SO24-" + r["no"].split("-")[1]
        start = 360 + 17 * i
        cars = [f"{3 + i % 4}C{20 + i % 7}"] + ([f"{3 + (i + 1) % 4}C{30 + i % 5}"] if i % 3 == 0 else []) \
            + ([f"K{60 + i % 3}"] if i % 5 == 2 else [])
        for j, car in enumerate(cars):
            assign += 1 + (i + j) % 3
            for step, offset in _STEPS:
                minute = start + 3 * j + offset
                stamp = f"04/{1 + minute // 1440:02d}/24 {minute % 1440 // 60:02d}:{minute % 60:02d}"
                kind, place = (r["type"][:19], r["address"][:21]) if step == "SENT" else ("", "")
                outcome = r["dispo"] if step == "DONE" else ""
                lines.append(f"A-{assign:<8} {number:<11} {car:<5} {step:<5} {stamp:<15} {kind:<20}{place:<22}{outcome}")
            if gap:
                lines.append("")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"MARROW VALLEY SHERIFF - DEPUTY ASSIGNMENT SUMMARY - sheet {page}")
        c.drawString(40, 728, f"{'Assign':<11}{'Call No.':<12}{'Car':<6}{'Step':<6}{'Logged':<16}{'Nature':<20}"
                              f"{'Location':<22}Outcome")
        return 710
    return flowed_lines(path, lines, header)


def deputy_assignments_apart_by_blank_lines(path: Path, n: int) -> Path:
    return deputy_assignments_keyed_by_assignment(path, n, gap=True)


ASSIGNMENTS = {f.__name__: f for f in (deputy_assignments_keyed_by_assignment,
                                       deputy_assignments_apart_by_blank_lines)}
