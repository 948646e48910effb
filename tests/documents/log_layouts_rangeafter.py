"""Generated logs whose entries open with a time, then a number shaped like a range (see
``log_layouts``): a day book's typed entries, the number never leading its line."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

DAYS_PER_PAGE = 3
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def quay_day_book_time_then_range_number(path: Path, n: int) -> Path:
    """A port constable's day book, Courier 9, three days a page under headings
    `Monday 04/01/2024 ........ day 092` (a day-of-year counter at the right).
    Entries `0609  2404-3100  Burglary, 100 Main St: Report Taken`, the number four digits, a
    dash, four digits (a year-month and a serial, shaped like a time span) right after the
    time; every fourth entry wraps onto an indented line. At each page's foot a
    `FOLLOW-UPS` box whose lines open the same way, a time then `see 2404-31NN - ...`, citing
    an earlier entry's number (no entry of their own), then `Entries this page: k`."""
    rows = incidents(n)
    by_day: dict[str, list[dict]] = {}
    for i, r in enumerate(rows):
        r["ref"] = f"2404-{3100 + i:04d}"
        by_day.setdefault(r["date"], []).append(r)
    for entries in by_day.values():
        entries.sort(key=lambda r: r["time"])
    days = list(by_day)
    c = canvas.Canvas(str(path), pagesize=letter)
    for start in range(0, len(days), DAYS_PER_PAGE):
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 765, "QUAYSIDE CONSTABULARY - DAY BOOK (typed copy)")
        c.setFont("Courier", 9)
        c.drawString(40, 752, "time, ref, matter, place: outcome")
        y, count, cited = 728, 0, []
        for day in days[start:start + DAYS_PER_PAGE]:
            dom = int(day.split("/")[1])
            c.drawString(40, y, f"{WEEKDAYS[(dom - 1) % 7]} {day}")
            c.drawString(430, y, f"day {91 + dom:03d}")
            y -= 13
            for k, r in enumerate(by_day[day]):
                c.drawString(52, y, f"{r['time'].replace(':', '')}  {r['ref']}  {r['type']}, {r['address']}: "
                                    f"{r['dispo']}")
                y -= 11
                if int(r["ref"][-2:]) % 4 == 1:
                    c.drawString(76, y, "owner to bring photographs to the desk before the end of the week")
                    y -= 11
                if k == 1:
                    cited.append(r)
                count += 1
            y -= 6
        y -= 8
        c.drawString(40, y, "FOLLOW-UPS")
        y -= 12
        for r in cited:
            later = f"{(int(r['time'][:2]) + 1) % 24:02d}{r['time'][3:]}"
            c.drawString(52, y, f"{later}  see {r['ref']} - harbour master phoned, no change")
            y -= 11
        c.drawString(40, y - 8, f"Entries this page: {count}")
        c.showPage()
    c.save()
    return path


RANGE_AFTER_TIME = {f.__name__: f for f in (quay_day_book_time_then_range_number,)}
