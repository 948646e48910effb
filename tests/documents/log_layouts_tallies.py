"""Generated logs whose number column mixes records with entries of other kinds (see
``log_layouts``): each kind numbered in a series of its own, the document counting them
apart in a closing tally; only the series the tally names as records are records."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docs_pdfs import incidents
from log_layouts_pages import flowed_lines
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_MONTHS = ("January", "February", "March", "April", "May", "June")
_BERTHS = ("Pier 3 fuel dock", "Basin B gangway", "Launch ramp 2", "Marina office")


def harbor_desk_export_calls_among_other_tickets(path: Path, n: int) -> Path:
    """A port authority's harbor desk export, Courier 8: one table sorted by time, column
    titles on every page "Ref No. / Logged / Desk / Nature of call / Berth or area /
    Result". The calls for service (``24-01000``) are the records; between them dock
    inspections (``DI-00417``) and berth reservations (``RSV004102``), numbered in series
    of their own, with a nature, an area and a result as full as the calls'. Closes
    "Entries listed: T (N calls for service, I dock inspections, R berth reservations)"."""
    return _harbor_export(path, n, apart=True)


def harbor_desk_export_every_ticket_counted_as_a_call(path: Path, n: int) -> Path:
    """The same export whose closing line counts every row as a call ("Calls for service
    listed: T"): the calls of three series in one column are all records."""
    return _harbor_export(path, n, apart=False)


def _harbor_export(path: Path, n: int, apart: bool) -> Path:
    titles = f"{'Ref No.':<12}{'Logged':<18}{'Desk':<10}{'Nature of call':<22}{'Berth or area':<22}Result"
    lines: list[str] = []
    inspections = reservations = 0
    for i, r in enumerate(incidents(n)):
        lines.append(f"{r['no']:<12}{r['date'] + ' ' + r['time']:<18}{'PATROL':<10}{r['type']:<22}"
                     f"{r['address']:<22}{r['dispo']}")
        if i % 3 == 0:
            inspections += 1
            lines.append(f"{f'DI-{417 + i:05d}':<12}{r['date'] + ' ' + r['time']:<18}{'DOCKS':<10}"
                         f"{'Cleat inspection':<22}{_BERTHS[i % 4]:<22}Passed")
        if i % 4 == 1:
            reservations += 1
            lines.append(f"{f'RSV{4102 + i:06d}':<12}{r['date'] + ' ' + r['time']:<18}{'MARINA':<10}"
                         f"{'Transient berth':<22}{_BERTHS[(i + 1) % 4]:<22}Confirmed")
    total = n + inspections + reservations
    lines += ["", f"Entries listed: {total}   ({n} calls for service, {inspections} dock inspections, "
                  f"{reservations} berth reservations)" if apart else f"Calls for service listed: {total}"]

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"PELICAN BAY PORT AUTHORITY - HARBOR DESK EXPORT          sheet {page}")
        c.drawString(40, 725, titles)
        return 714
    return flowed_lines(path, lines, header)


def day_sheets_reports_then_a_list_of_bookings(path: Path, n: int) -> Path:
    """A library district's security desk, Courier 8, a sheet per day: the day's date, a
    table "Report # / Time / Nature / Location / Outcome" of the reports (``24-01000``),
    then a caption "ROOM BOOKINGS" over rows shaped like the reports' (``BK-2207  10:00
    Study room 4  Central branch``, numbered in a series of their own, no outcome): no
    records. A footer line per day "Reports: k   Bookings: m"; the last adds "Reports this
    month: N"."""
    days: dict[str, list[dict]] = {}
    for r in incidents(n):
        days.setdefault(r["date"], []).append(r)
    lines: list[str] = []
    booking = 2200
    for d, (day, rs) in enumerate(days.items()):
        stamp = datetime.strptime(day, "%m/%d/%Y")
        lines += ["", f"{stamp.strftime('%A')}, {_MONTHS[stamp.month - 1]} {stamp.day}, {stamp.year}",
                  f"{'Report #':<12}{'Time':<8}{'Nature':<22}{'Location':<22}Outcome"]
        lines += [f"{r['no']:<12}{r['time']:<8}{r['type']:<22}{r['address']:<22}{r['dispo']}" for r in rs]
        lines += ["", "ROOM BOOKINGS"]
        for k in range(2 + d % 2):
            booking += 7
            lines.append(f"{f'BK-{booking}':<12}{f'{9 + 3 * k:02d}:00':<8}{f'Study room {1 + k}':<22}"
                         f"{'Central branch':<22}")
        lines.append(f"Reports: {len(rs)}   Bookings: {2 + d % 2}")
    lines.append(f"Reports this month: {n}")

    def header(c, page: int) -> float:
        c.drawString(40, 750, f"Meridian Library District - Security Desk day sheets - p. {page}")
        return 725
    return flowed_lines(path, lines, header)


