"""Generated logs whose rows stand under group headings that count them (see ``log_layouts``):
the heading carries what the rows do not print, its count at the right after a label."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines


def premises_history_labelled_counts_over_rows_without_place(path: Path, n: int) -> Path:
    """A sheriff's premises history, Courier 8, sorted by street then house number: the
    titles ("Event No.", "Dispatched", "Nature", "Outcome", "Case") atop every page; each
    premises a heading "PREMISES: 140 Quarry Rd" with "Events: 3" at the right, its rows
    under it (one to five, out of time order) printing no place; some rows carry a case
    number in the last column ("C24-503"), not the row's own."""
    rnd = random.Random(11)
    rows = incidents(n)
    streets = ("Quarry Rd", "Bluff St", "Orchard Ln", "Kiln Ave", "Tanner Way")
    groups: list[tuple[str, list[dict]]] = []
    left = list(rows)
    rnd.shuffle(left)
    house = 20
    while left:
        size = min(len(left), rnd.randint(1, 5))
        house += 10 * rnd.randint(1, 6)
        place = f"{house} {streets[len(groups) % len(streets)]}"
        groups.append((place, sorted(left[:size], key=lambda r: r["no"], reverse=True)))
        left = left[size:]
    groups.sort(key=lambda g: (g[0].split(" ", 1)[1], int(g[0].split()[0])))
    lines = []
    for place, part in groups:
        lines.append(f"{'PREMISES: ' + place:<76}Events: {len(part)}")
        lines += [f"    {r['no']:<12}{r['date'] + ' ' + r['time']:<19}{r['type']:<20}{r['dispo']:<15}{r['case']}"
                  for r in part]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"BRAYFORD COUNTY SHERIFF - PREMISES HISTORY          Sheet {page}")
        c.drawString(40, 739, "Order: street, house number")
        c.drawString(40, 717, f"    {'Event No.':<12}{'Dispatched':<19}{'Nature':<20}{'Outcome':<15}Case")
        return 695
    return flowed_lines(path, lines, header)


COUNTED = {f.__name__: f for f in (premises_history_labelled_counts_over_rows_without_place,)}
