"""Generated logs compiled from each officer's own shift sheets (see ``log_layouts``): an
incident worked by two officers is on both sheets, and most of a sheet is work with no
incident number. Two ways of writing them: numbered lists again from 1 under each heading,
and typed prose led by clock times citing the incident's number somewhere in a sentence."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_SHEET = 5           # incidents on a sheet, each also on the next sheet as the other officer's
OTHER = ("Foot patrol, harbour wall", "Refreshment, canteen", "Premises check - boat sheds",
         "Paperwork, front office")


def _sheets(n: int) -> list[tuple[int, list[tuple[dict, bool]]]]:
    """(officer, [(incident, lead?)]) per sheet: sheet k leads incidents k*5.., assists the previous sheet's."""
    rows = incidents(n)
    for i, r in enumerate(rows):
        r["ref"] = f"WD-24-{3000 + i:05d}"
    sheets = []
    for k, start in enumerate(range(0, n, PER_SHEET)):
        own = [(r, True) for r in rows[start:start + PER_SHEET]]
        helped = [(r, False) for r in rows[max(0, start - PER_SHEET):start][::2]]
        sheets.append((4400 + 7 * k, sorted(own + helped, key=lambda p: (p[0]["date"], p[0]["time"]))))
    return sheets


class _Writer:
    """Lines down pages, a running title on each page."""

    def __init__(self, path: Path, title: str):
        self.c, self.title, self.page = canvas.Canvas(str(path), pagesize=letter), title, 0
        self.new_page()

    def new_page(self):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.c.setFont("Courier-Bold", 10)
        self.c.drawString(40, 765, self.title)
        self.c.setFont("Courier", 8)
        self.c.drawString(40, 40, f"Compiled from the shift sheets                    page {self.page}")
        self.c.setFont("Courier", 9)
        self.y = 740

    def line(self, x: int, text: str):
        if self.y < 70:
            self.new_page()
        self.c.drawString(x, self.y, text)
        self.y -= 11

    def save(self, path: Path) -> Path:
        self.c.save()
        return path


def warden_sheets_restarted_lists(path: Path, n: int) -> Path:
    """Harbour wardens' duty sheets, one per warden: a `WARDEN DUTY SHEET - Warden 4407 -
    04/01/2024` heading, an `HOURS:` line and a `TALLY:` line of counts, then `ATTENDED`
    (`1. WD-24-03000  04/01/2024 10:09  Burglary  (Lead)` over `100 Main St - Outcome: Report
    Taken (TK 55012)`) and `UNLOGGED DUTIES` (`1. 11:20 Foot patrol, harbour wall`), each list
    numbered from 1. Every other incident of a sheet is again on the next sheet `(Assist)`."""
    w = _Writer(path, "TAMSWORTH HARBOUR WARDENS - DUTY SHEETS AS HANDED IN")
    for officer, worked in _sheets(n):
        w.line(40, f"WARDEN DUTY SHEET - Warden {officer} - {worked[0][0]['date']}")
        w.line(40, f"HOURS: Patrol {len(worked) % 4 + 3}.5 Calls {len(worked)}.0 Office 1.0")
        w.line(40, f"TALLY: Calls {len(worked)} Checks 2 Stops 1 Breaks 1 Odometer {40 + officer % 60}")
        w.line(40, "ATTENDED")
        for k, (r, lead) in enumerate(worked, 1):
            ticket = f" (TK 55{int(r['ref'][-3:]):03d})" if int(r["ref"][-2:]) % 4 == 1 else ""
            w.line(52, f"{k}. {r['ref']}  {r['date']} {r['time']}  {r['type']}  ({'Lead' if lead else 'Assist'})")
            w.line(70, f"{r['address']} - Outcome: {r['dispo']}{ticket}")
        w.line(40, "UNLOGGED DUTIES")
        for k, text in enumerate(OTHER[:2 + officer % 3], 1):
            w.line(52, f"{k}. {11 + k}:{(officer * k) % 60:02d} {text}")
        w.y -= 11
    return w.save(path)


def constable_journals_cited_refs(path: Path, n: int) -> Path:
    """Constables' typed shift journals, one per constable: a `Shift Journal - Monday, April
    1, 2024 - Lates - PC 4407` heading, then entries led by a four-digit time, the prose
    wrapped under the text: `Sent to Burglary at 100 Main St, ref WD-24-03000. Outcome:
    Report Taken.` by the constable sent, `Assisted PC 4400 with ref WD-24-03000, Burglary at
    100 Main St. Outcome: ...` by the one assisting; meals, checks and vehicle stops
    (`38 in a 30, words of advice; no ref raised.`) cite none; `Off duty. Odometer 64.`"""
    w = _Writer(path, "TAMSWORTH CONSTABULARY - SHIFT JOURNALS AS TYPED")
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday"]
    lead_of = {}
    for officer, worked in _sheets(n):
        day = 0
        for k, (r, lead) in enumerate(worked):
            if int(r["date"][3:5]) != day:      # (a sheet running past midnight: headed again)
                day = int(r["date"][3:5])
                w.line(40, f"Shift Journal - {days[day - 1]}, April {day}, 2024 - Lates - PC {officer}")
            if lead:
                lead_of[r["ref"]] = officer
                text = f"Sent to {r['type']} at {r['address']}, ref {r['ref']}. Outcome: {r['dispo']}."
            else:
                text = f"Assisted PC {lead_of[r['ref']]} with ref {r['ref']}, {r['type']} at {r['address']}. " \
                       f"Outcome: {r['dispo']}."
            first, *rest = textwrap.wrap(text, 70)
            w.line(40, f"{r['time'].replace(':', '')}      {first}")
            for more in rest:
                w.line(90, more)
            if k % 2:
                w.line(40, f"{(int(r['time'][:2]) + 1) % 24:02d}05      Vehicle stop, Ocean Ave, "
                           f"{30 + k} in a 30, words of advice; no ref raised.")
        w.line(40, "2350      Refreshment, canteen.")
        w.line(90, f"Off duty. Odometer {40 + officer % 60}.")
        w.y -= 11
    return w.save(path)


ACTIVITY_SHEETS = {f.__name__: f for f in (warden_sheets_restarted_lists, constable_journals_cited_refs)}
