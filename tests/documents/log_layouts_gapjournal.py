"""Generated logs (see ``log_layouts``) kept as a day book of time-led paragraphs, the time
in a margin of its own at a gap before the text, only the paragraphs that open a record
closing with its number."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_ROUTINE = ("Boundary fence walked, no breaks found.", "Visitor centre opened, two coaches in the car park.",
            "Rain gauge read, 4 mm overnight.", "Handheld sets charged and tested with the depot.")


def ranger_day_book_numbers_closing_entries(path: Path, n: int) -> Path:
    """A ranger station's day book, Times 10: day headings "Monday, April 1, 2024", each
    paragraph led by a clock time ("14:05") in a margin, the text at a gap to its right and
    wrapped under itself; incidents close "Entered as PK24/1000.", every fifth first citing
    an earlier one ("Linked to PK24/0997."); a routine paragraph without a number after
    every second incident; every seventh incident logged late (its number below the one
    before), opening "Late, passed on by the depot, call 04/02 0256."."""
    rows = incidents(n)
    lines: list[tuple[str, str, int]] = []
    day, order = None, list(range(n))
    for k in range(6, n - 1, 7):        # a late entry: printed after the next one
        order[k], order[k + 1] = order[k + 1], order[k]
    for j, i in enumerate(order):
        r = rows[i]
        if r["date"] != day:
            day = r["date"]
            mm, dd, yyyy = day.split("/")
            weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[(int(dd) - 1) % 7]
            lines.append(("", f"{weekday}, April {int(dd)}, {yyyy}", 40))
        cited = f" Linked to PK24/{997 + i}." if i % 5 == 4 else ""
        # the late one opens with a sentence saying so, its type and place in the next
        late = f"Late, passed on by the depot, call 04/{r['date'][3:5]} {r['time'].replace(':', '')}. " \
            if i % 7 == 6 and i < n - 1 else ""
        text = f"{late}{r['type']} at {r['address']}.{cited} {r['dispo']}. Entered as PK24/{1000 + i}."
        wrapped = textwrap.wrap(text, 72)
        lines.append((r["time"], wrapped[0], 95))
        lines += [("", w, 95) for w in wrapped[1:]]
        if j % 2:
            lines.append((f"{r['time'][:3]}{59 - int(r['time'][3:]) // 2:02d}", _ROUTINE[j % len(_ROUTINE)], 95))

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"Fernmoor Ranger Station - Day Book, April 2024   p. {page}")
        return 725

    def draw(c, y: float, line: tuple[str, str, int]) -> None:
        gutter, text, x = line
        if gutter:
            c.drawString(45, y, gutter)
        c.drawString(x, y, text)
    return flowed_lines(path, lines, header, font=("Times-Roman", 10), draw=draw)


GAP_JOURNAL = {f.__name__: f for f in (ranger_day_book_numbers_closing_entries,)}
