"""Generated logs of one sentence or one paragraph per entry (see ``log_layouts``): a digest
of bullets opened by their number in brackets, a night book whose numbers stand in a
right-hand margin beside paragraphs led by their time, a shift journal whose numbers stand
inside entries led by their time; and a listing under a selection box citing a range of
numbers."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

_ZONES = ("NORTH PIER", "OLD TOWN", "AIRFIELD")


def bracketed_bullets_by_zone(path: Path, n: int) -> Path:
    """A harbor patrol digest: zones headed "NORTH PIER — 7 calls", each call one dash
    bullet "– [HB24-01000] 4/1 10:09 — 100 Main St: Burglary; report taken." (month/day
    without the year), the longer ones wrapped under their text; a zone cut by a page
    break goes on under "NORTH PIER (cont.)"; ends "Calls this digest: N"."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 0.0, "page": 0}

    def new_page() -> None:
        if state["page"]:
            c.showPage()
        state["page"] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 750, "Bayside Harbor Patrol - Weekly Calls Digest")
        c.setFont("Helvetica", 9)
        c.drawString(50, 736, f"Issued April 15, 2024      leaf {state['page']}")
        state["y"] = 710

    def line(text: str, x: float = 50, bold: bool = False) -> None:
        if state["y"] < 60:
            new_page()
            if zone:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(50, state["y"], f"{zone} (cont.)")
                state["y"] -= 14
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        c.drawString(x, state["y"], text)
        state["y"] -= 12

    new_page()
    zone = None
    for k, name in enumerate(_ZONES):
        mine = rows[k::len(_ZONES)]
        zone = None
        line(f"{name} \u2014 {len(mine)} calls", bold=True)
        zone = name
        for r in mine:
            mm, dd, _ = r["date"].split("/")
            extra = f", cross ref {r['case']}" if r["case"] else ""
            text = (f"[HB{r['no']}] {int(mm)}/{int(dd)} {r['time']} \u2014 {r['address']}: {r['type']}; "
                    f"{r['dispo'].lower()}{extra}.")
            wrapped = textwrap.wrap(text, 70)
            line("\u2013 " + wrapped[0], 60)
            for more in wrapped[1:]:
                line(more, 68)
        state["y"] -= 6
    zone = None
    line(f"Calls this digest: {n}")
    c.save()
    return path


