"""Generated logs of work done beside other offices (see ``log_layouts``): a wildfire crew
ledger numbering each job twice, and a watch desk register whose entries open a report now
and then."""
from __future__ import annotations

import random
from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

CREWS = (("KV", "Kettle Valley Fire Brigade"), ("MZ", "Manzanita Rural Fire"), ("PQ", "Pinecrest Volunteer Rescue"))


def crew_ledger_own_numbers_first(path: Path, n: int) -> Path:
    """Portrait Helvetica table "Crew job / Our ref / Logged / Task / Address / Closed as":
    each visiting crew's own job number first ("KV3-5521", one prefix per crew, in no
    order), the host's report number second ("FD24/01500", one series); rows grouped under
    a band per crew, each closed by "n jobs for this crew", so the host numbers rise within
    a crew and start low again at the next."""
    rows = incidents(n)
    rnd = random.Random(69)
    crew_of = [i * len(CREWS) // n for i in range(n)]
    order = sorted(range(n), key=lambda i: (crew_of[(i * 7) % n], i))
    c = canvas.Canvas(str(path), pagesize=letter)

    def header() -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, 760, "Ridgeline Fire Protection District - incoming crew ledger (Creek Fire)")
        c.setFont("Helvetica", 8)
        for x, title in ((36, "Crew job"), (110, "Our ref"), (190, "Logged"), (280, "Task"), (390, "Address"),
                         (490, "Closed as")):
            c.drawString(x, 740, title)
        return 722

    y, crew, count = header(), None, 0
    for i in order:
        r, this = rows[i], crew_of[(i * 7) % n]
        if this != crew:
            if crew is not None:
                c.drawString(110, y, f"{count} jobs for this crew")
                y -= 16
            crew, count = this, 0
            if y < 80:
                c.showPage()
                y = header()
            c.drawString(36, y, f"CREW {this + 1}: {CREWS[this][1]}")
            y -= 14
        if y < 60:
            c.showPage()
            y = header()
        count += 1
        for x, value in ((36, f"{CREWS[this][0]}3-{rnd.randrange(1000, 9999)}"), (110, f"FD24/{1500 + i:05d}"),
                         (190, f"{r['date']} {r['time']}"), (280, r["type"]), (390, r["address"]), (490, r["dispo"])):
            c.drawString(x, y, value)
        y -= 12
    c.drawString(110, y, f"{count} jobs for this crew")
    c.drawString(36, y - 20, f"Reports opened for visiting crews: {n}")
    c.save()
    return path


OTHER_ENTRIES = (("Generator fuel", "Fuel truck sent to the pumping station, ticket T-{:04d}"),
                 ("Radio check", "All channels answered, repeater on battery"),
                 ("Bridge closure", "Mill Creek bridge shut to traffic until inspected"))


def watch_desk_register_some_reports(path: Path, n: int) -> Path:
    """Labelled entries "Time: / Subject: / Where: / Detail: / Result: / Report no.:", each
    opened by the desk's running line number; after every second record an entry of the
    desk's own (fuel, radio checks, closures) with "Subject:" and "Detail:" only and no
    "Report no.": no record."""
    rows = incidents(n)
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 9)
    y, line, extra = 740, 100, 0

    def block(pairs: list[tuple[str, str]]) -> None:
        nonlocal y
        if y < 60 + 12 * len(pairs):
            c.showPage()
            c.setFont("Helvetica", 9)
            y = 740
        for label, value in pairs:
            c.drawString(50, y, label)
            c.drawString(140, y, value)
            y -= 12
        y -= 10

    for i, r in enumerate(rows):
        line += 1
        block([("Time:", f"{r['date']} {r['time'].replace(':', '')}   Line {line}"), ("Subject:", r["type"]),
               ("Where:", r["address"]), ("Detail:", r["summary"]), ("Result:", r["dispo"]),
               ("Report no.:", f"WD-24-{300 + i:04d}")])
        if i % 2 == 1:
            line += 1
            subject, detail = OTHER_ENTRIES[extra % len(OTHER_ENTRIES)]
            extra += 1
            block([("Time:", f"{r['date']} {r['time'].replace(':', '')}   Line {line}"), ("Subject:", subject),
                   ("Detail:", detail.format(extra))])
    c.drawString(50, y, f"Lines logged: {line - 100}    Reports opened: {n}")
    c.save()
    return path


MUTUAL = {f.__name__: f for f in (crew_ledger_own_numbers_first, watch_desk_register_some_reports)}
