"""Generated logs whose record numbers join letters and a year to the serial with a dot
(see ``log_layouts``): "HP24.01000", not a decimal and not two numbers; and a listing
whose calls carry lines of a crew's call sign and clock times."""
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


def calls_with_crew_time_lines(path: Path, n: int) -> Path:
    """A fire-and-rescue dispatch listing, Courier 8: each call line "F24-01000  04/01/2024
    10:09  Burglary  100 Main St", then one or two crew lines of a call sign ("7K12") and
    four clock times (paged, rolling, arrived, cleared), then "RESULT: ..." (other words,
    other signs than any real listing): the crews are no records."""
    rows = incidents(n)
    lines: list[str] = []
    for i, r in enumerate(rows):
        lines.append(f"F{r['no']}   {r['date']} {r['time']}  {r['type']:<22}{r['address']}")
        h, m = map(int, r["time"].split(":"))
        for crew in range(1 + i % 2):
            times = " ".join(f"{(h + (m + d) // 60) % 24:02d}:{(m + d) % 60:02d}" for d in (1, 3, 9, 30 + crew))
            lines.append(f"     {7 - crew}K{10 + (i * 7 + crew) % 80:02d}   {times}")
        lines.append(f"     RESULT: {r['dispo']}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"LINDEN VALE FIRE DISTRICT - CALLS AND CREWS   leaf {page}")
        c.drawString(40, 735, f"{'CALL':<14}{'TAKEN':<18}{'KIND':<22}PLACE")
        c.drawString(40, 724, "     CREW     PAGED ROLL  ARRV  CLR")
        return 705
    return flowed_lines(path, lines, header)


DOTTED = {f.__name__: f for f in (watch_groups_dotted_numbers, calls_with_crew_time_lines)}
