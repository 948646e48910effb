"""Generated logs whose entries hang (see ``log_layouts``): each entry opens at the margin
with its time, its wrapped lines hang deeper, and the incidents among them close with
their number; routine notes between them carry none."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines


def ranger_journal_numbers_close_hanging_entries(path: Path, n: int) -> Path:
    """A ranger station's journal, Courier 8: a line per day ("Day shift ... April 1,
    2024"), then "1009  BURGLARY, 100 Main St. <summary> Closed: Report Taken. Entered as
    report RS24-01000." wrapped with its lines hanging six characters deeper, no blank
    lines; a routine note without a number after every third incident."""
    rows = incidents(n)
    lines: list[str] = []
    day = None
    for i, r in enumerate(rows):
        if r["date"] != day:
            day = r["date"]
            mm, dd, yyyy = day.split("/")
            month = ("January", "February", "March", "April", "May", "June")[int(mm) - 1]
            lines.append(f"DAY SHIFT 0600-1800             {month} {int(dd)}, {yyyy}")
        text = (f"{r['type'].upper()}, {r['address']}. {r['summary']} Closed: {r['dispo']}. "
                f"Entered as report RS{r['no']}.")
        wrapped = textwrap.wrap(text, 70)
        lines.append(f"{r['time'].replace(':', '')}  {wrapped[0]}")
        lines += [f"      {w}" for w in wrapped[1:]]
        if i % 3 == 2:
            lines.append(f"{r['time'].replace(':', '')}  Trail gate checked, padlock in place.")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"MILLBROOK STATE PARK RANGER STATION JOURNAL  sheet {page}")
        return 725
    return flowed_lines(path, lines, header)


def patrol_report_times_in_parentheses_in_a_gutter(path: Path, n: int) -> Path:
    """A lifeguard patrol's daily report, Helvetica 9: day headings with the day before the
    month ("Tuesday 2 April 2024"), then per entry the time in parentheses in a gutter of
    its own ("(10:09)") and the text in a column to its right, wrapped under itself: "Beach
    sector. Burglary at 100 Main St. Filed under LG24-01000. <summary> <outcome>." Every
    fifth entry's outcome carries a notice number ("Notice N2400005 written."), a series of
    its own that lines up by chance; each day ends "Patrol entries today: n"."""
    return _patrol(path, n, lambda k, r: f"Beach sector. {r['type']} at {r['address']}.")


def patrol_report_sector_in_capitals_then_type_and_place(path: Path, n: int) -> Path:
    """The patrol report above, its first sentences a sector in capitals, then the type and
    a place without a house number parted by a comma ("NORTH JETTY. Burglary, Main St.")."""
    return _patrol(path, n, lambda k, r: f"{('WEST BEACH', 'NORTH JETTY', 'HARBOR MOUTH')[k % 3]}. {r['type']}, "
                                         f"{r['address'].split(' ', 1)[1]}.")


def _patrol(path: Path, n: int, first) -> Path:
    rows = incidents(n)
    lines: list[tuple[str, str, int]] = []       # (gutter, text, x)
    day = None
    for i, r in enumerate(rows):
        if r["date"] != day:
            if day is not None:
                lines.append(("", f"Patrol entries today: {sum(1 for x in rows if x['date'] == day)}", 110))
            day = r["date"]
            mm, dd, yyyy = day.split("/")
            month = ("January", "February", "March", "April", "May", "June")[int(mm) - 1]
            lines.append(("", f"{('Monday', 'Tuesday', 'Wednesday')[i % 3]} {int(dd)} {month} {yyyy}", 40))
        outcome = f"Notice N24{i:05d} written." if i % 5 == 0 else f"{r['dispo']}."
        text = f"{first(i, r)} Filed under LG{r['no']}. {r['summary']} {outcome}"
        wrapped = textwrap.wrap(text, 64)
        lines.append((f"({r['time']})", wrapped[0], 110))
        lines += [("", w, 110) for w in wrapped[1:]]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"CORAL STRAND LIFEGUARD PATROL - DAILY REPORT   leaf {page}")
        return 725

    def draw(c, y: float, line: tuple[str, str, int]) -> None:
        gutter, text, x = line
        if gutter:
            c.drawString(50, y, gutter)
        c.drawString(x, y, text)
    return flowed_lines(path, lines, header, font=("Helvetica", 9), draw=draw)


def constable_day_book_short_numbers_worded_four_ways(path: Path, n: int) -> Path:
    """A town constable's day book, Courier 8: a day heading ("Tues. April 2, 2024")
    underlined with dashes, then entries opening with their time ("10:09 Burglary, 100
    Main St. ...") wrapped with their lines hanging deeper. Each incident cites its own
    short number ("4-300": a one-figure year and a serial, a shape also used for ranges)
    four ways: "Log 4-300." closing it, "[4-301]", "Ref. no. 4-302" mid-entry or "#4-303"
    right after the time; every fourth hands off to the state police, "their 4-71234";
    an errand line with a time and no number after every third incident is no record.
    Every other place is a named spot without a house number ("Noise Complaint, boat ramp.")."""
    rows = incidents(n)
    lines: list[str] = []
    day = None
    for i, r in enumerate(rows):
        if r["date"] != day:
            day = r["date"]
            mm, dd, yyyy = day.split("/")
            month = ("January", "February", "March", "April", "May", "June")[int(mm) - 1]
            heading = f"{('Mon.', 'Tues.', 'Wed.')[i % 3]} {month} {int(dd)}, {yyyy}"
            lines += ["", heading, "-" * len(heading)]
        no = f"4-{300 + i}"
        r = {**r, "address": r["address"] if i % 2 == 0 else ("boat ramp", "town green", "school lot")[i % 3]}
        handed = f" Handed to state police, their 4-{71234 + 7 * i}." if i % 4 == 1 else ""
        body = f"{r['type']}, {r['address']}. {r['summary']}{handed} {r['dispo']}."
        worded = (f"{body} Log {no}.", f"{body} [{no}]", f"{r['type']}, {r['address']}. Ref. no. {no} taken. "
                  f"{r['summary']}{handed} {r['dispo']}.", f"#{no} {body}")[i % 4]
        wrapped = textwrap.wrap(worded, 66)
        lines.append(f"{r['time']} {wrapped[0]}")
        lines += [f"      {w}" for w in wrapped[1:]]
        if i % 3 == 2:
            lines.append(f"{r['time']} Fueled the car at the town garage.")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"TOWN OF ELDERMERE - CONSTABLE'S DAY BOOK   p. {page}")
        return 725
    return flowed_lines(path, lines, header)


HANGING = {f.__name__: f for f in (ranger_journal_numbers_close_hanging_entries,
                                   patrol_report_times_in_parentheses_in_a_gutter,
                                   patrol_report_sector_in_capitals_then_type_and_place,
                                   constable_day_book_short_numbers_worded_four_ways)}
