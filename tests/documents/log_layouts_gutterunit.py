"""Generated logs (see ``log_layouts``) whose entries' times carry their unit glued in a
gutter ("10.09h"), the incidents closed by their number among routine notes."""
from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines

_MONTHS = ("January", "February", "March", "April", "May", "June")
_ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def dock_warden_book_unit_times_numbers_last(path: Path, n: int, first=None) -> Path:
    """A dock warden's book, Helvetica 9: day headings with an ordinal day ("Tuesday 2nd
    April 2024"), each entry's time with its unit glued and a dot ("10.09h") in a gutter,
    the text in a column to its right wrapped under itself; incidents close with their
    number "Recorded as HX/1000/24.", every fourth first citing the one before ("Follows
    HX/0999/24."); a routine note without a number after every incident."""
    rows = incidents(n)
    lines: list[tuple[str, str, int]] = []
    day = None
    for i, r in enumerate(rows):
        if r["date"] != day:
            day = r["date"]
            mm, dd, yyyy = day.split("/")
            d = int(dd)
            weekday = ("Monday", "Tuesday", "Wednesday")[i % 3]
            lines.append(("", f"{weekday} {d}{_ORDINAL.get(d, 'th')} {_MONTHS[int(mm) - 1]} {yyyy}", 40))
        cited = f" Follows HX/{999 + i}/24." if i % 4 == 3 else ""
        opening = first(i, r) if first else f"{r['type']} at {r['address']}"
        text = f"{opening}.{cited} {r['summary']} {r['dispo']}. Recorded as HX/{1000 + i}/24."
        wrapped = textwrap.wrap(text, 70)
        hh, mi = r["time"].split(":")
        lines.append((f"{hh}.{mi}h", wrapped[0], 100))
        lines += [("", w, 100) for w in wrapped[1:]]
        lines.append((f"{hh}.{int(mi) // 2:02d}h", "Gate log signed, lamps lit, all quiet.", 100))

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"SALTHAVEN DOCKS - WARDEN'S BOOK   sheet {page}")
        return 725

    def draw(c, y: float, line: tuple[str, str, int]) -> None:
        gutter, text, x = line
        if gutter:
            c.drawString(45, y, gutter)
        c.drawString(x, y, text)
    return flowed_lines(path, lines, header, font=("Helvetica", 9), draw=draw)


def dock_warden_book_type_seen_at_named_places(path: Path, n: int) -> Path:
    """The dock warden's book above, its first sentences a type, one shared word and a
    place without a house number: "Burglary noted by the night crew at the Grain Jetty"."""
    crews, spots = ("night crew", "gate keeper", "launch"), ("the Grain Jetty", "Slip 7, Outer Basin", "the Tar Yard")
    return dock_warden_book_unit_times_numbers_last(
        path, n, lambda i, r: f"{r['type']} noted {'by the ' + crews[i % 3] if i % 2 else 'on patrol'} "
                              f"{'off' if i % 5 == 0 else 'at'} {spots[i % 3]}")


GUTTER_UNIT = {f.__name__: f for f in (dock_warden_book_unit_times_numbers_last,
                                       dock_warden_book_type_seen_at_named_places)}


def yard_file_list_date_serial_numbers(path: Path, n: int) -> Path:
    """A depot's weekly file list, Courier 8, no column titles: "20240401/1000  Mon 1 Apr
    1009h  Burglary, 100 Main St - Report Taken", the number a date's eight digits and a
    serial after a slash, the time without a year and its unit glued; every third line's
    outcome cites the file before it ("Advised, refer 20240401/1000") wrapped to a line of
    its own under the text."""
    lines = []
    for i, r in enumerate(incidents(n)):
        mm, dd, yyyy = r["date"].split("/")
        weekday = date(int(yyyy), int(mm), int(dd)).strftime("%a")
        when = f"{weekday} {int(dd)} {_MONTHS[int(mm) - 1][:3]} {r['time'].replace(':', '')}h"
        lines.append(f"{yyyy}{mm}{dd}/{1000 + i}   {when:<18} {r['type']}, {r['address']} - {r['dispo']}"
                     + (", refer" if i % 3 == 2 else ""))
        if i % 3 == 2:
            lines.append(f"{'':<35}{yyyy}{mm}{dd}/{999 + i}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"NORTHGATE YARD - FILES OPENED, WEEK OF 1 APRIL 2024   {page}")
        return 725
    return flowed_lines(path, lines, header)


GUTTER_UNIT[yard_file_list_date_serial_numbers.__name__] = yard_file_list_date_serial_numbers
