"""Generated logs printed from the units' side (see ``log_layouts``): a line per status
change of a unit, the event's number on each line, lines of several events mixed in time
order, and lines of a unit's own status that carry no number."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_STEPS = (("ASGN", 0), ("RESP", 3), ("ARRV", 11), ("AVL", 38))
_OWN_STATUS = ("BREAK", "TRNG", "SHOP")


def apparatus_status_lines_mixed_in_time(path: Path, n: int) -> Path:
    """A fire district's apparatus status journal, Courier 8: Stamp (``2024-04-01 06:12``),
    Apparatus (``2E41``: digits and a letter, shaped like an id), Code, Event (``FD24-0001000``), Call Type, Address, Result (on the
    ``AVL`` line only); every third event has a second apparatus; events open 9 minutes
    apart and take about 40, so each event's lines are mixed with the next events'; every
    seventh slot an apparatus line of its own status with no event; sorted by stamp."""
    rows = []
    for i, r in enumerate(incidents(n)):
        start = 360 + 9 * i
        number = "FD24-" + r["no"].replace("-", "").rjust(7, "0")
        units = [f"2E{41 + i % 5}"] + ([f"2L{17 + i % 2}"] if i % 3 == 0 else [])
        for j, unit in enumerate(units):
            for status, offset in _STEPS:
                result = r["dispo"] if status == "AVL" else ""
                rows.append((start + offset + 2 * j, i, j, offset, unit, status, number, r["type"], r["address"], result))
        if i % 7 == 3:
            rows.append((start + 5, i, 9, 0, f"2M{13 + i % 3}", _OWN_STATUS[i % 3], "", "", "", ""))
    rows.sort()
    lines = []
    for minute, *_, unit, status, number, kind, address, result in rows:
        stamp = f"2024-04-{1 + minute // 1440:02d} {minute % 1440 // 60:02d}:{minute % 60:02d}"
        lines.append(f"{stamp}  {unit:<5} {status:<6} {number:<13} {kind[:20]:<21} {address[:22]:<23} {result}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"ALDER FORKS FIRE DISTRICT - APPARATUS STATUS JOURNAL - page {page}")
        c.drawString(40, 728, f"{'Stamp':<18}{'App.':<6}{'Code':<7}{'Event':<14}{'Call Type':<22}{'Address':<24}Result")
        return 710
    return flowed_lines(path, lines, header)


UNIT_STATUS = {f.__name__: f for f in (apparatus_status_lines_mixed_in_time,)}
