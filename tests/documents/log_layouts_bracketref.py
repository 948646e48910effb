"""Generated logs (see ``log_layouts``) whose entries are paragraphs closed by their
reference in brackets, the series' letters and the number together ("[RPT 24-01000]")."""
from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_WIDTH = 92


def ranger_digest_bracketed_references(path: Path, n: int) -> Path:
    """A ranger district's shift digest, Times 10: day headings ("Monday 1 April 2024"),
    each entry's clock ("10:09") in a gutter and a paragraph wrapped beside it, "<Type>,
    <place>. <what was done>. <outcome>. [RPT 24-01000]": the reference closes the
    paragraph in square brackets, letters and number together, and every fifth paragraph
    wraps inside the bracket, the letters ending one line and the number opening the
    next; a count closes the digest."""
    lines: list[tuple[str, str, int]] = []
    day = None
    for i, r in enumerate(incidents(n)):
        if r["date"] != day:
            day = r["date"]
            mm, dd, yyyy = (int(v) for v in day.split("/"))
            lines.append(("", date(yyyy, mm, dd).strftime(f"%A {dd} %B %Y"), 40))
        body = f"{r['type']}, {r['address']}. {r['summary']} {r['dispo']}."
        ref = f"RPT {r['no']}]"
        wrapped = textwrap.wrap(body, _WIDTH, break_on_hyphens=False)
        if i % 5 == 4:          # the bracket split over two lines after its letters
            wrapped[-1] += " [RPT"
            wrapped.append(f"{r['no']}]")
        elif len(wrapped[-1]) + len(ref) + 2 <= _WIDTH:
            wrapped[-1] += f" [{ref}"
        else:
            wrapped.append(f"[{ref}")
        lines.append((r["time"], wrapped[0], 90))
        lines += [("", w, 90) for w in wrapped[1:]]
    lines.append(("", f"Entries in this digest: {n}", 40))

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"HOLLOWAY RIDGE RANGER DISTRICT - SHIFT DIGEST, WEEK 14   page {page}")
        return 720

    def draw(c, y: float, line: tuple[str, str, int]) -> None:
        clock, text, x = line
        if clock:
            c.drawString(45, y, clock)
        c.drawString(x, y, text)
    return flowed_lines(path, lines, header, font=("Times-Roman", 10), draw=draw)


BRACKET_REF = {f.__name__: f for f in (ranger_digest_bracketed_references,)}
