"""Generated police notes (see ``log_layouts``): a town bulletin's entries of parts between
bullets, the number first, the text led by the place before a dash and then the type."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_SAID = ["A neighbour saw two people leave on foot.", "Nothing was taken from the home.",
         "The owner had left the gate open overnight."]


def bulletin_place_dash_type_entries(path: Path, n: int) -> Path:
    """A village bulletin's "From the blotter" column, Helvetica 9: `Ref. 24-01000 • Apr. 1,
    10:09 • 100 Main St – Burglary. <a sentence>. <outcome>.` wrapped with indented lines;
    one type in three printed in capitals (`SHOPLIFTING.`, whose full stop after a capital
    ends no sentence by itself). The entry's number first, its when in the middle part, and
    its place before the dash: the type, place, summary and outcome read from the text."""
    rows = incidents(n)
    lines: list[str] = []
    for i, r in enumerate(rows):
        kind = r["type"].upper() if i % 3 == 2 else r["type"]
        text = (f"Ref. {r['no']} \u2022 Apr. {int(r['date'][3:5])}, {r['time']} \u2022 {r['address']} \u2013 "
                f"{kind}. {_SAID[i % len(_SAID)]} {r['dispo']}.")
        wrapped = textwrap.wrap(text, 92)
        lines.append(wrapped[0])
        lines += ["    " + w for w in wrapped[1:]]
        lines.append("")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"The Brookmere Village Crier - From the blotter          page {page + 6}")
        return 725
    return flowed_lines(path, lines, header, font=("Helvetica", 9))


NOTES = {f.__name__: f for f in (bulletin_place_dash_type_entries,)}
