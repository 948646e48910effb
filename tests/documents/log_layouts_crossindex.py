"""Generated logs whose records cite other calls (see ``log_layouts``): a line-printer
register closed by its total, then an index of the linked calls in lines shaped like its
rows; labelled blocks repeating a cited call's labels in a sub-block set in under a lead-in."""
from __future__ import annotations

from pathlib import Path

from docs_pdfs import incidents
from reportlab.pdfgen import canvas


def _earlier(k: int) -> dict:
    """A call of the previous month, cited by a call of the log."""
    return {"no": f"24-{930 + 11 * k:05d}", "date": f"03/{10 + 3 * k:02d}/2024", "time": f"{(7 * k) % 24:02d}:15",
            "type": "Vandalism"}


def courier_register_then_linked_calls_index(path: Path, n: int) -> Path:
    """Courier 8 register, one line a call ("24-01009  04/02/2024 13:52  MEDICAL AID
    190 CANYON DR  ADVISED"), every fifth call a "LINKED TO 24-01001" line under it (an
    earlier call of the register, each cited by two calls, or a March call: "LINKED TO
    24-00941"); closed by "CALLS ON REGISTER: <n>", then "INDEX OF LINKED CALLS" and lines
    shaped like the register's, sorted by the linked number: "24-01001 04/01/2024 12:41
    LINKED FROM 24-01009", a cited call's number on two lines, the March calls' lines
    opening with numbers the register does not list."""
    rows = incidents(n)
    links: list[tuple[dict, dict]] = []         # (cited call, citing call)
    c = canvas.Canvas(str(path))
    y = 0

    def line(text: str, x: float = 30) -> None:
        nonlocal y
        if y < 60:
            if y:
                c.showPage()
            c.setFont("Courier", 8)
            c.drawString(30, 800, "HALVERN VALLEY MARSHAL  CALL REGISTER 04/01/2024-04/07/2024")
            c.drawString(30, 788, "CALL NO   RECEIVED          NATURE               ADDRESS            RESULT")
            y = 770
        c.drawString(x, y, text)
        y -= 10

    for i, r in enumerate(rows):
        line(f"{r['no']}  {r['date']} {r['time']}  {r['type'].upper():<20} {r['address'].upper():<18} "
             f"{r['dispo'].upper()}")
        if i % 5 == 4:
            # (a March call, or a call early in the register, cited by two later ones)
            cited = _earlier(i // 15) if i % 15 == 4 else rows[i // 15 * 15 + 1]
            links.append((cited, r))
            line(f"LINKED TO {cited['no']}", 90)
    line("")
    line(f"CALLS ON REGISTER: {n}")
    line("")
    line("INDEX OF LINKED CALLS")
    line("LINKED    RECEIVED          LINK         BY CALL")
    for cited, by in sorted(links, key=lambda p: p[0]["no"]):
        line(f"{cited['no']}  {cited['date']} {cited['time']}  LINKED FROM  {by['no']}")
    c.save()
    return path


def blocks_with_cited_call_nested_under_a_lead_in(path: Path, n: int) -> Path:
    """Helvetica 9 labelled blocks ("Case Number:" with "Date/Time:" far right, "Type:",
    "Address:", "Outcome:"), a gap between blocks; every fourth block adds, set in under
    its last line, "Prior call on file (follow-up of):" and under it the cited call's
    "Case Number:  Type:  Date/Time:" on one line (a block of the log, or a March call)."""
    rows = incidents(n)
    c = canvas.Canvas(str(path))
    y = 0

    def room(need: float) -> None:
        nonlocal y
        if y - need < 60:
            if y:
                c.showPage()
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50, 800, "Corrin Ford Police - Calls for Service, April 2024")
            c.setFont("Helvetica", 9)
            y = 775

    for i, r in enumerate(rows):
        nested = i % 4 == 3
        room(70 if nested else 50)
        for label, value, x in (("Case Number:", r["no"], 50), ("Type:", r["type"], 50),
                                ("Address:", r["address"], 50), ("Outcome:", r["dispo"], 50)):
            c.drawString(x, y, label)
            c.drawString(130, y, value)
            if label == "Case Number:":
                c.drawString(330, y, "Date/Time:")
                c.drawString(390, y, f"{r['date']} {r['time']}")
            y -= 11
        if nested:
            cited = rows[i - 2] if i % 8 == 3 else _earlier(i // 8)
            c.drawString(90, y, "Prior call on file (follow-up of):")
            c.drawString(90, y - 11, f"Case Number: {cited['no']}     Type: {cited['type']}     "
                                     f"Date/Time: {cited['date']} {cited['time']}")
            y -= 22
        y -= 12
    c.save()
    return path


CROSS_INDEX = {f.__name__: f for f in (courier_register_then_linked_calls_index,
                                       blocks_with_cited_call_nested_under_a_lead_in)}
