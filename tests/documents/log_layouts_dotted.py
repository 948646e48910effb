"""Generated logs whose record numbers join letters and a year to the serial with a dot
(see ``log_layouts``): "HP24.01000", not a decimal and not two numbers."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines


def watch_groups_dotted_numbers(path: Path, n: int) -> Path:
    """A harbour patrol's listing, Courier 8, grouped by watch ("Watch crew 3"), each group
    with its own column titles (`Date  Report No.  Time  Incident ...`) and a closing
    "Entries for crew 3: n"; the number "HP24.01000" in the second column, the day without
    a year, the rows out of time order inside each group."""
    rows = incidents(n)
    groups = [rows[k::3] for k in range(3)]
    lines: list[str] = []
    for k, group in enumerate(groups):
        lines.append(f"Watch crew {k + 3}")
        lines.append(f"  {'Date':<8}{'Report No.':<14}{'Time':<8}{'Incident':<22}{'Address':<18}Disposition")
        for r in reversed(group):
            no = "HP" + r["no"].replace("-", ".")
            lines.append(f"  {r['date'][:5]:<8}{no:<14}{r['time']:<8}{r['type']:<22}{r['address']:<18}{r['dispo']}")
        lines.append(f"  Entries for crew {k + 3}: {len(group)}")
        lines.append("")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"PORT WARDEN SERVICE - ENTRIES BY WATCH   sheet {page}")
        return 730
    return flowed_lines(path, lines, header)


DOTTED = {f.__name__: f for f in (watch_groups_dotted_numbers,)}
