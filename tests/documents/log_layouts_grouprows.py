"""Generated logs whose rows may stand for a group of incidents (see ``log_layouts``): the
number cell holds a rising range (``A to B``) or a list (``A & B``), each number an incident
sharing the row's values."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_PAGE = 40


def transit_watch_rows_group_ranges(path: Path, n: int) -> Path:
    """A transit authority's watch log, Courier 8, one row a line under column titles:
    date, time, `Report Ref(s)`, nature, platform/place, result. Every fourth row reports a
    group: its reference cell reads `TW7-50210 to TW7-50213` (every number from the first
    to the last); every seventh a pair `TW7-50230 & TW7-50231`; some rows carry, on a line
    under them, a fare-card number of another series (`Card 9X-881204`). ``n`` is the count
    of incidents (numbers), the rows fewer."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    serial, i, line = 50200, 0, 0

    def head():
        c.setFont("Courier-Bold", 9)
        c.drawString(30, 765, "NORTHLINE TRANSIT POLICE - PLATFORM WATCH LOG")
        c.setFont("Courier", 8)
        c.drawString(30, 745, f"{'Date':<11}{'Time':<7}{'Report Ref(s)':<24}{'Nature':<20}{'Place':<20}Result")

    head()
    y, k = 732, 0
    while i < n:
        size = 4 if k % 4 == 2 else 2 if k % 7 == 5 else 1
        size = min(size, n - i)
        first, last = serial, serial + size - 1
        cell = f"TW7-{first}" if size == 1 else f"TW7-{first} & TW7-{last}" if size == 2 \
            else f"TW7-{first} to TW7-{last}"
        r = rows[i]
        c.drawString(30, y, f"{r['date']:<11}{r['time']:<7}{cell:<24}{r['type']:<20}{r['address']:<20}{r['dispo']}")
        y -= 11
        line += 1
        if k % 5 == 3:
            c.drawString(30 + 18 * 4.8, y, f"Card 9X-{881200 + k}")
            y -= 11
        i += size
        serial = last + 2 if k % 3 == 0 else last + 1
        k += 1
        if y < 60 and i < n:
            c.showPage()
            head()
            y = 732
    c.save()
    return path


GROUP_ROWS = {f.__name__: f for f in (transit_watch_rows_group_ranges,)}


def bulletin_items_group_plural_label(path: Path, n: int) -> Path:
    """A harbour board's bulletin, Helvetica 9, numbered items counting groups, not
    incidents: `7.   Occurrence HB-40310 -- 04/02/2024 at 13:26` over an indented line of
    nature, place and outcome. Every fourth item reports a group under the label's plural:
    `Occurrences HB-40312 until HB-40315 -- ...`, every seventh a pair `Occurrences HB-40320
    and HB-40321`; some items close with `Pilot call P24-77120.` (another series). ``n`` is
    the count of incidents (numbers), the items fewer."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 765, "ELSWICK HARBOUR BOARD - WEEKLY BULLETIN OF OCCURRENCES")
    c.setFont("Helvetica", 9)
    serial, i, k, y = 40300, 0, 0, 740
    while i < n:
        size = min(4 if k % 4 == 2 else 2 if k % 7 == 5 else 1, n - i)
        first, last = serial, serial + size - 1
        head = f"Occurrence HB-{first}" if size == 1 else f"Occurrences HB-{first} and HB-{last}" if size == 2 \
            else f"Occurrences HB-{first} until HB-{last}"
        r = rows[i]
        c.drawString(40, y, f"{k + 1}.")
        c.drawString(70, y, f"{head} -- {r['date']} at {r['time']}")
        c.drawString(70, y - 11, f"{r['type']}, {r['address']}. Outcome: {r['dispo']}.")
        y -= 22
        if k % 5 == 3:
            c.drawString(70, y, f"Pilot call P24-{77100 + k}.")
            y -= 11
        y -= 6
        i += size
        serial = last + 2 if k % 3 == 0 else last + 1
        k += 1
        if y < 70 and i < n:
            c.showPage()
            c.setFont("Helvetica", 9)
            y = 750
    c.save()
    return path


GROUP_ROWS.update({f.__name__: f for f in (bulletin_items_group_plural_label,)})


def ferry_diary_type_at_place_no_year(path: Path, n: int) -> Path:
    """A ferry terminal's diary, Courier 8, one line an entry and no year anywhere: `Apr 2nd,
    1:26 PM`, then `No. FT-6210` (or a group `No. FT-6212 thru FT-6214`), then one cell
    `Burglary at 180 Harbor Blvd  (Gone on Arrival)`; some entries carry a line under them
    with a ticket of another series (`Ticket 3K-44120`). ``n`` is the count of incidents."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Courier-Bold", 9)
    c.drawString(30, 765, "CALDHOLM FERRY TERMINAL - SECURITY DIARY")
    c.setFont("Courier", 8)
    serial, i, k, y = 6200, 0, 0, 745
    while i < n:
        size = min(3 if k % 4 == 2 else 1, n - i)
        first, last = serial, serial + size - 1
        cell = f"No. FT-{first}" if size == 1 else f"No. FT-{first} thru FT-{last}"
        r = rows[i]
        day = int(r["date"][3:5])
        suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        hour, minute = int(r["time"][:2]), r["time"][3:]
        clock = f"{(hour % 12) or 12}:{minute} {'AM' if hour < 12 else 'PM'}"
        when = f"Apr {day}{suffix}, {clock}"
        c.drawString(30, y, f"{when:<20}{cell:<26}{r['type']} at {r['address']}  ({r['dispo']})")
        y -= 11
        if k % 5 == 3:
            c.drawString(30 + 20 * 4.8, y, f"Ticket 3K-{44100 + k}")
            y -= 11
        i += size
        serial = last + 2 if k % 3 == 0 else last + 1
        k += 1
        if y < 60 and i < n:
            c.showPage()
            c.setFont("Courier", 8)
            y = 750
    c.save()
    return path


GROUP_ROWS.update({f.__name__: f for f in (ferry_diary_type_at_place_no_year,)})
