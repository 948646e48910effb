"""Generated logs whose times are military date-time groups (see ``log_layouts``): a
portrait table whose first column is ``011009QAPR2024`` (day, hour, minute, zone letter,
month, year), the record number in the second column; and a harbor sheet whose dates are
days of the year (``24092 1009``), told only by day headings pairing each day's number
with its calendar date, with its twin printing no such heading (its numbers stay numbers)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def date_time_groups_before_the_number(path: Path, n: int) -> Path:
    """Helvetica rows: "011009QAPR2024   RX24-01000   Burglary   100 Main St   Report Taken";
    column titles "TIME GROUP / REPORT / EVENT / PLACE / RESULT" on every page, a count at
    the end. The date-time group is letters among digits, the shape of a record number."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 760, f"Harbor Patrol Unit - Event Register            sheet {page}")
        c.setFont("Helvetica-Bold", 8)
        for x, title in ((40, "TIME GROUP"), (130, "REPORT"), (210, "EVENT"), (330, "PLACE"), (460, "RESULT")):
            c.drawString(x, 735, title)
        c.setFont("Helvetica", 8)
        return 718

    page, y = 1, header(1)
    for i, r in enumerate(rows):
        if y < 60:
            c.showPage()
            page += 1
            y = header(page)
        mm, dd, yyyy = r["date"].split("/")
        dtg = f"{dd}{r['time'].replace(':', '')}Q{_MON[int(mm) - 1]}{yyyy}"
        for x, value in ((40, dtg), (130, f"RX24-{1000 + i:05d}"), (210, r["type"]), (330, r["address"]),
                         (460, r["dispo"])):
            c.drawString(x, y, value)
        y -= 13
    c.drawString(40, y - 14, f"Events this register: {n}")
    c.save()
    return path


DTG = {f.__name__: f for f in (date_time_groups_before_the_number,)}


def bracketed_entries_of_dash_parts(path: Path, n: int) -> Path:
    """A desk journal typed as a list: a day heading ("Thursday, 04/04/2024") when the day
    changes, then "(3) 22:41 Ref RJ-240017 Noise Complaint - 130 Ocean Ave - Unfounded" with
    the list number restarting each day; the type, place and outcome are set off by dashes."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Roman", 10)
    c.drawString(60, 760, "Pinecrest Marshal's Office - Desk Journal")
    y, day, k = 735, None, 0
    for i, r in enumerate(rows):
        if y < 60:
            c.showPage()
            c.setFont("Times-Roman", 10)
            y = 750
        if r["date"] != day:
            day, k = r["date"], 0
            c.drawString(60, y, f"Week day, {day}".replace("Week day", "Thursday"))
            y -= 14
        k += 1
        c.drawString(72, y, f"({k}) {r['time']} Ref RJ-24{i:04d} {r['type']} - {r['address']} - {r['dispo']}")
        y -= 13
    c.drawString(60, y - 10, f"{n} journal entries")
    c.save()
    return path


DTG[bracketed_entries_of_dash_parts.__name__] = bracketed_entries_of_dash_parts


def _day_sheet(path: Path, n: int, day_numbers: bool) -> Path:
    """Courier 8 rows under titles `Ref. No.  Logged  Launch  Matter  Berth / Place  Result`:
    `PS-24-01000  24092 1009  2314  Burglary  100 Main St  Report Taken`, the date a
    two-digit year and the day's number in it, the time four digits, a four-digit launch
    number beside (of a time's shape); a heading `MONDAY, APRIL 1, 2024` over each day's
    rows. Where ``day_numbers``, `(092)` after the heading's date; else no launch column
    either (no number of a time's shape to read the row's time from)."""
    import datetime as dt

    c = canvas.Canvas(str(path), pagesize=letter)

    def header(page: int) -> float:
        c.setFont("Courier", 8)
        c.drawString(40, 760, f"PELICAN SOUND HARBOR MASTER - BERTH INCIDENT SHEET            page {page}")
        launch = f"{'Launch':<9}" if day_numbers else ""
        c.drawString(40, 740, f"{'Ref. No.':<14}{'Logged':<14}{launch}{'Matter':<20}{'Berth / Place':<20}Result")
        return 722

    page, y, day = 1, header(1), None
    for i, r in enumerate(incidents(n)):
        if y < 70:
            c.showPage()
            page += 1
            y = header(page)
        mm, dd, yyyy = map(int, r["date"].split("/"))
        date = dt.date(yyyy, mm, dd)
        doy = date.timetuple().tm_yday
        if r["date"] != day:
            day = r["date"]
            heading = date.strftime("%A, %B %-d, %Y").upper()
            c.drawString(40, y, f"{heading}      ({doy:03d})" if day_numbers else heading)
            y -= 13
        logged = f"{yyyy % 100:02d}{doy:03d} {r['time'].replace(':', '')}"
        launch = f"{2301 + i % 27:<9}" if day_numbers else ""
        c.drawString(40, y, f"PS-{r['no']:<11}{logged:<14}{launch}{r['type']:<20}{r['address']:<20}{r['dispo']}")
        y -= 11
    c.drawString(40, y - 12, f"Incidents on this sheet: {n}")
    c.save()
    return path


def harbor_sheet_day_numbers_paired_in_headings(path: Path, n: int) -> Path:
    """The day sheet with each day heading printing the day's number beside its date."""
    return _day_sheet(path, n, True)


def harbor_sheet_day_numbers_never_named(path: Path, n: int) -> Path:
    """The same sheet with day headings of the calendar date alone."""
    return _day_sheet(path, n, False)


DTG.update({f.__name__: f for f in (harbor_sheet_day_numbers_paired_in_headings,
                                    harbor_sheet_day_numbers_never_named)})
