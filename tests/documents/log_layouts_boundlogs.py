"""Generated packets of daily logs bound into one PDF (see ``log_layouts``): a contents page
listing each daily report on a line ending with its page, and a day reissued as `REVISED`
right after its first issue."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

PER_DAY = 4


def bound_daily_reports_behind_a_contents_page(path: Path, n: int) -> Path:
    """Helvetica 9 daily reports, one a page, behind a contents page: each report numbered
    `2024-04DD`, the shape of the incidents' `2024-1NNN`, printed in its head and footer and
    on its contents line (`2024-0401  04/01/2024  4  2`, the page last)."""
    rows = incidents(n)
    days = [rows[k:k + PER_DAY] for k in range(0, n, PER_DAY)]
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 9)
    c.drawString(40, 800, "Daily Reports, April 2024 - Index")
    c.drawString(40, 780, "Report No.          Date                 Incidents      Page")
    for d, day in enumerate(days):
        c.drawString(40, 760 - 16 * d, f"2024-04{d + 1:02d}          04/{d + 1:02d}/2024           "
                                       f"{len(day)}              {d + 2}")
    c.drawString(40, 740 - 16 * len(days), f"Incidents in this volume: {n}")
    c.showPage()
    for d, day in enumerate(days):
        c.setFont("Helvetica", 9)
        c.drawString(40, 800, f"DAILY REPORT 2024-04{d + 1:02d}  -  April {d + 1}, 2024")
        c.drawString(40, 770, "Incident      Reported            Offense             Location            Status")
        for k, r in enumerate(day):
            c.drawString(40, 750 - 16 * k, f"2024-{1000 + d * PER_DAY + k}     {r['date']} {r['time']}"
                                           f"    {r['type']}    {r['address']}    {r['dispo']}")
        c.drawString(40, 740 - 16 * len(day), f"Incidents reported: {len(day)}")
        c.drawString(40, 40, f"Daily Report 2024-04{d + 1:02d}")
        c.drawString(480, 40, "Page 1 of 1")
        c.showPage()
    c.save()
    return path


def daily_press_logs_one_day_reissued_revised(path: Path, n: int) -> Path:
    """Helvetica 9 daily press logs, one a page, the number in a hanging column and prose
    beside it; the second day printed again right after as `... — REVISED` with a note, its
    first entry's disposition corrected: one record per incident, the revised values."""
    rows = incidents(n)
    days = [rows[k:k + PER_DAY] for k in range(0, n, PER_DAY)]
    c = canvas.Canvas(str(path))

    def day_page(d: int, day: list[dict], revised: bool) -> None:
        c.setFont("Helvetica", 9)
        title = f"Daily Press Log - April {d + 1}, 2024" + (" - REVISED" if revised else "")
        c.drawString(200, 800, title)
        y = 770
        if revised:
            c.drawString(40, y, f"This revised log replaces the log for April {d + 1}. Corrected: disposition of "
                                f"{day[0]['no']}.")
            y -= 24
        for k, r in enumerate(day):
            dispo = "Warning given" if revised and k == 0 else r["dispo"]
            c.drawString(40, y, r["no"])
            c.drawString(110, y, f"{r['date']} {r['time']} - {r['type']} at {r['address']}. "
                                 f"Officer #3{k:02d}.")
            c.drawString(110, y - 12, f"Disposition: {dispo}.")
            y -= 30
        c.drawString(40, y - 10, f"Entries in this log: {len(day)}.")
        c.drawString(270, 40, "Page 1 of 1")
        c.showPage()

    for d, day in enumerate(days):
        day_page(d, day, False)
        if d == 1:
            day_page(d, day, True)
    c.save()
    return path


BOUND_LOGS = {f.__name__: f for f in (bound_daily_reports_behind_a_contents_page,
                                      daily_press_logs_one_day_reissued_revised)}