def night_book_numbers_in_right_margin(path: Path, n: int) -> Path:
    """A harbourmaster's night book: date headings ("April 2, 2024"), one paragraph per
    call opened by its time ("10:09 Burglary, 100 Main St. <narrative>. Report taken."),
    wrapped lines indented; the book number ("WB24-01000", Courier) printed past a rule in
    a right-hand margin, level with the paragraph's first line, and nowhere else."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 0.0, "page": 0, "day": None}

    def new_page() -> None:
        if state["page"]:
            c.showPage()
        state["page"] += 1
        c.setFont("Times-Bold", 11)
        c.drawString(40, 755, f"Port Alder Harbourmaster - Night Book          leaf {state['page']}")
        c.setFont("Times-Roman", 8)
        c.drawString(480, 738, "Book no.")
        c.line(472, 745, 472, 40)
        state["y"] = 722

    new_page()
    for r in rows:
        body = textwrap.wrap(f"{r['time']} {r['type']}, {r['address']}. {r['summary']} {r['dispo']}.", 82)
        need = 12 * len(body) + (14 if r["date"] != state["day"] else 0)
        if state["y"] - need < 50:
            new_page()
        if r["date"] != state["day"]:
            mm, dd, yyyy = r["date"].split("/")
            c.setFont("Times-Bold", 10)
            c.drawString(40, state["y"], f"{['', 'January', 'February', 'March', 'April'][int(mm)]} {int(dd)}, {yyyy}")
            state["y"] -= 14
            state["day"] = r["date"]
        c.setFont("Times-Roman", 10)
        c.drawString(50, state["y"], body[0])
        c.setFont("Courier", 9)
        c.drawString(480, state["y"], f"WB{r['no']}")
        c.setFont("Times-Roman", 10)
        for k, more in enumerate(body[1:]):
            c.drawString(62, state["y"] - 12 * (k + 1), more)
        state["y"] -= 12 * len(body) + 2
    c.setFont("Times-Italic", 9)
    c.drawString(40, state["y"] - 10, f"Calls this book: {n}")
    c.save()
    return path


def shift_journal_number_inside_hanging_entries(path: Path, n: int) -> Path:
    """A harbor dispatch shift journal: day headings ("April 2, 2024"), one paragraph per
    call opened by its time and one space ("10:09 Harbor unit H2 sent to 100 Main St re
    burglary. Log HL24-01000. <narrative> Report Taken."), wrapped lines indented deeper
    (the log number on the second line when the first sentence is long); every fourth call
    cites an earlier one after its own ("Further to HL24-00998."); each day closed by
    "Calls logged: n" at the entries' indent."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 0.0, "page": 0}

    def new_page() -> None:
        if state["page"]:
            c.drawString(40, 30, f"Harbor Dispatch  sheet {state['page']}")
            c.showPage()
        state["page"] += 1
        c.setFont("Times-Bold", 11)
        c.drawString(40, 755, "Gullhaven Harbor Dispatch - Shift Journal")
        state["y"] = 725

    def line(text: str, x: float) -> None:
        if state["y"] < 60:
            new_page()
        c.setFont("Times-Roman", 10)
        c.drawString(x, state["y"], text)
        state["y"] -= 12

    new_page()
    days: dict[str, list[dict]] = {}
    for r in rows:
        days.setdefault(r["date"], []).append(r)
    for date, calls in days.items():
        mm, dd, yyyy = date.split("/")
        c.setFont("Times-Bold", 10)
        line(f"{['', 'January', 'February', 'March', 'April'][int(mm)]} {int(dd)}, {yyyy}", 40)
        for r in calls:
            k = int(r["no"][-3:])
            cited = f" Further to HL{r['no'][:3]}{int(r['no'][3:]) - 2:05d}." if k % 4 == 3 else ""
            body = textwrap.wrap(f"{r['time']} Harbor unit H{k % 5 + 1} sent to {r['address']} re "
                                 f"{r['type'].lower()}. Log HL{r['no']}.{cited} {r['summary']} {r['dispo']}.", 70)
            line(body[0], 60)
            for more in body[1:]:
                line(more, 82)
        line(f"Calls logged: {len(calls)}", 60)
        state["y"] -= 8
    c.save()
    return path


def listing_under_a_selection_box(path: Path, n: int) -> Path:
    """A plain listing whose first page opens with a selection box ("Selection criteria",
    "Incident nos. 24-00900 to 24-01999", the range's bounds shaped like the
    records' numbers but printed further right), then titles "Incident  When  Nature
    Address  Result" over one row a call; later pages print the report's two title lines
    right above the column titles (on page 1 the box stands between them)."""
    rows = incidents(n)
    cols = (40, 130, 240, 360, 480)
    c = canvas.Canvas(str(path), pagesize=letter)

    def titles(y: float) -> float:
        c.setFont("Courier-Bold", 8)
        for x, t in zip(cols, ("Incident", "When", "Nature", "Address", "Result")):
            c.drawString(x, y, t)
        return y - 14

    def report_title() -> None:
        c.setFont("Courier-Bold", 10)
        c.drawString(40, 760, "Bramble Point Marina Patrol - Calls Listing")
        c.setFont("Courier", 8)
        c.drawString(40, 749, "Sorted by incident number")

    report_title()
    c.setFont("Courier", 8)
    c.drawString(50, 728, "Selection criteria")
    c.drawString(50, 716, "Dates from 04/01/2024 through 04/08/2024")
    c.drawString(50, 704, "Incident nos. 24-00900 to 24-01999")
    c.drawString(50, 692, f"Calls selected {n}")
    y = titles(668)
    for r in rows:
        if y < 60:
            c.showPage()
            report_title()
            y = titles(738)
        c.setFont("Courier", 8)
        for x, v in zip(cols, (r["no"], f"{r['date']} {r['time']}", r["type"].upper(), r["address"].upper(),
                               r["dispo"].upper())):
            c.drawString(x, y, v)
        y -= 12
    c.save()
    return path


def bullets_with_nested_follow_ups(path: Path, n: int) -> Path:
    """A ranger station's patrol notes: a bold day heading ("1 April 2024") when the
    day changes, one "-" item per call: "10:09 Burglary at 100 Main St. Caller was advised.
    Logged as 24-01000; report taken." (the number inside the last sentence, wrapped under
    the text); indented "\u00b7" sub-items under some calls: a ticket ("Ticket T2401000
    written.") or "Linked to 24-00998, an earlier call." citing an earlier call's number."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"y": 0.0, "day": None}

    def line(text: str, x: float, bold: bool = False) -> None:
        if state["y"] < 60:
            c.showPage()
            state["y"] = 740
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        c.drawString(x, state["y"], text)
        state["y"] -= 12

    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, 750, "Fernhollow Ranger Station - Patrol Notes")
    state["y"] = 725
    for i, r in enumerate(rows):
        if r["date"] != state["day"]:
            state["day"] = r["date"]
            state["y"] -= 6
            line(f"{int(r['date'].split('/')[1])} April 2024", 50, bold=True)
        text = (f"{r['time']} {r['type']} at {r['address']}. Caller was advised. "
                f"Logged as {r['no']}; {r['dispo'].lower()}.")
        wrapped = textwrap.wrap(text, 60)
        line("- " + wrapped[0], 55)
        for more in wrapped[1:]:
            line(more, 62)
        if i % 4 == 2:
            line(f"\u00b7 Ticket T{2401000 + i} written.", 80)
        if i % 3 == 1 and i >= 3:
            line(f"\u00b7 Linked to {rows[i - 3]['no']}, an earlier call.", 80)
    line(f"Calls noted: {n}", 50)
    c.save()
    return path


BULLETS = {f.__name__: f for f in (bracketed_bullets_by_zone, bullets_with_nested_follow_ups, night_book_numbers_in_right_margin,
                                   shift_journal_number_inside_hanging_entries, listing_under_a_selection_box)}
