"""Generated logs whose entries run together in paragraphs, each citing one number of the
log's series anywhere inside it (see ``log_layouts``): a morning report of hanging entries
opened by a code in parentheses, each closed by "Logged as <number> at <time>." under
period headings with counts; a watch journal of one paragraph per two-hour period (the
period in a left margin), holding zero to three entries run together, each opened by its
time and closed by "File <number>, <outcome>."; and a running narrative whose notes on
earlier incidents run on, with no break, into the paragraph above them."""
from __future__ import annotations

import textwrap
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def _writer(c, title: str):
    state = {"y": 0.0, "page": 0}

    def new_page() -> None:
        if state["page"]:
            c.showPage()
        state["page"] += 1
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 750, title)
        c.setFont("Helvetica", 9)
        state["y"] = 720

    def line(text: str, x: float = 50, bold: bool = False, room: float = 60) -> None:
        if state["y"] < room:
            new_page()
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        c.drawString(x, state["y"], text)
        state["y"] -= 12

    new_page()
    return line, state


def coded_hanging_entries_closed_by_number(path: Path, n: int) -> Path:
    """"(7) THEFT. 100 Main St. <summary> Logged as MC24-01000 at 10:09." with a hanging
    indent, under "FIRST HALF (N entries)" headings; a few entries first cite an earlier
    entry of the same series ("Related to MC23-00999.")."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    line, state = _writer(c, "Marlow Crossing Police - Morning Report")
    half = (n + 1) // 2
    for name, part in (("FIRST HALF", rows[:half]), ("SECOND HALF", rows[half:])):
        line(f"{name} ({len(part)} entries)", bold=True)
        for k, r in enumerate(part):
            earlier = f" Related to MC23-{900 + k:05d}." if k % 7 == 3 else ""
            text = (f"({k % 9 + 1}) {r['type'].upper()}. {r['address']}. {r['summary']}{earlier} "
                    f"Logged as MC{r['no']} at {r['time']}.")
            for j, piece in enumerate(textwrap.wrap(text, 95)):
                line(piece, x=50 if j == 0 else 68)
        state["y"] -= 10
    c.save()
    return path


def period_paragraphs_entries_run_together(path: Path, n: int) -> Path:
    """A watch journal: "Monday 04/01/2024" headings, then one paragraph per two-hour
    period, the period in a left margin ("08-10"), holding zero to three entries run
    together ("Around 10:09, 100 Main St: Burglary. <summary> File 24-01000, report taken.")
    or "Quiet period."; each day closes "Day total: N files"."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    line, state = _writer(c, "Ashgrove Watch Journal")
    by_day: dict[str, list[dict]] = {}
    for r in rows:
        by_day.setdefault(r["date"], []).append(r)
    for date, day in by_day.items():
        line(f"Day of {date}", bold=True, room=140)
        day = sorted(day, key=lambda r: r["time"])
        for start in range(0, 24, 2):
            mine = [r for r in day if start <= int(r["time"][:2]) < start + 2]
            text = " ".join(f"Around {r['time']}, {r['address']}: {r['type']}. Caller met on scene. "
                            f"File {r['no']}, {r['dispo'].lower()}." for r in mine) or "Quiet period."
            for j, piece in enumerate(textwrap.wrap(text, 90)):
                if j == 0:
                    line(f"{start:02d}-{start + 2:02d}", x=50, bold=True)
                    state["y"] += 12
                line(piece, x=110)
        line(f"Day total: {len(day)} files", x=110)
        state["y"] -= 10
    c.save()
    return path





def printed_alert_messages(path: Path, n: int) -> Path:
    """Printed alert messages, one after another: a header of four labelled lines whose
    last cites the number ("Re: Call 24-01000 - Burglary"), the same sender and recipient
    on every message, then labelled lines of the call and a closing notice line; a page
    foot may cut a message anywhere."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    line, state = _writer(c, "Printed messages - Media Line")
    for r in rows:
        # (a message may be cut by the page foot: its labelled lines go on on the next page)
        for label, value in (("Sender:", "Dispatch Notices <notices@seaview.example>"),
                             ("Date sent:", f"{r['date']} {r['time']}"), ("Recipient:", "Media Line"),
                             ("Re:", f"Call {r['no']} - {r['type']}")):
            line(f"{label:<16}{value}")
        state["y"] -= 10
        for label, value in (("Logged:", f"{r['date']} {r['time']}"), ("Category:", r["type"]),
                             ("Address:", r["address"]), ("Result:", r["dispo"]), ("Details:", r["summary"])):
            line(f"{label:<20}{value}")
        state["y"] -= 10
        line("Automated message from the Seaview dispatch center.")
        state["y"] -= 14
    c.save()
    return path
def board_posts_closed_by_number(path: Path, n: int) -> Path:
    """A community board printed from a browser, oldest first: a side column of links
    beside page 1's first posts; each post "NOISE COMPLAINT" / "Logged 04/01/2024 10:09
    — 110 Ocean Ave" / a narrative / "Result: Unfounded" / "Ref #24-01001 · posted
    04/02/2024 · Comment", a blank line between posts."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    line, state = _writer(c, "Westbrook Neighbors Board - printed page")
    side = ["QUICK LINKS", "Board home", "Lost and found", "Report a problem", "Contact the desk",
            "", "TOPICS", "Traffic (4)", "Property (9)", "Animals (2)", "Noise (3)", "Other (7)"]
    for r in rows:
        if state["y"] < 110:
            line("", room=1000)
        for text in (r["type"].upper(), f"Logged {r['date']} {r['time']} \u2014 {r['address']}", r["summary"],
                     f"Result: {r['dispo']}", f"Ref #{r['no']} \u00b7 posted {r['date']} \u00b7 Comment"):
            if state["page"] == 1 and side:
                c.setFont("Helvetica", 9)
                c.drawString(40, state["y"], side.pop(0))
            line(text, x=230)
        if state["page"] == 1 and side:
            c.drawString(40, state["y"], side.pop(0))
        state["y"] -= 12
    c.save()
    return path