def day_pages_named_in_the_page_head(path: Path, n: int) -> Path:
    """A reservoir wardens' shift board, Courier 8, a page per day: the page's head line
    prints the board's title, the day named in full ("Tuesday, April 2, 2024") and the desk's
    phone, cells apart; the rows carry a clock time only ("Occurrence / Clock / What /
    Where / Outcome"), so each row's date is the day its page's head names."""
    days: dict[str, list[dict]] = {}
    for r in incidents(n):
        days.setdefault(r["date"], []).append(r)
    c = canvas.Canvas(str(path), pagesize=letter)
    for day, rs in days.items():
        stamp = datetime.strptime(day, "%m/%d/%Y")
        c.setFont("Courier", 8)
        c.drawString(40, 750, "Lakeview Reservoir Wardens - shift board")
        c.drawString(270, 750, f"{stamp.strftime('%A')}, {_MONTHS[stamp.month - 1]} {stamp.day}, {stamp.year}")
        c.drawString(430, 750, "Warden desk 555-0177")
        y = 720
        c.drawString(40, y, f"{'Occurrence':<14}{'Clock':<8}{'What':<22}{'Where':<22}Outcome")
        for r in rs:
            y -= 11
            c.drawString(40, y, f"{'LW-' + r['no']:<14}{r['time']:<8}{r['type']:<22}{r['address']:<22}{r['dispo']}")
        c.showPage()
    c.save()
    return path


def day_pages_reports_then_bookings_counted_page_by_page(path: Path, n: int) -> Path:
    """A community-centre desk, Courier 8, a page per day: the date over a table "Ticket /
    Time / Nature / Location / Outcome" of the reports (``24-01000``), then "HALL HIRE"
    rows shaped like them (``HH-0311  18:00  Hall 2  Centre annex``, a series of their
    own, no outcome); each page closes "3 reports, 2 hall hires today" and nothing counts
    the month: the hires are no records."""
    days: dict[str, list[dict]] = {}
    for r in incidents(n):
        days.setdefault(r["date"], []).append(r)
    c = canvas.Canvas(str(path), pagesize=letter)
    hire = 300
    for d, (day, rs) in enumerate(days.items()):
        c.setFont("Courier", 8)
        c.drawString(40, 750, f"Elmstead Community Centre - desk log for {day}")
        lines = [f"{'Ticket':<12}{'Time':<8}{'Nature':<22}{'Location':<22}Outcome"]
        lines += [f"{r['no']:<12}{r['time']:<8}{r['type']:<22}{r['address']:<22}{r['dispo']}" for r in rs]
        lines += ["", "HALL HIRE"]
        for k in range(2 + d % 2):
            hire += 11
            lines.append(f"{f'HH-{hire:04d}':<12}{f'{17 + k}:00':<8}{f'Hall {1 + k}':<22}{'Centre annex':<22}")
        lines += ["", f"{len(rs)} reports, {2 + d % 2} hall hires today"]
        for k, line in enumerate(lines):
            c.drawString(40, 720 - 11 * k, line)
        c.showPage()
    c.save()
    return path


TALLIES = {f.__name__: f for f in (harbor_desk_export_calls_among_other_tickets,
                                   harbor_desk_export_every_ticket_counted_as_a_call,
                                   day_sheets_reports_then_a_list_of_bookings,
                                   day_pages_named_in_the_page_head,
                                   day_pages_reports_then_bookings_counted_page_by_page)}
