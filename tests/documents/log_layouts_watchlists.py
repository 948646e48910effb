"""Generated logs printed as short numbered lists, one under each watch's heading, the
numbering starting again at 1 under every heading (see ``log_layouts``)."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PER_WATCH = 4           # incidents listed under each watch heading
NUMBER_X, TEXT_X = 54, 80


def watch_notes_short_lists_hanging_text_follow_up_items(path: Path, n: int) -> Path:
    """A harbour patrol's watch notes, Helvetica 9: under each `WATCH k - <date>` heading a
    list `1)`, `2)` ... of four incidents or so, numbered from 1 again, each item's text
    hanging under its first line (`3)  Ref 2024-0902 - Shoplifting, 120 Oak Ave. Logged
    04/01/2024 07:41. Unit` over `412. Result: Arrest.`: every fifth item wraps the unit's
    number to the start of its second line). Among the items of a later watch, numbered as
    they are, follow-ups on an incident listed earlier (`5)  Follow-up on Ref 2024-0902
    (watch 1, item 3): now closed.`), no records; a tally line at the margin closes each
    watch. Page footers `Watch notes - sheet k`."""
    rows = incidents(n, seed=5150)
    for r in rows:      # a year and a serial of four digits: no id alone, told by its place
        r["no"] = f"2024-{int(r['no'][3:]) - 100:04d}"
    watches: list[list[tuple[str, dict, str]]] = []
    for w in range(0, n, PER_WATCH):
        watches.append([("new", r, "") for r in rows[w:w + PER_WATCH]])
    for k, r in enumerate(rows):        # every sixth incident followed up two watches later
        w = k // PER_WATCH
        if k % 6 == 2 and w + 2 < len(watches):
            watches[w + 2].append(("update", r, f"watch {w + 1}, item {k % PER_WATCH + 1}"))
    c = canvas.Canvas(str(path), pagesize=letter)
    state = {"page": 1, "y": 0.0}

    def top() -> None:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(NUMBER_X, 750, "Tollbridge Harbour Patrol [generated] - Watch Notes")
        state["y"] = 722

    def line(x: float, text: str, font: str = "Helvetica") -> None:
        if state["y"] < 70:
            c.setFont("Helvetica", 8)
            c.drawString(NUMBER_X, 40, f"Watch notes - sheet {state['page']}")
            c.showPage()
            state["page"] += 1
            top()
        c.setFont(font, 9)
        c.drawString(x, state["y"], text)
        state["y"] -= 12

    top()
    serial = 0
    for w, items in enumerate(watches, start=1):
        line(NUMBER_X, f"WATCH {w} - {items[0][1]['date']}", "Helvetica-Bold")
        for k, (kind, r, cited) in enumerate(items, start=1):
            line(NUMBER_X, f"{k})")
            state["y"] += 12
            if kind == "update":
                line(TEXT_X, f"Follow-up on Ref {r['no']} ({cited}): the case is now closed, no further")
                line(TEXT_X, "details are given.")
                continue
            serial += 1
            unit = 400 + serial % 37
            head = f"Ref {r['no']} - {r['type']}, {r['address']}. Logged {r['date']} {r['time']}."
            if serial % 5 == 0:
                line(TEXT_X, f"{head} Unit")
                line(TEXT_X, f"{unit}. Result: {r['dispo']}.")
            else:
                line(TEXT_X, head)
                line(TEXT_X, f"Unit {unit}. Result: {r['dispo']}.")
        updates = sum(1 for kind, _, _ in items if kind == "update")
        line(NUMBER_X, f"Watch total: {len(items) - updates} incidents, {updates} follow-ups.")
        state["y"] -= 10
    c.setFont("Helvetica", 8)
    c.drawString(NUMBER_X, 40, f"Watch notes - sheet {state['page']}")
    c.showPage()
    c.save()
    return path


WATCH_LISTS = {f.__name__: f for f in (watch_notes_short_lists_hanging_text_follow_up_items,)}
