"""Generated logs (see ``log_layouts``) whose numbered entries are each one run-in sentence
opened by the logged date-time and a dash: what happened ``at`` where, then sentences
named by their first words, wrapped so that a later date-time opens a line of its own."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas

_CROSS = ["Linden Row", "Quay Street", "Hatch Lane"]
_NAMED = ["Ferry ramp", "Bandstand"]


def _place(i: int, r: dict) -> str:
    """A block, a crossing of two streets, or a named place with no number at all."""
    street = r["address"].split(" ", 1)[1]
    if i % 3 == 1:
        return f"{street} and {_CROSS[i % len(_CROSS)]}"
    if i % 3 == 2:
        return _NAMED[i % len(_NAMED)]
    return f"{r['address'].split(' ', 1)[0]} block of {street}"


def _kind(i: int, r: dict) -> str:
    """Some types carry their own dash: "Vandalism - graffiti"."""
    return f"{r['type']} - second call" if i % 4 == 1 else r["type"]


def stamped_run_in_entries_dates_opening_wrapped_lines(path: Path, n: int) -> Path:
    """Courier 8 numbered entries: "7)  T24-01006 Logged 04/02/2024 10:09 - Shoplifting at
    Bandstand." then, on two of every three, "Occurred" over a span whose first date-time
    opens the next line ("04/02/2024 03:10 to 04/02/2024 09:40. Car 14. Result: Advised."),
    so that line looks like a day's heading to whoever reads it outside its entry."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    y, page = 0, 0
    for i, r in enumerate(rows):
        if y < 80:
            if page:
                c.drawString(40, 40, f"Sheet {page}")
                c.showPage()
            page += 1
            c.setFont("Courier", 8)
            c.drawString(40, 780, "NORTH QUAY HARBOUR PATROL - RUN SHEET [invented]")
            y = 750
        hh, mm = r["time"].split(":")
        early = f"{int(hh) // 3:02d}:{mm}"
        first = f"{i + 1})".ljust(5) + f"T{r['no']} Logged {r['date']} {r['time']} - {_kind(i, r)} at {_place(i, r)}."
        tail = f"Car {10 + i % 7}. Result: {r['dispo']}."
        if i % 3 == 2:
            lines = [first, " " * 5 + tail]
        else:
            span = f"{r['date']} {early}" + (f" to {r['date']} {r['time']}" if i % 3 == 1 else "")
            lines = [first + " Occurred", " " * 5 + f"{span}. {tail}"]
        for ln in lines:
            c.drawString(40, y, ln)
            y -= 11
        y -= 4
    c.drawString(40, y - 10, f"Entries on this sheet run: {n}")
    c.save()
    return path


STAMP_SENTENCE = {f.__name__: f for f in (stamped_run_in_entries_dates_opening_wrapped_lines,)}
