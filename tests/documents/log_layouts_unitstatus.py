"""Generated logs printed from the units' side (see ``log_layouts``): a line per status
change of a unit, the event's number on each line, lines of several events mixed in time
order, and lines of a unit's own status that carry no number; or the lines sectioned by
unit, each section under a heading set out at the page's edge."""
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




_VESSEL_STEPS = (("TASKED", 0), ("UNDERWAY", 2), ("ONSITE", 12), ("SECURED", 35))
_VESSELS = ("H-3", "H-5", "H-8")


def vessel_sections_set_out_left(path: Path, n: int) -> Path:
    """A harbor patrol's activity by vessel, Courier 8: per vessel a heading at the page's
    left edge, two cells (``VESSEL H-5    SKIPPER 3309``), then that vessel's lines set in
    four characters, by clock: Clock (``07:12``, the day only in the title), Code, Job
    (``KH24-01000``), Job Type, Location, Outcome (on the ``SECURED`` line); ``Jobs for
    H-5: k`` after each section and ``Jobs: N    Vessel entries: M`` at the left edge at
    the end. Jobs open 11 minutes apart, each on vessel ``i % 3``, and every fourth also on
    the next vessel, so it is printed under both; a vessel's jobs overlap in time."""
    sections: dict[str, list[tuple]] = {v: [] for v in _VESSELS}
    for i, r in enumerate(incidents(n)):
        start = 420 + 11 * i
        number = "KH24-" + r["no"].removeprefix("24-")
        vessels = [_VESSELS[i % 3]] + ([_VESSELS[(i + 1) % 3]] if i % 4 == 0 else [])
        for j, vessel in enumerate(vessels):
            for code, offset in _VESSEL_STEPS:
                outcome = r["dispo"] if code == "SECURED" else ""
                sections[vessel].append((start + offset + 3 * j, number, code, r["type"], r["address"], outcome))
    lines = []
    for k, (vessel, rows) in enumerate(sections.items()):
        lines.append(f"VESSEL {vessel}    SKIPPER {3309 + 17 * k}")
        for minute, number, code, kind, address, outcome in sorted(rows):
            clock = f"{minute // 60 % 24:02d}:{minute % 60:02d}"
            lines.append(f"   {clock}    {code:<10}  {number:<11}  {kind[:20]:<21} {address[:22]:<23} {outcome}")
        lines.append(f"   Jobs for {vessel}: {len({row[1] for row in rows})}")
        lines.append("")
    entries = sum(len({row[1] for row in rows}) for rows in sections.values())
    lines.append(f"Jobs: {n}    Vessel entries: {entries}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"KESTREL HARBOR PATROL, SHEET {page}: ACTIVITY BY VESSEL FOR 04/02/2024")
        c.drawString(40, 728, f"   {'Hour':<9}{'Code':<12}{'Report #':<13}{'Job Type':<22}{'Location':<24}Outcome")
        return 710
    return flowed_lines(path, lines, header)


UNIT_STATUS = {f.__name__: f for f in (apparatus_status_lines_mixed_in_time, vessel_sections_set_out_left)}
