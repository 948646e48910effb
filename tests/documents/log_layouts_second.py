"""Generated logs whose layout changes partway (see ``log_layouts``): a second table of
another number series after the first, its own heading and column titles, running on over
a page that carries none of the first table's numbers; a new records system mid-page with
its columns in another order; a typed text file whose field order and separator change
at a shift change."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def offence_table_then_alarm_register_on_its_own_page(path: Path, n: int) -> Path:
    """A harbor authority's log, Courier 8: `Entry No.  Logged  Offence  Berth  Result`
    rows numbered "HA24-01000"; the last ten incidents are alarms, listed after them under
    "ALARM REGISTER" and titles `Alarm  Logged  Sounded  Berth  Reset by`, numbered
    "K-2401" on (another shape), the last six on a page of their own."""
    rows = incidents(n)
    offences, alarms = rows[:-10], rows[-10:]
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 0.0, "page": 0}

    def new_page(titles: str) -> None:
        if state["page"]:
            c.showPage()
        state["page"] += 1
        c.setFont("Courier", 8)
        c.drawString(40, 750, f"PORT OF SALTMARSH HARBOR AUTHORITY - OCCURRENCE LOG   p. {state['page']}")
        c.drawString(40, 730, titles)
        state["y"] = 715

    def line(text: str) -> None:
        c.drawString(40, state["y"], text)
        state["y"] -= 11

    first = f"{'Entry No.':<14}{'Logged':<18}{'Offence':<22}{'Berth':<18}Result"
    new_page(first)
    for r in offences:
        if state["y"] < 50:
            new_page(first)
        line(f"HA{r['no']:<12}{r['date'] + ' ' + r['time']:<18}{r['type']:<22}{r['address']:<18}{r['dispo']}")
    line("")
    line("ALARM REGISTER (berths and sheds)")
    second = f"{'Alarm':<14}{'Logged':<18}{'Sounded':<22}{'Berth':<18}Reset by"
    line(second)
    for k, r in enumerate(alarms):
        if k == 4:
            new_page(second)
        line(f"K-24{k + 1:02d}{'':<8}{r['date'] + ' ' + r['time']:<18}{'smoke detector':<22}{r['address']:<18}"
             f"shift lead")
    c.save()
    return path


def ranger_book_then_new_dispatch_table_other_order(path: Path, n: int) -> Path:
    """A county parks ranger log, Courier 8: the old book first (`When  Call  Nature
    Place  Result`, "MM/DD/YYYY HH:MM", calls numbered "RP-2101" on), then a banner
    mid-page and a new table with its titles in another order (`Site  Nature  Logged
    Outcome  Ref`: the number last, ISO date-times, numbers "P24-0301" on) that runs
    over the next page: each part read with its own layout, and joined."""
    rows = incidents(n)
    half = n // 2
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 715.0}

    def line(text: str) -> None:
        if state["y"] < 50:
            c.showPage()
            c.setFont("Courier", 8)
            state["y"] = 740
        c.drawString(40, state["y"], text)
        state["y"] -= 11

    c.setFont("Courier", 8)
    c.drawString(40, 750, "WILLOW FLATS COUNTY PARKS - RANGER LOG")
    line(f"{'When':<18}{'Call':<10}{'Nature':<22}{'Place':<20}Result")
    for k, r in enumerate(rows[:half]):
        line(f"{r['date'] + ' ' + r['time']:<18}{'RP-' + str(2101 + k):<10}{r['type']:<22}{r['address']:<20}"
             f"{r['dispo']}")
    line("")
    line("+++ calls from here on are kept in the new dispatch system; call numbers above are the old book +++")
    line("")
    line(f"{'Site':<20}{'Nature':<22}{'Logged':<19}{'Outcome':<18}Ref #")
    for k, r in enumerate(rows[half:]):
        m, d, y = r["date"].split("/")
        line(f"{r['address']:<20}{r['type'].title():<22}{f'{y}-{m}-{d} ' + r['time']:<19}{r['dispo']:<18}"
             f"P24-{301 + k:04d}")
    c.save()
    return path


def text_file_parts_then_shift_change_other_order(path: Path, n: int) -> Path:
    """A typed text file printed as is (Courier 9, hard-wrapped at 78): entries of one run
    of parts, `2024-04-01 10:09 W-300 BURGLARY / 100 MAIN ST / narrative / REPORT TAKEN`,
    a blank line after each; at a shift change the order turns to the number first and
    " -- " between the parts (`W-330 -- 04/06/2024 18:03 -- Burglary -- ...`), mixed case,
    no blank lines."""
    rows = incidents(n)
    half = n // 2
    lines = ["HILLCREST VILLAGE PATROL - NIGHT BOOK", ""]
    for k, r in enumerate(rows[:half]):
        m, d, y = r["date"].split("/")
        text = (f"{y}-{m}-{d} {r['time']} W-{300 + k} {r['type'].upper()} / {r['address'].upper()} / "
                f"{r['summary']} / {r['dispo'].upper()}")
        lines += textwrap.wrap(text, 78) + [""]
    lines += ["---- day shift keeps the book from here ----", ""]
    for k, r in enumerate(rows[half:]):
        text = f"W-{300 + half + k} -- {r['date']} {r['time']} -- {r['type']} -- {r['address']} -- " \
               f"{r['summary']} -- {r['dispo'].lower()}"
        lines += textwrap.wrap(text, 78)
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 750
    for ln in lines:
        if y < 50:
            c.showPage()
            y = 750
        c.setFont("Courier", 9)
        c.drawString(40, y, ln)
        y -= 11
    c.save()
    return path


SECOND = {f.__name__: f for f in (offence_table_then_alarm_register_on_its_own_page,
                                  ranger_book_then_new_dispatch_table_other_order,
                                  text_file_parts_then_shift_change_other_order)}
