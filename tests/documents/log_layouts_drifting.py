"""More generated logs (see ``log_layouts``): a daybook typed in a word processor whose
separators and date style change twice over the month, numbered with a short year-serial;
a weekly bulletin of labelled blocks whose labels and date style change partway."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_MONTH = "Apr"


def daybook_separators_drifting(path: Path, n: int) -> Path:
    """Lines ``24-501 ...`` one a call: column-aligned under ``No. When Matter Place Closed``
    with ``04/01/2024 10:09``; then `` | `` cells under a barred header with ``4/3/24 1009``;
    then `` - `` parts under a dashed header with ``Apr 6 10:09`` (no year). Every fourth
    call has no place, every fifth no result. A heading with a phone number, a closing line
    with the count and a fuel figure."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 740

    def line(text: str, x: float = 50, font: str = "Courier", size: float = 9) -> None:
        nonlocal y
        if y < 70:
            c.showPage()
            y = 740
        c.setFont(font, size)
        c.drawString(x, y, text)

    line("Village of Fenwick Mills - Warden's Daybook", font="Helvetica-Bold", size=12)
    y -= 16
    line("April 2024   Ph 555-0199", font="Helvetica", size=10)
    y -= 24
    cols = (50, 110, 210, 350, 470)
    third = n // 3
    for i, r in enumerate(rows):
        number = f"24-{501 + i}"
        place = "" if i % 4 == 2 else r["address"]
        result = "" if i % 5 == 3 else r["dispo"]
        month, day, year = r["date"].split("/")
        if i == 0:
            for x, t in zip(cols, ("No.", "When", "Matter", "Place", "Closed")):
                line(t, x, "Helvetica-Bold")
            y -= 13
        if i == third:
            line("Entry # | Time | Nature | Address | Disposition", font="Courier-Bold")
            y -= 13
        if i == 2 * third:
            line("Entry - Logged - Nature - Address - Disposition", font="Courier-Bold")
            y -= 13
        if i < third:
            for x, v in zip(cols, (number, f"{r['date']} {r['time']}", r["type"], place, result)):
                line(v, x, "Helvetica")
        elif i < 2 * third:
            when = f"{int(month)}/{int(day)}/{year[2:]} {r['time'].replace(':', '')}"
            line(" | ".join((number, when, r["type"], place, result)))
        else:
            when = f"{_MONTH} {int(day)} {r['time']}"
            line(" - ".join(v for v in (number, when, r["type"], place, result) if v))
        y -= 13
    y -= 10
    line(f"{n} calls logged. Fuel 38 gal.", font="Helvetica")
    c.save()
    return path


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_FIRST = ("Entry #:", "Received:", "Call:", "Unit:", "Place:", "Result:")
_SECOND = ("Ref. No.", "When:", "Type:", "Unit:", "Address:", "Case Status:")


def _bulletin_blocks_relabelled(path: Path, n: int, change: int) -> Path:
    """A marina patrol's weekly bulletin, Times 10, one labelled block per call parted by a
    blank line, never split over pages: ``Entry #: MP-24-1000``, ``Received: 04/01/2024
    10:09``, ``Call:``, ``Unit: Boat 3``, ``Place:``, ``Result:``; from call ``change`` on
    the labels are ``Ref. No. MP-24-1006``, ``When: Sat 6 Apr 1009`` (no year), ``Type:``,
    ``Unit:``, ``Address:``, ``Case Status:``, only ``Unit:`` shared. The block of
    the call after the change printed again alike two blocks further down (one call).
    ``Page k`` at each foot; ``Calls logged: N`` at the end."""
    rows = incidents(n)
    order = list(range(n))
    order.insert(change + 3, change + 1)
    c = canvas.Canvas(str(path), pagesize=letter)
    page, y = 1, 0.0

    def head() -> float:
        c.setFont("Times-Bold", 12)
        c.drawString(60, 750, "Saltmarsh Bay Marina Patrol - Weekly Bulletin")
        c.setFont("Times-Roman", 10)
        c.drawString(60, 735, "Calls of the week of April 1, 2024")
        c.drawString(60, 40, f"Page {page}")
        return 705.0

    y = head()
    for i in order:
        r = rows[i]
        if y < 60 + 6 * 13:
            c.showPage()
            page += 1
            y = head()
        month, day, year = r["date"].split("/")
        number = f"MP-24-{1000 + i}"
        if i < change:
            labels, when = _FIRST, f"{r['date']} {r['time']}"
        else:
            weekday = _WEEKDAYS[(int(day) - 1) % 7]       # April 1, 2024 was a Monday
            labels, when = _SECOND, f"{weekday} {int(day)} {_MONTH} {r['time'].replace(':', '')}"
        for label, value in zip(labels, (number, when, r["type"], f"Boat {1 + i % 4}", r["address"], r["dispo"])):
            c.setFont("Times-Roman", 10)
            c.drawString(60, y, f"{label} {value}")
            y -= 13
        y -= 13
    c.drawString(60, y, f"Calls logged: {n}")
    c.save()
    return path


def bulletin_blocks_relabelled_early(path: Path, n: int) -> Path:
    """The labels changed after the first third of the calls."""
    return _bulletin_blocks_relabelled(path, n, n // 3)


def bulletin_blocks_relabelled_late(path: Path, n: int) -> Path:
    """The labels changed after the first two thirds of the calls."""
    return _bulletin_blocks_relabelled(path, n, n - n // 3)


DRIFTING = {f.__name__: f for f in (daybook_separators_drifting, bulletin_blocks_relabelled_early,
                                    bulletin_blocks_relabelled_late)}