def harbor_summary_by_zone_closing_citation_table(path: Path, n: int) -> Path:
    """The harbor summary below, a blank line after each entry."""
    return _harbor_summary(path, n, gap=8)


def harbor_summary_entries_close_set_closing_citation_table(path: Path, n: int) -> Path:
    """The harbor summary below, no blank line between entries: a berth line at the left
    ends the entry above."""
    return _harbor_summary(path, n, gap=0)


def _harbor_summary(path: Path, n: int, gap: float) -> Path:
    """A harbor patrol's weekly summary in sections by zone (in capitals), entries not in
    time order: a berth line ("Berth 14, east float"), then under it, indented and
    wrapped, "Occurrence HP24-01000 logged 04/01/2024 10:09 - Burglary. <summary>
    <outcome>."; every other entry's outcome writes a citation ("Citation W2400003
    written.") and every fifth hands off to the county, its number wrapped to a line start
    ("... Passed to the county, case" / "24-50004. Advised."). It closes
    with a count and a table of the citations (number, code section, the occurrence it came
    from) under a title line."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    line, state = _writer(c, "Port of Kestrel Harbor Patrol - Weekly Summary")
    zones = ("NORTH BASIN", "FUEL DOCK AND CHANNEL", "SOUTH MOORINGS")
    cited = []
    for z, zone in enumerate(zones):
        line(zone, bold=True, room=120)
        state["y"] -= 6
        for i, r in enumerate(rows):
            if i % 3 != z:
                continue
            outcome = f"Citation W24{i:05d} written." if i % 2 == 0 else f"{r['dispo']}."
            if i % 2 == 0:
                cited.append((f"W24{i:05d}", f"HP{r['no']}"))
            text = f"Occurrence HP{r['no']} logged {r['date']} {r['time']} - {r['type']}. {r['summary']}"
            # the county's number wrapped to the start of a line: "24-50004. Advised."
            pieces = textwrap.wrap(f"{text} Passed to the county, case", 92) + [f"24-5{i:04d}. {outcome}"] \
                if i % 5 == 4 else textwrap.wrap(f"{text} {outcome}", 92)
            line(f"Berth {10 + i % 40}, {('east', 'west')[i % 2]} float", x=60, room=90)
            for piece in pieces:
                line(piece, x=80)
            state["y"] -= gap
    line(f"Occurrences this week: {n}", bold=True)
    state["y"] -= 8
    line("CITATIONS WRITTEN", bold=True, room=60)
    for k, cells in enumerate([("Citation", "Harbor code", "Occurrence")] + cited):
        for x, cell in zip((80, 220, 360), cells if k == 0 else (cells[0], f"HC 7.{k % 9 + 1}(a)", cells[1])):
            line(cell, x=x)
            state["y"] += 12
        state["y"] -= 12
    c.save()
    return path


WIDTH = 80          # characters of a paragraph's line


def ranger_narrative_further_notes_run_on(path: Path, n: int) -> Path:
    """A park rangers' running narrative, no blank line between paragraphs: each incident
    "Ranger 14 went to 100 Main St at 10:09 on 04/01/2024 for a burglary. <summary> Park
    incident PR-24-01000 was opened. Result: report taken.", wrapped over two or three full
    lines; now and then a note on an incident told further up, "Further note on
    PR-24-01003 (04/01/2024): the item was handed back to its owner. Nothing new opened.",
    on a line of its own. Where the incident above ends on a full line, nothing parts the
    note from it but the line start."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    line, state = _writer(c, "Tamsin Ridge Park Rangers - Running Narrative, April 2024")
    notes = ("the item was handed back to its owner", "the visitor came back and paid the fine",
             "photos of the damage were added to the file")
    run_on = apart = 0
    for i, r in enumerate(rows):
        text = (f"Ranger {11 + i % 6} went to {r['address']} at {r['time']} on {r['date']} for a "
                f"{r['type'].lower()}. {r['summary']} Park incident PR-{r['no']} was opened. "
                f"Result: {r['dispo'].lower()}.")
        pieces = textwrap.wrap(text, WIDTH, break_on_hyphens=False)
        for piece in pieces:
            line(piece)
        # a note after an incident whose last line reaches well across the page runs on
        # into it; after a short last line it stands apart; two of each, on incidents
        # told three or more paragraphs up
        full, short = len(pieces[-1]) > 0.7 * WIDTH, len(pieces[-1]) < 0.55 * WIDTH
        if i >= 5 and i % 3 == 0 and (full and run_on < 2 or short and apart < 2):
            run_on, apart = run_on + full, apart + short
            earlier = rows[i - 3 - i % 4]
            note = (f"Further note on PR-{earlier['no']} ({earlier['date']}): {notes[i // 3 % 3]}. "
                    f"Nothing new opened.")
            for piece in textwrap.wrap(note, WIDTH, break_on_hyphens=False):
                line(piece)
    line(f"Incidents opened this month: {n}", bold=True)
    c.save()
    return path


SERIES = {f.__name__: f for f in (coded_hanging_entries_closed_by_number, period_paragraphs_entries_run_together,
                                   printed_alert_messages, board_posts_closed_by_number,
                                   harbor_summary_by_zone_closing_citation_table,
                                   harbor_summary_entries_close_set_closing_citation_table,
                                   ranger_narrative_further_notes_run_on)}
